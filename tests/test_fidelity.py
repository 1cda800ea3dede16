"""The fidelity scoreboard as a gate: extraction on the real-documents corpus
(../shared/real-documents, 43 disclosures from 19 provinces) may not fall below what it reaches
today, and may not produce a wrong value (benchmarks/fidelity.py prints the whole table)."""

from __future__ import annotations

import functools
from pathlib import Path
from types import SimpleNamespace

import pytest

from benchmarks.fidelity import REAL_DOCUMENTS, VARIANTS, disagreements, read_corpus, score_identity, summarise
from benchmarks.reprints import IDENTITY_WORDINGS, RUN_TOGETHER, WORDINGS

# Reached on 2026-11-28; raise them as the parser improves, never lower them.
MIN_RECALL = 0.95
MIN_RECALL_BY_SECTION = {
    "summary": 0.95, "three_public": 0.98, "personnel": 0.95, "performance_indicator": 0.90, "project": 0.80,
    "functional_class": 0.95,
}
MAX_REJECTED_FILES = 0
# Who published each document and for which year (benchmarks/fidelity.py --identity), reached on
# 2026-11-30 (and every kind: 43 of 43 since ident23 scores a government's 预算执行 report as its year's final
# account): of 39 hand-read departments 35 found (ident22: 教育局 from its sheet run onto one line, the museum from
# its sheet's 项目实施单位), none named otherwise since ident24 (银川市教育局, read for a school's sheet run together
# whose 实施单位 label is garbled, left out: a 主管部门 over another unit's cell); every year right.
MIN_DEPARTMENTS_FOUND = 35
MAX_DEPARTMENTS_WRONG = 0
MIN_YEARS_FOUND = 43
# Facts a re-printing (benchmarks/reprints.py: punctuation, units, tabs, space-aligned tables, pages,
# hard wraps …) may lose against the originals; each loses at most one today.
MAX_VARIANT_LOSS = 2
# Re-printings that lose more, for want of the grid: a self-evaluation or 三公 table printed one cell
# per line whose rows lost cells (which one cannot be told), or a whole page of bare cells with its
# tables run together, is not read (not guessed). Pipe-closed cells are read row by row from their
# labels where one width does not fit, and bare cells too (ingest/pipe_cells.py): 9 and 22 lost.
# Cells whose closing pipe stands alone on the next line are read as closed by pipes once each pipe is moved
# up to its cell (ingest/closing_pipes.py): the same 4 lost (48 before). Since layout23n (a sentence under a
# column of words is its row's cell, a 三公 row that lost empty cells laid by the sums, a 三公 header running
# past its words' lines): closed by pipes and the pipe on the next line lose none, bare cells 5 (a
# self-evaluation table whose rows lost cells).
# Tables printed with one space between their cells and their empty cells dropped (pdftotext without -layout,
# a browser's copy): a row is read where its figures fill its header's columns (ingest/single_space_tables.py)
# or its arithmetic places them (funds rows: ingest/performance/funds_block.py); 5 lost (31 before layout25),
# rows whose header holds a space inside a cell (2020年预算 调整数) or that lost empty cells with no arithmetic to
# place them. One cell per line with a row of pipes between rows, and units on a line of their own: none lost.
MAX_LOSS_OF = {"tables one cell per line, a blank line after each row": 5, "tables with one space between cells": 5}

pytestmark = pytest.mark.skipif(
    not (REAL_DOCUMENTS / "expected.yaml").exists(), reason="../shared/real-documents not present"
)


@pytest.fixture(scope="module")
def corpus():
    return read_corpus()


@pytest.fixture(scope="module")
def outcomes(corpus):
    return corpus[0]


def test_recall_does_not_drop(outcomes):
    found = sum(o.status == "found" for o in outcomes)
    assert found / len(outcomes) >= MIN_RECALL, f"{found}/{len(outcomes)} found"


def test_recall_by_section_does_not_drop(outcomes):
    table = summarise(outcomes, lambda o: o.section)
    for section, minimum in MIN_RECALL_BY_SECTION.items():
        facts, found, _ = table[section]
        assert found / facts >= minimum, f"{section}: {found}/{facts}"


def test_no_wrong_values(outcomes):
    wrong = [o for o in outcomes if o.status == "wrong"]
    assert not wrong, [(o.file, o.line, o.item, o.value, o.got) for o in wrong]


