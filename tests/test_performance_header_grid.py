"""Indicator tables read by their header's column roles (ingest/performance/header_grid.py): the fallback
reader of any indicator table no other reader read, whatever its header's words and its layout."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from _performance_helpers import parsed_page

import ingest.document
from benchmarks.reprints import SUFFIXES, VARIANTS
from ingest.closing_pipes import with_cells_closed
from ingest.document import parse_path
from ingest.performance.header_grid import read_header_grids
from ingest.performance.header_roles import column_role
from ingest.records import Indicator, ParseWarning, StatedFigure
from ingest.text import split_lines

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "fixtures" / "pages"
SAMPLES = ROOT / "sample_documents"
PARSER = "performance.header_grid"


def _alone(text: str) -> list:
    """The records the reader alone makes of ``text`` (its cells closed as the document reader closes them)."""
    lines = split_lines(with_cells_closed(text))
    return [record for _table, records in read_header_grids(lines, "self_evaluation") for record in records]


def _rows(records) -> list[tuple]:
    return [(i.level1_name, i.level2_name, i.level3_name, i.target_raw, i.actual_raw, i.weight, i.score)
            for i in records if isinstance(i, Indicator)]


def _figures(records, origin: list[int] | None = None) -> set[tuple]:
    """Each figure read as (the line it stands on, the field, its text without spaces)."""
    out = set()
    for r in records:
        if not isinstance(r, Indicator):
            continue
        lines = dict(part.split("=") for part in (r.value_lines or "").split(";") if "=" in part)
        for field, value in (("target", r.target_raw), ("actual", r.actual_raw), ("weight", r.weight),
                             ("score", r.score)):
            if value is not None:
                line = int(lines.get(field, r.source_line))
                out.add((origin[line - 1] if origin else line, field, "".join(str(value).split())))
    return out


def _warnings(records) -> list[str]:
    return [r.message for r in records if isinstance(r, ParseWarning) and r.parser == PARSER]


# --- the vocabulary: roles, whatever the words ---

@pytest.mark.parametrize(("words", "role"), [
    ("一级指标", "level"), ("指标名称", "level"), ("评价指标", "level"), ("考核指标", "level"),
    ("年度指标值", "target"), ("预期目标", "target"), ("年初目标值(A)", "target"), ("计划指标值(或计划水平)", "target"),
    ("实际完成值", "actual"), ("全年实际值(B)", "actual"), ("实际完成情况", "actual"), ("完成情况", "actual"),
    ("分值", "weight"), ("权重(%)", "weight"), ("权数", "weight"), ("指标分值", "weight"),
    ("得分", "score"), ("自评得分", "score"), ("得分计算方法", "text"), ("偏差原因分析及改进措施", "text"),
    ("评分标准", "text"), ("备注", "text"), ("指标值说明", "text"), ("指标性质", "operator"), ("计算符号", "operator"),
    ("度量单位", "unit"), ("绩效指标(90分)", "caption"), ("年度绩效目标", "caption"), ("序号", "ordinal"),
    ("年度", None), ("产出指标", None), ("数量指标", None),
])
def test_a_header_cells_role_is_read_from_its_words(words, role):
    assert column_role(words) == role


# --- a table of another county's words, in every layout ---

# 考核指标 | 指标名称 | 目标值 | 完成情况 | 权重 | 自评得分 | 备注: no reader's header words; the 考核指标 cells
# merged (printed on their first row only), the 权重 adding up to the 合计.
OTHER_WORDS = """某县2023年度项目支出绩效自评表

