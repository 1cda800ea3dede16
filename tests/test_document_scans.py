"""Whole-document scans (ingest/text.py: matches_by_line, lines_with) give what a loop over the
lines would, on the bundled samples and on edge cases written here: a match at a line's start
after a letter, a NUL printed inside a line, and the template-leftover and paragraph readers that
use them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.flat_tables import CELL_NUMBER_RE
from ingest.label_values import MONEY_PREFILTER_RE
from ingest.numbers import DECLARED_UNIT_RE
from ingest.pipe_cells import BARE_NUMBER_RE
from ingest.review.leftovers import LEFTOVER_RE, leftover_matches, parse_leftovers
from ingest.text import (
    LINE_JOIN,
    DocumentLines,
    Line,
    _literal_of,
    decode_text,
    indexes_with,
    joined_texts,
    lines_holding,
    lines_starting,
    lines_starting_among,
    lines_with,
    matches_by_line,
    split_lines,
    texts_with,
)
from juesuan.settings import SAMPLE_DOCUMENTS

SAMPLES = sorted(SAMPLE_DOCUMENTS.glob("*.txt"))
# The template-leftover pattern as it was written before it was reordered for speed.
LEFTOVER_AS_WRITTEN = re.compile(
    r"(?<![A-Za-z])[Xx]{2,}(?![A-Za-z])|×{2,}|某某|\(\s*\)|【\s*】|\[\s*\]"
    r"|模板|填写说明|请(?:据实|如实|按实际)?填写|此处填|填报说明"
)


def per_line(lines, pattern, attr="norm"):
    return [(i, m.group(0)) for i, line in enumerate(lines) for m in pattern.finditer(getattr(line, attr))]


PATTERNS = {"money words": MONEY_PREFILTER_RE, "unit": DECLARED_UNIT_RE, "leftover": LEFTOVER_RE,
            "万元 figure": re.compile(r"\d+(?:\.\d+)?万元")}


@pytest.mark.parametrize("name", PATTERNS)
def test_one_scan_finds_what_a_loop_over_lines_finds(name: str) -> None:
    pattern = PATTERNS[name]
    found = 0
    for path in SAMPLES:
        text = decode_text(path.read_bytes())[0] + "\n上海市XX局(  )模板\n"  # a leftover in every one
        lines = split_lines(text)
        expected = per_line(lines, pattern)
        assert [(i, m.group(0)) for i, m in matches_by_line(lines, pattern)] == expected, path.name
        assert lines_with(lines, pattern) == sorted({i for i, _ in expected}), path.name
        found += len(expected)
    assert found > len(SAMPLES)  # a scan that finds nothing proves nothing


def test_the_unit_scans_find_every_line_declaring_a_unit() -> None:
    """label_values looks for unit declarations with two word-led scans instead of every line
    printing 元: they find every line declared_unit reads a unit on."""
    from ingest.label_values import _Units
    from ingest.numbers import declared_unit

    printed = "\n单位 ： 元\n（万元）\n金额单位:千元\n项目(亿元)\n单位:万元;\n收入 5 万元\n(元)合计\n单位:人\n"
    found = 0
    for path in SAMPLES:
        lines = split_lines(decode_text(path.read_bytes())[0] + printed)
        expected = [i for i, line in enumerate(lines) if declared_unit(line.norm) is not None]
        assert _Units(lines).indexes == expected, path.name
        found += len(expected)
    assert found > 6 * len(SAMPLES)


def test_a_match_at_a_line_start_sees_no_letter_of_the_line_before() -> None:
    lines = split_lines("abc\nXX局2024年\nbXX\n空括号( )\n")
    assert [(r.token, r.source_line) for r in parse_leftovers(lines)] == [("XX", 2), ("( )", 4)]


def test_a_nul_inside_a_line_does_not_shift_the_line_numbers() -> None:
    lines = split_lines("收入\x00合计\n说明\n支出 5\n")
    assert lines_with(lines, MONEY_PREFILTER_RE) == [0, 2]
    found = [(i, m.group(0)) for i, m in matches_by_line(lines, MONEY_PREFILTER_RE)]
    assert found == [(0, "收入"), (0, "合计"), (2, "支出")]


@pytest.mark.parametrize(
    "text",
    ["收入（一）１，２００\n\n\t合计\n说明 ① 5\n", "收入 （一） １，２００\n\n\t合计\t5 \n", "收入\x00合计\n说明\n",
     "第１页\f收入\n合计\n", "", "一行"],
    ids=["full-width", "spaces and tabs", "NUL inside a line", "paged", "empty", "one line"],
)
def test_joins_made_with_the_lines_are_the_joins_of_their_texts(text: str) -> None:
    """split_lines keeps the normalised text it joined by line breaks, and a join by NUL is that
    text with the separators swapped: both are what joining the lines' texts gives."""
    lines = split_lines(text)
    for attr, separator in [("norm", "\n"), ("norm", "\x00"), ("compact", "\x00"), ("compact", "\n"), ("norm", "\n")]:
        texts = [getattr(line, attr) for line in lines]
        joined, starts = joined_texts(lines, attr, separator)
        assert joined == separator.join(texts)
        exact = separator not in "".join(texts)
        assert starts == ([sum(len(t) + 1 for t in texts[:i]) for i in range(len(texts) + 1)] if exact and texts
                          else None)