def test_files_rejected(outcomes):
    rejected = {o.file for o in outcomes if o.status == "rejected"}
    assert len(rejected) <= MAX_REJECTED_FILES, sorted(rejected)


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_reprinted_documents_read_as_well_as_the_originals(corpus, variant):
    """The same files as another site, copy or extraction tool prints them (benchmarks/reprints.py):
    within a few facts of the originals, no wrong value, and no figure read at a line under a label
    the original reads there with another value."""
    outcomes, original = corpus
    infos: dict = {}
    reprinted, figures = read_corpus(variant=variant, infos=infos)
    found = sum(o.status == "found" for o in reprinted)
    before = sum(o.status == "found" for o in outcomes)
    allowed = MAX_LOSS_OF.get(variant, MAX_VARIANT_LOSS)
    assert found >= before - allowed, f"{variant}: {found} found, {before} on the originals"
    assert not [o for o in reprinted if o.status == "wrong"]
    assert disagreements(original, figures) == []
    _identity_kept(_identity(REAL_DOCUMENTS), score_identity(REAL_DOCUMENTS, variant, infos), variant)


def test_a_figure_read_otherwise_in_a_reprinting_is_caught(corpus, monkeypatch):
    """The check above fails where a re-printing makes a figure read otherwise: a number of one
    table cell changed (2、公务接待费's 2023年预算数 989.86 → 989.87 on 24) is one disagreement."""
    import benchmarks.fidelity as fidelity

    def changed(lines):
        return "\n".join(line.replace("| 989.86 |", "| 989.87 |") for line in lines), None

    monkeypatch.setitem(fidelity.VARIANTS, "one cell changed", changed)
    _, figures = read_corpus(variant="one cell changed")
    found = disagreements(corpus[1], figures)
    assert len(found) == 1 and "L6" in found[0] and "9898700" in found[0], found


def test_a_value_printed_in_traditional_characters_is_the_figure_read_in_simplified():
    """A mirror page in traditional characters with pinyin glosses (岳阳楼区 2023): the parser reads it in
    simplified, without the glosses; the scoreboard compares the printed value and label the same way."""
    from benchmarks.fidelity import score_document

    item = "效益指標(biāo) | 社會(huì)效益指標(biāo) | 保證單位正常運(yùn)轉(zhuǎn)"
    fact = {"section": "performance_indicator", "item": item, "field": "target", "value": "應(yīng)保盡保",
            "unit": "", "line": 20}
    record = {"record_type": "indicator", "source_line": 20, "level1_name": "效益指标",
              "level2_name": "社会效益指标", "level3_name": "保证单位正常运转", "target_raw": "应保尽保"}
    assert [status for _, status, _ in score_document([fact], [record])] == ["found"]
    assert [status for _, status, _ in score_document([fact], [{**record, "target_raw": "应保"}])] == ["wrong"]


def test_a_change_against_last_year_worded_in_traditional_characters_is_the_years_change():
    """27j 16 (a mirror's page in traditional characters): ``公務(wù)接待費 與2018年度決算相比`` in a 2019 page is a
    change whose base is 2018 (與 is 与), found by the change read without a printed base — not a 2018 figure whose
    year the record lost; a change printed in simplified characters is judged the same."""
    from benchmarks.fidelity import score_document

    record = {"record_type": "stated_figure", "source_line": 32, "metric": "three_public_reception",
              "field": "change", "value": "2800.00", "unit": "yuan", "label": "公务接待费支出",
              "direction": "decrease", "compared_with": "2018", "year": None}
    for item in ("公務(wù)接待費 與2018年度決算相比", "公务接待费 与2018年度决算相比"):
        fact = {"section": "three_public", "item": item, "field": "change", "value": 0.28, "unit": "万元", "line": 32}
        assert [status for _, status, _ in score_document([fact], [record], fiscal_year=2019)] == ["found"]
    own_year = {"section": "three_public", "item": "公務接待費 2018年決算", "field": "amount", "value": 6.56,
                "unit": "万元", "line": 32}  # (a figure of 2018 itself: its year must be carried)
    amount = {**record, "field": "amount", "value": "65600.00", "direction": None, "compared_with": None}
    assert [status for _, status, _ in score_document([own_year], [amount], fiscal_year=2019)] == ["wrong"]


def test_a_regions_government_and_a_departments_office_are_the_body_itself():
    from benchmarks.fidelity import _body

    assert _body("天津市红桥区人民政府") == "天津市红桥区"
    assert _body("新洲区文化和旅游局机关") == "新洲区文化和旅游局"
    assert _body("某某县机关事务服务中心") == "某某县机关事务服务中心"  # (机关 inside a name stays)


