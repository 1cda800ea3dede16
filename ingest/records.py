"""Typed records extracted from fiscal disclosure documents.

Every parser in ``ingest/`` returns a list of these frozen dataclasses. Each record carries its
provenance: ``source_line`` is the 1-based line of the original text file where the figure was
read (for a PDF: the line within the page, with ``source_page`` set); the loader adds the
``document_id`` (sha256 of the file bytes).

Money fields end in ``_yuan`` and hold :class:`~decimal.Decimal` amounts already normalised to
元 (a 万元 figure × 10000). ``ulp_yuan`` is the value in 元 of one unit in the last printed digit
(0.01 万元 → 100 元): reconciliation derives its tolerance from it. Percentages are Decimal in
percent units (97.26 means 97.26%).

Adding a field: give it a default so existing parsers keep working, and the loader creates the
column from the annotation (``Decimal`` ``*_yuan`` → DECIMAL(20,2), other ``Decimal`` →
DECIMAL(24,6), ``int`` → BIGINT, ``str`` → VARCHAR, ``bool`` → BOOLEAN).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, ClassVar

# --- controlled values --------------------------------------------------------------------
DOC_TYPES = ("final_account", "performance_target", "budget", "self_evaluation", "fund_notice")
STAGES = ("budget", "final")
ADMIN_LEVELS = ("province", "prefecture", "county", "district")
INDICATOR_STAGES = ("target", "self_evaluation")
DEPARTMENT_EVIDENCE = ("titled", "inferred", "manifest")  # DocumentInfo.department_evidence
SECTION_STATUSES = ("present", "empty", "missing")
ENTITY_KINDS = ("department", "aggregate")
UNITS = ("yuan", "person", "vehicle", "sqm", "percent", "batch", "person_time", "unit", "project")


@dataclass(frozen=True, kw_only=True)
class Record:
    """Base of every extracted record: where it was read."""

    record_type: ClassVar[str] = "record"
    source_line: int
    source_page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping: ``record_type`` first, Decimals as strings."""
        out: dict[str, Any] = {"record_type": self.record_type}
        for one in dataclasses.fields(self):
            value = getattr(self, one.name)
            if value is None and one.metadata.get("omitted_when_none"):
                continue  # (a value's own line, given only where it differs from the row's)
            out[one.name] = str(value) if isinstance(value, Decimal) else value
        return out


@dataclass(frozen=True, kw_only=True)
class DocumentInfo(Record):
    """Identity of the document: who published it, for which year, in what shape."""

    record_type: ClassVar[str] = "document"
    department_name: str
    sector: str | None = None  # e.g. 人力资源和社会保障
    province: str | None = None
    prefecture: str | None = None
    county: str | None = None
    admin_level: str | None = None  # ADMIN_LEVELS
    fiscal_year: int | None = None
    doc_type: str = "final_account"  # DOC_TYPES
    layout: str = "unknown"  # markdown_tsv / cell_per_line / hard_wrapped / pdf / ...
    scope: str = "department"  # 部门 (department) or 单位 (unit) budget/final account
    is_template: bool = False  # a blank form (模板, 上海市XX局), not a department's disclosure
    # department: one body's disclosure; aggregate: a region's figures (全县, 区本级, 县级部门汇总,
    # a government's 决算 / 预算执行 report), kept out of department comparisons
    entity_kind: str = "department"
    # how the department was read (DEPARTMENT_EVIDENCE): titled — the page prints it as its own name (its title, a
    # line holding only the name, a labelled field 单位名称:); inferred — a name the page mentions (a sheet's 实施单位,
    # a body its head or sentences name most, an allocation's sole recipient): right far less often on pages nobody
    # fitted the parser to, so a manifest's department wins over it; manifest — the user's manifest; None — none read
    department_evidence: str | None = None

    @property
    def indicator_stage(self) -> str:
        """The stage (INDICATOR_STAGES) of the indicators a document of this kind prints where no heading of its
        own says: ``target`` in a targets table or a budget, ``self_evaluation`` in every other kind."""
        return "target" if self.doc_type in ("performance_target", "budget") else "self_evaluation"


