"""Turning the rows of the 决算 and 预算 tables into records.

:func:`table_records` maps every table by what its spec says it holds (the 决算 and 预算 versions
of a table hold the same things: 收入支出决算总表 and 财务收支预算总表 both give totals and 类
amounts). Each table row becomes a :class:`FunctionalItem` (a 功能分类 code), an :class:`EconomicItem`
(a 经济分类 code) or a :class:`Metric` (a total such as 本年收入合计, a “三公” figure), with
``origin = "table:<canonical title>"``, the table's ``stage`` and the row's page and line.
"""

from __future__ import annotations

import re

from ingest.numbers import Amount, to_amount
from ingest.pdf import tables as t
from ingest.pdf.tables import Table, TableRow
from ingest.records import EconomicItem, FunctionalItem, Metric, ParseWarning, Record

# 支出功能分类 类 names (2024 classification) → code, for two-sided tables that print no codes.
CLASS_CODES: dict[str, str] = {
    "一般公共服务支出": "201",
    "外交支出": "202",
    "国防支出": "203",
    "公共安全支出": "204",
    "教育支出": "205",
    "科学技术支出": "206",
    "文化旅游体育与传媒支出": "207",
    "社会保障和就业支出": "208",
    "社会保险基金支出": "209",
    "卫生健康支出": "210",
    "节能环保支出": "211",
    "城乡社区支出": "212",
    "农林水支出": "213",
    "交通运输支出": "214",
    "资源勘探工业信息等支出": "215",
    "商业服务业等支出": "216",
    "金融支出": "217",
    "援助其他地区支出": "219",
    "自然资源海洋气象等支出": "220",
    "住房保障支出": "221",
    "粮油物资储备支出": "222",
    "国有资本经营预算支出": "223",
    "灾害防治及应急管理支出": "224",
    "预备费": "227",
    "其他支出": "229",
    "转移性支出": "230",
    "债务还本支出": "231",
    "债务付息支出": "232",
    "债务发行费用支出": "233",
    "抗疫特别国债安排的支出": "234",
}
LEVEL_BY_CODE_LENGTH = {3: "类", 5: "款", 7: "项"}
ORDINAL_PREFIX_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|\d+[.．、])")

# Income-side labels of a two-sided table (ordinal stripped) → metric; first match wins.
INCOME_LABELS: tuple[tuple[str, str], ...] = (
    (r"一般公共预算(财政拨款)?(收入|资金)?", "income_general_budget"),
    (r"政府性基金(预算)?(财政拨款)?(收入)?", "income_government_fund"),
    (r"国有资本经营预算(财政拨款)?(收入)?", "income_state_capital"),
    (r"财政拨款(收入)?", "income_fiscal"),
    (r"上级补助收入", "income_superior_subsidy"),
    (r"事业收入", "income_business"),
    (r"(事业单位)?经营收入", "income_operating"),
    (r"附属单位上缴收入", "income_affiliated"),
    (r"其他收入", "income_other"),
    (r"本年收入合计", "income_current_year"),
    (r"使用非财政拨款结余.*", "use_of_non_fiscal_balance"),
    (r"年初财政拨款结转和结余", "fiscal_carryover_begin"),
    (r"年初结转和结余", "carryover_begin"),
    (r"(收入)?总计", "income_total"),
)
EXPENDITURE_LABELS: tuple[tuple[str, str], ...] = (
    (r"本年支出合计", "expenditure_current_year"),
    (r"结余分配", "balance_distribution"),
    (r"年末财政拨款结转和结余", "fiscal_carryover_end"),
    (r"年末结转和结余", "carryover_end"),
    (r"(支出)?总计", "expenditure_total"),
)
# In a 财政拨款 (fiscal) summary table the totals are the fiscal ones.
FISCAL_RENAMES = {
    "income_current_year": "fiscal_income_current_year",
    "expenditure_current_year": "fiscal_expenditure_current_year",
    "income_total": "fiscal_income_total",
    "expenditure_total": "fiscal_expenditure_total",
}
# Figure columns of coded tables (by header keyword) → metric of the 合计 row.
INCOME_COLUMNS: tuple[tuple[str, str], ...] = (
    ("财政拨款", "income_fiscal"),
    ("上级补助", "income_superior_subsidy"),
    ("经营收入", "income_operating"),
    ("事业收入", "income_business"),
    ("附属单位", "income_affiliated"),
    ("其他收入", "income_other"),
)
EXPENDITURE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("基本支出", "expenditure_basic"),
    ("项目支出", "expenditure_project"),
    ("上缴上级", "expenditure_to_superior"),
    ("经营支出", "expenditure_operating"),
    ("附属单位", "expenditure_to_affiliated"),
)
# “三公” header texts → metric; checked in order against the column's own header.
THREE_PUBLIC_COLUMNS: tuple[tuple[str, str], ...] = (
    ("机关运行", "operation_expense"),
    ("出国", "three_public_overseas"),
    ("接待", "three_public_reception"),
    ("小计", "three_public_vehicle"),
    ("购置及运行", "three_public_vehicle"),
    ("购置", "three_public_vehicle_purchase"),
    ("运行", "three_public_vehicle_operation"),
    ("合计", "three_public_total"),
)
# 经济分类 类 codes counted as 人员经费 (工资福利支出, 对个人和家庭的补助); the rest is 公用经费.
PERSONNEL_CLASSES = ("301", "303")


