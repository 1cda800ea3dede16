"""Real pages re-printed as other tools print them (benchmarks/reprints.py) had figures read wrong — a
value cut from its unit where a PDF prints a space before the unit, a row of a table one cell per line that
lost a cell laid under the wrong columns. Each case on the real page re-printed and on a variant written
here: the figure reads as in the original, or is left out — never another value."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from benchmarks.reprints import VARIANTS
from ingest.document import parse_bytes
from ingest.records import Indicator, ParseWarning, StatedFigure

PAGES = Path(__file__).parent / "fixtures" / "pages"
HELDOUT_26S = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout" / "26s" / "text"


def _reprinted(name: str, variant: str) -> list:
    return _reprinted_path(PAGES / name, variant)


def _reprinted_path(page: Path, variant: str) -> list:
    text, _ = VARIANTS[variant](page.read_text("utf-8").split("\n"))
    return parse_bytes(text.encode("utf-8"), Path(page.name)).records


def _parsed(text: str) -> list:
    return parse_bytes(text.encode("utf-8"), Path("page.txt")).records


def _targets(records: list) -> dict[str, str]:
    return {r.level3_name: r.target_raw for r in records if isinstance(r, Indicator)}


def test_a_target_sentence_with_a_space_before_the_unit():
    """同心县下马关镇 2023 绩效目标 notice: ``脱贫地区特色产业产值(≥**万元)≥80 万元`` (the template's placeholder,
    then the value printed with a space before its unit) is ≥80万元, not ≥80."""
    targets = _targets(_reprinted("tongxin-xiamaguan-2023-targets-notice.txt", "spaces before units"))
    assert targets["脱贫地区特色产业产值"] == "≥80万元" and targets["受益脱贫户满意度"] == "≥95%"
    assert targets["完成及时率"] == ">=100%"
    written = _targets(_parsed("绩效目标\n数量指标:培训人数(≥**人)≥120 人;合格率(≥**%)≥95 %,其他。\n"))
    assert written == {"培训人数": "≥120人", "合格率": "≥95%"}


def test_a_flattened_target_table_with_a_space_before_the_unit():
    """宁德市委党史和地方志研究室 2019 部门整体支出绩效目标表 flattened one row per line: ``项目完成时间
    2019年12月(计划标准) 100 %`` — the target is 100%, not a lone %."""
    records = _reprinted("ningde-dsb-2019-dept-targets.txt", "spaces before units")
    assert _targets(records)["项目完成时间"] == "100%"
    assert "%" not in _targets(records).values()


def test_a_row_one_cell_per_line_that_lost_a_cell_is_not_laid_under_other_columns():
    """金寨县茶谷和美丽乡村建设服务中心 2023 部门整体支出绩效自评表, a blank line after each row (a Word table
    copied, whose empty cells are blank lines too): 年度资金总额's row prints five figures under six
    columns (its 得分 empty) — its 全年执行数 338.31 was read as 分值 and its 执行率 10 %. Which cell is
    missing cannot be told: the row is left out, never shifted."""
    records = _reprinted("jinzhai-chagu-2023-dept-self-evaluation.txt",
                         "tables one cell per line, a blank line after each row")
    read = {(f.label, f.value) for f in records if isinstance(f, StatedFigure)}
    assert ("年度资金总额 分值", Decimal("338.31")) not in read
    assert ("年度资金总额 执行率", Decimal("10")) not in read
    written = _parsed("预算资金(万元)\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n\n"
                      "年度资金总额\n50\n50\n45\n10\n90%\n\n其中:财政拨款\n50\n50\n45\n\n")
    assert not [f for f in written if isinstance(f, StatedFigure) and f.label.startswith("年度资金总额 ")]
    # a header one cell longer than the rows whose first cell names the label column is read as before
    labelled = _parsed("单位:万元\n单位名称\n年初预算数\n全年执行数\n\n本级\n50\n45\n\n下级\n30\n20\n\n")
    assert {(f.label, f.value) for f in labelled if isinstance(f, StatedFigure)} >= {
        ("本级 全年执行数", Decimal("450000.00")), ("下级 年初预算数", Decimal("300000.00"))}
    assert not [w for w in written if isinstance(w, ParseWarning) and "Traceback" in w.message]


PAGED = "pages with numbers and a running header"


def test_a_page_break_inside_a_table_printed_one_cell_per_line():
    """A PDF's text puts its page's number and running header between two cells of a table printed one
    cell per line (``100%`` / ``- 6 -`` / ``政务公开…`` / ``10``): they are no cells. 衡山县贯塘乡 2023 部门整体
    自评表 (its funds row), 昌宁县 2022 自评表 (its header split by the break: 一级指标 / - 3 - / 二级指标 …,
    which had left the rows without their 实际完成值 and 得分), 平山县下口镇 2025 收支总表 (numbered cells)."""
    funds = [r for r in _reprinted("hengshan-guantang-2023-dept-selfeval.txt", PAGED)
             if type(r).__name__ == "DepartmentFunding"]
    assert (funds[0].label, funds[0].executed_yuan, funds[0].execution_rate, funds[0].score) == (
        "年度资金总额", Decimal("20301200.00"), Decimal("100"), Decimal("10"))
    page = _reprinted("changning-gxs-2022-selfeval.txt", PAGED)
    rows = {r.level3_name: r for r in page if isinstance(r, Indicator)}
    assert (rows["公猪舍(≥**平方米)"].actual_raw, rows["公猪舍(≥**平方米)"].score) == ("22.8", Decimal("1"))
    figures = {(f.label, f.value) for f in _reprinted("pingshan-xiakou-2025-budget-numbered-cells.txt", PAGED)
               if isinstance(f, StatedFigure)}
    assert ("八、社会保障和就业支出 预算数", Decimal("982500.00")) in figures


def test_a_page_break_inside_a_written_table():
    """A variant: a department funds table one cell per line, blank lines between cells, broken by a page."""
    text = ("部门整体支出绩效自评表\n部门(单位)名称\n\n某镇人民政府\n\n年初预算数\n\n全年执行数\n\n分值\n\n得分\n\n"
            "年度资金总额\n\n120.5\n\n- 2 -\n\n118\n\n10\n\n9.8\n\n年度总体目标\n")
    (row,) = [r for r in _parsed(text) if type(r).__name__ == "DepartmentFunding"]
    assert (row.budget_initial_yuan, row.executed_yuan, row.weight, row.score) == (
        Decimal("1205000.00"), Decimal("1180000.00"), Decimal("10"), Decimal("9.8"))


def test_sentences_before_a_table_flattened_with_tabs_onto_their_line():
    """临洮县 2024年2月 财政收入: a page flattened to one line prints its paragraph, then the table it introduces —
    with pipes or, copied from a spreadsheet, tabs between the cells (the page had been rejected: its
    sentences read as a table row). The sentences before the first tab are prose."""
    records = _reprinted("lintao-2024-02-revenue-table-flattened.txt", "tables separated by tabs")
    read = {(f.label, f.value) for f in records if isinstance(f, StatedFigure)}
    assert ("全县实现大口径财政收入", Decimal("56820000.00")) in read
    written = _parsed("一、收入情况\n全县实现一般公共预算收入1200万元,同比增长5.2%,完成年初预算的18.3%。"
                      "具体情况如下:\t预算科目\t本年计划\t累计完成\n税收收入\t5000\t1000\n")
    assert ("全县实现一般公共预算收入", Decimal("12000000.00")) in {
        (f.label, f.value) for f in written if isinstance(f, StatedFigure)}


def test_a_target_table_one_space_between_cells_with_a_space_before_a_unit_per_unit():
    """南岳区 2018 市级专项扶贫资金 绩效目标申报表, one space between its cells (一级指标 二级指标 三级指标
    指标值 备注), a space printed before each unit: ``流转土地补助标准 <=475 元/亩`` — a unit of the
    vocabulary (ingest/units.py), one per one too (元/亩, 元/平方米), printed apart from its number is the
    number's, not a cell under 备注: the target is <=475元/亩, never <=475."""
    targets = _targets(_reprinted("nanyue-2018-targets-company-implementing-unit.txt", "spaces before units"))
    assert targets["流转土地补助标准"] == "<=475元/亩"
    assert targets["景观建设成本"] == "<=2875元/个"
    assert targets["贫困地区旅游基础设施建设工程建设成本"] == "<=3000元/平方米"
    written = _targets(_parsed(
        "绩效目标申报表\n绩效指标 一级指标 二级指标 三级指标 指标值 备注\n产出指标 数量指标 新建乡村道路 >=3.5 公里\n"
        "成本指标 道路建设成本 <=120 万元/公里\n每亩补助标准 ≤ 800 元/亩\n效益指标 社会效益指标 受益人口 >=2000 人\n"
        "满意度指标 服务对象满意度指标 群众满意度 >=90 %\n"))
    assert written == {"新建乡村道路": ">=3.5公里", "道路建设成本": "<=120万元/公里", "每亩补助标准": "≤800元/亩",
                       "受益人口": ">=2000人", "群众满意度": ">=90%"}



