"""The indicator hierarchy: 一级指标 → 二级指标 → 三级指标.

Tables print the level-1 and level-2 names only on the first row of a merged cell, sometimes
split by a space or a line break (``效益指 标``), sometimes stranded after a page break. This
module recognises the names and fills the blanks: a row inherits the levels of the row above;
when a level-2 name belongs to a different level 1 than the inherited one (or there is none),
the standard parent of that level-2 name is used.

Names the list lacks (投入指标, 效果指标, a county's 资金管理) are levels by their place, never by their
words: a level-shaped name right before a 二级指标 of the list is its 一级指标 (:func:`peel_levels`), and a
row's leading names are its levels where only so its 分值 and 得分 stand as numbers, 得分 ≤ 分值
(:func:`levels_by_place`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ingest.text import compact

if TYPE_CHECKING:
    from ingest.performance.tables import Cell

# 一级指标 names.
LEVEL1_NAMES: frozenset[str] = frozenset({"产出指标", "效益指标", "满意度指标", "成本指标"})
# 二级指标 → its standard 一级指标.
LEVEL2_PARENTS: dict[str, str] = {
    "数量指标": "产出指标",
    "质量指标": "产出指标",
    "时效指标": "产出指标",
    "成本指标": "产出指标",
    "经济效益指标": "效益指标",
    "社会效益指标": "效益指标",
    "生态效益指标": "效益指标",
    "可持续影响指标": "效益指标",
    "可持续发展指标": "效益指标",
    "满意度指标": "满意度指标",
    "服务对象满意度指标": "满意度指标",
    "经济成本指标": "成本指标",
    "社会成本指标": "成本指标",
    "生态环境成本指标": "成本指标",
}
# Cells that label the whole indicator block (row-span captions), not a level.
BLOCK_CAPTIONS = ("绩效指标",)
BLOCK_CAPTION_RE = re.compile("|".join(map(re.escape, BLOCK_CAPTIONS)))


# Endings that make a name a 二级指标 (see :func:`level2_parent`).
LEVEL2_ENDINGS = ("满意度指标", "效益指标", "影响指标")


def level2_parent(name: str) -> str | None:
    """The standard 一级指标 of a 二级指标 name (``帮扶对象满意度指标`` → 满意度指标)."""
    if name in LEVEL2_PARENTS:
        return LEVEL2_PARENTS[name]
    if name.endswith("满意度指标"):
        return "满意度指标"
    if name.endswith("效益指标") or name.endswith("影响指标"):
        return "效益指标"
    return None


def is_level1(key: str) -> bool:
    """``key`` (compacted cell text, :attr:`~ingest.performance.tables.Cell.key`) is a 一级指标 name."""
    return key in LEVEL1_NAMES


def is_level2(key: str) -> bool:
    """``key`` (compacted cell text) is a 二级指标 name."""
    return len(key) <= 12 and (key in LEVEL2_PARENTS or key.endswith(LEVEL2_ENDINGS))  # level2_parent, inlined


def has_level_name(cells: Iterable[Cell]) -> bool:
    """Whether any of ``cells`` is a 一级 or 二级指标 name (:func:`is_level1` / :func:`is_level2` of
    its key, tested inline: a table's every row asks)."""
    for cell in cells:
        key = cell.key
        if key in LEVEL1_NAMES or (len(key) <= 12 and (key in LEVEL2_PARENTS or key.endswith(LEVEL2_ENDINGS))):
            return True
    return False


def is_block_caption(key: str) -> bool:
    """``年度绩效指标完成情况`` / ``年度绩效指标`` / ``绩效指标（90分）``: not a level name.

    ``key`` is compacted cell text."""
    return bool(BLOCK_CAPTION_RE.search(key)) and not is_level1(key) and not is_level2(key)


# The points a level is worth, printed after its name in its cell: 产出指标(40分), 效益指标（30分）.
POINTS_NOTE_RE = re.compile(r"[(（]\d+(?:\.\d+)?分[)）]$")


# 二级指标 names printed without their 指标 in a row's cell (经济效益 | 社会公益服务无经济效益 | …): read so
# only as a whole cell of a separated row (a wrapped name's first piece, 经济效益 / 指标…, is no level).
SHORT_LEVEL2 = {name[:-2]: name for name in ("经济效益指标", "社会效益指标", "生态效益指标", "环境效益指标")}
# The same of every 二级指标 of three characters or more (服务对象满意度, 可持续影响, 满意度: a county's sheet prints
# ``满意度 | 参培学员满意度 | 95%及以上`` in its 二级指标 column) → its standard 一级指标: a level only where a row's
# place says so (a cell more than its rows' cells, before them), never by its words alone.
SHORT_LEVEL2_PARENTS = {
    **{name[:-2]: parent for name, parent in LEVEL2_PARENTS.items() if name.endswith("指标") and len(name) >= 5},
    **dict.fromkeys(SHORT_LEVEL2, "效益指标"),  # (环境效益 too)
}
# Each such name → the 二级指标 it is printed for (社会效益 → 社会效益指标, 满意度 → 满意度指标).
SHORT_LEVEL2_NAMES = {
    **{name[:-2]: name for name in LEVEL2_PARENTS if name[:-2] in SHORT_LEVEL2_PARENTS}, **SHORT_LEVEL2
}


# A target table's row printed one cell per line: its name and its target.
TARGET_ROW_CELLS = 2


def short_levels_by_place(keys: Sequence[str], row_cells: int) -> dict[int, str]:
    """The cells of a table printed one cell per line (their compacted texts; ``""`` for a cell that is no row's,
    a blank or a header's word) that are a 二级指标 printed without its 指标 (:data:`SHORT_LEVEL2_NAMES`), each
    → the level it names: in a run of cells between two levels' cells (or the table's ends), such names that cut
    the run into whole rows of ``row_cells`` cells, each followed by one row or more (满意度指标 | 满意度 |
    学生及群众的满意率 | 95%以上, rows of a name and its target). A name that is an indicator's own (满意度指标 |
    满意度 | ≥95%) leaves a cell alone and stays a name."""
    named: dict[int, str] = {}
    run: list[int] = []

    def close() -> None:
        cuts = [k for k, index in enumerate(run) if keys[index] in SHORT_LEVEL2_NAMES]
        bounds = [-1, *cuts, len(run)]
        pieces = [bounds[i + 1] - bounds[i] - 1 for i in range(len(bounds) - 1)]
        if cuts and all(n % row_cells == 0 for n in pieces) and all(pieces[1:]):
            named.update((run[k], SHORT_LEVEL2_NAMES[keys[run[k]]]) for k in cuts)
        run.clear()

    for index, key in enumerate(keys):
        if not key:
            continue
        if key in LEVEL1_NAMES or is_level2(key):
            close()
        else:
            run.append(index)
    close()
    return named


def without_points(key: str) -> str:
    """A level cell's name without the points printed after it (``产出指标(40分)`` → 产出指标)."""
    return POINTS_NOTE_RE.sub("", key) if key.endswith(("分)", "分）")) else key


# A cell shaped as a level's name, whatever its words: a short name (no sentence, no figure) ending in
# 指标 or 目标 (投入指标, 过程指标, 效果指标, 项目完成指标, 产出目标). Such a cell is read as a level only
# where its place says so (see :func:`peel_levels`), never by its words alone.
LEVEL_SHAPED_RE = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:指标|目标)$")


