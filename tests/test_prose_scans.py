"""The prose readers' shortcuts read what their plain form reads: the stated-figure pattern
written for speed matches as it was written, one scan of the whole document finds the figures a
loop over the paragraphs finds, the words before a figure read once per wording read as they
read at every figure, a stated figure made without its constructor is the constructor's record,
and a word test guarding a label's pattern never skips a paragraph the pattern matches in
(ingest/statements.py, ingest/final_accounts/figures.py, ingest/review/direction_words.py)."""

from __future__ import annotations

import dataclasses
import random
import re
from decimal import Decimal

import pytest

from ingest.document import _figures_read, parse_lines
from ingest.final_accounts.figures import VS_PRIOR_BY_WORD_RES, VS_PRIOR_RE, _patterns, required_words
from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.final_accounts.personnel import ANCHOR_RE
from ingest.final_accounts.sections import EMPTY_STATEMENT_CORE_RE, EMPTY_STATEMENT_RE
from ingest.final_accounts.summary import SPECS as SUMMARY_SPECS
from ingest.final_accounts.three_public import COUNTS
from ingest.final_accounts.three_public import SPECS as THREE_PUBLIC_SPECS
from ingest.records import Metric, StatedFigure
from ingest.review.direction_words import FLAT_RE, parse_direction_words
from ingest.review.years import TITLE_RE, TITLE_TAIL_RE
from ingest.statements import (
    BOUND_SIGNS,
    FIGURE_RE,
    KIND_OF_UNIT,
    LAST_BREAK_RE,
    RESULT_BEFORE_EQUALS,
    RUN_DIGITS,
    RUN_DIGITS_RE,
    SENTENCE_ENDS,
    UNIT_PATTERN,
    _reading,
    _words_before,
    figures_in_paragraph,
    parse_statements,
    stated_figure,
)
from ingest.text import decode_text, split_lines
from juesuan.settings import SAMPLE_DOCUMENTS

SAMPLES = sorted(SAMPLE_DOCUMENTS.glob("*.txt"))
# The stated-figure pattern as it was written before it was rewritten for speed.
FIGURE_AS_WRITTEN = re.compile(
    rf"(?=\d)(?<![\d.A-Za-z])(?<!\d[-/])(?:(?P<number>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)\s*(?P<unit>{UNIT_PATTERN})"
    rf"|(?P<zero>0(?:\.0+)?)(?=[\u4e00-\u9fff])(?!{UNIT_PATTERN}))"
)
# The personnel anchor as it was written (编制 not after 预算/草案 looked behind from before it).
ANCHOR_AS_WRITTEN = re.compile(r"实有人数|实有人员|编制人数|编制数|人员编制|核定编制|(?<!预算)(?<!草案)编制\s*\d")


def _sample_texts() -> list[str]:
    texts: list[str] = []
    for path in SAMPLES:
        texts += [p.text for p in build_paragraphs(split_lines(decode_text(path.read_bytes())[0]))]
    return texts


