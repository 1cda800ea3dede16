{#- md5 surrogate key of several columns (dbt_utils.generate_surrogate_key, written here: no hub packages). -#}
{% macro surrogate_key(columns) -%}
    md5(concat_ws('|'
    {%- for column in columns %}, coalesce(cast({{ column }} as varchar), '<null>'){% endfor -%}
    ))
{%- endmacro %}

{#- Key of the "missing member" row of a dimension: facts never drop on a failed join. -#}
{% macro missing_key() -%}
    '00000000000000000000000000000000'
{%- endmacro %}

{#- A name folded for matching: no whitespace, half-width brackets and quotes. -#}
{% macro name_key(column) -%}
    regexp_replace(
        replace(replace(replace(replace(replace(replace(coalesce({{ column }}, ''),
            '（', '('), '）', ')'), '“', '"'), '”', '"'), '　', ''), '•', '·'),
        '\s+', '', 'g'
    )
{%- endmacro %}

{#- A 类/款/项 name folded for matching: name_key without a trailing (类)/(款)/(项) marker
    and with a doubled 支出支出 collapsed (农林水支出支出 → 农林水支出). -#}
{% macro functional_name_key(column) -%}
    regexp_replace(
        regexp_replace({{ name_key(column) }}, '\((类|款|项)\)$', ''),
        '支出支出$', '支出'
    )
{%- endmacro %}
