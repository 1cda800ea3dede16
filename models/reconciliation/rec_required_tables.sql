{#-
    Required tables (R23): each table or section its kind must publish (seed required_sections:
    the nine tables and the narrative of a 决算, the budget tables of a 预算 …) is present, or
    declared empty; an empty 政府性基金 / 国有资本经营 table carries the statement that the
    department has none (本部门无…). One row per document × required section; expected 1 (must
    be there), actual 1 when it is. A document whose parser reports no section at all (the
    performance-target text layouts) is insufficient_data, not a missing table. A blank form
    (is_template) is not checked.
-#}

with

documents as (

    select * from {{ ref('stg_disclosures__documents') }}
    where not is_template

),

statuses as (

    select * from {{ ref('stg_disclosures__section_statuses') }}

),

required as (

    select * from {{ ref('required_sections') }}

),

-- documents whose parser reports sections at all: for the others a missing table is unknown
reporting as (

    select distinct document_id from statuses

),

matched as (

    select
        d.document_id,
        r.section_key,
        r.label_zh,
        s.status,
        s.statement,
        s.section,
        s.source_line,
        s.source_page,
        row_number() over (
            partition by d.document_id, r.section_key
            order by
                case s.status when 'present' then 1 when 'empty' then 2 when 'missing' then 3 else 4 end,
                s.statement is null,
                coalesce(s.source_page, 0),
                s.source_line
        ) as status_rank
    from documents as d
    inner join required as r on d.doc_type = r.doc_type
    left join statuses as s
        on d.document_id = s.document_id
        and regexp_matches(s.section, r.section_pattern)

),

best as (

    select
        *,
        case
            when status = 'present' then 'passed'
            when status = 'empty' and section_key in ('government_fund', 'state_capital')
                and not regexp_matches(coalesce(statement, ''), '无|没有') then 'failed'
            when status = 'empty' then 'passed'
            when document_id not in (select reporting.document_id from reporting) then 'insufficient_data'
            else 'failed'
        end as outcome
    from matched
    where status_rank = 1

)

select
    document_id,
    'R23' as rule_id,
    section_key as check_key,
    case
        when status = 'empty' then label_zh || ': declared empty, with the statement that there is none'
        else label_zh || ': required of its kind'
    end as description,
    1 as expected,
    case outcome when 'passed' then 1 when 'failed' then 0 end as actual,
    case outcome when 'passed' then 0 when 'failed' then -1 end as difference,
    0 as tolerance,
    'table' as unit,
    outcome,
    coalesce(
        section || ' ' || coalesce(status, '') || coalesce(': ' || statement, '')
        || ' (' || {{ page_line('source_line', 'source_page') }} || ')',
        label_zh || ' not found'
    ) as source_lines,
    source_line as stated_line,
    source_page as stated_page,
    left(coalesce(statement, section, label_zh || ' not found'), 80) as snippet
from best