def _figures(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    out = []
    for m in pattern.finditer(text):
        number = m.group("number") if "number" in pattern.groupindex else (
            text[m.start() : m.end("tail")] if m.group("unit") else None)
        out.append((m.span(), m.group("unit"), m.group("zero") is not None, number if m.group("unit") else None))
    return out


EDGES = ["公务接待费638万元", "2023年1,234.56万元", "1234,567万元", "M.8万元", "2023-01-01项目5个", "安排0其他资金",
         "0.00万元", "0.00年", "12.5.万元", "1, 234 万元", "增长3.4 %", "22个教学班", "0人", "3个人", "98分钟",
         "收入 12\t万元", "1,23万元", "٣万元", "00.0项", "1,234,567.89万元", "1,234,5678万元", "12.万元", "0.个",
         "0.00.0元", "٣,٤٥٦万元"]


@pytest.mark.parametrize("text", EDGES)
def test_figure_pattern_matches_as_written(text: str) -> None:
    assert _figures(FIGURE_RE, text) == _figures(FIGURE_AS_WRITTEN, text)


def test_figure_pattern_matches_as_written_on_the_samples_and_random_text() -> None:
    texts = _sample_texts()
    rng = random.Random(13)
    alphabet = [*"0123456789,,..  -/%a年个人员项目分钟元万千亿批次٣", "万元", "个百分点", "0.00", "1,234"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(20000)]
    found = 0
    for text in texts:
        expected = _figures(FIGURE_AS_WRITTEN, text)
        assert _figures(FIGURE_RE, text) == expected, text
        found += len(expected)
    assert found > 1000  # a pattern that finds nothing proves nothing


def test_one_scan_finds_the_figures_of_every_paragraph() -> None:
    found = 0
    for path in SAMPLES:
        paragraphs = build_paragraphs(split_lines(decode_text(path.read_bytes())[0]))
        one_by_one = [f for p in paragraphs if p.kind != "table" for f in figures_in_paragraph(p)]
        assert parse_statements(paragraphs) == one_by_one, path.name
        found += len(one_by_one)
    assert found > 100


def test_a_nul_inside_a_paragraph_does_not_shift_the_figures() -> None:
    text = "说明\x00。\n\n公务接待费12万元。\n\n公用经费5万元,比上年增加1万元。\n"
    found = [(f.label, f.field, f.value, f.source_line) for f in parse_statements(build_paragraphs(split_lines(text)))]
    assert found == [("公务接待费", "amount", 120000, 3), ("公用经费", "amount", 50000, 5),
                     ("公用经费", "change", 10000, 5)]


def test_a_subject_ends_with_its_paragraph_and_table_rows_are_skipped() -> None:
    """The scan of the whole document reads each paragraph on its own: a change in the next
    paragraph names no subject (it is left out), a table row between is the table readers'."""
    text = "公用经费5万元。\n\t公务接待费\t12万元\n比上年增加1万元。\n\n说明文字。\n培训费3万元,\n增长2%。\n"
    found = [(f.label, f.field, f.value, f.source_line) for f in parse_statements(build_paragraphs(split_lines(text)))]
    assert found == [("公用经费", "amount", 50000, 1), ("培训费", "amount", 30000, 6), ("培训费", "change_pct", 2, 7)]


def test_a_figure_the_narrative_read_hides_the_generic_one_on_its_line_only() -> None:
    """statements_not_read looks only at the content records printed on a line that holds a
    generic stated figure: the figures read as a Metric (and its change) are not repeated, the
    same numbers printed on another line are kept."""
    text = (
        "某某县财政局2023年度部门决算\n\n第二部分 2023年度部门决算情况说明\n二、“三公”经费财政拨款支出决算情况说明\n"
        "2023年度“三公”经费财政拨款支出决算为12.00万元,比上年减少3.00万元。\n"
        "其中:公务接待费支出决算为5.00万元。\n另外,办公用房维修12.00万元,培训费5.00万元,比上年减少3.00万元。\n"
    )
    info, records = parse_lines(split_lines(text), "variant.txt")
    assert info.doc_type == "final_account"
    metrics = {(r.source_line, r.label, r.value, r.change_value) for r in records if isinstance(r, Metric)}
    assert metrics == {(5, "“三公”经费财政拨款", 120000, -30000), (6, "公务接待费", 50000, None)}
    stated = [(r.source_line, r.label, r.field, r.value) for r in records if isinstance(r, StatedFigure)]
    assert stated == [(7, "办公用房维修", "amount", 120000), (7, "培训费", "amount", 50000),
                      (7, "培训费", "change", 30000)]


def test_the_figures_read_are_found_by_line_absolute_value_and_kind() -> None:
    """A stated figure is held by the figures read as its (page, line, |value|, kind) would be in a
    set of them: a value equal in any printing and either sign, on the same page and line, of the
    same kind."""
    read = _figures_read([Metric(metric="three_public_total", label="三公", value=Decimal("120000.00"),
                                 change_value=Decimal("-30000.00"), growth_pct=Decimal("-20.00"), source_line=5,
                                 source_page=2)])

    def stated(page: int | None, line: int, value: str, kind: str) -> StatedFigure:
        field, unit = {"money": ("amount", "yuan"), "change": ("change_pct", "percent"),
                       "other": ("share_pct", "percent")}[kind]
        return StatedFigure(label="三公", field=field, value=Decimal(value), unit=unit, source_line=line,
                            source_page=page)

    assert read.holds(stated(2, 5, "120000", "money"))
    assert read.holds(stated(2, 5, "30000.00", "money"))  # 减少 3 万元, read signed
    assert read.holds(stated(2, 5, "-20.0", "change"))
    assert not read.holds(stated(2, 5, "20.00", "other"))  # a share of 20% is not the growth
    assert not read.holds(stated(2, 6, "120000.00", "money"))
    assert not read.holds(stated(None, 5, "120000.00", "money"))
    assert not read.holds(stated(2, 5, "120000.01", "money"))


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(?:财政拨款)?.?三公.?经费(?:财政拨款)?", ("三公",)),
        (r"本年收入合计|本年收入(?!合计)|(?<![本财])收入合计", ("本年收入合计", "本年收入", "收入合计")),
        (r"使用非财政拨款结余|使用专用结余", ("非财政拨款结余", "专用结余")),
        (r"(?:公务用车购置数|购置\s*(?:\(更新\))?\s*公务用车)\s*(?P<n>\d+)\s*辆", ("公务用车购置数", "公务用车")),
        (r"(?P<label>收入总计)", ("收入总计",)),
        (r"(?:a|\d)c", ("c",)),
        (r"\d+\s*万元?", ("万",)),
        (r"\d+(?:\.\d+)?", None),
        (r"(?i)abc", None),
    ],
)
def test_required_words_of_a_pattern(pattern: str, words: tuple[str, ...] | None) -> None:
    assert required_words(pattern) == words


