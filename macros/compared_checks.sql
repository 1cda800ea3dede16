{#- The check rows of a rule that compares two figures within a tolerance (R16, R18): from a
    relation with document_id, check_key, description, expected, actual, tolerance, unit,
    source_lines and the page and line of both sides; difference = actual − expected. -#}
{% macro compared_checks(rule_id, relation) -%}
    select
        document_id,
        '{{ rule_id }}' as rule_id,
        check_key,
        description,
        expected,
        actual,
        actual - expected as difference,
        tolerance,
        unit,
        case when abs(actual - expected) <= tolerance then 'passed' else 'failed' end as outcome,
        source_lines,
        stated_line,
        stated_page,
        implied_line,
        implied_page,
        left(source_lines, 160) as snippet
    from {{ relation }}
{%- endmacro %}
