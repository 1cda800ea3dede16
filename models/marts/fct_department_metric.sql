-- Department-level figures: one row per department × fiscal year × stage × metric (the
-- controlled vocabulary of seeds/metric_vocabulary.csv). Prior-year figures of a document become
-- rows of the previous year, flagged is_derived, where no document covers that year
-- (macros/prior_year.sql). Budget completion and variance are derived from the value and its budget
-- where both are printed; the printed rates are kept beside them.
with

metrics as (

    select * from {{ ref('int_metrics_deduplicated') }}

),

vocabulary as (

    select * from {{ ref('metric_vocabulary') }}

),

stated as (

    select
        department_id,
        fiscal_year,
        stage,
        metric,
        label,
        value,
        unit,
        prior_year_value,
        change_value,
        growth_pct,
        share_pct,
        share_base,
        budget_value,
        budget_kind,
        printed_budget_completion_pct,
        printed_budget_variance_pct,
        reason,
        origin,
        document_id,
        source_line,
        source_page,
        false as is_derived
    from metrics

),

unioned as (

    {{ union_prior_year_as_derived(
        'stated', 'value', 'prior_year_value',
        [
            'change_value', 'growth_pct', 'share_pct', 'share_base',
            'budget_value', 'budget_kind', 'printed_budget_completion_pct',
            'printed_budget_variance_pct', 'reason'
        ]
    ) }}

)

select
    {{ surrogate_key(['unioned.department_id', 'unioned.fiscal_year', 'unioned.stage', 'unioned.metric']) }}
        as department_metric_id,
    unioned.department_id,
    unioned.fiscal_year,
    unioned.stage,
    unioned.metric,
    vocabulary.label_zh as metric_label_zh,
    vocabulary.category as metric_category,
    unioned.label as printed_label,
    unioned.value,
    unioned.unit,
    case when unioned.unit = 'yuan' then cast(unioned.value as decimal(20, 2)) end as value_yuan,
    unioned.prior_year_value,
    case when unioned.unit = 'yuan' then cast(unioned.prior_year_value as decimal(20, 2)) end
        as prior_year_value_yuan,
    unioned.change_value,
    unioned.growth_pct,
    unioned.share_pct,
    unioned.share_base,
    unioned.budget_value,
    unioned.budget_kind,
    -- 完成预算%: final ÷ budget × 100, from the two figures where both exist, else the printed rate
    -- (a printed 差异率 + 100)
    coalesce(
        {{ to_pct('unioned.value / nullif(unioned.budget_value, 0) * 100') }},
        unioned.printed_budget_completion_pct,
        unioned.printed_budget_variance_pct + 100
    ) as budget_completion_pct,
    -- 预决算差异率: (final − budget) ÷ budget × 100, likewise
    coalesce(
        {{ to_pct('(unioned.value - unioned.budget_value) / nullif(unioned.budget_value, 0) * 100') }},
        unioned.printed_budget_variance_pct,
        unioned.printed_budget_completion_pct - 100
    ) as budget_variance_pct,
    unioned.printed_budget_completion_pct,
    unioned.printed_budget_variance_pct,
    unioned.reason,
    unioned.origin,
    unioned.is_derived,
    unioned.document_id,
    unioned.source_line,
    unioned.source_page
from unioned
left join vocabulary on unioned.metric = vocabulary.metric
