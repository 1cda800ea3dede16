{#-
    The reconciliation rules (../shared/design/reconciliation-rules.md): id, area (one Great
    Expectations suite each), what the rule states, and its severity: `error` for the accounting
    identities a published account cannot break and for wording, years, leftovers and prose that
    contradict the document's own figures (R19–R22), `warning` for derived figures (shares, growth
    rates, scores) that documents round or copy loosely, for a missing table (R23) and for a
    budget document that disagrees with the final account's 年初预算 (R18).
    R17 is a warning (an unknown or misnamed code or name) whose checks of a 项 under another
    code's prefix carry their own severity, error.
    R24 (a department-wide self-evaluation's 年度资金总额 = the sum of its parts) is not in the shared
    design's table yet: it is this catalog's and expectations/rules.py's.
-#}

select
    rules.rule_id,
    rules.rule_family,
    rules.title,
    rules.severity
from (
    values
    ('R01', 'summary_balances', '收入总计 = 支出总计', 'error'),
    ('R02', 'summary_balances', '收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余', 'error'),
    ('R03', 'summary_balances', '支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余', 'error'),
    ('R04', 'summary_balances', '本年收入合计 = Σ income sources', 'error'),
    ('R05', 'summary_balances', '本年支出合计 = 基本支出 + 项目支出 + 上缴上级 + 经营 + 对附属单位补助', 'error'),
    ('R06', 'summary_balances', 'every stated share (占 x%) = component ÷ its stated base', 'warning'),
    ('R07', 'functional_breakdown', 'Σ 类 = 一般公共预算财政拨款支出; Σ 项 within a 类 = that 类', 'error'),
    ('R08', 'basic_expenditure', '基本支出 = 人员经费 + 公用经费; economic items sum to their group', 'error'),
    ('R09', 'three_public', '三公 = 因公出国(境) + 公务用车购置及运行 + 公务接待; 车 = 购置 + 运行', 'error'),
    ('R10', 'summary_balances', 'this year − change = prior year; change ÷ prior year = growth %', 'warning'),
    ('R11', 'performance', '执行率 = 执行数 ÷ 全年预算数; 资金得分 = 分值 × 执行率 (capped)', 'warning'),
    ('R12', 'performance', '总分 = 资金得分 + Σ 指标得分; 得分 ≤ 分值; 分值 sum to 100', 'warning'),
    ('R13', 'procurement', '政府采购 = 货物 + 工程 + 服务; 中小企业 ≤ total; 小微 ≤ 中小企业', 'error'),
    ('R14', 'summary_balances', 'a figure stated twice in one document has one value', 'error'),
    ('R15', 'performance', '绩效目标表: 任务总额 = 财政拨款 + 其他资金', 'error'),
    ('R16', 'cross_document', '年初结转和结余 = 上年年末结转和结余; printed 上年数 = last year', 'error'),
    ('R17', 'functional_breakdown', '科目编码 = its name that year (支出功能分类); 项 under its prefix', 'warning'),
    ('R18', 'cross_document', '决算的年初预算数 = the 预算 document of the same department and year', 'warning'),
    ('R19', 'consistency', '大于 / 小于 / 等于 / 持平 / 增加 / 下降 agree with the figures they compare', 'error'),
    ('R20', 'consistency', 'every year a document states for itself is its fiscal year', 'error'),
    ('R21', 'consistency', 'no placeholder or template text (XX, ××, 某某, empty brackets, 模板)', 'error'),
    ('R22', 'consistency', 'a figure printed in a sentence and in a table has one value', 'error'),
    ('R23', 'consistency', 'required tables present; an empty 基金 / 国资 table says 无', 'warning'),
    ('R24', 'performance', '部门整体支出绩效自评表: 年度资金总额 = 基本支出 + 项目支出 (+ 其他); = Σ 资金来源', 'error')
) as rules (rule_id, rule_family, title, severity)
