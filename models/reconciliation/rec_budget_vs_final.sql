{#-
    Budget against final account (R18): the 年初预算 a final account prints for a figure (a
    department metric such as a 三公 category or 机关运行经费, or a 功能分类 item by its code) = the
    figure of that department's budget document for the same year and scope (the primary one).
    Without a budget document of that department-year the rule is not_applicable. Tolerance: half
    a unit of the printed last digit of both figures.
-#}

with

documents as (

    select * from {{ ref('int_documents_resolved') }}
    where is_primary and fiscal_year is not null

),

document_pairs as (

    select
        final.document_id,
        budget.document_id as budget_document_id,
        budget.file_name as budget_file_name
    from documents as final
    inner join documents as budget
        on
        final.department_id = budget.department_id and final.scope = budget.scope
        and final.fiscal_year = budget.fiscal_year
        and final.doc_type = 'final_account' and budget.doc_type = 'budget'

),

final_metrics as (

    select
        document_id,
        metric,
        label,
        budget_value,
        coalesce(ulp, 100) / 2 as half_ulp,
        source_line,
        source_page,
        row_number() over (
            partition by document_id, metric order by coalesce(source_page, 0), source_line, record_index
        ) as statement_rank
    from {{ ref('stg_disclosures__metrics') }}
    where stage = 'final'
        and budget_value is not null
        and coalesce(budget_kind, 'initial') = 'initial'
        and unit = 'yuan'

),

budget_metrics as (

    select * from {{ ref('rec_metric_values') }}
    where stage = 'budget'

),

metric_checks as (

    select
        p.document_id,
        f.metric || ' 年初预算' as check_key,
        f.label || ' 年初预算 = ' || p.budget_file_name as description,
        b.value as expected,
        f.budget_value as actual,
        f.half_ulp + b.half_ulp as tolerance,
        'yuan' as unit,
        f.label || ' 年初预算 (' || {{ page_line('f.source_line', 'f.source_page') }} || '); '
        || p.budget_file_name || ': ' || b.source_ref as source_lines,
        f.source_line as stated_line,
        f.source_page as stated_page,
        b.source_line as implied_line,
        b.source_page as implied_page
    from document_pairs as p
    inner join final_metrics as f on p.document_id = f.document_id and f.statement_rank = 1
    inner join budget_metrics as b on p.budget_document_id = b.document_id and f.metric = b.metric

),

items as (

    select
        fi.*,
        scopes.scope
    from {{ ref('int_functional_items_mapped') }} as fi
    inner join {{ ref('functional_origin_scopes') }} as scopes on fi.origin = scopes.origin
    where fi.functional_code is not null and fi.functional_code <> '0' and scopes.scope = 'general_budget'

),

ranked_items as (

    -- the first statement of each code: the 年初预算 a final account prints, the budget's amount
    select
        *,
        row_number() over (
            partition by document_id, stage, functional_code
            order by coalesce(source_page, 0), source_line, record_index
        ) as statement_rank
    from items
    where
        (stage = 'final' and budget_initial_yuan is not null)
        or (stage = 'budget' and amount_yuan is not null)

),

item_checks as (

    select
        p.document_id,
        f.functional_code || ' 年初预算' as check_key,
        concat_ws('/', f.class_name, f.kuan_name, f.item_name) || ' 年初预算 = ' || p.budget_file_name as description,
        b.amount_yuan as expected,
        f.budget_initial_yuan as actual,
        (coalesce(f.ulp_yuan, 100) + coalesce(b.ulp_yuan, 100)) / 2 as tolerance,
        'yuan' as unit,
        concat_ws('/', f.class_name, f.kuan_name, f.item_name) || ' 年初预算 ('
        || {{ page_line('f.source_line', 'f.source_page') }} || '); ' || p.budget_file_name || ': '
        || {{ page_line('b.source_line', 'b.source_page') }} as source_lines,
        f.source_line as stated_line,
        f.source_page as stated_page,
        b.source_line as implied_line,
        b.source_page as implied_page
    from document_pairs as p
    inner join ranked_items as f on p.document_id = f.document_id and f.stage = 'final' and f.statement_rank = 1
    inner join ranked_items as b
        on
        p.budget_document_id = b.document_id and b.stage = 'budget'
        and f.functional_code = b.functional_code and b.statement_rank = 1

),

checks as (

    select * from metric_checks
    union all
    select * from item_checks

)

{{ compared_checks('R18', 'checks') }}
