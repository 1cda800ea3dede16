"""The roles of an indicator table's header cells, by their words: one vocabulary for the table readers.

An indicator table is a header naming its columns' roles and rows whose cells are laid over those
columns. The header's words vary from county to county (三级指标 / 指标名称 / 评价指标, 指标值 / 目标值 /
预期目标, 完成值 / 实际完成情况 / 全年实际值, 分值 / 权重 / 权数, 得分 / 自评得分); their roles do not:

- ``ordinal``: the row's number (序号, 编号);
- ``level``: the indicator's levels and its name (一级 / 二级 / 三级指标, 评价指标, 指标名称, 考核指标);
- ``target``: the value set (指标值, 目标值, 预期目标, 计划值); ``operator`` and ``unit``: a target printed as
  three cells (指标性质 | 指标值 | 度量单位);
- ``actual``: the value reached (完成值, 实际值, 实际完成情况);
- ``weight``: the points an indicator weighs (分值, 权重, 权数); ``score``: the points given (得分, 自评得分);
- ``text``: columns of words (偏差原因, 改进措施, 指标解释, 评分标准, 备注);
- ``caption``: a cell captioning the whole indicator block (绩效指标, 年度绩效目标(90分)), spanning its rows.

:data:`HEADER_ROLES` (the scoring grids', :mod:`~ingest.performance.score_grid`), :data:`VALUE_ROLES` and
:data:`LEVEL_HEADER_RE` (the level grids', :mod:`~ingest.performance.level_grid`) are the readers' coarse
vocabularies; :func:`column_role` reads a cell with all of them (:mod:`~ingest.performance.header_grid`).

The other readers' header words are here too, each as its reader matches a cell (a fragment found in the
cell, a pattern searched, a cell matched whole), built from the same role words:
:data:`SELF_EVALUATION_ROLES` (:mod:`~ingest.performance.self_evaluation`'s indicator header, fragments),
:data:`FUNDS_COLUMN_ROLES` (:mod:`~ingest.performance.funds_block`'s funds header, searched),
:data:`STREAM_HEADER_WORDS` (:mod:`~ingest.performance.indicator_stream`'s header cells, whole) and
:data:`FLAT_SHEET_COLUMNS` (:mod:`~ingest.performance.flat_sheet`'s value columns, whole).
"""

from __future__ import annotations

import functools
import re

from ingest.vocabulary import GRAND_TOTAL_WORDS

# The words of a row's number column (role ``ordinal``).
ORDINAL_WORDS = ("序号", "编号")
# The roles of the header's cells, by their words (the first that matches): a scoring grid's
# (``value``: a target's or an actual's column, which a scoring grid has none of).
HEADER_ROLES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile("|".join(ORDINAL_WORDS)), "ordinal"),
    (re.compile(r"指标值|目标值|完成值|实际值|完成情况|计量单位|度量单位|指标性质"), "value"),  # a project sheet's
    (re.compile(r"[一二三]级指标|评价指标|考核指标"), "level"),
    (re.compile(r"得分|评分$|考评分|自评分"), "score"),
    (re.compile(r"分值|权重|权数|满分|标准分"), "weight"),
    (re.compile(r"解释|说明|标准|细则|方法|依据|备注|内容|公式|要点|评分|原因|佐证|材料|意见"), "text"),
)
# A header's level columns: 一级 / 二级 / 三级指标, a county's 评价指标 / 评价内容, and the indicator's 指标名称.
LEVEL_HEADER_WORDS = r"[一二三]级指标|评价指标|评价内容|指标名称"
LEVEL_HEADER_RE = re.compile(rf"^(?:{LEVEL_HEADER_WORDS})(?:\(.{{0,12}}\))?$")
# The value columns (the first that matches), then the rule and text columns.
VALUE_ROLES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"实际值|完成值|完成情况"), "actual"),
    (re.compile(r"指标值|目标值"), "target"),
    (re.compile(r"评分细则|评分标准|评分办法|扣分标准|评\(扣\)分标准"), "rule"),
)

