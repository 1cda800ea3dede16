"""The labels documents print for their headline figures, in one place (vocabulary as data).

:data:`LABEL_PATTERNS` maps the many ways a label is printed to a key of
``seeds/metric_vocabulary.csv``: ``“三公”经费支出``, ``三公经费决算支出数``, ``"三公"经费合计`` all
name ``three_public_total``. Another way to print a label is one more alternative here, with a
test, not a new regex in a parser. Patterns are tried in order, the most specific first, on the
label with quotes and spaces removed.
"""

from __future__ import annotations

import functools
import re

# What a table prints in an empty cell's place, in every reader's layouts: a dash or two (-, —) and a slash. Each
# reader adds what its layouts print besides (an en dash, a full-width hyphen, a backslash, 无, an empty token).
EMPTY_CELL_MARKS = frozenset({"-", "--", "—", "——", "/"})

# The words of a grand total, as a table's row label (合计, 总计) or a sentence's clause (合计50万元).
GRAND_TOTAL_WORDS = ("合计", "总计")

LABEL_PATTERNS: tuple[tuple[str, str], ...] = (
    # 三公经费 (“三公”经费 and its parts)
    ("three_public_vehicle_purchase", r"公务用?车(?:辆)?购置(?:费|经费|支出)(?!及)"),
    ("three_public_vehicle_operation", r"公务用?车(?:辆)?运行(?:维护|维修)?(?:费|经费|支出)"),
    ("three_public_vehicle", r"公务用?车(?:辆)?购置(?:及|和)运行(?:维护|维修)?(?:费|经费)?"),
    ("three_public_reception", r"公务接待(?:费|经费|支出)"),
    ("three_public_overseas", r"因公出国\(?境\)?(?:费|经费)"),
    ("three_public_total", r"三公经费|三公支出"),
    ("vehicles_held", r"(?:公务用?车|车辆)保有(?:量|数)"),
    ("vehicles_purchased", r"公务用?车购置(?:数|数量)?$"),
    ("overseas_groups", r"因公出国\(?境\)?团组"),
    ("foreign_reception_batches", r"(?:国\(?境\)?外|外事)(?:公务)?接待批次"),
    ("foreign_reception_persons", r"(?:国\(?境\)?外|外事)(?:公务)?接待人次"),
    ("reception_batches", r"(?:国内)?公务接待批次|接待批次"),
    ("reception_persons", r"(?:国内)?公务接待人次|接待人次"),
    # 机关运行经费, 政府采购
    ("operation_expense", r"机关运行经费|运行经费支出"),
    ("procurement_total", r"政府采购(?:支出|合同)?总额"),
    # totals and their parts
    ("fiscal_income_total", r"财政拨款收入?(?:、|和)?支出?总计|财政拨款收、?支总计"),
    ("income_total", r"^(?:部门|单位)?(?:预算|决算|财务)?(?:总收入|收入总计)$|^收入总计|^收入(?:预算|决算)总计$"),
    ("expenditure_total", r"^(?:部门|单位)?(?:预算|决算|财务)?(?:总支出|支出总计)$|^支出总计|^支出(?:预算|决算)总计$"),
    ("income_current_year", r"本年(?:度)?收入(?:合计)?$|^收入合计$"),
    ("expenditure_current_year", r"本年(?:度)?支出(?:合计)?$|^支出合计$"),
    ("carryover_end", r"年末结转(?:和|及)?结余(?!项目|资金项目)"),  # 年初结转结余项目: projects, not the balance
    # 上年结转结余资金安排 (the part of a purchase or a spending paid from the carryover) is no balance
    ("carryover_begin", r"(?:年初|上年)结转(?:和|及)?结余(?!项目|资金项目|(?:资金)?安)"),
    ("income_general_budget", r"一般公共预算(?:财政)?拨款收入"),
    ("general_budget_expenditure", r"一般公共预算(?:财政)?拨款支出"),
    ("income_government_fund", r"政府性基金预算(?:财政)?拨款收入"),
    ("income_fiscal", r"^(?:本年)?财政拨款收入$"),
    ("income_superior_subsidy", r"上级补助收入"),
    ("income_business", r"^事业收入"),
    ("income_operating", r"^经营收入"),
    ("income_other", r"^其他收入"),
    ("expenditure_basic", r"^基本支出"),
    ("expenditure_project", r"^项目支出"),
    ("personnel_expense", r"^人员经费"),
    ("public_expense", r"^(?:日常)?公用经费"),
)
# The units money is counted in, the largest first, and the same as a regex alternation (亿元 | 万元 | 千元 | 元).
MONEY_UNITS = ("亿元", "万元", "千元", "元")
MONEY_UNIT_ALTERNATION = "|".join(MONEY_UNITS)
# The units things and people are counted in (2370人, 15辆, 3个项目, 40户次), each once: the readers' one list of
# them. Where one unit begins another's spelling the longer stands first (万人次 before 万人, 人次 before 人, 台套
# before 台), so an alternation built in this order reads the longer. A reader whose text makes some of them other
# words' (个人, 项目, 台账 in prose) or reads only some (a unit cell's) takes its subset in this order and says why.
COUNT_UNITS = (
    "万人次", "人次", "万人", "人", "名",
    "批次", "场次", "户次", "家次", "所次", "册次", "台套", "次",
    "个", "项", "所", "家", "户", "场", "台", "套", "辆", "张", "床", "间", "座", "处",
    "期", "份", "册", "件", "卷", "盘", "盒", "口", "篇", "门", "宗",
)