@pytest.mark.parametrize("name", ["武山县气象局", "人影中心", "武山县气象局(人影中心)", "气象局（人影中心）"])
def test_a_body_with_two_names_is_found_by_either(name):
    from benchmarks.fidelity import _identity_outcomes

    doc = {"file": "x.txt", "department": "武山县气象局（人影中心）"}
    info = SimpleNamespace(department_name=name, fiscal_year=None, doc_type=None)
    assert [o.status for o in _identity_outcomes(doc, info)] == ["found"]
    other = SimpleNamespace(department_name="武山县财政局", fiscal_year=None, doc_type=None)
    assert [o.status for o in _identity_outcomes(doc, other)] == ["wrong"]


@pytest.mark.parametrize(
    ("read", "printed", "status"),
    [
        ("寻甸县文化和旅游局", "寻甸回族彝族自治县文化和旅游局", "found"),  # (an autonomous county's short name)
        ("某旗教育局", "某某蒙古族自治旗教育局", "wrong"),  # (the place name itself cut)
        ("塘湖镇政府", "塘湖镇人民政府", "found"),
        ("信阳市政府幼儿园", "信阳市政府机关幼儿园", "found"),
        ("某市人民医院", "某市第一人民医院", "wrong"),  # (an ordinal names another hospital)
        ("某县小学校", "某县实验小学校", "wrong"),
        ("某县国库支付中心", "某县财政局国库支付中心", "wrong"),
    ],
)
def test_a_body_printed_short_is_found_only_where_the_left_out_words_do_not_change_it(read, printed, status):
    from benchmarks.fidelity import _identity_outcomes

    doc = {"file": "x.txt", "department": printed}
    info = SimpleNamespace(department_name=read, fiscal_year=None, doc_type=None)
    assert [o.status for o in _identity_outcomes(doc, info)] == [status]


def test_who_published_and_for_which_year_does_not_slip():
    identity = score_identity()
    departments = [o for o in identity if o.field == "department"]
    years = [o for o in identity if o.field == "fiscal_year"]
    assert sum(o.status == "found" for o in departments) >= MIN_DEPARTMENTS_FOUND
    assert sum(o.status == "wrong" for o in departments) <= MAX_DEPARTMENTS_WRONG, [
        (o.file, o.expected, o.got) for o in departments if o.status == "wrong"
    ]
    assert sum(o.status == "found" for o in years) >= MIN_YEARS_FOUND
    assert not [o for o in years if o.status == "wrong"]
    # the kind of document (a self-evaluation never stands in for its year's 决算): every one as hand-read
    assert [(o.file, o.expected, o.got) for o in identity if o.field == "doc_type" and o.status != "found"] == []


# The held-out batches once fitted on (benchmarks/heldout/README.md: scored before any fix, then development data):
# what each reads is kept, and no figure is read wrong — nor a fact of another year found only by a figure stated as
# the document's own (benchmarks/fidelity.score_document, prec23: 26t 9, 26u 22, 26v 2 before).
# prec23: 26v 171 → 173; 170 since its one-amount-sentence rule was taken back (it read a budget two sentences on).
# (an earlier year's budget opening the sentence after its subject's: 2015年预算数15万元).
HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout"
# 26w, 26x and 26y: held out through the twenty-third session, their floors what they read at its end.
# (26w's 8 and 26y's 1 wrong: figures of another year than the page's whose records do not carry it — prec23's scorer;
# prec24: 26w 126 → 134, 0 wrong — a list item acting on another year's things, (一)对2021年188户户贷进行贴息,…, and a
# paragraph opening with the year its heading names, (一)2016年…情况 / 2016年…项目,栽植核桃0.668万亩; 26y +1
# (172 → 173), 0 wrong — a table row's project named with its year, …养护项目(2021年度), its name cell no longer cut
# off by a spam mirror's text in the cell before it.)
# (26v's 1 was the scorer's — 05 L4's 2016 amount 15万元 equals the 2015 budget the facts read there, and carries no
# year; prec24: a figure read no more often than facts of the page's own year on its line state it is theirs, the
# earlier year's fact missing.)
# perf24: 26x 120 → 131 (07's glued target table, its weight before its unit), 26y 153 → 172 (01's cost formulas, 12's
# targets printed across, 13's lettered funds block).
# project24 (plain quantities: a target list's counts, bare headcounts, names listed with their count, 平米): 26p 181,
# 26s 197, 26w 130, 26x 137, 26y 182; with prec24's: 26w 138, 26y 183.
# 26z, 27a and 27b: held out through the twenty-fourth session (scored at its start, 5a84426, and after every merge):
# the session's fixes, fitted on 26w–26y, read one more fact on them (26z 142 → 143: 平米), no department more; their
# floors what they read at its end, their wrongs (27a's 接待記者 46 批次 read for 600 人 by the scorer, two counts of a
# report's grades matched to another grade's, 27b's score weight) known, to mend.
# tmpl25: 26y 183 → 184 (06's funds rows read by the grid reader).
# 27c–27h: held out through the twenty-fifth session (scored at its start, 7acf8e6, and after every merge): the
# session's changes read 836 → 844 of their 958 facts (27g +8: targets whose bound word stands in its own cell,
# 大于等于 / 等于, since vocab25's one vocabulary of bounds), their floors what they read at its end; their wrongs
# known, to mend (27g's 4 are the scorer's: the page prints 指标值符号 大于等于 in the cell above 指标值 1, the
# hand-read target is the 指标值 cell alone — the verifier cannot put a value over two lines —, the parser reads
# 大于等于1). 27d 158 → 168 since clause25: a 转移支付 self-evaluation's outline copied without its title, its levels'
# numbered headings run on into their clauses (1.产出指标完成情况分析。 / (1)数量指标。…1429.39hm / (1)经济效益。…).
MIN_FOUND_IN_BATCH = {"26p": 181, "26q": 199, "26r": 170, "26s": 197, "26t": 186, "26u": 154, "26v": 170,
                      "26w": 138, "26x": 137, "26y": 184, "26z": 143, "27a": 147, "27b": 113,
                      "27c": 111, "27d": 174, "27e": 132, "27f": 150, "27g": 155, "27h": 190,
                      # (27i–27l: blind through the twenty-sixth session, committed at its end as read then)
                      "27i": 113, "27j": 170, "27k": 140, "27l": 140}