# What :func:`column_role` adds to those (tried in the order of the function).
# A text column's words first: 得分计算方法, 指标值说明, 评(扣)分标准, 完成情况说明 are words, not figures.
TEXT_FIRST_RE = re.compile(r"说明|解释|方法|标准|细则|依据|公式|原因|措施|备注|佐证|意见|方向|类型|要点|计算|描述")
# A caption over the indicator block, spanning its rows (绩效指标(90分), 年度绩效目标, 年度绩效指标).
CAPTION_RE = re.compile(r"^(?:年度)?绩效(?:指标|目标)(?:完成情况)?\d*(?:\(.{0,60}\))?$")
# Level (name) columns the level grids' words lack: 考核指标, 绩效指标名称, 指标内容 (a name or a text
# column: a name where it stands with the level columns), 具体指标, 指标, an older table's 绩效内容.
LEVEL_MORE_RE = re.compile(r"^(?:考核指标|(?:具体|考核)?指标(?:名称|内容)?|绩效指标名称|绩效内容)(?:\(.{0,12}\))?$")
# A target's standard (绩效标准): words after a target's column (指标值 | 绩效标准: 计划标准, 历史标准), but the
# target's own column where it stands before any other (an older table: 绩效内容 | 绩效标准 | 全年绩效目标, whose
# 全年绩效目标 then repeats or words the standard).
STANDARD_RE = re.compile(r"^(?:绩效|指标)标准$")
# A target printed as three cells: its operator's column (指标性质, 计算符号), its unit's (度量单位).
OPERATOR_RE = re.compile(r"指标性质|计算符号|符号")
UNIT_RE = re.compile(r"^(?:计量|度量)?单位$")
# Actuals and targets the value roles' words lack (全年实际值 is theirs: 实际值).
ACTUAL_MORE_RE = re.compile(r"实际|完成数|执行情况|实现值")
TARGET_MORE_RE = re.compile(r"预期(?:目标|指标)?|计划(?:值|数|标准|水平)?|年度目标|标准值|目标$")
# A heading's number (一、 (二) 3. (4)): a numbered heading names no column.
OUTLINE_RE = re.compile(r"^(?:[(][一二三四五六七八九十\d]{1,3}[)]|\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、)")
# A header cell is short; a longer cell is a sentence, no column's name.
MAX_HEADER_CHARS = 20
# A header cell of two characters names a column only as one of these words; others (年度, 实际, 一级) are a
# wrapped cell's pieces (年度 / 指标值), joined to the next.
SHORT_WORDS = frozenset(
    {"分值", "权重", "权数", "得分", "评分", "序号", "编号", "备注", "单位", "目标", "指标", "计划", "说明"}
)


# The coarse vocabularies' patterns by role (the first of each role).
_ROLE_PATTERNS = {role: pattern for pattern, role in reversed(HEADER_ROLES)}
_VALUE_PATTERNS = {role: pattern for pattern, role in reversed(VALUE_ROLES)}


@functools.lru_cache(maxsize=1024)
def column_role(key: str) -> str | None:
    """The role of a header cell (its compact text), or None where its words name no column."""
    if OUTLINE_RE.match(key):
        return None  # (a numbered heading: (一)自评得分, 2.绩效目标完成情况分析)
    if CAPTION_RE.match(key):  # (its points' breakdown in its brackets: 绩效指标(权重分值90分,其中…))
        return "caption"
    if not key or len(key) > MAX_HEADER_CHARS or (len(key) <= 2 and key not in SHORT_WORDS):
        return None
    if ("月" in key or "半年" in key) and PROGRESS_RE.fullmatch(key):  # (every progress column names either)
        return "actual"  # (a monitoring sheet's execution to a date, 1-6月执行情况: read where an actual stands)
    if any(ch.isdigit() for ch in key.split("(")[0]):
        return None
    if key in ORDINAL_WORDS:
        return "ordinal"
    if LEVEL_HEADER_RE.match(key) or LEVEL_MORE_RE.match(key):
        return "level"
    if OPERATOR_RE.search(key):
        return "operator"
    if _ROLE_PATTERNS["score"].search(key) and not TEXT_FIRST_RE.search(key):
        return "score"
    if TEXT_FIRST_RE.search(key) or _VALUE_PATTERNS["rule"].search(key):
        return "text"
    if UNIT_RE.match(key):
        return "unit"
    if _VALUE_PATTERNS["actual"].search(key) or ACTUAL_MORE_RE.search(key):
        return "actual"
    if _VALUE_PATTERNS["target"].search(key) or TARGET_MORE_RE.search(key):
        return "target"
    if _ROLE_PATTERNS["weight"].search(key):
        return "weight"
    return None


# The pieces of a header's cells cut off or split over lines (未完成原 of 未完成原因, 绩效指标 一级 of
# 绩效指标 | 一级 / 指标): words of the header, no indicator's name nor value.
HEADER_PIECES_RE = re.compile(
    r"^(?:绩效|[一二三]级|指标|名称|全年|年度|年初|实际|完成|目标|值|未完成|偏差|原因?|和?改进措施|分析|分值|得分|权重"
    r"|\((?:年度|长期|[A-Z])\))+$"
)


