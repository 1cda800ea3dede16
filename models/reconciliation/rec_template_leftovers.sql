{#-
    Template leftovers (R21): a published document carries no placeholder or template text
    (XX, ××, 某某, empty brackets, 模板 / 填写说明). One failed row per leftover found (per token and
    line); one passed row for a document without any. A blank form (is_template) is not checked.
-#}

with

documents as (

    select * from {{ ref('stg_disclosures__documents') }}
    where not is_template

),

leftovers as (

    -- one finding per token and line: a line printing the same leftover twice (《…自评报告().doc》…
    -- 《…自评报告().doc(8页)》) is one place to look
    select
        document_id,
        token,
        source_line,
        source_page,
        min(snippet) as snippet
    from {{ ref('stg_disclosures__template_leftovers') }}
    group by document_id, token, source_line, source_page

)

select
    l.document_id,
    'R21' as rule_id,
    'leftover ' || l.token || ' @' || {{ page_line('l.source_line', 'l.source_page') }} as check_key,
    'placeholder or template text left in a published document: ' || l.token as description,
    0 as expected,
    1 as actual,
    1 as difference,
    0 as tolerance,
    'count' as unit,
    'failed' as outcome,
    l.snippet || ' (' || {{ page_line('l.source_line', 'l.source_page') }} || ')' as source_lines,
    l.source_line as stated_line,
    l.source_page as stated_page,
    l.snippet
from leftovers as l
inner join documents as d on l.document_id = d.document_id
union all
select
    d.document_id,
    'R21' as rule_id,
    'no leftover' as check_key,
    'no placeholder or template text in the document' as description,
    0 as expected,
    0 as actual,
    0 as difference,
    0 as tolerance,
    'count' as unit,
    'passed' as outcome,
    cast(null as varchar) as source_lines,
    cast(null as integer) as stated_line,
    cast(null as integer) as stated_page,
    cast(null as varchar) as snippet
from documents as d
anti join leftovers as l on d.document_id = l.document_id