# (27i's 6 and 27j 14's 1 were figures of another year read as the document's own — "its year lost" —, mended in the
# twenty-seventh session (yr27: a list of years, a list's item headed by a year, a run-in year heading; 27i 105 →
# 113, 27j 169 → 170); 27j 16's two were the scorer's, mended in the twenty-seventh session: 與2018年度決算相比 is a
# change's base, as 与 is;
# 27g's 4 were the scorer's, mended in the twenty-seventh session: a bound in its own cell, 大于等于 | 1, found)
MAX_WRONG_IN_BATCH = {**dict.fromkeys(MIN_FOUND_IN_BATCH, 0), "27a": 3, "27b": 1, "27d": 1, "27f": 4}


@functools.cache
def _batch(batch: str):
    """A held-out batch's outcomes and figures as printed, read once for every test of it."""
    return read_corpus(HELDOUT / batch)


# Who published each batch's documents, for which year and what kind (ident22, 2026-11-30): every hand-read
# department, year and kind of 26p–26t found, none wrong; 26u (fitted by the lead after ident22's rules read nothing
# more on it) likewise, its government's report under the bureau bylining it since ident24; 26v (ident23: its town
# named under its title, its school by its description, its 预算执行 report's kind) every one; 26w every one, 26x 11
# of 13 departments and 14 of 15 years, 26y 10 of 11 departments (ident24: a forest farm's page not its parent
# bureau's, a sheet's 主管部门 over another unit's cell left out, a cited notice's issuers, a list of colleges and a
# joint signature none, a government issuing its accounts its own).
MIN_DEPARTMENTS_IN_BATCH = {
    "26p": 13, "26q": 12, "26r": 10, "26s": 9, "26t": 10, "26u": 8, "26v": 12, "26w": 10, "26x": 11, "26y": 10,
    "26z": 9, "27a": 8, "27b": 8, "27c": 5, "27d": 11, "27e": 6, "27f": 8, "27g": 6, "27h": 10,
    "27i": 1, "27j": 12, "27k": 8, "27l": 8,
}
# 27a's and 27b's wrong departments and year, held out through the twenty-fourth session (to mend; until then known,
# each a department the page only mentions — dim_document.department_evidence 'inferred' — or a portal's field).
# ident24b mended 5 of the 6 departments (a verb's object, a date's 日, joint issuers run together, a 整体 sheet's
# 主管部门, a yearless performance title, a government's portal posting its body's page); left: 27a's year
# (wencheng 2023 read 2024). (27b 03's 项目实施单位 广水市城投公司 is its department since ident25 settled the
# convention: a sheet's 实施单位, a company too, as 26q 09, 26r and 26v 10 record theirs.)
# 27c–27h's wrong departments, years and kinds, held out through the twenty-fifth session: known, to mend (each
# department a body the page names beside its own — a superior, an issuing 财政局, a 主管部门 over its 实施单位).
# ident26 mended most (26 → 6): left 27c 04's kind, 27f 07 (its hand-reading to settle against 26u 02), 27g 12's kind;
# 27i's and 27l's held out through the twenty-sixth session.
# (27i 03's year, an evaluation report over 2021–2022, read 2022 since yr27: the span's last year)
IDENTITY_WRONG_UNMENDED = {"27a": 1, "27c": 1, "27f": 1, "27g": 1, "27i": 1, "27l": 1}
# The hand-read departments, years and kinds a batch's pages do not let be read (named only as 省商务厅 and in rules'
# titles; a joint signature; a unit named only in a sentence of its report; a year printed only as 評價年度): missing,
# never wrong.
MISSING_IDENTITY = {"26x": 3, "26y": 1, "27a": 3, "27b": 1, "27c": 2, "27d": 1, "27g": 3, "27h": 3,
                    "27i": 2, "27l": 3}