def header_cell(text: str) -> bool:
    """Whether ``text`` (a cell) is a header's, whole: a column's name as the stream reader matches it
    (:data:`STREAM_HEADER_WORDS`), a level's, a caption, or a header's pieces (:data:`HEADER_PIECES_RE`)."""
    key = "".join(text.split())
    return bool(key) and (
        HEADER_PIECES_RE.match(key) is not None or STREAM_HEADER_WORDS.match(key) is not None
        or LEVEL_HEADER_RE.match(key) is not None or CAPTION_RE.match(key) is not None
    )


# ---- Where an indicator table ends (the readers' words, each matched its own way) ----
# The label of the row totalling a scoring table's points (合计, 总分, 自评总分 …): the grids add their own spellings.
SCORE_TOTAL_WORDS = (*GRAND_TOTAL_WORDS, "总分", "自评总分", "得分合计", "总得分")
# What follows a self-evaluation form's indicator table: the next project's head, the conclusion, the problems, the
# signatures (each grid adds the words of its own forms).
FORM_END_WORDS = ("项目名称", "评价结论", "存在问题", "填表人", "审核意见", "单位名称")


# ---- The role words the readers' tables below share (one vocabulary; each table matches them its own way) ----
LEVEL_WORDS = ("一级指标", "二级指标", "三级指标")
TARGET_WORDS = ("指标值", "目标值")
ACTUAL_WORDS = ("实际完成", "完成值", "实际值")
WEIGHT_WORDS = ("分值", "权重")
SCORE_WORD = "得分"
OPERATOR_WORDS = ("指标性质", "计算符号")
UNIT_WORDS = ("度量单位", "计量单位")
REASON_WORDS = ("偏差", "原因", "改进措施")

# The self-evaluation grids' indicator header (:mod:`~ingest.performance.self_evaluation`): a fragment found in a
# header cell → its column's role; the first that matches wins, so the longer / more specific first.
SELF_EVALUATION_ROLES: tuple[tuple[str, str], ...] = (
    *zip(LEVEL_WORDS, ("l1", "l2", "l3"), strict=True),
    (OPERATOR_WORDS[0], "op"),
    *((word, "unit") for word in UNIT_WORDS),
    *((word, "reason") for word in REASON_WORDS),
    *((word, "actual") for word in ACTUAL_WORDS),
    *((word, "target") for word in TARGET_WORDS),
    *((word, "weight") for word in WEIGHT_WORDS),
    (SCORE_WORD, "score"),
)

# A funds block's header (:mod:`~ingest.performance.funds_block`). The words of an execution column (全年执行数,
# 执行数(B), 全年执行, 执行金额, 实际支出): what a funds block's header holds.
EXECUTED_WORDS = r"执行数|全年执行|执行金额|实际支出"
# A header cell's role, searched; the first match wins (得分 before 执行率: 得分(20分*执行率) is the 得分 column,
# 执行率 before 执行数: 执行率(全年执行数/全年预算数) is the rate's).
FUNDS_COLUMN_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(pattern))
    for role, pattern in (
        ("score", SCORE_WORD + r"(?!计算|方法|标准)"),
        ("weight", r"^(?:执行率)?(?:" + "|".join(WEIGHT_WORDS) + ")"),
        ("rate", r"执行率|执行进度"),
        ("executed", EXECUTED_WORDS),
        ("initial", r"年初预算"),
        ("full_year", r"全年预算|调整后|预算数"),
    )
)
# A funds header's cell is short; a longer text names no column.
MAX_FUNDS_HEADER_CHARS = 30


@functools.lru_cache(maxsize=4096)  # (a pure function of a cell's text; every sheet prints the same words)
def funds_column_role(text: str) -> str | None:
    """The role of a funds header's cell (年初预算数 → initial, 调整后预算数 → full_year, 预算执行数 → executed,
    执行率 → rate, 权重 → weight, 自评得分 → score), by :data:`FUNDS_COLUMN_ROLES`; None for a longer text."""
    if len(text) > MAX_FUNDS_HEADER_CHARS:
        return None
    return next((role for role, pattern in FUNDS_COLUMN_ROLES if pattern.search(text)), None)