def origin_of(table: Table) -> str:
    return f"table:{table.spec.canonical}"


def amount_of(text: str | None, table: Table) -> Amount | None:
    """A printed figure in the table's unit, in 元 (``None`` for blank or unreadable)."""
    if not text:
        return None
    return to_amount(text, table.unit or "元")


def metric(table: Table, row: TableRow, key: str, text: str | None, label: str | None = None) -> Metric | None:
    """A Metric for ``text`` read in ``row`` (``None`` when the cell is blank)."""
    value = amount_of(text, table)
    if value is None:
        return None
    return Metric(
        metric=key,
        label=label or row.label,
        value=value.yuan,
        unit="yuan",
        stage=table.spec.stage,
        origin=origin_of(table),
        ulp=value.ulp_yuan,
        source_line=row.line,
        source_page=row.page,
    )


def _first(row: TableRow) -> str | None:
    return row.values[0][1] if row.values else None


def _match(label: str, patterns: tuple[tuple[str, str], ...]) -> str | None:
    bare = ORDINAL_PREFIX_RE.sub("", label)
    for pattern, key in patterns:
        if re.fullmatch(pattern, bare):
            return key
    return None


def two_sided_records(table: Table, *, fiscal: bool) -> list[Record]:
    """收入支出决算总表 / 财政拨款收入支出决算总表 / 财务收支预算总表 / 财政拨款收支预算总表.

    Income side → income metrics; expenditure side → one 类 FunctionalItem per class with a
    figure, and the totals. Fund rows listed under 年初结转和结余 are sub-items and skipped.
    """
    out: list[Record] = []
    after_carryover = False
    for row in table.rows:
        if row.side == 0:
            key = _match(row.label, INCOME_LABELS)
            if key in ("carryover_begin", "fiscal_carryover_begin"):
                after_carryover = True
            elif after_carryover and ORDINAL_PREFIX_RE.match(row.label):
                continue
        else:
            key = _match(row.label, EXPENDITURE_LABELS)
            if key is None:
                out.extend(_class_item(table, row))
                continue
        if key is None:
            continue
        if fiscal:
            key = FISCAL_RENAMES.get(key, key)
        record = metric(table, row, key, _first(row))
        if record is not None:
            out.append(record)
    return out


