with

source as (

    select * from {{ source('disclosures', 'template_leftovers') }}

),

renamed as (

    select
        ---------- ids
        document_id,
        record_index,

        ---------- strings
        token,
        snippet,

        ---------- provenance
        source_line,
        source_page

    from source

)

select * from renamed
