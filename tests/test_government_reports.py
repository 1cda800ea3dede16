"""Government-level fiscal reports (预算执行 / 决算草案 reports, monthly revenue notes, a region's
三公 total): kept out of department rankings (``entity_kind``), no body named from a sentence's
bare 县 / 盟, and a paragraph flattened onto the line of the table it introduces read as prose.
Real lines from unseen batch 12g (/tmp/unseen12g) and variants written for the rules."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.identity import entity_kind_of, parse_identity
from ingest.text import split_lines


def ident(text: str):
    return parse_identity(split_lines(text), source_name="x.txt")


@pytest.mark.parametrize(
    "text",
    [
        # real: 突泉县 2021 决算草案, 汕尾 2018 市级决算, 北京 2015 news, 大姚 monthly, 临洮 monthly, 鄂城区 三公
        "突泉县人民政府\n关于2021年财政决算草案的报告\n县人大常委会:\n",
        "汕尾市2018年预算执行情况已于今年初向市七届人大三次会议报告并经审议同意,2018年市级财政决算草案已按要求正式编成。\n",
        "市财政局局长李颖津就2015年北京市市级决算草案和2016年上半年预算执行情况作报告。\n",
        "一、一般公共预算收支完成情况\n(一)地方一般公共预算收入情况\n",
        "一、大口径财政收入情况\n2月份,全县实现大口径财政收入5682万元,完成预算105425万元的5.39%。\n",
        "  鄂城区2022年的“三公\"经费决算数合计为1000.86万,其中:因公出国(境)费0万元。\n",
        "泉州台商区2022年政府预决算相关重要事项说明\n",
        "2023年泉港区财政收支决算草案\n",
        # variants: 的报告 without 草案, half-width, 年度, spaces, 财政总收入, a 旗's own 三公 total
        "关于 2022 年度 某区财政决算的报告\n",
        "1-3月,全市完成财政总收入 1,234 万元。\n",
        "某旗2024年度“三公”经费预算情况说明\n",
        "某县2023“三公”经费决算情况说明\n",
    ],
)
def test_government_reports_are_aggregates(text: str):
    assert ident(text).entity_kind == "aggregate"


@pytest.mark.parametrize(
    "text",
    [
        # a department's own 三公 (局 before the year), and duties that mention 预决算草案
        "寿县财政局2022年“三公”经费预算情况\n",
        "某县财政局2023年度部门决算\n主要职责:负责编制县级预决算草案,管理财政资金。\n",
        "茂县人力资源和社会保障局2022年度部门决算\n编制全县养老、失业、工伤等相关社会保险基金预决算草案。\n",
    ],
)
def test_department_documents_stay_departments(text: str):
    assert ident(text).entity_kind == "department"


@pytest.mark.parametrize(
    "text",
    [
        # real: the sentences name the county's bodies without its name (周至, 突泉, 彭水)
        "各位代表:\n受县人民政府委托,现将我县2023年财政预算执行情况和2024年财政预算草案报告如下。\n",
        "根据《预算法》有关规定,由县财政局汇编并向盟财政局上报了2021年度突泉县财政决算,现已经通过盟财政局审核。\n",
        "二、财政收支预算调整草案\n收入调整为635000万元,比县第十七届人大常委会第三十七次会议批准的调整预算调增93000万元。\n",
        "今年以来,全县财税部门紧紧围绕县委总体部署,狠抓落实。\n",
        # variants: 区 and 市, full-width comma
        "受区人民政府委托，现将预算草案报告如下。\n",
        "经市财政局汇总，由市财政局统一公开。\n",
    ],
)
def test_no_body_named_from_a_bare_level_word(text: str):
    info = ident(text)
    assert info.county is None and info.prefecture is None
    assert info.department_name == "x"  # the file's name: no body is printed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("和县财政局2023年部门决算\n", "和县财政局"),  # 和县 is a county: 和 before 县 is its name
        ("云县财政局关于2023年三公经费的说明\n一、云县财政局2023年部门决算\n", "云县财政局"),
    ],
)
def test_one_character_counties_still_name_their_bodies(text: str, name: str):
    assert ident(text).department_name == name


LINTAO = (  # real: 临洮 2024-02 revenue note, its paragraph and table flattened onto one line
    "一、大口径财政收入情况\n"
    "2月份,全县实现大口径财政收入5682万元,完成预算105425万元的5.39%,较均衡进度慢2.94%,较上年同期减收1816万元,"
    "下降24.22%。从收入结构看:税收收入15348万元,占收入的89.99%。 具体收入项目情况如下: 二〇二四年二月大口径财政收入"
    "执行情况表 | 预 算 科 目 | 本年收入计划 | 累计完成数 | 合 计 | 税收收入 | 89275 | 7451 | 2186 |\n"
    "| 5711 | 15348 | 17.19 | 14032 | 9.38 |\n"
)
# variant: full-width pipes and commas, 元, the lead ending in a full stop right before the pipe
VARIANT = (
    "全镇一般公共预算收入完成1,234,500元，为年初预算的101.5%，同比增长3.2%。"
    "｜ 科目 ｜ 预算数 ｜ 完成数 ｜\n｜ 税收收入 ｜ 1000000 ｜ 1100000 ｜\n"
)


def test_prose_before_a_table_on_its_line_is_read(tmp_path: Path):
    path = tmp_path / "lintao.txt"
    path.write_text(LINTAO, encoding="utf-8")
    figures = {(r.source_line, r.field, r.value) for r in parse_path(path).records if hasattr(r, "field")}
    assert (2, "amount", Decimal("56820000.00")) in figures
    assert (2, "budget_initial", Decimal("1054250000.00")) in figures
    assert (2, "change_pct", Decimal("24.22")) in figures
    assert (2, "amount", Decimal("153480000.00")) in figures


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (LINTAO, ["heading", "text", "table", "table"]),
        (VARIANT, ["text", "table", "table"]),
        # a row whose first cell is a short sentence stays one table row
        ("完成年度任务。| 10 | 9.5 |\n", ["table"]),
        ("| 产出指标 | 完成建设任务。 | 100% |\n", ["table"]),
    ],
)
def test_prose_lead_split_from_its_table(text: str, kinds: list[str]):
    assert [p.kind for p in build_paragraphs(split_lines(text))] == kinds


def test_lintao_page_is_read_and_kept_out_of_rankings():
    """The real page (tests/fixtures/pages): rejected as unreadable before the prose lead was split off."""
    page = Path(__file__).parent / "fixtures" / "pages" / "lintao-2024-02-revenue-table-flattened.txt"
    parsed = parse_path(page)
    assert parsed.info.entity_kind == "aggregate"
    amounts = {r.value for r in parsed.records if getattr(r, "field", None) == "amount" and r.source_line == 3}
    assert {Decimal("56820000.00"), Decimal("170560000.00"), Decimal("153480000.00")} <= amounts


@pytest.mark.parametrize(
    "duties",
    [
        "主要职责:负责组织执行全县财政预算,编制全县财政决算草案。",
        "（一）拟订全区财政发展规划；（二）组织执行全区预算，编制全区财政决算草案。",
        "审计局:审计全市预算执行情况和决算草案。",
    ],
)
def test_a_departments_duties_over_the_region_do_not_make_it_an_aggregate(duties):
    """A 财政局's (or 审计局's) own 部门决算 prints its duties in its opening lines: 组织执行全县财政预算, 编制全县
    财政决算草案 name its work, not whose figures the document prints — it stays a department (it was
    typed as an aggregate and kept out of department rankings)."""
    text = f"某县财政局2023年度部门决算\n第一部分 部门概况\n{duties}\n"
    assert entity_kind_of(split_lines(text), "某县财政局") == "department"


@pytest.mark.parametrize(
    "head", ["2023年全县一般公共预算收入完成12亿元。", "关于某县2023年财政决算草案的报告", "区本级2024年预算"]
)
def test_a_regions_own_figures_stay_an_aggregate(head):
    assert entity_kind_of(split_lines(head + "\n"), None) == "aggregate"
