{#-
    Project self-evaluation tables (项目支出绩效自评表):
    R11 执行率 = 全年执行数 ÷ 全年预算数 × 100; 资金得分 = 分值 × min(执行率, 100%);
    R12 总分 = 资金得分 + Σ 指标得分; every 得分 ≤ its 分值; 分值 (funds + indicators) = the stated 总分 weight (100).
    Scores of one table are printed to one precision: the finest printed in the table (trailing
    zeros folded) gives the half-unit every score may be off by; a table of whole scores is exact.
    Weights (分值) are assigned, not measured: exact unless printed to 0.01 (e.g. 33.33).
-#}

with

projects as (

    select
        *,
        coalesce(ulp_yuan, 100) / 2 as half_ulp,
        name || ' @' || {{ page_line('source_line', 'source_page') }} as subject
    from {{ ref('stg_performance__projects') }}

),

indicators as (

    select *
    from {{ ref('stg_performance__indicators') }}
    where project_key is not null and stage = 'self_evaluation'

),

indicator_totals as (

    select
        document_id,
        project_key,
        count(*) as n_indicators,
        count(score) as n_scores,
        count(weight) as n_weights,
        sum(score) as score_sum,
        sum(weight) as weight_sum,
        max(length(split_part(rtrim(rtrim(cast(abs(score) as varchar), '0'), '.'), '.', 2))) as score_decimals,
        max(length(split_part(rtrim(rtrim(cast(abs(weight) as varchar), '0'), '.'), '.', 2))) as weight_decimals,
        count(*) filter (where score > weight) as n_over,
        string_agg(
            level3_name || ' 得分' || cast(score as varchar) || ' > 分值' || cast(weight as varchar)
            || ' (' || {{ page_line('source_line', 'source_page') }} || ')', '; '
        ) filter (where score > weight
        ) as over_refs,
        max(score - weight) filter (where score > weight) as max_excess
    from indicators
    group by document_id, project_key

),

joined as (

    select
        p.*,
        t.n_indicators,
        t.n_scores,
        t.n_weights,
        t.score_sum,
        t.weight_sum,
        t.n_over,
        t.over_refs,
        t.max_excess,
        -- integer scores and weights are assigned, not rounded: exact (half-unit 0)
        case when greatest(
                    coalesce(t.score_decimals, 0),
                    length(
                        split_part(rtrim(rtrim(cast(abs(coalesce(p.total_score, 0)) as varchar), '0'), '.'), '.', 2)
                    ),
                    length(split_part(rtrim(rtrim(cast(abs(coalesce(p.funds_score, 0)) as varchar), '0'), '.'), '.', 2))
                ) = 0 then 0 else 0.5 / power(10, greatest(
                    coalesce(t.score_decimals, 0),
                    length(
                        split_part(rtrim(rtrim(cast(abs(coalesce(p.total_score, 0)) as varchar), '0'), '.'), '.', 2)
                    ),
                    length(split_part(rtrim(rtrim(cast(abs(coalesce(p.funds_score, 0)) as varchar), '0'), '.'), '.', 2))
                ))
        end as score_half_ulp,
        case when greatest(
                    coalesce(t.weight_decimals, 0),
                    length(
                        split_part(rtrim(rtrim(cast(abs(coalesce(p.funds_weight, 0)) as varchar), '0'), '.'), '.', 2)
                    )
                ) < 2 then 0 else 0.5 / power(10, greatest(
                    coalesce(t.weight_decimals, 0),
                    length(
                        split_part(rtrim(rtrim(cast(abs(coalesce(p.funds_weight, 0)) as varchar), '0'), '.'), '.', 2)
                    )
                ))
        end as weight_half_ulp,
        0.5 / power(10, length(split_part(rtrim(rtrim(cast(abs(p.execution_rate) as varchar), '0'), '.'), '.', 2)))
            as rate_half_ulp,
        case when p.budget_full_year_yuan <> 0
                then cast(p.executed_yuan as double) / cast(p.budget_full_year_yuan as double)
        end as computed_ratio,
        p.name || ': 全年预算数 ' || printf('%.2f万元', cast(p.budget_full_year_yuan as double) / 10000)
        || ', 全年执行数 ' || printf('%.2f万元', cast(p.executed_yuan as double) / 10000)
        || ', 执行率 ' || coalesce(cast(p.execution_rate as varchar) || '%', '—')
        || ', 分值 ' || coalesce(cast(p.funds_weight as varchar), '—')
        || ', 得分 ' || coalesce(cast(p.funds_score as varchar), '—')
        || ', 总分 ' || coalesce(cast(p.total_score as varchar), '—')
        || ' (' || {{ page_line('p.source_line', 'p.source_page') }} || ')' as project_ref
    from projects as p
    left join indicator_totals as t
        on p.document_id = t.document_id and p.project_key = t.project_key

),

execution_rate_checks as (

    select
        document_id,
        'R11' as rule_id,
        subject || ' execution_rate' as check_key,
        '执行率 = 全年执行数 ÷ 全年预算数'
        || case when budget_full_year_yuan is null or executed_yuan is null then ' — missing: the amounts' else '' end
            as description,
        computed_ratio * 100 as expected,
        execution_rate as actual,
        execution_rate - computed_ratio * 100 as difference,
        rate_half_ulp + 100 * (half_ulp + abs(computed_ratio) * half_ulp) / abs(cast(budget_full_year_yuan as double))
            as tolerance,
        'percent' as unit,
        case
            when budget_full_year_yuan is null or executed_yuan is null then 'insufficient_data'
            when budget_full_year_yuan = 0 then 'not_applicable'
            when abs(execution_rate - computed_ratio * 100)
                <= rate_half_ulp
                + 100 * (half_ulp + abs(computed_ratio) * half_ulp) / abs(cast(budget_full_year_yuan as double))
                then 'passed'
            else 'failed'
        end as outcome,
        project_ref as source_lines
    from joined
    where execution_rate is not null

),

funds_score_checks as (

    select
        document_id,
        'R11' as rule_id,
        subject || ' funds_score' as check_key,
        '资金得分 = 分值 × min(执行率, 100%)'
        || case when budget_full_year_yuan is null or executed_yuan is null then ' — missing: the amounts' else '' end
            as description,
        funds_weight * least(computed_ratio, 1) as expected,
        funds_score as actual,
        funds_score - funds_weight * least(computed_ratio, 1) as difference,
        score_half_ulp
        + case when computed_ratio < 1
                then
                    funds_weight * (half_ulp + computed_ratio * half_ulp) / abs(cast(budget_full_year_yuan as double))
            else 0
        end as tolerance,
        'score' as unit,
        case
            when budget_full_year_yuan is null or executed_yuan is null then 'insufficient_data'
            when budget_full_year_yuan = 0 then 'not_applicable'
            when abs(funds_score - funds_weight * least(computed_ratio, 1))
                <= score_half_ulp
                + case when computed_ratio < 1
                        then
                            funds_weight
                            * (half_ulp + computed_ratio * half_ulp)
                            / abs(cast(budget_full_year_yuan as double))
                    else 0
                end
                then 'passed'
            else 'failed'
        end as outcome,
        project_ref as source_lines
    from joined
    where funds_score is not null and funds_weight is not null

),

total_score_checks as (

    select
        document_id,
        'R12' as rule_id,
        subject || ' total_score' as check_key,
        '总分 = 资金得分 + Σ 指标得分 (' || coalesce(n_scores, 0) || ')'
        || case
            when total_score is null then ' — missing: 总分'
            when funds_score is null and funds_weight is not null then ' — missing: 资金得分'
            when coalesce(n_scores, 0) = 0 then ' — missing: indicator scores'
            else ''
        end as description,
        coalesce(funds_score, 0) + score_sum as expected,
        total_score as actual,
        total_score - (coalesce(funds_score, 0) + score_sum) as difference,
        (coalesce(n_scores, 0) + 2) * score_half_ulp as tolerance,
        'score' as unit,
        case
            when total_score is null or coalesce(n_scores, 0) = 0
                or (funds_score is null and funds_weight is not null) then 'insufficient_data'
            when
                abs(total_score - (coalesce(funds_score, 0) + score_sum)) <= (n_scores + 2) * score_half_ulp
                then 'passed'
            else 'failed'
        end as outcome,
        project_ref as source_lines
    from joined
    where total_score is not null or n_scores > 0

),

weight_checks as (

    select
        document_id,
        'R12' as rule_id,
        subject || ' weights' as check_key,
        '分值合计 (资金 + ' || coalesce(n_weights, 0) || ' 指标) = 总分值'
        || case when total_weight is null then ' — missing: 总分值' else '' end as description,
        total_weight as expected,
        coalesce(funds_weight, 0) + weight_sum as actual,
        coalesce(funds_weight, 0) + weight_sum - total_weight as difference,
        (coalesce(n_weights, 0) + 2) * weight_half_ulp as tolerance,
        'score' as unit,
        case
            when total_weight is null or coalesce(n_weights, 0) = 0 then 'insufficient_data'
            when
                abs(coalesce(funds_weight, 0) + weight_sum - total_weight) <= (n_weights + 2) * weight_half_ulp
                then 'passed'
            else 'failed'
        end as outcome,
        project_ref as source_lines
    from joined
    where n_weights > 0

),

within_weight_checks as (

    select
        document_id,
        'R12' as rule_id,
        subject || ' scores <= weights' as check_key,
        '每项得分 ≤ 其分值 (' || n_indicators || ' 指标 + 资金)' as description,
        cast(0 as double) as expected,
        greatest(coalesce(max_excess, 0), coalesce(funds_score - funds_weight, 0), 0) as actual,
        greatest(coalesce(max_excess, 0), coalesce(funds_score - funds_weight, 0), 0) as difference,
        score_half_ulp + weight_half_ulp as tolerance,
        'score' as unit,
        case
            when greatest(coalesce(max_excess, 0), coalesce(funds_score - funds_weight, 0), 0)
                <= score_half_ulp + weight_half_ulp then 'passed'
            else 'failed'
        end as outcome,
        concat_ws('; ', over_refs, project_ref) as source_lines
    from joined
    where n_scores > 0

)

select * from execution_rate_checks
union all
select * from funds_score_checks
union all
select * from total_score_checks
union all
select * from weight_checks
union all
select * from within_weight_checks
