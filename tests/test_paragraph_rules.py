"""The paragraph builder (段落, ingest/final_accounts/paragraphs.py) joins lines by its rules exactly
as the plain per-line reading of those rules does: the guards that spare most lines the pattern
tests (blank lines, tab rows, first and last characters) change no paragraph. The reading as it
was written before the guards is kept here (:func:`rules_as_written`) and compared on every
paragraph field, for texts written to hold every case, for random mixes of their lines, and for
the bundled samples; the facts about NFKC the guards rest on are checked on every code point."""

from __future__ import annotations

import random
import sys
import unicodedata
from collections.abc import Iterable, Iterator

import pytest

from ingest.final_accounts.paragraphs import (
    COMPARISON_OPENING_RE,
    ITEM_RE,
    LIST_MARKER_RE,
    SENTENCE_END,
    TITLE_ENDS,
    TITLE_TAIL_RE,
    YEAR_TITLE_RE,
    Paragraph,
    build_paragraphs,
    is_heading,
    is_noise,
    is_pipe_row,
    is_table_row,
    iter_paragraphs,
)
from ingest.text import Line, decode_text, split_lines
from juesuan.settings import SAMPLE_DOCUMENTS

SAMPLES = sorted(SAMPLE_DOCUMENTS.glob("*.txt"))


def rules_as_written(lines: Iterable[Line]) -> Iterator[Paragraph]:
    """The rules of the module docstring read line by line, every test tried as written (the
    builder before its guards)."""
    pieces: list[str] = []
    lines_in: list[Line] = []
    ended = False  # the paragraph's last line ended a sentence

    def joined() -> Paragraph:
        starts, size = [], 0
        for piece in pieces:
            starts.append(size)
            size += len(piece)
        page = next((line.page for line in lines_in if line.page is not None), None)
        return Paragraph("".join(pieces), starts, [line.number for line in lines_in], [line.page for line in lines_in],
                         page)

    for line in lines:
        raw = line.text
        if not raw or raw.isspace():
            continue
        if is_table_row(raw) or is_pipe_row(line.norm.strip()):
            if pieces:
                yield joined()
                pieces, lines_in = [], []
            yield Paragraph(line.norm.strip(), [0], [line.number], [line.page], line.page, "table")
            continue
        text = line.norm.strip()
        if text.startswith(("-", "*")):
            text = LIST_MARKER_RE.sub("", line.norm).strip()
        if not text:
            continue
        if is_noise(text):
            if pieces and text.isdecimal() and pieces[-1][-1].isdecimal():  # digits after digits: not told
                yield joined()
                pieces, lines_in = [], []
            continue
        if text.startswith("#") or is_heading(text):
            if pieces:
                yield joined()
                pieces, lines_in = [], []
            yield Paragraph(text, [0], [line.number], [line.page], line.page, "heading")
            continue
        item = ITEM_RE.match(text)
        if pieces and item:
            yield joined()
            pieces, lines_in = [], []
        if item and TITLE_TAIL_RE.match(text[item.end() :].strip()):  # a numbered title stands alone
            yield Paragraph(text, [0], [line.number], [line.page], line.page)
            continue
        if ended and pieces and not COMPARISON_OPENING_RE.match(text):  # (a comparison continues it)
            yield joined()
            pieces, lines_in = [], []
        ended = False
        pieces.append(text)
        lines_in.append(line)
        if text.endswith(TITLE_ENDS) and YEAR_TITLE_RE.match(text):
            yield joined()  # (a title naming its year ends its paragraph as a sentence does)
            pieces, lines_in = [], []
        elif text.endswith(SENTENCE_END):
            ended = True
    if pieces:
        yield joined()