def is_level_shaped(key: str) -> bool:
    """``key`` (compacted cell text, its points note removed) is shaped as a level name (LEVEL_SHAPED_RE)."""
    return LEVEL_SHAPED_RE.match(key) is not None


# What a level's name never holds: a figure, a sentence's marks; and its most characters.
NOT_A_LEVEL_RE = re.compile(r"[\d。,，;；:：%]")
MAX_LEVEL_CHARS = 16
# A 分值 / 得分 cell: a bare number.
POINTS_CELL_RE = re.compile(r"^\d+(?:\.\d+)?$")


def levels_by_place(keys: Sequence[str], weight_at: int, score_at: int) -> int:
    """How many of a row's leading cells (their compacted texts) are its levels by their place, whatever their
    words: 1 or 2 where that count, and only it, puts bare numbers at ``weight_at`` and ``score_at`` after the
    row's name (its 分值 and 得分, the header's columns counted from the name's) with the 得分 no greater, the
    cells before the name short names without a figure; else 0 (``投入指标 | 资金管理 | 资金到位率 | 100% |
    100% | 10 | 10``: 2)."""
    fits = []
    for shift in range(3):
        if len(keys) <= shift + max(weight_at, score_at):
            break
        if shift and (len(keys[shift - 1]) > MAX_LEVEL_CHARS or NOT_A_LEVEL_RE.search(keys[shift - 1])):
            break
        weight, score = keys[shift + weight_at], keys[shift + score_at]
        if POINTS_CELL_RE.match(weight) and POINTS_CELL_RE.match(score) and Decimal(score) <= Decimal(weight):
            fits.append(shift)
    return fits[0] if len(fits) == 1 else 0


def peel_levels(keys: list[str]) -> tuple[str | None, str | None, int]:
    """Read the leading level names of a row's non-empty cells (their compacted texts).

    Returns ``(level1, level2, consumed)``. ``满意度指标 | 满意度指标 | …`` is level 1 then 2;
    a single ambiguous name (成本指标, 满意度指标) is taken as level 2. A name's points printed
    after it (产出指标(40分)) are no part of it.
    """
    keys = [SHORT_LEVEL2.get(key, key) for key in map(without_points, keys[:2])]
    if len(keys) >= 2 and is_level1(keys[0]) and is_level2(keys[1]):
        return keys[0], keys[1], 2
    if len(keys) >= 2 and is_level2(keys[1]) and is_level_shaped(keys[0]) and not is_level2(keys[0]):
        # a level-shaped name in the 一级指标's place, before a 二级指标 (效果指标 | 社会效益指标 | …): the
        # county's own 一级指标, by where it stands
        return keys[0], keys[1], 2
    if keys and is_level2(keys[0]):
        return None, keys[0], 1
    if keys and is_level1(keys[0]):
        return keys[0], None, 1
    return None, None, 0


@dataclass
class LevelTracker:
    """Carries the current 一级/二级指标 from row to row (blank cells inherit)."""

    level1: str | None = None
    level2: str | None = None

    def set_level1(self, name: str) -> None:
        """A level-1 name printed alone (e.g. stranded after a page break)."""
        self.level1 = compact(name)
        if self.level2 and level2_parent(self.level2) not in (None, self.level1):
            self.level2 = None

    def resolve(self, level1: str | None, level2: str | None) -> tuple[str | None, str | None]:
        """The levels of a row given the names printed on it (None for blank cells)."""
        if level2 is not None:
            parent = level2_parent(level2)
            if level1 is None:
                # (a 一级指标 the list lacks, read by its place before a 二级指标, keeps the 二级指标s under it:
                # the county groups them its own way)
                inherited_ok = self.level1 is not None and (
                    parent is None or parent == self.level1 or self.level1 not in LEVEL1_NAMES
                )
                level1 = self.level1 if inherited_ok else (parent or self.level1)
            self.level2 = level2
        elif level1 is not None and level1 != self.level1:
            self.level2 = None
        if level1 is not None:
            self.level1 = level1
        return self.level1, self.level2
