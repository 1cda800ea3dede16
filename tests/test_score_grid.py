"""Scoring grids (评分表) of an evaluation system — 一级 / 二级 / 三级指标, 指标分值, long 指标解释 /
评分标准 cells, 自评得分 — read as indicators with their 分值 and 得分 (ingest/performance/score_grid.py):
on two real pages (寿县 2023 部门整体支出绩效评价自评表, pipe rows whose long cells wrap over lines, from
the unseen batch /tmp/unseen19p; 达州市农业农村局's page of two blank templates, Markdown pipes, levels
carrying their points) and on variants written here (tab rows, one cell per line bare or closed by
pipes, cells lined up with spaces, other words for the columns, a 合计 row)."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

import pytest

from benchmarks.fidelity import at_original_lines
from benchmarks.reprints import SUFFIXES, VARIANTS
from ingest.document import parse_path
from ingest.records import Indicator, ParseWarning

PAGES = Path(__file__).parent / "fixtures" / "pages"
SHOUXIAN = PAGES / "shouxian-2023-dept-score-grid.txt"
DAZHOU = PAGES / "dazhou-nyj-score-grids-template.txt"


def _rows(records, levels: bool = False) -> list[tuple]:
    """The indicators' rows; with ``levels``, the levels' own records too (a level's points, 投入(20分), read where its
    rows make them: a record named as another's level)."""
    indicators = [r for r in records if isinstance(r, Indicator)]
    named = {name for r in indicators for name in (r.level1_name, r.level2_name) if name}
    return [
        (r.level1_name, r.level2_name, r.level3_name, r.weight, r.score, r.source_line)
        for r in indicators
        if levels or not (r.score is None and r.level3_name in named)
    ]


def _read(text: str) -> list:
    """The records of ``text`` as a document (a file of its own)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "grid.txt"
        path.write_text(text, encoding="utf-8")
        return parse_path(path).all_records


def _d(value: str) -> Decimal:
    return Decimal(value)


def test_real_page_pipe_rows_whose_long_cells_wrap():
    # 0 of 7 figures before: the page was rejected (no recognisable section)
    records = parse_path(SHOUXIAN).all_records
    assert _rows(records, levels=True) == [
        # (each level's points, 规划 (15分) and 基础信息 (3分) …, where its rows make them exactly: at its cell's line)
        (None, None, "规划", _d("15"), None, 8),
        ("规划", None, "基础信息", _d("3"), None, 9),
        ("规划", "基础信息", "基础信息完整性", _d("3"), _d("3"), 9),
        ("规划", None, "工作计划", _d("6"), None, 11),
        ("规划", "工作计划", "年度工作计划完整性", _d("3"), _d("3"), 11),
        ("规划", "工作计划", "年度工作计划明确性", _d("3"), _d("3"), 12),
        ("规划", None, "绩效目标", _d("6"), None, 13),
        ("规划", "绩效目标", "年度绩效目标合理性", _d("4"), _d("4"), 13),
        ("规划", "绩效目标", "年度绩效目标明确性", _d("2"), _d("2"), 14),
        # the page is cut in its long 评分标准 cell: 分值 read, no 得分 (its level's 18分 not reached: the grid's end)
        ("执行", "预算执行", "预算执行率", _d("5"), None, 16),
    ]
    first = next(r for r in records if isinstance(r, Indicator) and r.score is not None)
    assert first.value_lines == "score=10"  # its 自评得分 cell wrapped onto the next line
    assert all(r.project_key is None and r.stage == "self_evaluation" for r in records if isinstance(r, Indicator))


def test_real_page_reprinted_reads_the_same_figures():
    """The page re-printed as other sites and tools print it (benchmarks/reprints.py): the same figures at
    the same lines, and none read otherwise (a table one cell per line with a blank line after each row,
    whose long cells come apart, is not read at all)."""
    lines = SHOUXIAN.read_text("utf-8").split("\n")
    original = _figures(parse_path(SHOUXIAN).all_records)
    assert len(original) == 14  # (11 of the rows, 3 of the levels: 规划 15, 工作计划 6, 绩效目标 6)
    with tempfile.TemporaryDirectory() as folder:
        for name, reprint in VARIANTS.items():
            text, origin = reprint(lines)
            path = Path(folder) / ("page" + SUFFIXES.get(name, ".txt"))
            path.write_bytes(text.encode("utf-8"))
            records = [r.to_dict() for r in parse_path(path).all_records]
            if origin is not None:
                at_original_lines(records, origin)
            figures = _figures_of_dicts(records)
            assert figures <= original, name
            # (one space between cells: the score grid's level cells hold spaces and words, which of its tokens are
            # cells is not known — none read, none read otherwise)
            if "blank line after each row" not in name and name != "tables with one space between cells":
                assert figures == original, name


def _figures(records) -> set[tuple]:
    return _figures_of_dicts([r.to_dict() for r in records])


def _figures_of_dicts(records: list[dict]) -> set[tuple]:
    out = set()
    for record in records:
        if record["record_type"] != "indicator":
            continue
        lines = dict(part.split("=") for part in (record.get("value_lines") or "").split(";") if "=" in part)
        for key in ("weight", "score"):
            if record.get(key) is not None:
                out.add((key, int(lines.get(key, record["source_line"])), Decimal(record[key])))
    return out


def test_real_page_blank_templates_points_in_the_levels():
    # second grid: 一级 指标 | 二级 指标 | 三级指标 | 分值 | 得分, its levels printed as their points alone
    # ((20分), (10)), 得分 left blank: each row's one number is its 分值 because its level's points confirm it
    records = parse_path(DAZHOU).all_records
    rows = _rows(records)
    assert [(name, weight, score, line) for _, _, name, weight, score, line in rows] == [
        ("必要性", _d("5"), None, 71),
        ("可行性", _d("5"), None, 73),
        ("明确性", _d("5"), None, 75),
        ("合理性", _d("5"), None, 77),
        ("资金分配", _d("3"), None, 79),
        ("资金使用", _d("4"), None, 81),
        ("执行规范", _d("3"), None, 83),
        ("完成数量", _d("5"), None, 85),
        ("完成质量", _d("5"), None, 87),
        ("完成时效", _d("5"), None, 89),
        ("完成成本", _d("5"), None, 91),
    ]
    # (the page cut after 经济效益 40 of its level's 50分: a number that may be 分值 or 得分 is taken only where
    # its level's points are made exactly)
    assert not any(name.startswith("经济效益") for _, _, name, *_ in rows)
    # the first grid (levels, 得分 blank, rows not told apart): nothing read, and no indicator such as 部门决策
    # with the target 目标任务 that the indicator stream read there before
    assert not [r for r in records if isinstance(r, Indicator) and r.source_line < 70]
    assert any(isinstance(r, ParseWarning) and r.source_line == 4 for r in records)


TAB_ROWS = (
    "2022年度部门整体支出绩效评价评分表\n"
    "一级指标\t二级指标\t三级指标\t权重\t评分标准\t得分\n"
    "投入(20分)\t预算编制(10分)\t预算编制科学性\t5\t预算编制较为科学且符合部门实际(5分)\t4\n"
    "\t\t基础数据准确性\t5\t基础数据与部门实际相符(5分)\t5\n"
    "\t目标设置(10分)\t绩效目标合理性\t5\t设置了绩效目标(5分)\t5\n"
    "\t\t绩效指标明确性\t5\t指标清晰、细化、可衡量(5分)\t3\n"
    "过程(20分)\t预算执行(20分)\t预算执行率\t10\t执行率100%得满分,每低1%扣0.5分\t9.5\n"
    "\t\t结转结余率\t10\t结转结余率低于5%得满分\t10\n"
    "合计\t\t\t40\t\t36.5\n"
)
TAB_EXPECTED = [
    ("投入", "预算编制", "预算编制科学性", _d("5"), _d("4"), 3),
    ("投入", "预算编制", "基础数据准确性", _d("5"), _d("5"), 4),
    ("投入", "目标设置", "绩效目标合理性", _d("5"), _d("5"), 5),
    ("投入", "目标设置", "绩效指标明确性", _d("5"), _d("3"), 6),
    ("过程", "预算执行", "预算执行率", _d("10"), _d("9.5"), 7),
    ("过程", "预算执行", "结转结余率", _d("10"), _d("10"), 8),
]


def test_tab_rows_other_words_and_a_total_that_confirms_them_variant():
    # 权重 / 评分标准 / 得分; a short rule cell (设置了绩效目标(5分)) between the 分值 and the 得分 is no name;
    # the 合计 row's 40 and 36.5 are the rows' sums
    assert _rows(_read(TAB_ROWS)) == TAB_EXPECTED


def test_cells_lined_up_with_spaces_variant():
    spaced = "\n".join("   ".join(cell for cell in line.split("\t")) for line in TAB_ROWS.split("\n"))
    assert _rows(_read(spaced)) == TAB_EXPECTED


def test_a_total_that_the_rows_do_not_make_leaves_the_grid_out_variant():
    records = _read(TAB_ROWS.replace("合计\t\t\t40\t\t36.5", "合计\t\t\t40\t\t38.5"))
    assert _rows(records) == []
    assert any(isinstance(r, ParseWarning) and "合计" in r.message for r in records)


def test_points_not_adding_up_to_their_level_leave_its_rows_out_variant():
    # 预算编制(10分) over 5 and 6: which cell is wrong cannot be told
    unconfirmed = TAB_ROWS.replace("合计\t\t\t40\t\t36.5\n", "")
    records = _read(unconfirmed.replace("基础数据准确性\t5\t", "基础数据准确性\t6\t"))
    assert [row[2] for row in _rows(records)] == ["绩效目标合理性", "绩效指标明确性", "预算执行率", "结转结余率"]


def test_a_score_above_its_points_is_left_out_variant():
    records = _read(TAB_ROWS.replace("合计\t\t\t40\t\t36.5\n", "").replace("可衡量(5分)\t3", "可衡量(5分)\t7"))
    assert "绩效指标明确性" not in [row[2] for row in _rows(records)]
    assert any(isinstance(r, ParseWarning) and "above" in r.message for r in records)


CELLS = [
    "部门整体支出绩效评价自评表",
    "序号",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标分值",
    "指标解释",
    "评分标准",
    "自评得分",
    "1",
    "投入 (10分)",
    "预算编制 (10分)",
    "预算编制科学性",
    "6",
    "预算编制是否科学合理。",
    "编制科学合理(6分)",
    "6",
    "2",
    "基础数据准确性",
    "4",
    "基础数据是否准确。",
    "数据准确(4分)",
    "3",
    "3",
    "过程 (10分)",
    "预算执行 (10分)",
    "预算执行率",
    "10",
    "预算执行数/预算数×100%。",
    "执行率100%得10分",
    "9",
]
CELLS_EXPECTED = [
    ("投入", "预算编制", "预算编制科学性", _d("6"), _d("6")),
    ("投入", "预算编制", "基础数据准确性", _d("4"), _d("3")),
    ("过程", "预算执行", "预算执行率", _d("10"), _d("9")),
]


@pytest.mark.parametrize("layout", ["bare, a blank line between cells", "closed by pipes"])
def test_one_cell_per_line_numbered_rows_variant(layout):
    text = "\n\n".join(CELLS) if layout.startswith("bare") else "\n".join(f"{cell} |" for cell in CELLS)
    records = _read(text + "\n")
    assert [row[:5] for row in _rows(records)] == CELLS_EXPECTED
    first = next(r for r in records if isinstance(r, Indicator) and r.score is not None)  # (its first row)
    step = 2 if layout.startswith("bare") else 1
    assert first.source_line == 1 + 12 * step and first.value_lines == f"weight={1 + 13 * step};score={1 + 16 * step}"


def test_a_number_under_points_or_score_with_no_level_points_is_left_out_variant():
    text = (
        "一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |\n"
        "项目决策 | 项目立项 | 立项规范性 | 5 |\n"
        "| | 绩效目标合理性 | 5 |\n"
    )
    records = _read(text)
    assert _rows(records) == []
    assert any(isinstance(r, ParseWarning) and "分值 or 得分" in r.message for r in records)


def test_a_header_with_targets_is_no_scoring_grid_variant():
    # a project sheet's indicators (指标值, 完成值): the indicator readers', not this reader's
    text = (
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "产出指标 | 数量指标 | 培训人数 | ≥100人 | 120人 | 10 | 10 |\n"
    )
    records = _read(text)
    assert not [r for r in records if isinstance(r, ParseWarning) and r.parser == "performance.score_grid"]
    assert [(r.level3_name, r.target_raw) for r in records if isinstance(r, Indicator)] == [("培训人数", "≥100人")]


def test_two_levels_and_a_short_text_column_after_the_score_variant():
    # 一级 / 二级 only (the 二级 is the indicator), a 扣分原因 column after 得分 holding a short cell: rows printed
    # one per line are cut at their lines, so 执行率98% is no next row's name
    text = (
        "单位整体支出绩效评价评分表\n"
        "一级指标\t二级指标\t分值\t评分标准\t得分\t扣分原因\n"
        "投入(20分)\t预算执行率\t10\t执行率每低1%扣0.5分\t9\t执行率98%\n"
        "\t结转结余率\t10\t结余率低于5%满分\t10\t\n"
        "过程(10分)\t资金使用合规性\t10\t合规\t10\t\n"
        "合计\t\t30\t\t29\t\n"
    )
    assert _rows(_read(text)) == [
        ("投入", None, "预算执行率", _d("10"), _d("9"), 3),
        ("投入", None, "结转结余率", _d("10"), _d("10"), 4),
        ("过程", None, "资金使用合规性", _d("10"), _d("10"), 5),
    ]


def test_numbered_tab_rows_with_merged_levels_variant():
    text = (
        "\n".join(
            "\t".join(row)
            for row in [
                ["部门整体支出绩效评价自评表"],
                ["序号", "一级指标", "二级指标", "三级指标", "指标分值", "评分标准", "自评得分"],
                ["1", "投入 (10分)", "预算编制 (10分)", "预算编制科学性", "6", "编制科学(6分)", "6"],
                ["2", "", "", "基础数据准确性", "4", "数据准确(4分)", "3"],
                ["3", "过程 (10分)", "预算执行 (10分)", "预算执行率", "10", "执行率100%得10分", "9"],
            ]
        )
        + "\n"
    )
    assert [row[:5] for row in _rows(_read(text))] == CELLS_EXPECTED