@dataclass(frozen=True, kw_only=True)
class Metric(Record):
    """One department-level figure (fct_department_metric): a total, component, count …

    ``metric`` is a key of ``seeds/metric_vocabulary.csv`` (e.g. ``income_total`` for 收入总计);
    ``label`` keeps the wording printed in the document.
    """

    record_type: ClassVar[str] = "metric"
    metric: str
    label: str
    value: Decimal | None
    unit: str = "yuan"  # UNITS
    stage: str = "final"  # STAGES
    prior_year_value: Decimal | None = None  # 上年 / 2021年
    change_value: Decimal | None = None  # signed: 减少 → negative
    growth_pct: Decimal | None = None  # signed: 下降 → negative
    share_pct: Decimal | None = None  # 占 x%
    share_base: str | None = None  # metric key the share is taken of
    budget_value: Decimal | None = None  # 年初预算数 / 全年预算数
    budget_kind: str | None = None  # initial (年初预算) / full_year (全年预算)
    budget_completion_pct: Decimal | None = None  # 完成(年初/全年)预算的 x%: final ÷ budget, as printed
    budget_variance_pct: Decimal | None = None  # 预决算差异率 x%: (final − budget) ÷ budget, as printed
    reason: str | None = None  # 主要原因
    origin: str = "narrative"  # narrative / table:<table name>
    ulp: Decimal | None = None  # one unit of the last printed digit, in ``unit``


@dataclass(frozen=True, kw_only=True)
class FunctionalItem(Record):
    """An amount by 政府收支分类 支出功能分类: a 类, 款 or 项 with its path."""

    record_type: ClassVar[str] = "functional_item"
    level: str  # 类 / 款 / 项
    class_name: str  # 类
    kuan_name: str | None = None  # 款
    item_name: str | None = None  # 项
    code: str | None = None  # printed 科目编码, digits only (3/5/7)
    amount_yuan: Decimal | None = None
    share_pct: Decimal | None = None
    prior_year_amount_yuan: Decimal | None = None
    change_yuan: Decimal | None = None
    growth_pct: Decimal | None = None
    budget_initial_yuan: Decimal | None = None  # 年初预算
    completion_pct: Decimal | None = None  # 完成预算 %
    basic_yuan: Decimal | None = None  # 基本支出 column of a table
    project_yuan: Decimal | None = None  # 项目支出 column of a table
    reason: str | None = None
    stage: str = "final"
    origin: str = "narrative"
    ulp_yuan: Decimal | None = None


@dataclass(frozen=True, kw_only=True)
class EconomicItem(Record):
    """A basic-expenditure economic item (支出经济分类): 基本工资, 办公费 …"""

    record_type: ClassVar[str] = "economic_item"
    group: str  # 人员经费 / 公用经费
    name: str
    code: str | None = None
    amount_yuan: Decimal | None = None
    stage: str = "final"
    origin: str = "narrative"
    ulp_yuan: Decimal | None = None


@dataclass(frozen=True, kw_only=True)
class SectionStatus(Record):
    """Whether a section/table is present, or declared empty (本部门无…)."""

    record_type: ClassVar[str] = "section_status"
    section: str  # e.g. government_fund, state_capital, three_public, table:收入决算表
    status: str  # SECTION_STATUSES
    statement: str | None = None


@dataclass(frozen=True, kw_only=True)
class Project(Record):
    """A 项目支出绩效自评表 (project self-evaluation) header."""

    record_type: ClassVar[str] = "project"
    project_key: str  # stable within the document, e.g. "p03"
    name: str
    code: str | None = None
    competent_department: str | None = None  # 主管部门
    implementing_unit: str | None = None  # 实施单位
    budget_initial_yuan: Decimal | None = None  # 年初预算数
    budget_full_year_yuan: Decimal | None = None  # 全年预算数 (调整后)
    executed_yuan: Decimal | None = None  # 全年执行数
    execution_rate: Decimal | None = None  # 执行率, percent
    funds_weight: Decimal | None = None  # 分值 of the funds row
    funds_score: Decimal | None = None
    total_weight: Decimal | None = None  # 总分 stated (100)
    total_score: Decimal | None = None
    goal_text: str | None = None  # 年度总体目标 / 预期目标
    achievement_text: str | None = None  # 实际完成情况
    copy_count: int = 1  # how many times the table is printed in the document
    ulp_yuan: Decimal | None = None
    # the lines of its figures printed off its own line (ingest/value_lines.py): target=14;actual=15 …
    value_lines: str | None = field(default=None, metadata={"omitted_when_none": True})


