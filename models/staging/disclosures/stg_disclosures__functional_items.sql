with

source as (

    select * from {{ source('disclosures', 'functional_items') }}

),

renamed as (

    select
        ---------- ids
        document_id,
        record_index,
        nullif(regexp_replace(code, '[^0-9]', '', 'g'), '') as code,

        ---------- strings
        level,
        trim(class_name) as class_name,
        nullif(trim(kuan_name), '') as kuan_name,
        nullif(trim(item_name), '') as item_name,
        reason,
        stage,
        origin,

        ---------- numerics
        {{ to_yuan('amount_yuan') }} as amount_yuan,
        {{ to_yuan('prior_year_amount_yuan') }} as prior_year_amount_yuan,
        {{ to_yuan('change_yuan') }} as change_yuan,
        {{ to_yuan('budget_initial_yuan') }} as budget_initial_yuan,
        {{ to_yuan('basic_yuan') }} as basic_yuan,
        {{ to_yuan('project_yuan') }} as project_yuan,
        {{ to_yuan('ulp_yuan') }} as ulp_yuan,
        {{ to_pct('share_pct') }} as share_pct,
        {{ to_pct('growth_pct') }} as growth_pct,
        {{ to_pct('completion_pct') }} as completion_pct,

        ---------- provenance
        source_line,
        source_page

    from source

)

select * from renamed