def _class_item(table: Table, row: TableRow) -> list[Record]:
    name = ORDINAL_PREFIX_RE.sub("", row.label)
    value = amount_of(_first(row), table)
    if value is None:
        return []
    code = CLASS_CODES.get(name)
    return [
        FunctionalItem(
            level="类",
            class_name=name,
            code=code,
            amount_yuan=value.yuan,
            stage=table.spec.stage,
            origin=origin_of(table),
            ulp_yuan=value.ulp_yuan,
            source_line=row.line,
            source_page=row.page,
        )
    ]


def functional_records(
    table: Table, total_metric: str, columns: tuple[tuple[str, str], ...] = (), basic_metric: str | None = None
) -> list[Record]:
    """A 科目编码 table by 功能分类: one FunctionalItem per coded row, metrics from its 合计 row."""
    out: list[Record] = []
    names: dict[str, str] = {}
    for row in table.rows:
        if row.code is None:
            out.extend(_total_metrics(table, row, total_metric, columns, basic_metric))
            continue
        names[row.code] = row.label
        level = LEVEL_BY_CODE_LENGTH.get(len(row.code))
        total = amount_of(_first(row), table)
        if level is None or total is None:
            continue
        basic = amount_of(row.value("基本支出"), table)
        project = amount_of(row.value("项目支出"), table)
        out.append(
            FunctionalItem(
                level=level,
                class_name=names.get(row.code[:3], row.label if level == "类" else ""),
                kuan_name=names.get(row.code[:5]) if level != "类" else None,
                item_name=row.label if level == "项" else None,
                code=row.code,
                amount_yuan=total.yuan,
                basic_yuan=basic.yuan if basic else None,
                project_yuan=project.yuan if project else None,
                stage=table.spec.stage,
                origin=origin_of(table),
                ulp_yuan=total.ulp_yuan,
                source_line=row.line,
                source_page=row.page,
            )
        )
    return out


def _total_metrics(table, row, total_metric, columns, basic_metric) -> list[Record]:
    out = [metric(table, row, total_metric, _first(row))]
    for label, text in row.values[1:]:
        for keyword, key in columns:
            if keyword in label:
                out.append(metric(table, row, key, text, label=f"{row.label}/{label}"))
                break
        else:
            if basic_metric and "基本支出" in label:
                out.append(metric(table, row, basic_metric, text, label=f"{row.label}/{label}"))
    return [record for record in out if record is not None]


def economic_records(table: Table) -> list[Record]:
    """基本支出 tables by 经济分类: EconomicItem rows, 人员经费 / 公用经费 totals."""
    out: list[Record] = []
    for row in table.rows:
        if row.code is None:
            out.extend(_economic_totals(table, row))
            continue
        total = amount_of(_first(row), table)
        if total is None:
            continue
        personnel = amount_of(row.value("人员经费"), table)
        public = amount_of(row.value("公用经费"), table)
        if personnel is not None or public is not None:
            group = "人员经费" if (personnel and personnel.yuan) else "公用经费"
            if not (personnel and personnel.yuan) and not (public and public.yuan):
                group = "人员经费" if row.code[:3] in PERSONNEL_CLASSES else "公用经费"
        else:
            group = "人员经费" if row.code[:3] in PERSONNEL_CLASSES else "公用经费"
        out.append(
            EconomicItem(
                group=group,
                name=row.label,
                code=row.code,
                amount_yuan=total.yuan,
                stage=table.spec.stage,
                origin=origin_of(table),
                ulp_yuan=total.ulp_yuan,
                source_line=row.line,
                source_page=row.page,
            )
        )
    return out


def _economic_totals(table: Table, row: TableRow) -> list[Record]:
    if row.label == "人员经费合计":
        return [r for r in [metric(table, row, "personnel_expense", _first(row))] if r]
    if row.label == "公用经费合计":
        return [r for r in [metric(table, row, "public_expense", _first(row))] if r]
    out = [
        metric(table, row, "general_budget_basic_expenditure", _first(row)),
        metric(table, row, "personnel_expense", row.value("人员经费"), label=f"{row.label}/人员经费"),
        metric(table, row, "public_expense", row.value("公用经费"), label=f"{row.label}/公用经费"),
    ]
    return [record for record in out if record is not None]


