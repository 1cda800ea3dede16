-- Every name a region goes by (official name and the aliases of seeds/regions.csv), one row each,
-- with its depth (province 1, prefecture 2, county/district 3) to prefer the most specific match.
with

regions as (

    select * from {{ ref('regions') }}

),

names as (

    select
        region_id,
        region_name as alias
    from regions

    union

    select
        regions.region_id,
        trim(aliases.alias) as alias
    from regions
    cross join unnest(string_split(coalesce(regions.aliases, ''), '|')) as aliases (alias)
    where trim(aliases.alias) <> ''

)

select
    names.region_id,
    names.alias,
    regions.region_name,
    regions.admin_level,
    regions.parent_id,
    case regions.admin_level
        when 'province' then 1
        when 'prefecture' then 2
        else 3
    end as depth
from names
inner join regions on names.region_id = regions.region_id
