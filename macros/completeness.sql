{#- Completeness score (percent, DECIMAL(9,4)): the required tables present or declared empty over the
    required tables, each headline figure printed but unreadable counting as one more item missing;
    null where nothing is required. Used by dim_document (per file) and mart_department_completeness
    (over a department-year's files). -#}
{% macro completeness_score(required, present, declared_empty, unreadable) -%}
    cast(
        case
            when {{ required }} > 0
                then 100.0 * ({{ present }} + {{ declared_empty }})
                    / ({{ required }} + coalesce({{ unreadable }}, 0))
        end as decimal(9, 4)
    )
{%- endmacro %}
