{#-
    Every reconciliation check of every document: one row per document × rule × checked instance
    (check_key names what was compared). A rule with no instance in a document gets one
    `not_applicable` row (check_key '*'), so each document × rule is accounted for.
    expected: what the other figures imply; actual: the figure the document states;
    difference = actual − expected; tolerance: derived from the printed precision of every
    figure involved. stated_line/page and implied_line/page locate the two sides where a rule
    records them (R14, R16, R18–R23), and snippet quotes the source (marts.fct_review_finding
    reads them). The Great Expectations suites (expectations/) assert on these rows.
    severity is the rule's (rec_rule_catalog) unless a check states its own (R17: a wrong parent
    code is an error, an unknown code or name a warning).
-#}

with

checks as (

    select * from {{ ref('rec_summary_balances') }}
    union all by name
    select * from {{ ref('rec_shares') }}
    union all by name
    select * from {{ ref('rec_functional_breakdown') }}
    union all by name
    select * from {{ ref('rec_basic_expenditure') }}
    union all by name
    select * from {{ ref('rec_three_public') }}
    union all by name
    select * from {{ ref('rec_growth') }}
    union all by name
    select * from {{ ref('rec_project_performance') }}
    union all by name
    select * from {{ ref('rec_procurement') }}
    union all by name
    select * from {{ ref('rec_repeated_figures') }}
    union all by name
    select * from {{ ref('rec_target_tasks') }}
    union all by name
    select * from {{ ref('rec_cross_year') }}
    union all by name
    select * from {{ ref('rec_budget_vs_final') }}
    union all by name
    select * from {{ ref('rec_direction_words') }}
    union all by name
    select * from {{ ref('rec_year_consistency') }}
    union all by name
    select * from {{ ref('rec_template_leftovers') }}
    union all by name
    select * from {{ ref('rec_narrative_vs_table') }}
    union all by name
    select * from {{ ref('rec_required_tables') }}
    union all by name
    select * from {{ ref('rec_functional_codes') }}
    union all by name
    select * from {{ ref('rec_department_funds') }}

),

rules as (

    select * from {{ ref('rec_rule_catalog') }}

),

documents as (

    select document_id from {{ ref('stg_disclosures__documents') }}

),

missing_rules as (

    select
        d.document_id,
        r.rule_id,
        '*' as check_key,
        r.title || ' — the document states no such figures' as description,
        cast(null as double) as expected,
        cast(null as double) as actual,
        cast(null as double) as difference,
        cast(null as double) as tolerance,
        cast(null as varchar) as unit,
        'not_applicable' as outcome,
        cast(null as varchar) as source_lines
    from documents as d
    cross join rules as r
    anti join checks as c
        on d.document_id = c.document_id and r.rule_id = c.rule_id

),

all_checks as (

    select * from checks
    union all by name
    select * from missing_rules

)

select
    c.document_id,
    c.rule_id,
    r.rule_family,
    c.check_key,
    c.description,
    cast(c.expected as decimal(24, 6)) as expected,
    cast(c.actual as decimal(24, 6)) as actual,
    cast(c.difference as decimal(24, 6)) as difference,
    case when c.outcome <> 'not_applicable' then cast(c.tolerance as decimal(24, 6)) end as tolerance,
    c.unit,
    c.outcome,
    coalesce(c.severity, r.severity) as severity,
    c.source_lines,
    cast(c.stated_line as integer) as stated_line,
    cast(c.stated_page as integer) as stated_page,
    cast(c.implied_line as integer) as implied_line,
    cast(c.implied_page as integer) as implied_page,
    c.snippet
from all_checks as c
inner join rules as r on c.rule_id = r.rule_id
inner join documents as d on c.document_id = d.document_id
