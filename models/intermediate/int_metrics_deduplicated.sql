-- One figure per department × year × stage × metric, from the primary documents: a metric read
-- twice (narrative and table) keeps one value (a table before the narrative, then the first read)
-- and takes prior-year, budget and reason from whichever record states them.
with

metrics as (

    select * from {{ ref('stg_disclosures__metrics') }}

),

documents as (

    select * from {{ ref('int_documents_resolved') }}
    where is_primary and fiscal_year is not null

),

ranked as (

    select
        documents.department_id,
        documents.fiscal_year,
        documents.doc_type,
        metrics.*,
        row_number() over (
            partition by documents.department_id, documents.fiscal_year, metrics.stage, metrics.metric
            order by
                (documents.doc_type = 'final_account') desc,
                (metrics.value is not null) desc,
                (metrics.origin like 'table:%') desc,
                metrics.document_id,
                metrics.record_index asc
        ) as pick_rank
    from metrics
    inner join documents on metrics.document_id = documents.document_id

),

filled as (

    select
        * exclude (
            prior_year_value, budget_value, budget_kind, reason, growth_pct, change_value,
            printed_budget_completion_pct, printed_budget_variance_pct
        ),
        first_value(prior_year_value ignore nulls) over metric_records as prior_year_value,
        first_value(change_value ignore nulls) over metric_records as change_value,
        first_value(growth_pct ignore nulls) over metric_records as growth_pct,
        first_value(budget_value ignore nulls) over metric_records as budget_value,
        first_value(budget_kind ignore nulls) over metric_records as budget_kind,
        first_value(printed_budget_completion_pct ignore nulls) over metric_records as printed_budget_completion_pct,
        first_value(printed_budget_variance_pct ignore nulls) over metric_records as printed_budget_variance_pct,
        first_value(reason ignore nulls) over metric_records as reason
    from ranked
    window metric_records as (
        partition by department_id, fiscal_year, stage, metric
        order by pick_rank
        rows between unbounded preceding and unbounded following
    )

)

-- a prior-year value not printed is the value minus the stated change (比上年增加/减少)
select
    * exclude (pick_rank, prior_year_value),
    {{ to_number('coalesce(prior_year_value, value - change_value)') }} as prior_year_value
from filled
where pick_rank = 1