考核指标 | 指标名称 | 目标值 | 完成情况 | 权重 | 自评得分 | 备注
投入管理 | 资金到位率 | 100% | 100% | 20 | 20 |
| 预算执行进度 | ≥90% | 95.2% | 20 | 18 |
产出效果 | 慰问困难群众户数 | ≥500户 | 620户 | 30 | 30 |
| 群众满意程度 | ≥95% | 96% | 30 | 28 | 略
合计 | | | | 100 | 96 |
"""
OTHER_WORDS_ROWS = [
    ("投入管理", None, "资金到位率", "100%", "100%", Decimal(20), Decimal(20)),
    ("投入管理", None, "预算执行进度", "≥90%", "95.2%", Decimal(20), Decimal(18)),
    ("产出效果", None, "慰问困难群众户数", "≥500户", "620户", Decimal(30), Decimal(30)),
    ("产出效果", None, "群众满意程度", "≥95%", "96%", Decimal(30), Decimal(28)),
]


def test_other_header_words_rows_laid_over_the_columns_by_their_roles():
    records = _alone(OTHER_WORDS)
    assert _rows(records) == OTHER_WORDS_ROWS
    assert _warnings(records) == []


def test_other_header_words_the_document_reads_the_table_no_other_reader_read():
    # before this reader nothing read it as indicators, and a money-table reader read its 权重 / 得分 cells as
    # figures of wrong labels (预算执行进度 ≥90% 权重 = 18)
    records = parsed_page(OTHER_WORDS)
    assert [row[2:] for row in _rows(records)] == [row[2:] for row in OTHER_WORDS_ROWS]
    rows = {r.source_line for r in records if isinstance(r, Indicator)}
    assert not any(isinstance(r, StatedFigure) and r.source_line in rows for r in records)


# Layouts whose cells the shared cell model gives (an HTML page, rowspan or not, is another reader's input: a web
# page's lines; traditional characters are converted before any reader runs).
LAYOUTS = [name for name in VARIANTS if name not in SUFFIXES and name != "traditional characters"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_other_header_words_read_the_same_in_every_layout(layout):
    original = _figures(_alone(OTHER_WORDS))
    text, origin = VARIANTS[layout](OTHER_WORDS.splitlines())
    reprinted = _figures(_alone(text), origin)
    squeezed = {(line, field, value.replace(" ", "")) for line, field, value in reprinted}
    assert squeezed == original


@pytest.mark.parametrize("layout", LAYOUTS)
def test_other_header_words_the_document_reads_the_same_in_every_layout(layout):
    # through the document reader: the table no other reader reads, read the same whatever its layout
    original = _figures(parsed_page(OTHER_WORDS))
    assert len(original) == 16
    text, origin = VARIANTS[layout](OTHER_WORDS.splitlines())
    reprinted = _figures(parsed_page(text), origin)
    assert {(line, field, value.replace(" ", "")) for line, field, value in reprinted} == original


THREE_LEVELS = """项目支出绩效自评表

绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
| 产出指标 | 数量指标 | 培训基层干部人次 | ≥300人次 | 320人次 | 20 | 20 |
| | | 编印宣传资料 | 2000份 | 2000份 | 10 | 10 |
| | 质量指标 | 培训合格率 | ≥95% | 93% | 10 | 9 | 部分学员缺课
| | 时效指标 | 完成时间 | 2023年12月 | 2023年11月 | 10 | 10 |
| 效益指标 | 社会效益指标 | 基层治理能力 | 明显提升 | 有所提升 | 20 | 18 |
| 满意度指标 | 服务对象满意度指标 | 参训人员满意度 | ≥90% | 95% | 20 | 20 |
总分 | | | | | | 90 | 87 |
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_three_levels_merged_cells_and_a_reason_read_the_same_in_every_layout(layout):
    original = _figures(_alone(THREE_LEVELS))
    assert len(original) == 24
    text, origin = VARIANTS[layout](THREE_LEVELS.splitlines())
    reprinted = _figures(_alone(text), origin)
    assert {(line, field, value.replace(" ", "")) for line, field, value in reprinted} == original


def test_three_levels_carried_down_from_the_rows_above():
    rows = _rows(_alone(THREE_LEVELS))
    assert rows[1] == ("产出指标", "数量指标", "编印宣传资料", "2000份", "2000份", Decimal(10), Decimal(10))
    assert rows[2] == ("产出指标", "质量指标", "培训合格率", "≥95%", "93%", Decimal(10), Decimal(9))
    assert rows[4] == ("效益指标", "社会效益指标", "基层治理能力", "明显提升", "有所提升", Decimal(20), Decimal(18))


def test_two_header_rows_the_levels_under_their_caption():
    # 绩效指标 | 年度指标值 | … over 一级指标 | 二级指标 | 三级指标 (the caption split by the row below it)
    page = (
        "绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因\n"
        "一级指标 | 二级指标 | 三级指标\n"
        "产出指标 | 数量指标 | 新建村级文化广场 | 12个 | 12个 | 30 | 30 |\n"
        "| 质量指标 | 工程验收合格率 | 100% | 100% | 20 | 20 |\n"
        "效益指标 | 社会效益指标 | 受益群众人数 | ≥5000人 | 6200人 | 30 | 30 |\n"
        "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 88% | 20 | 18 | 个别群众不满意\n"
        "合计 | | | | | 100 | 98 |\n"
    )
    assert _rows(_alone(page)) == [
        ("产出指标", "数量指标", "新建村级文化广场", "12个", "12个", Decimal(30), Decimal(30)),
        ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", Decimal(20), Decimal(20)),
        ("效益指标", "社会效益指标", "受益群众人数", "≥5000人", "6200人", Decimal(30), Decimal(30)),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "88%", Decimal(20), Decimal(18)),
    ]