def _money(records: list) -> set[tuple[int, str, Decimal]]:
    return {(f.source_line, f.label, f.value) for f in records if isinstance(f, StatedFigure) and f.unit == "yuan"}


def test_a_label_and_a_number_with_its_own_unit_after_a_space_is_no_amount():
    """金寨经济开发区 2021 项目绩效目标 under 资金情况(万元), a space before each unit: ``指标1:安置小区物业费
    8 个`` — the 8 counts things (个, a unit of the vocabulary printed after a space), it is no 8万元 of 物业费."""
    records = _reprinted("jinzhai-kfq-2021-project-targets-space-rows.txt", "spaces before units")
    assert not [f for f in _money(records) if f[1].endswith("物业费")]
    written = _parsed("资金情况(万元)\n年度资金总额 16 年初预算数 16\n培训经费 3 期\n道路养护经费 2.5 公里\n"
                      "办公经费 4 万元\n")
    assert {(label, value) for _, label, value in _money(written)} >= {("年度资金总额", Decimal("160000"))}
    assert not [f for f in _money(written) if f[1] in ("培训经费", "道路养护经费")]


def test_a_label_before_a_row_of_values_is_no_pair():
    """萧县张庄寨镇 2023 绩效目标自评表 lined up with spaces (a corpus page): ``特色产业带动增加受益农户收入
    (总收入)   20   ≥11.376万元   12万元   20`` — the 20 after the name is the row's 分值, then its target and
    actual: no 20万元 of 收入 (a row of several columns' values, the second one a bound)."""
    from benchmarks.fidelity import REAL_DOCUMENTS

    written = _parsed("资金情况(万元)\n年度资金总额 9.48\n经济效益指标\n带动农户增加收入 20 ≥11 万元 12万元 18\n")
    assert {(label, value) for _, label, value in _money(written)} == {("年度资金总额", Decimal("94800"))}
    page = REAL_DOCUMENTS / "text" / "31_anhui_xiaoxian-zhangzhuangzhai_2023_selfeval.txt"
    if not page.exists():
        pytest.skip("../shared/real-documents not present")
    for variant in ("tables lined up with spaces (characters)", "tables with one space between cells"):
        text, _ = VARIANTS[variant](page.read_text("utf-8").split("\n"))
        records = parse_bytes(text.encode("utf-8"), Path(page.name)).records
        assert not [f for f in _money(records) if f[0] == 33 and f[2] == Decimal("200000")], variant


