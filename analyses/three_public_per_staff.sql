-- “三公”经费 per in-service staff member (在职人员): overseas travel, vehicles and reception per head.
select
    department_name,
    fiscal_year,
    headcount_in_service,
    three_public_total_yuan,
    three_public_overseas_yuan,
    three_public_vehicle_yuan,
    three_public_reception_yuan,
    three_public_per_in_service_yuan
from {{ ref('mart_department_year') }}
where three_public_total_yuan is not null
order by three_public_per_in_service_yuan desc nulls last
