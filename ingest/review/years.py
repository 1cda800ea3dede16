"""Years a document states for itself (R20): titles and headings (``2024年度部门决算``,
``2024年部门预算``), the department's own year (``上海市普陀区财政局2024年度收入支出总计…``) and the
date of its asset figures (``截至2024年12月31日``).

A budget's draft (``2024年预算草案``) is told apart (context ``draft``): a government's report on one year's
execution presents the next year's draft with it. A clause comparing with another year (``与2023年度相比``,
``比2023年度增加``, ``较上年``, ``与2021年预算一致``) is skipped:
that year is meant to differ; so is a year inside a title the document cites in 《》 (``审议批准《关于
2023年预算执行情况和2024年预算草案的报告》``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.final_accounts.paragraphs import Paragraphs
from ingest.records import DocumentInfo, YearStatement
from ingest.review.passages import stating
from ingest.vocabulary import YEAR as YEAR_NUMBER

YEAR = rf"(?P<year>{YEAR_NUMBER})\s*年"
# Not a title: a column's year (预算数, 预算执行, 预算调整数), 预算内 (funds inside the budget: 预算内收入), an amount
# (2023年预算3万元: a budget's figure, cited).
TITLE_RE = re.compile(YEAR + r"\s*度?\s*(?:部门|单位|)\s*(?:决算|预算)(?!\s*(?:数|执行|调整|内|\d))")
# What follows a title's year (looked for to find the paragraphs that may state a title: a scan
# that skips from 年 to 年, where one for the year itself stops at every 1 and 2). ``(?:部门|单位|)``:
# the optional word written as an alternative with an empty one, which fails at its first character,
# where a ``?`` group is entered first (most 年 start no title).
TITLE_TAIL_RE = re.compile(r"年\s*度?\s*(?:部门|单位|)\s*(?:决算|预算)(?!\s*(?:数|执行|调整|内|\d))")
# A budget's draft (2024年预算草案, 2024年预算(草案)): a government's report on one year's execution presents the next
# year's draft with it (关于X区2023年预算执行情况和2024年预算草案的报告): its year is the fiscal year's or the next.
DRAFT_RE = re.compile(r"\s*[(（]?\s*草案")
AS_OF_RE = re.compile(r"截(?:至|止)\s*" + YEAR + r"\s*12\s*月\s*31\s*日")
COMPARISON_RE = re.compile(r"比|相比|较|同比|对比|持平|一致|相同|上年|以前|以后|下年|明年|往年")
# A month after a year (2025年12月30日, 二〇二四年九月): a date.
DATE_MONTH_AHEAD = r"(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月)"
# Department names with a short region prefix printed shorter: compared without 上海市 etc.
PROVINCE_PREFIX_RE = re.compile(r"^.{2,3}(?:省|市|自治区)")


def parse_years(paragraphs: Paragraphs, info: DocumentInfo) -> list[YearStatement]:
    """Every non-comparative statement of the document's own year."""
    self_re = _self_year_re(info.department_name)
    patterns = [("title", TITLE_RE), ("as_of", AS_OF_RE)] + ([("self", self_re)] if self_re else [])
    return list(_statements(paragraphs, patterns))


def _in_cited_title(text: str, offset: int) -> bool:
    """Whether ``offset`` stands inside a title cited in 《》 (a report or a law the document names:
    its year is that document's, not this one's)."""
    opened = text.rfind("《", 0, offset)
    return opened >= 0 and text.rfind("》", opened, offset) < 0


def _self_year_re(department: str | None) -> re.Pattern[str] | None:
    name = "".join((department or "").split())
    if len(name) < 4:
        return None
    short = PROVINCE_PREFIX_RE.sub("", name)
    names = "|".join(re.escape(n) for n in sorted({name, short}, key=len, reverse=True) if len(n) >= 3)
    # (not a date after the name: 固始县祖师庙镇人民政府 / 2025年12月30日 signs the page on that day, its year no
    # statement)
    return re.compile(r"(?:" + names + r")\s*" + YEAR + DATE_MONTH_AHEAD + r"\s*度?")


def _statements(paragraphs: Paragraphs, patterns: list[tuple[str, re.Pattern[str]]]) -> Iterator[YearStatement]:
    seen: set[tuple[int, int]] = set()
    scans = tuple(TITLE_TAIL_RE if pattern is TITLE_RE else pattern for _, pattern in patterns)
    for passage in stating(paragraphs, scans):  # those that may state a year
        for context, pattern in patterns:
            for match in pattern.finditer(passage.text):
                year_at = match.start("year")
                if (passage.index, year_at) in seen or COMPARISON_RE.search(passage.clause(year_at, match.end())):
                    continue
                if _in_cited_title(passage.text, year_at):  # 审议批准《关于…2024年预算草案的报告》
                    continue
                seen.add((passage.index, year_at))
                line, page = passage.where(year_at)
                draft = context == "title" and match.group(0).endswith("预算") and DRAFT_RE.match(
                    passage.text, match.end()) is not None  # (a 决算(草案) is its own year's account)
                yield YearStatement(year=int(match.group("year")), context="draft" if draft else context,
                                    source_line=line,
                                    source_page=page, snippet=passage.snippet(match.start(), match.end()))
