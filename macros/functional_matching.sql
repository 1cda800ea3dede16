{#-
  One level of the 类 → 款 → 项 walk of int_functional_items_mapped: every item whose name at
  `level` (its `key_column`, or that name + 支出) is a name of that level under the code its
  parent level matched (`parent_matches`.`parent_code_column`), best match first: the exact
  name, then an official name over an alias, then the lowest code.
-#}
{% macro match_functional_level(level, key_column, parent_matches, parent_code_column, code_alias) -%}
    select
        items.document_id,
        items.record_index,
        names.functional_code as {{ code_alias }},
        names.priority
    from items
    inner join {{ parent_matches }}
        on items.document_id = {{ parent_matches }}.document_id
        and items.record_index = {{ parent_matches }}.record_index
    inner join names
        on names.level = '{{ level }}'
        and {{ parent_matches }}.{{ parent_code_column }} = names.parent_code
        and names.name_key in (items.{{ key_column }}, items.{{ key_column }} || '支出')
    where items.{{ key_column }} <> ''
    qualify row_number() over (
            partition by items.document_id, items.record_index
            order by (names.name_key = items.{{ key_column }}) desc, names.priority, names.functional_code asc
        ) = 1
{%- endmacro %}
