"""The line and cell model every performance reader shares, whatever the copy did to a page's lines
(benchmarks/reprints.py): a tab or a run of spaces separates cells as a pipe does, a blank line after
every line is no row's end, a line hard-wrapped at a fixed width is one line, a web page's cells with
their pipes on the next paragraph are cells closed by pipes. Each case on a real page re-printed and on
a variant written here: the figures read as in the original, or are left out — never another value."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from benchmarks.fidelity import at_original_lines, disagreements, stated_figures
from benchmarks.reprints import SUFFIXES, VARIANTS
from ingest.document import parse_bytes
from ingest.performance.tables import performance_lines
from ingest.records import DepartmentFunding, Indicator, Project, ProjectFunding, StatedFigure
from ingest.text import Line

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _parsed(text: str, name: str = "page.txt") -> list:
    return parse_bytes(text.encode("utf-8"), Path(name)).records


def _reprinted(name: str, variant: str) -> list:
    text, _ = VARIANTS[variant]((PAGES / name).read_text("utf-8").split("\n"))
    return _parsed(text, name + SUFFIXES.get(variant, ""))


def _figures(name: str, variant: str | None) -> dict:
    """Every figure the page's records state, by its original line (as the fidelity scoreboard compares them)."""
    lines = (PAGES / name).read_text("utf-8").split("\n")
    if variant is None:
        return {name: stated_figures([r.to_dict() for r in _parsed("\n".join(lines), name)])}
    text, origin = VARIANTS[variant](lines)
    records = [r.to_dict() for r in _parsed(text, name + SUFFIXES.get(variant, ""))]
    if origin is not None:
        at_original_lines(records, origin)
    return {name: stated_figures(records)}


def _targets(records: list) -> dict[str, str | None]:
    return {r.level3_name: r.target_raw for r in records if isinstance(r, Indicator)}


# --- a tab, or a run of spaces, between a number and a unit column's cell separates them ---------------

TARGETS = "yueyanglou-jgrz-2023-dept-targets.txt"


def test_a_unit_column_after_a_tab_or_spaces_is_no_part_of_the_target():
    """岳阳楼区价格认证鉴定中心 2023 整体绩效目标表 (指标值类型 | *指标值 | 计量单位): ``定量 | 100 | %`` reads
    the target 100 (its unit column's % beside it, as for 28.8万元 whose unit cell is % too). Re-printed
    with tabs or lined up with spaces, ``100⇥%`` had been read as one value, 100%, its unit cell joined."""
    original = _targets(_reprinted(TARGETS, "full-width punctuation"))
    assert original["业务工作支出到位率"] == "100" and original["社会成本指标"] == "100"
    for variant in ("tables separated by tabs", "tables lined up with spaces (characters)",
                    "tables lined up with spaces (display columns)"):
        targets = _targets(_reprinted(TARGETS, variant))
        assert targets["业务工作支出到位率"] == "100", variant
        assert targets["社会成本指标"] == "100", variant
        assert not disagreements(_figures(TARGETS, None), _figures(TARGETS, variant)), variant
    header = "一级指标{0}二级指标{0}三级指标{0}指标值类型{0}指标值{0}计量单位{0}指标解释{0}\n"
    rows = ("产出指标{0}质量指标{0}资金到位率{0}定量{0}98{0}%{0}考察到位情况{0}\n"
            "{0}时效指标{0}完成时间{0}定量{0}12{0}月{0}考察完成时间{0}\n")
    piped = ("整体支出绩效目标表\n绩效指标\n" + header.format(" | ") + rows.format(" | ")).split("\n")
    for text in ("\n".join(piped), VARIANTS["tables separated by tabs"](piped)[0]):
        targets = _targets(_parsed(text))
        assert targets.get("资金到位率") == "98", text
        assert targets.get("完成时间") == "12", text
    # a value printed with one space before its unit is one value still
    spaced = _targets(_parsed("整体支出绩效目标表\n绩效指标\n一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
                              "产出指标 | 质量指标 | 资金到位率 | ≥ 98 % |\n"))
    assert spaced["资金到位率"] == "≥98%"


# --- a line hard-wrapped at a fixed width is one line ----------------------------------------------------

FLATTENED = "putuo-tyzx-2022-selfeval-flattened.txt"