@dataclass(frozen=True, kw_only=True)
class ProjectFunding(Record):
    """One funding row of a project table: 年度资金总额 / 财政拨款 / 上年结转 / 其他资金."""

    record_type: ClassVar[str] = "project_funding"
    project_key: str
    # total / fiscal / carryover / special_account (财政专户) / unit_own (单位资金) / other; a target table's
    # fiscal money by level of government: own_level (本级) / superior (上级); local (地方资金) beside 中央财政资金
    source: str
    label: str
    budget_initial_yuan: Decimal | None = None
    budget_full_year_yuan: Decimal | None = None
    executed_yuan: Decimal | None = None
    # 执行率 of the row as printed, percent (a 其中:财政拨款 row's own rate); None where not printed
    execution_rate: Decimal | None = None
    ulp_yuan: Decimal | None = None
    # a mid-year 绩效监控表's execution from the year's start to a month (1-6月执行数, 截至9月底执行数): not the
    # year's ``executed_yuan``; ``executed_to_month`` the month it runs to (6 for 上半年)
    executed_to_date_yuan: Decimal | None = field(default=None, metadata={"omitted_when_none": True})
    executed_to_month: int | None = field(default=None, metadata={"omitted_when_none": True})
    # the lines of its figures printed off its own line (ingest/value_lines.py): target=14;actual=15 …
    value_lines: str | None = field(default=None, metadata={"omitted_when_none": True})


@dataclass(frozen=True, kw_only=True)
class DepartmentFunding(Record):
    """One funds row of a 部门整体支出绩效自评表 (department-wide self-evaluation): 年度资金总额 /
    基本支出 / 项目支出 / 其他 under 年初预算数 | 全年执行数 | 分值 | 得分 — the department's
    whole spending, not a project's (no ``project_key``)."""

    record_type: ClassVar[str] = "department_funding"
    source: str  # total / basic (基本支出) / project (项目支出) / fiscal / carryover / other (其他)
    label: str
    budget_initial_yuan: Decimal | None = None  # 年初预算数
    budget_full_year_yuan: Decimal | None = None  # 全年预算数 (调整后)
    executed_yuan: Decimal | None = None  # 全年执行数
    execution_rate: Decimal | None = None  # 执行率, percent
    weight: Decimal | None = None  # 分值 / 权重
    score: Decimal | None = None  # 得分
    ulp_yuan: Decimal | None = None
    # the lines of its figures printed off its own line (ingest/value_lines.py): target=14;actual=15 …
    value_lines: str | None = field(default=None, metadata={"omitted_when_none": True})


@dataclass(frozen=True, kw_only=True)
class Indicator(Record):
    """A performance indicator row (一级/二级/三级指标) of a project or of the department."""

    record_type: ClassVar[str] = "indicator"
    project_key: str | None  # None: department-wide (整体支出绩效目标表)
    stage: str  # INDICATOR_STAGES
    level1_name: str | None  # 一级指标
    level2_name: str | None  # 二级指标
    level3_name: str  # 三级指标
    target_raw: str | None = None
    target_operator: str | None = None  # >= <= = > <
    target_value: Decimal | None = None
    target_unit: str | None = None
    actual_raw: str | None = None
    actual_value: Decimal | None = None
    actual_unit: str | None = None
    weight: Decimal | None = None  # 分值 / 权重
    score: Decimal | None = None  # 得分
    deviation_reason: str | None = None
    # a mid-year 绩效监控表's execution of the indicator to a date (半年度指标执行情况, 1-N月执行情况), as printed:
    # not the year's actual
    progress_raw: str | None = field(default=None, metadata={"omitted_when_none": True})
    target_parsed: bool = True  # False: has an operator/number but could not be parsed
    # the lines of its figures printed off its own line (ingest/value_lines.py): target=14;actual=15 …
    value_lines: str | None = field(default=None, metadata={"omitted_when_none": True})


