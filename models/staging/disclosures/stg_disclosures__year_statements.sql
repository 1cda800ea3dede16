with

source as (

    select * from {{ source('disclosures', 'year_statements') }}

),

renamed as (

    select
        ---------- ids
        document_id,
        record_index,

        ---------- strings
        context,
        snippet,

        ---------- numerics
        cast(year as integer) as stated_year,

        ---------- provenance
        source_line,
        source_page

    from source

)

select * from renamed
