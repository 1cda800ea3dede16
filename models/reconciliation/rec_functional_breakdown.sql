{#-
    Functional breakdown (R07, 支出功能分类): Σ 类 amounts = 一般公共预算财政拨款支出; within a 类,
    Σ 款 (or Σ 项 where no 款 is printed) = the 类; within a 款, Σ 项 = the 款.
    Sums are taken within one origin (the narrative, or one table), so a table that repeats the
    narrative is not counted twice and figures of two fund scopes (seed functional_origin_scopes:
    all funds, 财政拨款, 一般公共预算 …) are never added or compared; only the 一般公共预算 scope's 类
    (prose and table) are held against 一般公共预算财政拨款支出. Names are matched after folding the printed decorations
    ((类)/(款)/(项), trailing 支出, spaces) and the 2019 rename 医疗卫生与计划生育 → 卫生健康.
    A parent without its children is no check; children without their parent are insufficient_data.
-#}

with

items as (

    select
        document_id,
        stage,
        origin,
        level,
        class_name,
        kuan_name,
        item_name,
        amount_yuan,
        coalesce(ulp_yuan, 100) / 2 as half_ulp,
        source_line,
        source_page,
        record_index,
        regexp_replace(
            replace(
                regexp_replace(class_name, '\s|[（(][类款项][)）]', '', 'g'),
                '医疗卫生与计划生育', '卫生健康'
            ),
            '(支出)+$', ''
        ) as class_key,
        coalesce(regexp_replace(regexp_replace(kuan_name, '\s|[（(][类款项][)）]', '', 'g'), '(支出)+$', ''), '') as kuan_key,
        coalesce(regexp_replace(regexp_replace(item_name, '\s|[（(][类款项][)）]', '', 'g'), '(支出)+$', ''), '') as item_key,
        concat_ws('/', class_name, kuan_name, item_name) || ' '
        || printf('%.2f万元', cast(amount_yuan as double) / 10000)
        || ' (' || {{ page_line('source_line', 'source_page') }} || ')'
            as source_ref
    from {{ ref('stg_disclosures__functional_items') }}
    where amount_yuan is not null

),

general_budget_origins as (

    select origin from {{ ref('functional_origin_scopes') }}
    where scope = 'general_budget'

),

deduped as (

    select *
    from (
        select
            *,
            row_number() over (
                partition by document_id, stage, origin, level, class_key, kuan_key, item_key
                order by coalesce(source_page, 0), source_line, record_index
            ) as statement_rank
        from items
    ) as ranked
    where statement_rank = 1

),

origin_has_kuan as (

    select distinct
        document_id,
        stage,
        origin
    from deduped
    where level = '款'

),

kuan_children as (

    select
        document_id,
        stage,
        origin,
        class_key,
        kuan_key,
        sum(amount_yuan) as child_sum,
        sum(half_ulp) as child_half_ulp,
        count(*) as n_children,
        string_agg(source_ref, '; ' order by source_line) as child_refs
    from deduped
    where level = '项'
    group by document_id, stage, origin, class_key, kuan_key

),

class_children as (

    select
        document_id,
        stage,
        origin,
        class_key,
        -- 款 children where the origin prints 款 rows for this 类, else its 项
        case when count(*) filter (where level = '款') > 0 then '款' else '项' end as child_level,
        coalesce(sum(amount_yuan) filter (where level = '款'), sum(amount_yuan) filter (where level = '项')) as child_sum,
        coalesce(sum(half_ulp) filter (where level = '款'), sum(half_ulp) filter (where level = '项')) as child_half_ulp,
        coalesce(nullif(count(*) filter (where level = '款'), 0), count(*) filter (where level = '项')) as n_children,
        coalesce(
            string_agg(source_ref, '; ' order by source_line) filter (where level = '款'),
            string_agg(source_ref, '; ' order by source_line) filter (where level = '项')
        ) as child_refs
    from deduped
    where level in ('款', '项')
    group by document_id, stage, origin, class_key

),

class_checks as (

    select
        coalesce(p.document_id, c.document_id) as document_id,
        coalesce(p.stage, c.stage) as stage,
        coalesce(p.origin, c.origin) as origin,
        coalesce(p.class_name, c.class_key) || ' (类) = Σ ' || c.child_level as check_name,
        '类 ' || coalesce(p.class_name, c.class_key) || ' = Σ its ' || c.child_level || ' (' || c.n_children || ')'
        || case when p.amount_yuan is null then ' — missing: the 类 amount' else '' end as description,
        c.child_sum as expected,
        p.amount_yuan as actual,
        c.child_half_ulp + coalesce(p.half_ulp, 0) as tolerance,
        concat_ws('; ', p.source_ref, c.child_refs) as source_lines
    from (
        select * from deduped
        where level = '类'
    ) as p
    full outer join class_children as c
        on p.document_id = c.document_id and p.stage = c.stage and p.origin = c.origin and p.class_key = c.class_key
    where c.child_sum is not null and (p.amount_yuan is not null or c.child_sum <> 0)

),

kuan_checks as (

    select
        coalesce(p.document_id, c.document_id) as document_id,
        coalesce(p.stage, c.stage) as stage,
        coalesce(p.origin, c.origin) as origin,
        coalesce(p.class_name, c.class_key) || '/' || coalesce(p.kuan_name, c.kuan_key) || ' (款) = Σ 项' as check_name,
        '款 ' || coalesce(p.kuan_name, c.kuan_key) || ' = Σ its 项 (' || c.n_children || ')'
        || case when p.amount_yuan is null then ' — missing: the 款 amount' else '' end as description,
        c.child_sum as expected,
        p.amount_yuan as actual,
        c.child_half_ulp + coalesce(p.half_ulp, 0) as tolerance,
        concat_ws('; ', p.source_ref, c.child_refs) as source_lines
    from (
        select * from deduped
        where level = '款'
    ) as p
    full outer join kuan_children as c
        on p.document_id = c.document_id and p.stage = c.stage and p.origin = c.origin
        and p.class_key = c.class_key and p.kuan_key = c.kuan_key
    inner join origin_has_kuan as h
        on coalesce(p.document_id, c.document_id) = h.document_id
        and coalesce(p.stage, c.stage) = h.stage and coalesce(p.origin, c.origin) = h.origin
    where c.child_sum is not null and (p.amount_yuan is not null or c.child_sum <> 0)

),

class_totals as (

    select
        document_id,
        stage,
        origin,
        sum(amount_yuan) as class_sum,
        sum(half_ulp) as class_half_ulp,
        count(*) as n_classes,
        string_agg(source_ref, '; ' order by source_line) as class_refs
    from deduped
    where
        level = '类'
        and origin in (select general_budget_origins.origin from general_budget_origins)
    group by document_id, stage, origin

),

total_checks as (

    select
        t.document_id,
        t.stage,
        t.origin,
        'general_budget_expenditure = Σ 类' as check_name,
        '一般公共预算财政拨款支出 = Σ 类 (' || t.n_classes || ')'
        || case when mv.value is null then ' — missing: general_budget_expenditure' else '' end as description,
        t.class_sum as expected,
        mv.value as actual,
        t.class_half_ulp + coalesce(mv.half_ulp, 0) as tolerance,
        concat_ws('; ', mv.source_ref, t.class_refs) as source_lines
    from class_totals as t
    left join {{ ref('rec_metric_values') }} as mv
        on t.document_id = mv.document_id and t.stage = mv.stage and mv.metric = 'general_budget_expenditure'

),

checks as (

    select * from total_checks
    union all
    select * from class_checks
    union all
    select * from kuan_checks

)

select
    document_id,
    'R07' as rule_id,
    case when stage = 'final' then '' else stage || ': ' end
    || check_name || case when origin = 'narrative' then '' else ' [' || origin || ']' end as check_key,
    description,
    expected,
    actual,
    actual - expected as difference,
    tolerance,
    'yuan' as unit,
    case
        when actual is null or expected is null then 'insufficient_data'
        when abs(actual - expected) <= tolerance then 'passed'
        else 'failed'
    end as outcome,
    source_lines
from checks
