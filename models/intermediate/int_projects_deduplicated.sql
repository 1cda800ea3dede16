-- Project self-evaluation tables (项目支出绩效自评表) of the documents that contribute facts (one
-- file per project is common: int_documents_resolved), one row per
-- department × year × project: a table printed twice (or read twice) keeps its first complete
-- copy. `kept_project_key` maps every copy's project_key to the kept one, so indicators of the
-- dropped copies can be dropped too.
with

projects as (

    select
        *,
        {{ name_key('name') }} as project_name_key
    from {{ ref('stg_performance__projects') }}

),

documents as (

    select * from {{ ref('int_documents_resolved') }}
    where contributes_facts and fiscal_year is not null

),

ranked as (

    select
        documents.department_id,
        documents.fiscal_year,
        projects.*,
        count(*) over project_copies as copies_read,
        row_number() over (
            project_copies
            order by
                (documents.doc_type = 'final_account') desc,
                (projects.executed_yuan is not null) desc,
                documents.is_primary desc,
                documents.loaded_at desc,
                projects.document_id asc,
                projects.record_index asc
        ) as copy_rank
    from projects
    inner join documents on projects.document_id = documents.document_id
    window project_copies as (partition by documents.department_id, documents.fiscal_year, projects.project_name_key)

)

select
    *,
    first_value(document_id) over project_copies as kept_document_id,
    first_value(project_key) over project_copies as kept_project_key
from ranked
window project_copies as (
    partition by department_id, fiscal_year, project_name_key
    order by copy_rank
    rows between unbounded preceding and unbounded following
)
