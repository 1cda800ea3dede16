-- Projects whose execution rate (执行率 = 全年执行数 / 全年预算数) is below 80%, with their score.
select
    departments.department_name,
    projects.fiscal_year,
    projects.project_name,
    projects.budget_full_year_yuan,
    projects.executed_yuan,
    projects.execution_rate,
    projects.total_score,
    projects.indicators_missed
from {{ ref('fct_project_performance') }} as projects
inner join {{ ref('dim_department') }} as departments
    on projects.department_id = departments.department_id
where projects.execution_rate < 80
order by projects.execution_rate
