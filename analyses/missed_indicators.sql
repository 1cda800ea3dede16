-- Self-evaluated indicators that missed their target, with the deviation reason (偏差原因) given.
-- Missed as the document scores it (fewer marks than the weight); comparison_met tells whether
-- the printed actual also falls short of the target by meaning (a cost under its cap can lose
-- marks for being under-spent).
select
    departments.department_name,
    indicators.fiscal_year,
    projects.project_name,
    indicators.level1_name,
    indicators.level2_name,
    indicators.level3_name,
    indicators.target_raw,
    indicators.actual_raw,
    indicators.weight,
    indicators.score,
    indicators.is_met_reason,
    indicators.comparison_met,
    indicators.deviation_reason
from {{ ref('fct_performance_indicator') }} as indicators
inner join {{ ref('dim_department') }} as departments
    on indicators.department_id = departments.department_id
left join {{ ref('fct_project_performance') }} as projects
    on indicators.project_performance_id = projects.project_performance_id
where indicators.stage = 'self_evaluation' and not indicators.is_met
order by departments.department_name, indicators.fiscal_year, projects.project_name