def test_another_column_order_and_a_row_number():
    # 序号 | … | 分值 | 指标值 | 实际值 | 得分: the points before the target
    page = (
        "序号\t一级指标\t二级指标\t三级指标\t分值\t指标值\t实际值\t得分\n"
        "1\t产出指标\t数量指标\t改造农村危房户数\t40\t85户\t85户\t40\n"
        "2\t\t时效指标\t竣工及时率\t20\t≥95%\t100%\t20\n"
        "3\t效益指标\t社会效益指标\t住房安全保障率\t30\t100%\t100%\t30\n"
        "4\t满意度指标\t服务对象满意度指标\t危改户满意度\t10\t≥90%\t92%\t10\n"
        "合计\t\t\t\t100\t\t\t100\n"
    )
    assert _rows(_alone(page))[1] == ("产出指标", "时效指标", "竣工及时率", "≥95%", "100%", Decimal(20), Decimal(20))
    assert len(_rows(_alone(page))) == 4


def test_a_target_split_over_a_second_header_row_one_row_per_column():
    # 年度指标值 over 指标性质 | 指标值 | 度量单位: a target table (no points) takes the rows whose cells fall one per
    # column, the target's parts joined
    page = (
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 备注\n"
        "| | | 指标性质 | 指标值 | 度量单位 |\n"
        "产出指标 | 数量指标 | 发放困难群众救助金户数 | ≥ | 1200 | 户 |\n"
        "| | 开展入户核查次数 | ≥ | 4 | 次 |\n"
        "| 质量指标 | 救助金发放准确率 | = | 100 | % |\n"
    )
    assert [(row[1], row[2], row[3]) for row in _rows(_alone(page))] == [
        ("数量指标", "发放困难群众救助金户数", "≥1200户"),
        ("数量指标", "开展入户核查次数", "≥4次"),
        ("质量指标", "救助金发放准确率", "=100%"),
    ]


# --- what the arithmetic refuses ---

def test_a_score_above_its_points_leaves_the_table_out_with_a_warning():
    records = _alone(OTHER_WORDS.replace("| 30 | 28 | 略", "| 30 | 31 | 略"))
    assert _rows(records) == []
    assert any("do not add up" in message for message in _warnings(records))


def test_points_that_do_not_make_the_total_leave_the_table_out_with_a_warning():
    records = _alone(OTHER_WORDS.replace("合计 | | | | 100 | 96 |", "合计 | | | | 100 | 94 |"))
    assert _rows(records) == []
    assert any("do not add up" in message for message in _warnings(records))


def test_a_target_table_row_whose_cells_do_not_fall_one_per_column_is_left_out_naming_it():
    page = (
        "一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值\n"
        "产出指标 | 数量指标 | 新建公厕座数 | 12座 | 12座\n"
        "| | 改造公厕座数 | 8座 |\n"
    )
    records = _alone(page)
    assert [row[2] for row in _rows(records)] == ["新建公厕座数"]
    assert any("the row at line 3" in message for message in _warnings(records))


def test_a_level_name_is_never_an_indicator_nor_a_target():
    # 经济效益指标(选填) and a sentence under it: no indicator named by a level, no sentence as a value
    page = (
        "一级指标 | 二级指标 | 三级指标 | 指标值\n"
        "产出指标 | 数量指标 | 实施营造林总面积(亩) | 80000 |\n"
        "效益指标 | 经济效益指标(选填) | 增加就业机会,提高农民收入。 |\n"
    )
    assert [row[2] for row in _rows(_alone(page))] == ["实施营造林总面积(亩)"]


def test_real_page_text_wrapped_under_a_header_is_no_table_of_rows():
    # 曾都区: a self-evaluation's cells hard-wrapped over lines under a header printed on one line — no rows of
    # cells; nothing is read from it (the wrapped-table reader's)
    lines = (SAMPLES / "zengdu-district-hrss-2022-final-account.txt").read_text("utf-8").splitlines()
    records = _alone("\n".join(lines[2565:2640]))
    assert _rows(records) == []


# --- the reader alone reads the tables other readers read, the same ---

def _read_both(path: Path, monkeypatch) -> tuple[set, set]:
    """The figures the document's readers read on the lines of the tables this reader finds, and the ones this
    reader alone reads there."""
    seen = {}
    parse = ingest.document.parse_performance

    def capture(lines, info, paragraphs=None):
        seen["lines"] = lines
        return parse(lines, info, paragraphs)

    monkeypatch.setattr(ingest.document, "parse_performance", capture)
    others = [r for r in parse_path(path).records if isinstance(r, Indicator)]
    theirs, mine = set(), set()
    for table, records in read_header_grids(seen["lines"], "self_evaluation"):
        theirs |= _figures([r for r in others if (r.source_page, r.source_line) in table.lines])
        mine |= _figures(records)
    return theirs, mine


