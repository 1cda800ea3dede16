{{ config(materialized='view') }}
{#-
    One stated value per document × stage × metric, the figure the sum rules use: the first
    statement of it (narrative before tables, then by page and line). Repeated statements are
    compared with each other by R14 (rec_repeated_figures).
    half_ulp: half a unit of the last printed digit (the figure's own rounding). When a parser
    did not record ulp, the usual precision of the disclosures is assumed: 0.01 万元 = 100 元.
-#}

with

metrics as (

    select * from {{ ref('stg_disclosures__metrics') }}
    where value is not null

),

ranked as (

    select
        document_id,
        stage,
        metric,
        label,
        unit,
        origin,
        value,
        coalesce(ulp, case when unit = 'yuan' then 100 else 1 end) / 2 as half_ulp,
        source_line,
        source_page,
        row_number() over (
            partition by document_id, stage, metric
            order by
                case when origin = 'narrative' then 0 else 1 end, coalesce(source_page, 0), source_line, record_index
        ) as statement_rank
    from metrics

)

select
    document_id,
    stage,
    metric,
    label,
    unit,
    origin,
    value,
    half_ulp,
    source_line,
    source_page,
    label || ' '
    || case
        when unit = 'yuan' and half_ulp >= 50 then printf('%.2f万元', cast(value as double) / 10000)
        when unit = 'yuan' then printf('%.2f元', cast(value as double))
        else cast(cast(value as double) as varchar) || ' ' || unit
    end
    || ' (' || {{ page_line('source_line', 'source_page') }} || ')' as source_ref
from ranked
where statement_rank = 1
