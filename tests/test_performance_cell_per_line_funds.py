"""项目支出绩效自评表 printed one cell per line with blank lines that are ambiguous (after each row, and
for each empty cell — a web page's table copied as text, a Word table pasted): the funds rows laid
over the header's column words, every funds row (not only the total), each rule on a real page and on
a variant written here."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from ingest.document import parse_path
from ingest.records import Indicator, ParseWarning, Project, ProjectFunding

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _parse(text: str, suffix: str = ".txt") -> list:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"项目支出绩效自评表{suffix}"
        path.write_text(text, encoding="utf-8")
        return parse_path(path).all_records


def _funds(records) -> list[tuple]:
    return [
        (r.source, r.label, r.budget_initial_yuan, r.budget_full_year_yuan, r.executed_yuan)
        for r in records
        if isinstance(r, ProjectFunding)
    ]


def _project(records) -> Project:
    return next(r for r in records if isinstance(r, Project))


def test_real_page_funds_rows_one_cell_per_line_a_blank_line_after_each():
    # 廊坊市食品工程学校 2019 自评表: header words wrapped (年初 / 预算数), every line followed by a blank
    # one, an empty cell a line of a space: the total's 执行率 / 分值 / 得分 and the 其中:当年财政拨款 row
    # were lost ("funds row could not be read"; the total's amounts came from the stream reader)
    records = parse_path(PAGES / "langfang-foodschool-2019-self-evaluation-rows.txt").all_records
    assert _funds(records) == [
        ("total", "年度资金总额", Decimal("432000.00"), Decimal("432000.00"), Decimal("372400.00")),
        ("fiscal", "其中:当年财政拨款", Decimal("432000.00"), Decimal("432000.00"), Decimal("372400.00")),
    ]
    project = _project(records)
    assert (project.execution_rate, project.funds_weight, project.funds_score) == (Decimal(86), Decimal(10), Decimal(9))
    # each figure at its own line
    assert project.value_lines == (
        "budget_initial=48;budget_full_year=50;executed=52;execution_rate=56;funds_weight=54;funds_score=58"
    )


# A variant: blank lines both after each row and for each empty cell, the columns in another order
# (分值 before 执行率 … as Xinjiang's, 得分 last), amounts in 元, a row with an empty cell before its figures.
BLANK_CELLS = "\n".join([
    "项目支出绩效自评表", "", "项目名称", "", "乡村道路维修", "", "", "",
    "主管部门", "", "交通运输局", "", "实施单位", "交通运输局", "", "",
    "项目资金（元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分", "", "",
    "", "年度资金总额", "120,000.00", "150,000.00", "135,000.00", "90.00%", "10", "9.00分", "",
    "", "其中：当年财政拨款", "100,000.00", "130,000.00", "115,000.00", "—", "—", "—", "",
    "", "上年结转资金", "", "20,000.00", "20,000.00", "20,000.00", "—", "—", "—", "",
    "", "其他资金", "", "", "", "", "", "", "",
    "年度总体目标", "预期目标", "", "实际完成情况", "", "", "维修道路3公里。", "", "完成维修2.8公里。", "",
    "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "",
    "产出指标", "数量指标", "维修道路里程", "≥3公里", "2.8公里", "90", "81", "",
    "总分", "", "", "", "", "", "100", "90.00分", "",
])


def test_funds_rows_under_the_header_words_whatever_their_order_variant():
    records = _parse(BLANK_CELLS)
    assert _funds(records) == [
        ("total", "年度资金总额", Decimal("120000.00"), Decimal("150000.00"), Decimal("135000.00")),
        ("fiscal", "其中:当年财政拨款", Decimal("100000.00"), Decimal("130000.00"), Decimal("115000.00")),
        ("carryover", "上年结转资金", Decimal("20000.00"), Decimal("20000.00"), Decimal("20000.00")),
    ]
    project = _project(records)
    assert (project.execution_rate, project.funds_weight, project.funds_score) == (Decimal(90), Decimal(10), Decimal(9))
    assert project.implementing_unit == "交通运输局"


# A row printed with fewer figures than the header has columns: in order only where nothing stands
# between them (no blank line for an empty cell) and the columns they fill are confirmed.
def _with_rows(*rows: list[str]) -> str:
    head = ["项目支出绩效自评表", "项目名称", "示例项目", "", "预算执行情况（10分）", "年度预算数（万元）",
            "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因", "", ""]
    tail = ["一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分"]
    return "\n".join(head + [cell for row in rows for cell in [*row, "", ""]] + tail) + "\n"


def test_a_row_of_fewer_figures_taken_where_its_rate_and_declared_weight_confirm_it_variant():
    # 茂县's 总额 row as a web page prints it (its empty 得分 and 原因 gone): 年初 0.00, 调整后 219.13,
    # 执行数 219.13, 执行率 100% (= 219.13 / 219.13), 权重 10 (the header's 预算执行情况(10分))
    records = _parse(_with_rows(["总额", "0.00", "219.13", "219.13", "100%", "10"],
                                ["其中：财政资金", "0.00", "219.13", "219.13", "100%", "/", "/"]))
    assert _funds(records) == [
        ("total", "总额", Decimal("0.00"), Decimal("2191300.00"), Decimal("2191300.00")),
        ("fiscal", "其中:财政资金", Decimal("0.00"), Decimal("2191300.00"), Decimal("2191300.00")),
    ]
    project = _project(records)
    assert (project.execution_rate, project.funds_weight, project.funds_score) == (Decimal(100), Decimal(10), None)


def test_a_row_of_fewer_figures_whose_places_are_unclear_is_left_out_variant():
    # the rate does not hold (an empty cell dropped before the figures: 219.13 / 0.00 is no 100%)
    records = _parse(_with_rows(["总额", "0.00", "219.13", "100%", "10", "10"]))
    assert _funds(records) == []
    assert any(isinstance(r, ParseWarning) and "columns are unclear" in r.message for r in records)
    # a blank line (an empty cell) between the label and the figures: which budget column the first 219.13 fills
    # is unknown, but the rate confirms the execution (100% = 219.13 / 219.13, whichever budget) — the funds
    # block's arithmetic reads it and its rate, no budget (ingest/performance/funds_block.py)
    records = _parse(_with_rows(["总额", "", "219.13", "219.13", "100%", "10"]))
    assert _funds(records) == [("total", "总额", None, None, Decimal("2191300.00"))]
    # a weight other than the header's declared one after the rate: the rate kept, the weight not
    # (it may be the 得分 with the 权重 left empty)
    project = _project(_parse(_with_rows(["总额", "0.00", "219.13", "219.13", "100%", "8"])))
    assert (project.execution_rate, project.funds_weight, project.funds_score) == (Decimal(100), None, None)
    # more figures than the header names columns (a column whose word it does not know, 预算安排 before
    # 年初预算数): none placed, not the first ones in order
    text = "\n".join(["项目支出绩效自评表", "项目名称", "示例项目", "", "项目资金(万元)", "预算安排", "年初预算数",
                      "全年预算数", "全年执行数", "", "年度资金总额", "12", "10", "10", "8", "", "一级指标"]) + "\n"
    records = _parse(text)
    assert any(isinstance(r, ParseWarning) and "columns are unclear" in r.message and r.source_line == 11
               for r in records)


# --- indicators of such tables (the stream reader) -------------------------------------------------

SAMPLES = Path(__file__).resolve().parents[1] / "sample_documents"


def _reprinted(sample: str, variant: str, suffix: str = ".txt") -> list:
    from benchmarks.reprints import VARIANTS

    text, _origin = VARIANTS[variant]((SAMPLES / sample).read_text("utf-8").split("\n"))
    return _parse(text, suffix)


def _indicators(records) -> list[tuple]:
    return [
        (i.level2_name, i.level3_name, i.target_raw, i.actual_raw, i.weight, i.score)
        for i in records
        if isinstance(i, Indicator)
    ]


def test_real_table_one_cell_per_line_its_cells_wrapped_with_spaces_inside():
    # 昌吉州人社局 2022 就业工作经费, its cells wrapped in the PDF (就业服务 办件量, 效益指 标), printed one
    # cell per line with a blank line after each row: a space inside a line was taken for a cell's end
    # (就业服务 | 办件量: an indicator 就业服务 with the target 办件量)
    rows = _indicators(_reprinted("changji-prefecture-hrss-2022-final-account.txt",
                                  "tables one cell per line, a blank line after each row"))
    assert ("数量指标", "就业服务办件量", "≥10000件", "446403件", 7, 7) in rows
    assert ("时效指标", "就业工作完成截止时间", "≤2022年12月31日", "2022年12月31日", 6, 6) in rows
    assert ("社会效益指标", "年末高校毕业生就业率", "≥88%", "97.05%", 20, 20) in rows
    assert ("可持续影响指标", "就业补助政策知晓率", "≥90%", "95%", 10, 10) in rows
    assert not [row for row in rows if row[1] in ("就业服务", "效益指", "满意度")]


# A variant: the header one cell per line, cells wrapped with spaces inside (full-width ones too), a
# blank line for each empty cell and after each row.
WRAPPED_CELLS = "\n".join([
    "项目支出绩效自评表", "项目名称", "", "农村饮水安全维修", "", "",
    "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "",
    "产出指标", "数量指标", "维修 供水 管网", "≥ 12 公里", "12.5 公里", "30", "30", "", "",
    "", "", "质量指标", "工程验收　合格率", "100%", "100%", "30", "30", "", "",
    "效益指", "标", "社会效益 指标", "受益 人口", "≥3000 人", "3200 人", "30", "28", "受天气 影响，部 分村未通水。", "",
    "总分", "", "", "", "", "100", "98", "",
]) + "\n"


def test_cells_wrapped_with_spaces_inside_one_cell_per_line_variant():
    assert _indicators(_parse(WRAPPED_CELLS)) == [
        ("数量指标", "维修供水管网", "≥12公里", "12.5公里", 30, 30),
        ("质量指标", "工程验收合格率", "100%", "100%", 30, 30),
        ("社会效益指标", "受益人口", "≥3000人", "3200人", 30, 28),
    ]
    # the header alone one cell per line, each row on a line of its own, its cells between spaces: the
    # spaces are the cells' ends, as before
    mixed = "\n".join([
        "项目支出绩效自评表", "项目名称", "乡村公路养护",
        "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
        "产出指标 数量指标 养护里程 ≥20公里 22公里 40 40", "质量指标 验收合格率 100% 100% 30 30",
        "群众出行 明显改善 明显改善 30 28",
    ]) + "\n"
    assert [row[1:] for row in _indicators(_parse(mixed))] == [
        ("养护里程", "≥20公里", "22公里", 40, 40), ("验收合格率", "100%", "100%", 30, 30),
        ("群众出行", "明显改善", "明显改善", 30, 28),
    ]


def test_real_table_a_target_in_three_cells_stands_at_its_number():
    # 茂县人社局 2022 自评表 as a web page prints it (each cell a paragraph, the empty ones gone): a target
    # printed ≥ / 100 / % under 指标性质 | 指标值 | 度量单位 stood at its operator's line; the original
    # (and every table reader) puts it at its number's, the figure's own cell
    records = _reprinted("maoxian-county-hrss-2022-final-account.txt", "HTML page", ".html")
    targets = {(i.level3_name, i.target_raw): i for i in records if isinstance(i, Indicator)}
    indicator = targets["推动精准扶贫", "≥100%"]
    assert "target=424" in (indicator.value_lines or "") or indicator.source_line == 424


def test_a_target_in_three_cells_one_per_line_stands_at_its_number_variant():
    text = "\n".join([
        "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
        "产出指标", "数量指标", "培训人数", "＞", "200", "人", "230人", "50", "50",
        "满意度指标", "服务对象满意度指标", "学员满意度", "≥", "95", "%", "97%", "50", "50",
    ]) + "\n"
    found = [i for i in _parse(text) if isinstance(i, Indicator)]
    assert [(i.level3_name, i.target_raw) for i in found] == [("培训人数", ">200人"), ("学员满意度", "≥95%")]
    # (a target at the record's own line where value_lines names none)
    lines = [dict(part.split("=") for part in (i.value_lines or "").split(";") if part) for i in found]
    assert [figures.get("target", str(i.source_line)) for figures, i in zip(lines, found, strict=True)] == ["14", "23"]


def test_real_table_one_cell_per_line_its_total_row_read_as_cells():
    # 昌吉州人社局 2022: 总分 / 100 / 98.60分 (its empty cells blank lines) — the hard-wrapped reading
    # took 100 for the score, so no total was kept
    records = _reprinted("changji-prefecture-hrss-2022-final-account.txt",
                         "tables one cell per line, a blank line after each row")
    project = next(r for r in records if isinstance(r, Project) and r.name == "访惠聚工作队工作经费(州级)")
    assert (project.total_weight, project.total_score) == (100, Decimal("98.60"))


def test_a_total_row_one_cell_per_line_variant():
    project = _project(_parse(BLANK_CELLS))
    assert (project.total_weight, project.total_score) == (100, 90)
    # one figure after 总分 (the weights' sum or the score?): none read
    project = _project(_parse(BLANK_CELLS.replace("\n100\n90.00分", "\n98")))
    assert (project.total_weight, project.total_score) == (None, None)
    # a score above the weights' sum: no reading
    project = _project(_parse(BLANK_CELLS.replace("\n100\n90.00分", "\n90\n100")))
    assert (project.total_weight, project.total_score) == (None, None)


def test_real_table_a_name_with_a_comma_and_text_values_one_cell_per_line():
    # 昌吉州人社局 2022 访惠聚工作队工作经费: 巩固脱贫成果，提升群众生活水平 / 提升 / 提升 / 15 / 15 — a name
    # holding a comma was taken for one only before a figure: 提升 became an indicator with the target 提升
    rows = _indicators(_reprinted("changji-prefecture-hrss-2022-final-account.txt",
                                  "tables one cell per line, a blank line after each row"))
    assert ("社会效益指标", "巩固脱贫成果,提升群众生活水平", "提升", "提升", 15, 15) in rows
    assert ("可持续影响指标", "长期开展各类政策宣传,不断提高群众思想认识", "长期", "长期", 15, 15) in rows
    assert not [row for row in rows if row[1] == "提升"]


COMMA_ROWS = [
    "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
    "效益指标", "社会效益指标", "改善人居环境，提升群众满意度", "明显改善", "明显改善", "20", "18",
    "可持续影响指标", "长效管护机制，持续发挥效益", "长期", "长期", "10", "10",
]


def test_a_name_with_a_comma_before_a_row_of_text_values_variant():
    for separator in ("\n", "\n\n"):
        rows = _indicators(_parse(separator.join(COMMA_ROWS) + "\n"))
        assert rows == [
            ("社会效益指标", "改善人居环境,提升群众满意度", "明显改善", "明显改善", 20, 18),
            ("可持续影响指标", "长效管护机制,持续发挥效益", "长期", "长期", 10, 10),
        ], separator
    # a comma-held text followed by values that are no row of the header's columns (a unit where a
    # score stands): no name — the text is not taken for an indicator with values it may not own
    broken = [cell if cell != "18" else "18分钟" for cell in COMMA_ROWS]
    assert not [row for row in _indicators(_parse("\n".join(broken) + "\n")) if row[1].startswith("改善人居环境")]


def test_real_target_table_one_cell_per_line_its_last_rows_past_four_hundred_lines():
    # 巴州人社局 2022 整体支出绩效目标表 printed one cell per line with a blank line after each row: the
    # last table was cut after 400 lines (a row count, met by lines) — its last two indicators lost
    records = _reprinted("bazhou-prefecture-hrss-2022-performance-targets.txt",
                         "tables one cell per line, a blank line after each row")
    names = [i.level3_name for i in records if isinstance(i, Indicator)]
    assert names[-2:] == ["参加考试人员满意度", "聘用人员满意度"]


def test_a_target_table_one_cell_per_line_counted_by_cells_variant():
    rows = [["数量指标", f"服务事项{n}", f"≥{n}件"] for n in range(1, 80)]
    text = "\n\n\n".join(["部门（单位）整体支出绩效目标表", "任务名称", "主要内容", "一级指标", "二级指标", "三级指标",
                          "指标值", "产出指标", *("\n".join(row) for row in rows)]) + "\n"
    records = _parse(text)
    names = [i.level3_name for i in records if isinstance(i, Indicator)]
    assert len(text.split("\n")) > 400 and names[-1] == "服务事项79" and len(names) == 79


# --- tables one cell per line, each cell closed by a pipe -----------------------------------------

def _page_reprinted(name: str, variant: str) -> list:
    from benchmarks.reprints import VARIANTS

    text, _origin = VARIANTS[variant]((PAGES / name).read_text("utf-8").split("\n"))
    return _parse(text)


def test_real_page_cells_closed_by_pipes_whose_rows_the_headers_counts_do_not_cut():
    # 隆阳区土壤肥料工作站 2022 自评表 as a page's table copied cell by cell (``278.4449 |``, ``|`` an empty
    # cell): its rows were cut by the headers' counts, which no weight confirmed — the table was dropped,
    # its funds row with it
    records = _page_reprinted("longyang-tfz-2022-selfeval.txt", "tables one cell per line, closed by pipes")
    project = _project(records)
    assert (project.budget_full_year_yuan, project.executed_yuan) == (Decimal("2784449.00"), Decimal("300000.00"))
    assert (project.execution_rate, project.funds_score) == (Decimal("10.77"), Decimal("2.16"))
    # the notes of the wrapped reading's indicator rows, dropped with them (the stream reader reads them)
    assert not [r for r in records if isinstance(r, ParseWarning) and r.message.startswith("indicator row")]
    # 昌吉州人社局 2022 就业工作经费: its funds rows print an empty cell before their label and after it
    records = _reprinted("changji-prefecture-hrss-2022-final-account.txt", "tables one cell per line, closed by pipes")
    funds = [row for row in _funds(records) if row[2] == Decimal("500000.00")]
    assert [row[:2] for row in funds] == [("total", "年度资金总额"), ("fiscal", "其中:当年财政拨款")]


def test_cells_closed_by_pipes_a_row_with_more_empty_cells_variant():
    # (an indicator's 分值 of 85: the weights add up to no 总分; the total's label two cells in and an
    # empty cell after it, as 昌吉's: no reading by the headers' counts holds)
    cells = BLANK_CELLS.replace("\n90\n81\n", "\n85\n81\n").replace(
        "\n\n年度资金总额\n", "\n\n\n年度资金总额\n\n").split("\n")
    text = "\n".join(f"{cell} |" if cell else "|" for cell in cells) + "\n"
    records = _parse(text)
    assert _funds(records) == [
        ("total", "年度资金总额", Decimal("120000.00"), Decimal("150000.00"), Decimal("135000.00")),
        ("fiscal", "其中:当年财政拨款", Decimal("100000.00"), Decimal("130000.00"), Decimal("115000.00")),
        ("carryover", "上年结转资金", Decimal("20000.00"), Decimal("20000.00"), Decimal("20000.00")),
    ]
    project = _project(records)
    assert (project.total_weight, project.total_score) == (100, 90)
    assert _indicators(records) == [("数量指标", "维修道路里程", "≥3公里", "2.8公里", 85, 81)]


# --- tables one tab-indented cell per line, a blank line added after every line --------------------

def test_real_table_tab_indented_cells_a_blank_line_after_every_line():
    # 茂县人社局 2022 自评表 (one tab-indented cell per line, a blank line ending each row) copied with a
    # blank line after every line: each cell became a row of its own — nothing of the table was read
    records = _reprinted("maoxian-county-hrss-2022-final-account.txt", "a blank line after every line")
    project = next(r for r in records if isinstance(r, Project) and r.name == "东西部协作对口联络站建设")
    assert (project.budget_full_year_yuan, project.executed_yuan, project.execution_rate) == (
        Decimal("2191300.00"), Decimal("2191300.00"), Decimal(100))
    assert ("fiscal", "其中:财政资金", Decimal("0.00"), Decimal("2191300.00"), Decimal("2191300.00")) in _funds(records)


TAB_CELLS = [
    ["项目名称", "", "社区服务中心运行"],
    ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "40.00", "40.00", "36.00", "10", "90.00%", "9.00"],
    ["", "其中：当年财政拨款", "40.00", "40.00", "36.00", "—", "—", "—"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "服务人次", "≥5000人次", "5200人次", "90", "88"],
    ["总分", "", "", "", "", "100", "97.00"],
]


def _tab_rows(rows: list[list[str]], blank_after_each: bool) -> str:
    lines = ["项目支出绩效自评表", ""]
    for row in rows:
        lines += [f"\t{cell}" for cell in row] + [""]
    if blank_after_each:
        lines = [part for line in lines for part in (line, "")]
    return "\n".join(lines) + "\n"


def test_tab_indented_cells_a_blank_line_after_every_line_variant():
    plain, spaced = _parse(_tab_rows(TAB_CELLS, False)), _parse(_tab_rows(TAB_CELLS, True))
    assert _funds(spaced) == _funds(plain) == [
        ("total", "年度资金总额", Decimal("400000.00"), Decimal("400000.00"), Decimal("360000.00")),
        ("fiscal", "其中:当年财政拨款", Decimal("400000.00"), Decimal("400000.00"), Decimal("360000.00")),
    ]
    assert _indicators(spaced) == _indicators(plain) == [("数量指标", "服务人次", "≥5000人次", "5200人次", 90, 88)]
    assert (_project(spaced).total_weight, _project(spaced).total_score) == (100, 97)


def test_blank_lines_dropped_only_where_a_blank_line_follows_every_line_variant():
    from ingest.performance.tables import blank_after_each_dropped, iter_cell_per_line_rows
    from ingest.text import split_lines

    # cells on consecutive lines (the usual printing): as they are
    usual = tuple(split_lines("\t项目名称\n\t示范项目\n\n\t主管部门\n\t某局\n"))
    assert blank_after_each_dropped(usual) == usual
    # every line a row of one cell, no row's end told from a cell's (no two blank lines in a row): as they are
    single = tuple(split_lines("\t项目名称\n\n\t示范项目\n\n\t主管部门\n"))
    assert blank_after_each_dropped(single) == single
    # a blank line after every line: the cells of a row together again, a row's end one blank line
    spaced = tuple(split_lines("\t项目名称\n\n\t示范项目\n\n\n\n\t主管部门\n\n\t某局\n\n"))
    rows = [[cell.text for cell in row.cells] for row in iter_cell_per_line_rows(blank_after_each_dropped(spaced))]
    assert rows == [["项目名称", "示范项目"], ["主管部门", "某局"]]


def test_real_table_a_blank_line_after_every_line_keeps_its_title_in_reach():
    # 曾都区就业局 2022 项目绩效自评表 (hard-wrapped PDF text): its title 16 lines above 项目名称 (the 总分
    # printed one character per line between) — with a blank line after every line, 32: no table found
    records = _reprinted("zengdu-district-hrss-2022-final-account.txt", "a blank line after every line")
    project = next(r for r in records if isinstance(r, Project) and r.name == "创业就业担保货款贴息资金和工作经费")
    assert project.executed_yuan is not None and project.total_score is not None


def test_a_title_sixteen_lines_of_text_above_its_table_whatever_the_blank_lines_variant():
    head = ["2023年度项目绩效自评表", "填报日期:2024.3.1", *"总分:100", "项目名称 乡村公路养护"]
    body = ["主管部门 交通局 项目实施单位 公路站", "年度财政资金总额 50 45 90% 18",
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 得分", "产出指标 数量指标 养护里程 ≥20公里 22公里 80",
            "总分 98"]
    for separator in ("\n", "\n\n", "\n\n\n"):
        # (the table reader's project: p01; the stream reader names its own t01 from any 项目名称)
        tables = [r.name for r in _parse(separator.join(head + body) + "\n") if isinstance(r, Project)
                  and r.project_key.startswith("p")]
        assert tables == ["乡村公路养护"], separator


def test_real_page_a_name_after_its_code_one_project_not_two():
    # 茂县人社局 2022 as a web page: 51322322T000005968529-东西部协作对口联络站建设 — the table reader's
    # project is named without its code, the stream reader's with it: two projects, the indicators on
    # the second, which had no figures
    records = _reprinted("maoxian-county-hrss-2022-final-account.txt", "HTML page", ".html")
    projects = {r.project_key: r.name for r in records if isinstance(r, Project)}
    assert all(key.startswith("p") for key in projects)
    keyed = {i.level3_name: i.project_key for i in records if isinstance(i, Indicator)}
    assert projects[keyed["推动精准扶贫"]] == "第一书记临岗补贴"


def test_a_name_after_its_code_one_project_variant():
    text = "\n\n".join([
        "项目支出绩效自评表", "项目名称", "3301002023T00012-社区养老服务补助", "主管部门", "民政局",
        "项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分",
        "年度资金总额", "30", "30", "27", "90%", "9",
        "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
        "产出指标", "数量指标", "服务老人数", "≥300人", "320人", "90", "90",
    ]) + "\n"
    records = _parse(text)
    assert [(r.project_key, r.code, r.name) for r in records if isinstance(r, Project)] == [
        ("p01", "3301002023T00012", "社区养老服务补助")]
    assert [i.project_key for i in records if isinstance(i, Indicator)] == ["p01"]


def test_real_table_cells_closed_by_pipes_its_total_row_read_as_cells():
    # 昌吉州人社局 2022 访惠聚工作队工作经费 closed by pipes: its funds row confirmed by its 执行率, its
    # 总分 row (100 / 98.60分, after five empty cells) was dropped with the rows the headers' counts cut
    records = _reprinted("changji-prefecture-hrss-2022-final-account.txt", "tables one cell per line, closed by pipes")
    project = next(r for r in records if isinstance(r, Project) and r.name == "访惠聚工作队工作经费(州级)")
    assert (project.total_weight, project.total_score) == (100, Decimal("98.60"))


def test_cells_closed_by_pipes_a_total_row_read_as_cells_variant():
    # the funds rows cut by the headers' counts (the 执行率 holds), the weights adding up to no 总分
    cells = BLANK_CELLS.replace("\n90\n81\n", "\n85\n81\n").split("\n")
    project = _project(_parse("\n".join(f"{cell} |" if cell else "|" for cell in cells) + "\n"))
    assert (project.execution_rate, project.total_weight, project.total_score) == (Decimal("90.00"), 100, 90)


UNKNOWN_COLUMN = "\n".join([
    "项目支出绩效自评表", "项目名称", "乡村道路维修", "项目资金(万元)", "资金来源", "年初预算数", "全年预算数",
    "全年执行数", "分值", "执行率", "得分", "年度资金总额", "5", "100", "100", "90", "10", "90%", "9",
    "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
    "产出指标", "数量指标", "维修里程", "≥3公里", "3公里", "90", "90", "总分", "100", "99", "",
])


def test_a_column_no_reader_knows_gives_no_funds_figure():
    """A funds header with a column no reader knows (资金来源) before 年初预算数, printed one cell per line: its
    7 cells under 6 known columns. The run-together reading had joined the unknown cell's 5 to the next
    (年初预算数 5100万元); the cells below the label are 7, the reading's 6: no figure of the row is taken."""
    records = _parse(UNKNOWN_COLUMN)
    funds = [r for r in records if isinstance(r, (Project, ProjectFunding))]
    assert all(r.budget_initial_yuan in (None, Decimal("50000.00")) for r in funds)
    assert not [r for r in funds if r.budget_initial_yuan == Decimal("51000000.00")]
