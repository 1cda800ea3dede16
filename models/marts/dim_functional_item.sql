-- The 政府收支分类 支出功能分类 (functional classification of expenditure): one row per 类 (3 digits),
-- 款 (5) or 项 (7) code of seeds/functional_classification.csv, with the names of its 类 and 款,
-- plus a missing member (code 0) for paths that could not be mapped.
with

classification as (

    select * from {{ ref('functional_classification') }}

),

items as (

    select
        classification.functional_code,
        classification.level,
        classification.name,
        classification.parent_code,
        left(classification.functional_code, 3) as class_code,
        case when length(classification.functional_code) >= 5 then left(classification.functional_code, 5) end
            as kuan_code,
        class_rows.name as class_name,
        kuan_rows.name as kuan_name,
        case when classification.level = '项' then classification.name end as item_name,
        false as is_missing_member
    from classification
    left join classification as class_rows
        on left(classification.functional_code, 3) = class_rows.functional_code
    left join classification as kuan_rows
        on length(classification.functional_code) >= 5
        and left(classification.functional_code, 5) = kuan_rows.functional_code

),

missing_member as (

    select
        '0' as functional_code,
        'unknown' as level,
        '(未映射 unmapped)' as name,
        null as parent_code,
        null as class_code,
        null as kuan_code,
        null as class_name,
        null as kuan_name,
        null as item_name,
        true as is_missing_member

)

select * from items
union all by name
select * from missing_member
