-- Every functional item (类/款/项 path as printed) with its 政府收支分类 支出功能分类 code.
-- A printed code wins; otherwise the path is matched level by level against the official names
-- (seeds/functional_classification.csv) and the renamed / misspelt variants of
-- seeds/functional_item_aliases.csv, each level within its parent (行政运行 exists under many 款).
-- A name also matches with 支出 appended (住房保障 → 住房保障支出). 款 and 项: macros/functional_matching.sql.
-- A code the reference does not know is kept as printed (R17 reports it); a path whose name the
-- reference does not know keeps functional_code null but the codes of the parents it prints
-- (class_code, kuan_code), so it still sits under its 类 and 款.
with

items as (

    select
        *,
        {{ functional_name_key('class_name') }} as class_key,
        {{ functional_name_key('kuan_name') }} as kuan_key,
        {{ functional_name_key('item_name') }} as item_key
    from {{ ref('stg_disclosures__functional_items') }}

),

classification as (

    select * from {{ ref('functional_classification') }}

),

names as (

    select
        level,
        coalesce(parent_code, '') as parent_code,
        {{ functional_name_key('name') }} as name_key,
        functional_code,
        1 as priority
    from classification

    union all

    select
        level,
        coalesce(parent_code, '') as parent_code,
        {{ functional_name_key('alias') }} as name_key,
        functional_code,
        2 as priority
    from {{ ref('functional_item_aliases') }}

),

class_matches as (

    select
        items.document_id,
        items.record_index,
        names.functional_code as class_code,
        names.priority
    from items
    inner join names
        on names.level = '类'
        and names.name_key in (items.class_key, items.class_key || '支出')
    qualify row_number() over (
            partition by items.document_id, items.record_index
            order by (names.name_key = items.class_key) desc, names.priority, names.functional_code asc
        ) = 1

),

kuan_matches as (

    {{ match_functional_level('款', 'kuan_key', 'class_matches', 'class_code', 'kuan_code') }}

),

item_matches as (

    {{ match_functional_level('项', 'item_key', 'kuan_matches', 'kuan_code', 'item_code') }}

),

mapped as (

    select
        items.*,
        case
            when length(items.code) in (3, 5, 7) then items.code
            when items.level = '类' then class_matches.class_code
            when items.level = '款' then kuan_matches.kuan_code
            when items.level = '项' then item_matches.item_code
        end as functional_code,
        case
            when length(items.code) in (3, 5, 7) then 'printed_code'
            when
                items.level = '类' and class_matches.class_code is not null
                or items.level = '款' and kuan_matches.kuan_code is not null
                or items.level = '项' and item_matches.item_code is not null
                then case
                        when greatest(
                                class_matches.priority,
                                coalesce(kuan_matches.priority, 0),
                                coalesce(item_matches.priority, 0)
                            ) > 1 then 'alias'
                        else 'official_name'
                    end
            else 'unmapped'
        end as mapping_method,
        case
            when length(items.code) in (3, 5, 7) then left(items.code, 3)
            else class_matches.class_code
        end as class_code,
        case
            when length(items.code) in (5, 7) then left(items.code, 5)
            when items.level in ('款', '项') then kuan_matches.kuan_code
        end as kuan_code
    from items
    left join class_matches
        on items.document_id = class_matches.document_id
        and items.record_index = class_matches.record_index
    left join kuan_matches
        on items.document_id = kuan_matches.document_id
        and items.record_index = kuan_matches.record_index
    left join item_matches
        on items.document_id = item_matches.document_id
        and items.record_index = item_matches.record_index

)

select * exclude (class_key, kuan_key, item_key) from mapped
