"""Shortcuts the performance readers take to read less (see docs on parse cost): each read
compared with its plain form, on variants written here, so that a shortcut that changes a
reading fails here and not only in the corpus snapshot."""

from __future__ import annotations

import dataclasses
import itertools
import random
from decimal import Decimal

import pytest
from conftest import ZENGDU

from ingest.performance import _with_project_key
from ingest.performance.indicator_stream import (
    INLINE_RE,
    LEVEL_WORDS,
    _after_header_cells,
    _cells,
    _Columns,
    _line_cells,
    _raw,
    _run_together,
    _separated_parts,
)
from ingest.performance.run_together import NUMBER_CELL_RE, _consistent, _consistent_readings, read_funds_row
from ingest.performance.tables import locate_project_tables
from ingest.performance.wrapped import _row_cells, read_wrapped_table
from ingest.records import Indicator, ProjectFunding
from ingest.text import split_lines

FUNDS_KINDS = ("budget_initial", "budget_full_year", "executed", "weight", "rate", "score")


def _every_consistent_reading(digits: str, columns: list[str]) -> list[dict[str, Decimal]]:
    """The plain form: every way to cut ``digits`` into one cell per column, in order of the
    cuts, each cell a number (the rate's with its %), kept when consistent."""
    found = []
    for cuts in itertools.combinations(range(1, len(digits)), len(columns) - 1):
        cells = [digits[a:b] for a, b in zip((0, *cuts), (*cuts, len(digits)), strict=True)]
        values = {}
        for kind, cell in zip(columns, cells, strict=True):
            number = cell[:-1] if kind == "rate" and cell.endswith("%") else cell
            if (kind == "rate") != (number != cell) or not NUMBER_CELL_RE.match(number):
                break
            values[kind] = Decimal(number)
        else:
            budget = values.get("budget_full_year", values.get("budget_initial"))
            if _consistent(budget, values["executed"], values["rate"], values.get("weight"), values.get("score")):
                found.append(values)
    return found


def test_funds_digits_read_as_every_cut_of_them_would_be():
    # the readings are walked cell by cell, each position's cells and the readings after it made
    # once: the same readings as trying every cut, in the same order
    rng = random.Random(13)
    cases = [
        ("1111100%", ["budget_full_year", "executed", "rate"]),  # three readings
        ("120.5120.5108.4590%", ["budget_initial", "budget_full_year", "executed", "rate"]),
        ("000.00200%0", list(FUNDS_KINDS)),  # nothing executed: rate and score 0
        ("9.109.1010100.00%10", ["budget_full_year", "executed", "weight", "rate", "score"]),
        ("03.88%90190135", ["score", "rate", "budget_full_year", "budget_initial", "executed"]),
        ("5%5%5", ["budget_full_year", "rate", "executed"]),  # two % signs: no cut at either
    ]
    for _ in range(150):
        columns = [
            kind for kind in FUNDS_KINDS if kind in ("executed", "rate", "budget_full_year") or rng.random() < 0.5
        ]
        if rng.random() < 0.3:
            rng.shuffle(columns)
        budget = Decimal(rng.choice(["0", "8", "45.5", "12.30", "300"]))
        executed = (budget * Decimal(rng.choice(["0", "1", "0.9", "0.75"]))).quantize(Decimal("0.1"))
        rate = (executed / budget * 100).quantize(Decimal("1")) if budget else Decimal(0)
        value = {"budget_initial": budget, "budget_full_year": budget, "executed": executed, "rate": rate}
        value |= {"weight": Decimal(10), "score": Decimal(rng.choice(["8", "0", "9.5"]))}
        cases.append(("".join(f"{value[kind]}{'%' * (kind == 'rate')}" for kind in columns), columns))
    read = 0
    for digits, columns in cases:
        readings = _consistent_readings(digits, columns)
        assert readings == _every_consistent_reading(digits, columns), (digits, columns)
        read += bool(readings)
    assert read > 100  # most variants have a reading
    assert len(_consistent_readings("1111100%", ["budget_full_year", "executed", "rate"])) == 3


def test_the_funds_row_of_a_real_layout_still_has_its_one_reading():
    # (the corpus's hard-wrapped tables print it so: 9.10 | 9.10 | 9.10 | 10 | 100.00% | 10.00)
    funds, _ = read_funds_row(
        "项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额9.109.109.1010100.00%10.00"
    )
    assert (funds.budget_full_year, funds.executed, funds.weight, funds.rate, funds.score) == (
        Decimal("9.10"),
        Decimal("9.10"),
        Decimal(10),
        Decimal("100.00"),
        Decimal("10.00"),
    )
    # 15.16 | 15.16 | 14.98 | 10 | 98.80% | 9.88: 14.98 / 15.16 is 98.81%, and no other cut holds
    assert read_funds_row("年初预算数全年预算数全年执行数分值执行率得分年度资金总额15.1615.1614.981098.80%9.88") is None