@dataclass(frozen=True, kw_only=True)
class TargetTask(Record):
    """A task of a 部门（单位）整体支出绩效目标表 with its budget."""

    record_type: ClassVar[str] = "target_task"
    task_name: str
    content: str | None = None
    total_yuan: Decimal | None = None
    fiscal_yuan: Decimal | None = None  # 财政拨款
    other_yuan: Decimal | None = None  # 其他资金
    ulp_yuan: Decimal | None = None
    # the lines of its budget figures printed off its own line (a table one cell per line): total=23;fiscal=24 …
    value_lines: str | None = field(default=None, metadata={"omitted_when_none": True})


@dataclass(frozen=True, kw_only=True)
class Goal(Record):
    """A 年度总体目标 item (department-wide when project_key is None)."""

    record_type: ClassVar[str] = "goal"
    project_key: str | None
    text: str


@dataclass(frozen=True, kw_only=True)
class StatedFigure(Record):
    """A figure stated in a sentence (陈述性数字), read by its label and the words around it
    (:mod:`ingest.statements`), whatever the document: ``公务接待费638万元`` → amount,
    ``比上年减少317万元`` → change (decrease), ``占88.86%`` → share_pct."""

    record_type: ClassVar[str] = "stated_figure"
    label: str  # the noun phrase printed before the number (verbs, years, 其中 trimmed)
    # amount / budget_initial / change / change_pct / share_pct / count / measure / score / rate — a rate is a
    # per-unit standard (补助标准5000元/户, 每人每月100元, 户均1000元/年, 人均, 单价): 元 per ``per_unit``, never an
    # amount — never summed with amounts, nor taken as its label's metric
    field: str
    value: Decimal  # 元 for money, percent units for %, the count for counts; changes unsigned
    unit: str  # yuan / percent / point (a score's 分) / the printed count unit (人, 辆, 个, 公里 …)
    direction: str | None = None  # increase / decrease, for changes
    metric: str | None = None  # the seeds/metric_vocabulary.csv key the label names, if any
    context: str | None = None  # the words around the number, as printed
    ulp: Decimal | None = None  # one unit of the last printed digit, in ``unit``
    # what a change is measured against, as printed: prior_year (比上年, 同比, 与上年相比), budget
    # (比年初预算), or a year (比2019年 → "2019", 与2022年预算相比 → "2022"); None when not printed
    compared_with: str | None = None
    # the year the figure is of, where the page states it is another than the document's: a year heading the
    # figure's sentence or clause (2018年总收入…;总支出… in a 2020 account, 主要原因是2020年有…收入710万元) or its
    # section (一、2022年财政收入预算执行情况 over its paragraphs, in a 2023 budget); None: the document's own year
    year: int | None = None
    # what a rate (field ``rate``) is per, as printed, in short form: 户, 人·月 (每人每月), 户·年 (户均…元/年), 生, 亩,
    # 平方米, 吨 …; None for other fields, and for a standard that does not print what it is per (按2000元的标准)
    per_unit: str | None = None
    # ``target`` for a figure set as a goal (项目目标:资助…230人, 年初总体目标为:…1067.2万元); None: stated as done
    # or held
    stage: str | None = None


@dataclass(frozen=True, kw_only=True)
class ParseWarning(Record):
    """Something the parser could read only in part: a cut-off table, an unparsed cell."""

    record_type: ClassVar[str] = "parse_warning"
    parser: str
    message: str
    context: str | None = None


