-- Departments ranked by how complete their latest disclosure is: the share of the required
-- tables of its doc_type present or declared empty, over every file of that department-year
-- (a year published in several files — the 决算's tables as separate pages — is as complete as
-- its files together; int_documents_resolved.contributes_facts), with each headline figure printed
-- but unreadable counted as one more item missing (dim_document.completeness_score, per file). A
-- document whose year nothing states (not its text, a manifest or its folders) is no one's latest,
-- and an aggregate (区本级, 县汇总: a region, not a department) is no department: both stay in
-- dim_document only, as they stay out of the facts and of mart_department_year.
with

documents as (

    select * from {{ ref('dim_document') }}
    where fiscal_year is not null and entity_kind = 'department'

),

latest as (

    select *
    from documents
    where is_primary
    qualify row_number() over (
            partition by department_id, doc_type
            order by fiscal_year desc nulls last, loaded_at desc, document_id asc
        ) = 1

),

-- every file of the latest department-year that gives facts, the primary among them
year_files as (

    select
        latest.document_id as primary_document_id,
        documents.document_id,
        documents.parse_warnings,
        documents.figures_unreadable
    from latest
    inner join documents
        on
        latest.department_id = documents.department_id
        and latest.fiscal_year = documents.fiscal_year
        and latest.doc_type = documents.doc_type
        and documents.contributes_facts

),

-- each required table's best status over the year's files
year_tables as (

    select
        year_files.primary_document_id,
        required.table_key,
        required.title_zh,
        required.sort_order,
        min(case required.status when 'present' then 1 when 'declared_empty' then 2 else 3 end) as best_status
    from year_files
    inner join {{ ref('fct_document_required_table') }} as required
        on year_files.document_id = required.document_id and required.kind = 'table'
    group by all

),

year_counts as (

    select
        primary_document_id,
        count(*) as required_tables,
        count(*) filter (where best_status = 1) as required_present,
        count(*) filter (where best_status = 2) as required_declared_empty,
        count(*) filter (where best_status = 3) as required_missing,
        string_agg(title_zh, '、' order by sort_order) filter (where best_status = 3) as missing_tables
    from year_tables
    group by primary_document_id

),

year_warnings as (

    select
        primary_document_id,
        count(*) as files_read,
        sum(parse_warnings) as parse_warnings,
        sum(figures_unreadable) as figures_unreadable
    from year_files
    group by primary_document_id

),

scored as (

    select
        latest.department_id,
        latest.doc_type,
        latest.fiscal_year,
        latest.document_id,
        year_warnings.files_read,
        coalesce(year_counts.required_tables, 0) as required_tables,
        coalesce(year_counts.required_present, 0) as required_present,
        coalesce(year_counts.required_declared_empty, 0) as required_declared_empty,
        coalesce(year_counts.required_missing, 0) as required_missing,
        {{ completeness_score(
            'year_counts.required_tables', 'year_counts.required_present',
            'year_counts.required_declared_empty', 'year_warnings.figures_unreadable'
        ) }} as completeness_score,
        year_counts.missing_tables,
        year_warnings.parse_warnings
    from latest
    inner join year_warnings on latest.document_id = year_warnings.primary_document_id
    left join year_counts on latest.document_id = year_counts.primary_document_id

)

select
    {{ surrogate_key(['scored.department_id', 'scored.doc_type']) }} as department_completeness_id,
    scored.department_id,
    departments.department_name,
    departments.province,
    departments.prefecture,
    departments.county,
    scored.doc_type,
    scored.fiscal_year,
    scored.document_id,
    scored.files_read,
    scored.required_tables,
    scored.required_present,
    scored.required_declared_empty,
    scored.required_missing,
    scored.completeness_score,
    scored.missing_tables,
    scored.parse_warnings,
    dense_rank() over (
        partition by scored.doc_type
        order by scored.completeness_score desc nulls last
    ) as completeness_rank
from scored
inner join {{ ref('dim_department') }} as departments on scored.department_id = departments.department_id