def test_run_together_names_and_values_read_from_the_start_only():
    # each name/value pair is tried where the previous one ended (INLINE_RE.match), as the pairs
    # found by a search of the whole piece that start there
    def searched(piece: str) -> list[str]:
        cells, position = [], 0
        for match in INLINE_RE.finditer(piece):
            if match.start() != position:
                break
            cells.extend([match.group("name"), match.group("value")])
            position = match.end()
        return (cells + ([piece[position:]] if position < len(piece) else [])) if cells else [piece]

    pieces = [
        "办公大楼日常维修维护次数2280次大楼安检巡察次数200次",
        "办公大楼日常维修维护次数2280次大楼安检巡察次数200次还有",
        "。开头不是名称学校满意度≥90%",  # a pair further on only: the piece stays whole
        "完成及时率%100%群众满意度二95%",
        "没有数值的一段文字",
        "",
    ]
    for piece in pieces:
        assert _run_together(piece) == searched(piece), piece
    assert _run_together(pieces[0]) == ["办公大楼日常维修维护次数", "2280次", "大楼安检巡察次数", "200次"]
    assert _run_together(pieces[2]) == [pieces[2]]


def test_every_level_word_ends_with_the_word_a_block_line_is_first_asked_for():
    # _blocks asks whether a line holds 指标 before looking for each level word in it
    assert all(word.endswith("指标") for word in LEVEL_WORDS)


def test_a_separated_header_is_cut_off_only_where_a_part_holds_its_level_3_label():
    # _after_header_cells looks at the parts' keys only when one holds 级
    parts = ["项目名称", "委托业务", "一级指标", "二级指标", "三级 指标", "指标值", "实际值", "产出指标"]
    assert _after_header_cells(parts) == ["产出指标"]
    assert _after_header_cells(["产出指标", "数量指标", "培训人次", "≥100人"]) == [
        "产出指标",
        "数量指标",
        "培训人次",
        "≥100人",
    ]


def test_stream_records_moved_onto_a_known_project_equal_their_replaced_form():
    indicator = Indicator(
        source_line=12,
        source_page=3,
        project_key="t01",
        stage="self_evaluation",
        level1_name="产出指标",
        level2_name="数量指标",
        level3_name="培训人次",
        target_raw="≥100人",
        target_value=Decimal(100),
        weight=Decimal(10),
    )
    funding = ProjectFunding(source_line=9, project_key="t01", source="total", label="年度资金总额")
    for record in (indicator, funding):
        moved = _with_project_key(record, "p02")
        assert moved == dataclasses.replace(record, project_key="p02")  # type: ignore[type-var]
        assert type(moved) is type(record) and moved.__dict__ == dataclasses.replace(record, project_key="p02").__dict__
        assert record.project_key == "t01"  # the record itself unchanged
        with pytest.raises(dataclasses.FrozenInstanceError):
            moved.project_key = "p03"  # type: ignore[misc]


def test_a_wrapped_tables_rows_read_again_from_their_spelling_are_the_same():
    # Zengdu prints its project tables twice: the copy's indicator rows are read once per spelling
    # (_row_cells); reading every table again, the rows from the cache, gives equal tables
    blocks = [
        b for b in locate_project_tables(split_lines(ZENGDU.read_text(encoding="utf-8"))) if b.layout == "wrapped"
    ]
    _row_cells.cache_clear()
    first = [read_wrapped_table(block) for block in blocks]
    hits = _row_cells.cache_info().hits
    again = [read_wrapped_table(block) for block in blocks]
    assert _row_cells.cache_info().hits >= hits + sum(len(table.indicators) for table in first)
    assert again == first
    rows = [row for table in first for row in table.indicators]
    assert len(rows) > 20 and any(row.target.raw for row in rows) and any(row.score is not None for row in rows)
    # a row's cells as the reader splits them: 三级指标, target, actual, score, the last line quoted
    assert _row_cells(
        (("培训人次", "培训人次", "培训人次"), ("≥100人120人10", "≥100人 120人 10", "≥100人 120人 10"))
    ) == (
        "培训人次",
        "≥100人",
        "120人",
        Decimal(10),
        "≥100人 120人 10",
    )


def test_a_block_lines_cells_read_from_its_spelling_are_its_cells():
    # read_indicators takes a line's cells from _line_cells (once per normalised text and header
    # columns): the same as splitting the line itself
    text = (
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        "产出指标 数量指标 为民办实事件数 >=4件 5件 10 10\n"
        "开展宣传教育活动（次） >= 4次 5 次 10 10 组织党员\n"
        "办公大楼日常维修维护次数2280次大楼安检巡察次数200次\n"
        "安装坡面水标尺10≥266米≥266米10水标尺宽度10≥50厘米≥50厘米10\n"
        "效益指标|社会效益指标|巩固脱贫成果|提升|提升|15|15\n"
        "产 出 指 标\t数量指标(20分)\t培训人次\t≥100人\n"
    )
    for header in ("三级指标 指标值", "三级指标 分值 年度指标值 全年实际值 得分"):
        columns = _Columns.from_header(header)
        for line in split_lines(text):
            separated, parts = _separated_parts(_raw(line))
            expected = (separated, tuple(_cells(parts, columns)))
            assert _line_cells(line.norm, columns.run_together) == expected, line.text
    scored = _Columns.from_header("三级指标 分值 年度指标值 全年实际值 得分").run_together
    assert scored is not None
    assert _line_cells(split_lines(text)[4].norm, scored)[1][0].name == "安装坡面水标尺"
