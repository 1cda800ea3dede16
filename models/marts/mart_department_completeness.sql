-- Departments ranked by how complete their latest disclosure is: the share of the required
-- tables of its doc_type present or declared empty (dim_document.completeness_score). A document
-- whose year nothing states (not its text, a manifest or its folders) is no one's latest, and an
-- aggregate (区本级, 县汇总: a region, not a department) is no department: both stay in dim_document
-- only, as they stay out of the facts and of mart_department_year.
with

documents as (

    select * from {{ ref('dim_document') }}
    where is_primary and fiscal_year is not null and entity_kind = 'department'

),

latest as (

    select *
    from documents
    qualify row_number() over (
            partition by department_id, doc_type
            order by fiscal_year desc nulls last, loaded_at desc, document_id asc
        ) = 1

)

select
    {{ surrogate_key(['latest.department_id', 'latest.doc_type']) }} as department_completeness_id,
    latest.department_id,
    departments.department_name,
    departments.province,
    departments.prefecture,
    departments.county,
    latest.doc_type,
    latest.fiscal_year,
    latest.document_id,
    latest.required_tables,
    latest.required_present,
    latest.required_declared_empty,
    latest.required_missing,
    latest.completeness_score,
    latest.missing_tables,
    latest.parse_warnings,
    dense_rank() over (
        partition by latest.doc_type
        order by latest.completeness_score desc nulls last
    ) as completeness_rank
from latest
inner join {{ ref('dim_department') }} as departments on latest.department_id = departments.department_id
