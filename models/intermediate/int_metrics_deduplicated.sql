-- One figure per department × year × stage × metric, from the documents that contribute facts
-- (int_documents_resolved; the primary one first, then the latest loaded): a metric read
-- twice (narrative and table) keeps one value (a table before the narrative, then the first read)
-- and takes prior-year, budget and reason from whichever record states them. A 绩效目标表 that
-- states the people its budget pays (保障在职人员数量 >=109人) gives the budget-stage headcount
-- where no narrative states one (origin `indicator:<三级指标>`).
with

stated_metrics as (

    select * from {{ ref('stg_disclosures__metrics') }}

),

headcount_indicators as (

    select
        document_id,
        record_index,
        'budget' as stage,
        case regexp_extract(level3_name, '^(保障|本单位|本部门)?(在职|离退休|退休|实有|编制)', 2)
            when '在职' then 'headcount_in_service'
            when '离退休' then 'headcount_retired_all'
            when '退休' then 'headcount_retired'
            when '实有' then 'headcount_total'
            when '编制' then 'headcount_authorised'
        end as metric,
        level3_name as label,
        target_value as value,
        'person' as unit,
        'indicator:' || level3_name as origin,
        source_line,
        source_page
    from {{ ref('stg_performance__indicators') }}
    where
        stage = 'target'
        and target_unit = '人'
        and target_operator in ('=', '>=')
        -- the department's own people (保障在职人员数量), not people it serves (新增退休人员数)
        and regexp_matches(level3_name, '^(保障|本单位|本部门)?(在职|离退休|退休|实有|编制)(人员)?(数量|人数|数)$')

),

metrics as (

    select * from stated_metrics
    union all by name
    select * from headcount_indicators
    where metric is not null

),

documents as (

    select * from {{ ref('int_documents_resolved') }}
    where contributes_facts and fiscal_year is not null

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
                (metrics.origin like 'indicator:%') asc,
                documents.is_primary desc,
                documents.loaded_at desc,
                metrics.document_id asc,
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