@pytest.mark.parametrize(
    "pattern",
    [re.compile(r"\d*"), re.compile("收入|合计"), re.compile("abc", re.IGNORECASE), re.compile(r"(?<!\d)5")],
    ids=["matches empty", "alternatives", "flags", "lookbehind"],
)
def test_lines_with_finds_each_line_once_as_a_loop_would(pattern: re.Pattern[str]) -> None:
    texts = ["", "收入合计收入", "ABC abc", "55", "x5", "", "收入"]
    assert texts_with(texts, pattern) == [i for i, text in enumerate(texts) if pattern.search(text)]


@pytest.mark.parametrize("nul", [False, True], ids=["joined", "a NUL inside a line"])
def test_lines_holding_finds_the_lines_holding_any_word_once_in_order(nul: bool) -> None:
    """A word on few lines is found in the joined text, one on many (the tabs of a tab-separated
    document: more than one line in MANY_LINES_SHARE) line by line: both as a loop finds them."""
    texts = ["三公经费", "a\tb", "x | y |", "因公出国(境)费与三公", "", "收入三公", "a.b", "a+b"]
    texts += ["三公三公", "三", "公三公"] + ["说明\t"] * 40
    texts[9] += "\x00" if nul else ""
    lines = DocumentLines(Line(number, text) for number, text in enumerate(texts, start=1))
    for words in [("三公", "因公出国"), ("|", "\t"), (".",), ("+", "|"), ("\t",), ("说明", "三公")]:
        assert lines_holding(lines, words) == [i for i, text in enumerate(texts) if any(w in text for w in words)]
    assert lines_holding(lines, ("三 公",)) == [] and lines_holding(lines, ()) == []
    assert lines_holding(lines, ("三公",), "compact") == [0, 3, 5, 8, 10]


@pytest.mark.parametrize(
    "pattern",
    [re.compile(r"\d"), re.compile(r"[^|\n]{0,60}\|[^\S\n]*(?=\n|\Z)"), re.compile("收入|合计"),
     re.compile(r"[^\S\n]*")],
    ids=["digit", "one closed cell", "alternatives", "matches empty"],
)
def test_lines_starting_finds_what_match_on_each_line_finds(pattern: re.Pattern[str]) -> None:
    texts = ["", "1收入", "收入合计", " 12 |", "a | b |", "合计 |", "x1", "", "9"]
    expected = [i for i, text in enumerate(texts) if pattern.match(text)]
    lines = [Line(number, text) for number, text in enumerate(texts, start=1)]
    assert lines_starting(lines, pattern) == expected
    assert lines_starting(DocumentLines(lines), pattern) == expected
    assert lines_starting(lines[:2], pattern) == [i for i in expected if i < 2] and lines_starting([], pattern) == []
    held = [Line(1, "9"), Line(2, "a\nb"), Line(3, "1")]  # a line holding a line break: one by one
    assert lines_starting(held, pattern) == [i for i, line in enumerate(held) if pattern.match(line.norm)]