def test_a_pattern_never_matches_a_text_without_its_required_words() -> None:
    patterns = [_patterns(s).figure for s in (*SUMMARY_SPECS, *THREE_PUBLIC_SPECS)]
    patterns += [_patterns(s).subject_first for s in SUMMARY_SPECS] + [p for _, _, p in COUNTS]
    texts = _sample_texts()
    matched = 0
    for pattern in patterns:
        words = required_words(pattern.pattern)
        assert words is not None, pattern.pattern
        for text in texts:
            if pattern.search(text):
                matched += 1
                assert any(word in text for word in words), (pattern.pattern, text)
    assert matched > 50


def test_guards_written_by_hand_are_implied_by_their_patterns() -> None:
    texts = [*_sample_texts(), "本部门无政府性基金收入", "单位无“三公”经费支出", "人员编制10人", "预算编制5人",
             "草案编制 3", "2024 年度部门决算", "2024年部门预算数"]
    titles = 0
    for text in texts:
        assert [m.span() for m in ANCHOR_RE.finditer(text)] == [m.span() for m in ANCHOR_AS_WRITTEN.finditer(text)]
        if EMPTY_STATEMENT_RE.search(text):
            assert EMPTY_STATEMENT_CORE_RE.search(text), text
        if TITLE_RE.search(text):
            titles += 1
            assert TITLE_TAIL_RE.search(text), text
    assert titles > 1


def test_the_words_before_a_figure_read_once_per_wording_read_as_at_every_figure() -> None:
    """_words_before (cached per wording) gives every figure of the samples what the words between
    it and the figure before give when read at the figure: the last sentence break searched in the
    whole text between the two, the words after it without spaces, a weight or a bound left out."""
    read = 0
    for text in [*_sample_texts(), "产出指标(50分)。年度指标值 ≥50个,公用经费 5 万元;其中:培训费3万元",
                 "基本支出 93199.91 75.99% 合格率 = 98% 省级资金(万元)252.80000052.800000 100%"]:
        previous_end = 0
        for match in FIGURE_RE.finditer(text):
            start = match.start()
            kind = "money" if match.group("zero") is not None else KIND_OF_UNIT.get(match.group("unit"), "count")
            last_break = LAST_BREAK_RE.search(text, previous_end, start)
            before = "".join(text[last_break.start() + 1 if last_break else previous_end : start].split())
            broken_at, after_sentence, field, *reading, cells = _words_before(text[previous_end:start], kind)
            assert broken_at == (last_break.start() - previous_end if last_break else -1)
            assert after_sentence == (last_break is not None and text[last_break.start()] in SENTENCE_ENDS)
            trimmed = text[previous_end:start].rstrip()
            if cells:  # (财政补助收入 6909800 55508400 48598600 703.33%: the row's cells are no words of the label)
                assert before.endswith("".join(cells))
                before = before[: -len("".join(cells))]
            if (kind == "score" and before.endswith("(")) or before.endswith(BOUND_SIGNS) or (
                trimmed.endswith("=") and trimmed[-2:-1] not in RESULT_BEFORE_EQUALS
            ):
                assert field is None
            elif field is None and reading[0] == RUN_DIGITS:  # a label holding eight digits: no label
                assert RUN_DIGITS_RE.search(_reading(before, kind)[2])
            else:
                assert (field, *reading) == _reading(before, kind)
                read += 1
            previous_end = match.end()
    assert read > 500