# A mid-year monitoring sheet's column of the indicators' execution to a date (半年度指标执行情况, 1-6月执行情况,
# 截至9月底完成情况: benchmarks/heldout/27d 14 L16-18), and its column of how likely the year's target is met
# (完成目标可能性(确定能、有可能、不可能)): ingest/performance/monitoring.py.
PROGRESS_COLUMN = (
    r"(?:半年度?|上半年|[1一][-—–~至到]\d{1,2}月份?|截[至止]\d{1,2}月(?:底|末)?)(?:累计)?(?:指标)?(?:执行|完成|实施)"
    r"(?:情况|进度|值)"
)
PROGRESS_RE = re.compile(PROGRESS_COLUMN)  # (every match holds 月 or 半年: a text without either is not searched)
LIKELIHOOD_COLUMN = r"完成目标可能性(?:\(.{0,20}\))?"
# The stream reader's header cells (:mod:`~ingest.performance.indicator_stream`), matched whole: words that are
# not indicators, also with the letter a formula names their column by (年度指标值(A), 全年实际值(B): a
# 部门整体支出绩效自评表's header) and 得分计算(方法).
STREAM_HEADER_WORDS = re.compile(
    r"^\*?(?:指标值类型|评\(扣\)分标准|评分标准|评分细则|绩效标准|" + "|".join(LEVEL_WORDS)
    + r"|指标内容|指标值(?:及单位)?|"
    r"年度指标值|指标目标值|目标值|分值|(?:自评)?得分|评分|得分计算(?:方法)?|"
    r"全年实际值|实际完成(?:指标)?值|实际值|完成值|年度数值|实施进度|完成情况|权重|绩效指标|指标解释|偏差原因.*|未完成原因.*|年初目标值|"
    r"年度目标值|备注|" + PROGRESS_COLUMN + "|" + LIKELIHOOD_COLUMN + "|"
    r"指标性质|计算符号|度量单位|计量单位|指标方向性?|指标值说明)(?:\([A-Z]\))?$"
)

# A flat sheet's value columns (:mod:`~ingest.performance.flat_sheet`: 年度指标值, 实际 完成值, 分值, 得分),
# matched whole.
FLAT_SHEET_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(pattern)) for role, pattern in (
        ("target", r"^(?:年度|年初)?(?:目标|指标)值(?:\(A\))?$"),
        ("actual", r"^(?:实际|全年)?完成值(?:\(B\))?$"),
        ("weight", r"^(?:" + "|".join(WEIGHT_WORDS) + r")(?:\(分\))?$"),
        ("score", r"^(?:自评)?" + SCORE_WORD + r"(?:\(分\))?$"),  # (自评得分: a sheet's word for it)
    )
)


# ---- A header whose cells run together (a Word table's text mirrored with no separator between cells) ----
# ``评价指标评价内容指标名称指标说明目标值分值备注``,
# ``指标名称计量单位指标性质指标值指标权重(分)全年完成值指标得分(分)说明``:
# each cell is a head word (名称, 内容, 说明, 指标值, 完成值, 分值, 得分, 系数 …) after at most one modifier
# (年初, 全年, 调整, 累计, 绩效, 指标, 计量 …), then a bracketed note ((分), (%), (A)). The text is cut into such
# cells at the fewest cuts (指标说明 one cell, not 指标 | 说明; an operator's column 指标性质 or 计算符号); a
# cell that is no such word but ends in 值 (a scan's garbled 全年完成值) counts only where nothing else cuts the
# text, and at most once.
GLUED_MODIFIER = r"(?:年初|年度|全年|调整|实际|累计|绩效|指标|目标|计量|度量|评价|考核|考评|自评|预期|计划|[一二三]级)"
GLUED_HEAD = (
    r"(?:名称|内容|说明|性质|单位|计算符号|指标值|目标值|完成值|实际值|完成情况|完成率|完成比例|得分系数|得分率|系数|权重|分值|权数|得分|备注|序号|编号|"
    r"指标|(?:预期|年度|全年|计划)目标|实际完成|完成数|实现值|标准分|满分|要点|是否[\u4e00-\u9fff]{2,4}|(?:得分)?计算方法|评分(?:标准|细则|方法)|解释|(?:偏差|未完成)?原因(?:分析)?(?:[和及与](?:改进)?措施)?|(?:改进)?措施)"
)
GLUED_CELL_RE = re.compile(rf"{GLUED_MODIFIER}?{GLUED_HEAD}(?:\([^()]{{0,6}}\))?")
GARBLED_VALUE_RE = re.compile(r"(?!值)[\u4e00-\u9fff]{2,6}值")
# Where a run-together header starts: its first name column (a level column, an older table's 绩效内容, 考核指标 /
# 考核内容) or its rows' number.
GLUED_START_RE = re.compile(rf"{LEVEL_HEADER_WORDS}|绩效内容|考核指标|考核内容|{'|'.join(ORDINAL_WORDS)}")
# A glued header's cells: at most this many characters each, at most this many cells.
MAX_GLUED_CELL = 12
MAX_GLUED_CELLS = 14
# The roles a glued header adds: a completion rate (累计完成率, 目标完成率, 完成比例 = 完成值 / 目标值), a score
# coefficient (得分系数, 得分率: 得分 = 分值 × 系数), a yes / no column (是否核心指标).
RATE_CELL_RE = re.compile(r"完成(?:率|比例)(?:\(.{0,6}\))?$")
COEFFICIENT_CELL_RE = re.compile(r"(?:系数|得分率)(?:\(.{0,6}\))?$")
YES_NO_CELL_RE = re.compile(r"^是否")
GARBLED_COST = 10
# What follows a glued header's first cell: the next cell's first character (no space, pipe or tab between).
GLUED_NEXT_RE = re.compile(r"[\u4e00-\u9fff(]")
# The points an indicator weighs, in a header's words for its full marks (满分, 标准分).
FULL_POINTS_CELL_RE = re.compile(r"^(?:满分|标准分)(?:\(.{0,6}\))?$")
# A level column named for what it evaluates (考核内容, 评价内容, 绩效内容, 指标内容).
CONTENT_CELL_RE = re.compile(r"^(?:考核|评价|绩效|指标)内容$")