@dataclass(frozen=True, kw_only=True)
class DirectionStatement(Record):
    """A direction word (大于 / 小于 / 等于 / 持平 / 基本持平 / 增加 / 减少 / 增长 / 下降) with the figures
    it speaks of (R19). ``source_line`` is where the word is printed.

    ``comparison`` ``budget``: 决算数 vs 预算数 — ``stated_yuan`` the 决算, ``reference_yuan`` the 预算,
    or only ``completion_pct`` (完成预算 x%). ``prior_year``: a change against the previous year —
    ``change_yuan`` and ``change_pct`` signed by their own words (减少 / 下降 → negative).
    """

    record_type: ClassVar[str] = "direction_statement"
    comparison: str  # budget / prior_year
    word: str  # 大于 / 小于 / 等于 / 持平 / 基本持平; prior_year: the words in order, e.g. 减少/下降
    stated_yuan: Decimal | None = None  # 支出决算 (budget comparison)
    stated_line: int | None = None
    stated_page: int | None = None
    reference_yuan: Decimal | None = None  # 年初预算 (budget comparison)
    reference_line: int | None = None
    reference_page: int | None = None
    ulp_yuan: Decimal | None = None  # the coarser printed precision of the two figures
    completion_pct: Decimal | None = None  # 完成(年初)预算 x%
    pct_ulp: Decimal | None = None  # one unit of the last printed digit of the percentages
    change_yuan: Decimal | None = None  # prior_year: 增加 / 减少 x 万元, signed
    change_pct: Decimal | None = None  # prior_year: 增长 / 下降 x%, signed
    snippet: str = ""


@dataclass(frozen=True, kw_only=True)
class YearStatement(Record):
    """A year the document states for itself (R20): a title or heading (``2024年度部门决算``), the
    department's own year (``上海市普陀区财政局2024年度…``), an asset date (``截至2024年12月31日``).
    Comparisons with another year (``与2023年度相比``, ``比上年``) are not recorded."""

    record_type: ClassVar[str] = "year_statement"
    year: int
    context: str  # title / draft (a budget's draft: 2024年预算草案) / self / as_of
    snippet: str = ""


@dataclass(frozen=True, kw_only=True)
class TemplateLeftover(Record):
    """A placeholder or template instruction left in a document (R21): XX, ××, 某某, empty brackets, 模板."""

    record_type: ClassVar[str] = "template_leftover"
    token: str
    snippet: str = ""


RECORD_TYPES: tuple[type[Record], ...] = (
    DocumentInfo,
    Metric,
    FunctionalItem,
    EconomicItem,
    SectionStatus,
    Project,
    ProjectFunding,
    DepartmentFunding,
    Indicator,
    TargetTask,
    Goal,
    StatedFigure,
    ParseWarning,
    DirectionStatement,
    YearStatement,
    TemplateLeftover,
)
RECORD_TYPE_BY_NAME: dict[str, type[Record]] = {cls.record_type: cls for cls in RECORD_TYPES}


def _quick_init(cls: type[Record]) -> None:
    """Give ``cls`` an ``__init__`` that stores its fields straight into the instance dictionary.

    A frozen dataclass's own ``__init__`` sets each field through ``object.__setattr__`` (to get
    past its frozen ``__setattr__``), ~0.5 µs a field; parsing makes a few hundred records per
    document, so that was a tenth of the parse. This one takes the same keyword-only arguments
    with the same defaults and makes an equal object; the record stays frozen (assigning a field
    afterwards still raises). Records have no ``default_factory``, ``__post_init__`` or
    ``init=False`` field; a record that gets one keeps the dataclass's own ``__init__``.
    """
    fields = dataclasses.fields(cls)
    if hasattr(cls, "__post_init__") or any(
        f.default_factory is not dataclasses.MISSING or not f.init or not f.kw_only for f in fields
    ):
        return
    defaults = {f"_default_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    params = ", ".join(f.name if f.default is dataclasses.MISSING else f"{f.name}=_default_{f.name}" for f in fields)
    body = "".join(f"    d[{f.name!r}] = {f.name}\n" for f in fields)
    namespace: dict[str, Any] = dict(defaults)
    exec(f"def __init__(self, *, {params}):\n    d = self.__dict__\n{body}", namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[method-assign]


for _cls in RECORD_TYPES:
    _quick_init(_cls)
