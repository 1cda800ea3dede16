{#- Summary balances (收入支出决算总体情况): R01 收入总计 = 支出总计; R02/R03 totals = current year +
    balances; R04 本年收入合计 = Σ income sources; R05 本年支出合计 = Σ expenditure kinds. -#}

select * from {{ ref('rec_component_sums') }}
where rule_id in ('R01', 'R02', 'R03', 'R04', 'R05')
