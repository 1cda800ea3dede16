-- Each loaded document with its region (seeds/regions.csv), the department's core name (the
-- printed name without its region prefix), a department_id stable across years and files
-- (md5 of region + core name), and whether it is the primary document of its
-- department × year × doc_type (a 部门 document wins over a 单位 one, then the latest load).
with

documents as (

    select * from {{ ref('stg_disclosures__documents') }}

),

region_names as (

    select * from {{ ref('int_regions_aliased') }}

),

region_candidates as (

    select
        documents.document_id,
        region_names.region_id,
        row_number() over (
            partition by documents.document_id
            order by region_names.depth desc, length(region_names.alias) desc, region_names.region_id
        ) as candidate_rank
    from documents
    inner join region_names
        on contains({{ name_key('documents.department_name') }}, region_names.alias)
        or region_names.alias in (documents.county, documents.prefecture, documents.province)

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

keyed as (

    select
        *,
        -- a blank form (模板) is no department's disclosure: it joins the missing member
        case
            when is_template then {{ missing_key() }}
            else {{ surrogate_key(["coalesce(region_id, '')", 'department_core_name']) }}
        end as department_id
    from resolved

)

select
    *,
    not is_template and row_number() over (
        partition by department_id, fiscal_year, doc_type
        order by (scope = 'department') desc, loaded_at desc, document_id asc
    ) = 1 as is_primary
from keyed
