{#-
    Required tables (R23): each table or section its kind must publish (seeds/required_tables.csv,
    the list completeness_score counts: the nine tables of a 决算 and its sections on 机关运行经费,
    政府采购, 国有资产 and 绩效, the nine tables of a 预算, the 绩效目标表) is present, or declared
    empty; an empty 政府性基金 / 国有资本经营 table carries the statement that the department has
    none (本部门无…). One row per document × required table (marts.fct_document_required_table);
    expected 1 (must be there), actual 1 when it is. A document whose parser reports no section at
    all, nor any figure, is insufficient_data, not a missing table. A blank form (is_template) is
    not checked. A part of a document — a web page showing one section, a 三公 statement published
    on its own, an excerpt — prints fewer than three of what its kind requires (or fewer than all,
    where the kind requires fewer than three), and something of it was read (a section or a figure):
    it is not judged on the rest (not_applicable), as it never claimed to be the whole publication.
-#}

with

documents as (

    select * from {{ ref('stg_disclosures__documents') }}
    where not is_template

),

required as (

    select * from {{ ref('fct_document_required_table') }}

),

-- how much of what its kind requires each document prints: fewer than three is a part of a document
coverage as (

    select
        document_id,
        count(*) as required_count,
        count(*) filter (where status in ('present', 'declared_empty')) as printed_count
    from required
    group by document_id

),

-- documents whose parser reports sections at all: for the others a missing table is unknown
reporting as (

    select distinct document_id from {{ ref('stg_disclosures__section_statuses') }}

),

-- documents something was read of (a section, or a figure of a sentence or a table): one printing
-- little of what its kind requires is then a part of a document, not an unread one
read_documents as (

    select reporting.document_id from reporting
    union
    select distinct document_id from {{ ref('stg_disclosures__stated_figures') }}

),

best as (

    select
        required.*,
        coverage.printed_count,
        coverage.required_count,
        case
            when coverage.printed_count < least(3, coverage.required_count)
                and required.document_id in (select read_documents.document_id from read_documents)
                then 'not_applicable'
            when required.status = 'present' then 'passed'
            when required.status = 'declared_empty' and required.table_key in ('government_fund', 'state_capital')
                and not regexp_matches(coalesce(required.empty_statement, ''), '无|没有') then 'failed'
            when required.status = 'declared_empty' then 'passed'
            when required.document_id not in (select reporting.document_id from reporting) then 'insufficient_data'
            else 'failed'
        end as outcome
    from required
    inner join documents on required.document_id = documents.document_id
    inner join coverage on required.document_id = coverage.document_id

)

select
    document_id,
    'R23' as rule_id,
    table_key as check_key,
    case
        when outcome = 'not_applicable'
            then
                title_zh || ': not judged — a part of a document (' || printed_count || ' of '
                || required_count || ' required tables and sections printed)'
        when status = 'declared_empty' then title_zh || ': declared empty, with the statement that there is none'
        else title_zh || ': required of its kind'
    end as description,
    1 as expected,
    case outcome when 'passed' then 1 when 'failed' then 0 end as actual,
    case outcome when 'passed' then 0 when 'failed' then -1 end as difference,
    0 as tolerance,
    'table' as unit,
    outcome,
    coalesce(
        title_zh || ' ' || status || coalesce(': ' || empty_statement, '')
        || ' (' || {{ page_line('source_line', 'source_page') }} || ')',
        title_zh || ' not found'
    ) as source_lines,
    source_line as stated_line,
    source_page as stated_page,
    left(coalesce(empty_statement, missing_reason, title_zh), 80) as snippet
from best
