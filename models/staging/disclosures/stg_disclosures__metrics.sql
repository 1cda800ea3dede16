with

source as (

    select * from {{ source('disclosures', 'metrics') }}

),

renamed as (

    select
        ---------- ids
        document_id,
        record_index,

        ---------- strings
        metric,
        label,
        unit,
        stage,
        share_base,
        budget_kind,
        reason,
        origin,

        ---------- numerics
        {{ to_number('value') }} as value,
        {{ to_number('prior_year_value') }} as prior_year_value,
        {{ to_number('change_value') }} as change_value,
        {{ to_number('budget_value') }} as budget_value,
        {{ to_number('ulp') }} as ulp,
        case when unit = 'yuan' then {{ to_yuan('value') }} end as value_yuan,
        case when unit = 'yuan' then {{ to_yuan('prior_year_value') }} end as prior_year_value_yuan,
        case when unit = 'yuan' then {{ to_yuan('budget_value') }} end as budget_value_yuan,
        {{ to_pct('growth_pct') }} as growth_pct,
        {{ to_pct('share_pct') }} as share_pct,
        {{ to_pct('budget_completion_pct') }} as printed_budget_completion_pct,
        {{ to_pct('budget_variance_pct') }} as printed_budget_variance_pct,

        ---------- provenance
        source_line,
        source_page

    from source

)

select * from renamed
