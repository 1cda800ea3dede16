with

source as (

    select * from {{ source('disclosures', 'documents') }}

),

renamed as (

    select
        ---------- ids
        document_id,
        source_path,
        file_name,
        encoding,

        ---------- strings
        trim(department_name) as department_name,
        nullif(trim(sector), '') as sector,
        nullif(trim(province), '') as province,
        nullif(trim(prefecture), '') as prefecture,
        nullif(trim(county), '') as county,
        admin_level,
        doc_type,
        layout,
        scope,
        coalesce(entity_kind, 'department') as entity_kind,
        department_evidence,

        ---------- booleans
        coalesce(is_template, false) as is_template,

        ---------- numerics
        cast(fiscal_year as integer) as fiscal_year,

        ---------- provenance
        source_line,
        source_page,

        ---------- timestamps
        loaded_at

    from source

)

select * from renamed
