{#-
    Direction words (R19): 决算数大于 / 小于 / 等于预算数, 决算数与预算数(基本)持平 agree with the
    年初预算 and 决算 figures printed before them (or with 完成预算 x% against 100%); a year-on-year
    增加 / 减少 x 万元 agrees with the 增长 / 下降 y% of the same comparison, and 持平 with a zero change.
    expected: what the other figure implies (the 预算; 100%; the change signed by the rate word;
    0 for 持平), actual: what the word speaks of. Tolerance from the printed precision: 大于 fails
    only when the printed figures rule it out (决算 ≤ 预算 − one unit of the coarser last digit),
    等于 / 持平 when they differ by more than that unit; 基本持平 takes a band of
    var('basically_flat_band_pct') (5%) of the 预算. Where a statement prints both years (比上年的 534.72
    万元增加 5.53 万元), its 增加 / 减少 agrees with 本年 − 上年 (R10 then checks the amount).
-#}

with

statements as (

    select * from {{ ref('stg_disclosures__direction_statements') }}

),

budget_pairs as (

    select
        *,
        stated_yuan - reference_yuan as difference,
        case
            when word = '基本持平'
                then greatest(ulp_yuan, abs(reference_yuan) * {{ var('basically_flat_band_pct') }} / 100)
            else ulp_yuan
        end as tolerance
    from statements
    where comparison = 'budget' and stated_yuan is not null and reference_yuan is not null

),

budget_rates as (

    select
        *,
        completion_pct - 100 as difference,
        case
            when word = '基本持平' then greatest(pct_ulp / 2, {{ var('basically_flat_band_pct') }})
            else pct_ulp / 2
        end as tolerance
    from statements
    where
        comparison = 'budget' and stated_yuan is null and completion_pct is not null
        -- 完成预算 0% with 大于 is a zero budget (no rate): nothing to compare
        and not (completion_pct = 0 and word = '大于')

),

budget_checks as (

    select
        document_id,
        'budget ' || word || ' @' || {{ page_line('source_line', 'source_page') }} as check_key,
        '决算数' || word || '预算数: 决算 vs 年初预算' as description,
        reference_yuan as expected,
        stated_yuan as actual,
        difference,
        tolerance,
        'yuan' as unit,
        word,
        stated_line,
        stated_page,
        reference_line as implied_line,
        reference_page as implied_page,
        snippet,
        source_line,
        source_page
    from budget_pairs
    union all
    select
        document_id,
        'budget ' || word || ' @' || {{ page_line('source_line', 'source_page') }} as check_key,
        '决算数' || word || '预算数: 完成预算 % vs 100%' as description,
        100 as expected,
        completion_pct as actual,
        difference,
        tolerance,
        'percent' as unit,
        word,
        source_line as stated_line,
        source_page as stated_page,
        source_line as implied_line,
        source_page as implied_page,
        snippet,
        source_line,
        source_page
    from budget_rates

),

prior_year as (

    select
        *,
        word like '%持平%' as is_flat
    from statements
    where comparison = 'prior_year'

),

prior_year_checks as (

    -- 增加 x 万元 … 下降 y%: the amount word against the direction of the rate word
    select
        document_id,
        'prior_year ' || word || ' @' || {{ page_line('source_line', 'source_page') }} as check_key,
        word || ': the amount and the rate of one change move the same way' as description,
        abs(change_yuan) * sign(change_pct) as expected,
        change_yuan as actual,
        change_yuan - abs(change_yuan) * sign(change_pct) as difference,
        ulp_yuan / 2 as tolerance,
        'yuan' as unit,
        '等于' as word,
        source_line as stated_line,
        source_page as stated_page,
        source_line as implied_line,
        source_page as implied_page,
        snippet,
        source_line,
        source_page
    from prior_year
    where not is_flat and change_yuan is not null and change_pct is not null and change_pct <> 0
    union all
    -- 持平 beside a printed change: the change must be zero
    select
        document_id,
        'prior_year ' || word || ' @' || {{ page_line('source_line', 'source_page') }} as check_key,
        word || ': 持平 means no change' as description,
        0 as expected,
        coalesce(change_yuan, change_pct) as actual,
        coalesce(change_yuan, change_pct) as difference,
        case when change_yuan is not null then ulp_yuan / 2 else pct_ulp / 2 end as tolerance,
        case when change_yuan is not null then 'yuan' else 'percent' end as unit,
        '等于' as word,
        source_line as stated_line,
        source_page as stated_page,
        source_line as implied_line,
        source_page as implied_page,
        snippet,
        source_line,
        source_page
    from prior_year
    where is_flat and coalesce(change_yuan, change_pct) is not null

),

-- 比上年的 534.72 万元增加 5.53 万元: where both years are printed, the word (the sign the parser
-- gave the change) agrees with 本年 − 上年; a difference within rounding says nothing
printed_pairs as (

    select
        document_id,
        label,
        value_yuan as this_year,
        prior_year_value_yuan as prior_year,
        cast(change_value as decimal(20, 2)) as change_yuan,
        coalesce(ulp, 100) as ulp_yuan,
        source_line,
        source_page
    from {{ ref('stg_disclosures__metrics') }}
    where unit = 'yuan' and value_yuan is not null and prior_year_value_yuan is not null and change_value is not null
    union all
    select
        document_id,
        concat_ws('/', class_name, kuan_name, item_name) as label,
        amount_yuan as this_year,
        prior_year_amount_yuan as prior_year,
        change_yuan,
        coalesce(ulp_yuan, 100) as ulp_yuan,
        source_line,
        source_page
    from {{ ref('stg_disclosures__functional_items') }}
    where amount_yuan is not null and prior_year_amount_yuan is not null and change_yuan is not null

),

printed_pair_checks as (

    select
        document_id,
        'prior_year ' || label || ' @' || {{ page_line('source_line', 'source_page') }} as check_key,
        label || ': 增加 / 减少 agrees with 本年 − 上年 as printed' as description,
        abs(change_yuan) * sign(this_year - prior_year) as expected,
        change_yuan as actual,
        change_yuan - abs(change_yuan) * sign(this_year - prior_year) as difference,
        ulp_yuan / 2 as tolerance,
        'yuan' as unit,
        '等于' as word,
        source_line as stated_line,
        source_page as stated_page,
        source_line as implied_line,
        source_page as implied_page,
        label || ' 本年 ' || printf('%.2f万元', cast(this_year as double) / 10000) || ', 上年 '
        || printf('%.2f万元', cast(prior_year as double) / 10000) || ', 增减 '
        || printf('%.2f万元', cast(change_yuan as double) / 10000) as snippet,
        source_line,
        source_page
    from printed_pairs
    where abs(this_year - prior_year) > ulp_yuan

),

checks as (

    select * from budget_checks
    union all by name
    select * from prior_year_checks
    union all by name
    select * from printed_pair_checks

)

-- word: the relation the statement asserts between actual and expected (a prior-year statement
-- asserts that its two signs agree, or that the change is zero: 等于)
select
    document_id,
    'R19' as rule_id,
    check_key,
    description,
    expected,
    actual,
    difference,
    tolerance,
    unit,
    case
        when word = '大于' and difference <= -tolerance then 'failed'
        when word = '小于' and difference >= tolerance then 'failed'
        when word in ('等于', '持平', '基本持平') and abs(difference) > tolerance then 'failed'
        else 'passed'
    end as outcome,
    snippet || ' (' || {{ page_line('source_line', 'source_page') }} || ')' as source_lines,
    stated_line,
    stated_page,
    implied_line,
    implied_page,
    snippet
from checks
