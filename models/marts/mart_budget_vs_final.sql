-- Budget against final account: one row per department × fiscal year × figure × fund scope, for
-- the headline figures (totals, 基本/项目支出, 一般公共预算财政拨款支出, “三公”经费 and its parts,
-- 机关运行经费 …) and each 功能分类 类/款/项, with whichever of the three a department's documents
-- give: the budget document's figure (部门预算, stage budget), the final account's 年初预算 (and
-- 全年预算 where it prints that instead) and the final figure (决算).
with

metrics as (

    select * from {{ ref('fct_department_metric') }}
    where unit = 'yuan' and not is_derived

),

expenditure as (

    select * from {{ ref('fct_expenditure_by_function') }}
    where functional_code <> '0' and not is_derived

),

figures as (

    -- headline metrics: totals are over all funds, 财政拨款 totals over fiscal, 一般公共预算 /
    -- 政府性基金 / 国有资本经营 figures over their own scope, the rest (“三公”经费, 机关运行经费,
    -- 人员经费 …) over general_budget, as the 决算 and 预算 tables print them
    select
        department_id,
        fiscal_year,
        'metric' as figure_kind,
        metric as figure,
        coalesce(metric_label_zh, printed_label) as figure_name,
        null as level,
        case
            when metric in ('general_budget_expenditure', 'government_fund_expenditure', 'state_capital_expenditure')
                then replace(metric, '_expenditure', '')
            when metric_category in ('summary', 'income', 'expenditure') then 'all_funds'
            when metric_category = 'fiscal' then 'fiscal'
            else 'general_budget'
        end as fund_scope,
        stage,
        value_yuan as amount_yuan,
        case when budget_kind = 'initial' then budget_value end as initial_budget_yuan,
        case when budget_kind = 'full_year' then budget_value end as full_year_budget_yuan,
        document_id,
        source_line,
        source_page
    from metrics
    union all
    select
        department_id,
        fiscal_year,
        'functional' as figure_kind,
        functional_code as figure,
        coalesce(item_name, kuan_name, class_name) as figure_name,
        level,
        fund_scope,
        stage,
        amount_yuan,
        budget_initial_yuan as initial_budget_yuan,
        null as full_year_budget_yuan,
        document_id,
        source_line,
        source_page
    from expenditure

),

paired as (

    select
        department_id,
        fiscal_year,
        figure_kind,
        figure,
        fund_scope,
        any_value(figure_name) as figure_name,
        any_value(level) as level,
        max(amount_yuan) filter (where stage = 'budget') as budget_document_yuan,
        max(initial_budget_yuan) filter (where stage = 'final') as final_initial_budget_yuan,
        max(full_year_budget_yuan) filter (where stage = 'final') as final_full_year_budget_yuan,
        max(amount_yuan) filter (where stage = 'final') as final_yuan,
        any_value(document_id) filter (where stage = 'budget') as budget_document_id,
        any_value(source_line) filter (where stage = 'budget') as budget_source_line,
        any_value(document_id) filter (where stage = 'final') as final_document_id,
        any_value(source_line) filter (where stage = 'final') as final_source_line
    from figures
    group by all

),

measured as (

    select
        *,
        -- the budget the final figure is measured against: the final account's own 年初预算, else
        -- its 全年预算, else the budget document's figure
        coalesce(final_initial_budget_yuan, final_full_year_budget_yuan, budget_document_yuan) as budget_yuan,
        case
            when final_initial_budget_yuan is not null then 'final_account_initial'
            when final_full_year_budget_yuan is not null then 'final_account_full_year'
            when budget_document_yuan is not null then 'budget_document'
        end as budget_basis
    from paired
    where
        budget_document_yuan is not null
        or final_initial_budget_yuan is not null
        or final_full_year_budget_yuan is not null

)

select
    {{ surrogate_key(['department_id', 'fiscal_year', 'figure_kind', 'figure', 'fund_scope']) }}
        as budget_vs_final_id,
    department_id,
    fiscal_year,
    figure_kind,
    figure,
    figure_name,
    level,
    fund_scope,
    {{ to_yuan('budget_document_yuan') }} as budget_document_yuan,
    {{ to_yuan('final_initial_budget_yuan') }} as final_initial_budget_yuan,
    {{ to_yuan('final_full_year_budget_yuan') }} as final_full_year_budget_yuan,
    {{ to_yuan('final_yuan') }} as final_yuan,
    {{ to_yuan('budget_yuan') }} as budget_yuan,
    budget_basis,
    {{ to_pct('final_yuan * 100.0 / nullif(budget_yuan, 0)') }} as budget_completion_pct,
    {{ to_pct('(final_yuan - budget_yuan) * 100.0 / nullif(budget_yuan, 0)') }} as budget_variance_pct,
    {{ to_yuan('budget_document_yuan - final_initial_budget_yuan') }} as budget_document_minus_initial_yuan,
    budget_document_id,
    budget_source_line,
    final_document_id,
    final_source_line
from measured
