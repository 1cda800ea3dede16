-- The 政府收支分类 支出功能分类 (functional classification of expenditure): one row per 类 (3 digits),
-- 款 (5) or 项 (7) code of the national reference (seeds/functional_classification.csv, with the
-- years each code is valid), plus every code a document prints that the reference does not know
-- (is_in_reference false, named as printed: R17 reports it), plus a missing member (code 0) for
-- paths printed by name only whose names the reference does not know.
with

classification as (

    select * from {{ ref('functional_classification') }}

),

printed as (

    select
        functional_code,
        case length(functional_code) when 3 then '类' when 5 then '款' else '项' end as level,
        case length(functional_code) when 3 then class_name when 5 then kuan_name else item_name end as name,
        class_name,
        kuan_name
    from {{ ref('int_functional_items_mapped') }}
    where mapping_method = 'printed_code'

),

-- a code the reference does not know, under the name most of its statements print (then the first)
unknown_codes as (

    select
        functional_code,
        level,
        name,
        printed_class_name,
        printed_kuan_name
    from (
        select
            functional_code,
            level,
            name,
            min(class_name) as printed_class_name,
            min(kuan_name) as printed_kuan_name,
            count(*) as statements
        from printed
        where functional_code not in (select classification.functional_code from classification)
        group by functional_code, level, name
    ) as printed_names
    qualify row_number() over (partition by functional_code order by statements desc, name asc) = 1

),

codes as (

    select
        functional_code,
        level,
        name,
        cast(valid_from as integer) as valid_from,
        cast(valid_to as integer) as valid_to,
        true as is_in_reference,
        cast(null as varchar) as printed_class_name,
        cast(null as varchar) as printed_kuan_name
    from classification

    union all

    select
        functional_code,
        level,
        name,
        null as valid_from,
        null as valid_to,
        false as is_in_reference,
        printed_class_name,
        printed_kuan_name
    from unknown_codes

),

items as (

    select
        codes.functional_code,
        codes.level,
        codes.name,
        parents.functional_code as parent_code,
        left(codes.functional_code, 3) as class_code,
        case when length(codes.functional_code) >= 5 then left(codes.functional_code, 5) end as kuan_code,
        coalesce(class_rows.name, codes.printed_class_name) as class_name,
        case
            when length(codes.functional_code) >= 5 then coalesce(kuan_rows.name, codes.printed_kuan_name)
        end as kuan_name,
        case when codes.level = '项' then codes.name end as item_name,
        codes.is_in_reference,
        codes.valid_from,
        codes.valid_to,
        false as is_missing_member
    from codes
    left join codes as parents
        on length(codes.functional_code) > 3
        and left(codes.functional_code, length(codes.functional_code) - 2) = parents.functional_code
    left join codes as class_rows
        on left(codes.functional_code, 3) = class_rows.functional_code
    left join codes as kuan_rows
        on length(codes.functional_code) >= 5
        and left(codes.functional_code, 5) = kuan_rows.functional_code

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
        false as is_in_reference,
        null as valid_from,
        null as valid_to,
        true as is_missing_member

)

select * from items
union all by name
select * from missing_member
