-- One row per finding of the current build: every reconciliation check (R01–R24, and any rule
-- added to rec_rule_catalog later) that failed or lacked data, with its document, department and
-- year, both figures as DECIMAL with their unit, the page and line of each side and a snippet of
-- the source, so "every finding of county X in year Y, and where to look" is one query.
-- Rules that record both sides (R14, R16, R18–R23) give stated_* / implied_* directly; for the
-- others they are the first and the last reference of source_lines ('p21 L25' or 'L25').
with

checks as (

    select * from {{ ref('rec_reconciliation_checks') }}
    where outcome in ('failed', 'insufficient_data')

),

rules as (

    select * from {{ ref('rec_rule_catalog') }}

),

documents as (

    select * from {{ ref('int_documents_resolved') }}

),

departments as (

    select * from {{ ref('dim_department') }}

),

located as (

    select
        *,
        regexp_extract_all(source_lines, '\((?:p\d+ )?L(\d+)\)', 1) as ref_lines,
        regexp_extract_all(source_lines, '\((?:p(\d+) )?L\d+\)', 1) as ref_pages
    from checks

)

select
    {{ surrogate_key(['c.document_id', 'c.rule_id', 'c.check_key']) }} as review_finding_id,
    c.document_id,
    d.file_name,
    d.doc_type,
    coalesce(d.department_id, {{ missing_key() }}) as department_id,
    coalesce(dep.department_name, d.department_name) as department_name,
    dep.province,
    dep.prefecture,
    dep.county,
    d.fiscal_year,
    c.rule_id,
    r.title as rule_title,
    c.rule_family,
    c.severity,
    c.outcome,
    c.check_key,
    c.description as checked,
    c.actual as stated_value,
    c.expected as implied_value,
    c.unit,
    c.difference,
    c.tolerance,
    coalesce(c.stated_page, try_cast(nullif(c.ref_pages[1], '') as integer)) as stated_page,
    coalesce(c.stated_line, try_cast(c.ref_lines[1] as integer)) as stated_line,
    coalesce(
        c.implied_page,
        case when len(c.ref_lines) > 1 then try_cast(nullif(c.ref_pages[-1], '') as integer) end
    ) as implied_page,
    coalesce(c.implied_line, case when len(c.ref_lines) > 1 then try_cast(c.ref_lines[-1] as integer) end)
        as implied_line,
    coalesce(c.snippet, left(c.source_lines, 160)) as snippet,
    c.source_lines
from located as c
inner join rules as r on c.rule_id = r.rule_id
left join documents as d on c.document_id = d.document_id
left join departments as dep on d.department_id = dep.department_id
