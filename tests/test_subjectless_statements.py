"""Figures of sentences whose own clause names no subject (ingest/statements.py): a budget, its execution and
their rate with no subject (_budget_execution_without_subject), read only where the rate is the execution over
the budget; a total whose clause is only 共计 / 合计 / 总计, the total of what the clause before it names."""

from __future__ import annotations

from decimal import Decimal

from _statement_helpers import figures

from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.records import ParseWarning
from ingest.statements import parse_statements
from ingest.text import split_lines

REAL = (
    "公共文化服务体系项目绩效自评综述:根据年初设定的绩效目标,项目绩效自评得分为95分。全年预算数为200万元,"
    "执行数为179.43万元,完成预算的89.7%。项目绩效目标完成情况:…\n"
)


def _fields(text: str) -> dict[str, tuple[str, Decimal]]:
    return {f.field: (f.label, f.value) for f in figures(text) if f.field in ("budget_initial", "amount", "share_pct")}


def _warnings(text: str) -> list[ParseWarning]:
    warnings: list[ParseWarning] = []
    parse_statements(build_paragraphs(split_lines(text)), warnings)
    return warnings


def test_real_sentence_confirmed_by_its_rate():
    # 179.43 / 200 = 89.7 %
    assert _fields(REAL) == {
        "budget_initial": ("全年预算数", Decimal("2000000.00")),
        "amount": ("执行数", Decimal("1794300.00")),
        "share_pct": ("完成预算", Decimal("89.7")),
    }


def test_variants_wording_spacing_units_punctuation():
    # 元, full-width punctuation and spaces, 年初预算 / 实际支出 / 预算执行率为
    text = "项目于年内实施完毕。年初预算 500000 元，实际支出数为 450000 元；预算执行率为90%。\n"
    assert _fields(text) == {
        "budget_initial": ("年初预算", Decimal("500000")),
        "amount": ("实际支出数", Decimal("450000")),
        "share_pct": ("预算执行率", Decimal("90")),  # (a …执行率 right before its number names itself)
    }
    # at a paragraph's start, the rate rounded to a whole percent
    text = "预算数为30万元,执行数为29.9万元,执行率100%。\n"
    assert _fields(text)["share_pct"] == ("执行率", Decimal("100"))


def test_arithmetic_fails_nothing_and_a_warning():
    text = REAL.replace("89.7%", "98.7%")
    assert _fields(text).get("budget_initial") is None and _fields(text).get("amount") is None
    assert any("no subject" in w.message for w in _warnings(text))


def test_a_subject_keeps_the_sentence_readers_reading():
    text = "本单位公开招考经费项目全年预算数为18万元,执行数为18万元,完成预算的100%。\n"
    read = [f for f in figures(text) if f.field in ("budget_initial", "amount", "share_pct")]
    assert {f.label for f in read} == {"本单位公开招考经费项目"} and len(read) == 3
    # a clause before a comma, or a heading before a colon, may name the subject: not read as subject-less
    for text in (
        "公开招考经费项目,全年预算数为18万元,执行数为17万元,完成预算的94.4%。\n",
        "劳动人事争议调解经费项目绩效自评综述:全年预算数为45万元,执行数为27.34万元,完成预算61%。\n",
    ):
        assert not any(f.label in ("全年预算数", "执行数") for f in figures(text))


def test_total_clause_takes_the_clause_before():
    real = "2022年,中央下达我省3批中央农业生产和水利救灾资金(水利部分),共计6800万元。省财政厅分别于…\n"
    (total,) = [f for f in figures(real) if f.field == "amount"]
    assert total.value == Decimal("68000000.00") and total.label.endswith("水利救灾资金(水利部分)")
    # 元, full-width comma, 合计为
    (total,) = [f for f in figures("本年收到社会捐赠物资，合计为52000元。\n") if f.field == "amount"]
    assert (total.label, total.value) == ("本年收到社会捐赠物资", Decimal("52000"))
    # the clause before a figure of its own (按生均1000元安排,共计239万元): nothing before 共计 names the total
    assert not any(f.value == Decimal("2390000.00") for f in figures("我校按生均1000元安排,共计239万元。\n"))
    # a change's total (比上年增加10万元,共计50万元) takes no label from the change's clause; 合计 alone is a label
    assert not any(f.value == Decimal("500000") and f.field == "amount"
                   for f in figures("比上年增加10万元,共计50万元。\n"))
    assert [f.label for f in figures("经费支出,合计50万元。\n")] == ["合计"]


def test_parts_named_after_respectively():
    # 绵阳市科技局 2021: the first part after 分别是 is printed with its name, as the parts after it are
    real = (
        "2021年部门预算项目支出87.5万元,分别是科技活动交流经费5万元,科技项目评审及系统维护费18万元,"
        "绵阳市外国专家工作经费2.5万元。\n"
    )
    assert [(f.label, f.value) for f in figures(real)] == [
        ("部门预算项目支出", Decimal("875000.00")), ("科技活动交流经费", Decimal("50000.00")),
        ("科技项目评审及系统维护费", Decimal("180000.00")), ("绵阳市外国专家工作经费", Decimal("25000.00")),
    ]
    # 彭水县 2021: the change after it is that part's, not the sentence's subject's
    text = (
        "调入资金拟调整为60000万元,调增15000万元。分别是土地出让收入调入52210万元,调增16210万元;"
        "城市建设配套费调入2790万元。\n"
    )
    read = {(f.field, f.value): f.label for f in figures(text)}
    assert read[("amount", Decimal("522100000.00"))] == "土地出让收入调入"
    assert read[("change", Decimal("162100000.00"))] == "土地出让收入调入"
    # 分别为 and a colon, 元, full-width punctuation
    text = "本年支出合计12000元，分别为：办公费7000元，印刷费5000元。\n"
    assert [(f.label, f.value) for f in figures(text)][1:] == [("办公费", Decimal("7000")), ("印刷费", Decimal("5000"))]


def test_a_list_of_names_before_respectively_is_unchanged():
    text = "因公出国费、公务接待费分别为1万元、2万元。\n"
    assert [(f.label, f.value) for f in figures(text)] == [
        ("因公出国费", Decimal("10000")), ("公务接待费", Decimal("20000"))]
    text = "公务接待费1万元、会议费2万元,分别比上年增长5%、3%。\n"
    assert [(f.label, f.field) for f in figures(text)] == [
        ("公务接待费", "amount"), ("会议费", "amount"), ("公务接待费", "change_pct"), ("会议费", "change_pct")]
