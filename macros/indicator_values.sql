{#- What kind of value an indicator's target or actual is: a unit's kind from
    seeds/indicator_units.csv (count, amount, rate, date, duration, area …), `number` for a bare
    figure, `yes_no` for 是 / 否 / 按时完成 / 未完成, `text` for words (提升, 长期, 计划标准). -#}
{% macro indicator_value_kind(value, unit, seed_kind, raw) -%}
    case
        when {{ value }} is not null and {{ unit }} is null then 'number'
        when {{ value }} is not null then coalesce({{ seed_kind }}, 'ratio')
        when {{ raw }} is null then null
        when regexp_full_match(replace({{ raw }}, ' ', ''), '{{ yes_no_answer_pattern() }}') then 'yes_no'
        else 'text'
    end
{%- endmacro %}

{#- 是 / 否, 完成 / 未完成, 按时 / 未按时, 达标 / 未达标 …: an answer, not a figure. -#}
{% macro yes_no_answer_pattern() -%}
    (是|否|有|已|未|按时|按期|及时|完成|已完成|全部完成|按时完成|按期完成|达标|已达标|合格|未完成|未按时完成|未按时|未达标|不合格)
{%- endmacro %}

{#- An answer that says no (否, 未完成, 未达标, 不合格). -#}
{% macro is_negative_answer(words) -%}
    regexp_matches({{ words }}, '^(否|未|不合格)')
{%- endmacro %}
