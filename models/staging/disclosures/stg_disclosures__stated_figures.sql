with

source as (

    select * from {{ source('disclosures', 'stated_figures') }}

),

renamed as (

    select
        ---------- ids
        document_id,
        record_index,

        ---------- strings
        label,
        field as figure_field,
        unit,
        direction,
        compared_with,
        metric,
        per_unit,
        stage as figure_stage,
        context,

        ---------- numerics
        value,
        ulp,
        year as figure_year,

        ---------- provenance
        source_line,
        source_page

    from source

)

select * from renamed
