{#-
    Year consistency (R20): every year a document states for itself — a title or heading
    (2024年度部门决算), its own name with a year, the date of its asset figures (截至 X 年 12 月 31
    日) — is its fiscal year. A budget may date its assets at the end of the year before; a report on
    one year's execution presents the next year's draft budget with it (2024年预算草案: context draft).
    Comparisons with another year are not statements about itself (ingest/review/years.py skips
    them). A blank form (is_template) is not checked.
-#}

with

documents as (

    select * from {{ ref('stg_disclosures__documents') }}
    where not is_template and fiscal_year is not null

),

statements as (

    select * from {{ ref('stg_disclosures__year_statements') }}

)

select
    s.document_id,
    'R20' as rule_id,
    'year ' || s.context || ' ' || s.stated_year || ' @'
    || {{ page_line('s.source_line', 's.source_page') }} as check_key,
    'a year the document states for itself (' || s.context || ') is its fiscal year' as description,
    d.fiscal_year as expected,
    s.stated_year as actual,
    s.stated_year - d.fiscal_year as difference,
    0 as tolerance,
    'year' as unit,
    case
        when s.stated_year = d.fiscal_year then 'passed'
        when s.context = 'as_of' and d.doc_type = 'budget' and s.stated_year = d.fiscal_year - 1 then 'passed'
        -- a report on one year's execution presents the next year's draft budget with it
        when s.context = 'draft' and s.stated_year = d.fiscal_year + 1 then 'passed'
        else 'failed'
    end as outcome,
    s.snippet || ' (' || {{ page_line('s.source_line', 's.source_page') }} || ')' as source_lines,
    s.source_line as stated_line,
    s.source_page as stated_page,
    d.source_line as implied_line,
    d.source_page as implied_page,
    s.snippet
from statements as s
inner join documents as d on s.document_id = d.document_id
-- a line that states the same year twice (a title repeated on a flattened page) is one check
qualify row_number() over (
        partition by s.document_id, s.context, s.stated_year, s.source_line, s.source_page
        order by s.snippet
    ) = 1
