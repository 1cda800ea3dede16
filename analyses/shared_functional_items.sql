-- 项 (7-digit 支出功能分类 codes) where two or more departments spend in the same year: the
-- comparable lines across counties (e.g. 2080101 行政运行 of every 人社局). Compared within one
-- fund scope, 一般公共预算 (general_budget: printed for every 项 by every 决算), so no county's
-- all-funds figure stands beside another's 一般公共预算 figure.
with

items as (

    select
        expenditure.fiscal_year,
        expenditure.fund_scope,
        expenditure.functional_code,
        expenditure.class_name,
        expenditure.kuan_name,
        expenditure.item_name,
        departments.department_name,
        expenditure.amount_yuan
    from {{ ref('fct_expenditure_by_function') }} as expenditure
    inner join {{ ref('dim_department') }} as departments
        on expenditure.department_id = departments.department_id
    where
        expenditure.fund_scope = 'general_budget'
        and expenditure.level = '项'
        and expenditure.stage = 'final'
        and not expenditure.is_derived
        and expenditure.amount_yuan > 0

)

select
    fiscal_year,
    fund_scope,
    functional_code,
    class_name,
    kuan_name,
    item_name,
    count(*) as departments,
    string_agg(department_name || ' ' || cast(amount_yuan as varchar), '; ' order by amount_yuan desc)
        as amounts_yuan,
    min(amount_yuan) as min_yuan,
    max(amount_yuan) as max_yuan
from items
group by fiscal_year, fund_scope, functional_code, class_name, kuan_name, item_name
having count(*) >= 2
order by fiscal_year desc, departments desc, functional_code asc
