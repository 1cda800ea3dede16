{#- 三公经费 (R09): total = 因公出国(境) + 公务用车购置及运行维护 + 公务接待; 车 = 购置 + 运行. -#}

select * from {{ ref('rec_component_sums') }}
where rule_id = 'R09'
