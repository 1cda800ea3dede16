{{ config(materialized='view') }}
{#-
    Every statement of a figure that may be printed more than once in one document, for R14
    (same kind: table vs table, prose vs prose) and R22 (prose vs table): a department metric, a
    功能分类 item within one scope (seed functional_origin_scopes) or a project's budget and
    execution. figure_key names the figure; origin_kind is `narrative` or `table` (project tables
    count as tables); half_ulp is half a unit of the printed last digit.
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
        source_page,
        origin,
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
        fi.source_page,
        fi.origin,
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
        source_page,
        'project' as origin,
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

)

select
    *,
    case
        when origin like 'table%' or origin = 'project' then 'table'
        else 'narrative'
    end as origin_kind
from statements
