-- Project self-evaluation (项目支出绩效自评表): one row per department × fiscal year × project,
-- repeated tables counted once. project_id is stable across years (md5 of department + name).
with

projects as (

    select * from {{ ref('int_projects_deduplicated') }}
    where copy_rank = 1

),

indicator_counts as (

    select
        project_performance_id,
        count(*) as indicators,
        count(*) filter (where is_met) as indicators_met,
        count(*) filter (where not is_met) as indicators_missed
    from {{ ref('fct_performance_indicator') }}
    where project_performance_id is not null
    group by project_performance_id

),

keyed as (

    select
        {{ surrogate_key(['department_id', 'fiscal_year', 'project_name_key']) }} as project_performance_id,
        {{ surrogate_key(['department_id', 'project_name_key']) }} as project_id,
        *
    from projects

)

select
    keyed.project_performance_id,
    keyed.project_id,
    keyed.department_id,
    keyed.fiscal_year,
    keyed.name as project_name,
    keyed.code as project_code,
    keyed.project_key,
    keyed.competent_department,
    keyed.implementing_unit,
    keyed.budget_initial_yuan,
    keyed.budget_full_year_yuan,
    keyed.executed_yuan,
    keyed.execution_rate,
    keyed.funds_weight,
    keyed.funds_score,
    keyed.total_weight,
    keyed.total_score,
    keyed.goal_text,
    keyed.achievement_text,
    greatest(keyed.copy_count, keyed.copies_read) as copies_printed,
    coalesce(indicator_counts.indicators, 0) as indicators,
    coalesce(indicator_counts.indicators_met, 0) as indicators_met,
    coalesce(indicator_counts.indicators_missed, 0) as indicators_missed,
    keyed.ulp_yuan,
    keyed.document_id,
    keyed.source_line,
    keyed.source_page
from keyed
left join indicator_counts on keyed.project_performance_id = indicator_counts.project_performance_id