# Lines holding every case the rules tell apart (and the characters that could mislead a guard).
VARIANTS = [
    "",
    "1. 一般公共预算执行情况",  # a numbered title: a paragraph of its own
    "(2)收入决算情况说明。",
    "3、2021年度收入情况",  # (a digit after its number: no title)
    "| 项目 | 预算数 | 决算数 |",  # pipe rows: a table row
    "年度资金总额: | 9.48 | 9.48 | 10 | 100% | 10 | ||||",
    "项目 ｜ 金额",  # full-width pipes, no closing pipe
    "产出指标 |",  # one cell closed by a pipe: no row
    "| 标题 | ||||",
    "# source: http://example.gov.cn/a.html",  # Markdown headings stand alone
    "## 一、部门主要职责",
    "#",
    "   ",
    "\u3000\u3000",  # ideographic spaces only: blank
    "\xa0",  # a no-break space only: blank
    "\t",  # a tab only: blank, not a table row
    " \t ",
    "\x1c\x1d",  # information separators: whitespace to str.isspace
    "本部门的主要职能是负责全区医疗保障工作，贯彻落实国家",
    "医疗保障政策和决策部署。",
    "  前后有空格的一行继续  ",
    "\u3000\u3000全角空格开头的一行",
    "以全角句号结束。",
    "以感叹号结束！",
    "以问号结束？",
    "以半角问号结束?",
    "以半角叹号结束!",
    "句号后有空格。   ",
    "句号在行中。然后继续",
    "比2021年预算增加654万元,增长9%。",  # a comparison naming no subject: it continues the sentence before it
    "同比上年度增加189.25万元,增加31.39%。",
    "与上年相比,收、支总计各减少1267.86万元。",
    "较上年减少3.5万元。",
    "2016年预算比2015年预算下降68.8%。",
    "比如办公费。",  # (比 naming no year: no comparison)
    "2016年预算安排8万元。",  # (a year's figure: a sentence of its own)
    "项目\t100.00\t200.00",
    "\t单元格一格一行",  # one tab-indented cell: a table row
    "尾部有制表符\t",  # a trailing tab only: not a table row
    " \t前导空格和制表符",  # a tab stripped away with the leading space: not a table row
    "\u3000\t全角空格和制表符",
    "全角空格前的制表符\t\u3000",
    "\xa0\t\xa0不换行空格之间",
    "\t\u0301组合符号跟在制表符后",
    "ｘ\tｙ",  # full-width letters around a tab: a table row
    "10",
    "- 10 -",
    "第 10 页",
    "3/52",
    "12 页",
    "-3-",
    "١٢",  # Arabic-Indic digits: a page number too
    "图 1：收、支决算总计变动情况",
    "图2 收入决算结构",
    "图表说明不是图题",
    "一、收入支出决算总体情况说明",
    "（一）部门基本情况",
    "(二)机构设置",
    "第二部分 2022 年度部门决算表",
    "第三部分",
    "一、本年收入合计 1,852.62 万元，比上年增加 100 万元",  # money: text, not a heading
    "二、" + "很长的标题" * 9,  # longer than a heading
    "收入决算情况说明",
    "支出决算情况",
    "英德市经信局2016年“三公经费”预算对比增减说明",  # a title naming its year: a text paragraph of its own
    "2022年度部门决算情况说明。",
    "某局 2021 年度“三公”经费情况",  # (its year spaced apart)
    "某局2021年度支出14.5万元情况",  # (a figure: no title)
    "(四)年末固定资产状况:2018年年末有固定资产1222.06万",  # a figure ending it, cut from its unit: no heading
    "(二)项目支出。2022年一般公共预算拨款项目支出预算476.71",
    "二、附表1",
    "某局2021年度部门预算情况说明如下:",
    "一般公共预算财政拨款支出决算情况说明。",
    "1.社会保障和就业支出100万元，主要用于",
    "2、卫生健康支出",
    "(1)公务用车运行维护费",
    "（２）全角编号",
    "１．全角数字编号的事项",
    "1.41 万元的小数不是编号",
    "٣. 阿拉伯-印度数字编号",
    "- 一、主要职能",
    "* 二、机构设置",
    "- ",
    "-",
    "*强调但没有空格",
    "- 10",
    "- 图 3：结构",
    "第十二部分",
    "明",
    "说明",
    "情况",
    "含有NUL\x00的一行",
    "ＡＢＣ全角字母继续",
    "①带圈数字继续",
]

