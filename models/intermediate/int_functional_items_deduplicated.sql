-- One amount per department × year × stage × functional code × fund scope, from the documents
-- that contribute facts (int_documents_resolved; the primary one first, then the latest loaded).
-- A 决算 states a code once per fund scope (资金范围, seeds/functional_origin_scopes.csv:
-- 支出决算表 over all funds, 一般公共预算 table and prose over 一般公共预算 …) and the amounts
-- legitimately differ, so each scope keeps its own row; income by function (收入决算表) is no
-- expenditure and is left out. Within a scope the same 项 is often read twice (the prose and the
-- 一般公共预算 table): the seed's preference decides (prose, then the scope's own table, then a
-- 总表), then records stating prior-year or budget figures; prior-year amount, budget and reason
-- are taken from whichever record of the same scope states them.
-- An unmapped path keeps its own row (functional_code 0, the missing member).
with

items as (

    select * from {{ ref('int_functional_items_mapped') }}

),

documents as (

    select * from {{ ref('int_documents_resolved') }}
    where contributes_facts and fiscal_year is not null

),

scopes as (

    select * from {{ ref('functional_origin_scopes') }}
    where scope <> 'income'

),

with_grain as (

    select
        documents.department_id,
        documents.fiscal_year,
        documents.doc_type,
        documents.is_primary,
        documents.loaded_at,
        scopes.scope as fund_scope,
        scopes.preference as origin_preference,
        items.*,
        coalesce(
            items.functional_code,
            'unmapped:'
            || {{ functional_name_key("concat_ws('/', items.class_name, items.kuan_name, items.item_name)") }}
        ) as grain_code
    from items
    inner join documents on items.document_id = documents.document_id
    inner join scopes on items.origin = scopes.origin

),

ranked as (

    select
        *,
        row_number() over (
            partition by department_id, fiscal_year, stage, fund_scope, grain_code
            order by
                (doc_type = 'final_account') desc,
                (amount_yuan is not null) desc,
                origin_preference,
                (prior_year_amount_yuan is not null or budget_initial_yuan is not null) desc,
                is_primary desc,
                loaded_at desc,
                document_id asc,
                record_index asc
        ) as pick_rank
    from with_grain

),

filled as (

    select
        * exclude (prior_year_amount_yuan, budget_initial_yuan, reason, change_yuan, growth_pct, completion_pct),
        first_value(prior_year_amount_yuan ignore nulls) over code_records as prior_year_amount_yuan,
        first_value(change_yuan ignore nulls) over code_records as change_yuan,
        first_value(growth_pct ignore nulls) over code_records as growth_pct,
        first_value(budget_initial_yuan ignore nulls) over code_records as budget_initial_yuan,
        first_value(completion_pct ignore nulls) over code_records as completion_pct,
        first_value(reason ignore nulls) over code_records as reason
    from ranked
    window code_records as (
        partition by department_id, fiscal_year, stage, fund_scope, grain_code
        order by pick_rank
        rows between unbounded preceding and unbounded following
    )

)

-- a prior-year amount not printed is the amount minus the stated change (比上年增加/减少)
select
    * exclude (pick_rank, origin_preference, prior_year_amount_yuan),
    {{ to_yuan('coalesce(prior_year_amount_yuan, amount_yuan - change_yuan)') }} as prior_year_amount_yuan
from filled
where pick_rank = 1
