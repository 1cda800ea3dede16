-- Performance indicators: one row per department × fiscal year × project (or department-wide,
-- 整体支出绩效) × indicator × stage (target / self_evaluation). Indicators of a repeated project
-- table are counted once. is_met compares the actual value with the target operator, else the
-- score with the weight.
with

indicators as (

    select * from {{ ref('int_indicators_keyed') }}

),

documents as (

    select * from {{ ref('int_documents_resolved') }}
    where is_primary and fiscal_year is not null

),

project_copies as (

    select * from {{ ref('int_projects_deduplicated') }}

),

joined as (

    select
        documents.department_id,
        documents.fiscal_year,
        project_copies.project_name_key,
        project_copies.copy_rank,
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
    where coalesce(copy_rank, 1) = 1

),

evaluated as (

    select
        *,
        case
            when stage <> 'self_evaluation' then null
            when actual_value is not null and target_value is not null and target_operator is not null
                then case target_operator
                        when '>=' then actual_value >= target_value
                        when '<=' then actual_value <= target_value
                        when '>' then actual_value > target_value
                        when '<' then actual_value < target_value
                        when '=' then actual_value = target_value
                    end
            when score is not null and weight is not null then score >= weight
        end as is_met
    from kept

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
    actual_raw,
    actual_value,
    actual_unit,
    weight,
    score,
    deviation_reason,
    is_met,
    occurrence,
    document_id,
    source_line,
    source_page
from evaluated
