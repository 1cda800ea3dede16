with

source as (

    select * from {{ source('performance', 'indicators') }}

),

renamed as (

    select
        ---------- ids
        document_id,
        record_index,
        project_key,

        ---------- strings
        stage,
        nullif(trim(level1_name), '') as level1_name,
        nullif(trim(level2_name), '') as level2_name,
        trim(level3_name) as level3_name,
        target_raw,
        target_operator,
        target_unit,
        actual_raw,
        actual_unit,
        deviation_reason,
        progress_raw,
        target_parsed,

        ---------- numerics
        {{ to_number('target_value') }} as target_value,
        {{ to_number('actual_value') }} as actual_value,
        {{ to_pct('weight') }} as weight,
        {{ to_pct('score') }} as score,

        ---------- provenance
        source_line,
        value_lines,
        source_page

    from source

)

select * from renamed
