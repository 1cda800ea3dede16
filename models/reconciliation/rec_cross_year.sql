{#-
    Across years (R16): this year's 年初结转和结余 (total and 财政拨款) = last year's 年末结转和结余
    of the same department (same scope, the primary document of each year); and every prior-year
    figure a final account prints — 上年数, or 比上年增加 X read as 本年 − X, of a metric or of a
    一般公共预算 功能分类 item (by its code) — = the figure of last year's final account. A department without last year's document has no row: the rule is then
    not_applicable for the document. Tolerance: half a unit of the printed last digit of every
    figure involved.
-#}

with

documents as (

    select * from {{ ref('int_documents_resolved') }}
    where is_primary and doc_type = 'final_account' and fiscal_year is not null

),

values as (

    select * from {{ ref('rec_metric_values') }}
    where stage = 'final'

),

year_pairs as (

    select
        cur.document_id,
        prev.document_id as prior_document_id,
        prev.file_name as prior_file_name,
        prev.fiscal_year as prior_year
    from documents as cur
    inner join documents as prev
        on
        cur.department_id = prev.department_id and cur.scope = prev.scope
        and prev.fiscal_year = cur.fiscal_year - 1

),

carryovers as (

    select
        p.document_id,
        b.metric || ' = ' || p.prior_year || ' ' || e.metric as check_key,
        b.label || ' = ' || p.prior_year || '年' || e.label || ' (' || p.prior_file_name || ')' as description,
        e.value as expected,
        b.value as actual,
        b.half_ulp + e.half_ulp as tolerance,
        b.unit,
        b.source_ref || '; ' || p.prior_file_name || ': ' || e.source_ref as source_lines,
        b.source_line as stated_line,
        b.source_page as stated_page,
        e.source_line as implied_line,
        e.source_page as implied_page
    from year_pairs as p
    inner join values as b on p.document_id = b.document_id
    inner join values as e
        on
        p.prior_document_id = e.document_id
        and (b.metric, e.metric) in (
            ('carryover_begin', 'carryover_end'), ('fiscal_carryover_begin', 'fiscal_carryover_end')
        )

),

printed_prior as (

    -- each statement of a prior-year figure: 上年数 printed, or 本年 − 增减额
    select
        m.document_id,
        m.metric,
        m.label,
        m.unit,
        coalesce(m.prior_year_value, m.value - m.change_value) as prior_value,
        coalesce(m.ulp, case when m.unit = 'yuan' then 100 else 1 end)
        / 2 * case when m.prior_year_value is null then 2 else 1 end as half_ulp,
        m.source_line,
        m.source_page,
        row_number() over (
            partition by m.document_id, m.metric order by coalesce(m.source_page, 0), m.source_line, m.record_index
        ) as statement_rank
    from {{ ref('stg_disclosures__metrics') }} as m
    where m.stage = 'final' and (m.prior_year_value is not null or (m.value is not null and m.change_value is not null))

),

prior_figures as (

    select
        p.document_id,
        s.metric || ' prior year = ' || p.prior_year as check_key,
        s.label || ' 上年数 = ' || p.prior_year || '年决算 (' || p.prior_file_name || ')' as description,
        v.value as expected,
        s.prior_value as actual,
        s.half_ulp + v.half_ulp as tolerance,
        s.unit,
        s.label || ' 上年 (' || {{ page_line('s.source_line', 's.source_page') }} || '); '
        || p.prior_file_name || ': ' || v.source_ref as source_lines,
        s.source_line as stated_line,
        s.source_page as stated_page,
        v.source_line as implied_line,
        v.source_page as implied_page
    from year_pairs as p
    inner join printed_prior as s on p.document_id = s.document_id and s.statement_rank = 1
    inner join values as v on p.prior_document_id = v.document_id and s.metric = v.metric

),

items as (

    select
        fi.*,
        concat_ws('/', fi.class_name, fi.kuan_name, fi.item_name) as label
    from {{ ref('int_functional_items_mapped') }} as fi
    inner join {{ ref('functional_origin_scopes') }} as scopes on fi.origin = scopes.origin
    where
        fi.stage = 'final' and scopes.scope = 'general_budget'
        and fi.functional_code is not null and fi.functional_code <> '0'

),

printed_prior_items as (

    -- each 功能分类 item's prior year as printed: 上年决算数, or 本年 − "比上年决算增加 X"
    select
        document_id,
        functional_code,
        label,
        coalesce(prior_year_amount_yuan, amount_yuan - change_yuan) as prior_value,
        coalesce(ulp_yuan, 100) / 2 * case when prior_year_amount_yuan is null then 2 else 1 end as half_ulp,
        source_line,
        source_page,
        row_number() over (
            partition by document_id, functional_code
            order by coalesce(source_page, 0), source_line, record_index
        ) as statement_rank
    from items
    where prior_year_amount_yuan is not null or (amount_yuan is not null and change_yuan is not null)

),

item_values as (

    select
        document_id,
        functional_code,
        amount_yuan,
        coalesce(ulp_yuan, 100) / 2 as half_ulp,
        source_line,
        source_page,
        row_number() over (
            partition by document_id, functional_code
            order by
                case when origin = 'narrative' then 0 else 1 end, coalesce(source_page, 0), source_line, record_index
        ) as statement_rank
    from items
    where amount_yuan is not null

),

prior_items as (

    select
        p.document_id,
        s.functional_code || ' prior year = ' || p.prior_year as check_key,
        s.label || ' 上年数 = ' || p.prior_year || '年决算 (' || p.prior_file_name || ')' as description,
        v.amount_yuan as expected,
        s.prior_value as actual,
        s.half_ulp + v.half_ulp as tolerance,
        'yuan' as unit,
        s.label || ' 上年 (' || {{ page_line('s.source_line', 's.source_page') }} || '); '
        || p.prior_file_name || ': ' || {{ page_line('v.source_line', 'v.source_page') }} as source_lines,
        s.source_line as stated_line,
        s.source_page as stated_page,
        v.source_line as implied_line,
        v.source_page as implied_page
    from year_pairs as p
    inner join printed_prior_items as s on p.document_id = s.document_id and s.statement_rank = 1
    inner join item_values as v
        on p.prior_document_id = v.document_id and s.functional_code = v.functional_code and v.statement_rank = 1

),

checks as (

    select * from carryovers
    union all
    select * from prior_figures
    union all
    select * from prior_items

)

{{ compared_checks('R16', 'checks') }}