@pytest.mark.parametrize("batch", sorted(MIN_DEPARTMENTS_IN_BATCH))
def test_a_heldout_batch_keeps_who_published_it_and_when(batch):
    identity = score_identity(HELDOUT / batch)
    departments = [o for o in identity if o.field == "department"]
    assert sum(o.status == "found" for o in departments) >= MIN_DEPARTMENTS_IN_BATCH[batch]
    wrong = [(o.file, o.field, o.expected, o.got) for o in identity if o.status == "wrong"]
    assert len(wrong) <= IDENTITY_WRONG_UNMENDED.get(batch, 0), wrong
    missing = [(o.file, o.field, o.expected) for o in identity if o.status == "missing"]
    assert len(missing) <= MISSING_IDENTITY.get(batch, 0), missing


@pytest.mark.parametrize("batch", sorted(MIN_FOUND_IN_BATCH))
def test_a_heldout_batch_keeps_what_it_reads(batch):
    outcomes, _ = _batch(batch)
    found = sum(o.status == "found" for o in outcomes)
    wrong = [(o.file, o.line, o.item, o.value, o.got) for o in outcomes if o.status == "wrong"]
    assert found >= MIN_FOUND_IN_BATCH[batch], f"{batch}: {found}/{len(outcomes)} found"
    assert len(wrong) <= MAX_WRONG_IN_BATCH[batch], wrong
    assert not [o.file for o in outcomes if o.status == "rejected"]


# The held-out batches re-printed (benchmarks/reprints.py), as the corpus is above: no wrong value and no figure read
# otherwise than as printed, in any re-printing of any batch; each reads at least what it read when its re-printings
# were last fitted (reprint31: 26p and 26q read in every re-printing what they read as printed, 179 and 195; fix31:
# 26p 180 in every re-printing, 26r 170 as printed and 169 at least — a page break with its running header inside a
# table one cell per line, a sentence hard-wrapped; fit22: 26s, 26t and 26u read in every re-printing what they read as
# printed, 196, 186 and 154 — 26s's forecast count closing a web page's paragraph, its total of a list of amounts in a
# hard-wrapped sentence) — and within MAX_VARIANT_LOSS of what the batch reads as printed.
MIN_FOUND_IN_REPRINTED_BATCH = {"26p": 180, "26q": 195, "26r": 169, "26s": 196, "26t": 186, "26u": 154}


@pytest.mark.parametrize(("batch", "variant"), [(b, v) for b in sorted(MIN_FOUND_IN_REPRINTED_BATCH)
                                                for v in sorted(VARIANTS)])
def test_a_reprinted_heldout_batch_reads_as_printed(batch, variant):
    outcomes, original = _batch(batch)
    infos: dict = {}
    reprinted, figures = read_corpus(HELDOUT / batch, variant, infos)
    _identity_kept(_identity(HELDOUT / batch), score_identity(HELDOUT / batch, variant, infos), f"{batch} {variant}")
    found = sum(o.status == "found" for o in reprinted)
    before = sum(o.status == "found" for o in outcomes)
    assert found >= MIN_FOUND_IN_REPRINTED_BATCH[batch], f"{batch} {variant}: {found}/{len(reprinted)} found"
    assert found >= before - MAX_VARIANT_LOSS, f"{batch} {variant}: {found} found, {before} as printed"
    assert not [(o.file, o.line, o.item, o.value, o.got) for o in reprinted if o.status == "wrong"]
    assert disagreements(original, figures) == []
    assert not [o.file for o in reprinted if o.status == "rejected"]


# The corpus re-worded (benchmarks/reprints.WORDINGS): 万 for 万元 is the wording that costs most (a figure in 万
# whose label names no money is left out, 万 may count people) — it keeps what it reads and reads no figure otherwise.
# money23: 万 without 元 read as 万元 where its label or its paragraph names money (ingest/statements.py, the narrative
# readers' MONEY_UNIT): 441 (449 as printed; the 8 lost are indicators' targets and actuals, quoted as printed).
MIN_FOUND_WAN_FOR_WANYUAN = 441


