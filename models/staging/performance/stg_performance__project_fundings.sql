with

source as (

    select * from {{ source('performance', 'project_fundings') }}

),

renamed as (

    select
        ---------- ids
        document_id,
        record_index,
        project_key,

        ---------- strings
        source,
        label,

        ---------- numerics
        {{ to_yuan('budget_initial_yuan') }} as budget_initial_yuan,
        {{ to_yuan('budget_full_year_yuan') }} as budget_full_year_yuan,
        {{ to_yuan('executed_yuan') }} as executed_yuan,
        {{ to_yuan('ulp_yuan') }} as ulp_yuan,
        {{ to_pct('execution_rate') }} as execution_rate,
        {{ to_yuan('executed_to_date_yuan') }} as executed_to_date_yuan,
        executed_to_month,

        ---------- provenance
        source_line,
        value_lines,
        source_page

    from source

)

select * from renamed
