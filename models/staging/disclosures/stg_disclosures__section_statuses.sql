with

source as (

    select * from {{ source('disclosures', 'section_statuses') }}

),

renamed as (

    select
        ---------- ids
        document_id,
        record_index,

        ---------- strings
        section,
        status,
        statement,

        ---------- provenance
        source_line,
        source_page

    from source

)

select * from renamed
