-- One row per department. department_id = md5(region_id | core name): the same department in
-- another year or file gets the same id. The printed name is the one of its latest document.
with

documents as (

    select * from {{ ref('int_documents_resolved') }}

),

regions as (

    select * from {{ ref('regions') }}

),

departments as (

    select
        department_id,
        arg_max(department_name, loaded_at) as department_name,
        any_value(department_core_name) as department_core_name,
        any_value(region_id) as region_id,
        arg_max(sector, loaded_at) as sector,
        arg_max(province, loaded_at) as parsed_province,
        arg_max(prefecture, loaded_at) as parsed_prefecture,
        arg_max(county, loaded_at) as parsed_county,
        arg_max(admin_level, loaded_at) as parsed_admin_level,
        count(*) as document_count,
        min(fiscal_year) as first_fiscal_year,
        max(fiscal_year) as last_fiscal_year
    from documents
    where not is_template
    group by department_id

),

joined as (

    select
        departments.department_id,
        departments.department_name,
        departments.department_core_name,
        departments.sector,
        departments.region_id,
        regions.region_name,
        coalesce(regions.province, departments.parsed_province) as province,
        coalesce(regions.prefecture, departments.parsed_prefecture) as prefecture,
        coalesce(regions.county, departments.parsed_county) as county,
        coalesce(regions.admin_level, departments.parsed_admin_level) as admin_level,
        departments.document_count,
        departments.first_fiscal_year,
        departments.last_fiscal_year,
        false as is_missing_member
    from departments
    left join regions on departments.region_id = regions.region_id

),

missing_member as (

    select
        {{ missing_key() }} as department_id,
        '(未知部门 unknown department)' as department_name,
        null as department_core_name,
        null as sector,
        null as region_id,
        null as region_name,
        null as province,
        null as prefecture,
        null as county,
        null as admin_level,
        0 as document_count,
        null as first_fiscal_year,
        null as last_fiscal_year,
        true as is_missing_member

)

select * from joined
union all by name
select * from missing_member
