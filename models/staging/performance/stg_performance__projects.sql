with

source as (

    select * from {{ source('performance', 'projects') }}

),

renamed as (

    select
        ---------- ids
        document_id,
        record_index,
        project_key,
        nullif(trim(code), '') as code,

        ---------- strings
        trim(name) as name,
        competent_department,
        implementing_unit,
        goal_text,
        achievement_text,

        ---------- numerics
        {{ to_yuan('budget_initial_yuan') }} as budget_initial_yuan,
        {{ to_yuan('budget_full_year_yuan') }} as budget_full_year_yuan,
        {{ to_yuan('executed_yuan') }} as executed_yuan,
        {{ to_yuan('ulp_yuan') }} as ulp_yuan,
        {{ to_pct('execution_rate') }} as execution_rate,
        {{ to_pct('funds_weight') }} as funds_weight,
        {{ to_pct('funds_score') }} as funds_score,
        {{ to_pct('total_weight') }} as total_weight,
        {{ to_pct('total_score') }} as total_score,
        cast(copy_count as integer) as copy_count,

        ---------- provenance
        source_line,
        value_lines,
        source_page

    from source

)

select * from renamed
