{#-
  The rows of `stated` plus, for every row with a stated prior-year figure whose department has
  no row for the previous year (same stage), a row of that year: value := the prior-year figure,
  the current-year-only columns null, is_derived true. A 2022 document thus gives its department
  a 2021 row when no 2021 document was loaded, so year-over-year queries work. `stated` must
  have fiscal_year, department_id, stage and is_derived (false) columns.
-#}
{% macro union_prior_year_as_derived(stated, value_column, prior_column, current_year_only) -%}
    select * from {{ stated }}
    union all by name
    select
        {{ stated }}.* exclude (
            fiscal_year, {{ value_column }}, {{ prior_column }}, is_derived,
            {{ current_year_only | join(', ') }}
        ),
        {{ stated }}.fiscal_year - 1 as fiscal_year,
        {{ stated }}.{{ prior_column }} as {{ value_column }},
        null as {{ prior_column }},
        {%- for column in current_year_only %}
        null as {{ column }},
        {%- endfor %}
        true as is_derived
    from {{ stated }}
    where
        {{ stated }}.{{ prior_column }} is not null
        and not exists (
            select 1
            from {{ stated }} as later
            where
                later.department_id = {{ stated }}.department_id
                and later.fiscal_year = {{ stated }}.fiscal_year - 1
                and later.stage = {{ stated }}.stage
        )
{%- endmacro %}
