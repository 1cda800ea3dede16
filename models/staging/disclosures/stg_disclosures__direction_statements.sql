with

source as (

    select * from {{ source('disclosures', 'direction_statements') }}

),

renamed as (

    select
        ---------- ids
        document_id,
        record_index,

        ---------- strings
        comparison,
        word,
        snippet,

        ---------- numerics
        {{ to_yuan('stated_yuan') }} as stated_yuan,
        {{ to_yuan('reference_yuan') }} as reference_yuan,
        {{ to_yuan('ulp_yuan') }} as ulp_yuan,
        {{ to_yuan('change_yuan') }} as change_yuan,
        {{ to_pct('completion_pct') }} as completion_pct,
        {{ to_pct('change_pct') }} as change_pct,
        {{ to_pct('pct_ulp') }} as pct_ulp,

        ---------- provenance
        source_line,
        source_page,
        stated_line,
        stated_page,
        reference_line,
        reference_page

    from source

)

select * from renamed
