-- Year over year by 功能分类 类 and 款: one row per department × fiscal year × stage × fund scope ×
-- 类 or 款, with the prior year, the change and the growth. The amount is the 类/款 figure the
-- document states where it prints one (amount_basis `stated`), else the sum of its 项 rows
-- (`summed_items`); the prior year likewise comes from the figure printed beside it (上年决算数,
-- prior_year_basis `stated`) or from this mart's row of the previous year (`previous_year_stated`
-- / `previous_year_summed_items`; that row comes from that year's document or, is_derived, from a
-- later document's prior-year figures).
-- Compare departments within one fund_scope (general_budget: every 决算 and 预算 prints it).
with

expenditure as (

    select * from {{ ref('fct_expenditure_by_function') }}
    where functional_code <> '0'

),

levels as (

    select
        '类' as level,
        3 as code_length
    union all
    select
        '款' as level,
        5 as code_length

),

-- 类 and 款 figures as printed
stated as (

    select
        department_id,
        fiscal_year,
        stage,
        fund_scope,
        level,
        functional_code,
        amount_yuan,
        prior_year_amount_yuan,
        is_derived,
        document_id,
        source_line,
        source_page
    from expenditure
    where level in ('类', '款') and amount_yuan is not null

),

-- 类 and 款 as the sum of their 项
summed as (

    select
        expenditure.department_id,
        expenditure.fiscal_year,
        expenditure.stage,
        expenditure.fund_scope,
        levels.level,
        left(expenditure.functional_code, levels.code_length) as functional_code,
        sum(expenditure.amount_yuan) as amount_yuan,
        sum(expenditure.prior_year_amount_yuan) as prior_year_amount_yuan,
        count(*) as items_summed,
        count(expenditure.prior_year_amount_yuan) as items_with_prior_year,
        bool_and(expenditure.is_derived) as is_derived,
        min(expenditure.document_id) as document_id
    from expenditure
    cross join levels
    where expenditure.level = '项'
    group by all

),

combined as (

    select
        coalesce(stated.department_id, summed.department_id) as department_id,
        coalesce(stated.fiscal_year, summed.fiscal_year) as fiscal_year,
        coalesce(stated.stage, summed.stage) as stage,
        coalesce(stated.fund_scope, summed.fund_scope) as fund_scope,
        coalesce(stated.level, summed.level) as level,
        coalesce(stated.functional_code, summed.functional_code) as functional_code,
        coalesce(stated.amount_yuan, summed.amount_yuan) as amount_yuan,
        case when stated.amount_yuan is not null then 'stated' else 'summed_items' end as amount_basis,
        summed.amount_yuan as items_sum_yuan,
        coalesce(summed.items_summed, 0) as items_summed,
        case
            when stated.prior_year_amount_yuan is not null then stated.prior_year_amount_yuan
            -- every 项 states its prior year: their sum is the 类's
            when stated.amount_yuan is null and summed.items_with_prior_year = summed.items_summed
                then summed.prior_year_amount_yuan
        end as printed_prior_year_yuan,
        coalesce(stated.is_derived, summed.is_derived) as is_derived,
        coalesce(stated.document_id, summed.document_id) as document_id,
        stated.source_line,
        stated.source_page
    from stated
    full outer join summed
        on stated.department_id = summed.department_id
        and stated.fiscal_year = summed.fiscal_year
        and stated.stage = summed.stage
        and stated.fund_scope = summed.fund_scope
        and stated.functional_code = summed.functional_code

),

with_prior as (

    select
        combined.*,
        coalesce(combined.printed_prior_year_yuan, previous.amount_yuan) as prior_year_amount_yuan,
        case
            when combined.printed_prior_year_yuan is not null then 'stated'
            when previous.amount_yuan is not null then 'previous_year_' || previous.amount_basis
        end as prior_year_basis
    from combined
    left join combined as previous
        on combined.department_id = previous.department_id
        and combined.stage = previous.stage
        and combined.fund_scope = previous.fund_scope
        and combined.functional_code = previous.functional_code
        and combined.fiscal_year = previous.fiscal_year + 1

)

select
    {{ surrogate_key([
        'with_prior.department_id', 'with_prior.fiscal_year', 'with_prior.stage', 'with_prior.fund_scope',
        'with_prior.functional_code'
    ]) }} as functional_class_year_id,
    with_prior.department_id,
    with_prior.fiscal_year,
    with_prior.stage,
    with_prior.fund_scope,
    with_prior.level,
    with_prior.functional_code,
    left(with_prior.functional_code, 3) as class_code,
    functional_items.class_name,
    functional_items.kuan_name,
    {{ to_yuan('with_prior.amount_yuan') }} as amount_yuan,
    with_prior.amount_basis,
    {{ to_yuan('with_prior.items_sum_yuan') }} as items_sum_yuan,
    with_prior.items_summed,
    {{ to_yuan('with_prior.prior_year_amount_yuan') }} as prior_year_amount_yuan,
    with_prior.prior_year_basis,
    {{ to_yuan('with_prior.amount_yuan - with_prior.prior_year_amount_yuan') }} as change_yuan,
    {{ to_pct(
        '100.0 * (with_prior.amount_yuan - with_prior.prior_year_amount_yuan)'
        ~ ' / nullif(with_prior.prior_year_amount_yuan, 0)'
    ) }} as growth_pct,
    with_prior.is_derived,
    with_prior.document_id,
    with_prior.source_line,
    with_prior.source_page
from with_prior
left join {{ ref('dim_functional_item') }} as functional_items
    on with_prior.functional_code = functional_items.functional_code
