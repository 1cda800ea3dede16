{{ config(materialized='view') }}
{#-
    The "stated total = Σ stated components" rules over department metrics, set-based:
    R01 收入总计 = 支出总计, R02/R03 totals = current year + balances, R04 income sources,
    R05 expenditure kinds, R08 基本支出 = 人员经费 + 公用经费, R09 三公, R13 政府采购.
    One row per document × stage × rule × check; the family models select their rules.

    required: a component the identity cannot do without (missing → insufficient_data);
    optional components are ones documents leave out when they are zero: the sum passes without
    them, but a total above its stated parts while some are unstated is insufficient_data (the
    gap may be a component the document states elsewhere or the parser missed), never failed.
    only_if_absent: an alternative breakdown used when the preferred metric is not stated
    (一般公共预算/政府性基金/国有资本经营 income instead of 财政拨款收入).
    Tolerance: Σ half_ulp over every figure present on both sides.
-#}

with

definitions (rule_id, check_key, description, role, metric, required, only_if_absent) as (

    -- noqa: disable=LT05
    values
    ('R01', 'income_total = expenditure_total', '收入总计 = 支出总计', 'total', 'income_total', true, null),
    ('R01', 'income_total = expenditure_total', '收入总计 = 支出总计', 'part', 'expenditure_total', true, null),
    ('R01', 'fiscal_income_total = fiscal_expenditure_total', '财政拨款收入总计 = 财政拨款支出总计', 'total', 'fiscal_income_total', true, null),
    ('R01', 'fiscal_income_total = fiscal_expenditure_total', '财政拨款收入总计 = 财政拨款支出总计', 'part', 'fiscal_expenditure_total', true, null),

    ('R02', 'income_total', '收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余', 'total', 'income_total', true, null),
    ('R02', 'income_total', '收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余', 'part', 'income_current_year', true, null),
    ('R02', 'income_total', '收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余', 'part', 'use_of_non_fiscal_balance', false, null),
    ('R02', 'income_total', '收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余', 'part', 'carryover_begin', false, null),
    ('R02', 'fiscal_income_total', '财政拨款收入总计 = 本年财政拨款收入 + 年初财政拨款结转和结余', 'total', 'fiscal_income_total', true, null),
    ('R02', 'fiscal_income_total', '财政拨款收入总计 = 本年财政拨款收入 + 年初财政拨款结转和结余', 'part', 'fiscal_income_current_year', true, null),
    ('R02', 'fiscal_income_total', '财政拨款收入总计 = 本年财政拨款收入 + 年初财政拨款结转和结余', 'part', 'fiscal_carryover_begin', false, null),

    ('R03', 'expenditure_total', '支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余', 'total', 'expenditure_total', true, null),
    ('R03', 'expenditure_total', '支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余', 'part', 'expenditure_current_year', true, null),
    ('R03', 'expenditure_total', '支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余', 'part', 'balance_distribution', false, null),
    ('R03', 'expenditure_total', '支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余', 'part', 'carryover_end', false, null),
    ('R03', 'fiscal_expenditure_total', '财政拨款支出总计 = 本年财政拨款支出 + 年末财政拨款结转和结余', 'total', 'fiscal_expenditure_total', true, null),
    ('R03', 'fiscal_expenditure_total', '财政拨款支出总计 = 本年财政拨款支出 + 年末财政拨款结转和结余', 'part', 'fiscal_expenditure_current_year', true, null),
    ('R03', 'fiscal_expenditure_total', '财政拨款支出总计 = 本年财政拨款支出 + 年末财政拨款结转和结余', 'part', 'fiscal_carryover_end', false, null),

    ('R04', 'income_current_year', '本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他收入', 'total', 'income_current_year', true, null),
    ('R04', 'income_current_year', '本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他收入', 'part', 'income_fiscal', false, null),
    ('R04', 'income_current_year', '本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他收入', 'part', 'income_general_budget', false, 'income_fiscal'),
    ('R04', 'income_current_year', '本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他收入', 'part', 'income_government_fund', false, 'income_fiscal'),
    ('R04', 'income_current_year', '本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他收入', 'part', 'income_state_capital', false, 'income_fiscal'),
    ('R04', 'income_current_year', '本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他收入', 'part', 'income_superior_subsidy', false, null),
    ('R04', 'income_current_year', '本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他收入', 'part', 'income_business', false, null),
    ('R04', 'income_current_year', '本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他收入', 'part', 'income_operating', false, null),
    ('R04', 'income_current_year', '本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他收入', 'part', 'income_affiliated', false, null),
    ('R04', 'income_current_year', '本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他收入', 'part', 'income_other', false, null),

    ('R05', 'expenditure_current_year', '本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出', 'total', 'expenditure_current_year', true, null),
    ('R05', 'expenditure_current_year', '本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出', 'part', 'expenditure_basic', false, null),
    ('R05', 'expenditure_current_year', '本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出', 'part', 'expenditure_project', false, null),
    ('R05', 'expenditure_current_year', '本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出', 'part', 'expenditure_to_superior', false, null),
    ('R05', 'expenditure_current_year', '本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出', 'part', 'expenditure_operating', false, null),
    ('R05', 'expenditure_current_year', '本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出', 'part', 'expenditure_to_affiliated', false, null),

    ('R08', 'general_budget_basic_expenditure', '一般公共预算财政拨款基本支出 = 人员经费 + 公用经费', 'total', 'general_budget_basic_expenditure', true, null),
    ('R08', 'general_budget_basic_expenditure', '一般公共预算财政拨款基本支出 = 人员经费 + 公用经费', 'part', 'personnel_expense', true, null),
    ('R08', 'general_budget_basic_expenditure', '一般公共预算财政拨款基本支出 = 人员经费 + 公用经费', 'part', 'public_expense', true, null),

    ('R09', 'three_public_total', '“三公”经费 = 因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费', 'total', 'three_public_total', true, null),
    ('R09', 'three_public_total', '“三公”经费 = 因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费', 'part', 'three_public_overseas', true, null),
    ('R09', 'three_public_total', '“三公”经费 = 因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费', 'part', 'three_public_vehicle', true, null),
    ('R09', 'three_public_total', '“三公”经费 = 因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费', 'part', 'three_public_reception', true, null),
    ('R09', 'three_public_vehicle', '公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费', 'total', 'three_public_vehicle', true, null),
    ('R09', 'three_public_vehicle', '公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费', 'part', 'three_public_vehicle_purchase', true, null),
    ('R09', 'three_public_vehicle', '公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费', 'part', 'three_public_vehicle_operation', true, null),

    ('R13', 'procurement_total', '政府采购支出总额 = 货物 + 工程 + 服务', 'total', 'procurement_total', true, null),
    ('R13', 'procurement_total', '政府采购支出总额 = 货物 + 工程 + 服务', 'part', 'procurement_goods', false, null),
    ('R13', 'procurement_total', '政府采购支出总额 = 货物 + 工程 + 服务', 'part', 'procurement_works', false, null),
    ('R13', 'procurement_total', '政府采购支出总额 = 货物 + 工程 + 服务', 'part', 'procurement_services', false, null)
    -- noqa: enable=LT05

),

metric_values as (

    select * from {{ ref('rec_metric_values') }}

),

document_stages as (

    select distinct
        document_id,
        stage
    from metric_values

),

candidates as (

    select
        ds.document_id,
        ds.stage,
        d.rule_id,
        d.check_key,
        d.description,
        d.role,
        d.metric,
        d.required,
        mv.value,
        mv.half_ulp,
        mv.source_ref
    from document_stages as ds
    cross join definitions as d
    left join metric_values as mv
        on ds.document_id = mv.document_id and ds.stage = mv.stage and d.metric = mv.metric
    left join metric_values as preferred
        on ds.document_id = preferred.document_id and ds.stage = preferred.stage and d.only_if_absent = preferred.metric
    where preferred.metric is null

),

aggregated as (

    select
        document_id,
        stage,
        rule_id,
        check_key,
        any_value(description) as description,
        max(value) filter (where role = 'total') as stated_total,
        count(value) filter (where role = 'total') as n_total,
        sum(value) filter (where role = 'part') as part_sum,
        count(value) filter (where role = 'part') as n_parts,
        count(*) filter (where required and value is null) as n_required_missing,
        string_agg(metric, ', ') filter (where required and value is null) as missing,
        string_agg(metric, ', ') filter (where role = 'part' and not required and value is null) as unstated,
        sum(half_ulp) filter (where value is not null) as tolerance,
        string_agg(source_ref, '; ' order by role desc, metric asc) filter (where value is not null) as source_lines
    from candidates
    group by document_id, stage, rule_id, check_key

)

select
    document_id,
    rule_id,
    case when stage = 'final' then check_key else stage || ': ' || check_key end as check_key,
    description
    || coalesce(' — missing: ' || missing, '')
    || case when stated_total - part_sum > tolerance and unstated is not null
            then ' — the gap may be the components not stated: ' || unstated
        else ''
    end as description,
    part_sum as expected,
    stated_total as actual,
    stated_total - part_sum as difference,
    tolerance,
    'yuan' as unit,
    case
        when n_total = 0 and n_parts = 0 then 'not_applicable'
        when n_total = 0 or n_parts = 0 or n_required_missing > 0 then 'insufficient_data'
        when abs(stated_total - part_sum) <= tolerance then 'passed'
        -- a total above its parts with some (non-negative) components unstated cannot be judged
        when stated_total - part_sum > tolerance and unstated is not null then 'insufficient_data'
        else 'failed'
    end as outcome,
    source_lines
from aggregated
