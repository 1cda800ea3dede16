-- Every functional item (类/款/项 path) of the loaded documents maps to a 支出功能分类 code that
-- exists in dim_functional_item. A row here is a path to add to seeds/functional_item_aliases.csv
-- (or a code to add to seeds/functional_classification.csv).
select
    items.document_id,
    items.source_line,
    items.level,
    items.class_name,
    items.kuan_name,
    items.item_name,
    items.functional_code
from {{ ref('int_functional_items_mapped') }} as items
left join {{ ref('dim_functional_item') }} as functional_items
    on items.functional_code = functional_items.functional_code
where items.functional_code is null or functional_items.functional_code is null
