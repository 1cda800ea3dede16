{#-
    Figures stated twice (R14): a department metric, a 功能分类 item or a project table printed
    more than once in one document (prose and table, a table repeated in an annex) has one value.
    One row per repeated figure: expected = the first statement, actual = the one that differs
    most from it; tolerance = half a unit of the coarser printing: the same figure printed twice
    to the same precision rounds the same way, so any difference then is a conflict (6.2 vs 6.23
    万元 may differ by 0.05).
    功能分类 items are compared within one scope (seed functional_origin_scopes): the prose and
    the 一般公共预算 table, 收入支出决算总表 and 支出决算表 (all funds) …; tables of different scope
    (收入决算表 income by function vs 支出决算表 expenditure) state different totals for one code.
-#}

with

metric_statements as (

    select
        document_id,
        case when stage = 'final' then '' else stage || ': ' end || metric as figure_key,
        label as figure_label,
        value,
        coalesce(ulp, case when unit = 'yuan' then 100 else 1 end) / 2 as half_ulp,
        unit,
        label || ' ' || case when unit = 'yuan' then printf('%.2f万元', cast(value as double) / 10000)
            else cast(value as varchar)
        end
        || ' [' || origin || '] (' || {{ page_line('source_line', 'source_page') }} || ')' as source_ref,
        coalesce(source_page, 0) as page,
        source_line,
        record_index
    from {{ ref('stg_disclosures__metrics') }}
    where value is not null

),

functional_statements as (

    select
        fi.document_id,
        case when fi.stage = 'final' then '' else fi.stage || ': ' end
        || concat_ws('/', fi.class_name, fi.kuan_name, fi.item_name) || ' (' || fi.level || ')'
        || case when scopes.scope = 'general_budget' then '' else ' [' || scopes.scope || ']' end
            as figure_key,
        concat_ws('/', fi.class_name, fi.kuan_name, fi.item_name) as figure_label,
        fi.amount_yuan as value,
        coalesce(fi.ulp_yuan, 100) / 2 as half_ulp,
        'yuan' as unit,
        concat_ws('/', fi.class_name, fi.kuan_name, fi.item_name) || ' '
        || printf('%.2f万元', cast(fi.amount_yuan as double) / 10000)
        || ' [' || fi.origin || '] (' || {{ page_line('fi.source_line', 'fi.source_page') }} || ')' as source_ref,
        coalesce(fi.source_page, 0) as page,
        fi.source_line,
        fi.record_index
    from {{ ref('stg_disclosures__functional_items') }} as fi
    inner join {{ ref('functional_origin_scopes') }} as scopes on fi.origin = scopes.origin
    where fi.amount_yuan is not null

),

project_statements as (

    select
        document_id,
        'project ' || name || ' ' || figure as figure_key,
        name || ' ' || figure as figure_label,
        value,
        coalesce(ulp_yuan, 100) / 2 as half_ulp,
        'yuan' as unit,
        name || ' ' || figure || ' ' || printf('%.2f万元', cast(value as double) / 10000)
        || ' (' || {{ page_line('source_line', 'source_page') }} || ')' as source_ref,
        coalesce(source_page, 0) as page,
        source_line,
        record_index
    from {{ ref('stg_performance__projects') }}
    unpivot (value for figure in (budget_full_year_yuan, executed_yuan))

),

statements as (

    select * from metric_statements
    union all
    select * from functional_statements
    union all
    select * from project_statements

),

ranked as (

    select
        *,
        row_number()
            over (partition by document_id, figure_key order by page, source_line, record_index)
            as statement_rank,
        count(*) over (partition by document_id, figure_key) as n_statements
    from statements

),

firsts as (

    select * from ranked
    where statement_rank = 1 and n_statements > 1

),

pairs as (

    select
        f.document_id,
        f.figure_key,
        f.figure_label,
        f.unit,
        f.n_statements,
        f.value as first_value,
        r.value as other_value,
        greatest(f.half_ulp, r.half_ulp) as tolerance,
        f.source_ref as first_ref,
        r.source_ref as other_ref,
        row_number() over (
            partition by f.document_id, f.figure_key
            order by abs(r.value - f.value) - greatest(f.half_ulp, r.half_ulp) desc, r.statement_rank
        ) as pair_rank
    from firsts as f
    inner join ranked as r
        on f.document_id = r.document_id and f.figure_key = r.figure_key and r.statement_rank > 1

)

select
    document_id,
    'R14' as rule_id,
    figure_key as check_key,
    figure_label || ' stated ' || n_statements || ' times: one value' as description,
    first_value as expected,
    other_value as actual,
    other_value - first_value as difference,
    tolerance,
    unit,
    case when abs(other_value - first_value) <= tolerance then 'passed' else 'failed' end as outcome,
    first_ref || '; ' || other_ref as source_lines
from pairs
where pair_rank = 1