# The words after an indicator's figure that make it a bound (90%以上, 30万元以下, 5天以内), and the same as a regex
# alternation; readers that take 及以上 too add it. :data:`ingest.performance.indicator_values.SUFFIX_OPERATORS`
# reads each as its operator.
LIMIT_WORDS = ("以上", "以下", "以内")
LIMIT_ALTERNATION = "|".join(LIMIT_WORDS)
# The signs of a bound before an indicator's figure (≥95%, ≧20000亩, >=20平方米, ＜24小时): ≥ and ≤ with their
# look-alikes (≧ ≦ ⩾ ⩽), ASCII and full-width comparisons, each with its operator; and the same as a regex
# alternation, the two-character spellings first (a target's placeholder, 苗木成活率(≥**%), takes its sign's
# operator: :data:`ingest.performance.indicator_values.OPERATORS_OF_PLACEHOLDER`).
BOUND_SIGN_OPERATORS = {
    ">=": ">=", "<=": "<=", "≥": ">=", "≤": "<=", "≧": ">=", "≦": "<=", "⩾": ">=", "⩽": "<=", "=": "=", "＝": "=",
    ">": ">", "<": "<", "＞": ">", "＜": "<",
}
BOUND_SIGNS = tuple(BOUND_SIGN_OPERATORS)
BOUND_SIGN_ALTERNATION = "|".join(re.escape(sign) for sign in BOUND_SIGNS)
# The words of a bound before a figure (不低于95%, 至少3个, 控制在5%), each with its operator, the longer first where
# one begins another (大于等于 before 大于): the readers' one list of them.
# :data:`ingest.performance.indicator_values.OPERATOR_WORDS` reads each as its operator; a reader that reads some
# of them only (a target list's lower bounds) takes them by their operator, in this order.
BOUND_WORDS: tuple[tuple[str, str], ...] = (
    ("大于等于", ">="), ("大于或等于", ">="), ("小于等于", "<="), ("小于或等于", "<="),
    ("不低于", ">="), ("不少于", ">="), ("不小于", ">="), ("至少", ">="),
    ("不超过", "<="), ("不高于", "<="), ("不多于", "<="), ("不大于", "<="), ("控制在", "<="),
    ("低于", "<"), ("少于", "<"), ("小于", "<"),
    ("超过", ">"), ("高于", ">"), ("大于", ">"),
    ("等于", "="), ("达到", ">="),
)
# The operators of a lower bound (at least, more than): a target's floor.
LOWER_BOUND_OPERATORS = (">=", ">")
# The bound words and signs as one regex alternation (the words first, each the longer first where one begins
# another): an indicator's value opening with its operator (≥95%, 不低于90%, 大于等于3个). Behind a class of their
# first characters: a pattern searching a line tries it at every character, and most fail at that one test
# instead of at each of the alternatives in turn.
BOUND_ALTERNATION = (
    "(?=[" + "".join(sorted({re.escape(bound[0]) for bound in (*(w for w, _ in BOUND_WORDS), *BOUND_SIGNS)})) + "])"
    + "(?:" + "|".join((*(word for word, _ in BOUND_WORDS), BOUND_SIGN_ALTERNATION)) + ")"
)
# The words of a bound that say it with 不 (不低于, 不少于, 不超过 …): a target's bound in a sentence.
NEGATED_BOUND_WORDS = tuple(word for word, _ in BOUND_WORDS if word.startswith("不"))
# The words a comparison with a year or a budget opens with (比上年, 较2020年, 与2021年相比), and the same as a regex
# alternation: the readers' one vocabulary of them — a line opening so continues the paragraph it compares
# (:data:`ingest.final_accounts.paragraphs.COMPARISON_OPENING_RE`, with 同 / 和 of 同上年 / 和上年相比), a year so
# named is the one a clause compares with, not its figures' (:data:`ingest.statements.COMPARED_YEAR_RE`, with 对比).
COMPARED_WITH_WORDS = ("比", "较", "与")
COMPARED_WITH_ALTERNATION = "|".join(COMPARED_WITH_WORDS)
# The forms of a date, the readers' one vocabulary of them. A year of the documents' centuries (19xx, 20xx; a year in
# Chinese numerals, 二〇二三年, is read as its digits before any reader looks: identity.CHINESE_YEAR_RE); the same
# named with 年 (2023年, 2023 年); a date written out (2024年3月, 2023 年 12 月 31 日: spaces allowed, the day
# optional); a whole day written out, its year, month and day as groups (2022年12月31日); and the marks between a
# date's figures printed without words (2024.3.1, 2024-03-01, 2024/3/1).
YEAR = r"(?:19|20)\d{2}"
YEAR_NAMED = rf"{YEAR}\s*年"
WRITTEN_DATE = rf"{YEAR_NAMED}\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?"
WRITTEN_DAY = rf"({YEAR})年(\d{{1,2}})月(\d{{1,2}})日"
DATE_FIGURE_MARKS = r"[.\-/]"
# Units an indicator's value is counted in (年度指标值 ``≥266米``, ``2370人``, ``95%``), as printed.
INDICATOR_UNITS: tuple[str, ...] = (
    "%", "％", "百分比", "万元", "亿元", "元", "人次", "万人", "人", "个", "次", "天", "日", "个月", "月", "年",
    "亩", "只", "头", "户", "辆", "台", "套", "项", "所", "家", "件", "份", "场", "平方米", "立方米", "厘米", "米",
    "公里", "小时", "分钟", "期", "批", "册", "张", "座", "处", "条", "篇", "本", "部", "间", "棵", "株", "公顷", "吨",
    "平方公里", "千米", "公斤", "千克", "km", "KM", "kg", "m", "M", "起", "粒", "块", "盏", "例", "架",
    # physical quantities (ingest/units.py): areas, volumes, masses, energy and power, with their Latin symbols
    # as NFKC prints them (hm² → hm2, m³ → m3)
    "公顷", "hm2", "平方千米", "km2", "m2", "万亩", "万平方米", "万立方米", "m3", "万m3", "万吨", "t", "万t",
    "千瓦时", "千瓦", "万千瓦", "kWh", "kW", "场次",
    # hm² printed with its ² lost (a hectare, as a page's areas in 公顷 are: 治理水土流失面积1429.39hm)
    "hm",
)


