{#- Casts of the warehouse contract; used by staging models only. -#}

{#- Money in 元: DECIMAL(20,2). -#}
{% macro to_yuan(column) -%}
    cast({{ column }} as decimal(20, 2))
{%- endmacro %}

{#- Percent units (97.26 means 97.26%): DECIMAL(9,4); an absurd value (overflow) becomes null. -#}
{% macro to_pct(column) -%}
    try_cast({{ column }} as decimal(9, 4))
{%- endmacro %}

{#- A figure whose unit is given in another column (counts, yuan, percent): DECIMAL(24,4). -#}
{% macro to_number(column) -%}
    cast({{ column }} as decimal(24, 4))
{%- endmacro %}

{#- 元 -> 万元, for the wide mart. -#}
{% macro yuan_to_wan(column) -%}
    cast({{ column }} / 10000 as decimal(20, 6))
{%- endmacro %}
