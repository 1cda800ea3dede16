{#- Where a figure stands, as a reviewer looks it up: 'p21 L25' (page and line, PDFs and paged
    text) or 'L25' (a text file without pages; the line is the one grep -n and editors show). -#}
{% macro page_line(line, page) -%}
    coalesce('p' || {{ page }} || ' ', '') || 'L' || {{ line }}
{%- endmacro %}