@pytest.mark.parametrize(("path", "least"), [
    (SAMPLES / "changji-prefecture-hrss-2022-final-account.txt", 400),  # tab rows, a caption column
    (SAMPLES / "bazhou-prefecture-hrss-2022-performance-targets.txt", 22),  # a target table, tab rows
    (PAGES / "ezhou-xzspj-2021-self-evaluation.txt", 24),  # one cell per line closed by pipes, rows padded
    (PAGES / "linxiang-lcj-2023-selfeval.txt", 21),  # pipe rows under a caption, no 总分 printed
    (PAGES / "jinzhai-chagu-2023-dept-self-evaluation.txt", 24),  # pipe rows
    (PAGES / "yueyangxian-2022-targets.txt", 4),  # a target table one bare cell per line
    # 年初目标值(A) | 实际完成值(B) | 得分, no 分值 column: the 得分 within 产出指标(60分) … and 年度绩效目标(80分)
    (PAGES / "baoshan-tyjrswj-2022-selfeval-cell-then-pipe-line.txt", 15),
    (PAGES / "changning-gxs-2022-selfeval.txt", 36),  # the same, one bare cell per line, blank lines between
    (PAGES / "rongchang-lyj-2022-targets-unit-before-target.txt", 3),  # 计量单位 | 指标性质 | 指标值, rows padded
])
def test_real_pages_the_reader_alone_reads_what_the_table_readers_read(path, least, monkeypatch):
    theirs, mine = _read_both(path, monkeypatch)
    assert len(mine & theirs) >= least
    assert mine <= theirs  # (not one figure read otherwise)


def test_real_pages_no_table_another_reader_read_is_read_twice():
    # the table readers read every indicator of the sample's tables: this reader adds none of its own
    records = parse_path(SAMPLES / "changji-prefecture-hrss-2022-final-account.txt").all_records
    lines = [(r.source_page, r.source_line) for r in records if isinstance(r, Indicator)]
    assert len(lines) == len(set(lines))
    assert not any(isinstance(r, ParseWarning) and r.parser == PARSER for r in records)


def test_a_column_no_vocabulary_knows_is_read_as_words():
    # 数据来源: no reader's word; one such column is a column of words (its cells never a figure)
    page = (
        "一级指标\t二级指标\t三级指标\t指标值\t数据来源\t评(扣)分标准\n"
        "产出指标\t数量指标\t新建污水管网长度\t≥12公里\t验收报告\t未达到不得分\n"
        "\t\t新建提升泵站\t2座\t验收报告\t未达到不得分\n"
        "效益指标\t生态效益指标\t污水收集率\t≥85%\t监测数据\t每低1个百分点扣1分\n"
    )
    assert [(row[1], row[2], row[3]) for row in _rows(_alone(page))] == [
        ("数量指标", "新建污水管网长度", "≥12公里"),
        ("数量指标", "新建提升泵站", "2座"),
        ("生态效益指标", "污水收集率", "≥85%"),
    ]


def test_a_caption_with_its_points_broken_down_and_levels_printed_on_every_row():
    page = (
        "绩效指标(权重分值100分,其中产出指标60分,效益指标40分) 一级指标 二级指标 三级指标 目标值 分值 得分\n"
        "产出指标 数量指标 举办培训班次数 ≥6次 30 30\n"
        "产出指标 质量指标 培训合格率 ≥95% 30 28\n"
        "效益指标 社会效益指标 参训人员就业率 ≥80% 40 40\n"
    )
    assert [(row[2], row[3], row[5], row[6]) for row in _rows(_alone(page))] == [
        ("举办培训班次数", "≥6次", Decimal(30), Decimal(30)),
        ("培训合格率", "≥95%", Decimal(30), Decimal(28)),
        ("参训人员就业率", "≥80%", Decimal(40), Decimal(40)),
    ]


def test_real_page_scores_above_the_points_of_their_caption_leave_the_table_out():
    # 隆阳区: 年度绩效目标(80分) over rows whose 得分 add up to 95 (一、示范区建立 15 over its parts 1、2、3 of 5
    # each): which rows are parts cannot be told from the cells; nothing read, a warning
    records = _alone((PAGES / "longyang-tfz-2022-selfeval.txt").read_text("utf-8"))
    assert _rows(records) == []
    assert any("do not add up" in message for message in _warnings(records))
