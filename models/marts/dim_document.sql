-- One row per loaded document, with its department, year, type, layout and a completeness
-- score: the share of the tables its doc_type must print (seeds/required_tables.csv, one row per
-- table in fct_document_required_table, with the reason for each missing one) that are present or
-- declared empty (本部门无…); a headline figure (收入总计 …) printed but unreadable counts as one
-- more required item missing.
with

documents as (

    select * from {{ ref('int_documents_resolved') }}

),

statuses as (

    select * from {{ ref('stg_disclosures__section_statuses') }}

),

required_tables as (

    select * from {{ ref('fct_document_required_table') }}
    where kind = 'table'

),

completeness as (

    select
        document_id,
        count(*) as required_tables,
        count(*) filter (where status = 'present') as required_present,
        count(*) filter (where status = 'declared_empty') as required_declared_empty,
        count(*) filter (where status = 'missing') as required_missing,
        string_agg(title_zh, '、' order by sort_order) filter (where status = 'missing') as missing_tables
    from required_tables
    group by document_id

),

section_counts as (

    select
        document_id,
        count(*) filter (where status = 'present') as sections_present,
        count(*) filter (where status = 'empty') as sections_declared_empty,
        count(*) filter (where status = 'missing') as sections_missing
    from statuses
    group by document_id

),

warnings as (

    select
        document_id,
        count(*) as parse_warnings,
        count(*) filter (where parser = 'final_account.headline_figures') as figures_unreadable
    from {{ ref('stg_disclosures__parse_warnings') }}
    group by document_id

)

select
    documents.document_id,
    documents.source_path,
    documents.file_name,
    documents.encoding,
    documents.department_id,
    documents.department_name as printed_department_name,
    documents.fiscal_year,
    documents.doc_type,
    documents.layout,
    documents.scope,
    documents.is_primary,
    documents.contributes_facts,
    documents.is_template,
    documents.entity_kind,
    documents.department_evidence,
    documents.loaded_at,
    coalesce(completeness.required_tables, 0) as required_tables,
    coalesce(completeness.required_present, 0) as required_present,
    coalesce(completeness.required_declared_empty, 0) as required_declared_empty,
    coalesce(completeness.required_missing, 0) as required_missing,
    {{ completeness_score(
        'completeness.required_tables', 'completeness.required_present',
        'completeness.required_declared_empty', 'warnings.figures_unreadable'
    ) }} as completeness_score,
    completeness.missing_tables,
    coalesce(section_counts.sections_present, 0) as sections_present,
    coalesce(section_counts.sections_declared_empty, 0) as sections_declared_empty,
    coalesce(section_counts.sections_missing, 0) as sections_missing,
    coalesce(warnings.parse_warnings, 0) as parse_warnings,
    coalesce(warnings.figures_unreadable, 0) as figures_unreadable
from documents
left join completeness on documents.document_id = completeness.document_id
left join section_counts on documents.document_id = section_counts.document_id
left join warnings on documents.document_id = warnings.document_id