def glued_role(cell: str) -> str | None:
    """The role of one cell of a run-together header (:func:`column_role`, and ``rate``, ``coefficient``)."""
    if RATE_CELL_RE.search(cell):
        return "rate"
    if COEFFICIENT_CELL_RE.search(cell):
        return "coefficient"
    if YES_NO_CELL_RE.match(cell):
        return "yes_no"
    if FULL_POINTS_CELL_RE.match(cell):
        return "weight"
    if CONTENT_CELL_RE.match(cell):
        return "level"
    return column_role(cell)


def glued_header(text: str) -> tuple[int, int, list[tuple[str, str]]] | None:
    """The run-together header in ``text`` (a line's compact text): (its start, its end, its cells with their
    roles), or None. It starts at a name column's word, is cut into header cells at the fewest cuts and ends
    where no cell follows; it is a header only with four cells or more, a name column first, a target or an
    actual and a second figure column (分值, 得分, 完成率, 系数)."""
    for start_match in GLUED_START_RE.finditer(text):
        start = start_match.start()
        if not GLUED_NEXT_RE.match(text, start_match.end()):
            continue  # (a cell after it between spaces or pipes, or none: no header run together)
        # best[j]: (cost, cells) of the cheapest cutting of text[start:j]
        best: dict[int, tuple[int, list[str]]] = {start: (0, [])}
        furthest = start
        position = start
        limit = min(len(text), start + MAX_GLUED_CELL * MAX_GLUED_CELLS)
        while position <= furthest and position < limit:
            if position in best:
                cost, cells = best[position]
                for end in range(position + 2, min(position + MAX_GLUED_CELL, len(text)) + 1):
                    piece = text[position:end]
                    if GLUED_CELL_RE.fullmatch(piece):
                        step = 1
                    elif GARBLED_VALUE_RE.fullmatch(piece) and not any("?" in c for c in cells):
                        step = GARBLED_COST
                        piece += "?"
                    else:
                        continue
                    if end not in best or best[end][0] > cost + step:
                        best[end] = (cost + step, [*cells, piece])
                        furthest = max(furthest, end)
            position += 1
        # the header ends at the furthest cut (a garbled cell never last)
        ends = sorted((end for end, (_, cells) in best.items() if cells and not cells[-1].endswith("?")), reverse=True)
        if not ends:
            continue
        cells = best[ends[0]][1]
        roles = _glued_roles(cells)
        if roles is not None:
            return start, ends[0], roles
    return None


def _glued_roles(cells: list[str]) -> list[tuple[str, str]] | None:
    if len(cells) < 4:
        return None
    roles = [(cell.removesuffix("?"), "garbled" if cell.endswith("?") else glued_role(cell) or "") for cell in cells]
    first = 1 if roles[0][1] == "ordinal" else 0  # (a row's number first: 序号 | 指标名称 | …)
    if "" in (role for _, role in roles) or roles[first][1] != "level":
        return None
    kinds = [role for _, role in roles]
    if "garbled" in kinds:  # (a value column by its 值: the actual's, where no other cell names it)
        if "actual" in kinds:
            return None
        roles = [(cell, "actual" if role == "garbled" else role) for cell, role in roles]
        kinds = [role for _, role in roles]
    figures = [kind for kind in kinds if kind in ("target", "actual", "weight", "score", "rate", "coefficient")]
    if not ({"target", "actual"} & set(figures)) or len(figures) < 2:
        return None
    return roles