def test_a_number_cut_by_a_hard_wrap_is_no_pair():
    """杜集区政府办 2021 三公 决算 (a traditional page with pinyin) hard-wrapped inside a number: ``…支出决算为
    7.69萬元,完成預算的1`` / ``5.41%,…`` — the 1 is the start of 15.41%, not 1万元 of 完成预算的 under the page's
    万元."""
    records = _reprinted("duji-zfb-2021-sangong-final-traditional-named-in-sentence.txt", "prose hard-wrapped")
    assert not [f for f in _money(records) if f[1] == "完成预算的"]
    written = _parsed("单位:万元\n三公经费支出预算为49.9万元,支出决算为7.69万元,完成预算的1\n5.41%,主要原因是"
                      "活动减少。\n项目资金 12\n")
    assert {(label, value) for _, label, value in _money(written) if label in ("完成预算的", "项目资金")} == {
        ("项目资金", Decimal("120000"))}


def test_a_number_wrapped_before_its_point_is_no_label_value():
    """遵化市残联 2019 (26s 05, a scoring form flattened onto one line) hard-wrapped inside a number: ``…联系电话
    省财政 21`` / ``.7 市县财政 …`` — the 21 is the start of 21.7万元, never 21万元 of 省财政. A line opening with a
    point and a digit, or a %, goes on from the number before it whatever the line before holds (no clause mark)."""
    page = HELDOUT_26S / "05_hebei_zunhua-cl_2019_eval_report.txt"
    records = _reprinted_path(page, "prose hard-wrapped")
    assert not [f for f in _money(records) if f[1] == "省财政" and f[2] != Decimal("217000")]
    written = _parsed("单位:万元\n计划安排资金 联系电话 中央财政 3\n.25 地方财政 4\n% 其它 7.5\n项目资金 12\n")
    assert {(label, value) for _, label, value in _money(written)} >= {("项目资金", Decimal("120000"))}
    assert not [f for f in _money(written) if f[1] in ("中央财政", "地方财政")]
