-- Departments ranked by the execution rate of their whole funds (部门整体支出绩效自评表: 年度资金总额
-- 全年执行数 ÷ 全年预算数, or ÷ 年初预算数 where no 全年预算数 is printed; the printed 执行率 where there is
-- one), within each fiscal year, with the split into 基本支出 and 项目支出. A region's aggregate
-- (县级部门汇总) is no department: entity_kind = 'department' keeps it out; is_preferred takes one
-- document per department-year.
with

funds as (

    select * from {{ ref('fct_department_funding') }}
    where is_preferred and entity_kind = 'department'

),

totals as (

    select * from funds
    where funds_source = 'total'

),

spending_parts as (

    select
        department_id,
        fiscal_year,
        sum(executed_yuan) filter (where funds_source = 'basic') as basic_executed_yuan,
        sum(executed_yuan) filter (where funds_source = 'project') as project_executed_yuan
    from funds
    where funds_breakdown = 'spending_type'
    group by department_id, fiscal_year

)

select
    departments.department_name,
    departments.county,
    totals.fiscal_year,
    totals.budget_initial_yuan,
    totals.budget_full_year_yuan,
    totals.executed_yuan,
    totals.execution_rate,
    totals.execution_rate_basis,
    spending_parts.basic_executed_yuan,
    spending_parts.project_executed_yuan,
    totals.funds_score,
    rank() over (partition by totals.fiscal_year order by totals.execution_rate desc) as rank_in_year
from totals
inner join {{ ref('dim_department') }} as departments
    on totals.department_id = departments.department_id
left join spending_parts
    on totals.department_id = spending_parts.department_id and totals.fiscal_year = spending_parts.fiscal_year
order by totals.fiscal_year, rank_in_year
