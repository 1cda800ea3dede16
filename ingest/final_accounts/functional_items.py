"""一般公共预算财政拨款支出 by 支出功能分类: 类 shares (结构情况) and every 类/款/项 line (具体情况).

结构情况: ``社会保障和就业支出(类)1,496.38 万元,占 86.70%`` → a 类 :class:`FunctionalItem` with
amount and share. 具体情况: ``社会保障和就业支出(类)人力资源和社会保障管理事务(款)行政运行(项):
支出决算数为 1,054.33 万元,比上年决算减少 209.84 万元,下降 16.60%,主要原因是:…`` or
``…(项)年初预算为 619.87 万元，支出决算为 250.92 万元，完成年初预算 40.48 %`` → a 项 record
with the full path (names as printed, without the (类)/(款)/(项) markers; codes are mapped later).
Only paragraphs that start with such a path are items, so paths quoted inside a reason are not.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ingest.final_accounts.figures import (
    COMPLETION_RE,
    GROWTH_RE,
    MONEY_UNIT,
    NUM,
    REASON_RE,
    prior_year_change,
    reason_spans,
    signed,
)
from ingest.final_accounts.paragraphs import merged
from ingest.final_accounts.sections import Block, Narrative
from ingest.numbers import parse_percent, to_amount
from ingest.records import FunctionalItem

SECTIONS = ("general_budget",)
# A name as printed: CJK words, with a bracketed word of its own (政府办公厅(室)及相关机构事务).
NAME = r"(?:[\u4e00-\u9fff/、]|\((?![类款项])[\u4e00-\u9fff]{1,3}\))+?"
# A 类 with amount and share: "1. 一般公共服务支出(类)2.16 万元,占 0.13%" / "社会保障和就业(类)支出 2995.46 万元，占 100 %".  # noqa: E501
# The name starts where its run of CJK characters does (looked behind): a match can start nowhere
# else (it ends at %, never before a CJK character), and the engine tries no start inside a run.
CLASS_SHARE_RE = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<name>[\u4e00-\u9fff]+)\s*\(类\)\s*(?P<tail>支出)?\s*(?P<num>" + NUM + r")\s*(?P<unit>" + MONEY_UNIT + r")\s*,?\s*占\s*(?P<share>"  # noqa: E501
    + NUM + r")\s*%"
)
# A 项 line at the start of a paragraph (after its number).
ITEM_PATH_RE = re.compile(
    r"^\s*(?:\d{1,2}\s*[.、]\s*)?(?P<cls>" + NAME + r")\s*\(类\)\s*(?P<kuan>" + NAME + r")\s*\(款\)\s*(?P<item>" + NAME + r")?\s*\(项\)"  # noqa: E501
)
# Every path ends with this marker: a paragraph without it is no item (tested before the pattern).
ITEM_MARKER = "(项)"
# What every 类 share prints (tested before CLASS_SHARE_RE).
CLASS_MARKER = "(类)"
# (支出决算|决算 rather than (支出)?决算: the same matches, and the engine skips to where either starts.)
AMOUNT_RE = re.compile(r"(?:支出决算|决算)数?\s*为?\s*(?P<num>" + NUM + r")\s*(?P<unit>" + MONEY_UNIT + r")")
BUDGET_RE = re.compile(r"年初预算(?:数)?\s*为?\s*(?P<num>" + NUM + r")\s*(?P<unit>" + MONEY_UNIT + r")")


def _clean(name: str) -> str:
    """A name as printed, without the spaces and line breaks of the extraction.

    Misprints stay (``农林水支出支出``, ``人力资源和社会保障管理事务项``): the raw layer keeps what
    the document says; the warehouse maps printed variants to codes (functional_item_aliases).
    """
    return "".join(name.split()).strip("、/")


def _item_path(text: str) -> re.Match[str] | None:
    """The 类/款/项 path a paragraph starts with, if it does."""
    return ITEM_PATH_RE.match(text) if ITEM_MARKER in text else None


def parse_class_shares(blocks: list[Block], paths: list[re.Match[str] | None] | None = None) -> list[FunctionalItem]:
    """The 类 amounts and shares of the 结构情况 part (``paths``: the 类/款/项 path each block starts
    with, when the caller has looked already)."""
    out: list[FunctionalItem] = []
    for index, block in enumerate(blocks):
        if CLASS_MARKER not in block.text:
            continue
        if (paths[index] if paths is not None else _item_path(block.text)) is not None:
            continue  # an item's paragraph
        for m in CLASS_SHARE_RE.finditer(block.text):
            amount = to_amount(m.group("num"), m.group("unit"))
            out.append(
                FunctionalItem(
                    level="类",
                    class_name=_clean(m.group("name")) + (m.group("tail") or ""),
                    amount_yuan=amount.yuan if amount else None,
                    ulp_yuan=amount.ulp_yuan if amount else None,
                    share_pct=parse_percent(m.group("share")),
                    source_line=block.paragraph.line_at(m.start("num")),
                    source_page=block.paragraph.page_at(m.start("num")),
                )
            )
    return out


def parse_item(block: Block, path: re.Match[str] | None = None) -> FunctionalItem | None:
    """One 项 paragraph → a :class:`FunctionalItem` (None if the paragraph is not one; ``path``: the
    path it starts with, when the caller has looked already)."""
    text = block.text
    path = path or _item_path(text)
    if path is None:
        return None
    rest_at = path.end()
    reasons = reason_spans(text)
    reason_at = min((a for a, _ in reasons if a >= rest_at), default=len(text))
    head = text[rest_at:reason_at]
    fields: dict[str, object] = {}
    budget = BUDGET_RE.search(head)
    if budget:
        b = to_amount(budget.group("num"), budget.group("unit"))
        fields["budget_initial_yuan"] = b.yuan if b else None
    amount_match = AMOUNT_RE.search(head)
    amount = to_amount(amount_match.group("num"), amount_match.group("unit")) if amount_match else None
    change = prior_year_change(head, text, rest_at)
    if change:
        c = to_amount(change.group("num"), change.group("unit"))
        fields["change_yuan"] = signed(change.group("dir"), c.yuan) if c else None
        growth = GROWTH_RE.match(head[change.end() :])
        if growth:
            fields["growth_pct"] = signed(growth.group("dir"), parse_percent(growth.group("num")) or Decimal(0))
    completion = COMPLETION_RE.search(head)
    if completion:
        fields["completion_pct"] = parse_percent(completion.group("num"))
    reason_match = REASON_RE.search(text, rest_at)
    if reason_match:
        fields["reason"] = text[reason_match.end() :].strip(" ,;:。") or None
    number_at = amount_match.start("num") + rest_at if amount_match else path.end()
    item_name = _clean(path.group("item") or "")
    return FunctionalItem(
        level="项" if item_name else "款",  # 行政事业单位养老支出(款)(项): the 项 is not named, the 款 is
        class_name=_clean(path.group("cls")),
        kuan_name=_clean(path.group("kuan")),
        item_name=item_name or None,
        amount_yuan=amount.yuan if amount else None,
        ulp_yuan=amount.ulp_yuan if amount else None,
        source_line=block.paragraph.line_at(number_at),
        source_page=block.paragraph.page_at(number_at),
        **fields,  # type: ignore[arg-type]
    )


def parse_functional_items(narrative: Narrative, anywhere: bool = False) -> list[FunctionalItem]:
    """类 shares and every 项 line of the 一般公共预算财政拨款支出 section (``anywhere``: of every
    paragraph, for a fragment printed without its section headings — only paragraphs that start
    with a 类/款/项 path are items)."""
    blocks = narrative.blocks if anywhere else narrative.in_sections(*SECTIONS)
    paths = [_item_path(block.text) for block in blocks]  # looked for once: the class shares skip these
    items: list[FunctionalItem] = []
    for i, block in enumerate(blocks):
        item = parse_item(block, paths[i]) if paths[i] is not None else None
        if item is not None and item.amount_yuan is None and i + 1 < len(blocks) and not paths[i + 1]:
            # "…(项)。" closed the paragraph; its figures follow in the next one (Zengdu).
            joined = Block(block.index, merged(block.paragraph, blocks[i + 1].paragraph), block.section, True)
            item = parse_item(joined)
        if item is not None:
            items.append(item)
    return parse_class_shares(blocks, paths) + items
