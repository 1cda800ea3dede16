"""Tables with merged cells as sites and spreadsheets publish them (benchmarks/reprints.py :func:`merged_cells`):
a 一级指标 / 二级指标 or a 类 / 款 code printed once over the rows of its group — left empty under it, dropped
(a browser's copy of a ``rowspan``), or merged by the page's ``rowspan`` — read as the table printed in full:
on a real page re-printed each way (马踏 2023's targets, 巴州 2022's targets) and on tables written here (a
项目支出绩效目标表 with three 一级 levels, a 支出决算表 with its 类 and 款 codes in columns of their own)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from benchmarks.reprints import VARIANTS, _cell_spans, _pipe_cells, html_merged, merged_cells, merged_down
from ingest.document import parse_bytes
from ingest.records import FunctionalItem, Indicator, ParseWarning

PAGES = Path(__file__).parent / "fixtures" / "pages"
SAMPLES = Path(__file__).resolve().parents[1] / "sample_documents"
MERGES = ("merged cells left empty", "merged cells dropped", "HTML page with rowspan and colspan")
REAL_PAGES = [PAGES / "mata-2023-targets.txt", SAMPLES / "bazhou-prefecture-hrss-2022-performance-targets.txt"]

TARGETS = """某县教育局2024年项目支出绩效目标表
项目名称 | 义务教育学校校舍维修改造 | | |
主管部门 | 某县教育局 | 实施单位 | 某县第一中学 |
项目资金(万元) | 年度资金总额 | 120.00 | |
一级指标 | 二级指标 | 三级指标 | 指标值 |
产出指标 | 数量指标 | 维修校舍面积 | ≥3000平方米 |
产出指标 | 数量指标 | 更换课桌椅数量 | ≥400套 |
产出指标 | 质量指标 | 工程验收合格率 | 100% |
产出指标 | 时效指标 | 工程完工时间 | 2024年8月底前 |
产出指标 | 成本指标 | 每平方米维修成本 | ≤350元 |
效益指标 | 社会效益指标 | 受益学生人数 | ≥1500人 |
效益指标 | 社会效益指标 | 校舍安全隐患消除率 | 100% |
效益指标 | 可持续影响指标 | 校舍使用年限 | ≥20年 |
满意度指标 | 服务对象满意度指标 | 学生满意度 | ≥95% |
满意度指标 | 服务对象满意度指标 | 家长满意度 | ≥90% |
"""

CODES = """某县人力资源和社会保障局2023年部门决算
一般公共预算财政拨款支出决算表
单位:万元
科目编码 | | | 科目名称 | 合计 | 基本支出 | 项目支出 |
类 | 款 | 项 | | | | |
合计 | | | | 1,480.50 | 1,210.30 | 270.20 |
208 | | | 社会保障和就业支出 | 1,380.50 | 1,110.30 | 270.20 |
208 | 01 | | 人力资源和社会保障管理事务 | 1,250.00 | 1,010.00 | 240.00 |
208 | 01 | 01 | 行政运行 | 1,010.00 | 1,010.00 | |
208 | 01 | 09 | 社会保险经办机构 | 240.00 | | 240.00 |
208 | 05 | | 行政事业单位养老支出 | 130.50 | 100.30 | 30.20 |
208 | 05 | 05 | 机关事业单位基本养老保险缴费支出 | 100.30 | 100.30 | |
208 | 05 | 06 | 机关事业单位职业年金缴费支出 | 30.20 | | 30.20 |
210 | | | 卫生健康支出 | 100.00 | 100.00 | |
210 | 11 | | 行政事业单位医疗 | 100.00 | 100.00 | |
210 | 11 | 01 | 行政单位医疗 | 100.00 | 100.00 | |
"""


def _parse(text: str, name: str = "page.txt"):
    return parse_bytes(text.encode("utf-8"), Path(name)).records


def _indicators(records, origin=None):
    return sorted((origin[r.source_line - 1] if origin else r.source_line, r.level1_name, r.level2_name,
                   r.level3_name, r.target_raw) for r in records if isinstance(r, Indicator))


def _items(records):
    return {r.code: (r.level, r.amount_yuan, r.basic_yuan, r.project_yuan)
            for r in records if isinstance(r, FunctionalItem)}


def _reprinted(text: str, variant: str) -> tuple[str, str]:
    new, origin = VARIANTS[variant](text.split("\n"))
    assert origin is None  # (every line stays where it was)
    return new, "page.html" if "HTML" in variant else "page.txt"


def test_each_cell_is_found_where_it_is_printed():
    for line in ("a | b | |", "| a | b |", "||数量指标|x|", "a\tb\t\tc", "|||", "  | a |  b  | "):
        assert [line[start:end].strip() for start, end in _cell_spans(line)] == _pipe_cells(line), line


@pytest.mark.parametrize("path", REAL_PAGES, ids=lambda p: p.stem)
def test_a_merged_reprinting_changes_only_the_merged_cells(path):
    lines = path.read_text("utf-8").split("\n")
    down, _ = merged_cells(lines)
    assert down  # (the page repeats its groups' labels: there is something to merge)
    for dropped in (False, True):
        new = merged_down(lines, dropped)[0].split("\n")
        assert len(new) == len(lines)
        for index, (old, line) in enumerate(zip(lines, new, strict=True)):
            if index not in down:
                assert line == old
                continue
            cells, merged = _pipe_cells(line), down[index]
            kept = _pipe_cells(old)[merged:]
            assert (cells == kept) if dropped else (cells[-len(kept):] == kept and not any(cells[:-len(kept)]))


@pytest.mark.parametrize("path", REAL_PAGES, ids=lambda p: p.stem)
@pytest.mark.parametrize("variant", MERGES)
def test_a_real_page_reprinted_with_merged_cells_reads_as_printed(path, variant):
    text = path.read_text("utf-8")
    new, name = _reprinted(text, variant)
    assert _indicators(_parse(new, name)) == _indicators(_parse(text, path.name))


@pytest.mark.parametrize("variant", MERGES)
def test_a_targets_table_its_levels_merged_reads_as_printed_in_full(variant):
    full = _indicators(_parse(TARGETS))
    assert len(full) == 10 and {level1 for _, level1, *_ in full} == {"产出指标", "效益指标", "满意度指标"}
    new, name = _reprinted(TARGETS, variant)
    assert new != TARGETS
    assert _indicators(_parse(new, name)) == full


def test_the_html_reprinting_merges_by_rowspan_and_colspan():
    page = html_merged(["项目 | 项目 | 金额 |", "甲类 | 一 | 1.00 |", "甲类 | 二 | 2.00 |", "乙类 | 三 | 3.00 |"])[0]
    assert '<td colspan="2">项目</td>' in page and '<td rowspan="2">甲类</td>' in page
    assert "<tr><td>二</td><td>2.00</td></tr>" in page


def _codes_merged(text: str, dropped: bool) -> str:
    """The 类 and 款 codes printed once over their group's rows: a code cell equal to the one above it (the row
    above coded too) printed empty, or dropped with the rest of the row printed as it is (its closing cell too)."""
    out, above = [], None
    for line in text.split("\n"):
        cells = [cell.strip() for cell in line.split("|")]
        coded = cells[0].isdigit()
        merged = 0
        while coded and above and merged < 2 and cells[merged] and cells[merged] == above[merged]:
            merged += 1
        above = cells if coded else None
        if merged:
            rest = " | ".join(cells[merged:]).rstrip()
            line = rest if dropped else "|  " * merged + "| " + rest
        out.append(line)
    return "\n".join(out)


CODES_EMPTY, CODES_DROPPED = _codes_merged(CODES, dropped=False), _codes_merged(CODES, dropped=True)


def test_the_hand_written_merged_tables_are_what_they_say():
    assert "|  |  | 01 | 行政运行 | 1,010.00 | 1,010.00 |  |" in CODES_EMPTY.split("\n")
    assert "|  | 05 |  | 行政事业单位养老支出 | 130.50 | 100.30 | 30.20 |" in CODES_EMPTY.split("\n")
    assert "09 | 社会保险经办机构 | 240.00 |  | 240.00 |" in CODES_DROPPED.split("\n")
    assert "11 |  | 行政事业单位医疗 | 100.00 | 100.00 |  |" in CODES_DROPPED.split("\n")
    assert CODES_EMPTY.count("\n") == CODES_DROPPED.count("\n") == CODES.count("\n")


@pytest.mark.parametrize("text", [CODES_EMPTY, CODES_DROPPED], ids=["left empty", "dropped"])
def test_a_coded_table_its_class_and_kuan_merged_reads_as_printed_in_full(text):
    full = _items(_parse(CODES))
    assert len(full) == 10 and full["2080109"] == ("项", Decimal("2400000.00"), None, Decimal("2400000.00"))
    assert _items(_parse(text)) == full
    # the same in 元, titled as a budget's table, its name column 功能分类科目名称
    yuan = {"1,480.50": "14805000.00", "1,380.50": "13805000.00", "1,250.00": "12500000.00", "1,010.00": "10100000.00",
            "240.00": "2400000.00", "130.50": "1305000.00", "100.30": "1003000.00", "30.20": "302000.00",
            "100.00": "1000000.00", "1,210.30": "12103000.00", "1,110.30": "11103000.00", "270.20": "2702000.00"}
    in_yuan = text.replace("单位:万元", "单位:元").replace("科目名称", "功能分类科目名称")
    for wan, yuan_text in yuan.items():
        in_yuan = in_yuan.replace(f" {wan} |", f" {yuan_text} |")
    assert _items(_parse(in_yuan)) == full


def test_a_web_pages_codes_merged_by_rowspan_read_as_printed_in_full():
    rows = [line for line in CODES.split("\n") if "|" in line]
    cells = [[cell.strip() for cell in row.strip().rstrip("|").split("|")] for row in rows]
    html_rows = []
    for index, row in enumerate(cells):
        tds = []
        for column, cell in enumerate(row):
            if column < 2 and cell.isdigit():
                if index and cells[index - 1][: column + 1] == row[: column + 1]:
                    continue  # (covered by the code above)
                span = 1
                while index + span < len(cells) and cells[index + span][: column + 1] == row[: column + 1]:
                    span += 1
                tds.append(f'<td rowspan="{span}">{cell}</td>' if span > 1 else f"<td>{cell}</td>")
            else:
                tds.append(f"<td>{cell}</td>")
        html_rows.append("<tr>" + "".join(tds) + "</tr>")
    page = ('<html><head><meta charset="utf-8"></head><body>\n<p>某县人力资源和社会保障局2023年部门决算</p>\n'
            "<p>一般公共预算财政拨款支出决算表</p>\n<p>单位:万元</p>\n<table>\n" + "\n".join(html_rows)
            + "\n</table></body></html>\n")
    assert '<td rowspan="7">208</td>' in page
    assert _items(_parse(page, "page.html")) == _items(_parse(CODES))


def test_a_row_whose_merged_codes_cannot_be_told_is_left_out_with_a_warning():
    # the 款 row gone: 01 行政运行's 款 is not in the row above (a 类 row), so its code cannot be told
    text = "\n".join(line for line in CODES_EMPTY.split("\n") if "人力资源和社会保障管理事务" not in line)
    records = _parse(text)
    items = _items(records)
    assert "208" in items and "2101101" in items
    assert not [code for code in items if code.startswith("2080")]  # (none read, none read wrong)
    warned = {r.source_line for r in records if isinstance(r, ParseWarning) and "科目编码" in r.message}
    assert 8 in warned
    full = _items(_parse(CODES))
    assert all(full.get(code) == value for code, value in items.items())


def test_a_workbooks_codes_merged_down_read_as_printed_in_full(tmp_path):
    """The same table as a workbook's sheet, its 类 and 款 codes merged ranges over their groups' rows (the value in
    the range's first cell only, as Excel stores it), in 元."""
    import openpyxl

    from ingest.document import parse_path

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["一般公共预算财政拨款支出决算表"])
    sheet.append(["单位：元"])
    sheet.append(["类", "款", "项", "科目名称", "合计", "基本支出", "项目支出"])
    rows = [line.split("|")[:7] for line in CODES.split("\n")[6:] if line]
    for cells in rows:
        cells = [cell.strip() or None for cell in cells]
        sheet.append([*cells[:4], *(Decimal(c.replace(",", "")) * 10000 if c else None for c in cells[4:])])
    merged_from: dict[int, int] = {}
    for column in (1, 2):  # (类 in column A, 款 in column B; the first data row is row 4)
        start = 4
        for row in range(5, 4 + len(rows) + 1):
            same = row < 4 + len(rows) and sheet.cell(row, column).value and \
                [sheet.cell(row, c).value for c in range(1, column + 1)] == \
                [sheet.cell(start, c).value for c in range(1, column + 1)]
            if not same:
                if row - 1 > start:
                    merged_from[column * 100 + start] = row - 1
                start = row
    for key, last in merged_from.items():
        column, start = divmod(key, 100)
        sheet.merge_cells(start_row=start, start_column=column, end_row=last, end_column=column)
    assert "A4:A10" in {str(r) for r in sheet.merged_cells.ranges}
    path = tmp_path / "决算.xlsx"
    book.save(path)
    items = _items(parse_path(path).records)
    assert items == _items(_parse(CODES))
