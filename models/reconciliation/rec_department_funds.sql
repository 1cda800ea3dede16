{#-
    部门整体支出绩效自评表 (R24): in each table, 年度资金总额 = the sum of its parts, for each of
    年初预算数, 全年预算数 and 全年执行数 it prints — the parts by kind of spending (基本支出 + 项目支出
    (+ 其他)) and, where the table prints them too, by where the money comes from (财政拨款 + 上年结转
    + … (+ 其他资金)): int_department_fundings_tabled places every row. A part left blank in one
    column counts as 0; a column no part prints is not checked. Tolerance: half a unit of the last
    printed digit per figure (the total and each part). Executed above budget is no finding:
    departments overspend.
-#}

with

rows_tabled as (

    select
        *,
        coalesce(ulp_yuan, 100) / 2 as half_ulp
    from {{ ref('int_department_fundings_tabled') }}

),

amounts as (

    select
        document_id,
        funds_table,
        breakdown,
        record_index,
        label,
        half_ulp,
        source_line,
        source_page,
        unnest(['年初预算数', '全年预算数', '全年执行数']) as column_zh,
        unnest(['budget_initial', 'budget_full_year', 'executed']) as column_key,
        unnest([budget_initial_yuan, budget_full_year_yuan, executed_yuan]) as amount_yuan
    from rows_tabled
    where breakdown <> 'unplaced'

),

totals as (

    select *
    from amounts
    where breakdown = 'total' and amount_yuan is not null

),

parts as (

    select
        document_id,
        funds_table,
        breakdown,
        column_key,
        count(*) as n_parts,
        count(amount_yuan) as n_amounts,
        sum(coalesce(amount_yuan, 0)) as parts_yuan,
        sum(half_ulp) as parts_half_ulp,
        string_agg(label, ' + ' order by record_index) as part_labels,
        string_agg(
            label || ' ' || coalesce(printf('%.2f万元', amount_yuan::double / 10000), '—')
            || ' (' || {{ page_line('source_line', 'source_page') }} || ')',
            '; ' order by record_index
        ) as part_refs
    from amounts
    where breakdown <> 'total'
    group by document_id, funds_table, breakdown, column_key

)

select
    totals.document_id,
    'R24' as rule_id,
    totals.label || ' @' || {{ page_line('totals.source_line', 'totals.source_page') }}
    || ' ' || parts.breakdown || ' ' || totals.column_key as check_key,
    totals.label || ' = ' || parts.part_labels || ' (' || totals.column_zh || ')' as description,
    parts.parts_yuan as expected,
    totals.amount_yuan as actual,
    totals.amount_yuan - parts.parts_yuan as difference,
    totals.half_ulp + parts.parts_half_ulp as tolerance,
    'yuan' as unit,
    case
        when abs(totals.amount_yuan - parts.parts_yuan) <= totals.half_ulp + parts.parts_half_ulp then 'passed'
        else 'failed'
    end as outcome,
    totals.label || ' ' || totals.column_zh || ' ' || printf('%.2f万元', totals.amount_yuan::double / 10000)
    || ' (' || {{ page_line('totals.source_line', 'totals.source_page') }} || '); ' || parts.part_refs
        as source_lines
from totals
inner join parts
    on totals.document_id = parts.document_id
    and totals.funds_table = parts.funds_table
    and totals.column_key = parts.column_key
where parts.n_amounts > 0
