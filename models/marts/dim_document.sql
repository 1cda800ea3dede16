-- One row per loaded document, with its department, year, type, layout and a completeness
-- score: the share of the required tables/sections of its doc_type (seeds/required_sections.csv)
-- that are present or declared empty (本部门无…) according to the parser's section statuses; a
-- headline figure (收入总计 …) printed but unreadable counts as one more required item missing.
with

documents as (

    select * from {{ ref('int_documents_resolved') }}

),

statuses as (

    select * from {{ ref('stg_disclosures__section_statuses') }}

),

required as (

    select * from {{ ref('required_sections') }}

),

-- each required section of each document, with its best status (present > empty > missing)
required_status as (

    select
        documents.document_id,
        required.section_key,
        min(
            case statuses.status when 'present' then 1 when 'empty' then 2 when 'missing' then 3 end
        ) as status_rank
    from documents
    inner join required on documents.doc_type = required.doc_type
    left join statuses
        on documents.document_id = statuses.document_id
        and regexp_matches(statuses.section, required.section_pattern)
    group by documents.document_id, required.section_key

),

completeness as (

    select
        document_id,
        count(*) as required_sections,
        count(*) filter (where status_rank = 1) as required_present,
        count(*) filter (where status_rank = 2) as required_declared_empty,
        count(*) filter (where status_rank is null or status_rank = 3) as required_missing
    from required_status
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
    documents.is_template,
    documents.entity_kind,
    documents.loaded_at,
    coalesce(completeness.required_sections, 0) as required_sections,
    coalesce(completeness.required_present, 0) as required_present,
    coalesce(completeness.required_declared_empty, 0) as required_declared_empty,
    coalesce(completeness.required_missing, 0) as required_missing,
    cast(
        case
            when completeness.required_sections > 0
                then 100.0 * (completeness.required_present + completeness.required_declared_empty)
                    / (completeness.required_sections + coalesce(warnings.figures_unreadable, 0))
        end as decimal(9, 4)
    ) as completeness_score,
    coalesce(section_counts.sections_present, 0) as sections_present,
    coalesce(section_counts.sections_declared_empty, 0) as sections_declared_empty,
    coalesce(section_counts.sections_missing, 0) as sections_missing,
    coalesce(warnings.parse_warnings, 0) as parse_warnings,
    coalesce(warnings.figures_unreadable, 0) as figures_unreadable
from documents
left join completeness on documents.document_id = completeness.document_id
left join section_counts on documents.document_id = section_counts.document_id
left join warnings on documents.document_id = warnings.document_id
