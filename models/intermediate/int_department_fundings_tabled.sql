-- Funds rows of department-wide self-evaluations (部门整体支出绩效自评表), every document, each
-- placed in its table and its breakdown. A document may print the table more than once (an annex
-- repeating it): a table begins at a 年度资金总额 row, or where a row names a source its table
-- already has (two tables printed without a total). A table parts its total two ways: by kind of
-- spending (基本支出 / 项目支出) or by where the money comes from (财政拨款 / 上年结转 / 财政专户 /
-- 单位资金); 其他 belongs to the parts printed right before it (else to the only kind its table
-- has). R24 (rec_department_funds) and fct_department_funding read it.
with

fundings as (

    select
        *,
        -- tables opened so far by a 年度资金总额 row (this row's included)
        count(*) filter (where source = 'total') over (
            partition by document_id
            order by record_index
            rows between unbounded preceding and current row
        ) as totals_so_far,
        case
            when source = 'total' then 'total'
            when source in ('basic', 'project') then 'spending_type'
            when source in ('fiscal', 'carryover', 'special_account', 'unit_own') then 'funding_source'
        end as own_breakdown
    from {{ ref('stg_performance__department_fundings') }}

),

hinted as (

    select
        *,
        -- 其他 takes the split of the parts printed right before it (none right after a total)
        coalesce(
            own_breakdown,
            nullif(
                last_value(own_breakdown ignore nulls) over (
                    partition by document_id
                    order by record_index
                    rows between unbounded preceding and 1 preceding
                ),
                'total'
            )
        ) as breakdown_hint
    from fundings

),

occurrences as (

    select
        *,
        -- the nth row of this source (and split) since the last total: a second one opens another table
        row_number() over (
            partition by document_id, totals_so_far, source, breakdown_hint
            order by record_index
        ) as occurrence
    from hinted

),

tabled as (

    select
        *,
        dense_rank() over (partition by document_id order by totals_so_far, occurrence) as funds_table
    from occurrences

),

placed as (

    select
        *,
        count(distinct own_breakdown) filter (where own_breakdown <> 'total') over table_rows as part_kinds,
        max(own_breakdown) filter (where own_breakdown <> 'total') over table_rows as only_part_kind
    from tabled
    window table_rows as (partition by document_id, funds_table)

)

select
    * exclude (totals_so_far, own_breakdown, breakdown_hint, occurrence, part_kinds, only_part_kind),
    coalesce(breakdown_hint, case when part_kinds = 1 then only_part_kind end, 'unplaced') as breakdown
from placed
