-- Each loaded document with its region (seeds/regions.csv), the department's core name (the
-- printed name without its region prefix), a department_id stable across years and files
-- (md5 of region + core name), whether it is the primary document of its department × year ×
-- doc_type (a 部门 document wins over a 单位 one, then the latest load), and whether it contributes
-- facts: every document of the primary's scope does (a department publishes a year's disclosure in
-- several files — a 三公经费 page beside the 决算 narrative, one 项目支出绩效自评表 per project); the fact
-- models take each fact once, from the primary document first.
{{ config(materialized='table') }}

with

documents as (

    select * from {{ ref('stg_disclosures__documents') }}

),

region_names as (

    select * from {{ ref('int_regions_aliased') }}

),

-- every substring of each department name (regions are named in a few characters: a hash join on
-- the names beats testing every name of the seed against every document)
name_substrings as (

    select distinct
        documents.document_id,
        substring({{ name_key('documents.department_name') }}, starts.start, lengths.length) as alias
    from documents
    cross join range(1, 41) as starts (start)
    cross join range(2, 17) as lengths (length)
    where starts.start + lengths.length - 1 <= length({{ name_key('documents.department_name') }})

),

printed_names as (

    select * from name_substrings
    union
    select
        document_id,
        unnest([county, prefecture, province]) as alias
    from documents

),

-- every region one of whose names the document prints (in its department name or as its parsed
-- province / prefecture / county), with the longest such name
region_matches as (

    select
        printed_names.document_id,
        region_names.region_id,
        any_value(region_names.depth) as depth,
        any_value(region_names.parent_id) as parent_id,
        max_by(region_names.alias, length(region_names.alias)) as alias
    from printed_names
    inner join region_names on printed_names.alias = region_names.alias
    group by printed_names.document_id, region_names.region_id

),

-- a name printed only inside a longer matched name is no match of its own: 吉林 (province) inside
-- 吉林市, 东区 inside 城东区
region_candidates_kept as (

    select matched.*
    from region_matches as matched
    where
        not exists (
            select 1
            from region_matches as longer
            where
                longer.document_id = matched.document_id
                and longer.region_id <> matched.region_id
                and length(longer.alias) > length(matched.alias)
                and contains(longer.alias, matched.alias)
        )

),

-- the most specific region whose parents the document also names wins: 上海市普陀区 is 310107,
-- not 舟山市's 普陀区 330903
region_candidates as (

    select
        candidate.document_id,
        candidate.region_id,
        row_number() over (
            partition by candidate.document_id
            order by
                (parent.region_id is not null)::int + (grandparent.region_id is not null)::int desc,
                candidate.depth desc,
                length(candidate.alias) desc,
                candidate.region_id
        ) as candidate_rank
    from region_candidates_kept as candidate
    left join {{ ref('regions') }} as parent_region on candidate.parent_id = parent_region.region_id
    left join region_candidates_kept as parent
        on candidate.document_id = parent.document_id and candidate.parent_id = parent.region_id
    left join region_candidates_kept as grandparent
        on candidate.document_id = grandparent.document_id and parent_region.parent_id = grandparent.region_id

),

-- the region and its ancestors: their names are stripped from the start of the department name
chain_aliases as (

    select distinct
        self.region_id,
        ancestor_names.alias
    from {{ ref('regions') }} as self
    left join {{ ref('regions') }} as parent on self.parent_id = parent.region_id
    inner join region_names as ancestor_names
        on ancestor_names.region_id in (self.region_id, self.parent_id, parent.parent_id)

),

region_patterns as (

    select
        region_id,
        '^(' || string_agg(alias, '|' order by length(alias) desc, alias) || ')+' as prefix_pattern
    from chain_aliases
    group by region_id

),

resolved as (

    select
        documents.*,
        region_candidates.region_id,
        coalesce(
            nullif(
                regexp_replace(
                    {{ name_key('documents.department_name') }},
                    coalesce(region_patterns.prefix_pattern, '^$'),
                    ''
                ),
                ''
            ),
            {{ name_key('documents.department_name') }}
        ) as department_core_name
    from documents
    left join region_candidates
        on documents.document_id = region_candidates.document_id
        and region_candidates.candidate_rank = 1
    left join region_patterns on region_candidates.region_id = region_patterns.region_id

),

-- a short form printed for the name's end (文旅局, 市场监管局, 卫健委: seeds/department_name_aliases.csv) keys
-- as its full form, so that a department's files printing either form are one department
expanded as (

    select
        resolved.* replace (
            coalesce(
                left(
                    resolved.department_core_name,
                    length(resolved.department_core_name) - length(aliases.short_form)
                ) || aliases.full_form,
                resolved.department_core_name
            ) as department_core_name
        )
    from resolved
    left join {{ ref('department_name_aliases') }} as aliases
        on ends_with(resolved.department_core_name, aliases.short_form)
    qualify
        row_number() over (
            partition by resolved.document_id
            order by length(aliases.short_form) desc nulls last
        ) = 1

),

keyed as (

    select
        *,
        -- a blank form (模板) is no department's disclosure: it joins the missing member
        case
            when is_template then {{ missing_key() }}
            else {{ surrogate_key(["coalesce(region_id, '')", 'department_core_name']) }}
        end as department_id
    from expanded

)

select
    *,
    not is_template and row_number() over publication = 1 as is_primary,
    -- a 单位 document adds to its department's publication only where no 部门 document of it is loaded
    not is_template and (
        scope = 'department' or not bool_or(scope = 'department' and not is_template) over publication
    ) as contributes_facts
from keyed
window publication as (
    partition by department_id, fiscal_year, doc_type
    order by (scope = 'department') desc, loaded_at desc, document_id asc
    rows between unbounded preceding and unbounded following
)
