with

source as (

    select * from {{ source('disclosures', 'parse_warnings') }}

),

renamed as (

    select
        ---------- ids
        document_id,
        record_index,

        ---------- strings
        parser,
        message,
        context,

        ---------- provenance
        source_line,
        source_page

    from source

)

select * from renamed