def test_the_corpus_reworded_with_wan_for_wanyuan_reads_no_figure_otherwise(corpus):
    _, original = corpus
    reworded, figures = read_corpus(REAL_DOCUMENTS, "万 for 万元")
    assert "万 for 万元" in WORDINGS
    assert sum(o.status == "found" for o in reworded) >= MIN_FOUND_WAN_FOR_WANYUAN
    assert not [o for o in reworded if o.status == "wrong" and o.field not in ("target", "actual")]
    assert [d for d in disagreements(original, figures) if " target: [" not in d and " actual: [" not in d] == []


# The corpus worded as other departments word their performance pages (benchmarks/reprints.WORDINGS,
# "performance pages"; perf23): a funds header's 权重 for 分值 and 自评得分 for 得分 (a table one cell per line
# under the funds header, its indicator header lost), 满意度 for 服务对象满意度指标, ≧ for ≥ (run-together
# rows), 评价得分 for 自评得分 and 得分为 (a sheet's own score) read as the originals since; 经济效益 for
# 经济效益指标 loses one (40's sheet run onto one line: 社会效益免费开放接待观众人数=30000人次, no level's
# name ending where the indicator's starts). No wrong value, no figure read otherwise, in any.
PERFORMANCE_WORDINGS = (
    "指标值 for 年度指标值", "目标值 for 年度指标值", "实际完成值 for 全年实际值", "完成值 for 全年实际值",
    "权重 for 分值", "自评得分 for a header's 得分", "调整后预算数 for 全年预算数",
    "预算执行数 for 全年执行数", "预算执行率 for 执行率", "经济效益 / 社会效益 / 生态效益 for …效益指标",
    "满意度 for 服务对象满意度指标", ">= for ≥", "≧ for ≥", "不低于 for ≥", "以上 after the figure for ≥",
    "以内 after the figure for ≤", "得分为 for 得分 before a figure", "评价得分 for 自评得分",
)
MIN_FOUND_PERFORMANCE_WORDING = {**dict.fromkeys(PERFORMANCE_WORDINGS, 449), PERFORMANCE_WORDINGS[9]: 448}


@pytest.mark.parametrize("wording", PERFORMANCE_WORDINGS)
def test_the_corpus_with_its_performance_pages_reworded_reads_as_printed(corpus, wording):
    _, original = corpus
    reworded, figures = read_corpus(REAL_DOCUMENTS, wording)
    assert sum(o.status == "found" for o in reworded) >= MIN_FOUND_PERFORMANCE_WORDING[wording]
    assert not [(o.file, o.line, o.item, o.value, o.got) for o in reworded if o.status == "wrong"]
    assert [d for d in disagreements(original, figures) if " target: [" not in d and " actual: [" not in d] == []


# The performance layouts perf24 reads (26x 07, 26y 01, 12, 13) re-worded as other sheets word them
# (benchmarks/reprints.WORDINGS, "perf24"): each batch reads as printed, no new wrong value, no figure read otherwise.
PERF24_WORDINGS = ("计算符号 for 指标性质", "度量单位 for 计量单位", "× for * in a formula",
                   "年度指标值 / 实施周期指标值 for …目标值", "全年执行数 / 预算执行率 for 全年执行资金 / 预算执行")


@pytest.mark.parametrize(("batch", "wording"), [(b, w) for b in ("26x", "26y") for w in PERF24_WORDINGS])
def test_the_performance_layouts_reworded_read_as_printed(batch, wording):
    outcomes, original = _batch(batch)
    reworded, figures = read_corpus(HELDOUT / batch, wording)
    assert sum(o.status == "found" for o in reworded) >= MIN_FOUND_IN_BATCH[batch]
    assert _new_wrongs(outcomes, reworded) == []
    assert disagreements(original, figures) == []


# The re-printings of merged cells (benchmarks/reprints.py: a row's group labels printed empty, dropped, or merged by
# the page's rowspan) on every batch: no wrong value, and what each batch reads as printed (merge22: no pipe row of a
# batch repeats its group's labels, so each reads as printed), but for 26s as a web page, rowspan or not (194: two facts
# the page as HTML loses, as the "HTML page" re-printing does: a bare count with no blank line after it left out).
MERGED_CELLS = ("merged cells left empty", "merged cells dropped", "HTML page with rowspan and colspan")
MIN_FOUND_AS_A_PAGE = {"26s": 194}