def test_digits_alone_after_a_line_ending_with_a_digit_end_the_paragraph() -> None:
    """``涉及 48`` / ``80`` / ``人``: the rest of a number wrapped onto a line of its own, or a page's
    number — not told, so neither 48人 nor 4880人 is read; after a line ending otherwise, digits
    alone are a page's number, dropped, and the sentence goes on."""
    built = assert_same("养老保险涉及 48\n80\n人,人均调资180.08元。\n上年结转\n12\n资金共计15万元。\n")
    assert [(p.text, p.line_numbers) for p in built] == [
        ("养老保险涉及 48", [1]), ("人,人均调资180.08元。", [3]), ("上年结转资金共计15万元。", [4, 6])]


WRITTEN = """一、部门主要职能

本部门的主要职能是负责全区医疗保障工作，

贯彻落实国家医疗保障政策。
10
（一）部门基本情况
收入决算情况说明
图 1：收、支决算总计变动情况
1.社会保障和就业支出100万元，
  主要用于退休人员。
2、卫生健康支出
- 三、专业名词解释
项目\t本年收入\t本年支出
\t100.00
尾部有制表符\t
继续的一行！
"""


def reference(lines: list[Line]) -> list[Paragraph]:
    return list(rules_as_written(lines))


def assert_same(text: str, page: int | None = None) -> list[Paragraph]:
    lines = split_lines(text, page)
    built = build_paragraphs(lines)
    assert built == reference(lines)
    assert list(iter_paragraphs(list(lines))) == built  # a plain list (no joined texts) reads alike
    return built


def test_a_written_text_gives_its_paragraphs() -> None:
    built = assert_same(WRITTEN)
    assert [(p.kind, p.text, p.line_numbers) for p in built] == [
        ("heading", "一、部门主要职能", [1]),
        ("text", "本部门的主要职能是负责全区医疗保障工作,贯彻落实国家医疗保障政策。", [3, 5]),
        ("heading", "(一)部门基本情况", [7]),
        ("heading", "收入决算情况说明", [8]),
        ("text", "1.社会保障和就业支出100万元,主要用于退休人员。", [10, 11]),
        ("text", "2、卫生健康支出", [12]),
        ("heading", "三、专业名词解释", [13]),
        ("table", "项目\t本年收入\t本年支出", [14]),
        ("table", "100.00", [15]),
        ("text", "尾部有制表符继续的一行!", [16, 17]),
    ]
    assert built[1].starts == [0, 20]
    assert built[1].line_at(20) == 5


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_variant_line_between_continued_lines(variant: str) -> None:
    assert_same(f"前一行继续\n{variant}\n后一行继续\n\n{variant}\n{variant}。\n")


def test_variants_on_pages_and_with_a_page_given() -> None:
    text = "\n".join(VARIANTS)
    assert_same(text, page=3)
    paged = "\f".join("\n".join(VARIANTS[i:i + 7]) for i in range(0, len(VARIANTS), 7))
    built = assert_same(paged)
    assert {p.page for p in built} > {1, 2}


def test_random_mixes_of_the_variant_lines() -> None:
    rng = random.Random(13)
    for _ in range(300):
        lines = rng.choices(VARIANTS, k=rng.randint(1, 25))
        separator = rng.choice(["\n", "\r\n", "\n\f"])
        assert_same(separator.join(lines), page=rng.choice([None, 1]))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_bundled_samples(path) -> None:
    assert_same(decode_text(path.read_bytes())[0])


def test_a_table_row_is_told_alike_from_its_raw_and_normalised_text() -> None:
    for variant in VARIANTS:
        for line in split_lines(f"{variant}\n"):
            norm = line.norm
            told = bool(norm.strip()) and (norm[0] == "\t" or "\t" in norm.strip())
            assert told == (not line.text.isspace() and bool(line.text) and is_table_row(line.text)), variant


