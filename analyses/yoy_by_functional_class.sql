-- Year-over-year change of spending by 类 (functional class) per department, within one fund
-- scope, 一般公共预算 (general_budget: the 项 of the 一般公共预算 table and narrative, which every
-- 决算 prints); the previous year comes from the previous year's document or, flagged, from the
-- prior-year figures of this one.
with

classes as (

    select
        expenditure.department_id,
        expenditure.fiscal_year,
        expenditure.fund_scope,
        left(expenditure.functional_code, 3) as class_code,
        sum(expenditure.amount_yuan) as amount_yuan,
        bool_or(expenditure.is_derived) as is_derived
    from {{ ref('fct_expenditure_by_function') }} as expenditure
    where
        expenditure.fund_scope = 'general_budget'
        and expenditure.level = '项'
        and expenditure.stage = 'final'
    group by
        expenditure.department_id, expenditure.fiscal_year, expenditure.fund_scope, left(expenditure.functional_code, 3)

)

select
    departments.department_name,
    classes.fund_scope,
    classes.class_code,
    functional_items.name as class_name,
    classes.fiscal_year,
    classes.amount_yuan,
    previous.amount_yuan as previous_year_yuan,
    classes.amount_yuan - previous.amount_yuan as change_yuan,
    round(100.0 * (classes.amount_yuan - previous.amount_yuan) / nullif(previous.amount_yuan, 0), 2)
        as change_pct,
    previous.is_derived as previous_year_derived
from classes
inner join classes as previous
    on classes.department_id = previous.department_id
    and classes.fund_scope = previous.fund_scope
    and classes.class_code = previous.class_code
    and classes.fiscal_year = previous.fiscal_year + 1
inner join {{ ref('dim_department') }} as departments on classes.department_id = departments.department_id
left join {{ ref('dim_functional_item') }} as functional_items
    on classes.class_code = functional_items.functional_code
order by departments.department_name, classes.class_code, classes.fiscal_year