@pytest.mark.parametrize(("batch", "variant"), [(b, v) for b in sorted(MIN_FOUND_IN_BATCH) for v in MERGED_CELLS])
def test_a_heldout_batch_with_merged_cells_reads_as_printed(batch, variant):
    outcomes, original = _batch(batch)
    reprinted, figures = read_corpus(HELDOUT / batch, variant)
    found = sum(o.status == "found" for o in reprinted)
    floor = MIN_FOUND_IN_BATCH[batch]
    if "HTML" in variant:
        floor = MIN_FOUND_AS_A_PAGE.get(batch, floor)
    assert found >= floor, f"{batch} {variant}: {found}/{len(reprinted)} found"
    assert _new_wrongs(outcomes, reprinted) == []
    assert disagreements(original, figures) == []


def _new_wrongs(outcomes, reprinted) -> list[tuple]:
    """The wrong values of a re-printing that the batch as printed does not read wrong (a batch not yet mended keeps
    its known wrongs, MAX_WRONG_IN_BATCH)."""
    known = {(o.file, o.line, o.item, o.field) for o in outcomes if o.status == "wrong"}
    return [(o.file, o.line, o.item, o.value, o.got) for o in reprinted
            if o.status == "wrong" and (o.file, o.line, o.item, o.field) not in known]


# Tables whose cells are printed without separators (benchmarks/reprints.RUN_TOGETHER): what the digits leave
# uncertain is left out, never guessed — every figure read as in the original or not at all, on the corpus and every
# batch (a row's 1100 | 1100 | 1100 | — | 100% | — was read 1 | 100 | 1, and a row's digits as one amount of 4e16 元).
# (26y's 04 prints two funds columns under one label, 中期 | 68.50 and 年度 | 51.35, on one line: run together, the
# 其中:财政拨款 label's figure is the other column's — kept out until its reader tells the columns apart.)
RUN_TOGETHER_UNTOLD = {"26y"}


@pytest.mark.parametrize(("batch", "variant"), [(b, v) for b in ("corpus", *sorted(MIN_FOUND_IN_BATCH))
                                                if b not in RUN_TOGETHER_UNTOLD for v in sorted(RUN_TOGETHER)])
def test_tables_run_together_read_no_figure_wrong_or_otherwise(corpus, batch, variant):
    root = REAL_DOCUMENTS if batch == "corpus" else HELDOUT / batch
    outcomes, original = corpus if batch == "corpus" else _batch(batch)
    glued, figures = read_corpus(root, variant)
    assert _new_wrongs(outcomes, glued) == []
    assert disagreements(original, figures) == []
    assert not [o.file for o in glued if o.status == "rejected"]


# The money wordings (benchmarks/reprints.WORDINGS) on the corpus and every batch, reached by money23: what each reads
# re-worded; no figure read otherwise than as printed, no wrong value but an indicator's quoted target or actual (a
# wording changes its text). What they lose against the batch as printed is such quoted text, and 26q 02's list of
# two totals (各是4125.49,4143.91万元: the 元 wording gives the second alone its unit), 26q 03's heading in 万 whose
# paragraph names no money (1.一般公共服务3736.92万。), 26s's and 26p's amounts named only by the project they fund.
MONEY_WORDINGS = ("万 for 万元", "元 for 万元 (the figure × 10000)", "no thousands separators")
MIN_FOUND_MONEY_WORDED = {
    "corpus": (441, 442, 449), "26p": (177, 181, 181), "26q": (191, 190, 195), "26r": (169, 169, 170),
    "26s": (192, 197, 197), "26t": (186, 186, 186), "26u": (152, 152, 154), "26v": (170, 170, 170),
}


@pytest.mark.parametrize(("root", "wording"), [(r, w) for r in sorted(MIN_FOUND_MONEY_WORDED) for w in MONEY_WORDINGS])
def test_money_reworded_reads_as_printed(root, wording, corpus):
    outcomes, original = corpus if root == "corpus" else _batch(root)
    reworded, figures = read_corpus(REAL_DOCUMENTS if root == "corpus" else HELDOUT / root, wording)
    found = sum(o.status == "found" for o in reworded)
    assert found >= MIN_FOUND_MONEY_WORDED[root][MONEY_WORDINGS.index(wording)], f"{root} {wording}: {found}"
    assert _new_wrongs(outcomes, [o for o in reworded if o.field not in ("target", "actual")]) == []
    assert [d for d in disagreements(original, figures) if " target: [" not in d and " actual: [" not in d] == []


