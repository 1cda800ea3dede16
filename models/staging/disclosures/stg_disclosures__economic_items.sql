with

source as (

    select * from {{ source('disclosures', 'economic_items') }}

),

renamed as (

    select
        ---------- ids
        document_id,
        record_index,
        nullif(regexp_replace(code, '[^0-9]', '', 'g'), '') as code,

        ---------- strings
        "group",
        trim(name) as name,
        stage,
        origin,

        ---------- numerics
        {{ to_yuan('amount_yuan') }} as amount_yuan,
        {{ to_yuan('ulp_yuan') }} as ulp_yuan,

        ---------- provenance
        source_line,
        source_page

    from source

)

select * from renamed
