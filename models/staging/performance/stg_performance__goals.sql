with

source as (

    select * from {{ source('performance', 'goals') }}

),

renamed as (

    select
        ---------- ids
        document_id,
        record_index,
        project_key,

        ---------- strings
        text,

        ---------- provenance
        source_line,
        source_page

    from source

)

select * from renamed