@pytest.mark.parametrize(
    "text",
    ["XX", "xX局", "aXX", "XXa", "(XX)", "1XX2", "某某单位", "××年", "（ ）", "【】", "[ ]", "请据实填写", "Xx xX",
     "XXXbXX"],
)
def test_leftover_pattern_reads_as_written(text: str) -> None:
    def spans(pattern):
        return [(m.span(), m.group(0)) for m in pattern.finditer(text)]

    assert spans(LEFTOVER_RE) == spans(LEFTOVER_AS_WRITTEN)


def test_the_leftover_scans_by_first_character_find_what_the_whole_pattern_finds() -> None:
    # (LEFTOVER_BY_FIRST: one literal-led scan per first character present, merged — for speed)
    pieces = ["X", "x", "a", "×", "某", "(", ")", " ", "【", "】", "[", "]", "模板", "填", "写说明", "报说明", "请",
              "据实", "填写", "此处", "\n"]
    texts = ["".join((a, b, c)) for a in pieces for b in pieces for c in pieces]
    texts += [decode_text(path.read_bytes())[0] for path in SAMPLES]
    texts += ["请填写说明填写说明", "某某某某某", "××××", "XXxbXX xx", "(请填写)", "[模板]", "请据实填报说明", ""]
    found = 0
    for text in texts:
        for lines in (split_lines(text), DocumentLines(split_lines(text)), split_lines(text.replace("a", "\x00"))):
            expected = [(i, m.span(), m.group(0)) for i, m in matches_by_line(lines, LEFTOVER_RE)]
            assert [(i, m.span(), m.group(0)) for i, m in leftover_matches(lines)] == expected, text
            found += len(expected)
    assert found > 5000  # (a scan that finds nothing proves nothing)


def test_paragraphs_keep_lines_pages_and_kinds() -> None:
    text = "一、收入决算情况说明\n\n本年收入合计\n100万元。\n- 1.项目支出\n图 1：收入结构\n12\n其中:\n(1)基本支出\t5\n"
    paragraphs = build_paragraphs(split_lines(text))
    assert [(p.kind, p.text, p.line_numbers) for p in paragraphs] == [
        ("heading", "一、收入决算情况说明", [1]),
        ("text", "本年收入合计100万元。", [3, 4]),
        ("text", "1.项目支出其中:", [5, 8]),
        ("table", "(1)基本支出\t5", [9]),
    ]
    assert paragraphs[1].starts == [0, 6] and paragraphs[1].line_at(7) == 4


def test_only_lines_whose_ends_allow_it_are_tested_for_more_than_text() -> None:
    """A line is plain text unless its first character may start a list marker, page number,
    caption, heading or item, or it ends like a title: each of those is still read as what it is
    (a title without a numeral, an item numbered in another script's digits, a page number, a
    caption, a list marker), and a line that only starts like one is joined as text."""
    text = ("收入决算情况说明\n本年收入合计\n100万元,\n٣.项目支出\n3\n- 50万元。\n图 2：结构\n一是保障运转。\n"
            "(1)基本支出\n5万元。\n本年支出情况\n主要是保障运转的说明。\n各项支出均按预算执行,未超支情况\n良好。\n"
            "\t单独一格\n")
    paragraphs = build_paragraphs(split_lines(text))
    assert [(p.kind, p.text, p.line_numbers) for p in paragraphs] == [
        ("heading", "收入决算情况说明", [1]),
        ("text", "本年收入合计100万元,", [2, 3]),
        ("text", "٣.项目支出50万元。", [4, 6]),
        ("text", "一是保障运转。", [8]),
        ("text", "(1)基本支出5万元。", [9, 10]),
        ("heading", "本年支出情况", [11]),
        ("heading", "主要是保障运转的说明。", [12]),
        ("text", "各项支出均按预算执行,未超支情况良好。", [13, 14]),
        ("table", "单独一格", [15]),
    ]