def units_pattern(units: tuple[str, ...]) -> str:
    """A regex alternation of ``units``, the longest first (平方米 before 米, 人次 before 人)."""
    return "(?:" + "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True)) + ")"


_COMPILED = tuple((key, re.compile(pattern)) for key, pattern in LABEL_PATTERNS)
_STRIP_RE = re.compile(r"[\s“”\"'‘’]")
# A label naming a rate (变动率, 控制率, 执行率 %, 增长率(%)): none of the vocabulary's amounts.
RATE_LABEL_RE = re.compile(r"率(?:\(?%\)?)?$")
# A label naming an average per person, vehicle or household (人均, 车均, 户均, 平均): none of the totals.
AVERAGE_LABEL_RE = re.compile(r"[人车户]均|平均")


# Keys of the vocabulary that count things (their unit in seeds/metric_vocabulary.csv is no money):
# a bare 公务用车购置 is a count of vehicles under 辆, the money spent on them under 万元.
COUNT_METRICS = frozenset({
    "vehicles_held", "vehicles_purchased", "overseas_groups", "foreign_reception_batches",
    "foreign_reception_persons", "reception_batches", "reception_persons",
})


def metric_of_amount(label: str) -> str | None:
    """:func:`metric_of_label` of a money figure's label: none of the keys that count things (a
    money row labelled ``公务用车购置`` is not the number of vehicles bought)."""
    metric = metric_of_label(label)
    return None if metric in COUNT_METRICS else metric


@functools.lru_cache(maxsize=4096)
def metric_of_label(label: str) -> str | None:
    """The metric key a printed label names (``公务用车运行维护费支出`` → ``three_public_vehicle_operation``),
    or None."""
    if COMPARABLE_BASIS_MARK in label:  # 全区一般公共预算总收入(同口径): a comparable basis's figure, not the thing's
        return None
    text = _STRIP_RE.sub("", label)
    if RATE_LABEL_RE.search(text):  # 三公经费变动率, 公用经费控制率: a rate of the thing, not the thing
        return None
    if AVERAGE_LABEL_RE.search(text):  # 人均因公出国(境)费用, 车均运行维护费: an average, not the thing's total
        return None
    for key, pattern in _COMPILED:
        if match := pattern.search(text):
            if "income" not in key and text.endswith(INCOME_END) and match.end() < len(text) - len(INCOME_END):
                return None  # 项目支出…目标业务收入, 三公经费控制率达标业务收入: a run-on label whose noun is an income
            return key
    return None


# What a label names a figure on a comparable basis with (ingest/statements.py COMPARABLE_BASIS_LABEL).
COMPARABLE_BASIS_MARK = "(同口径)"
# The end of a label that names an income (业务收入, 事业收入), whatever words a run-on label holds before it.
INCOME_END = "收入"
