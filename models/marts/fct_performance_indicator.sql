-- Performance indicators: one row per department × fiscal year × project (or department-wide,
-- 整体支出绩效) × indicator × stage (target / self_evaluation). Indicators of a repeated project
-- table are counted once, and department-wide ones are those of one document (the primary, then
-- the latest loaded) of the documents contributing facts (int_documents_resolved). is_met is the
-- document's own verdict where it prints one (full marks: 得分 = 分值, or every indicator of a
-- project scoring full marks when the project totals 100 of 100), else the comparison of the
-- actual with the target by meaning (int_indicators_compared); null with is_met_reason where
-- neither can tell.
with

indicators as (

    select * from {{ ref('int_indicators_compared') }}

),

documents as (

    select * from {{ ref('int_documents_resolved') }}
    where contributes_facts and fiscal_year is not null

),

project_copies as (

    select * from {{ ref('int_projects_deduplicated') }}

),

joined as (

    select
        documents.department_id,
        documents.fiscal_year,
        -- department-wide indicators (整体支出绩效) of one document per department × year × stage
        first_value(indicators.document_id) over (
            partition by
                documents.department_id, documents.fiscal_year, indicators.stage, indicators.project_key is null
            order by documents.is_primary desc, documents.loaded_at desc, indicators.document_id asc
        ) as department_wide_document_id,
        project_copies.project_name_key,
        project_copies.copy_rank,
        project_copies.total_score as project_total_score,
        project_copies.total_weight as project_total_weight,
        indicators.*
    from indicators
    inner join documents on indicators.document_id = documents.document_id
    left join project_copies
        on indicators.document_id = project_copies.document_id
        and indicators.project_key = project_copies.project_key

),

kept as (

    select
        *,
        row_number() over (
            partition by department_id, fiscal_year, project_name_key, project_key is null, indicator_id, stage
            order by document_id, record_index
        ) as occurrence
    from joined
    where
        coalesce(copy_rank, 1) = 1
        and (project_key is not null or document_id = department_wide_document_id)

),

verdicts as (

    select
        *,
        case
            when stage <> 'self_evaluation' or score is null then null
            when weight is not null then case when score >= weight then 'full_score' else 'score_below_weight' end
            -- 分值 printed only per 一级指标: a project scoring 100 of 100 gave every indicator full marks
            when project_total_score is not null and project_total_score >= coalesce(project_total_weight, 100)
                then 'project_full_score'
        end as document_verdict
    from kept

),

evaluated as (

    select
        *,
        case
            when document_verdict in ('full_score', 'project_full_score') then true
            when document_verdict = 'score_below_weight' then false
            else comparison_met
        end as is_met,
        case
            when document_verdict is not null then document_verdict
            when comparison_met is not null then 'compared_' || comparison_reason
            else comparison_reason
        end as is_met_reason
    from verdicts

)

select
    {{ surrogate_key([
        'department_id', 'fiscal_year', "coalesce(project_name_key, project_key, '')", 'indicator_id',
        'stage', 'occurrence'
    ]) }} as performance_indicator_id,
    department_id,
    fiscal_year,
    case
        when project_name_key is not null
            then {{ surrogate_key(['department_id', 'fiscal_year', 'project_name_key']) }}
    end as project_performance_id,
    project_key is null as is_department_wide,
    indicator_id,
    stage,
    level1_name,
    level2_name,
    level3_name,
    target_raw,
    target_operator,
    target_value,
    target_unit,
    target_parsed,
    target_kind,
    actual_raw,
    actual_value,
    actual_unit,
    actual_kind,
    weight,
    score,
    deviation_reason,
    comparison_met,
    document_verdict,
    is_met,
    is_met_reason,
    occurrence,
    document_id,
    source_line,
    source_page
from evaluated
