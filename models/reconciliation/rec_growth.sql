{#-
    Year-on-year changes (R10): this year − change = prior year, and growth % = change ÷ prior
    year × 100, for department metrics and 功能分类 items wherever the document states them.
    The growth check uses the amounts the document states: (this year − prior) ÷ prior when the
    prior year is printed, else change ÷ (this year − change); so a misprinted change amount
    fails the change check, not both.
    Tolerance: Σ half_ulp of the amounts compared; for growth, half a unit of the printed % plus
    the propagated rounding 100 × (u_delta + |g| × u_base) / |base|.
    A growth on a zero prior year (新增, 增长100%) is undefined: not_applicable.
-#}

with

statements as (

    select
        document_id,
        case when stage = 'final' then '' else stage || ': ' end || metric
        || ' @' || {{ page_line('source_line', 'source_page') }} as subject,
        label,
        value,
        prior_year_value as prior_value,
        change_value,
        growth_pct,
        coalesce(ulp, case when unit = 'yuan' then 100 else 1 end) / 2 as half_ulp,
        unit,
        source_line,
        source_page
    from {{ ref('stg_disclosures__metrics') }}
    where prior_year_value is not null or change_value is not null or growth_pct is not null

    union all

    select
        document_id,
        case when stage = 'final' then '' else stage || ': ' end
        || concat_ws('/', class_name, kuan_name, item_name) || ' (' || level || ')'
        || ' @' || {{ page_line('source_line', 'source_page') }} as subject,
        concat_ws('/', class_name, kuan_name, item_name) as label,
        amount_yuan as value,
        prior_year_amount_yuan as prior_value,
        change_yuan as change_value,
        growth_pct,
        coalesce(ulp_yuan, 100) / 2 as half_ulp,
        'yuan' as unit,
        source_line,
        source_page
    from {{ ref('stg_disclosures__functional_items') }}
    where prior_year_amount_yuan is not null or change_yuan is not null or growth_pct is not null

),

described as (

    select
        *,
        label || ': ' || concat_ws(
            ', ',
            '本年 '
            || case
                when unit = 'yuan' then printf('%.2f万元', cast(value as double) / 10000) else cast(value as varchar)
            end,
            '上年 '
            || case
                when unit = 'yuan' then printf('%.2f万元', cast(prior_value as double) / 10000) else
                    cast(prior_value as varchar)
            end,
            '增减 '
            || case
                when unit = 'yuan' then printf('%.2f万元', cast(change_value as double) / 10000) else
                    cast(change_value as varchar)
            end,
            '增长率 ' || cast(growth_pct as varchar) || '%'
        ) || ' (' || {{ page_line('source_line', 'source_page') }} || ')' as source_ref,
        0.5
        / power(10, length(split_part(rtrim(rtrim(cast(abs(growth_pct) as varchar), '0'), '.'), '.', 2)))
            as growth_half_ulp
    from statements

),

change_checks as (

    select
        document_id,
        subject || ' change' as check_key,
        label || ': 本年 − 增减额 = 上年' as description,
        value - change_value as expected,
        prior_value as actual,
        prior_value - (value - change_value) as difference,
        3 * half_ulp as tolerance,
        unit,
        case when abs(prior_value - (value - change_value)) <= 3 * half_ulp then 'passed' else 'failed' end as outcome,
        source_ref as source_lines
    from described
    where value is not null and prior_value is not null and change_value is not null

),

growth_inputs as (

    select
        *,
        case when prior_value is not null then value - prior_value else change_value end as delta,
        coalesce(prior_value, value - change_value) as base,
        case when prior_value is not null then 2 * half_ulp else half_ulp end as delta_half_ulp,
        case when prior_value is not null then half_ulp else 2 * half_ulp end as base_half_ulp
    from described
    where growth_pct is not null and (prior_value is not null or change_value is not null)

),

growth_checks as (

    select
        document_id,
        subject || ' growth' as check_key,
        label || ': 增长率 = 增减额 ÷ 上年'
        || case when value is null then ' — missing: this year''s amount'
            when base = 0 then ' — prior year is zero: growth undefined' else ''
        end as description,
        case when base <> 0 then cast(delta as double) / abs(cast(base as double)) * 100 end as expected,
        growth_pct as actual,
        growth_pct - case when base <> 0 then cast(delta as double) / abs(cast(base as double)) * 100 end as difference,
        case when base <> 0 then
                growth_half_ulp
                + 100
                * (delta_half_ulp + abs(cast(delta as double) / cast(base as double)) * base_half_ulp)
                / abs(cast(base as double))
        end as tolerance,
        'percent' as unit,
        case
            when value is null then 'insufficient_data'
            when base = 0 then 'not_applicable'
            when abs(growth_pct - cast(delta as double) / abs(cast(base as double)) * 100)
                <= growth_half_ulp
                + 100 * (delta_half_ulp + abs(cast(delta as double) / cast(base as double)) * base_half_ulp)
                / abs(cast(base as double))
                then 'passed'
            else 'failed'
        end as outcome,
        source_ref as source_lines
    from growth_inputs

)

select
    document_id,
    'R10' as rule_id,
    * exclude (document_id)
from change_checks
union all
select
    document_id,
    'R10' as rule_id,
    * exclude (document_id)
from growth_checks