def three_public_records(table: Table) -> list[Record]:
    """“三公” figures: for 决算 tables value = 决算数 and budget_value = 预算数."""
    out: list[Record] = []
    for row in table.rows:
        by_key: dict[str, dict[str, tuple[str, str]]] = {}
        for label, text in row.values:
            group, _, leaf = label.rpartition("/")
            key = next((k for word, k in THREE_PUBLIC_COLUMNS if word in (group or leaf)), None)
            if key is None:
                out.append(_warning(table, row, f"“三公” column not recognised: {label!r}"))
                continue
            kind = "budget" if leaf == "预算数" else "final" if leaf == "决算数" else table.spec.stage
            by_key.setdefault(key, {})[kind] = (label, text)
        for key, cells in by_key.items():
            out.append(_three_public_metric(table, row, key, cells))
    return out


def _three_public_metric(table: Table, row: TableRow, key: str, cells: dict[str, tuple[str, str]]) -> Metric:
    stage = table.spec.stage
    value_cell = cells.get(stage)
    budget_cell = cells.get("budget") if stage == "final" else None
    value = amount_of(value_cell[1], table) if value_cell else None
    budget = amount_of(budget_cell[1], table) if budget_cell else None
    label = (value_cell or budget_cell or ("", ""))[0]
    ulp = (value or budget).ulp_yuan if (value or budget) else None
    return Metric(
        metric=key,
        label=label,
        value=value.yuan if value else None,
        unit="yuan",
        stage=stage,
        budget_value=budget.yuan if budget else None,
        budget_kind="initial" if budget else None,
        origin=origin_of(table),
        ulp=ulp,
        source_line=row.line,
        source_page=row.page,
    )


def _warning(table: Table, row: TableRow, message: str) -> ParseWarning:
    return ParseWarning(
        parser="pdf.tables", message=message, context=table.spec.canonical, source_line=row.line, source_page=row.page
    )


def contradiction_warnings(table: Table) -> list[Record]:
    """A table that prints figures and also says it is empty (万里街道 2024 “三公” table)."""
    if table.statement and table.has_figures:
        return [
            ParseWarning(
                parser="pdf.tables",
                message="table has figures but states it is empty",
                context=f"{table.spec.canonical}: {table.statement}",
                source_line=table.line,
                source_page=table.page,
            )
        ]
    return []




def table_records(tables: list[Table]) -> list[Record]:
    """Records of every 决算 and 预算 table, with a warning where a table contradicts itself."""
    out: list[Record] = []
    for table in tables:
        out.extend(_records_by_content(table))
        out.extend(contradiction_warnings(table))
    return out


def _records_by_content(table: Table) -> list[Record]:
    content = table.spec.content
    if content in (t.TOTALS, t.FISCAL_TOTALS):
        return two_sided_records(table, fiscal=content == t.FISCAL_TOTALS)
    if content == t.INCOME_BY_FUNCTION:
        return functional_records(table, "income_current_year", INCOME_COLUMNS)
    if content == t.EXPENDITURE_BY_FUNCTION:
        return functional_records(table, "expenditure_current_year", EXPENDITURE_COLUMNS)
    if content == t.GENERAL_BUDGET_BY_FUNCTION:
        return functional_records(
            table, "general_budget_expenditure", basic_metric="general_budget_basic_expenditure"
        )
    if content == t.GOVERNMENT_FUND_BY_FUNCTION:
        return functional_records(table, "government_fund_expenditure")
    if content == t.STATE_CAPITAL_BY_FUNCTION:
        return functional_records(table, "state_capital_expenditure")
    if content == t.BASIC_BY_ECONOMIC:
        return economic_records(table)
    if content == t.THREE_PUBLIC_EXPENSES:
        return three_public_records(table)
    raise ValueError(f"no record mapping for table content {content!r}")
