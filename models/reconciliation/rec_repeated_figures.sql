{#-
    Figures stated twice (R14): a department metric, a 功能分类 item or a project table printed
    more than once in one document in the same kind of place — two tables (收入支出决算总表 and
    支出决算表, a table repeated in an annex) or two sentences — has one value. Prose against a
    table is R22 (rec_narrative_vs_table). One row per repeated figure: expected = the first
    statement, actual = the one that differs most from it; tolerance = half a unit of the coarser
    printing: the same figure printed twice to the same precision rounds the same way, so any
    difference then is a conflict (6.2 vs 6.23 万元 may differ by 0.05).
    功能分类 items are compared within one scope (seed functional_origin_scopes): tables of
    different scope (收入决算表 income by function vs 支出决算表 expenditure) state different totals
    for one code.
-#}

with

statements as (

    select * from {{ ref('rec_figure_statements') }}

),

ranked as (

    select
        *,
        row_number()
            over (partition by document_id, figure_key, origin_kind order by page, source_line, record_index)
            as statement_rank,
        count(*) over (partition by document_id, figure_key, origin_kind) as n_statements
    from statements

),

firsts as (

    select * from ranked
    where statement_rank = 1 and n_statements > 1

),

pairs as (

    select
        f.document_id,
        f.figure_key,
        f.figure_label,
        f.unit,
        f.n_statements,
        f.origin_kind,
        f.value as first_value,
        r.value as other_value,
        greatest(f.half_ulp, r.half_ulp) as tolerance,
        f.source_ref as first_ref,
        r.source_ref as other_ref,
        f.source_line as first_line,
        f.source_page as first_page,
        r.source_line as other_line,
        r.source_page as other_page,
        row_number() over (
            partition by f.document_id, f.figure_key, f.origin_kind
            order by abs(r.value - f.value) - greatest(f.half_ulp, r.half_ulp) desc, r.statement_rank
        ) as pair_rank
    from firsts as f
    inner join ranked as r
        on
        f.document_id = r.document_id and f.figure_key = r.figure_key
        and f.origin_kind = r.origin_kind and r.statement_rank > 1

)

select
    document_id,
    'R14' as rule_id,
    figure_key || case when origin_kind = 'narrative' then ' [prose]' else '' end as check_key,
    figure_label || ' stated ' || n_statements || ' times in '
    || case when origin_kind = 'narrative' then 'the prose' else 'tables' end || ': one value' as description,
    first_value as expected,
    other_value as actual,
    other_value - first_value as difference,
    tolerance,
    unit,
    case when abs(other_value - first_value) <= tolerance then 'passed' else 'failed' end as outcome,
    first_ref || '; ' || other_ref as source_lines,
    other_line as stated_line,
    other_page as stated_page,
    first_line as implied_line,
    first_page as implied_page,
    left(first_ref || '; ' || other_ref, 160) as snippet
from pairs
where pair_rank = 1
