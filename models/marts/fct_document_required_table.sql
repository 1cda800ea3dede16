-- Completeness, one row per document × table its kind must print (seeds/required_tables.csv: the
-- nine 决算 tables, the nine 预算 tables, the 绩效目标表; and the 决算's sections on 机关运行经费,
-- 政府采购, 国有资产 and 绩效, kind `section`, which R23 checks but completeness_score does not
-- count): present, declared empty (本部门无…, or a table printed without figures), or missing with
-- the reason. Titles are matched by structure
-- upstream (ingest/pdf/tables.py reads 2024年部门收入预算总表 as 收入预算总表 and reports it as
-- `table:<canonical title>`; a text narrative reports its section key), so here they compare
-- exactly. A document whose tables were read (a PDF) counts only its tables; a text narrative, which
-- prints no tables, counts its sections. A 绩效目标表 is present when its indicators or tasks were read.
with

documents as (

    select * from {{ ref('int_documents_resolved') }}

),

required as (

    select * from {{ ref('required_tables') }}

),

statuses as (

    select
        *,
        bool_or(section like 'table:%') over (partition by document_id) as document_has_tables
    from {{ ref('stg_disclosures__section_statuses') }}

),

target_rows as (

    select
        document_id,
        min(source_line) as source_line,
        min(source_page) as source_page
    from (
        select
            document_id,
            source_line,
            source_page
        from {{ ref('stg_performance__indicators') }}
        where stage = 'target'
        union all
        select
            document_id,
            source_line,
            source_page
        from {{ ref('stg_performance__target_tasks') }}
    ) as read_rows
    group by document_id

),

matched as (

    select
        documents.document_id,
        documents.doc_type,
        required.table_key,
        required.title_zh,
        required.kind,
        required.sort_order,
        statuses.status,
        statuses.statement,
        statuses.source_line,
        statuses.source_page,
        case statuses.status when 'present' then 1 when 'empty' then 2 when 'missing' then 3 end as status_rank,
        statuses.section like 'table:%' as is_table_status
    from documents
    inner join required on documents.doc_type = required.doc_type
    left join statuses
        on documents.document_id = statuses.document_id
        and (
            statuses.section = 'table:' || required.title_zh
            or (
                required.narrative_key = statuses.section
                and (required.kind = 'section' or not statuses.document_has_tables)
            )
        )

),

best as (

    select *
    from matched
    qualify row_number() over (
            partition by document_id, table_key
            order by status_rank nulls last, source_line
        ) = 1

)

select
    {{ surrogate_key(['best.document_id', 'best.table_key']) }} as document_required_table_id,
    best.document_id,
    best.doc_type,
    best.table_key,
    best.title_zh,
    best.kind,
    best.sort_order,
    case
        when target_rows.document_id is not null then 'present'
        when best.status = 'empty' then 'declared_empty'
        when best.status = 'present' then 'present'
        else 'missing'
    end as status,
    best.statement as empty_statement,
    case
        when target_rows.document_id is not null or best.status in ('present', 'empty') then null
        when best.doc_type = 'performance_target'
            then '未读到' || best.title_zh || ': no indicator or task row of the target table was read'
        when best.status = 'missing' and best.is_table_status
            then '未找到' || best.title_zh || ': no table title of the document reads as this table'
        when best.status = 'missing'
            then '未找到' || best.title_zh || ': the narrative has no section on it and no 本部门无… statement'
        else '未找到' || best.title_zh || ': neither a table titled so nor a narrative section on it was read'
    end as missing_reason,
    coalesce(target_rows.source_line, best.source_line) as source_line,
    coalesce(target_rows.source_page, best.source_page) as source_page
from best
left join target_rows
    on best.document_id = target_rows.document_id
    and best.doc_type = 'performance_target'
