-- Budget against final account for the headline figures (一般公共预算财政拨款支出, “三公”经费 and its
-- parts, 机关运行经费 …): the final figure as a share of the budget it is measured against (the
-- final account's own 年初预算 or 全年预算, else the department's budget document), by department.
select
    departments.department_name,
    comparison.fiscal_year,
    comparison.figure,
    comparison.figure_name,
    comparison.fund_scope,
    comparison.budget_document_yuan,
    comparison.final_initial_budget_yuan,
    comparison.final_full_year_budget_yuan,
    comparison.final_yuan,
    comparison.budget_basis,
    comparison.budget_completion_pct,
    comparison.budget_variance_pct
from {{ ref('mart_budget_vs_final') }} as comparison
inner join {{ ref('dim_department') }} as departments on comparison.department_id = departments.department_id
where comparison.figure_kind = 'metric' and comparison.final_yuan is not null
order by departments.department_name, comparison.fiscal_year, comparison.figure
