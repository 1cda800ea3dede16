-- One row per fiscal year (财政年度) from the year before the first document to the last
-- document's year, so derived prior-year rows always find their year.
with

documents as (

    select * from {{ ref('int_documents_resolved') }}
    where fiscal_year is not null

),

bounds as (

    select
        coalesce(min(fiscal_year) - 1, year(current_date) - 1) as first_year,
        coalesce(max(fiscal_year), year(current_date)) as last_year
    from documents

),

years as (

    select cast(years.fiscal_year as integer) as fiscal_year
    from bounds
    cross join generate_series(bounds.first_year, bounds.last_year) as years (fiscal_year)

),

counts as (

    select
        fiscal_year,
        count(*) as document_count,
        count(distinct department_id) as department_count
    from documents
    group by fiscal_year

)

select
    years.fiscal_year,
    cast(years.fiscal_year as varchar) || '年度' as fiscal_year_label,
    make_date(years.fiscal_year, 1, 1) as year_start,
    make_date(years.fiscal_year, 12, 31) as year_end,
    coalesce(counts.document_count, 0) as document_count,
    coalesce(counts.department_count, 0) as department_count
from years
left join counts on years.fiscal_year = counts.fiscal_year
