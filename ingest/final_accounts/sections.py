"""Section detection (决算情况说明的各部分) and 本部门无… statements → :class:`SectionStatus`.

A final account's narrative has a fixed set of sections (收入支出决算总体情况, 收入决算, 支出决算,
财政拨款收入支出, 一般公共预算财政拨款支出, 基本支出, “三公”经费, 政府性基金, 国有资本经营,
机关运行经费, 政府采购, 国有资产, 预算绩效). :func:`build_narrative` numbers the paragraphs,
gives each the section of the last heading above it, and marks which paragraphs belong to the
narrative: from the first paragraph stating a money figure under a known section heading to the
first table, annex (附件), glossary (名词解释) or next part (第X部分). Figures outside that
range (tables, project self-evaluation reports, glossaries) are not read by the narrative parsers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.final_accounts.paragraphs import Paragraph, iter_paragraphs
from ingest.numbers import BARE_WAN
from ingest.records import SectionStatus
from ingest.text import Line

# Heading keywords → section key, most specific first.
SECTION_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("名词解释", "glossary"),
    ("财政拨款收入支出决算总体", "fiscal"),
    ("财政拨款收支", "fiscal"),
    ("收入支出决算总体", "overview"),
    ("收支决算总体", "overview"),
    ("基本支出", "basic"),
    ("三公", "three_public"),
    ("政府性基金", "government_fund"),
    ("国有资本经营", "state_capital"),
    ("一般公共预算财政拨款支出", "general_budget"),
    ("收入决算", "income"),
    ("支出决算", "expenditure"),
    ("机关运行经费", "operation"),
    ("政府采购", "procurement"),
    ("采购支出", "procurement"),
    ("国有资产", "assets"),
    ("绩效", "performance"),
    ("人员情况", "personnel"),
    ("机构设置", "personnel"),
    ("其他重要事项", "other_matters"),
)
# Any of the keywords (most headings name none: one search tells them apart).
SECTION_WORDS_RE = re.compile("|".join(re.escape(keyword) for keyword, _ in SECTION_KEYWORDS))
# Sections every final-account narrative is expected to have; absent ones are recorded "missing".
EXPECTED_SECTIONS = (
    "overview",
    "income",
    "expenditure",
    "fiscal",
    "general_budget",
    "basic",
    "three_public",
    "government_fund",
    "state_capital",
    "operation",
    "procurement",
    "assets",
    "performance",
)
# Where the narrative ends (checked only after it started).
END_MARKER_RE = re.compile(
    r"^\s*(?:第[一二三四五六七八九十]+部分|附件|(?:专业)?名词解释|(?:部门预算)?项目支出绩效自评表|\d+\s*[.、]\s*财政拨款收入\s*:)"
)
# The narrative starts at a paragraph stating money (in 万 without 元 too, under a section's heading: 收、支总计均为
# 798.15万 — numbers.BARE_WAN, not 10万人).
MONEY_FIGURE_RE = re.compile(rf"\d\s*(?:万?元|{BARE_WAN})")
# "本部门本年度无政府性基金预算财政拨款收入支出" and the like: section declared empty.
EMPTY_STATEMENT_RE = re.compile(
    r"(?:本部门|本单位|我单位|我部门|单位|[\u4e00-\u9fff]{1,6}局)?[^。;]{0,12}?(?<!均)无\s*"
    r"(?P<what>政府性基金|国有资本经营|.?三公.?经费|机关运行经费|政府采购)[^。;]*"
)
# What every such statement contains (looked for before running the pattern: most paragraphs have
# none): 无 right before what is declared empty. Starts with a word, so the engine skips to each 无.
EMPTY_STATEMENT_CORE_RE = re.compile(r"无\s*(?:政府性基金|国有资本经营|.?三公|机关运行经费|政府采购)")
EMPTY_SECTION_OF = {
    "政府性基金": "government_fund",
    "国有资本经营": "state_capital",
    "机关运行经费": "operation",
    "政府采购": "procurement",
}


@dataclass(frozen=True)
class Block:
    """A paragraph with its index, section and whether it is part of the narrative."""

    index: int
    paragraph: Paragraph
    section: str | None
    in_narrative: bool

    @property
    def text(self) -> str:
        return self.paragraph.text


@dataclass(frozen=True)
class Narrative:
    """The paragraphs of a document, up to the end of its narrative, with sections assigned
    (see :func:`build_narrative`)."""

    blocks: tuple[Block, ...]
    # The text paragraphs inside the narrative (what the parsers read), and those up to its end,
    # picked out once.
    text_blocks: tuple[Block, ...] = field(init=False, repr=False, compare=False)
    blocks_before_end: tuple[Block, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        text_blocks = tuple(b for b in self.blocks if b.in_narrative and b.paragraph.kind == "text")
        object.__setattr__(self, "text_blocks", text_blocks)
        end = max((b.index for b in self.blocks if b.in_narrative), default=-1)
        before = tuple(b for b in self.blocks if b.index <= end and b.paragraph.kind == "text")
        object.__setattr__(self, "blocks_before_end", before)

    def in_sections(self, *sections: str) -> list[Block]:
        """Narrative text paragraphs of the given sections (all narrative sections if none given)."""
        if not sections:
            return list(self.text_blocks)
        return [b for b in self.text_blocks if b.section in sections]

    def before_end(self) -> list[Block]:
        """Every text paragraph up to the end of the narrative (includes the 概况 part)."""
        return list(self.blocks_before_end)


def section_of(heading: str) -> str | None:
    """The section key named by a heading, or None."""
    if SECTION_WORDS_RE.search(heading) is None:
        return None
    for keyword, key in SECTION_KEYWORDS:
        if keyword in heading:
            return key
    return None


def build_narrative(lines: list[Line], paragraphs: list[Paragraph] | None = None) -> Narrative:
    """Paragraphs of ``lines`` with sections and the narrative range marked (``paragraphs``: the
    document's paragraphs when the caller has built them already).

    Paragraphs are read up to the first one after the narrative's end: nothing after it is
    narrative, so the tables and annexes that follow are not even joined into paragraphs.
    """
    blocks: list[Block] = []
    section: str | None = None
    started = False
    for index, para in enumerate(iter_paragraphs(lines) if paragraphs is None else paragraphs):
        if para.kind == "heading":
            found = section_of(para.text)
            if found is not None or para.text.lstrip().startswith("第"):
                section = found
        if started and (para.kind == "table" or END_MARKER_RE.match(para.text) or section == "glossary"):
            blocks.append(Block(index, para, section, False))
            break  # the end of the narrative
        if (
            not started
            and para.kind == "text"
            and section not in (None, "personnel", "glossary")
            and MONEY_FIGURE_RE.search(para.text)
        ):
            started = True
        blocks.append(Block(index, para, section, started))
    return Narrative(tuple(blocks))


def parse_section_statuses(narrative: Narrative) -> list[SectionStatus]:
    """One :class:`SectionStatus` per expected section: ``empty`` (with the 本部门无… statement),
    ``present`` (the narrative has text under it) or ``missing``."""
    empty: dict[str, SectionStatus] = {}
    for block in narrative.before_end():
        if EMPTY_STATEMENT_CORE_RE.search(block.text) is None:
            continue
        for match in EMPTY_STATEMENT_RE.finditer(block.text):
            what = match.group("what")
            key = "three_public" if "三公" in what else EMPTY_SECTION_OF[what]
            if key not in empty:
                empty[key] = SectionStatus(
                    section=key,
                    status="empty",
                    statement=match.group(0).strip(" ,"),
                    source_line=block.paragraph.line_at(match.start("what")),
                    source_page=block.paragraph.page_at(match.start("what")),
                )
    present: dict[str, tuple[int, int | None]] = {}  # section → (line, page) where its text starts
    for block in narrative.in_sections():
        if block.section and block.section not in present:
            present[block.section] = (block.paragraph.first_line, block.paragraph.page)
    out: list[SectionStatus] = []
    for key in EXPECTED_SECTIONS:
        if key in empty:
            out.append(empty[key])
        elif key in present:
            line, page = present[key]
            out.append(SectionStatus(section=key, status="present", source_line=line, source_page=page))
        else:
            first = narrative.blocks[0].paragraph if narrative.blocks else None
            out.append(SectionStatus(
                section=key, status="missing", source_line=first.first_line if first else 1,
                source_page=first.page if first else None,
            ))
    return out
