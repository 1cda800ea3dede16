{#-
    政府采购 (R13): total = goods + works + services (from the component sums); the amounts
    awarded to SMEs (中小企业) cannot exceed the total, nor those to small/micro firms (小微企业)
    the SME amount. The bound may be exceeded by the two figures' rounding only.
-#}

with

definitions (check_key, description, bounded_metric, bound_metric) as (

    values
    ('procurement_sme <= procurement_total', '授予中小企业合同金额 ≤ 政府采购支出总额', 'procurement_sme', 'procurement_total'),
    (
        'procurement_small_micro <= procurement_sme',
        '授予小微企业合同金额 ≤ 授予中小企业合同金额',
        'procurement_small_micro',
        'procurement_sme'
    )

),

metric_values as (

    select * from {{ ref('rec_metric_values') }}

),

document_stages as (

    select distinct
        document_id,
        stage
    from metric_values

),

bounds as (

    select
        ds.document_id,
        'R13' as rule_id,
        case when ds.stage = 'final' then d.check_key else ds.stage || ': ' || d.check_key end as check_key,
        d.description
        || case when (bounded.value is null) <> (bound.value is null)
                then ' — missing: ' || case when bounded.value is null then d.bounded_metric else d.bound_metric end
            else ''
        end as description,
        bound.value as expected,
        bounded.value as actual,
        bounded.value - bound.value as difference,
        coalesce(bounded.half_ulp, 0) + coalesce(bound.half_ulp, 0) as tolerance,
        'yuan' as unit,
        case
            when bounded.value is null and bound.value is null then 'not_applicable'
            when bounded.value is null or bound.value is null then 'insufficient_data'
            when bounded.value - bound.value <= bounded.half_ulp + bound.half_ulp then 'passed'
            else 'failed'
        end as outcome,
        concat_ws('; ', bounded.source_ref, bound.source_ref) as source_lines
    from document_stages as ds
    cross join definitions as d
    left join metric_values as bounded
        on ds.document_id = bounded.document_id and ds.stage = bounded.stage and d.bounded_metric = bounded.metric
    left join metric_values as bound
        on ds.document_id = bound.document_id and ds.stage = bound.stage and d.bound_metric = bound.metric

)

select * from {{ ref('rec_component_sums') }}
where rule_id = 'R13'

union all

select * from bounds
