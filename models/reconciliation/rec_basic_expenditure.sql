{#-
    基本支出 (R08): 一般公共预算财政拨款基本支出 = 人员经费 + 公用经费 (from the component sums),
    and where the economic items (支出经济分类: 基本工资, 办公费 …) carry amounts, Σ items of a
    group = the group's stated 人员经费 / 公用经费. Only leaf items are summed (a table printing
    301 and its 30101, 30102 … counts the 30xxx). Groups whose items are only named (no amounts)
    have nothing to check and yield no row.
-#}

with

economic_items as (

    select
        *,
        row_number() over (
            partition by document_id, stage, "group", name
            order by
                case when origin = 'narrative' then 0 else 1 end, coalesce(source_page, 0), source_line, record_index
        ) as statement_rank
    from {{ ref('stg_disclosures__economic_items') }}
    where amount_yuan is not null

),

leaf_items as (

    -- a table prints 301 工资福利支出 and its 30101 基本工资 …: sum the leaves only
    select i.*
    from economic_items as i
    where i.statement_rank = 1
        and not exists (
            select 1 from economic_items as child
            where child.document_id = i.document_id and child.stage = i.stage and child."group" = i."group"
                and child.statement_rank = 1 and i.code is not null
                and length(child.code) > length(i.code) and starts_with(child.code, i.code)
        )

),

item_sums as (

    select
        document_id,
        stage,
        "group" as group_name,
        case "group" when '人员经费' then 'personnel_expense' when '公用经费' then 'public_expense' end as metric,
        sum(amount_yuan) as item_sum,
        sum(coalesce(ulp_yuan, 100) / 2) as items_half_ulp,
        count(*) as n_items,
        string_agg(
            name || ' ' || printf('%.2f万元', cast(amount_yuan as double) / 10000)
            || ' (' || {{ page_line('source_line', 'source_page') }} || ')', '; ' order by source_line
        ) as item_refs
    from leaf_items
    group by document_id, stage, "group"

),

group_checks as (

    select
        s.document_id,
        'R08' as rule_id,
        case when s.stage = 'final' then '' else s.stage || ': ' end || s.group_name || ' = Σ items' as check_key,
        s.group_name || ' = Σ 经济分类 items (' || s.n_items || ')'
        || case when mv.value is null then ' — missing: ' || coalesce(s.metric, s.group_name) else '' end
            as description,
        s.item_sum as expected,
        mv.value as actual,
        mv.value - s.item_sum as difference,
        s.items_half_ulp + coalesce(mv.half_ulp, 0) as tolerance,
        'yuan' as unit,
        case
            when mv.value is null then 'insufficient_data'
            when abs(mv.value - s.item_sum) <= s.items_half_ulp + mv.half_ulp then 'passed'
            else 'failed'
        end as outcome,
        concat_ws('; ', mv.source_ref, s.item_refs) as source_lines
    from item_sums as s
    left join {{ ref('rec_metric_values') }} as mv
        on s.document_id = mv.document_id and s.stage = mv.stage and s.metric = mv.metric

)

select * from {{ ref('rec_component_sums') }}
where rule_id = 'R08'

union all

select * from group_checks
