{#- 部门（单位）整体支出绩效目标表 (R15): each task's 总额 = 财政拨款 + 其他资金 (其他资金 left blank counts as 0). -#}

with

tasks as (

    select
        *,
        coalesce(ulp_yuan, 100) / 2 as half_ulp
    from {{ ref('stg_performance__target_tasks') }}
    where total_yuan is not null or fiscal_yuan is not null or other_yuan is not null

)

select
    document_id,
    'R15' as rule_id,
    task_name || ' @' || {{ page_line('source_line', 'source_page') }} as check_key,
    '任务 ' || task_name || ': 总额 = 财政拨款 + 其他资金'
    || case
        when total_yuan is null then ' — missing: 总额'
        when fiscal_yuan is null and other_yuan is null then ' — missing: 财政拨款'
        else ''
    end as description,
    coalesce(fiscal_yuan, 0) + coalesce(other_yuan, 0) as expected,
    total_yuan as actual,
    total_yuan - (coalesce(fiscal_yuan, 0) + coalesce(other_yuan, 0)) as difference,
    half_ulp * (1 + (fiscal_yuan is not null)::int + (other_yuan is not null)::int) as tolerance,
    'yuan' as unit,
    case
        when total_yuan is null or (fiscal_yuan is null and other_yuan is null) then 'insufficient_data'
        when abs(total_yuan - (coalesce(fiscal_yuan, 0) + coalesce(other_yuan, 0)))
            <= half_ulp * (1 + (fiscal_yuan is not null)::int + (other_yuan is not null)::int) then 'passed'
        else 'failed'
    end as outcome,
    task_name || ': 总额 ' || coalesce(printf('%.2f万元', total_yuan::double / 10000), '—')
    || ', 财政拨款 ' || coalesce(printf('%.2f万元', fiscal_yuan::double / 10000), '—')
    || ', 其他资金 ' || coalesce(printf('%.2f万元', other_yuan::double / 10000), '—')
    || ' (' || {{ page_line('source_line', 'source_page') }} || ')' as source_lines
from tasks
