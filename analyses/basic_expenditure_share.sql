-- Share of 基本支出 (basic expenditure) in 本年支出合计 by department and year, with the
-- 人员经费 / 公用经费 split of basic expenditure: how much of each budget just keeps the office running.
select
    department_name,
    county,
    prefecture,
    fiscal_year,
    expenditure_current_year_wan,
    expenditure_basic_wan,
    expenditure_project_wan,
    basic_share_pct,
    personnel_expense_wan,
    public_expense_wan
from {{ ref('mart_department_year') }}
where expenditure_current_year_yuan is not null
order by fiscal_year desc, basic_share_pct desc