def test_a_flattened_sheet_hard_wrapped_at_a_fixed_width_reads_as_the_one_line():
    """上海市普陀区体育事业管理中心 2022 自评表, a PDF's text of two sheets flattened onto one line each, read by
    the flattened-sheet reader. Hard-wrapped every 34 characters (inside words and numbers: ``2500`` /
    ``00.00``), the stream reader had read its broken cells as a table: 合同结算条款完成率 with the target
    费用结算及时性 (the next name). Joined again, the sheet reads as printed on one line."""
    records = _reprinted(FLATTENED, "prose hard-wrapped")
    targets = _targets(records)
    assert targets["合同结算条款完成率"] == "=100%" and targets["费用结算及时性"] == "及时"
    assert targets["场馆开放满意度"] == ">=90%"
    funds = {(r.label, r.executed_yuan) for r in records if isinstance(r, ProjectFunding)}
    assert ("年度资金总额", Decimal("215457.60")) in funds and ("年度资金总额", Decimal("9034.00")) in funds
    assert not disagreements(_figures(FLATTENED, None), _figures(FLATTENED, "prose hard-wrapped"))
    # the same page wrapped at another width (52 characters): the same records, at the line's first piece
    line = (PAGES / FLATTENED).read_text("utf-8").split("\n")[2]
    pieces = [line[k : k + 52] for k in range(0, len(line), 52)]
    wrapped = _parsed("上海市普陀区体育事业管理中心2022年度项目自评价\n" + "\n".join(pieces) + "\n")
    whole = _parsed("上海市普陀区体育事业管理中心2022年度项目自评价\n" + line + "\n")
    assert _targets(wrapped) == _targets(whole)
    assert {(r.name, r.executed_yuan) for r in wrapped if isinstance(r, Project)} == {
        (r.name, r.executed_yuan) for r in whole if isinstance(r, Project)}


def test_lines_of_one_length_that_are_no_wrapped_line_are_left_as_printed():
    """Long lines of the same length by chance (a docx page's numbered items of 302 characters, a goal and
    its actual printed alike) or a table's rows (pipes, tabs, lined up with spaces) are not joined; nor are
    lines of fewer than 20 characters."""
    lines = [Line(1, "1、" + "甲" * 300), Line(2, "2、" + "乙" * 300), Line(3, "3、" + "丙" * 100)]
    assert performance_lines(lines) is lines
    rows = [Line(k, f"指标{k} | 100% | 98% | 10 | 10 | 说明文字说明文字 |") for k in range(1, 5)]
    assert performance_lines(rows) is rows
    short = [Line(k, "产出指标数量指标") for k in range(1, 5)]
    assert performance_lines(short) is short
    # a table one cell per line printing a goal and its actual alike, then a short cell: cells, not pieces
    goal = "确保每一个学生都能享受到国家政策福利,改善学生体质"
    cells = [Line(1, goal), Line(2, goal), Line(3, goal), Line(4, "绩效指标")]
    assert performance_lines(cells) is cells
    # a table's rows lined up with spaces, padded to one length, are rows, not a wrapped line's pieces
    table = [Line(k, f"保障人数{k}(人)      =     1{k}     人      该指标值数据合理") for k in range(1, 5)]
    assert performance_lines(table) is table
    wrapped = [Line(1, "甲" * 30), Line(2, "乙" * 26 + "三级指标"), Line(3, "丙" * 30), Line(4, "丁" * 5), Line(5, "")]
    joined = performance_lines(wrapped)
    assert [(line.number, line.text) for line in joined] == [
        (1, "甲" * 30 + "乙" * 26 + "三级指标" + "丙" * 30 + "丁" * 5), (5, "")]
    # (no 指标 in any piece: prose wrapped so is the prose readers')
    prose = [Line(1, "甲" * 30), Line(2, "乙" * 30), Line(3, "丙" * 30), Line(4, "丁" * 5)]
    assert performance_lines(prose) is prose


# --- a blank line after every line; a web page's cells with their pipes on the next paragraph ------------

PIPE_BELOW = "baoshan-tyjrswj-2022-selfeval-cell-then-pipe-line.txt"
HEADLESS = "daying-wglj-2022-selfeval-headless-scored-rows.txt"