# Bare number lines as a page prints them, and lines that are not (variants written here: signs, thousands
# separators, a full-width or ideographic space's indent, a pipe or % after the number, a tab, words).
NUMBER_LINES = ["1,234.56", "  -12", "+3", "−5.0", "12 |", "12%", "\t12", "12.", "1,2,3", "12 ", "　12", "１２",
                "0", "", "合计", "12 34", "-", "1.2.3", "12万元", "  7  ", "|", "3 |  ", "- 3 -", ",5", ".5"]


def test_a_bare_number_line_is_a_number_cell_line() -> None:
    """pipe_cells looks for its bare numbers among the flattened tables' number cells (lines_starting_among):
    every line BARE_NUMBER_RE matches at its start, CELL_NUMBER_RE matches too."""
    pages = sorted((Path(__file__).parent / "fixtures" / "pages").glob("*.txt"))
    texts = [Line(1, text).norm for text in NUMBER_LINES]
    for path in [*SAMPLES, *pages]:
        texts += [line.norm for line in split_lines(decode_text(path.read_bytes())[0])]
    bare = [text for text in texts if BARE_NUMBER_RE.match(text)]
    assert len(bare) > 100 and all(CELL_NUMBER_RE.match(text) for text in bare)


@pytest.mark.parametrize("scanned", [True, False], ids=["wider scanned first", "no scan of the wider"])
def test_lines_starting_among_finds_what_a_scan_finds(scanned: bool) -> None:
    documents = [decode_text(path.read_bytes())[0] for path in SAMPLES] + ["\n".join(NUMBER_LINES * 3)]
    found = 0
    for text in documents:
        lines = split_lines(text)
        expected = lines_starting(split_lines(text), BARE_NUMBER_RE)
        if scanned:
            cells = lines_starting(lines, CELL_NUMBER_RE)
            cells.clear()  # (a caller's list: the document's index keeps its own)
        assert lines_starting_among(lines, BARE_NUMBER_RE, CELL_NUMBER_RE) == expected
        found += len(expected)
    assert found > 20


@pytest.mark.parametrize("word", ["项目名称", "合计", "三公", "a b", "#", "x\ty", "绩效目标表"])
def test_a_word_is_found_as_the_regex_engine_finds_it(word: str) -> None:
    """A pattern that is a plain word is looked for by string searches (text._literal_of): the same lines and
    paragraphs as the regex engine's scan, over a whole document and over a stretch of it."""
    plain, grouped = re.compile(word), re.compile(f"(?:{word})")  # (a group: the regex engine's scan)
    assert _literal_of(plain) == word and _literal_of(grouped) is None
    extra = "\n".join(["项目名称 合计", "a b三公", "#x\ty", "", "合计合计", "绩效目标表绩效目标表", "a  b"])
    for path in SAMPLES:
        text = decode_text(path.read_bytes())[0] + "\n" + extra
        lines = split_lines(text)
        assert lines_with(lines, plain) == lines_with(lines, grouped) == [
            i for i, line in enumerate(lines) if word in line.norm]
        for first, end in [(0, 7), (3, len(lines) - 2), (len(lines) - 7, None), (5, 5)]:
            assert lines_with(lines, plain, first=first, end=end) == lines_with(lines, grouped, first=first, end=end)
        paragraphs = build_paragraphs(lines)
        assert paragraphs.having(plain) == paragraphs.having(grouped)
        joined, starts = joined_texts(lines, "compact", LINE_JOIN)
        assert indexes_with(joined, starts, plain) == indexes_with(joined, starts, grouped)
    assert _literal_of(re.compile("ab", re.IGNORECASE)) is None and _literal_of(re.compile("a.b")) is None
