{#- Headline money metrics: each becomes <metric>_yuan (元) and <metric>_wan (万元). -#}
{%- set money_metrics = [
    'income_total', 'income_current_year', 'income_fiscal', 'expenditure_total', 'expenditure_current_year',
    'balance_distribution', 'carryover_end', 'expenditure_basic', 'expenditure_project', 'personnel_expense', 'public_expense',
    'general_budget_expenditure', 'three_public_total', 'three_public_overseas', 'three_public_vehicle',
    'three_public_vehicle_purchase', 'three_public_vehicle_operation', 'three_public_reception',
    'operation_expense', 'procurement_total', 'fixed_assets_value'
] -%}
{%- set count_metrics = [
    'headcount_authorised', 'headcount_total', 'headcount_in_service', 'headcount_retired_veteran',
    'headcount_retired', 'headcount_retired_all', 'vehicles_held', 'vehicles_total'
] -%}
-- Cross-county mart: one row per department × fiscal year with the headline figures side by side,
-- money in 元 (_yuan) and 万元 (_wan). expenditure_total is 支出总计
-- (本年支出合计 + 结余分配 + 年末结转和结余), expenditure_current_year is 本年支出合计;
-- every share names its base. Figures come from the final account (stage final) when
-- there is one, else from the budget; is_derived marks years known only from a later document's
-- prior-year figures.
with

metrics as (

    select * from {{ ref('fct_department_metric') }}

),

department_years as (

    select
        department_id,
        fiscal_year
    from {{ ref('dim_document') }}
    where fiscal_year is not null and not is_template and entity_kind = 'department'
    union
    select
        department_id,
        fiscal_year
    from metrics
    union
    select
        department_id,
        fiscal_year
    from {{ ref('fct_expenditure_by_function') }}

),

documents as (

    select
        department_id,
        fiscal_year,
        count(*) as documents,
        string_agg(distinct doc_type, ',' order by doc_type) as doc_types,
        max(completeness_score) as completeness_score
    from {{ ref('dim_document') }}
    where fiscal_year is not null and not is_template and entity_kind = 'department'
    group by department_id, fiscal_year

),

stages as (

    select
        department_id,
        fiscal_year,
        case when bool_or(stage = 'final') then 'final' else 'budget' end as stage
    from metrics
    group by department_id, fiscal_year

),

pivoted as (

    select
        metrics.department_id,
        metrics.fiscal_year,
        bool_and(metrics.is_derived) as metrics_derived,
        {%- for metric in money_metrics %}
        max(metrics.value_yuan) filter (where metrics.metric = '{{ metric }}') as {{ metric }}_yuan,
        {%- endfor %}
        {%- for metric in count_metrics %}
        max(metrics.value) filter (where metrics.metric = '{{ metric }}') as {{ metric }},
        {%- endfor %}
        count(*) as metrics_stated
    from metrics
    inner join stages
        on metrics.department_id = stages.department_id
        and metrics.fiscal_year = stages.fiscal_year
        and metrics.stage = stages.stage
    group by metrics.department_id, metrics.fiscal_year

),

projects as (

    select
        department_id,
        fiscal_year,
        count(*) as projects,
        cast(avg(execution_rate) as decimal(9, 4)) as mean_execution_rate,
        cast(avg(total_score) as decimal(9, 4)) as mean_total_score,
        {{ to_yuan('sum(budget_full_year_yuan)') }} as projects_budget_full_year_yuan,
        {{ to_yuan('sum(executed_yuan)') }} as projects_executed_yuan
    from {{ ref('fct_project_performance') }}
    group by department_id, fiscal_year

),

functional as (

    select
        department_id,
        fiscal_year,
        -- a path printed in several fund scopes is one unmapped item
        count(distinct concat_ws('/', printed_class_name, printed_kuan_name, printed_item_name)) filter (
            where functional_code = '0'
        ) as unmapped_functional_items,
        bool_and(is_derived) as functional_derived
    from {{ ref('fct_expenditure_by_function') }}
    group by department_id, fiscal_year

),

reconciliation as (

    -- failed checks of this build's reconciliation (rec_reconciliation_checks, the rows the
    -- Great Expectations suites assert on and audit.reconciliation_results records per run)
    select
        documents.department_id,
        documents.fiscal_year,
        count(*) as reconciliation_failures
    from {{ ref('rec_reconciliation_checks') }} as checks
    inner join {{ ref('dim_document') }} as documents on checks.document_id = documents.document_id
    where checks.outcome = 'failed'
    group by documents.department_id, documents.fiscal_year

)

select
    {{ surrogate_key(['department_years.department_id', 'department_years.fiscal_year']) }} as department_year_id,
    department_years.department_id,
    departments.department_name,
    departments.sector,
    departments.province,
    departments.prefecture,
    departments.county,
    departments.admin_level,
    department_years.fiscal_year,
    documents.documents is null as is_derived,
    coalesce(documents.documents, 0) as documents,
    documents.doc_types,
    documents.completeness_score,
    stages.stage as figures_stage,
    {%- for metric in money_metrics %}
    pivoted.{{ metric }}_yuan,
    {{ yuan_to_wan('pivoted.' ~ metric ~ '_yuan') }} as {{ metric }}_wan,
    {%- endfor %}
    {%- for metric in count_metrics %}
    pivoted.{{ metric }},
    {%- endfor %}
    cast(100.0 * pivoted.expenditure_basic_yuan / nullif(pivoted.expenditure_current_year_yuan, 0) as decimal(9, 4))
        as basic_share_pct,
    cast(
        pivoted.three_public_total_yuan / nullif(pivoted.headcount_in_service, 0) as decimal(20, 2)
    ) as three_public_per_in_service_yuan,
    coalesce(projects.projects, 0) as projects,
    projects.mean_execution_rate,
    projects.mean_total_score,
    projects.projects_budget_full_year_yuan,
    projects.projects_executed_yuan,
    coalesce(functional.unmapped_functional_items, 0) as unmapped_functional_items,
    coalesce(reconciliation.reconciliation_failures, 0) as reconciliation_failures
from department_years
inner join {{ ref('dim_department') }} as departments on department_years.department_id = departments.department_id
left join documents
    on department_years.department_id = documents.department_id
    and department_years.fiscal_year = documents.fiscal_year
left join stages
    on department_years.department_id = stages.department_id
    and department_years.fiscal_year = stages.fiscal_year
left join pivoted
    on department_years.department_id = pivoted.department_id
    and department_years.fiscal_year = pivoted.fiscal_year
left join projects
    on department_years.department_id = projects.department_id
    and department_years.fiscal_year = projects.fiscal_year
left join functional
    on department_years.department_id = functional.department_id
    and department_years.fiscal_year = functional.fiscal_year
left join reconciliation
    on department_years.department_id = reconciliation.department_id
    and department_years.fiscal_year = reconciliation.fiscal_year
