"""The reconciliation rules R01–R24 (``../shared/design/reconciliation-rules.md``) as Python data.

The SQL side (``models/reconciliation/rec_rule_catalog.sql``) holds the same catalog for the
warehouse; ``tests/test_reconciliation_rules.py`` checks that both agree.
"""

from __future__ import annotations

from dataclasses import dataclass

OUTCOMES = ("passed", "failed", "not_applicable", "insufficient_data")
# Outcomes that are not a finding about the document (insufficient_data is a finding about the parser).
ACCEPTED_OUTCOMES = ("passed", "not_applicable", "insufficient_data")
SEVERITIES = ("error", "warning")


@dataclass(frozen=True)
class Rule:
    """One reconciliation rule: its id, the suite (area) that asserts it, what it states, its severity."""

    rule_id: str
    family: str
    title: str
    severity: str  # SEVERITIES


RULES: tuple[Rule, ...] = (
    Rule("R01", "summary_balances", "收入总计 = 支出总计", "error"),
    Rule("R02", "summary_balances", "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余", "error"),
    Rule("R03", "summary_balances", "支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余", "error"),
    Rule("R04", "summary_balances", "本年收入合计 = Σ income sources", "error"),
    Rule("R05", "summary_balances", "本年支出合计 = 基本支出 + 项目支出 + 上缴上级 + 经营 + 对附属单位补助", "error"),
    Rule("R06", "summary_balances", "every stated share (占 x%) = component ÷ its stated base", "warning"),
    Rule("R07", "functional_breakdown", "Σ 类 = 一般公共预算财政拨款支出; Σ 项 within a 类 = that 类", "error"),
    Rule("R08", "basic_expenditure", "基本支出 = 人员经费 + 公用经费; economic items sum to their group", "error"),
    Rule("R09", "three_public", "三公 = 因公出国(境) + 公务用车购置及运行 + 公务接待; 车 = 购置 + 运行", "error"),
    Rule("R10", "summary_balances", "this year − change = prior year; change ÷ prior year = growth %", "warning"),
    Rule("R11", "performance", "执行率 = 执行数 ÷ 全年预算数; 资金得分 = 分值 × 执行率 (capped)", "warning"),
    Rule("R12", "performance", "总分 = 资金得分 + Σ 指标得分; 得分 ≤ 分值; 分值 sum to 100", "warning"),
    Rule("R13", "procurement", "政府采购 = 货物 + 工程 + 服务; 中小企业 ≤ total; 小微 ≤ 中小企业", "error"),
    Rule("R14", "summary_balances", "a figure stated twice in one document has one value", "error"),
    Rule("R15", "performance", "绩效目标表: 任务总额 = 财政拨款 + 其他资金", "error"),
    Rule("R16", "cross_document", "年初结转和结余 = 上年年末结转和结余; printed 上年数 = last year", "error"),
    # R17 (after aliases): an unknown or misnamed code or name is a warning, a code under another prefix an error
    Rule("R17", "functional_breakdown", "科目编码 = its name that year (支出功能分类); 项 under its prefix", "warning"),
    Rule("R18", "cross_document", "决算的年初预算数 = the 预算 document of the same department and year", "warning"),
    Rule("R19", "consistency", "大于 / 小于 / 等于 / 持平 / 增加 / 下降 agree with the figures they compare", "error"),
    Rule("R20", "consistency", "every year a document states for itself is its fiscal year", "error"),
    Rule("R21", "consistency", "no placeholder or template text (XX, ××, 某某, empty brackets, 模板)", "error"),
    Rule("R22", "consistency", "a figure printed in a sentence and in a table has one value", "error"),
    Rule("R23", "consistency", "required tables present; an empty 基金 / 国资 table says 无", "warning"),
    # R24: not in the shared design's table yet (docs/reconciliation.md)
    Rule(
        "R24",
        "performance",
        "部门整体支出绩效自评表: 年度资金总额 = 基本支出 + 项目支出 (+ 其他); = Σ 资金来源",
        "error",
    ),
)
RULE_BY_ID: dict[str, Rule] = {rule.rule_id: rule for rule in RULES}


def rules_of(family: str) -> tuple[Rule, ...]:
    """The rules one suite asserts."""
    return tuple(rule for rule in RULES if rule.family == family)
