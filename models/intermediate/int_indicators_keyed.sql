-- Performance indicators with their indicator_id (md5 of the folded 一级/二级/三级指标 path).
select
    *,
    {{ surrogate_key([name_key('level1_name'), name_key('level2_name'), name_key('level3_name')]) }}
        as indicator_id
from {{ ref('stg_performance__indicators') }}
