-- Year-over-year change of spending by 类 (functional class) per department, within one fund
-- scope, 一般公共预算 (general_budget: the 项 of the 一般公共预算 table and narrative, which every
-- 决算 prints), from mart_functional_class_year: the 类 as stated where the document prints it,
-- else summed from its 项; the previous year from the figure printed beside it, the previous
-- year's document or, flagged, the prior-year figures of this one.
select
    departments.department_name,
    classes.fund_scope,
    classes.class_code,
    classes.class_name,
    classes.fiscal_year,
    classes.amount_yuan,
    classes.amount_basis,
    classes.prior_year_amount_yuan as previous_year_yuan,
    classes.prior_year_basis,
    classes.change_yuan,
    classes.growth_pct as change_pct
from {{ ref('mart_functional_class_year') }} as classes
inner join {{ ref('dim_department') }} as departments on classes.department_id = departments.department_id
where
    classes.fund_scope = 'general_budget'
    and classes.level = '类'
    and classes.stage = 'final'
    and classes.prior_year_amount_yuan is not null
order by departments.department_name, classes.class_code, classes.fiscal_year
