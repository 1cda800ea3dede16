-- Performance indicators with the actual value (实际完成值) compared with the target (年度指标值)
-- by what they mean: the operator (≥ ≤ = > <, parsed from 达到 / 不低于 / 不高于 / 以上 / 前 …),
-- the kind of value (count, amount, rate, date, duration, area, yes/no, text) and the unit
-- (万元 and 元, 万人 and 人 are converted to one base unit through seeds/indicator_units.csv).
-- comparison_met is null, with comparison_reason, wherever the two cannot be compared; it never
-- guesses. The document's own verdict (its scores) is applied in fct_performance_indicator.
with

indicators as (

    select * from {{ ref('int_indicators_keyed') }}

),

units as (

    select * from {{ ref('indicator_units') }}

),

typed as (

    select
        indicators.*,
        {{ indicator_value_kind(
            'indicators.target_value', 'indicators.target_unit', 'target_units.value_kind', 'indicators.target_raw'
        ) }} as target_kind,
        {{ indicator_value_kind(
            'indicators.actual_value', 'indicators.actual_unit', 'actual_units.value_kind', 'indicators.actual_raw'
        ) }} as actual_kind,
        coalesce(target_units.base_unit, indicators.target_unit) as target_base_unit,
        coalesce(actual_units.base_unit, indicators.actual_unit) as actual_base_unit,
        indicators.target_value * coalesce(target_units.factor, 1) as target_base_value,
        indicators.actual_value * coalesce(actual_units.factor, 1) as actual_base_value,
        -- the target and the actual read as words, without spaces (提升 / 按时完成 / 是)
        replace(replace(trim(indicators.target_raw), ' ', ''), '　', '') as target_words,
        replace(replace(trim(indicators.actual_raw), ' ', ''), '　', '') as actual_words
    from indicators
    left join units as target_units on indicators.target_unit = target_units.unit
    left join units as actual_units on indicators.actual_unit = actual_units.unit

),

compared as (

    select
        *,
        case
            when stage <> 'self_evaluation' then 'target_stage'
            when actual_raw is null then 'no_actual'
            -- 提升 / 提升, 按时完成 / 按时完成: the actual restates the target
            when actual_value is null and actual_words = target_words then 'actual_restates_target'
            when actual_kind = 'yes_no' and target_kind in ('yes_no', 'text')
                then case when {{ is_negative_answer('actual_words') }} then 'answer_no' else 'answer_yes' end
            when actual_value is null then 'actual_not_a_value'
            when target_value is null then 'target_not_a_value'
            when target_operator is null then 'no_operator'
            when target_kind = 'date' and actual_kind = 'date' then 'date'
            when target_kind = 'date' or actual_kind = 'date' then 'date_against_other_kind'
            -- 220人 target, 100% actual: the actual is printed as the completion rate of the target
            when actual_kind = 'rate' and target_kind <> 'rate' then 'completion_rate'
            when target_kind = 'rate' and actual_kind <> 'rate' then 'rate_against_other_kind'
            when target_base_unit <> actual_base_unit then 'units_differ'
            when target_kind in ('count', 'rate', 'number') then 'quantity'
            else 'measure'
        end as comparison_reason
    from typed

),

evaluated as (

    select
        *,
        case
            when comparison_reason in ('actual_restates_target', 'answer_yes') then true
            when comparison_reason = 'answer_no' then false
            -- by the date: 2022年12月31日 is met on 2022年12月30日; ≥ a date means not before it
            when comparison_reason = 'date' and target_operator in ('>=', '>')
                then actual_value >= target_value
            when comparison_reason = 'date' then actual_value <= target_value
            when comparison_reason = 'completion_rate' and target_operator in ('<=', '<')
                then actual_value <= 100
            when comparison_reason = 'completion_rate' then actual_value >= 100
            -- counts and rates: these tables print ＝ loosely for 达到 (=20期 is met by 31期);
            -- amounts, durations, areas: ＝ means equal
            when comparison_reason not in ('quantity', 'measure') then null
            when target_operator = '>=' then actual_base_value >= target_base_value
            when target_operator = '=' and comparison_reason = 'quantity'
                then actual_base_value >= target_base_value
            when target_operator = '=' then actual_base_value = target_base_value
            when target_operator = '>' then actual_base_value > target_base_value
            when target_operator = '<=' then actual_base_value <= target_base_value
            when target_operator = '<' then actual_base_value < target_base_value
        end as comparison_met
    from compared

)

select * from evaluated