# A project table written here, one cell per line (its header, two indicator rows, its 总分).
CELLS = ["项目名称", "测试项目", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "产出指标", "数量指标", "培训人数", "≥100人", "120人", "50", "50",
         "满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "95%", "50", "48", "总分", "100", "98"]


def _scored(records: list) -> dict[str, tuple]:
    return {r.level3_name: (r.target_raw, r.actual_raw, r.weight, r.score) for r in records if isinstance(r, Indicator)}


def test_a_blank_line_after_every_line_is_no_rows_end():
    """保山市退役军人事务局 2022 自评表 (each cell's text, then its pipe on the next line) and 大英县文广旅局 2022
    (rows of pipes whose tails go on the next line) re-printed with a blank line after every line: the cells
    stood apart from their pipes, and rows from their tails, so no reader read their indicators or funds."""
    for name in (PIPE_BELOW, HEADLESS):
        original = _figures(name, None)
        spaced = _figures(name, "a blank line after every line")
        assert not disagreements(original, spaced), name
        lost = {key for key in original[name] if key not in spaced[name]}
        assert not {key for key in lost if key[1] in ("target", "actual", "score", "amount")}, (name, lost)
    rows = _scored(_reprinted(PIPE_BELOW, "a blank line after every line"))
    assert rows["补助经费足额拨付率"] == ("100%", "100%", None, Decimal("20"))
    # written here: a table one cell per line, each pipe on the next line, a blank line after every line
    below = [piece for cell in CELLS for piece in (cell, "|")]
    once = _scored(_parsed("项目支出绩效自评表\n" + "\n".join(below) + "\n"))
    twice = _scored(_parsed("项目支出绩效自评表\n\n" + "\n\n".join(below) + "\n\n"))
    assert once and twice == once
    assert once["学员满意度"][:2] == ("≥90%", "95%")


def test_a_web_pages_cells_with_their_pipes_on_the_next_paragraph():
    """The same page as a web page, each line a paragraph (``<p>补助经费足额拨付率</p><p>|</p>``): the closing
    pipes are moved up to their cells as in a text file, so its rows read as in the text."""
    original = _figures(PIPE_BELOW, None)
    page = _figures(PIPE_BELOW, "HTML page")
    assert not disagreements(original, page)
    rows = {key for key in original[PIPE_BELOW] if key[1] in ("target", "score") and key[0] > 40}  # (its indicators)
    assert rows <= set(page[PIPE_BELOW])
    text = _scored(_parsed("项目支出绩效自评表\n" + "\n".join(f"{cell}\n|" for cell in CELLS) + "\n"))
    html = "<html><body><p>项目支出绩效自评表</p>\n" + "\n".join(f"<p>{cell}</p>\n<p>|</p>" for cell in CELLS)
    assert text and _scored(_parsed(html + "\n</body></html>", "page.html")) == text


def test_a_cell_hard_wrapped_at_a_fixed_width_before_its_pipe():
    """保山市退役军人事务局 2022 自评表 (each cell's text, then its pipe on the next line) with its prose
    hard-wrapped: the 96-character 三级指标 ``慰问伤残军人50人;…边海防官兵320人。`` came out as three pieces
    before its pipe, which ended the run of closed cells there, and every indicator after it was lost.
    Pieces of one length (a fixed width) then a shorter one, right before a pipe, are the cell's."""
    original = _figures(PIPE_BELOW, None)
    wrapped = _figures(PIPE_BELOW, "prose hard-wrapped")
    assert not disagreements(original, wrapped)
    rows = {key for key in original[PIPE_BELOW] if key[1] in ("target", "actual", "score") and key[0] > 40}
    assert rows <= set(wrapped[PIPE_BELOW])
    # written here: a name of 50 characters wrapped at 22 (three pieces), its pipe below, in a table of pipe-below cells
    name = "走访慰问伤残军人五十人并为革命烈士遗属送去慰问金和慰问品共计五十份以及其他重点优抚对象和驻地部队官兵"
    cells = [*CELLS[:11], name, "≥100人", "120人", "50", "50", *CELLS[16:]]
    once = _scored(_parsed("项目支出绩效自评表\n" + "\n".join(f"{cell}\n|" for cell in cells) + "\n"))
    pieces = [piece for cell in cells for piece in (
        [cell[k : k + 22] for k in range(0, len(cell), 22)] if cell == name else [cell]) + ["|"]]
    assert len(pieces) == 2 * len(cells) + 2
    twice = _scored(_parsed("项目支出绩效自评表\n" + "\n".join(pieces) + "\n"))
    assert once[name] == ("≥100人", "120人", Decimal("50"), Decimal("50")) and twice == once


# --- numbered rows under a header of amount / share groups, printed one cell per line ----------------------

# 河北省商务厅 2018-2020 电子商务建设专项资金 evaluation (21p/07; its rows as tests/test_tables21.py holds them):
# a two-row header whose top cells span 金额 | 比例 pairs, a 合计 column alone, rows numbered 1, 2, 3 and a
# 合计 row whose label stands over the 序号 and 时间 columns; the sentence before the table states 万元.
HEBEI = (
    "(二)专项资金预算金额:2018-2020年电子商务建设专项资金预算总额15000万元,其中:2018年5000万元。\n"
    "2018-2020年电子商务建设专项资金\n分配情况明细表\n"
    "序号 | 时间 | 省本级 | 转移支付 | 合计 | ||\n"
    "金额 | 比例 | 金额 | 比例 | |||\n"
    "1 | 2018年 | 4250 | 85% | 750 | 15% | 5000 |\n"
    "2 | 2019年 | 540 | 10.8% | 4460 | 89.2% | 5000 |\n"
    "3 | 2020年 | 500 | 10% | 4500 | 90% | 5000 |\n"
    "合计 | 5290 | 35.27% | 9710 | 64.73% | 15000 |\n"
    "1.省本级部分\n"
)
ONE_CELL_PER_LINE = ("tables one cell per line, closed by pipes", "tables one cell per line, the pipe on the next line",
                     "tables one cell per line, a blank line after each row")


def _amounts(records: list) -> dict[tuple[str, str], Decimal]:
    """The figures of the table's cells (labelled by a row and a column: ``2018年 省本级 金额``)."""
    return {(f.label, f.field): f.value for f in records if isinstance(f, StatedFigure) and " " in f.label}


def test_numbered_rows_under_amount_share_groups_printed_one_cell_per_line():
    """The table reads in its pipe rows by its two-row header (tables21); printed one cell per line (closed
    by pipes, the pipe on the next line, bare with a blank line after each row) its rows had no header of
    their width and nothing was read. Cut at the row numbers, the header's two rows parted where empty
    cells (or blank lines) stand, the groups laid over the rows' cells and read where each row's amounts
    add up to its total, each share is its amount over it and the 合计 row is the rows' sum."""
    lines = HEBEI.split("\n")
    original = _amounts(_parsed(HEBEI))
    assert original[("2018年 省本级 金额", "amount")] == Decimal("42500000.00")
    assert original[("合计 合计", "amount")] == Decimal("150000000.00") and len(original) == 20
    for variant in ONE_CELL_PER_LINE:
        text, _ = VARIANTS[variant](lines)
        assert _amounts(_parsed(text)) == original, variant
    # written here: another fund's groups (资金 | 占比 under 市级 / 县级), in 元, rows numbered, one cell per line
    own = ["单位:元", "序号 | 乡镇 | 市级 | 县级 | 合计 |", "资金 | 占比 | 资金 | 占比 |",
           "1 | 城关镇 | 300 | 60% | 200 | 40% | 500 |", "2 | 河口镇 | 100 | 25% | 300 | 75% | 400 |",
           "3 | 新庄乡 | 50 | 50% | 50 | 50% | 100 |", "合计 | 450 | 45% | 550 | 55% | 1000 |", ""]
    for variant in ONE_CELL_PER_LINE:
        read = _amounts(_parsed(VARIANTS[variant](own)[0]))
        assert read[("河口镇 县级 资金", "amount")] == Decimal("300"), variant
        assert read[("合计 合计", "amount")] == Decimal("1000"), variant
        assert read[("城关镇 市级 占比", "share_pct")] == Decimal("60"), variant
    # a share that is not its amount over the total: nothing read, a warning
    wrong = [line.replace("| 60% |", "| 65% |") for line in own]
    for variant in ONE_CELL_PER_LINE:
        records = _parsed(VARIANTS[variant](wrong)[0])
        assert not [f for f in records if isinstance(f, StatedFigure) and f.unit in ("yuan", "percent")], variant


# --- a 部门整体支出绩效自评表's funds rows printed one cell per line, each cell closed by its pipe ------------


def _department_funds(records: list) -> dict[str, tuple]:
    return {r.label: (r.budget_initial_yuan, r.executed_yuan, r.weight, r.score) for r in records
            if isinstance(r, DepartmentFunding)}


def test_department_funds_one_cell_per_line_closed_by_pipes():
    """绥阳县太白镇 2021 部门整体支出绩效自评表 (a 得分计算方法 column of words after the figures) and 金寨县茶谷
    2023 (its 年度资金总额 row's 得分 cell empty): printed one cell per line, closed by pipes or with the pipe on
    the next line, no funds row was read — the closing pipes were no cells the reader of a table printed one
    cell per line knew, the 得分计算方法 header cell ended the header and its row's cell the rows. Each cell is
    its text, an empty cell (``|`` alone) holds its column's place as a dash does, and the column of words is
    passed over; printed bare, the row that lost its empty cell is laid over the columns by its arithmetic
    (102.59% = 338.31 / 329.77: the 10 its 分值, the 得分 the cell missing — the funds cell model's place_row)."""
    for name in ("suiyang-taibai-2021-dept-self-evaluation.txt", "jinzhai-chagu-2023-dept-self-evaluation.txt"):
        original = _department_funds(_parsed((PAGES / name).read_text("utf-8"), name))
        assert original, name
        for variant in ONE_CELL_PER_LINE[:2]:
            read = _department_funds(_reprinted(name, variant))
            assert read.items() >= original.items(), (name, variant)
            assert not disagreements(_figures(name, None), _figures(name, variant)), (name, variant)
    # (茶谷's pipe rows drop the empty 得分 cell, so its 年度资金总额 row is another reader's there; each cell on
    # its line, the empty cell holds its place: the row is the department's)
    assert read["年度资金总额"] == (Decimal("3297700.00"), Decimal("3383100.00"), Decimal("10"), None)
    bare = _department_funds(_reprinted(name, ONE_CELL_PER_LINE[2]))
    assert bare["年度资金总额"] == (Decimal("3297700.00"), Decimal("3383100.00"), Decimal("10"), None)
    # written here: a header with 得分计算方法 and 备注 columns, cells closed by pipes, an empty 得分 cell
    cells = ["部门整体支出绩效自评表", "部门(单位)名称", "某县某局", "年初预算数", "全年执行数", "分值", "得分",
             "得分计算方法", "备注", "年度资金总额:", "200", "180", "10", "", "执行率*分值", "", "基本支出", "150",
             "140", "", "", "", "", "项目支出", "50", "40", "", "", "", "", "年度总体目标"]
    read = _department_funds(_parsed("\n".join(f"{cell} |" if cell else "|" for cell in cells) + "\n"))
    assert read == {"年度资金总额": (Decimal("2000000.00"), Decimal("1800000.00"), Decimal("10"), None),
                    "基本支出": (Decimal("1500000.00"), Decimal("1400000.00"), None, None),
                    "项目支出": (Decimal("500000.00"), Decimal("400000.00"), None, None)}


# --- a label's number on the next line, its row's empty cells after it in any separated layout -----------

ZHONGXIAN = "zhongxian-2022-region-targets.txt"


def _label_amounts(records: list) -> dict[tuple[str, int], Decimal]:
    return {(f.label, f.source_line): f.value for f in records if isinstance(f, StatedFigure) and f.unit == "yuan"}


def test_a_labels_number_on_the_next_line_with_its_rows_empty_cells_between_tabs_or_as_markdown():
    """忠县 2022 区域绩效目标表 (``年度金额(万元): |`` then ``397 | |||``): re-printed with tabs (``397⇥⇥⇥``) or
    as a Markdown table (``| 397 |  |  |`` and its rule ``|---|---|`` below), the number's line was no cell
    and the label's amount was lost. A row whose first cell is its only one is that cell in every layout,
    and a Markdown rule is no line of text (the unit above reaches as far)."""
    original = _label_amounts(_parsed((PAGES / ZHONGXIAN).read_text("utf-8"), ZHONGXIAN))
    assert original[("年度金额(万元)", 26)] == original[("其中:中央补助(万元)", 28)] == Decimal("3970000.00")
    for variant in ("tables separated by tabs", "Markdown tables"):
        assert not disagreements(_figures(ZHONGXIAN, None), _figures(ZHONGXIAN, variant)), variant
        lines = (PAGES / ZHONGXIAN).read_text("utf-8").split("\n")
        text, origin = VARIANTS[variant](lines)
        records = [r.to_dict() for r in _parsed(text)]
        if origin is not None:
            at_original_lines(records, origin)
        read = {(r["label"], r["source_line"]): Decimal(r["value"]) for r in records
                if r["record_type"] == "stated_figure" and r["unit"] == "yuan"}
        assert read.items() >= original.items(), variant
    # written here: another block, 元 in its caption, rows of one cell between tabs and as Markdown rows
    for value_row in ("{}\t\t\t", "| {} |  |  |\n|---|---|---|"):
        text = "资金情况(元)\n" + "\n".join(f"{label} |\n" + value_row.format(number) for label, number in (
            ("项目总预算", "5000"), ("其中:财政资金", "4000"), ("自筹资金", "1000")))
        read = {f.label: f.value for f in _parsed(text + "\n") if isinstance(f, StatedFigure)}
        assert read == {"项目总预算": Decimal("5000.00"), "其中:财政资金": Decimal("4000.00"),
                        "自筹资金": Decimal("1000.00")}, value_row
