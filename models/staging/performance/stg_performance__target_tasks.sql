with

source as (

    select * from {{ source('performance', 'target_tasks') }}

),

renamed as (

    select
        ---------- ids
        document_id,
        record_index,

        ---------- strings
        task_name,
        content,

        ---------- numerics
        {{ to_yuan('total_yuan') }} as total_yuan,
        {{ to_yuan('fiscal_yuan') }} as fiscal_yuan,
        {{ to_yuan('other_yuan') }} as other_yuan,
        {{ to_yuan('ulp_yuan') }} as ulp_yuan,

        ---------- provenance
        source_line,
        value_lines,
        source_page

    from source

)

select * from renamed