# Headcounts printed without their 人 (benchmarks/reprints.WORDINGS, project24; 26w 01 L32 prints them so:
# 年末实有人数73;在职人员29,…): what the corpus and 26w–26y read re-worded — a line's two bare headcounts or more are
# read (ingest/count_cells.parse_count_lists), one alone is not (26x 05's 幼儿人数1119 is lost); no wrong value, no
# figure read otherwise.
HEADCOUNT_WORDING = "a headcount without 人 after 人数 / 人员"
MIN_FOUND_HEADCOUNT_WORDED = {"corpus": 449, "26w": 130, "26x": 125, "26y": 163}


@pytest.mark.parametrize("root", sorted(MIN_FOUND_HEADCOUNT_WORDED))
def test_headcounts_reworded_without_their_unit_read_as_printed(root, corpus):
    outcomes, original = corpus if root == "corpus" else _batch(root)
    reworded, figures = read_corpus(REAL_DOCUMENTS if root == "corpus" else HELDOUT / root, HEADCOUNT_WORDING)
    found = sum(o.status == "found" for o in reworded)
    assert found >= MIN_FOUND_HEADCOUNT_WORDED[root], f"{root}: {found}"
    assert _new_wrongs(outcomes, reworded) == []
    assert disagreements(original, figures) == []


@functools.cache
def _identity(root: Path) -> tuple:
    """Who published each document of ``root`` as printed, for which year and what kind (read once)."""
    return tuple(score_identity(root))


# A re-printing or a re-wording may lose a department, a year or a kind the page as printed gives (its name or its
# title cut where a table is printed one cell per line, hard-wrapped), at most this many per corpus or batch; it may
# read none wrong that the page as printed reads right.
MAX_IDENTITY_LOSS = 1


def _identity_kept(original, reprinted, name: str) -> None:
    was = {(o.file, o.field): o.status for o in original}
    lost = [o for o in reprinted if o.status != "found" and was.get((o.file, o.field)) == "found"]
    assert len(lost) <= MAX_IDENTITY_LOSS, (name, [(o.file, o.field, o.expected, o.got) for o in lost])
    assert not [o for o in lost if o.status == "wrong"], (name, [(o.file, o.field, o.expected, o.got) for o in lost])


# The identity re-wordings (benchmarks/reprints.IDENTITY_WORDINGS: a title's order, 关于…的说明, …公开, a year in
# Chinese numerals, 单位 / 部门, a title broken over lines, the body's name only in its signature) lose no department,
# year or kind on the corpus or any batch (ident23: the Chinese-numeral year lost 13 departments and 3 years of the
# corpus, the signature 5, before).
# (26w, 26x and 26y held too since ident24 mended their identity; 26z, 27a and 27b, held out through the twenty-fourth
# session, not yet: 27a's town account loses its year under a title broken after it; 27c–27h, held out through the
# twenty-fifth, not yet either.)
IDENTITY_WORDINGS_UNMENDED = {"26z", "27a", "27b", "27c", "27d", "27e", "27f", "27g", "27h", "27i", "27j", "27k", "27l"}


@pytest.mark.parametrize(("root", "wording"), [(r, w) for r in ("corpus", *sorted(MIN_FOUND_IN_BATCH))
                                               if r not in IDENTITY_WORDINGS_UNMENDED for w in IDENTITY_WORDINGS])
def test_identity_holds_however_the_title_is_worded(root, wording):
    path = REAL_DOCUMENTS if root == "corpus" else HELDOUT / root
    original = _identity(path)
    reworded = score_identity(path, wording)
    was = {(o.file, o.field): o.status for o in original}
    assert [(o.file, o.field, o.expected, o.got) for o in reworded
            if o.status != "found" and was.get((o.file, o.field)) == "found"] == []


@pytest.mark.parametrize(
    ("expected", "read", "status"),
    [
        ("1", "大于等于1", "found"),  # (27g 01: 指标方向 大于等于 in its own cell above the 指标值 1)
        ("100%", "等于100%", "found"),
        ("95%", "≥95%", "found"),
        ("≥95%", "95%", "wrong"),  # (a bound the page prints with the value must be read)
        ("≥95%", "≤95%", "wrong"),
        ("1", "大于等于2", "wrong"),
    ],
)
def test_a_target_bound_printed_in_its_own_cell_is_the_same_figure(expected, read, status):
    from benchmarks.fidelity import score_document

    fact = {"section": "performance_indicator", "item": "产出指标 | 数量指标 | 租车次数", "field": "target",
            "value": expected, "unit": "", "line": 5}
    record = {"record_type": "indicator", "source_line": 5, "stage": "self_evaluation", "level1_name": "产出指标",
              "level2_name": "数量指标", "level3_name": "租车次数", "target_raw": read}
    assert [outcome[1] for outcome in score_document([fact], [record])] == [status]
