-- Execution rate against self-evaluation score, one point per project (the notebook's scatter chart).
select
    departments.department_name,
    projects.fiscal_year,
    projects.project_name,
    projects.execution_rate,
    projects.total_score,
    projects.executed_yuan
from {{ ref('fct_project_performance') }} as projects
inner join {{ ref('dim_department') }} as departments
    on projects.department_id = departments.department_id
where projects.execution_rate is not null and projects.total_score is not null
order by projects.execution_rate
