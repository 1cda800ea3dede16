-- Department-wide funds (部门整体支出绩效自评表): one row per department × fiscal year × document ×
-- funds breakdown × funds source (年度资金总额 as `total`, 基本支出, 项目支出, 财政拨款 …, 其他 of either
-- breakdown), from the documents of a known year that contribute facts (int_documents_resolved). A
-- table printed twice in a document counts once (its first copy); where two documents of a
-- department-year (a 决算 and a performance document, or two files of one publication) both print
-- it, `is_preferred` marks the row to compare (the 决算's first, then the primary, then the latest).
-- The execution rate is the printed 执行率 where the table prints one, else computed: 全年执行数 ÷
-- 全年预算数, or ÷ 年初预算数 where the table prints no 全年预算数 (the printed one is kept beside it).
-- entity_kind says whether the document is one body's or a region's aggregate: rank departments
-- on entity_kind = 'department'.
with

fundings as (

    select * from {{ ref('int_department_fundings_tabled') }}

),

documents as (

    select * from {{ ref('int_documents_resolved') }}
    where contributes_facts and fiscal_year is not null

),

copies as (

    select
        documents.department_id,
        documents.fiscal_year,
        documents.doc_type,
        documents.entity_kind,
        documents.is_primary,
        documents.loaded_at,
        fundings.*,
        count(*) over source_copies as tables_printed,
        row_number() over (source_copies order by fundings.funds_table, fundings.record_index) as copy_rank
    from fundings
    inner join documents on fundings.document_id = documents.document_id
    window source_copies as (partition by fundings.document_id, fundings.breakdown, fundings.source)

),

kept as (

    select
        *,
        -- 全年执行数 ÷ 全年预算数; a table without 全年预算数 measures against 年初预算数
        case
            when budget_full_year_yuan is not null
                then {{ to_pct('executed_yuan / nullif(budget_full_year_yuan, 0) * 100') }}
            else {{ to_pct('executed_yuan / nullif(budget_initial_yuan, 0) * 100') }}
        end as computed_execution_rate
    from copies
    where copy_rank = 1

),

measured as (

    select
        *,
        case
            when execution_rate is not null then 'printed'
            when computed_execution_rate is null then null
            when budget_full_year_yuan is not null then 'full_year_budget'
            else 'initial_budget'
        end as execution_rate_basis,
        row_number() over (
            partition by department_id, fiscal_year, breakdown, source
            order by
                (doc_type = 'final_account') desc,
                (executed_yuan is not null) desc,
                is_primary desc,
                loaded_at desc,
                document_id asc
        ) = 1 as is_preferred
    from kept

)

select
    {{ surrogate_key(['department_id', 'fiscal_year', 'document_id', 'breakdown', 'source']) }}
        as department_funding_id,
    department_id,
    fiscal_year,
    source as funds_source,
    breakdown as funds_breakdown,
    label as printed_label,
    budget_initial_yuan,
    budget_full_year_yuan,
    executed_yuan,
    coalesce(execution_rate, computed_execution_rate) as execution_rate,
    execution_rate as printed_execution_rate,
    execution_rate_basis,
    weight as funds_weight,
    score as funds_score,
    ulp_yuan,
    entity_kind,
    is_preferred,
    doc_type,
    tables_printed,
    document_id,
    source_line,
    source_page
from measured
