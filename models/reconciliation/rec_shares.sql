{#-
    Shares (R06): every stated share (占 x%) = component ÷ its stated base × 100.
    Department metrics name their base (share_base); a 功能分类 item's share is of 一般公共预算财政拨款支出.
    Tolerance: half a unit of the share's last printed digit (0.005 for 97.26%, 0.5 for 100%),
    plus the share the two amounts' own rounding can move: 100 × (u_a + |a/b| × u_b) / |b|.
-#}

with

metric_values as (

    select * from {{ ref('rec_metric_values') }}

),

metric_shares as (

    select
        m.document_id,
        case when m.stage = 'final' then '' else m.stage || ': ' end
        || m.metric || ' ÷ ' || m.share_base || ' @' || {{ page_line('m.source_line', 'm.source_page') }} as check_key,
        m.label || ' 占 ' || coalesce(base.label, m.share_base) || ' 的比例' as description,
        m.value as part_value,
        coalesce(m.ulp, case when m.unit = 'yuan' then 100 else 1 end) / 2 as part_half_ulp,
        base.value as base_value,
        base.half_ulp as base_half_ulp,
        m.share_pct,
        m.label || ' 占' || cast(m.share_pct as varchar)
        || '% (' || {{ page_line('m.source_line', 'm.source_page') }} || ')' as part_ref,
        base.source_ref as base_ref
    from {{ ref('stg_disclosures__metrics') }} as m
    left join metric_values as base
        on m.document_id = base.document_id and m.stage = base.stage and m.share_base = base.metric
    where m.share_pct is not null

),

functional_shares as (

    select
        f.document_id,
        case when f.stage = 'final' then '' else f.stage || ': ' end
        || concat_ws('/', f.class_name, f.kuan_name, f.item_name) || ' (' || f.level || ') ÷ general_budget_expenditure'
        || ' @' || {{ page_line('f.source_line', 'f.source_page') }} as check_key,
        concat_ws('/', f.class_name, f.kuan_name, f.item_name) || ' 占一般公共预算财政拨款支出的比例' as description,
        f.amount_yuan as part_value,
        coalesce(f.ulp_yuan, 100) / 2 as part_half_ulp,
        base.value as base_value,
        base.half_ulp as base_half_ulp,
        f.share_pct,
        concat_ws('/', f.class_name, f.kuan_name, f.item_name) || ' '
        || printf('%.2f万元', cast(f.amount_yuan as double) / 10000)
        || ' 占' || cast(f.share_pct as varchar)
        || '% (' || {{ page_line('f.source_line', 'f.source_page') }} || ')' as part_ref,
        base.source_ref as base_ref
    from {{ ref('stg_disclosures__functional_items') }} as f
    left join metric_values as base
        on f.document_id = base.document_id and f.stage = base.stage and base.metric = 'general_budget_expenditure'
    where f.share_pct is not null

),

shares as (

    select * from metric_shares
    union all
    select * from functional_shares

),

computed as (

    select
        *,
        0.5
        / power(10, length(split_part(rtrim(rtrim(cast(abs(share_pct) as varchar), '0'), '.'), '.', 2)))
            as share_half_ulp,
        case when base_value <> 0 then cast(part_value as double) / cast(base_value as double) * 100 end as computed_pct
    from shares

)

select
    document_id,
    'R06' as rule_id,
    check_key,
    description
    || case
        when
            part_value is null or base_value is null
            then ' — missing: ' || case when part_value is null then 'the amount' else 'the base' end
        else ''
    end
        as description,
    computed_pct as expected,
    share_pct as actual,
    share_pct - computed_pct as difference,
    case when base_value <> 0 then
            share_half_ulp
            + 100 * (part_half_ulp + abs(computed_pct / 100) * base_half_ulp) / abs(cast(base_value as double))
    end as tolerance,
    'percent' as unit,
    case
        when part_value is null or base_value is null then 'insufficient_data'
        when base_value = 0 then 'not_applicable'
        when abs(share_pct - computed_pct)
            <= share_half_ulp
            + 100 * (part_half_ulp + abs(computed_pct / 100) * base_half_ulp) / abs(cast(base_value as double))
            then 'passed'
        else 'failed'
    end as outcome,
    concat_ws('; ', part_ref, base_ref) as source_lines
from computed
