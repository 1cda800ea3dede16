-- Expenditure by 政府收支分类 支出功能分类: one row per department × fiscal year × stage × functional
-- item (类/款/项 code) × fund scope (all_funds / fiscal / general_budget / government_fund /
-- state_capital: which money the figure is over, from the table it was read in). Compare
-- departments within one scope (general_budget is printed for every 项 by every 决算 and 预算).
-- Amounts in 元. Prior-year amounts of a document become rows of the previous year, in the same
-- scope, flagged is_derived, where no document covers that year (macros/prior_year.sql).
-- A code the reference does not know keeps its printed names (is_in_reference false); a path
-- printed by name only whose name is unknown (functional_code 0) keeps its printed names and the
-- codes of the 类/款 it prints under (class_code, kuan_code).
with

items as (

    select * from {{ ref('int_functional_items_deduplicated') }}

),

functional_items as (

    select * from {{ ref('dim_functional_item') }}

),

stated as (

    select
        department_id,
        fiscal_year,
        stage,
        fund_scope,
        grain_code,
        coalesce(functional_code, '0') as functional_code,
        class_code as printed_class_code,
        kuan_code as printed_kuan_code,
        mapping_method,
        level as printed_level,
        class_name as printed_class_name,
        kuan_name as printed_kuan_name,
        item_name as printed_item_name,
        amount_yuan,
        prior_year_amount_yuan,
        change_yuan,
        growth_pct,
        share_pct,
        budget_initial_yuan,
        completion_pct,
        basic_yuan,
        project_yuan,
        reason as change_reason,
        origin,
        ulp_yuan,
        document_id,
        source_line,
        source_page,
        false as is_derived
    from items

),

unioned as (

    {{ union_prior_year_as_derived(
        'stated', 'amount_yuan', 'prior_year_amount_yuan',
        ['change_yuan', 'growth_pct', 'share_pct', 'budget_initial_yuan', 'completion_pct', 'basic_yuan', 'project_yuan', 'change_reason']
    ) }}

)

select
    {{ surrogate_key([
        'unioned.department_id', 'unioned.fiscal_year', 'unioned.stage', 'unioned.fund_scope', 'unioned.grain_code'
    ]) }} as expenditure_id,
    unioned.department_id,
    unioned.fiscal_year,
    unioned.stage,
    unioned.fund_scope,
    unioned.functional_code,
    coalesce(functional_items.level, unioned.printed_level) as level,
    coalesce(functional_items.class_code, unioned.printed_class_code) as class_code,
    coalesce(functional_items.kuan_code, unioned.printed_kuan_code) as kuan_code,
    coalesce(functional_items.is_in_reference, false) as is_in_reference,
    coalesce(functional_items.class_name, unioned.printed_class_name) as class_name,
    coalesce(functional_items.kuan_name, unioned.printed_kuan_name) as kuan_name,
    coalesce(functional_items.item_name, unioned.printed_item_name) as item_name,
    unioned.printed_class_name,
    unioned.printed_kuan_name,
    unioned.printed_item_name,
    unioned.mapping_method,
    unioned.amount_yuan,
    unioned.prior_year_amount_yuan,
    unioned.change_yuan,
    unioned.growth_pct,
    unioned.share_pct,
    unioned.budget_initial_yuan,
    unioned.completion_pct,
    unioned.basic_yuan,
    unioned.project_yuan,
    unioned.change_reason,
    unioned.origin,
    unioned.ulp_yuan,
    unioned.is_derived,
    unioned.document_id,
    unioned.source_line,
    unioned.source_page
from unioned
left join functional_items
    on unioned.functional_code = functional_items.functional_code
    and not functional_items.is_missing_member
