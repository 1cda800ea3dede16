{#-
    Prose against tables (R22): a figure printed in a narrative sentence and in one of the tables
    (totals, 类 amounts, 基本 / 项目支出, 人员 / 公用经费, 三公 items, 机关运行经费, 财政拨款收入支出总计)
    has one value. Each prose statement is compared with every table statement of the same
    figure (功能分类 items within one scope, seed functional_origin_scopes); one row per figure,
    the pair that differs most: expected = the table's value, actual = the prose's, tolerance =
    half a unit of the coarser printing (0.3 万元 against 2,961.68 万元 may differ by 0.05 万元).
-#}

with

statements as (

    select * from {{ ref('rec_figure_statements') }}

),

pairs as (

    select
        n.document_id,
        n.figure_key,
        n.figure_label,
        n.unit,
        t.value as table_value,
        n.value as prose_value,
        greatest(n.half_ulp, t.half_ulp) as tolerance,
        n.source_ref as prose_ref,
        t.source_ref as table_ref,
        n.source_line as prose_line,
        n.source_page as prose_page,
        t.source_line as table_line,
        t.source_page as table_page,
        row_number() over (
            partition by n.document_id, n.figure_key
            order by
                abs(n.value - t.value) - greatest(n.half_ulp, t.half_ulp) desc,
                n.page asc, n.source_line asc, t.page asc, t.source_line asc
        ) as pair_rank
    from statements as n
    inner join statements as t
        on
        n.document_id = t.document_id and n.figure_key = t.figure_key
        and n.origin_kind = 'narrative' and t.origin_kind = 'table'

)

select
    document_id,
    'R22' as rule_id,
    figure_key as check_key,
    figure_label || ': the prose and the table state one value' as description,
    table_value as expected,
    prose_value as actual,
    prose_value - table_value as difference,
    tolerance,
    unit,
    case when abs(prose_value - table_value) <= tolerance then 'passed' else 'failed' end as outcome,
    prose_ref || '; ' || table_ref as source_lines,
    prose_line as stated_line,
    prose_page as stated_page,
    table_line as implied_line,
    table_page as implied_page,
    left(prose_ref || '; ' || table_ref, 160) as snippet
from pairs
where pair_rank = 1