def test_nfkc_keeps_blank_lines_blank_and_tabs_tabs() -> None:
    """What the builder's guards rest on: NFKC turns every whitespace character into whitespace and
    every other one into text holding a non-space (so a raw line is blank exactly when its ``norm``
    is), and no character but a tab into anything holding a tab."""
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        folded = unicodedata.normalize("NFKC", char)
        assert folded.isspace() == char.isspace(), hex(code)
        assert ("\t" in folded) == (char == "\t"), hex(code)


def test_a_numbered_line_stating_money_in_yi_or_a_rate_is_no_heading() -> None:
    """``(一)国家财政性教育经费总收入18.96亿元,比上年16.09亿元增`` / ``加2.87亿元,增长17.84%。`` (an unseen
    county page hard-wrapped): a short numbered line holding a figure in 亿元 (or a rate) is the start of
    a sentence that goes on, not a heading — else the change and growth after the wrap are lost."""
    for first, rest in (
        ("(一)国家财政性教育经费总收入18.96亿元,比上年16.09亿元增", "加2.87亿元,增长17.84%。"),
        ("(二)事业收入1.75亿元,比上年1.52亿元增加0.23亿元,增长", "15.13%。"),
        ("三、一般公共预算支出增长 5.2 %,比上年", "多支出3千元。"),
    ):
        built = assert_same(f"{first}\n{rest}\n")
        assert [(p.kind, p.text) for p in built] == [("text", first + rest)]
    assert [p.kind for p in assert_same("(一)2023年度收入支出决算总体情况\n")] == ["heading"]


def test_a_numbered_line_ending_with_a_figure_is_no_heading() -> None:
    """``(四)年末固定资产状况:2018年年末有固定资产1222.06万`` / ``元。`` (丽水市文化馆 2018 评价报告
    hard-wrapped), ``(二)项目支出。2022年一般公共预算拨款项目支出预算476.71`` / ``万元,比2021年预算减少
    1994.21万元,…`` (武山县洛门学区 2022 预算 hard-wrapped): a short numbered line ending with a figure is a
    sentence wrapped before the figure's unit (or a row's label and value), never a heading — else the amount
    is cut from its 万元 and the change after it lost."""
    for first, rest in (
        ("(四)年末固定资产状况:2018年年末有固定资产1222.06万", "元。"),
        ("(二)项目支出。2022年一般公共预算拨款项目支出预算476.71", "万元,比2021年预算减少1994.21万元,下降80%。"),
        ("三、本年支出合计 35", "6.2万元,比上年减少12.5万元。"),
    ):
        built = assert_same(f"{first}\n{rest}\n")
        assert [(p.kind, p.text) for p in built] == [("text", first + rest)]
    assert [p.kind for p in assert_same("(一)2023年度收入支出决算总体情况\n二、附表说明\n")] == ["heading", "heading"]


def test_a_real_page_hard_wrapped_before_a_unit() -> None:
    """武山县洛门学区 2022 预算 as a PDF's text hard-wraps it (benchmarks/reprints.py): 项目支出's amount,
    its change and its rate read as on the page."""
    from decimal import Decimal
    from pathlib import Path

    from benchmarks.reprints import VARIANTS
    from ingest.document import parse_lines
    from ingest.records import StatedFigure

    page = Path(__file__).parent / "fixtures" / "pages" / "wushan-luomen-xuequ-2022-budget-school-district.txt"
    text, origin = VARIANTS["prose hard-wrapped"](page.read_text("utf-8").split("\n"))
    _, records = parse_lines(split_lines(text), page.name, "utf-8")
    read = {(origin[r.source_line - 1], r.field, r.value) for r in records if isinstance(r, StatedFigure)}
    assert {(17, "amount", Decimal("4767100.00")), (17, "change", Decimal("19942100.00")),
            (17, "change_pct", Decimal("80"))} <= read
