{#-
    R17 科目编码 and names against the national 支出功能分类 (seeds/functional_classification.csv,
    valid by 财政年度): one row per 类/款/项 statement of a document.
    - printed code (warning): the code is in that year's reference and the printed name is its name
      there or one of its aliases (seeds/functional_item_aliases.csv, folded as for matching); an
      unknown code, or one not valid that year, fails.
    - name only (warning): a path printed without codes (text layouts) maps to a code valid that year;
      a name the reference does not know fails (the item keeps its printed names in the marts).
    - parent (error): a 款/项 code whose prefix is not the code printed on its parent row (the
      nearest 类/款 row of the same table above it, under the same names).
    Names are compared, not amounts: expected/actual stay empty and the tolerance is 0.
-#}

with

items as (

    select
        items.*,
        documents.fiscal_year,
        case length(items.functional_code)
            when 3 then items.class_name
            when 5 then items.kuan_name
            else items.item_name
        end as printed_name,
        ' @' || {{ page_line('items.source_line', 'items.source_page') }} as line_ref,
        '(' || {{ page_line('items.source_line', 'items.source_page') }} || ')' as source_lines
    from {{ ref('int_functional_items_mapped') }} as items
    inner join {{ ref('stg_disclosures__documents') }} as documents on items.document_id = documents.document_id

),

reference as (

    select
        functional_code,
        name,
        cast(valid_from as integer) as valid_from,
        cast(valid_to as integer) as valid_to
    from {{ ref('functional_classification') }}

),

known_names as (

    select
        functional_code,
        {{ functional_name_key('name') }} as name_key
    from reference
    union
    select
        functional_code,
        {{ functional_name_key('alias') }} as name_key
    from {{ ref('functional_item_aliases') }}

),

judged as (

    select
        items.*,
        reference.name as reference_name,
        reference.functional_code is not null as is_in_reference,
        items.fiscal_year is null
        or items.fiscal_year between coalesce(reference.valid_from, items.fiscal_year)
        and coalesce(reference.valid_to, items.fiscal_year) as is_valid_that_year,
        reference.valid_from,
        reference.valid_to,
        exists(
            select 1 from known_names
            where
                known_names.functional_code = items.functional_code
                and known_names.name_key in (
                    {{ functional_name_key('items.printed_name') }},
                    {{ functional_name_key('items.printed_name') }} || '支出'
                )
        ) as is_name_known
    from items
    left join reference on items.functional_code = reference.functional_code

),

code_checks as (

    select
        document_id,
        'R17' as rule_id,
        functional_code || ' ' || coalesce(printed_name, '') || line_ref as check_key,
        case
            when not is_in_reference
                then '科目编码 '
                    || functional_code
                    || ' ('
                    || coalesce(printed_name, '')
                    || ') is not in the 支出功能分类 reference'
            when not is_valid_that_year
                then '科目编码 ' || functional_code || ' is not in the ' || fiscal_year || ' 支出功能分类 (valid '
                    || coalesce(cast(valid_from as varchar), '')
                    || '–'
                    || coalesce(cast(valid_to as varchar), '')
                    || ')'
            when not is_name_known
                then '科目编码 ' || functional_code || ' is printed as ' || coalesce(printed_name, '')
                    || ', its name in the reference is ' || reference_name
            else '科目编码 ' || functional_code || ' ' || reference_name || ' as printed'
        end as description,
        case when is_in_reference and is_valid_that_year and is_name_known then 'passed' else 'failed' end
            as outcome,
        'warning' as severity,
        source_lines
    from judged
    where mapping_method = 'printed_code'

),

name_checks as (

    select
        document_id,
        'R17' as rule_id,
        concat_ws('/', class_name, kuan_name, item_name) || ' (' || level || ')' || line_ref as check_key,
        case
            when functional_code is null
                then concat_ws('/', class_name, kuan_name, item_name) || ': the '
                    || case
                        when class_code is null then '类'
                        when level in ('款', '项') and kuan_code is null then '款'
                        else '项'
                    end
                    || ' name is not in the 支出功能分类 reference'
            when not is_valid_that_year
                then concat_ws('/', class_name, kuan_name, item_name) || ' is ' || functional_code
                    || ', not in the ' || fiscal_year || ' 支出功能分类 (valid '
                    || coalesce(cast(valid_from as varchar), '')
                    || '–'
                    || coalesce(cast(valid_to as varchar), '')
                    || ')'
            else concat_ws('/', class_name, kuan_name, item_name) || ' is ' || functional_code || ' ' || reference_name
        end as description,
        case when functional_code is not null and is_valid_that_year then 'passed' else 'failed' end as outcome,
        'warning' as severity,
        source_lines
    from judged
    where mapping_method <> 'printed_code'

),

-- the parent row of a 款/项 printed with a code: the nearest 类/款 row above it in the same table
parents as (

    select
        child.document_id,
        child.record_index,
        child.functional_code,
        child.printed_name,
        child.line_ref,
        child.source_lines,
        parent.functional_code as parent_code,
        parent.printed_name as parent_name,
        parent.source_lines as parent_lines
    from judged as child
    inner join judged as parent
        on child.document_id = parent.document_id
        and child.origin = parent.origin
        and child.stage = parent.stage
        and parent.mapping_method = 'printed_code'
        and length(parent.functional_code) = length(child.functional_code) - 2
        and {{ functional_name_key('parent.class_name') }} = {{ functional_name_key('child.class_name') }}
        and (
            length(child.functional_code) = 5
            or {{ functional_name_key('parent.kuan_name') }} = {{ functional_name_key('child.kuan_name') }}
        )
        and (
            coalesce(parent.source_page, 0) < coalesce(child.source_page, 0)
            or coalesce(parent.source_page, 0) = coalesce(child.source_page, 0)
            and child.source_line > parent.source_line
        )
    where child.mapping_method = 'printed_code' and length(child.functional_code) in (5, 7)
    qualify row_number() over (
            partition by child.document_id, child.record_index
            order by coalesce(parent.source_page, 0) desc, parent.source_line desc
        ) = 1

),

parent_checks as (

    select
        document_id,
        'R17' as rule_id,
        functional_code || ' under ' || parent_code || line_ref as check_key,
        '科目编码 ' || functional_code || ' (' || coalesce(printed_name, '') || ') is printed under '
        || parent_code || ' ' || coalesce(parent_name, '') || ' ' || parent_lines
        || case when is_under_prefix then '' else ', not under its prefix ' || prefix end as description,
        case when is_under_prefix then 'passed' else 'failed' end as outcome,
        'error' as severity,
        source_lines || '; ' || parent_lines as source_lines
    from (
        select
            *,
            left(functional_code, length(parent_code)) as prefix,
            left(functional_code, length(parent_code)) = parent_code as is_under_prefix
        from parents
    ) as with_prefix

),

checks as (

    select * from code_checks
    union all
    select * from name_checks
    union all
    select * from parent_checks

)

select
    document_id,
    rule_id,
    check_key,
    description,
    cast(null as double) as expected,
    cast(null as double) as actual,
    cast(null as double) as difference,
    0.0 as tolerance,
    cast(null as varchar) as unit,
    outcome,
    severity,
    source_lines
from checks
