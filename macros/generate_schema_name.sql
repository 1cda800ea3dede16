{#- Use the folder's schema name as is (staging, intermediate, marts, seeds), not <target>_<schema>,
    so analysts and BI tools see the schemas of the warehouse contract. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
