-- One row per indicator path 一级指标 / 二级指标 / 三级指标 (folded for matching), with the names
-- as first printed, plus a missing member.
with

indicators as (

    select * from {{ ref('int_indicators_keyed') }}

),

paths as (

    select
        indicator_id,
        arg_min(level1_name, document_id || lpad(cast(record_index as varchar), 10, '0')) as level1_name,
        arg_min(level2_name, document_id || lpad(cast(record_index as varchar), 10, '0')) as level2_name,
        arg_min(level3_name, document_id || lpad(cast(record_index as varchar), 10, '0')) as level3_name,
        count(*) as times_used,
        count(distinct document_id) as documents_using,
        false as is_missing_member
    from indicators
    group by indicator_id

),

missing_member as (

    select
        {{ missing_key() }} as indicator_id,
        null as level1_name,
        null as level2_name,
        '(未知指标 unknown indicator)' as level3_name,
        0 as times_used,
        0 as documents_using,
        true as is_missing_member

)

select * from paths
union all by name
select * from missing_member