def test_a_stated_figure_made_without_its_constructor_is_the_constructors_record() -> None:
    """Every field of the record is set, in the order the dataclass declares them: a field added to
    StatedFigure fails here until stated_figure sets it."""
    fields = dict(label="公务接待费", field="change", value=Decimal("30000.00"), unit="yuan", direction="decrease",
                  metric="three_public_reception", context="比上年减少3万元", ulp=Decimal("100"), source_line=7,
                  source_page=2)
    made = stated_figure(**fields)
    constructed = StatedFigure(**fields)
    assert made == constructed and repr(made) == repr(constructed) and made.to_dict() == constructed.to_dict()
    assert list(vars(made)) == [f.name for f in dataclasses.fields(StatedFigure)] == list(vars(constructed))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.value = Decimal(0)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("\t公务接待费\t12万元\n资金安排0其他\n\t培训费\t3万元\n", [("资金安排", 0, 2)]),  # rows first and last
        ("公用经费5万元\n\t差旅费\t2万元\n\t会议费\t1万元\n中央补助安排0\n比上年增加1万元。\n",
         [("公用经费", 50000, 1), ("中央补助", 0, 4), ("中央补助", 10000, 5)]),
        ("\t1\t2\n\t3\t4万元\n", []),  # table rows only
        ("培训费3万元,\n增长2%。\n", [("培训费", 30000, 1), ("培训费", 2, 2)]),  # no table row
    ],
)
def test_the_scan_past_table_rows_finds_what_every_prose_paragraph_holds(text: str, found: list) -> None:
    """parse_statements scans only the runs of paragraphs between table rows: it finds what reading
    each prose paragraph on its own finds, at a run's first and last character too."""
    paragraphs = build_paragraphs(split_lines(text))
    one_by_one = [f for p in paragraphs if p.kind != "table" for f in figures_in_paragraph(p)]
    assert parse_statements(paragraphs) == one_by_one
    assert [(f.label, f.value, f.source_line) for f in one_by_one] == found


def test_a_comparison_is_found_by_the_pattern_of_its_first_word_where_the_whole_pattern_finds_it() -> None:
    """The scan for paragraphs comparing with a prior year looks for each comparison word's pattern
    (比 / 与 / 较) alone: a text holds a match of one of them exactly where it holds one of VS_PRIOR_RE;
    持平 not after 基本 is found with its lookbehind after the 持 as it was before it."""
    texts = _sample_texts()
    rng = random.Random(19)
    alphabet = [*"比与较上年度一2023 决算数相比基本持平,", "上年", "与上年相比", "基本持平"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10))) for _ in range(20000)]
    flat_as_written = re.compile(r"(?<!基本)持平")
    compared = 0
    for text in texts:
        found = VS_PRIOR_RE.search(text) is not None
        assert any(p.search(text) for p in VS_PRIOR_BY_WORD_RES) is found, text
        assert [m.span() for m in FLAT_RE.finditer(text)] == [m.span() for m in flat_as_written.finditer(text)], text
        compared += found
    assert compared > 1000


def test_each_prior_year_comparison_reads_up_to_the_next_one_or_its_sentence_end() -> None:
    """A comparison's words are read up to the next comparison of its paragraph, its sentence's end
    or its reason, whichever comes first; each comparison word (比, 与, 较) starts one."""
    text = (
        "本年支出100万元,比上年增加5万元,增长5%,较上年度减少的是公用经费,与上年持平。\n\n"
        "基本支出与2023年相比,减少3万元,主要原因是下降2%的定额;收入比上年下降1%,减少2万元。\n"
    )
    found = [(s.word, s.change_yuan, s.change_pct, s.source_line)
             for s in parse_direction_words(build_paragraphs(split_lines(text)))]
    assert found == [("增加/增长", 50000, 5, 1), ("下降/减少", -20000, -1, 3)]
