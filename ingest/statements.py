"""Figures stated in sentences, wherever they stand (陈述性数字): ``公务接待费638万元,比上年减少317万元``.

Every disclosure states its key figures in prose — a 决算 narrative, a budget's 编制说明, a 三公经费
statement published on its own, a 绩效自评报告 — and the sentence is built the same way whatever
the document: a label, a verb (为 / 共计 / 支出), a number with its unit, then comparisons with the
previous year or the budget (比上年增加 X 万元, 下降 Y%, 占 Z%). This module reads that structure
from any paragraph of any document (it never asks what kind of document it is), giving one
:class:`~ingest.records.StatedFigure` per number with a unit:

- the **unit** decides the kind of figure: money (亿元 / 万元 / 千元 / 元, normalised to 元), a
  percentage, or a count (人, 辆, 个, 批次 …);
- the **words right before the number** decide its field: a change word (增加 / 减少 / 增长 / 下降 …)
  makes it a ``change`` (money) or ``change_pct`` (%), with its direction; 占 or a % without a
  change word a ``share_pct``; otherwise an ``amount`` or a ``count``;
- the **label** is the noun phrase before it in the same clause (verbs, years and 其中 trimmed);
  a figure whose clause names nothing (``比上年增加5万元``) belongs to the last label stated in
  the paragraph — a change counted in the same unit as that label's figure (``共有职工25人,比上年增加3人``;
  ``支出100万元,减少了4名教师`` is no change of 支出); money printed right after a count of things
  whose noun is all that stands between them (``年初批复预算8个项目985万元``) takes the count's
  label, never the noun counted (项目);
- the **metric** is the vocabulary key (:mod:`ingest.vocabulary`) the label names, if any.

A number whose label cannot be found is left out, never guessed.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from decimal import Decimal
from itertools import chain, compress, repeat
from operator import attrgetter

from ingest.final_accounts.paragraphs import Paragraph, as_paragraphs
from ingest.numbers import BARE_WAN as BARE_WAN_UNIT
from ingest.numbers import Amount, last_place, parse_decimal, to_amount
from ingest.records import ParseWarning, StatedFigure
from ingest.text import LINE_JOIN, joined_texts
from ingest.units import SPELLINGS, UNIT_KINDS
from ingest.vocabulary import (
    BOUND_SIGN_OPERATORS,
    COMPARABLE_BASIS_MARK,
    COMPARED_WITH_ALTERNATION,
    COUNT_METRICS,
    LIMIT_ALTERNATION,
    MONEY_UNIT_ALTERNATION,
    MONEY_UNITS,
    YEAR,
    YEAR_NAMED,
    metric_of_label,
)
from ingest.vocabulary import COUNT_UNITS as VOCABULARY_COUNT_UNITS

PARSER_NAME = "statements"
# A percentage this large (a hundredfold and more) is digits of cells run together (执行率(B/A)
# 得分 … 202010100.00%10 = 20 | 20 | 10 | 100.00%), not a rate a sentence states: left out.
IMPLAUSIBLE_PERCENT = Decimal(10000)
IMPLAUSIBLE_PERCENT_LEFT_OUT = (
    "a percentage of 10,000 % or more: digits of cells printed together, not a rate stated; left out"
)
# Latin letters printed among a label's characters (度效标O0B年绩目: a scan's misread words), a score's label
# that names nothing.
NOISE_IN_LABEL_RE = re.compile(r"[\u4e00-\u9fff][A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*[\u4e00-\u9fff]")
NOISY_SCORE_LEFT_OUT = (
    "a score under a label with Latin letters among its characters (a scan's misread words); left out"
)
LEADING_ZERO_LEFT_OUT = (
    "a number printed with a leading zero (01万元): a decimal point or a digit lost in the copy; left out"
)
# A count with more decimals than this (134.18103245亩) is two cells' digits printed together: an amount
# (134.18) and the next cell's count (103245亩).
MAX_COUNT_DECIMALS = 4
GLUED_COUNT_LEFT_OUT = (
    "a count with more than four decimals: digits of cells printed together (an amount, then a count), not a "
    "count stated; left out"
)
# A count of people named by nothing but the metric's last words (接待人次, 公务接待人次) right after a count of
# foreign reception batches (国(境)外公务接待批次23个,接待人次142人): the people of those batches, the clause before's
# qualifier carried — not the domestic 接待人次 the words alone name (国内公务接待批次3978个,接待人次28598人).
RECEPTION_PERSONS = "reception_persons"
FOREIGN_RECEPTION_BATCHES = "foreign_reception_batches"
FOREIGN_RECEPTION_PERSONS = "foreign_reception_persons"
BARE_PERSONS_LABELS = ("接待人次", "公务接待人次")
NOUN_OF_COUNT_BEFORE_LEFT_OUT = (
    "a count whose only words before are the noun of the count before it (7个乡镇58个村庄1510盏路灯), its own noun "
    "run into the next count: left out, as no label names what it counts"
)
COUNTED_MONEY_LEFT_OUT = (
    "a money figure after a count (N个项目…万元) that only the counted noun names: left out, as the sentence "
    "states no label for it"
)
# Physical units a sentence prints after a figure (ingest/units.py), each as printed: the Chinese names (longest
# first: 平方米 before 米) and the Latin symbols, these not run on into a longer word (5mm, 12kWh, 2m宽 → m).
# 度 (a kWh, an angle, a temperature) and 方 are not read.
PROSE_MEASURE_PATTERNS = (
    "平方公里", "平方千米", "万平方米", "平方米", "平米", "万立方米", "立方米", "公顷", "万亩", "千米", "厘米", "毫米",
    "米", "万吨", "吨", "千克", "公斤", "万千瓦时", "千瓦时", "万千瓦", "千瓦",
)
PROSE_LATIN_UNITS = ("km2", "hm2", "m2", "m3", "km", "cm", "mm", "kg", "kWh", "kW", "万t", "t", "m")
# (平米, the colloquial 平方米: 英烈堂窗户改造更新335平米, read as 平方米)
# (a unit per unit, 50kg/人, 3000吨/年, 每亩: a rate, no measure — the unit not followed by / or 每)
# One alternative of the unit pattern, behind a class of the units' first characters: every figure of the prose
# tries the unit pattern, and most fail at that one test instead of at each of these units in turn.
PROSE_MEASURE_UNITS = (
    "(?=[" + "".join(sorted({unit[0] for unit in (*PROSE_MEASURE_PATTERNS, *PROSE_LATIN_UNITS)})) + "])(?:"
    + "|".join((*(f"{unit}(?![/每])" for unit in PROSE_MEASURE_PATTERNS),
                *(f"{unit}(?![A-Za-z0-9/每])" for unit in PROSE_LATIN_UNITS)))
    + ")",
)
# What a count unit's character opens in prose, where it is no unit: 人员, 人均, 项目, 台账, 场所, 座谈, 处理 …; 个
# before a span of time (30个工作日内, 6个月, 2个小时, 3个季度) measures a duration, no count of things; (an
# archive's holdings, 111675卷, 2285盘, 906盒, 1755件, 14091册 — only where no word runs on from the unit: not 卷宗,
# 盘活, 盒饭, 件数, nor a scan's noise, 50册合理确定分值); (people counted by 口, 带动2437口回汉群众受益, and wells,
# 机井3口 — not 口径, 口岸, 口罩 …).
PROSE_NOT_UNIT_AFTER = {
    "万人": "员|均|口|数|才|民|大|事", "人": "员|均|口|数|才|民|大|事",
    "个": "人|体|别|工作日|月|小时|钟头|星期|礼拜|季度|学期",
    "所": "属|有|需|在", "项": "目", "台": "账", "家": "庭|长", "场": "所|地|景|馆|合|面|镇|部|站",
    "件": "[\u4e00-\u9fff]", "册": "[\u4e00-\u9fff]", "卷": "[\u4e00-\u9fff]", "盘": "[\u4e00-\u9fff]",
    "盒": "[\u4e00-\u9fff]",
    "座": "谈|位|次", "套": "餐|用", "处": "理|置|室|罚|分|长|级|于|在|境|方",
    "口": "径|岸|罩|腔|头|号|碑|述|语|令|味|感|气|才|子|袋|粮|算|试",
}
# The vocabulary's count units prose leaves unread: 期, 份, 篇, 门, 宗, 床 (a named subset, kept as it was: reading
# them would change records — 培训48期 1130人 is a flattened table's cells, 完成15000份 names nothing but its verb).
PROSE_UNREAD_COUNT_UNITS = ("期", "份", "篇", "门", "宗", "床")
# Count units: the vocabulary's (:data:`ingest.vocabulary.COUNT_UNITS`, in its order: 人次 before 人, 批次 before
# 次) but those, each not where it opens another word; 个百分点 (个千分点), a percent change, before them; then
# 公里, 亩 and the physical units.
COUNT_UNITS = (
    "个百分点", "个千分点",
    *(f"{unit}(?!{PROSE_NOT_UNIT_AFTER[unit]})" if unit in PROSE_NOT_UNIT_AFTER else unit
      for unit in VOCABULARY_COUNT_UNITS if unit not in PROSE_UNREAD_COUNT_UNITS),
    "公里", "亩",
    *PROSE_MEASURE_UNITS,
)
# Points of a score (自评得分98分); not 分钟, 分配, 分析 ….
SCORE_UNIT = "分(?![钟之析别配项类管期批摊担布局值散级解段])"
# 万 printed without 元 (合计为1000.86万,其中…; 培训费增加4.66万,增加的原因…): money in 万元 only where
# nothing but punctuation, a space or the text's end follows (服务人口10万人, 万元 itself: no), and
# only for a label that names money (:data:`BARE_WAN_LABEL_RE`): 人口10万, is no amount.
# Nor where a word follows that it counts or measures (numbers.BARE_WAN: 10万人, 5万亩, 2万尾, 3万多): 万 before any
# other word (比上年2665.56万增加253.4万; 占年计划100500万的112.29%; 已完成拨付603万用于…) is the same money, its
# label still to name money. Tried after the count and measure units (万人次, 万亩, 万平方米 are theirs).
BARE_WAN = "万"
BARE_WAN_PATTERN = BARE_WAN_UNIT
UNIT_PATTERN = "|".join((*MONEY_UNITS, "%", *COUNT_UNITS, SCORE_UNIT, BARE_WAN_PATTERN))
# A number and its unit (or a bare zero before the next word); the number not glued to a
# preceding digit, letter or decimal point (``M.8万元`` is OCR noise) nor the day of a date
# (``2023-01-01项目``), thousands separators allowed, spaces allowed before the unit. A unit
# that begins a word (项目, 个人, 台账) is none.
# Written for speed, as every character of every paragraph passes it: it starts with the number's
# first digit (the engine skips to the next digit), the not-glued checks look behind that digit,
# and the number is read without backtracking (a unit never starts with a digit, a comma, a point
# or a space, so a shorter reading of the digits cannot be followed by one). The number is its
# first digit and ``tail``; ``zero`` (possibly empty: the decimals of a bare 0) is set for a zero.
# Every digit of the prose starts a try, most of them failing (2023年, 1、): the optional parts are
# written so that a try that cannot take them fails at their first character — thousands as
# ``,ddd`` then more (``(?:,\d{3})+`` spelled out), decimals as an alternative with an empty one
# (not a ``?`` group, which the engine enters before it looks at the point).
FIGURE_RE = re.compile(
    rf"\d(?<![\d.A-Za-z]\d)(?<!\d[-/]\d)"
    rf"(?:(?P<tail>(?>(?:\d{{0,2}},\d{{3}}(?:,\d{{3}})*|\d*)(?:\.\d+|)))\s*+(?P<unit>{UNIT_PATTERN})"
    rf"|(?<=0)(?P<zero>(?>\.0+|))(?=[\u4e00-\u9fff])(?!{UNIT_PATTERN}))"
)
# A zero printed without its unit is still zero: read for money labels (中央补助安排0省级财政安排0).
ZERO_LABEL_RE = re.compile(r"(?:资金|经费|安排|补助|拨款|投资|收入|支出|费)(?:数|额)?(?:为|是)?$")
# A bare zero that ends a run of unit-less numbers parted by spaces (公务用车运行费 15.15 15.15 0 0): a table's
# row printed with one space between its cells, the zero its last column's — no money the label states.
ROW_CELL_ZERO_RE = re.compile(r"[\d%]\s+$")
# Where a clause's subject stops applying: sentence ends and table cell separators (see
# LAST_BREAK_RE, and the clause breaks in :func:`_own_label`).
SENTENCE_BREAKS = ("。", ";", "!", "?", "|")
# Breaks that end a whole sentence (a list's part stated before one is not what the next speaks of).
SENTENCE_ENDS = "。!?"
# The last sentence break before a number (searched between the previous figure and the number:
# a break, then no other up to the number).
LAST_BREAK_RE = re.compile("[{0}][^{0}]*\\Z".format(re.escape("".join(SENTENCE_BREAKS))))
# Separators inside a sentence between a label's clause and the next.
CLAUSE_BREAKS = (",", ":", "、")
# Words right before a number that make it a change, with the direction they state.
CHANGE_WORDS: tuple[tuple[str, str], ...] = (
    ("增加", "increase"), ("增长", "increase"), ("上升", "increase"), ("提高", "increase"), ("增幅", "increase"),
    ("涨幅", "increase"), ("多支", "increase"), ("超支", "increase"), ("增减", "increase"), ("调增", "increase"),
    ("增", "increase"), ("超收", "increase"),
    ("减少", "decrease"), ("下降", "decrease"), ("降低", "decrease"), ("节约", "decrease"), ("节支", "decrease"),
    ("减幅", "decrease"), ("降幅", "decrease"), ("压减", "decrease"), ("缩减", "decrease"), ("压缩", "decrease"),
    ("少支", "decrease"), ("调减", "decrease"), ("减", "decrease"), ("短收", "decrease"),
)
# Revenue above or below its budget (超收0.5亿元, 短收5645万元): the subject's change against its budget, whatever
# the sentence compared before — and no comparison for the figures after it (超收0.5亿元,增长3%: not against it).
OVER_BUDGET_TAIL_RE = re.compile(r"(?:超收|短收)(?:了|额|数)?(?:为|是|达|约)?$")
CHANGE_TAIL_RE = re.compile(
    r"(?P<word>" + "|".join(w for w, _ in CHANGE_WORDS) + r")(?:了|额|率|幅度|比例|数)?(?:为|是|达|约)?$"
)
# A budget execution report's revenue and spending changes (比上年减收1070万元, 同比增支0.3亿元): a change
# only after a comparison — alone, 增收 is what money brings (带动20名群众务工增收5000元), no change.
COMPARED_CHANGE_WORDS: tuple[tuple[str, str], ...] = (
    ("增收", "increase"), ("增支", "increase"), ("减收", "decrease"), ("减支", "decrease"),
)
COMPARED_CHANGE_TAIL_RE = re.compile(
    r"(?:比|较|同比|环比)[^,,。;]{0,6}?(?P<word>" + "|".join(w for w, _ in COMPARED_CHANGE_WORDS) + r")了?$"
)
DIRECTION_OF = dict(CHANGE_WORDS) | dict(COMPARED_CHANGE_WORDS)
SPENDING_CHANGE_WORDS = frozenset(("增支", "减支"))
# The same words as a clause of their own right after a growth (较上年同期增长15.35%,增收25457万元): the
# comparison is the growth's, the money its change — not an amount of something called 增收.
AFTER_GROWTH_CHANGE_LABELS = dict(COMPARED_CHANGE_WORDS)
# Words right before a number that make it the budget a figure is compared with (年初预算数为), also
# the budget a figure completes (累计完成24627万元,完成年初预算数60999万元的40.4%; 完成预算数257288万元):
# the words name no thing of their own, the figure is the subject's budget.
BUDGET_TAIL_RE = re.compile(r"(?:完成(?:年初|全年|调整后?)?|年初|全年|调整后?)预算(?:数|安排)?(?:为|是)?$")
# A number followed by these is a threshold (单价50万元以上), not a figure.
THRESHOLD_RE = re.compile(rf"\s*(?:{LIMIT_ALTERNATION}|及以上)")
THRESHOLD_FIRST = "以及"
# Words before a number followed by 的 that make it a condition's bound (未达到90%的, 超过5万元的).
CONDITION_WORDS = ("达到", "超过", "低于", "高于", "不足", "不到", "少于", "多于", "大于", "小于")
# Signs before a number that make it a bound (a target's ≥95%, ≤90万元), not a figure stated: the vocabulary's
# signs of an inequality (:data:`ingest.vocabulary.BOUND_SIGN_OPERATORS`; not = or ＝, which a sum or a formula
# prints before its total), but for the look-alikes ≧ ≦ ⩾ ⩽ (NFKC leaves them): a named subset, kept as it was —
# taking them would change records (项目成本控制率≦100% is read as a figure; a refactor keeps every record).
BOUND_SIGNS = tuple(
    sign for sign, operator in BOUND_SIGN_OPERATORS.items() if operator != "=" and sign not in ("≧", "≦", "⩾", "⩽")
)
# A comparison phrase: what a change is measured against (比上年 / 较2022年 / 同比 / 与上年相比).
COMPARISON_RE = re.compile(r"(?:相较|比|较|与|同比|对比|相比|环比|同口径)")  # (相较于上年: 相 is no label's)
# A sentence opening with a comparison (比2021年预算增加…, 与上年相比, 同口径比2018年, 同比): it names no subject of its
# own (not 与此同时, 较为…: no comparison with a year or a budget).
SUBJECTLESS_COMPARISON_RE = re.compile(
    rf"\s*(?:同口径)?(?:(?:相较于?|比|较|与|对比)\s*(?:上一?年|去年|同期|{YEAR}\s*年|年初|全年|调整后?|预算)|同比|环比)"
)
# What a change is measured against (StatedFigure.compared_with): the previous year, the budget, or
# a year named (比2019年(疫情前)决算数, 与2022年预算相比: the year's figure, budget or final).
COMPARED_WITH_RE = re.compile(
    rf"(?:比|较|与|对比|环比)\s*(?:(?P<prior_budget>(?:上一?年|去年)度?(?:年初)?预算)|(?P<prior>上一?年|去年|同期)|(?P<year>{YEAR})\s*年|(?P<budget>(?:年初|全年|调整后?)?预算))"
)
# A label that starts by comparing with a year or a budget (比上年度少, 较上年多) names no thing: the
# number after it is a difference whose word the change words do not know.
COMPARED_LABEL_RE = re.compile(COMPARISON_RE.pattern + r"(?:上年|去年|上一年|[12]\d{3}年|年初|预算)")
# A clause that is only a comparison with a year (比上年 / 同比去年 / 较2022年度决算数 / 较2023年总收入): a money figure
# printed right after it is the compared year's amount (比上年18.39亿元增加2.88亿元: 18.39 is last year's; 比上年同期
# 完成数26975万元, 较上年同43499万元 with 期 dropped), of
# the subject stated before — not a change, nor a figure of its own (see :data:`PRIOR`).
PRIOR_CLAUSE_RE = re.compile(
    rf"(?:同比|比|较|与|对比)(?:上一?年度?(?:同期?)?|去年(?:同期)?|同期|{YEAR}年度?)"
    r"(?:累计)?(?:决算数?|实际数|完成数|执行数|总?支出数?|总?收入数?|数)?的?"
)
# A clause that is only a comparison with the budget (较预算数 / 比年初预算 / 与全年预算数): a money figure printed
# right after it is the budget of the subject stated before (较预算数1237万元减少103万元: 1237 is the budget), as
# :data:`PRIOR_CLAUSE_RE`'s is the compared year's amount.
# A clause comparing with a year that names its subject again, ending in the figure's noun (较2017年部门
# 预算收入总数8014212.00元增长1.13%, 比2018年年初预算收入2724.44万元增加…): that year's figure of the subject —
# its budget where the noun
# says 预算 — not a change (no change word in it: 较2017年增加支出总额 is none).
PRIOR_SUBJECT_CLAUSE_RE = re.compile(
    rf"(?:同比|比|较|与|对比)(?:上一?年度?|去年|{YEAR}年度?)"
    r"(?P<subject>[\u4e00-\u9fff]{2,14}?(?:总数|总额|决算数|预算数|支出数|收入数|预算收入|预算支出))的?"
)
CHANGE_IN_SUBJECT_RE = re.compile(r"增|减|降|升|多|少")
# A clause before a change that is only a year's (or its budget's) name, its 比 not printed (…费支出13.9万元,
# 2015年预算增加1.7万元): what the change is measured against, no label — the change is the subject's.
BARE_COMPARED_RE = re.compile(rf"(?:{YEAR}年度?|上年度?|去年)(?:年初|全年)?(?:预算|决算)?数?")
# (also a year's budget, 比2021年预算601.16万元增加18.74万元, 较上年预算数: that year's budget, compared with the year)
BUDGET_CLAUSE_RE = re.compile(
    rf"(?:相比|相较|比|较|与|对比)(?P<year>{YEAR}年度?|上一?年度?|去年)?(?:年初|全年|调整后?)?预算(?:数|安排数?)?的?"
)
# The mark of an ordinal (第41次会议): a number after it counts nothing.
ORDINAL = "第"
# The direction of the difference printed right after a compared year's amount (比去年3.01万元少0.07万元).
AFTER_PRIOR_WORDS = {"少": "decrease", "少了": "decrease", "多": "increase", "多了": "increase"}
# Words between a money change and an amount right after it that make the amount the one the change left
# (结转下年减少133万元,为115,055万元; 比上年增加5万元,达到20万元): the subject's own amount.
AFTER_CHANGE_AMOUNT_WORDS = frozenset(("为", "达", "达到", "变为"))
# The marker :func:`_reading` gives a compared year's amount in place of a direction.
PRIOR = "prior"
# A final account's difference from its budget (决算数大于预算数55.93万元, 支出低于年初预算10万元): a change of
# the subject against its budget, not an amount of its own.
BUDGET_ENDS = ("预算", "预算数")
BUDGET_DIFFERENCE_RE = re.compile(r"(?P<word>大于|高于|超过|超出|多于|小于|低于|少于)(?:年初|全年|调整后?)?预算数?$")
DIFFERENCE_DIRECTION = {
    **dict.fromkeys(("大于", "高于", "超过", "超出", "多于"), "increase"),
    **dict.fromkeys(("小于", "低于", "少于"), "decrease"),
}
# A rate whose only label is a comparison (比全省平均水平(17.9%)高2.7个百分点, 较全国平均(10%)): the rate of what
# is compared with, printed in passing — no share of the sentence's subject. (比重, 比例 start shares.)
COMPARED_RATE_HEADS = "比较"
SHARE_WORDS_AT_HEAD = ("比重", "比例")
# A number in percentage points (提高5.2个百分点, 高于全省平均水平6.5个百分点) is a difference between two
# rates: neither a growth of what the sentence names nor a share of it. Left out; so is one in per-mille
# points (森林受害率0.0738‰,低于控制指标0.8262个千分点), no count of 个.
PERCENTAGE_POINTS = ("个百分点", "个千分点")
BARE_WAN_LEFT_OUT = (
    "a figure in 万 without 元 whose label names no money (资金, 经费, 费, 支出, 收入, 合计 …): left out, as 万 "
    "may count people or things"
)
# A label's bracketed qualifier (地方一般公共预算收入(同口径)完成: the scope it is counted in), passed over where the
# label's words are looked at for a figure in 万 without 元.
LABEL_QUALIFIER_RE = re.compile(r"[(（][^()（）]{1,12}[)）]|[(（]")  # (or its bracket alone: the label cut inside it)
# The end of a label that names money, for a figure printed in 万 without 元 — the money's noun, or it and the verb
# stating the figure (一般公共预算收入完成112853万, 支出共计…), or 收支 (收支较上年决算数减少76.03万: the label of a
# change is what changed).
BARE_WAN_LABEL_RE = re.compile(
    r"(?:资金|经费|预算|补助|拨款|投资|收入|支出|收支|成本|金额|费用?|款|额|合计|总计|结余|结转|决算)数?"
    r"(?:完成|实现|达到|共计|累计|合计|总计|为|是)?$"
)
# A paragraph that names money (its nouns, 资金 经费 预算 收入 支出 财政 费 税 资产 …, anywhere in it), for a figure
# printed in 万 without 元 whose own label does not (税务系统完成94740万,占年计划85000万的111.46%; 增值税63728万,占
# 调整预算109.9%; 项目资金到位情况分析。该项目603万均已到位): the page prints its money in 万, so the figure is money —
# unless its label names what 万 counts (人口, 游客, 面积, 产量 …: 全县人口45万,财政收入…; 惠及群众5万).
MONEY_NOUN_RE = re.compile(
    r"资金|经费|预算|拨款|投资|补助|补贴|奖补|贴息|收入|支出|收、?支|财政|费|税|资产|金额|成本|结余|结转|租金|工资"
)
COUNTED_LABEL_RE = re.compile(
    r"(?:人口|人数|人次|户数|游客|群众|居民|农户|学生|职工|员工|患者|老人|儿童|用户|会员|粉丝|面积|[产数销流用]量|"
    r"访问量|阅读量|浏览量|点击量|存栏|出栏|亩|株|册|次数|受益|惠及|覆盖|带动|就业|服务)[^\u4e00-\u9fff]*"
    r"[\u4e00-\u9fff]{0,4}$"
)
# (the figures as the document prints them go in the brackets: a warning quotes the document's own text)
# A count of households followed straight by the count of their people (1087户3261人): both the label's.
HOUSEHOLD_UNIT, PEOPLE_UNIT = "户", "人"
HOUSEHOLD_LABEL_RE = re.compile(r"户数|户$")
# A figure before the households' in their clause (its last number, no year or date, with no clause mark after it,
# within a label's reach).
CLAUSE_FIGURE_BEFORE_RE = re.compile(r"\d(?![\d.]|\s*[年月日号])[^,，;；。:：\d]*$")
CLAUSE_REACH = 40
RUN_ON_LEFT_OUT = (
    "figures printed one after another with no words between them ({}): a flattened table's cells, "
    "whose columns are not known here; left out"
)
# Numbers printed without a unit right before a figure, spaces between (财政补助收入 6909800 55508400 48598600
# 703.33%, 及时 及时 20 20 =100%): a table's row flattened with spaces, its cells' columns (2016年, 2017年, 增减值,
# 增减%) in a header the sentence reader does not see — the figure is the row's last cell, not what its words say.
# Tried only where the words before a figure end with a digit (see :func:`_words_before`).
# The figure's label is the words before those cells (基本支出 93199.91 75.99%: 基本支出's share); but a rate that is
# the growth of the cells before it (6909800 → 55508400, +48598600: 703.33%) is the row's 增减% column, no share of
# anything: left out, as which years it compares the sentence reader cannot tell.
BARE_CELLS_RE = re.compile(r"(?:(?<![^\s|])[-−+]?\d[\d,]*(?:\.\d+)?\s+)+\Z")
BARE_CELLS_WINDOW = 120
CELL_NUMBER_RE = re.compile(r"[-−+]?\d[\d,]*(?:\.\d+)?")
GROWTH_CELLS_LEFT_OUT = (
    "a rate after numbers printed without a unit that is their growth (财政补助收入 6909800 55508400 48598600 "
    "703.33%): a table's row flattened with spaces, its 增减% column; left out"
)
RATIO_CELLS_LEFT_OUT = (
    "a rate after numbers printed without a unit that is their ratio (2300.67 2300.67 100%) on a line naming no "
    "row: a table's row flattened with spaces, its 执行率 column, of no label; left out"
)
# A run of eight digits or more inside a label (中央财政资金(万元)252.80000052.800000): cells' numbers printed
# together, not a name — no label, and the figure is left out (not given to the subject before it).
RUN_DIGITS_RE = re.compile(r"\d{8}")
RUN_DIGITS = "run_digits"
RUN_DIGITS_LEFT_OUT = (
    "a label holding a run of eight digits or more (财政补助收入69098005550840048598600): numbers of cells printed "
    "together, no label; left out"
)
# An equals sign before a figure, not after a number or a bracket (按时发放率=100%, 正向 = 24 人): a target's value,
# as ≥ and ≤ give a bound — not a computation's result (1075.8-466.42=609.38万元, 执行率(B/A)=95%).
EQUALS = "="
RESULT_BEFORE_EQUALS = frozenset("0123456789)%")
# A percentage opening a bracket whose words then close it (增值税收入(50%部分)672890万元, (40%的部分)): it
# says which part of the label the figures after it are of, no share stated; the aside is no part of the label.
QUALIFIER_RE = re.compile(r"[\u4e00-\u9fff]{1,8}\)")
QUALIFIER_ASIDE_RE = re.compile(r"\(\d[\d.]*%[\u4e00-\u9fff]{1,8}\)")
# A minus sign printed right before a figure (增长-5.2%, 增减 -76.87%, 结余-3万元): a change's direction, where the
# words say one; a figure of no change (an amount, a share, a count) or a decrease printed negative (减少-2万元) would
# lose its sign — left out. (Not a range's dash, 100%-80%: that follows the figure before.)
MINUS_SIGNS = "-−"
# What may stand right before a figure and change how it reads: a bracket (a part's percentage) or a minus sign.
MARKS_BEFORE = "(" + MINUS_SIGNS
# Signs of a multiplication before a percentage: a formula (执行率=执行数/预算数×100%), not a figure.
MULTIPLIED_BY = "×*✕＊"
SIGNED_LEFT_OUT = (
    "a figure printed with a minus sign whose words state no increase it can turn (减少-2万元, 结余-3万元): read "
    "without its sign it would be wrong; left out"
)
# Units of physical quantities (32.63公里, 0.5亩, 1100m, 12.5公顷, 3000吨; ingest/units.py): a measure, whose
# figure may have a fractional part — never money, never a count of things. A Latin symbol is recorded by the
# vocabulary's name (1100m → 米).
MEASURE_UNITS = frozenset(("公里", "亩", *PROSE_MEASURE_PATTERNS, *PROSE_LATIN_UNITS))
LATIN_MEASURE_UNITS = frozenset(PROSE_LATIN_UNITS)
# A word right after a measure (300米深机井, 30平方米管理用房, 约3500米公路沿线, 20m不等), or another figure
# (新建20米100吨水塔): the measure is an attribute of what follows, not a quantity the words before state — not
# read (以上, 左右, 及, 等 … are no such word).
MEASURE_ATTRIBUTE_RE = re.compile(r"(?!以上|以下|以内|左右|及|和|与|等|共|其中)[\u4e00-\u9fff\d]")
FRACTIONAL_COUNT_LEFT_OUT = "a count of things with a fractional part (2.5个): a count is whole; left out"
# A count's unit followed by other count units in brackets (馆藏档案资料合计共132697卷(册、盘、盒、件), 12个(处)):
# things counted in several units together — read as a count of the first unit, the bracket kept in the record's context
# (the seed's units, longest first).
MIXED_UNITS_RE = re.compile(
    r"\((?:{0})(?:[、,/](?:{0}))*\)".format(
        "|".join(sorted((u for u, k in UNIT_KINDS.items() if k == "count" and "/" not in u), key=len, reverse=True))
    )
)
PERCENTAGE_POINTS_LEFT_OUT = (
    "a difference in percentage points (个百分点): neither a growth nor a share of the label; left out"
)
# A web page's counter of its readers (浏览:1047次, 阅读次数, 点击量), printed beside the disclosure.
PAGE_COUNTER_RE = re.compile(r"(?:浏览|阅读|点击)(?:量|次数|次|数|人次)?$")
# The noun a count is of, printed after it (现有学生683人,22个教学班): short, up to a separator.
# (or up to 每, each of them: 4个示范县每县补助1000万元; or up to 及 / 和 / 与 and the next count: 1辆X及2个…)
JOINERS = ("及", "和", "与")
# (or 、 and the next count: 全县15家乡镇卫生院、5家政府办社区服务机构、190家村卫生室 — a list of counts, each of the
# noun after it)
NOUN_BEFORE_NEXT_COUNT_RE = re.compile(r"[\u4e00-\u9fff]{2,10}(?<!以)(?:[及和与]|、\s*)\d")
# (a closing quote ends the noun too: 局下辖“17个大队、4个中队、1个服务中心”, a list quoted as the page prints it;
# and a bracket opening an aside on it: 对7171户脱贫户和监测对象(其中监测对象177户;…))
COUNTED_NOUN_RE = re.compile(
    r"(?!其中|分别|的|以上|以下|左右)(?P<noun>[\u4e00-\u9fff]{2,10})(?=[,。;、()”’」』]|每|(?:(?<!以)及|和|与)\d|$)"
)
# A label that is itself a change: 实际较上年增加资金, 比上年减少额.
CHANGE_IN_LABEL_RE = re.compile(
    r"(?:比|较|同比)[^,]{0,8}?(?P<word>" + "|".join(w for w, _ in CHANGE_WORDS if len(w) > 1 and w != "增减") + r")"
)
# 占 … % is a share; so is 完成…的 %, 执行率 %.
# (为年度预算的101.3%, 为调整预算的98%: the share of the budget the subject completes.)
# (为年预算的32.3%, 为年度预算(调整数)的105.4%, 达到收入计划的98%, 相当于年初预算的98%: the budget or plan, however
# qualified, is no label)
SHARE_RE = re.compile(
    r"占|完成|执行率|比重|比例|(?:为|达到|达|是|相当于)[^,:;。]{0,8}?(?:预算|计划|任务)[^,:;。]{0,8}?的"
)
# A ratio named by one word and 占比 (药占比, 耗占比: a hospital's drugs' and materials' share of its 医疗收入): the
# ratio's name is its label — the word alone names nothing, and the subject the sentence states is not what it is of.
RATIO_NAME = "占比"
LABEL_CHAR_RE = re.compile(r"[\u4e00-\u9fff]$")
# 执行率 right before its figure (预算执行率为100%): the rate's own name, the label with the words before it.
# (预算完成率98%: the same; 预算执行率(B/A) 100%: its formula no part of it; 预算执行率权重:10%: the rate's weight)
EXECUTION_RATE_RE = re.compile(r"(?P<rate>执行率(?:权重)?|(?<=预算)完成率)(?:\([^()]{1,8}\))?(?:为|是|达到|达|:)?$")
# Leading words that are not part of a label.
LABEL_HEAD_RE = re.compile(
    r"^(?:[一二三四五六七八九十]是)?(?:(?:主要)?原因是|其中|包括|主要是|主要为|分别为|具体为|具体是|另外|此外|同时|加上(?![级年解])|加|减|含|合计中)?[:]?"
    r"(?:\d{1,2}[.、)]|\(\d{1,2}\)|[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\))?"
    rf"(?:{YEAR}年(?:度)?(?:末|底)?(?:的)?(?:,)?)?"
)
# The names of an indicator's levels heading a sentence of a self-evaluation report, with their points and
# the words of the analysis after them (产出指标(40分)数量指标为…, 满意度指标情况分析…): no part of the label.
LEVEL_HEAD_RE = re.compile(
    r"^(?:(?:[\u4e00-\u9fff]{0,6}?(?:产出|效益|满意度|数量|质量|时效|成本|影响|发展))指标(?:\(\d+分\))?"
    r"(?:完成情况分析|情况分析|完成情况|为|:)?)+"
)
# Trailing verbs and fillers between a label and its number.
# (never a bare 计: it ends 合计 and 总计)
LABEL_TAIL_WORDS = ("总计为", "合计为", "达到", "共计", "实际", "安排", "拨入", "为", "是", "达", "约", "了")
LABEL_TAIL_NOUNS = ("实际支出数", "决算数", "预算数", "执行数", "数")
# A modal verb before a tail noun (应执行数, 需支付数): the noun names what is due, no part to strip.
MODAL_ENDS = ("应", "需", "须", "拟")
TAIL_WORD_ENDS = frozenset(word[-1] for word in LABEL_TAIL_WORDS)
# 资金安排 is what a source's money pays for (上年结转结余资金安排 0 元: the part of a purchase paid from
# the carryover), a noun the label keeps — without it the label would name the carryover itself.
FUNDS_ARRANGED = "资金安排"
# 下达 (funds issued: 共计下达61.8万元) is a verb of its own, not 下 and the filler 达 (共计下 names nothing).
ISSUED = "下达"
# The generic nouns of money (资金执行数676.8万元): stripped of its tail noun, the label would name nothing but
# money — the tail noun stays (资金执行数, not 资金).
GENERIC_MONEY_NOUNS = ("资金", "经费")
# A measure word before 数 makes a count's noun (次数, 人数, 户数, 个数, 件数), not a filler 数 to strip.
MEASURE_WORDS_BEFORE_NUMBER = ("次", "人", "户", "个", "件", "场", "台", "辆", "名", "家", "所", "项")
# What a label must contain: two CJK characters in a row (a bare 为 or 比上年 is no label).
LABEL_WORD_RE = re.compile(r"[\u4e00-\u9fff]{2}")
# A year ending a label (收入预算2023年 | 年初预算数): when, not what.
TRAILING_YEAR_RE = re.compile(rf"{YEAR}年度?$")
# Words after which a clause lists its parts (项目支出包括委员活动经费36.3万元: the label is the part).
LIST_WORDS = ("包括", "其中", "含")
LIST_WORD_RE = re.compile("|".join(LIST_WORDS))
# A number inside a label that ends another figure or a date (``…安排0其他资金``, ``…2023-12-31项目总
#投资``): the label is what follows it. Numbers that qualify a noun (2023年, 第3季度, 2辆) stay.
LABEL_NUMBER_RE = re.compile(
    r"\d[\d.,\-/]*(?=\(?[\u4e00-\u9fff])(?!\(?(?:[年月日季号期级类批次届个名辆人台多余左]|项(?!目)))"
)
# Longest label kept (longer: the clause is narrative, its last words are kept).
MAX_LABEL_CHARS = 30
# The words between a count of things and a money figure right after it when they are only the noun
# counted (年初批复预算8个项目985万元: 项目, the thing counted, says nothing of the money): CJK characters
# and spaces, at most a counted noun's length (see :data:`COUNTED_NOUN_RE`) and a verb a label sheds
# (共计, 为), none a modifier's 的 (6个月的人员给予…: the count is a duration, not of the noun).
COUNTED_NOUN_ONLY_RE = re.compile(r"\s*(?:[\u4e00-\u9fff](?<!的)\s*){1,10}")
# Units that count things (projects, works, units: 8个项目, 3项工程, 2家单位) — not people, who do
# what the money is for (20名群众务工增收5000元, 1039名劳动者追讨工资…).
# A one-character noun closing its clause right after a count in 个 (112个班、, 15个村,): what the count is of.
# (个月 is a duration, 个人 people: neither is a thing counted.)
ONE_CHARACTER_NOUN_RE = re.compile(r"(?![月人])[\u4e00-\u9fff](?=[、,;。)”’」』]|$)")
ONE_CHARACTER_NOUN_LEFT_OUT = (
    "a count of the one-character noun printed right after it (112个班): not of the words before; left out"
)
THING_COUNT_UNITS = frozenset(("个", "项", "家", "所", "批次", "台套", "台", "间", "座", "处", "套"))
# A label whose last word names money (8个项目资金120万元: 资金 is what the money is; 项目经费, 项目预算):
# the words after the count say what the money is, not only what was counted.
MONEY_NOUN_END_RE = re.compile(r"(?:资金|经费|预算|补助|拨款|投资|收入|支出|成本|金额|费用?|款|额)数?$")


def _strip_tail(text: str) -> str:
    """Verbs and fillers off a label's end (``公务接待费支出决算数为`` → ``公务接待费支出``)."""
    while text and text[-1] in TAIL_WORD_ENDS:  # most labels end in a noun: no word to look for
        for word in LABEL_TAIL_WORDS:
            if text.endswith(word) and not (word == "安排" and text.endswith(FUNDS_ARRANGED)) and not (
                word == "达" and text.endswith(ISSUED)
            ):
                text = text[: -len(word)]
                break
        else:
            break
    if text.endswith("数"):  # every tail noun ends with 数
        for noun in LABEL_TAIL_NOUNS:
            if text.endswith(noun):
                head = text[: -len(noun)]
                # (全年应执行数: what was due, the noun after a modal is the label's own, not its field's)
                if noun == "数" and head.endswith(MEASURE_WORDS_BEFORE_NUMBER):
                    return text  # 派车次数, 人数, 户数: the number of things, a noun of its own
                return text if head.endswith(MODAL_ENDS) or head in GENERIC_MONEY_NOUNS else head
    return text


# A comparison that states no change (与上年持平, 较上年无增减) run into the next clause's label for want of a
# comma (…决算支出数为0万元,与上年持平公务接待费预算数为310.37万元): a clause of its own, not the label's head.
SETTLED_COMPARISON_RE = re.compile(
    rf"^(?:与|比|较|同)(?:上一?年|去年|{YEAR}年)度?(?:同期)?(?:决算数?|预算数?)?"
    r"(?:持平|相同|一致|相当|无增减|无变化)"
)


# A name the clause gives what it lists, in brackets (出国(境)经费、…、公务接待费(简称“三公”经费)支出合计): the
# label is that name and the words after it — not the last thing listed.
SHORT_NAME_RE = re.compile(r"\((?:以下)?简称(?P<name>[^()]{2,12})\)")


def clean_label(text: str) -> str | None:
    """The label a clause gives its number: ``其中:公务接待费支出决算数为`` → ``公务接待费支出``."""
    text = "".join(text.split()).strip(",:;、")
    original = text
    if text[:1] in "与比较同" and (settled := SETTLED_COMPARISON_RE.match(text)):
        text = text[settled.end() :]
    text = LABEL_HEAD_RE.sub("", text, count=1).strip(" ,:()")
    if "原因" in text:
        if text.endswith(REASON_WORD):
            # 主要原因较上年减少了4名: the reason's heading, no name of what changed; 还本支出因收舍原因增加1万元: the
            # words before the reason's aside
            text = REASON_TAIL_RE.sub("", text)
            if not LABEL_WORD_RE.search(text):
                return None
        if (said := max(text.rfind("原因是"), text.rfind("原因为"))) >= 0 and LABEL_WORD_RE.search(text, said + 3):
            text = text[said + 3 :]  # 资金未执行完的主要原因是剩余未执行完的0.38万元: the words after the reason's verb
    if "情况" in text:  # 项目资金到位情况分析下达…补助资金: an analysis heading run into the label
        text = ANALYSIS_HEADING_RE.sub("", text, count=1)
    if "指标" in text and (unlevelled := LEVEL_HEAD_RE.sub("", text, count=1)) and LABEL_WORD_RE.search(unlevelled):
        text = unlevelled  # 满意度指标情况分析大学生实习实训工作满意度: the indicator, not its level's heading
    text = TRAILING_YEAR_RE.sub("", _strip_tail(text)).strip(" ,:")
    text = text.replace("“", "").replace("”", "").replace('"', "")
    if "简称" in text and (short := SHORT_NAME_RE.search(text)):
        text = short.group("name") + text[short.end() :]
    numbers = list(LABEL_NUMBER_RE.finditer(text))
    if numbers and LABEL_WORD_RE.search(text[numbers[-1].end() :]):
        # (人员 30 (事业编制 10 人: the words after the bracket the number before it opened)
        text = text[numbers[-1].end() :].lstrip("(")
        close = text.find(")")
        if close >= 0 and "(" not in text[:close] and LABEL_WORD_RE.search(text, close + 1):
            text = text[close + 1 :]  # (…维护5座)补助资金: the aside the number's unit closes is no part of it
    text = text.rstrip("=<>≥≤")
    if text.endswith("(") or text.endswith("("):
        return None  # 补助资金(2021年度4个…: a figure inside an aside the words before it do not name
    if text.count("(") > text.count(")") and original.endswith(")"):
        text += ")"  # 特别扶助其他人员(手术并发症)7人: the bracket the label opened closes it
    if CHECK_MARK in text:  # 类√项目概况…: a form's checkbox and the words before it are no part of the label
        text = text[text.rfind(CHECK_MARK) + 1 :]
        text = YES_NO_RE.sub("", text, count=1)  # 是否实施政府采购√是□否应采购金额: the form's yes / no choice
    if len(text) > MAX_LABEL_CHARS:
        text = text[-MAX_LABEL_CHARS:]
    if text in TIME_WORDS:
        return None  # 年中增加8个项目: when, not what changed
    return text if LABEL_WORD_RE.search(text) else None


REASON_WORD = "原因"
REASON_TAIL_RE = re.compile(r"(?:主要|由于[\u4e00-\u9fff]{0,8}?|因为?[\u4e00-\u9fff]{0,8}?)?原因$")
# A section heading that announces an analysis (项目资金到位情况分析, 预算执行情况说明) run into the label after it.
ANALYSIS_HEADING_RE = re.compile(r"^[\u4e00-\u9fff]{2,16}?情况(?:分析|说明)(?=[\u4e00-\u9fff]{2})")
# A form's tick mark (项目类型 类√): what stands before it is the form's, not the label's.
CHECK_MARK = "√"
# A time of the year standing alone before a figure (年中增加8个项目): it names when, not what.
# (not 上年, 年初 …: the year or the budget a compared figure is of, 上年决算数280元, keeps them as its label)
TIME_WORDS = frozenset(("年中", "上半年", "下半年"))
# A form's yes / no choice left after its tick (√是□否, □是√否): no part of the label after it.
YES_NO_RE = re.compile(r"^(?:是□否|否□是|是(?!否)|否)(?=□|[\u4e00-\u9fff]{2})")


# A bare zero (安排0): no decimals printed, read as 0.00 元.
ZERO_YUAN = Decimal("0.00")
# The kind of figure a unit makes (any other unit: a count).
KIND_OF_UNIT = {
    **dict.fromkeys((*MONEY_UNITS, BARE_WAN), "money"), "%": "percent",
    **dict.fromkeys(PERCENTAGE_POINTS, "percent"), "分": "score",
}
# The unit recorded for a percentage or a score (a count keeps its printed unit).
UNIT_OUT = {"percent": "percent", "score": "point"}


def _field_and_direction(before: str, kind: str) -> tuple[str, str | None]:
    """``amount`` / ``count`` / ``budget_initial`` / ``change`` / ``change_pct`` / ``share_pct``
    from the words right before a number."""
    tail = before[-10:]
    change = CHANGE_TAIL_RE.search(tail) or COMPARED_CHANGE_TAIL_RE.search(tail)
    if change:
        direction = DIRECTION_OF[change.group("word")]
        return ("change_pct" if kind == "percent" else "change"), direction
    if kind == "percent":
        return "share_pct", None
    if kind == "money" and BUDGET_TAIL_RE.search(tail):
        return "budget_initial", None
    if kind == "score":
        return "score", None
    return ("amount" if kind == "money" else "count"), None


# A change printed with both directions, one in brackets (增加(减少)67.65万元, 增长(下降)0%: a template's
# placeholder the page kept): which it is, is not printed — left out.
BOTH_DIRECTIONS_RE = re.compile(r"(?:增加|增长|减少|下降)\((?:增加|增长|减少|下降)\)$")
# A bracketed aside right before a number (比上年同期下降(以下简称“下降”)6.3%): the words before it say
# what the number is.
ASIDE_RE = re.compile(r"\([^()]{1,20}\)$")


def _without_aside(before: str) -> str:
    """``before`` without a bracketed aside at its end (see :data:`ASIDE_RE`)."""
    return ASIDE_RE.sub("", before) if before.endswith(")") else before


# A bracketed aside that holds a clause break (县(市、区), 占预算(预算调整数,下同)的): its breaks are not the
# clause's, and its words not the label's.
LISTING_ASIDE_RE = re.compile(r"\([^()]*[,:、][^()]*\)")


# The end of a clause that only compares (收入支出总体与上年相比,增加…): the change in the next clause is of
# what it names.
COMPARED_CLAUSE_END = "相比"


# A sentence setting targets (绩效目标是:…, 年度目标:…, 目标为…): its figures are targets, not amounts — not
# 目标完成情况 (how the targets were met).
GOAL_CLAUSE_RE = re.compile(r"目标(?:是|为)[:：]?|目标[:：]")
GOAL_WORD = "目标"  # (every match of GOAL_CLAUSE_RE holds it)
TARGET_STAGE = "target"  # (StatedFigure.stage of a figure in a goal clause)
# A target heading opening its line (a numbering or a cell separator before it), then a colon or a cell separator
# (年度目标:…, (二)项目当年度目标:…, 年度绩效目标(文字) | …): the line's target list is ingest.plain_quantities'
# to read, item by item (its labels, its bounds); the sentence reader leaves the figures of its goal clause out.
TARGET_LIST_HEADING_RE = re.compile(
    r"^[\s|]*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}[、.．])?\s*"
    r"(?:项目)?(?:当年度|本年度|年度|当年|全年|总体|年度总体)?(?:绩效)?目标(?:[(（]文字(?:描述)?[)）])?\s*(?:[:：]|\|)"
)
TARGET_HEADING_SPAN = 30  # (how much of the goal's line is looked at for such a heading)
# What opens the part of a goal sentence stated as done (项目目标:…21实际完成:资助…230人, 目标…;完成情况:…): its
# figures are no targets.
DONE_RE = re.compile(r"实际完成|完成情况|实际执行|实际发放")
# What ends a reference to another document in a label: its title's 》, its number's 号) or 号].
REFERENCE_ENDS = ("》", "号)", "号]")


# A clause that is only a total's word, which names nothing (…资金(水利部分),共计6800万元; 合计为 — not 合计 alone,
# a label of its own): the total of what the clause before it names.
TOTAL_CLAUSE_RE = re.compile(r"(?:共计|合计|总计)(?:为|是|达)?")


# A bracketed aside right before a number saying what the figure includes or leaves out (含专用结余, 不含中药饮片): the
# label is the words before it, not the words inside (which 含 would otherwise make a listed part).
SCOPE_ASIDE_RE = re.compile(r"\((?:不含|含|包括|不包括|包含)[^()]{1,20}\)$")


# A list's item abbreviated to one or two characters (上划中、省、市收入: 中央、省、市): no label of its own.
ABBREVIATED_ITEM_RE = re.compile(r"[\u4e00-\u9fff]{1,2}")


def _abbreviated_list_start(before: str, cut: int) -> int:
    """Where the clause of ``before`` ending in a list of abbreviated names starts (上划中、省、市收入: the list is
    one label), given the last 、 at ``cut``; ``cut`` where the item before it is no abbreviation (办公费、印刷费)
    or has no break before it in ``before``."""
    start = cut
    while start > 0 and before[start] == "、":
        previous = max(before.rfind(",", 0, start), before.rfind(":", 0, start), before.rfind("、", 0, start))
        if previous < 0 or not ABBREVIATED_ITEM_RE.fullmatch(before, previous + 1, start):
            # (the list's first item, with the words before it; an item right after the figure before, 48个项目、
            # 腾冲市来凤山管理所4个项目, is that figure's noun, no list's)
            return previous if start != cut else cut
        start = previous
    return start


def _own_label(before: str, field: str) -> str | None:
    """The label the clause right before a number names, or None if it names none.

    ``1、收入:792.22万元``: a clause that is empty after a colon takes the words before the colon.
    An aside holding a clause break is left out first (``市级(市本级、“三区”)一般公共预算收入`` →
    ``市级一般公共预算收入``)."""
    if ")" in before and "(" in before:
        before = LISTING_ASIDE_RE.sub("", before)
        if "%" in before:  # 增值税收入(50%部分): the part the label means
            before = QUALIFIER_ASIDE_RE.sub("", before)
    cut = max(before.rfind(","), before.rfind(":"), before.rfind("、"))  # CLAUSE_BREAKS
    if cut > 0 and before[cut] == "、":
        cut = _abbreviated_list_start(before, cut)
    clause = before[cut + 1 :]
    if cut >= 0 and not LABEL_WORD_RE.search(clause) and before.endswith(":"):
        previous = max(before.rfind(",", 0, cut), before.rfind(":", 0, cut), before.rfind("、", 0, cut))
        clause = before[previous + 1 : cut]
    elif cut > 0 and before[cut] == "," and field == "amount" and TOTAL_CLAUSE_RE.fullmatch(clause) and (
        clean_label(clause) is None
    ):
        # …资金(水利部分),共计6800万元: the total of what the clause before names
        previous = max(before.rfind(",", 0, cut), before.rfind(":", 0, cut), before.rfind("、", 0, cut))
        clause = before[previous + 1 : cut]
    if clause.endswith(")") and (scope := SCOPE_ASIDE_RE.search(clause)):
        clause = clause[: scope.start()]  # 使用非财政拨款结余(含专用结余)0万元: what it includes is no label of its own
    clause = LIST_WORD_RE.split(clause)[-1]
    if field in ("change", "change_pct"):
        # 公务接待费比上年减少: the label is what stands before the comparison.
        comparison = COMPARISON_RE.search(clause)
        clause = clause[: comparison.start()] if comparison else CHANGE_TAIL_RE.sub("", clause)
        if BARE_COMPARED_RE.fullmatch(clause):  # 2015年预算增加1.7万元: a comparison whose 比 is not printed
            return None
        if cut > 0 and before.endswith(COMPARED_CLAUSE_END, 0, cut) and not LABEL_WORD_RE.search(clause):
            # 收入支出总体与上年相比,增加58.21万元: the clause before names what changed
            previous = _last_clause(before[:cut])
            previous = LIST_WORD_RE.split(previous)[-1]
            comparison = COMPARISON_RE.search(previous)
            clause = previous[: comparison.start()] if comparison else clause
    elif field == "budget_initial":
        clause = BUDGET_TAIL_RE.sub("", clause)
        if cut > 0 and before[cut] == ":" and clean_label(clause) is None:
            # 基本支出:2021年年初预算数为418.76万元: a heading, its colon, then only the budget's words (and its
            # year) — the budget is the heading's
            previous = max(before.rfind(",", 0, cut), before.rfind(":", 0, cut), before.rfind("、", 0, cut))
            clause = before[previous + 1 : cut]
            if (told := REPORT_HEADING_TAIL_RE.search(clause)) and LABEL_WORD_RE.search(clause, 0, told.start()):
                clause = clause[: told.start()]  # …经费项目绩效自评综述:全年预算数为45万元: the project's budget
    elif field == "share_pct":
        share = SHARE_RE.search(clause)
        if share and (rate := EXECUTION_RATE_RE.search(clause, share.start())) and rate.start() == share.start():
            clause = clause[: rate.end("rate")]  # 预算执行率100%: the rate names itself, not a share of the subject
        elif share and clause.startswith(RATIO_NAME, share.start()) and (
            clean_label(clause[: share.start()]) is None and LABEL_CHAR_RE.search(clause[: share.start()])
        ):
            clause = clause[: share.start() + len(RATIO_NAME)]  # 药占比28.5%: the ratio's name, not the subject's share
        else:
            clause = clause[: share.start()] if share else clause
    if "》" in clause or "号" in clause:  # …的通知》(宁财(农)指标[2022]605号)资金: the words after the reference
        clause = clause[max(clause.rfind(mark) + len(mark) for mark in REFERENCE_ENDS) :]
    return clean_label(clause)


# The words a heading adds to what it tells of (…项目绩效自评综述, 基本支出情况, 项目概况): no part of the label of a
# budget stated under it.
REPORT_HEADING_TAIL_RE = re.compile(r"(?:绩效)?(?:自评|评价)?(?:综述|情况|概况|说明)+$")


PRIOR_YEAR_BUDGET = "prior_year_budget"


def _compared_with(before: str) -> str | None:
    """What the words before a change say it is measured against: ``prior_year`` (比上年, 较上年度,
    与上年相比, 同比), ``budget`` (比年初预算), a year as printed (比2019年 → ``2019``), or None."""
    compared = None
    for compared in COMPARED_WITH_RE.finditer(before):  # noqa: B007 (the last one before the number is its own)
        pass
    if compared is None:
        return "prior_year" if "同比" in before else None
    if compared.group("prior_budget"):
        return PRIOR_YEAR_BUDGET  # 比上年预算数字下降35.45%: against last year's budget, not its final
    return "prior_year" if compared.group("prior") else compared.group("year") or "budget"


def _last_clause(before: str) -> str:
    """The words of ``before`` after its last clause break (see :data:`CLAUSE_BREAKS`)."""
    return before[max(before.rfind(","), before.rfind(":"), before.rfind("、")) + 1 :]


@functools.lru_cache(maxsize=16384)
def _reading(before: str, kind: str) -> tuple[str | None, str | None, str | None, bool, bool, str | None]:
    """(field, direction, label, zero allowed, comparison label, compared with) the words
    ``before`` a number of ``kind`` give it in its clause, worked out once per distinct wording:
    documents repeat their sentences' frames. *zero allowed*: a bare 0 there is money (a money label
    ends the clause); *comparison label*: the label is only a comparison (比上年), no one's name;
    *compared with*: what a change is measured against (:func:`_compared_with`). An amount whose
    label is itself a change (较上年增加资金418.98万元) is that change. A money amount after a clause
    that only compares with a year (比上年18.39亿元) is that year's: direction :data:`PRIOR`, no label."""
    if before.endswith(")") and (both := BOTH_DIRECTIONS_RE.search(before)) and (
        DIRECTION_OF[both.group()[:2]] != DIRECTION_OF[both.group()[3:5]]
    ):
        return None, None, None, False, False, None  # 增加(减少)67.65万元: no figure (nor a subject)
    field, direction = _field_and_direction(_without_aside(before), kind)
    label = _own_label(before, field)
    if kind == "score" and label is not None and label.endswith(SCORE_OBTAINED):
        label = clean_label(label[:-1])  # 奖补资金到位及时率得2分: the item's score, 得 no part of its name
    zero_allowed = label is not None and field == "amount" and ZERO_LABEL_RE.search(before) is not None
    if field == "amount" and kind == "money" and label in SPENDING_CHANGE_WORDS:
        # 支出数为459989万元,…,增支42991万元: a clause of 增支 / 减支 alone is the subject's change, no thing
        # named (增收 alone stays what money brings: 带动群众务工增收5000元)
        return "change", DIRECTION_OF[label], None, False, False, None
    if field == "amount" and label is not None and (named := CHANGE_IN_LABEL_RE.search(label)):
        field, direction = "change", DIRECTION_OF[named.group("word")]
    if field == "amount" and kind == "money" and PRIOR_CLAUSE_RE.fullmatch(_last_clause(before)):
        return field, PRIOR, None, False, False, _compared_with(before)  # 比上年18.39亿元增加…: last year's
    if field == "amount" and kind == "money" and (
        repeated := PRIOR_SUBJECT_CLAUSE_RE.fullmatch(_last_clause(before))
    ) and not CHANGE_IN_SUBJECT_RE.search(repeated.group("subject")):  # 较2017年部门预算收入总数8014212.00元
        return ("budget_initial" if "预算" in repeated.group("subject") else field), PRIOR, None, False, False, (
            _compared_with(before)
        )
    if field in ("amount", "budget_initial") and kind == "money" and (
        budget := BUDGET_CLAUSE_RE.fullmatch(_last_clause(before))
    ):  # 较预算数1237万元减少…: the budget; 比2021年预算601.16万元增加…, 比2022年年初预算数3683.76万元: 2021's budget
        compared = _compared_with(budget.group()) if budget.group("year") else "budget"
        return "budget_initial", PRIOR, None, False, False, compared
    if field in ("amount", "budget_initial") and kind == "money" and before.endswith(BUDGET_ENDS) and (
        over := BUDGET_DIFFERENCE_RE.search(before)
    ):  # 决算数大于预算数55.93万元: how far the subject's final account is from its budget
        return "change", DIFFERENCE_DIRECTION[over.group("word")], None, False, False, "budget"
    if field == "share_pct" and label is not None and label[0] in COMPARED_RATE_HEADS and not label.startswith(
        SHARE_WORDS_AT_HEAD
    ):
        return None, None, None, False, False, None  # 比全省平均水平(17.9%)高…: the rate compared with, no share
    if field in ("amount", "count") and label is not None and COMPARED_LABEL_RE.match(label):
        label = None  # 比上年度少3辆: a difference from a year, naming no thing it counts
    if field == "count" and label is not None and PAGE_COUNTER_RE.search(label):
        label = None  # 浏览:1047次: the web page's view counter, printed above the document
    compared = _compared_with(before) if field in ("change", "change_pct") else None
    if compared is None and field in ("change", "change_pct") and OVER_BUDGET_TAIL_RE.search(before):
        compared = "budget"  # 超收0.5亿元: above the budget
    comparison_label = label is not None and COMPARISON_RE.fullmatch(label) is not None
    return field, direction, label, zero_allowed, comparison_label, compared


# Words ending a count's label that say who has the things counted (学校现有40个教学班, 下属共有6个事业单位): the
# noun after the count names them.
HAVING_WORDS = ("现有", "共有", "拥有", "设有", "下设", "现辖", "下辖")
# Words that end a list or join two (留言板等, 展区以及): a label ending with one names no counted thing
# (not 及 or 和 alone: 涉及, 本级决算和…).
LIST_END_WORDS = ("等", "以及")
# The word closing a list of names before their count (…后勤队、经营队等13个队: the noun after the count names them).
LIST_CLOSING_WORD = "等"
# Points printed in parentheses, alone or after an indicator tier's name or a weight's word, are
# what the indicator weighs (its 分值 / 权重), not a score obtained: 产出指标(50分), (个性指标70分),
# (分值:20分), (权重 10 分) — not (得分90分), whose word names a score.
WEIGHT_BEFORE_RE = re.compile(r"\((?:[\u4e00-\u9fff]{0,8}指标|分值|权重|满分|标准分)?:?$")
# The words of a scoring rule right before its points (评分标准: 每少1项扣1分, 超出10%以内扣2分, 否则0分): points a
# rule takes, not a score obtained (not 得: 自评得100分 is the score obtained, as 得分 is).
SCORING_RULE_RE = re.compile(r"(?:扣|否则)$")
# Words of a bound right before a percentage (超过60%, 不低于95%, 高于): the rate passed or held to, not the rate;
# a bound not reached too (预算执行率未达到100%, 未能达到, 没有达到: the rate is below it, and not printed). Its own
# words, not the vocabulary's BOUND_WORDS: there 达到, 至少, 大于 … name a bound, here 执行率达到95% states a rate.
BOUND_WORDS_BEFORE_RE = re.compile(r"(?:超过|超出|高于|低于|不低于|不少于|不超过|不高于|不足|未能?达到?|没有?达到)$")
# What :func:`_words_before` gives a number that is no figure: the points an indicator weighs
# (产出指标(50分)), or a target's bound (≥50个), after which no subject stands either.
WEIGHT, BOUND = "weight", "bound"


# A percentage printed as an indicator's target value (合格率:指标值为“100%”, 年度目标值:95%) or as a ratio to the
# previous year (企业所得税12075万元,为上年的97%): see :func:`_words_before`; left out with a warning.
TARGET_VALUE_RE = re.compile(r"(?:^|[,:、])(?:年度|全年)?(?:指标|目标)值(?:为|是)?[:“\"]*$")
RATIO_TO_PRIOR_RE = re.compile(r"(?:^|[^\u4e00-\u9fff]|为|是)(?:上一?年度?|去年)(?:同期)?的$")
NOT_STATED = "not_stated"
NOT_STATED_LEFT_OUT = (
    "a percentage printed as an indicator's target value or as a ratio to the previous year: neither a share nor "
    "a growth of the sentence's subject; left out"
)


# A score printed with no label of its own after figures of another kind (money, counts): the item a numbered
# paragraph heads before its colon (``(1)奖补资金到位率:收到…资金96万元,…。得2分。``) where the score is what
# the item obtained (得); else left out with a warning.
SCORED_ITEM_RE = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}[.、])\s*(?P<name>[\u4e00-\u9fff]{2,20})[:：]")
SCORE_OBTAINED = "得"
SUB_ITEM_RE = re.compile(r"(?:^|(?<=[:;。,]))\s*\d{1,2}[、.](?!\d)")
SCORE_OWNER_LEFT_OUT = (
    "a score without a label of its own after figures of another kind (money, counts): whose score it is the "
    "sentence does not say; left out"
)


# A budget execution report's sentence stating a figure, then its adjustment or its execution (…收入为101930万元,
# 经报人大常委会批准,调整为104500万元,实际完成105286万元; …支出为99917万元,执行中因…): the first figure is the subject's
# budget (budget_initial); its adjusted budget too (budget_initial: the budget its execution is compared with, as the
# corpus records 全年预算数; an adjustment of nothing planned in the sentence is left out with a warning); what was
# done (实际完成, 完成) is the subject's amount.
PLAN_CHANGED_RE = re.compile(r"调整(?:后)?(?:为|到)\s*\d|执行中(?=[,因由])")
ADJUSTED_WORD, IN_EXECUTION_WORD = "调整", "执行中"  # (every match of PLAN_CHANGED_RE holds one)
APPROVED = "批准的"
CONGRESS_RE = re.compile(r"人大|代表大会|常委会")  # (who approves a budget)
ADJUSTED_LABELS = frozenset(("调整", "调整后"))
COMPLETED_ONLY_RE = re.compile(r"(?:实际)?(?:完成|执行)(?:数)?")
ADJUSTED_LEFT_OUT = "an adjusted budget of no subject its sentence states: left out"
SENTENCE_END_RE = re.compile("[。;!?]")


# A line that is only a numbered item's heading (1、基本支出, 2.项目支出): words, no figure, no stop.
ITEM_HEADING_LINE_RE = re.compile(r"\s*\d{1,2}\s*[、.]\s*[\u4e00-\u9fff]{2,12}\s*")
YEAR_WORD = "年"


def _after_item_heading(text: str, line_starts: Sequence[int], words_start: int, start: int, label: str) -> str | None:
    """The label of the words on the figure's line where the line before, within the words before the figure, is only
    a numbered item's heading that the label ran on from (1、基本支出 / 2022年基本支出264.72万元 → 基本支出, not
    基本支出2022年基本支出); else None. ``text`` a paragraph's, the offsets in it."""
    heading = bisect_left(line_starts, words_start)  # the first line starting within the words before the figure
    if heading + 1 >= len(line_starts) or line_starts[heading + 1] > start:
        return None
    if not ITEM_HEADING_LINE_RE.fullmatch(text, line_starts[heading], line_starts[heading + 1]):
        return None
    own = clean_label(text[line_starts[heading + 1] : start])
    return own if own is not None and own != label and label.endswith(own) else None


def _sentence_end(text: str, start: int, limit: int) -> int:
    """Where the sentence that ``start`` is in ends (its break, or ``limit``)."""
    found = SENTENCE_END_RE.search(text, start, limit)
    return found.start() if found else limit


# A score above 100 is no score out of 100: digits of cells printed together (产出指标40|12分 → 4012分).
OVER_MAX_SCORE_LEFT_OUT = "a score above 100: digits of a table's cells printed together, no score; left out"
# A score above 100 stated in a sentence right after the words naming it a score (自评得分102.8分。): bonus points a
# scheme gives on top of 100 (河南's 衔接资金 考核), read up to MAX_BONUS_SCORE — the score's word right before its
# figure (得分, 总分, 评分, then 为 / 是 / 达 / a colon) and the clause closing right after its 分; cells' digits
# printed together follow an indicator's name (产出指标4012分), or give more than a bonus.
MAX_BONUS_SCORE = Decimal(120)
BONUS_SCORE_BEFORE_RE = re.compile(r"(?:得分|总分|评分)(?:为|是|达到|达)?:?\s*$")
BONUS_SCORE_AFTER_RE = re.compile(r"\s*(?:[,;。!)]|\x00|$)")
# A sentence that opens by forecasting (预计2023年彩票销量14.5亿元, 预期带动…): its money is no amount.
FORECAST_START_RE = re.compile(r"\s*(?:预计|预期|预测)")
FORECAST_LEFT_OUT = "money in a sentence that opens with a forecast (预计, 预期): no amount spent or held; left out"
# A label that only allocates money (安排, 安排资金, 市财政下达, 另拨付专项资金): it names no thing the money is.
ALLOCATED_LABEL_RE = re.compile(
    r"(?:(?:中央|省|市|州|县|区|镇|乡)?(?:级)?(?:财政|本级))?(?:共|另|再|又|已|累计)?"
    r"(?:安排|下达|拨付|拨入|投入|分配|调剂)(?:了)?(?:专项|补助)?(?:资金|经费)?(?:共计?|合计)?"
)
# What money is for, right after it (资助…项目, 用于…, 支持…建设): the name up to the clause's end, one of
# 2 to 40 characters without a figure (a quoted phrase's 、 kept: 开展“敬老、爱老、扶老”活动).
PURPOSE_AFTER_RE = re.compile(
    r"\s*,?\s*(?:主要|专项|全部|专门)?(?:用于|资助|支持|补助|扶持|奖补)"
    r"(?P<name>(?:“[^”\d]{1,30}”|[^\d,;。:!?“”、]){2,40}?)(?=[,;。:!?]|\Z)"
)
# The fund a money figure that opens its clause is (10万元农村环境综合整治项目经费主要用于…, 10万元项目资金2017年内
# 已支出): a noun of 2 to 20 characters ending in 资金 / 经费 / 专款, then a clause's end, a year or a verb of what was
# done with it — not a modifier's 的 (10万元的资金).
MONEY_NOUN_AFTER_RE = re.compile(
    r" ?(?!的)(?P<name>[\u4e00-\u9fff]{2,20}?(?:资金|经费|专款))"
    rf"(?=[,;。:!?]|\s|\Z|{YEAR}年|主要|全部|已|用于|均|于|由|按|将|共)"
)
# A year starting the words after a figure (…其他资金859.6万元2023年支出…): a sentence whose break was lost, no cell.
YEAR_AT_RE = re.compile(YEAR_NAMED)
GLUED_CELLS_LEFT_OUT = (
    "a figure whose unit is followed right away by more digits: cells of a table printed together; left out"
)


# What :func:`_words_before` gives.
WordsBefore = tuple[int, bool, str | None, str | None, str | None, bool, bool, str | None, tuple[str, ...]]
NO_CELLS: tuple[str, ...] = ()


@functools.lru_cache(maxsize=16384)
def _words_before(segment: str, kind: str) -> WordsBefore:
    """What the words printed between the previous figure (or the paragraph's start) and a number
    of ``kind`` make of it, worked out once per distinct wording (a document repeats its sentences'
    frames, and documents their templates' — forty thousand figures of the corpus have under
    three thousand): (where the last sentence break in ``segment`` stands or -1, whether that break
    ends a whole sentence, then :func:`_reading` of the words after it — or field None and
    :data:`WEIGHT` / :data:`BOUND` for a number that is no figure), and the numbers printed without a unit
    right before it, spaces between (a flattened row's cells, :data:`BARE_CELLS_RE`: not read as the label's)."""
    last_break = LAST_BREAK_RE.search(segment)
    broken_at = last_break.start() if last_break else -1
    after_sentence = last_break is not None and segment[broken_at] in SENTENCE_ENDS
    trimmed = segment.rstrip()
    if trimmed[-1:] == EQUALS and trimmed[-2:-1] not in RESULT_BEFORE_EQUALS:  # 按时发放率=100%: a target
        return broken_at, after_sentence, None, BOUND, None, False, False, None, NO_CELLS
    words_end, cells = len(segment), NO_CELLS
    if trimmed[-1:].isdigit() and len(trimmed) < len(segment) and (
        run := BARE_CELLS_RE.search(segment, max(broken_at + 1, len(segment) - BARE_CELLS_WINDOW))
    ):  # 财政补助收入 6909800 55508400 48598600 703.33%: a flattened row's cells, then the figure
        words_end, cells = run.start(), tuple(CELL_NUMBER_RE.findall(run.group()))
    before = "".join(segment[broken_at + 1 : words_end].split())
    if kind == "score" and WEIGHT_BEFORE_RE.search(before):  # 产出指标(50分), (个性指标70分): no score
        return broken_at, after_sentence, None, WEIGHT, None, False, False, None, cells
    if kind == "score" and SCORING_RULE_RE.search(before):  # 每少1项扣1分, 否则0分: a rule, no score obtained
        return broken_at, after_sentence, None, WEIGHT, None, False, False, None, cells
    if before.endswith(BOUND_SIGNS):  # 年度指标值 ≥50个, ≤90万元: a target's bound, no figure stated
        return broken_at, after_sentence, None, BOUND, None, False, False, None, cells
    if kind == "percent" and BOUND_WORDS_BEFORE_RE.search(before):  # 城市化率首次超过60%: a bound passed, no rate
        return broken_at, after_sentence, None, BOUND, None, False, False, None, cells
    if kind == "percent" and (TARGET_VALUE_RE.search(before) or RATIO_TO_PRIOR_RE.search(before)):
        # 合格率:指标值为“100%”: an indicator's target (its name before the colon); 为上年的97%: a ratio to last
        # year, neither a share of the subject nor its growth — no figure of the sentence's
        return broken_at, after_sentence, None, NOT_STATED, None, False, False, None, cells
    reading = _reading(before, kind)
    if reading[2] is not None and RUN_DIGITS_RE.search(reading[2]):  # …(万元)252.80000052.800000: cells, no label
        return broken_at, after_sentence, None, RUN_DIGITS, None, False, False, None, cells
    return (broken_at, after_sentence, *reading, cells)


@functools.lru_cache(maxsize=16384)
def _segment(
    segment: str, kind: str, document_year: int | None = None
) -> tuple[bool, int, int, str, bool, bool, bool, WordsBefore, bool]:
    """What :func:`_figures` asks of the words printed between the previous figure (or the paragraph's
    start) and a number of ``kind``, worked out once per distinct wording as :func:`_words_before` is:
    whether they are only spaces and pipes (the number runs on from the one before), how many brackets
    they open and close, their text without whitespace, whether they end with a closing bracket, or with
    a budget's words (:data:`PAIRED_BUDGET_ENDS`), but for spaces, whether 分别 is printed after their last
    sentence break, :func:`_words_before` of them, and whether they name a year other than ``document_year`` (one
    may start a year in force: :func:`_clause_year`)."""
    words = _words_before(segment, kind)
    trimmed = segment.rstrip()
    squeezed = "".join(segment.split())
    return (
        not segment.strip(CELL_EDGE), segment.count("("), segment.count(")"), squeezed,
        trimmed.endswith(")"), trimmed.endswith(PAIRED_BUDGET_ENDS), _respectively(segment[words[0] + 1 :]), words,
        YEAR_WORD in squeezed and any(int(year) != document_year for year in YEAR_NAMED_RE.findall(squeezed)),
    )


# Numbers printed without a unit (no year's, no date's, no ordinal's): 分别是:90≤优、80≤良<90… — the 分别 list's own.
BARE_NUMBER_RE = re.compile(r"(?<![第\d.])\d+(?:\.\d+)?(?![\d.]|\s*[年月日号季])")


def _respectively(words: str) -> bool:
    """Whether ``words`` (since the last sentence break before a figure) hold a 分别 whose list is still to come: not
    where numbers without a unit follow it (``分四个等级,分别是:90≤优、80≤良<90…差<60 本次评价得分76.91分``: the
    list was those numbers; the figure after them is named by its own words)."""
    at = words.rfind(RESPECTIVELY)
    return at >= 0 and BARE_NUMBER_RE.search(words, at) is None


@functools.lru_cache(maxsize=8192)
def _money(number: str, unit: str) -> Amount | None:
    """:func:`~ingest.numbers.to_amount`, once per printed figure (a document states its figures
    again and again: in the text, its summary, the tables' notes)."""
    return to_amount(number, "万元" if unit == BARE_WAN else unit)


@functools.lru_cache(maxsize=8192)
def _number(number: str) -> Decimal | None:
    """:func:`~ingest.numbers.parse_decimal`, once per printed number."""
    return parse_decimal(number)


def _alone_on_its_line(text: str, start: int, end: int, line_starts: list[int], base: int, paragraph_end: int) -> bool:
    """Whether the figure at ``start:end`` of ``text`` is, but for spaces and a closing pipe, the whole of
    one of its paragraph's lines (the paragraph starts at ``base``; each line at ``line_starts``): a
    table's cell printed one per line (``83.50%`` under 执行率, ``100% |`` under 实际完成值), which a
    subject stated cells before (本年度财政拨款150万元) does not own."""
    index = bisect_right(line_starts, start - base) - 1
    line_start = base + line_starts[index]
    line_end = base + line_starts[index + 1] if index + 1 < len(line_starts) else paragraph_end - 1
    return not text[line_start:start].strip(CELL_EDGE) and not text[end:line_end].strip(CELL_EDGE)


# What may stand around a cell's figure on its line: spaces and the pipes that close a web page's cells.
CELL_EDGE = " |\t"
# The line after a figure alone on its line opening with a word that joins it to the name before (及检疫率): the
# name printed wrapped around the figure's cell.
WRAPPED_NAME_GOES_ON_RE = re.compile(r"[ |\t]*(?:及(?!时)|和|与|以及|、)[\u4e00-\u9fff]")
WRAPPED_NAME_LEFT_OUT = (
    "a rate alone on its line inside a name wrapped around it (各种强制免率、屠宰率 / 100% / 及检疫率): the cell of "
    "the whole name, no share of the words before it; left out"
)


def figures_in_paragraph(paragraph: Paragraph, warnings: list[ParseWarning] | None = None) -> list[StatedFigure]:
    """Every number with a unit in one paragraph, as :class:`StatedFigure` records (what is left
    out for want of a label it can be given appended to ``warnings``)."""
    text = paragraph.text
    return _figures([paragraph], text, [0, len(text) + 1], FIGURE_RE.finditer(text), warnings)


# The words of a bound right before a figure in 万 without 元 (支出不超过 30万, 支出小于等于 60万): a target's limit.
BARE_WAN_BOUND_RE = re.compile(
    r"(?:超过|超出|高于|低于|不低于|不少于|不超过?|不高于|不足|[小大]于(?:等于)?|[少多]于|控制在)$"
)


def _bare_wan_money(label: str | None, paragraph: Paragraph) -> bool:
    """Whether a figure in 万 without 元 under ``label`` in ``paragraph`` is money: its label names money
    (:data:`BARE_WAN_LABEL_RE`), or it names no thing 万 counts (:data:`COUNTED_LABEL_RE`) and its paragraph names
    money (:data:`MONEY_NOUN_RE`)."""
    if label is None:
        return False
    bare = LABEL_QUALIFIER_RE.sub("", label)
    if BARE_WAN_BOUND_RE.search(bare) or bare[-1:].isdigit() or bare.endswith(BARE_WAN):
        # 成本指标为…,支出小于 71 万: a target's bound, no money stated; 其中:财政拨款854万854万: cells run together
        return False
    if BARE_WAN_LABEL_RE.search(bare):
        return True
    return not COUNTED_LABEL_RE.search(bare) and MONEY_NOUN_RE.search(paragraph.text) is not None


def _figures(
    paragraphs: Sequence[Paragraph], text: str, starts: list[int], matches: Iterable[re.Match[str]],
    warnings: list[ParseWarning] | None = None, budget_year: int | None = None, document_year: int | None = None,
) -> list[StatedFigure]:
    """The stated figures of ``matches``, the :data:`FIGURE_RE` matches in ``text``: the texts of
    ``paragraphs`` joined, paragraph *i* starting at ``starts[i]`` (and ending before
    ``starts[i + 1]``). A table paragraph's figures are left to the table readers. A money figure
    that only a count's noun stands before (:func:`_counted_money_label`) and that nothing else
    names is left out with a :class:`ParseWarning` appended to ``warnings``.

    Every figure of the document passes here: the paragraph a match is in is looked up only
    when a match passes the end of the paragraph being read (most paragraphs state no figure)."""
    out: list[StatedFigure] = []
    paragraph = paragraphs[0]
    line_starts, line_numbers = paragraph.starts, paragraph.line_numbers  # where its lines start, and their numbers
    base = previous_end = 0
    paragraph_end = -1  # where the paragraph being read ends: none is yet
    in_table = False
    names_goal = plan_may_change = False  # (set with each paragraph, below)
    subject_label: str | None = None  # the last label stated in the paragraph, and its metric
    subject_metric: str | None = None
    subject_is_part = False  # the subject was stated as a part of a list (其中:…, 包括…)
    subject_kind = "money"  # what the subject's figure counts (money, 人, 个 …): a change of it counts the same
    sentence_start = 0  # where the sentence of the figure being read starts
    count_end, count_label = -1, None  # where the last count read ends (8个), and its label
    change_base: str | None = None  # what the last change of the sentence was measured against
    base_kind = "money"  # the kind of figure (money, percent, count) whose change set change_base
    orphaned = -1  # the start of a sentence after a list whose unnamed figure was left out: all of it is
    respective: dict[int, tuple[str, str, str | None] | None] = {}  # a 分别 list's figures: label, field, direction
    sentence_labels: list[str] = []  # the labels of the amounts stated in the sentence being read
    previous_labels: list[str] = []  # and in the sentence before it
    # the last money subject (label, metric, is part): a money change after a count (…等4项…结转。较2022年度
    # 决算数减少7.54万元) is the money's, not the count's
    money_subject: tuple[str, str | None, bool] | None = None
    # the subjects stated before each bracket still open, None where a bracket does not follow a figure:
    # after it closes, a change is the figure's before it (公车购置及运行费995万元(其中…运行费958万元),
    # 下降26.24%: the whole's decline, not its last part's), or nobody's
    open_brackets: list[tuple[str, str | None, str, bool] | None] = []
    # the label of the last growth named in the sentence that is not its subject's (税收收入增长66.4%): a share
    # after it without a name (占…比重为80.5%) may be the growth's subject's or the sentence's — not guessed
    named_growth: str | None = None
    prior_end = -1  # where the last compared year's amount ends (比去年3.01万元): 少0.07万元 after it is a change
    people_after = -1, "", ""  # where the last labelled count of groups ends, its label and unit (221批次)
    people_aside: tuple[int, str, str] | None = None  # people_after before a bracket opened right after it
    paired_budget = -1, -1  # the last amount stated as a budget (预算数为…): its index in out, where it ends
    # the year heading the paragraph's first sentence that states an amount with one (2022年的“三公”经费…), and
    # the start of the sentence whose heading year is head_year: a later sentence headed by an earlier year
    # (…。2021年的三公经费决算数合计为807.95万,其中:…) states that year's amounts, not the paragraph's
    first_year: int | None = None
    year_sentence, head_year = -1, None
    compared_year: str | None = None  # the last year a change of the paragraph was compared with (较2020年度…)
    run_on_end = -1  # where the last figure left out as run on to the one before it ends
    # where the last money change ends and its direction (较上年减少18.50万元(65.37%): the bracketed % is
    # that change's rate), or -1; and where the last change printed with both directions ends (增加(减少)0万元)
    change_after: tuple[int, str | None] = (-1, None)
    # the last money amount stated as a whole in a sentence, and the last as a part of a list (其中…): where its
    # sentence starts, its label (and the whole's metric), its value; a part's change waiting for its rate
    sentence_whole: tuple[int, str | None, str | None, Decimal] = (-1, None, None, Decimal(0))
    last_part: tuple[int, str | None, Decimal] = (-1, None, Decimal(0))
    whole_count = -1, 0  # where the sentence of the last whole starts, and how many wholes it states
    part_change: tuple[int, Decimal, Decimal, int] | None = None
    undecided_after = -1
    planned: tuple[int, str] = (-1, "")  # where the sentence whose amount was a plan changed starts, its label
    listed_noun = -1, ""  # where a count named by the noun after it ends, and that noun with the 及 after it
    recorded_end = -1  # where the last figure recorded ends
    match_start = -1  # where the figure before starts (a run-on warning quotes the figures run together)
    of_earlier_year = -1  # where a money figure ends that is an earlier year's base of a share (为上年B万元的P%)
    from_value: tuple[int, str | None] = (-1, None)  # where a value changed from ends (由25万元), and whose it is
    per_each_end = -1  # where the last money figure left out as a rate per person or unit ends
    # the last per-unit rate read (:func:`_rate_per`): its sentence's start, its label; and the figures of a list of
    # rates paired with names (每人每月100元、200元 / 低保人员、特困人员): each one's start → (label, per unit)
    last_rate: list = [-1, ""]
    rate_unit: str | None = None  # what the last rate read is per (its last year's rate is per the same)
    rate_list: dict[int, tuple[str, str | None]] = {}
    other_item_end = -1  # where the last change of another item than the subject's (:func:`_other_item_named`) ends
    other_item_label = ""  # and that item's label
    coordinated = -1, ""  # where a count ends that is the second half of a pair (镇本级和15个村), and the pair's words
    # the year each paragraph's section heading names (一、2022年预算执行情况), and the year heading the sentence's
    # latest clause that opens with one (2018年总收入…;总支出…): the year of the figures read there
    years_read = document_year is not None
    # (a budget reports the year before under a heading of its own, 一、2022年财政收入预算执行情况: its sections are
    # looked at; a final account's are of its own year — but for a paragraph that opens with the year its heading
    # names, (一)2016年财政专项扶贫资金项目情况 / 2016年精准扶贫…项目,栽植核桃0.668万亩,建设资金100.2万元 in a 2020
    # report: the heading and the paragraph's first words both say whose figures follow)
    section_years = _section_years(paragraphs, budget_year) if budget_year is not None else None
    # the years in force (see _years_after): (a clause's, the section's, the figures') — None in most documents, where
    # no figure is of another year; and the year of the figure being read
    years: YearsInForce | None = None
    figure_year: int | None = None
    several_at, several_end = 0, -1  # a figure's place in a list after a list of years (…分别…620万亩、640万亩)
    basis_end = -1  # where the last change counted on a comparable basis (同口径下降0.9%) ends
    plain_change: tuple[int, str] = (-1, "")  # the last plain change: its sentence's start, its label
    for match in matches:
        start, end = match.span()
        start_before, match_start = match_start, start
        if start >= paragraph_end:  # the first figure of another paragraph
            index = bisect_right(starts, start) - 1
            paragraph, base, paragraph_end = paragraphs[index], starts[index], starts[index + 1]
            line_starts, line_numbers = paragraph.starts, paragraph.line_numbers
            in_table = paragraph.kind == "table"
            # (the words two clause checks need, looked for once in the paragraph: most hold neither)
            names_goal = GOAL_WORD in paragraph.text
            plan_may_change = ADJUSTED_WORD in paragraph.text or IN_EXECUTION_WORD in paragraph.text
            subject_label = subject_metric = change_base = money_subject = None
            first_year, year_sentence, compared_year = None, -1, None
            if years is not None:
                years = figure_year = None
            if section_years is not None and (section_year := section_years[index]) is not None:
                if (opening := _opening_year(text, base)) is not None:
                    # a paragraph opening with a year of its own under a heading of another (二、2021年“三公”经费
                    # 决算情况 / 2022年度“三公”经费预算较2021年度增加…。公务用车运行费用较上年同期增加…): its year
                    section_year = None if opening == document_year else opening
                if section_year is not None:
                    years = (None, section_year, section_year)
            elif budget_year is None and years_read and YEAR_WORD in text[base : base + OPENING_YEAR_SPAN] and (
                (opening := _opening_year(text, base)) is not None and opening != document_year
            ) and _heading_year(paragraphs, index) == opening:
                # (not a budget: a paragraph opening with the year its heading names, (一)2016年…情况 / 2016年…)
                years = (None, opening, opening)
            previous_end = sentence_start = base
            sentence_labels, previous_labels, open_brackets = [], [], []
        if in_table:
            continue
        context_end = end  # (where the figure's context ends: after a bracket of other units, 16954套(台、块、项))
        _, unit, zero_decimals = match.groups()
        zero = zero_decimals is not None  # a bare 0: money only, checked below
        kind = "money" if zero else KIND_OF_UNIT.get(unit, "count")
        if kind == "percent" and (before := text[max(base, start - 3) : start].rstrip()) and (
            before[-1] in MULTIPLIED_BY
        ):
            continue  # 预算执行率(B/A×100%), 得分=分值*100%: a formula's term, no rate stated
        if text[start - 1] in MARKS_BEFORE and start > previous_end:  # a bracket or a minus right before it
            if text[start - 1] == "(":
                if kind == "percent" and QUALIFIER_RE.match(text, end):
                    continue  # 增值税收入(50%部分)672890万元: which part the label means, no share; the label's words
                signed = False
            else:  # a minus sign, not a range's dash after the figure before (100%-80%)
                signed = start - 1 > previous_end or previous_end == base
        else:
            signed = False
        # (what the words since the figure before say, worked out once per wording)
        run_on, opened, closed, squeezed, ends_bracket, ends_budget, respectively, words, names_year = _segment(
            text[previous_end : start - signed], kind, document_year
        )
        # (most words before a figure name no other year than the document's, and none is in force: nothing to do)
        if (names_year and years_read) or years is not None:
            years = _years_after(squeezed, previous_end == base, years, document_year)
            if years is None:
                figure_year = None
            elif years[2] == SEVERAL_YEARS:  # (2021年、2022年…共计X: of no one year, unless one of each, 分别)
                several_at = several_at + 1 if several_end == previous_end and squeezed in LIST_JOINS else 0
                several_end = end
                if (several_at and recorded_end != previous_end) or (  # (the list's figure before left out: it too)
                    year_of_list := _respective_year(text, base, start, end, several_at)
                ) is None:
                    _figure_left_out(warnings, SEVERAL_YEARS_LEFT_OUT, paragraph, text, base, start, end)
                    previous_end = end
                    continue
                years = years[0], years[1], year_of_list
        if previous_end > base and run_on and kind == "count" and unit == PEOPLE_UNIT and (
            recorded_end == previous_end != run_on_end and out and out[-1].unit == HOUSEHOLD_UNIT
            and not HOUSEHOLD_LABEL_RE.search(out[-1].label)
            and not CLAUSE_FIGURE_BEFORE_RE.search(text, max(base, start_before - CLAUSE_REACH), start_before)
            and (people := _number(text[start : match.end("tail")])) is not None
            and people == people.to_integral_value()
        ):
            # 该项目涉及1087户3261人, 受益对象:1087户3261人: the households, then the people of them — the label's two
            # counts (not a table's cells run together); a label naming the households (贫困户数) names no people, nor
            # one after another count in the clause (33个行政村26113户97401人: the label the villages' noun)
            line = (bisect_right(line_starts, start - base) or 1) - 1
            out.append(replace(out[-1], value=people, unit=PEOPLE_UNIT, source_line=line_numbers[line],
                               context=text[max(base, start - 24) : end]))
            previous_end = recorded_end = end
            continue
        if previous_end > base and run_on:
            # a figure right after another (当年活动数量>=28次40次143%, ≥95% 98% 103%): a flattened table's
            # row, its cells run together; which column each is, the sentence does not say
            if run_on_end != previous_end:  # (one warning for a run)
                if recorded_end == previous_end and out and out[-1].unit == UNIT_OUT.get(kind, unit):
                    out.pop()  # (a run of one kind's first figure is a cell too: 上岗培训 100%100%: target, actual)
                run_text = " ".join(text[max(base, start_before) : end].split())
                _figure_left_out(warnings, RUN_ON_LEFT_OUT.format(run_text), paragraph, text, base, start, end)
            previous_end = run_on_end = end
            continue
        broken_at, after_sentence, field, direction, label, zero_allowed, comparison, compared, cells = words
        if label is None and several_at and several_end == end and recorded_end == previous_end and out and (
            years is not None and years[0] == SEVERAL_YEARS
        ):  # (2021年、2022年…分别…,同步发展…166万亩、167万亩: the next year's figure of the label before it)
            label = out[-1].label
        if label is not None and YEAR_WORD in label and (
            own := _after_item_heading(paragraph.text, line_starts, previous_end - base, start - base, label)
        ):  # 1、基本支出 / 2022年基本支出264.72万元: the heading's words are no part of the sentence's label
            label = own
        if broken_at >= 0:
            ended_start, sentence_start = sentence_start, previous_end + broken_at + 1
            if after_sentence:
                change_base = named_growth = None
                sentence_labels, previous_labels = [], sentence_labels
                if subject_is_part and last_part[0] == ended_start and whole_count == (ended_start, 1) and (
                    sentence_whole[1] is not None and (label is None or comparison)
                ) and SUBJECTLESS_COMPARISON_RE.match(text, sentence_start):
                    # 2022年基本支出3736.92万元,其中人员经费…,公用经费…。比2021年预算增加654万元,增长9%: a sentence
                    # opening with a comparison, no subject of its own, right after one stating a whole and its
                    # parts — the whole's (the subject of the sentence before), not its last part's
                    subject_label, subject_kind, subject_is_part = sentence_whole[1], "money", False
                    subject_metric = sentence_whole[2] or metric_of_label(subject_label)
                    money_subject = subject_label, subject_metric, False
        if opened != closed:
            if opened > closed:  # after the figure before: its subject; else nobody's
                follows = text.find("(", previous_end, start) == previous_end and previous_end > base
                state = (subject_label, subject_metric, subject_kind, subject_is_part) if follows else None
                open_brackets.extend([state] * (opened - closed))
                # 接待共312批次(其中外事接待0批次),4228人次: the people after the bracket are the batches' before it
                people_aside = people_after if follows and people_after[0] == previous_end else None
            elif open_brackets:  # the outermost bracket closed here (more may close than were seen open)
                outermost = max(len(open_brackets) - (closed - opened), 0)
                state = open_brackets[outermost]
                del open_brackets[outermost:]
                if state is None:
                    subject_label = subject_metric = None
                else:
                    subject_label, subject_metric, subject_kind, subject_is_part = state
                if people_aside is not None and not open_brackets:
                    people_after, people_aside = (previous_end, *people_aside[1:]), None
        if field == "share_pct" and WRAPPED_NAME_GOES_ON_RE.match(text, end) and _alone_on_its_line(
            text, start, end, line_starts, base, paragraph_end
        ):  # 各种强制免率、屠宰率 / 100% / 及检疫率: a cell alone on its line inside a name wrapped around it (the
            # name's last words on the line after, opening with 及) — a target of the whole name, no share of its
            # first line's last words
            _figure_left_out(warnings, WRAPPED_NAME_LEFT_OUT, paragraph, text, base, start, end)
            subject_label = subject_metric = None
            previous_end = end
            continue
        if field == "share_pct":
            if previous_end > base and squeezed == "(":
                if change_after[0] == previous_end:  # 较上年减少18.50万元(65.37%): the change's rate, no share
                    field, direction, compared = "change_pct", change_after[1], change_base
                elif undecided_after == previous_end:  # 较上年增加(减少)0万元(0%): which way, not printed
                    previous_end = end
                    continue
            elif cells and not _growth_of(cells, text[start : match.end("tail")]) and (
                _ratio_of(cells, text[start : match.end("tail")])
            ):  # 年度资金总额: 2300.67 2300.67 100%: the row's 执行率 (B/A) — of the row's own label, not of words
                # run in from the lines above (项目资金(万元) 全年预算数(A) 全年执行数(B) 执行率(B/A))
                # (only a rate ending its row: a row printing more cells after it, 93% 204743.84 7%, has several
                # rate columns — which one this is, the row alone does not say; it keeps the label read before)
                index = (bisect_right(line_starts, start - base) or 1) - 1
                line_start = base + line_starts[index]
                line_end = base + line_starts[index + 1] if index + 1 < len(line_starts) else paragraph_end - 1
                if not text[end:line_end].strip(CELL_EDGE):
                    row = ROW_LABEL_RE.match(text, line_start, start) if previous_end <= line_start else None
                    label = clean_label(row.group("label")) if row else None
                    if label is None:
                        _figure_left_out(warnings, RATIO_CELLS_LEFT_OUT, paragraph, text, base, start, end)
                        subject_label = subject_metric = None
                        previous_end = end
                        continue
            elif cells and _growth_of(cells, text[start : match.end("tail")]):
                # 财政补助收入 6909800 55508400 48598600 703.33%: the row's 增减%, not a share of 财政补助收入
                _figure_left_out(warnings, GROWTH_CELLS_LEFT_OUT, paragraph, text, base, start, end)
                subject_label = subject_metric = None
                previous_end = end
                continue
        if unit in PERCENTAGE_POINTS and field is not None:  # 提高5.2个百分点: a difference of two rates
            _figure_left_out(warnings, PERCENTAGE_POINTS_LEFT_OUT, paragraph, text, base, start, end)
            previous_end = end
            continue
        if field == "amount" and kind == "money" and change_after[0] == previous_end and subject_label is not None and (
            squeezed.lstrip(",") in AFTER_CHANGE_AMOUNT_WORDS
        ):  # 相应结转下年减少133万元,为115,055万元: the amount the change left, the subject's
            label, comparison, compared = subject_label, False, None
        if prior_end == previous_end and field in ("amount", "count"):
            after_prior = AFTER_PRIOR_WORDS.get(squeezed)
            if after_prior is not None:  # 比去年3.01万元少0.07万元: the difference from that year
                field, direction, label, comparison, compared = "change", after_prior, None, False, change_base
        if field == "amount" and change_base is not None and (
            after_growth := AFTER_GROWTH_CHANGE_LABELS.get(squeezed.lstrip(",").removesuffix("了"))
        ):  # 同比增长7.9%,增收913万元: the change of the growth's subject, against the same
            field, direction, label, comparison, compared = "change", after_growth, None, False, None
        words_start, previous_end = previous_end, end
        if field is None:  # 产出指标(50分): the points it weighs; ≥50个: a target's bound; 增加(减少)0万元
            if direction == BOUND:  # (nor a subject for the figures after it)
                subject_label = subject_metric = None
            elif direction == RUN_DIGITS:  # 中央财政资金(万元)252.80000052.800000 100.00%: cells, no label
                _figure_left_out(warnings, RUN_DIGITS_LEFT_OUT, paragraph, text, base, start, end)
                subject_label = subject_metric = None
            elif direction == NOT_STATED:  # 指标值为“100%”, 为上年的97%
                _figure_left_out(warnings, NOT_STATED_LEFT_OUT, paragraph, text, base, start, end)
            elif kind == "money" and ends_bracket:
                undecided_after = end
            continue
        if signed:
            if field in ("change", "change_pct") and direction == "increase":
                direction = "decrease"  # 增长-5.2%, 增减 -76.87%: a decrease
            else:  # 减少-2万元, 结余-3万元: the sign would be lost
                _figure_left_out(warnings, SIGNED_LEFT_OUT, paragraph, text, base, start, end)
                continue
        if direction == PRIOR:  # 比上年18.39亿元增加2.88亿元: last year's amount of the money stated before
            # (or 较预算数1237万元减少103万元: its budget, field budget_initial)
            of_rate = subject_kind == RATE_FIELD  # (生均支出17443.63元,比上年17302.62元: the rate's last year)
            owner = (subject_label, subject_metric) if subject_kind == "money" or of_rate else money_subject
            if owner is not None and not of_rate and (
                subject_is_part if subject_kind == "money" else money_subject[2]
            ) and (
                after_sentence or sentence_start == orphaned
            ):  # 其中:…,公务用车运行费60万元。比上年110万元减少10万元: the last part's, or the whole's — not told
                _figure_left_out(warnings, PRIOR_AFTER_LIST_LEFT_OUT, paragraph, text, base, start, end)
                orphaned = sentence_start  # (nor the change after it)
                continue
            amount = None if zero or owner is None or not owner[0] else _money(text[start : match.end("tail")], unit)
            if amount is None:
                continue
            line = (bisect_right(line_starts, start - base) or 1) - 1
            out.append(stated_figure(
                owner[0], RATE_FIELD if of_rate else field, amount.yuan, "yuan", None, owner[1],
                text[max(base, start - 24) : end], amount.ulp_yuan, line_numbers[line], paragraph.page, compared,
                per_unit=rate_unit if of_rate else None,
            ))
            prior_end, change_base, base_kind, recorded_end = end, compared, kind, end
            continue
        # (分别 of the figure's own sentence only: 各部门分别向社会公开了…。…决算数为2.63亿元 is no list)
        listed = False  # (the figure's label one of a 分别 list's names)
        if respectively and start not in respective and field in NAMED_AFTER_FIELDS and (
            named := _named_after_respectively(text[text.rfind(RESPECTIVELY, words_start, start) : start], field)
        ):  # 项目支出87.5万元,分别是科技活动交流经费5万元,…: each part's name printed with its number
            label, comparison = named, False
        elif (listed := start in respective) or respectively:
            if start not in respective:  # 因公出国费、公务接待费分别为1万元、2万元: each the name in its place
                stated = sentence_labels or previous_labels  # (the sentence's parts, else the one's before)
                respective = _respective(text, words_start, match, kind, field, direction, stated)
            assigned = respective.pop(start, None)
            if assigned is None:
                if kind == "money" and not zero and (each := _each_of_count(text, sentence_start, match, unit)):
                    # 对…共十个乡镇分别补助7万元: one money figure after a count of things and 分别 — what each gets,
                    # a rate per the thing counted
                    line = (bisect_right(line_starts, start - base) or 1) - 1
                    each.__dict__.update(source_line=line_numbers[line], source_page=paragraph.page,
                                         context=text[max(base, start - 24) : end])
                    out.append(each)
                continue  # a list whose names cannot be laid over its numbers: none is guessed
            label, field, direction = assigned
            comparison = False
        if paired_budget[1] == words_start and kind == "money" and field == "amount" and (
            PAIRED_FINAL_RE.fullmatch(squeezed)
        ):  # 预算数为832.05万元,决算支出数为820.33万元: the budget, then the final, of one subject
            label = _paired_budget(out, paired_budget[0])
        elif paired_budget[1] == words_start and kind == "money" and field == "amount" and label is not None and (
            FINAL_WORDS_RE.search(_clause_of(squeezed)) and not SENTENCE_END_RE.search(squeezed)
        ) and (named := out[paired_budget[0]].metric) is not None and metric_of_label(label) == named:
            # “三公”经费财政拨款支出预算为44.52万元,2019年实际支出“三公经费”决算为22.62万元: the final of the item the
            # budget before is of (the same metric), named again — the budget is its budget, no second amount of it
            _paired_budget(out, paired_budget[0])
        if (field == "change" or field == "change_pct") and OVER_BUDGET_TAIL_RE.search(squeezed):
            change_base = None  # 超收0.5亿元,增长3%: the growth is not against the budget
        elif field == "change" or field == "change_pct":  # 比上年减少317万元,下降33.2%: both against 上年
            if compared is not None:
                change_base, base_kind = compared, kind
                if compared.isdigit():
                    compared_year = compared
            elif kind == base_kind or "percent" in (kind, base_kind):
                compared = change_base
            # (较年初预算数减少4万元,…公务用车保有量减少4辆: a count is not compared as the money before it was)
        else:
            change_base = None
        after = text[end : end + 1]  # a threshold starts with 以/及, or spaces
        stage = None
        if names_goal and (goal := GOAL_CLAUSE_RE.search(text, sentence_start, start)) and (
            not DONE_RE.search(text, goal.end(), start)
        ):
            # 项目总体绩效目标是:增加特色产业产值80万元, 项目目标:资助精神病患者服药230人: a target set — read as such
            # (stage target); the figures after 实际完成: / 完成情况: in it are stated as done
            goal_line = base + line_starts[(bisect_right(line_starts, goal.start() - base) or 1) - 1]
            if TARGET_LIST_HEADING_RE.match(text[goal_line : goal_line + TARGET_HEADING_SPAN]):
                continue  # 年度目标:完成至少7个调研课题,…: a target list under its heading (ingest.plain_quantities)
            stage = TARGET_STAGE
        if kind == "money" and not zero and (
            start in rate_list or after in (SLASH, PER_EACH, "的") or after.isspace()
            or PER_EACH in squeezed or AVERAGE_WORD in squeezed
        ) and (rate := _rate(
            text, start, end, match, unit, squeezed, label, field, sentence_start, last_rate, rate_list,
            listed or respectively,
        )) is not None:
            # 补助标准1600元/亩, 1.2万元/人, 每人每月100元, 户均1000元/年, 4000元的最低资助标准: a per-unit standard
            # (see PER_UNIT_NOUNS), read as a rate — or left out (a warning), never an amount
            figure, left_out, previous_end = rate
            if figure is not None:
                if figure.year is None and years is not None and years[2] != document_year:
                    figure.__dict__["year"] = years[2]  # (2021年度绩效目标。…亩均投入财政资金1500元: 2021's standard)
                line = (bisect_right(line_starts, start - base) or 1) - 1
                figure.__dict__.update(source_line=line_numbers[line], source_page=paragraph.page,
                                       context=text[max(base, start - 24) : previous_end], stage=stage)
                out.append(figure)
                last_rate[:] = sentence_start, figure.label
                # (the subject of the figures after it: 生均支出17443.63元,比上年17302.62元,增长0.81% — the rate's last
                # year and growth; no money figure's)
                subject_label, subject_metric, subject_kind, subject_is_part = figure.label, None, RATE_FIELD, False
                rate_unit = figure.per_unit
            elif left_out is not None:
                _figure_left_out(warnings, left_out, paragraph, text, base, start, end)
            per_each_end = end
            continue
        if kind == "money" and per_each_end == words_start and squeezed.lstrip().startswith("、"):
            # 没退休金每月每人300元、有退休金200元: the list's next money is a rate per person too, but its own
            # words (有退休金) do not say so: left out
            _figure_left_out(warnings, PER_EACH_LEFT_OUT, paragraph, text, base, start, end)
            per_each_end = end
            continue
        if kind == "score" and _in_note(text, sentence_start, start):
            continue  # 注:1.一级指标分值统一设置为:产出指标50分、效益指标30分: a template's rule, no page's points
        if after == "的" and text[max(base, start - 3) : start].endswith(CONDITION_WORDS):
            continue  # 执行率未达到90%的需说明原因: a condition's bound, no figure stated
        if after and (after in THRESHOLD_FIRST or after.isspace()) and (threshold := THRESHOLD_RE.match(text, end)):
            previous_end = threshold.end()
            continue
        if zero and (not zero_allowed or ROW_CELL_ZERO_RE.search(text, max(base, start - 8), start)):
            continue
        if kind == "count" and text[start - 1 : start] == ORDINAL:
            continue  # 第41次会议, 第3批: which one, not how many
        if field == "count" and label is not None and label.endswith(COORDINATING_ENDS) and (
            PAIR_MONEY_AFTER_RE.match(text, end)
        ):  # 镇本级和15个村防汛工作经费46万元: the count is in the second half of a pair (镇本级和15个村) that the
            # money after it is of — the words before are no label of the count, nor the words after of the money alone
            coordinated = end, label + "".join(text[start:end].split())
            _figure_left_out(warnings, PAIR_COUNT_LEFT_OUT, paragraph, text, base, start, end)
            continue
        if field == "count" and label is not None and unit == "个" and (noun := ONE_CHARACTER_NOUN_RE.match(text, end)):
            if not label.endswith(LIST_CLOSING_WORD) and not _names_listed_before(
                text, base, start, text[start : match.end("tail")]
            ):
                # 在校学生112个班、5773人: a count of the one-character noun right after it (班, 村, 乡), not of the
                # words before — what it counts is named by no label that can be given; left out
                _figure_left_out(warnings, ONE_CHARACTER_NOUN_LEFT_OUT, paragraph, text, base, start, end)
                continue
            # 下设…游客服务中心、后勤队、经营队等13个队: a list of names closed by 等 and its count — the noun after the
            # count is what each name listed is, the count's label (so too a list of as many names as the count:
            # 选取哈尔滨市、五常市、北安市3个市、县)
            label = noun.group()
        if field == "count" and label is not None and (
            label.endswith(LIST_END_WORDS)
            or label.endswith(COORDINATING_ENDS)
            or (unit in THING_COUNT_UNITS and label.endswith(HAVING_WORDS))
            # 建设13个项目: a verb alone before a count of things, what is counted printed after it (not where a list
            # follows it, 内设7个职能科室办公室、表演艺术部: the noun may run into the list's first item)
            or (unit in THING_COUNT_UNITS and len(label) <= 2 and _noun_ends_clause(paragraph.text, end - base))
            or (
                unit in THING_COUNT_UNITS and count_end == words_start
                and squeezed == label
            )
            # 购置1辆垃圾压缩车辆及2个配套压缩箱: the noun printed right after the measure word and before the next
            # count is what is counted (the words before are the verb's), and the next count's words are that noun's
            or (unit not in PERSON_UNITS and NOUN_BEFORE_NEXT_COUNT_RE.match(text, end) is not None)
            or (listed_noun[0] == words_start and squeezed == listed_noun[1])
        ) and (trailing := COUNTED_NOUN_RE.match(paragraph.text, end - base)):
            # 留言板等28个展区: not the list's last word; 学校现有40个教学班, 下属共有6个事业单位: not what has them;
            # 7个乡镇58个村庄, 28个展区以及174台拼接屏: not the noun of the
            # count of things before — the noun after the count names it (22个教学班学生1000人, 274家单位6788人参保:
            # people keep the words before)
            label = trailing.group("noun")
            if paragraph.text[trailing.end() : trailing.end() + 1] in JOINERS:  # (…车辆及2个: the next count's words)
                listed_noun = end, label + paragraph.text[trailing.end()]
        elif field == "count" and label is not None and (
            label.endswith(LIST_END_WORDS) or JOINED_END_RE.search(label)
        ):
            # …留言板等28个: what is counted is not named; 166户农民专业合作社和6741户个体工商户被列入…: the noun
            # after (too long to read) names it, not the one before the 和
            label = None
        elif field == "count" and label is not None and unit in THING_COUNT_UNITS and count_end == words_start and (
            squeezed == label
        ):
            # 7个乡镇58个村庄1510盏路灯: the words before are the noun of the count before, and this count's own noun
            # runs into the next count (no separator to end it) — what it counts no label can say; left out
            _figure_left_out(warnings, NOUN_OF_COUNT_BEFORE_LEFT_OUT, paragraph, text, base, start, end)
            continue
        # 22个教学班: the noun after the count names it (not a measure's: 14、20m不等, 300米深机井 — a length or an area
        # printed before a word is its attribute, what it measures the words before say, or nothing)
        if label is None and field == "count" and unit not in MEASURE_UNITS:
            trailing = COUNTED_NOUN_RE.match(paragraph.text, end - base)
            label = trailing.group("noun") if trailing else None
            if label is None and people_after[0] == words_start and unit in PERSON_UNITS and (
                PEOPLE_AFTER_GROUPS_RE.fullmatch(squeezed.lstrip(")"))
            ):  # 国内公务接待221批次,1768人: the people of the batches counted before
                label = _people_label(people_after[1], unit)
        if kind == "count" and field == "count":
            people_after = (end, label, unit) if label is not None and unit in GROUP_UNITS else (-1, "", "")
        if kind == "count":  # (not a count's field: 年中增加8个项目 is a change of a count)
            if unit in THING_COUNT_UNITS:
                count_end, count_label = end, label if field == "count" else None
        elif kind == "money" and label is not None and count_end == words_start:  # 8个项目985万元
            label = _counted_money_label(text[words_start:start], label, field, count_label)
            if label is None:
                _figure_left_out(warnings, COUNTED_MONEY_LEFT_OUT, paragraph, text, base, start, end)
                continue
        elif kind == "money" and label is not None and coordinated[0] == words_start and field == "amount":
            label = coordinated[1] + label  # (镇本级和15个村 + 防汛工作经费: the pair's money)
        if field is not None and squeezed[-1:] in FROM_WORDS and FROM_TO_AFTER_RE.match(text, end):
            # 三公经费支出从25万元下降至20万元: the value it came from, of no year the sentence names — left out; the
            # value it came to is the subject's (below)
            from_value = end, clean_label(_clause_of(squeezed)[:-1]) if len(squeezed) > 1 else None
            _figure_left_out(warnings, FROM_VALUE_LEFT_OUT, paragraph, text, base, start, end)
            continue
        if from_value[0] == words_start and field is not None and TO_WORDS_RE.fullmatch(squeezed):
            if from_value[1] is None:
                continue
            field, direction, label = FIELD_OF_KIND.get(kind, "count"), None, from_value[1]
            comparison, compared = False, None
        if field == "share_pct" and label is not None and label.endswith(OF) and not comparison:
            # (…占)支出总预算的 95.57%: the base a share is of, its subject not printed — no share of 支出总预算
            _figure_left_out(warnings, BASE_ONLY_LEFT_OUT, paragraph, text, base, start, end)
            continue
        own_year = False  # the amount is another year's of the subject, or the base a share is of: no new subject
        if kind == "percent" and of_earlier_year == words_start and squeezed == "的":
            # 契税收入3.2亿元,为上年3.5亿元的91.4%: a ratio to last year, neither a share nor a growth (as 为上年的97%)
            _figure_left_out(warnings, NOT_STATED_LEFT_OUT, paragraph, text, base, start, end)
            continue
        if field == "amount" and kind == "money" and after in SHARE_BASE_NEXT and (
            share_base := _base_of_share(squeezed, text, end)
        ) is not None:
            # 完成112853万元,占年计划100500万元的112.29%: the subject's plan or budget the share is of;
            # 占全市收入250亿元的12%: the base's own amount, no subject of the figures after it;
            # 为上年B万元的P%: last year's
            field, label, compared = share_base
            own_year = True
            if compared is not None:
                of_earlier_year = end  # (the percentage after it is a ratio to that year: no share)
            if label is None and field == "amount":
                label = _money_owner(subject_label, subject_kind, money_subject)
                if label is None:
                    continue
        elif field == "amount" and kind == "money" and compared is None and PRIOR_FIRST_RE.search(squeezed) and (
            earlier := _prior_clause(squeezed, first_year, budget_year)
        ) is not None:
            # 预算安排52000万元,上年执行数49500万元; 2023年“三公”经费决算数18.5万元 in a 2024 budget: that year's
            field, compared, own_label = earlier
            # (after a sentence's end, whose figure the sentence does not say: 本年支出100万元。办公楼维修完成。
            # 上年决算数80万元 — nor where the sentence before stated one amount; left out)
            label = own_label or (None if after_sentence else _money_owner(subject_label, subject_kind, money_subject))
            own_year = True
            if label is None:
                continue
        elif field == "amount" and kind == "money" and label in BARE_BUDGET_LABELS and not after_sentence and (
            subject_label is not None and subject_kind == "money"
        ):  # 三公经费决算数为18.5万元,预算为20万元: the subject's budget, no amount of a thing called 预算
            field, label = "budget_initial", None
        if field == "amount" and kind == "money" and label is not None and not own_year:
            if label in ADJUSTED_LABELS:
                if planned[0] != sentence_start:  # 调整为104500万元: the adjustment of nothing the sentence planned
                    _figure_left_out(warnings, ADJUSTED_LEFT_OUT, paragraph, text, base, start, end)
                    continue
                # …为101930万元,经…批准,调整为104500万元: the planned subject's budget as adjusted, the one its
                # execution is compared with (为调整预算的100.8%) — budget_initial, as the corpus records it
                field, label = "budget_initial", planned[1]
            elif planned[0] == sentence_start and COMPLETED_ONLY_RE.fullmatch(label):
                label = planned[1]  # …为101930万元,…,实际完成105286万元: the planned subject's amount
            elif APPROVED in label and CONGRESS_RE.search(label, 0, label.rfind(APPROVED)) and (
                approved := clean_label(label[label.rfind(APPROVED) + len(APPROVED) :])
            ):
                # 县十五届人大一次会议批准的2022年全县一般公共预算收入为110400万元: the budget a congress approved, not
                # an amount (经市政府批准的…债务转贷收入242000万元 is a receipt: a government approves no budget)
                field, label = "budget_initial", approved
            elif plan_may_change and PLAN_CHANGED_RE.search(text, end, _sentence_end(text, end, paragraph_end)):
                # 全区一般公共预算收入为101930万元,经…批准,调整为104500万元: the figure planned, before its change
                field, planned = "budget_initial", (sentence_start, label)
        if field == "amount" and kind == "money" and not own_year and (
            label is None or ALLOCATED_LABEL_RE.fullmatch(label)
        ) and (purpose := PURPOSE_AFTER_RE.match(text, end)) is not None:
            # 安排5万元资助乡镇社工站示范站点建设项目, 市财政下达10万元支持老年食堂建设: the words before only allocate
            # (安排, 下达资金); what the money is for names it
            label = clean_label(purpose.group("name")) or label
        elif field == "amount" and kind == "money" and label is None and not own_year and not _clause_of(squeezed) and (
            noun := MONEY_NOUN_AFTER_RE.match(text, end)
        ) is not None:
            # …开展工作,10万元农村环境综合整治项目经费主要用于补助3个村: money opening its clause, the fund printed
            # right after it
            label = clean_label(noun.group("name"))
        if own_year and label is not None:
            pass  # (the subject stays what the sentence states: the figures after it are still its)
        elif label is not None and (field in ("amount", "count") or not comparison):
            named_growth = label if field == "change_pct" and label != subject_label else None
            if field in ("amount", "count", "change"):  # 收支较上年增加418.97万元,增长4.23%: 收支's growth
                subject_label, subject_metric, subject_kind = label, metric_of_label(label), kind
                # (LIST_WORD_RE.search(text, sentence_start, start): three finds of a word test
                # fewer characters than the regex engine, which tries each for a word's first)
                subject_is_part = (
                    text.find("包括", sentence_start, start) >= 0
                    or text.find("其中", sentence_start, start) >= 0
                    or text.find("含", sentence_start, start) >= 0
                )
                if kind == "money":
                    money_subject = (label, subject_metric, subject_is_part)
        elif field == "share_pct" and named_growth is not None:
            continue  # 税收收入增长66.4%,占…比重为80.5%: 税收收入's share, or the subject's — not guessed
        elif field == "share_pct" and "\u4e00" <= text[end : end + 1] <= "\u9fff" and len(_last_clause(squeezed)) == 1:
            # 已100%足额到位: the words after the rate name it (足额到位), no share of the subject before
            trailing = COUNTED_NOUN_RE.match(text, end)
            if trailing is None:
                continue
            label = trailing.group("noun")
        elif field == "score" and subject_kind != "score":
            # 收到拨付的…资金96万元,…。得2分: the score of the item the paragraph heads, not of the money
            item = SCORED_ITEM_RE.match(text, base)
            if item is None or not squeezed.endswith(SCORE_OBTAINED) or SUB_ITEM_RE.search(text, item.end(), start):
                # (项目申报符合性:1、…得2分;2、…得2分: the sub-items' points, not the item's score)
                _figure_left_out(warnings, SCORE_OWNER_LEFT_OUT, paragraph, text, base, start, end)
                continue
            label = item.group("name")
        elif subject_label is not None and field in ("change", "change_pct") and subject_metric is not None and (
            (other_item := _other_item_named(squeezed, subject_metric))
            or (other_item_end == words_start and not SENTENCE_END_RE.search(squeezed) and other_item_label)
        ):  # 决算总额5.48万元,…。其中,…公务用车运行维护费支出决算比预算无增减变化,比去年增加1.05万元: the item's
            # change, named in a clause without an amount — not the subject's (nor its rate after it, 增长35.8%)
            label = other_item_label = other_item or other_item_label
            other_item_end = end
        elif subject_label is not None and field not in ("amount", "count") and not (
            subject_is_part and (after_sentence or sentence_start == orphaned)
        ) and (
            field != "change" or kind == subject_kind or (kind == "money" and subject_kind == RATE_FIELD)
        ) and not _alone_on_its_line(
            text, start, end, line_starts, base, paragraph_end
        ):  # 支出100万元,增加3人: 3人 is no change of 支出 (生均支出…元,增加141元: the rate's change)
            if field == "change" and subject_is_part and not comparison and compared is None and (
                _after_parts(text, sentence_start, start)
            ):
                # 下达111万元,其中低保…100万元,孤儿…11万元,调减40万元: a change compared with nothing after a list of
                # parts — the whole's (111 − 40 = 71) or the last part's, not told: labelled by its own words (调减),
                # no part's; left out where it has none
                own = _clause_of(squeezed).strip(" ,:()")
                if not LABEL_WORD_RE.search(own):
                    _figure_left_out(warnings, PARTS_CHANGE_LEFT_OUT, paragraph, text, base, start, end)
                    continue
                label = own
            else:
                label = subject_label
        elif field == "change" and kind == "money" and subject_kind != "money" and money_subject is not None and not (
            money_subject[2] and (after_sentence or sentence_start == orphaned)
        ):  # …等4项…结转。较2022年度决算数减少7.54万元: the money's change, not the count's; so the rest
            label, subject_metric, subject_is_part = money_subject
            subject_label, subject_kind = label, "money"
        else:
            # a number nobody is named for; or a new sentence's (…其中:公务接待费0万元。与2023年预算相比
            # 增长16.75%): the last part of a list is not what it speaks of, the whole may be — nor of
            # the figures after it in that sentence (…公务用车购置及运行费2800万元。同口径比2018年减少830万元,
            # 下降20%: the 20% is the whole's too)
            # (silently, as the first: the 决算 narrative readers often state the whole's change)
            if subject_label is not None and subject_is_part and after_sentence:
                orphaned = sentence_start
            if field == "amount" and kind == "money" and after_sentence and not comparison:
                # ?。ㄒ唬┮话…?8639萬元,較上年減支5273萬元: a new sentence's amount whose name cannot be read — the
                # changes after it are its own, not the subject's of a sentence before
                subject_label = subject_metric = money_subject = None
            continue
        if kind == "score" and label is not None and NOISE_IN_LABEL_RE.search(label):  # 度效标O0B年绩目1分
            _figure_left_out(warnings, NOISY_SCORE_LEFT_OUT, paragraph, text, base, start, end)
            continue
        if text[start] == "0" and text[start + 1 : start + 2].isdigit():  # 减少01万元: a point or a digit lost
            _figure_left_out(warnings, LEADING_ZERO_LEFT_OUT, paragraph, text, base, start, end)
            continue
        if unit == BARE_WAN and not _bare_wan_money(label, paragraph):
            _figure_left_out(warnings, BARE_WAN_LEFT_OUT, paragraph, text, base, start, end)
            continue
        if zero:
            value, ulp, unit_out = ZERO_YUAN, None, "yuan"
        elif kind == "money":
            amount = _money(text[start : match.end("tail")], unit)
            if amount is None:
                continue
            if FORECAST_START_RE.match(text, sentence_start, start) is not None:
                # 预计2023年彩票销量14.5亿元,筹集公益金2.35亿元: a sentence of what is forecast, no money spent or held
                _figure_left_out(warnings, FORECAST_LEFT_OUT, paragraph, text, base, start, end)
                continue
            # 年度资金总额50万元47.6895.00%: a table's 预算数 | 执行数 | 执行率 cells printed together — the
            # money is one column's of several, which the sentence does not say
            if _glued_to_cells(text, end) and not YEAR_AT_RE.match(text, end):
                _figure_left_out(warnings, GLUED_CELLS_LEFT_OUT, paragraph, text, base, start, end)
                continue
            value, ulp, unit_out = amount.yuan, amount.ulp_yuan, "yuan"
        else:
            value = _number(text[start : match.end("tail")])
            if value is None:
                continue
            ulp = None
            unit_out = UNIT_OUT.get(kind, unit)
            if kind == "score" and value > MAX_SCORE and not (  # 绩效产出指标4012分: cells' digits printed together
                value <= MAX_BONUS_SCORE and BONUS_SCORE_BEFORE_RE.search(text, max(base, start - 6), start)
                and BONUS_SCORE_AFTER_RE.match(text, end)
            ):
                _figure_left_out(warnings, OVER_MAX_SCORE_LEFT_OUT, paragraph, text, base, start, end)
                continue
            # 派车次数15000次17180151、: cells printed together
            if kind == "count" and _glued_to_cells(text, end):
                _figure_left_out(warnings, GLUED_CELLS_LEFT_OUT, paragraph, text, base, start, end)
                continue
            if kind == "count" and unit in MEASURE_UNITS and MEASURE_ATTRIBUTE_RE.match(text, end) and (
                (end - base) not in line_starts  # (a line of its own ends with the figure: 森林经营16.3万亩 / 目标3…)
            ):
                continue  # 300米深机井, 新建30平方米管理用房: the size of the thing named after it, no label's
            if unit_out == "percent" and value >= IMPLAUSIBLE_PERCENT:  # 202010100.00%: cells run together
                _figure_left_out(warnings, IMPLAUSIBLE_PERCENT_LEFT_OUT, paragraph, text, base, start, end)
                continue
            if field == "share_pct" and value > FULL_SHARE and PART_OF_WHOLE_RE.search(_clause_of(squeezed)):
                # 一级种薯推广面积占总面积比例880% (8 | 80%): a part of a whole over 100%, cells run together
                _figure_left_out(warnings, OVER_WHOLE_LEFT_OUT, paragraph, text, base, start, end)
                continue
            if kind == "count" and text[end : end + 1] == "(" and (mixed := MIXED_UNITS_RE.match(text, end)):
                # 16954套(台、块、项), 12个(处): things counted in several units together — a count of its first
                # unit, the bracket's units kept in its context (the words after the bracket are the next figure's)
                context_end = mixed.end()
            if kind == "count" and (exponent := value.as_tuple().exponent) < 0:  # decimals printed
                if -exponent > MAX_COUNT_DECIMALS:  # 134.18103245亩
                    _figure_left_out(warnings, GLUED_COUNT_LEFT_OUT, paragraph, text, base, start, end)
                    continue
                if value != value.to_integral_value() and unit not in MEASURE_UNITS and not unit.startswith("万"):
                    # 2.5个: a count is whole (6.7万人: a count in 万, printed so)
                    _figure_left_out(warnings, FRACTIONAL_COUNT_LEFT_OUT, paragraph, text, base, start, end)
                    continue
        if field == "amount" and kind == "money" and compared is None:
            if year_sentence != sentence_start:
                heading = YEAR_HEAD_RE.match(text, sentence_start)
                year_sentence, head_year = sentence_start, int(heading.group(1)) if heading else None
                if first_year is None and (named := YEAR_NAMED_RE.search(text, sentence_start, start)):
                    first_year = int(named.group(1))  # (日期:2023-11-17 鄂城区2022年的…: the year the sentence names)
            if head_year is not None and (
                (first_year is not None and head_year < first_year) or str(head_year) == compared_year
            ):  # (较2020年度决算数减少…,主要原因:…;二是2020年下拨了…74.31万元: the year compared with, its amount)
                compared = str(head_year)  # 2021年的…决算数合计为807.95万,其中:公务用车购置费272.53万元: 2021's
        if direction is not None and label is not None and (field == "change" or field == "change_pct"):
            if (COMPARABLE_BASIS_WORD in squeezed and plain_change == (sentence_start, label)
                    and COMPARABLE_BASIS_RE.search(_last_clause(squeezed))) or (
                field == "change_pct" and basis_end == words_start
            ):  # 下降6.4%,剔除减税降费因素,同口径下降0.9%: not the plain decline printed before it — labelled apart,
                # naming no metric (and the rate after such a change: …,同口径减少9万元,下降15.3%)
                label, basis_end = label + COMPARABLE_BASIS_LABEL, end
            else:
                plain_change = sentence_start, label
        if years is not None:  # (another year in force: most documents have none)
            clause_year, section_year, in_force = years
            if clause_year == SEVERAL_YEARS and direction is not None:  # (2021年、2022年分别增长5%、6%: against what)
                _figure_left_out(warnings, SEVERAL_YEARS_LEFT_OUT, paragraph, text, base, start, end)
                previous_end = end
                continue
            if direction is not None:
                # (a change in a clause of another year may compare that year's figure or the document's own with it:
                # 2016年预算8万元,2015年预算12.5万元;对比减少4.35万元 — given only its section's or paragraph's year)
                figure_year = section_year if clause_year is None else None
            else:
                figure_year = None if in_force == document_year else in_force
                if figure_year is not None and kind == "money" and compared is None and (
                    field == "amount" or field == "budget_initial"
                ):
                    compared = str(figure_year)  # (an amount of another year carries it, as 比上年18.39亿元 does)
        if field == "amount":
            sentence_labels.append(label)
        line = (bisect_right(line_starts, start - base) or 1) - 1  # paragraph.line_at(start - base), inlined
        metric = subject_metric if label == subject_label else metric_of_label(label)
        if metric == RECEPTION_PERSONS and label in BARE_PERSONS_LABELS and recorded_end == words_start and out and (
            out[-1].metric == FOREIGN_RECEPTION_BATCHES
        ):  # 国(境)外公务接待批次23个,接待人次142人: the people of the foreign batches counted right before
            metric = FOREIGN_RECEPTION_PERSONS
        recorded_end = end
        out.append(stated_figure(
            label, field, value, unit_out, direction, metric,
            text[max(base, start - 24) : context_end], ulp, line_numbers[line], paragraph.page, compared, figure_year,
            per_unit=rate_unit if subject_kind == RATE_FIELD and label == subject_label and kind == "money" else None,
            stage=stage,
        ))
        if kind == "money" and field == "change":
            change_after = end, direction
        if kind == "money" and field == "amount":
            if label == subject_label and subject_is_part:
                last_part = sentence_start, label, value
            else:
                sentence_whole = sentence_start, label, subject_metric if label == subject_label else None, value
                whole_count = sentence_start, whole_count[1] + 1 if whole_count[0] == sentence_start else 1
        elif kind == "money" and field == "change":
            # 总预算安排37337407.64元,其中:…项目支出预算36849227元,同比增加27125219.46元,增长265.6%: the last
            # part's change, or the whole's — the rate after it tells (below)
            of_part = (
                subject_is_part and last_part[:2] == (sentence_start, label) and sentence_whole[0] == sentence_start
            )
            part_change = (len(out) - 1, last_part[2], value, end) if of_part else None
        elif field == "change_pct" and part_change is not None and part_change[3] == words_start and (
            out[part_change[0]].label == label
        ):
            index, part, change, _ = part_change
            whole = sentence_whole[3]
            if _rate_fits(whole, change, value, direction) and not _rate_fits(part, change, value, direction):
                for at in (index, len(out) - 1):  # the whole's change and rate
                    out[at].__dict__.update(label=sentence_whole[1], metric=sentence_whole[2])
            part_change = None
        if kind == "money" and field in ("amount", "budget_initial") and (
            ends_budget
        ):
            paired_budget = len(out) - 1, end
    return out


def _growth_of(cells: tuple[str, ...], rate_text: str) -> bool:
    """Whether the rate printed as ``rate_text`` (%) is the growth the row's cells before it give: the last
    cell over the one two before it (2016, 2017, 增减值, 增减%) or the last two cells' change over the first of
    them (2016, 2017, 增减%) — to the printed rate's last digit, rounded either way."""
    rate = _number(rate_text)
    if rate is None or len(cells) < 2:
        return False
    values = [_number(cell.replace(",", "").replace("−", "-").lstrip("+")) for cell in cells[-3:]]
    if None in values:
        return False
    tolerance = last_place(rate)
    pairs = [(values[-1] - values[-2], values[-2])]
    if len(values) == 3:
        pairs.append((values[-1], values[-3]))
    return any(base and abs(abs(change) * 100 / abs(base) - rate) <= tolerance for change, base in pairs)


# A row of a table printed with spaces: its label, then its cells (年度资金总额: 2300.67 2300.67 ), up to its rate.
ROW_LABEL_RE = re.compile(r"\s*(?:其中[::])?(?P<label>[^\d\s][^\x00]*?)[::]?(?:\s+-?[\d,]+(?:\.\d+)?)+\s*$")


def _ratio_of(cells: tuple[str, ...], rate_text: str) -> bool:
    """Whether the rate printed as ``rate_text`` (%) is the row's last cell over the one before it (全年预算数,
    全年执行数, 执行率: 2300.67 2300.67 100%) — to the printed rate's last digit, rounded either way."""
    rate = _number(rate_text)
    if rate is None or len(cells) < 2:
        return False
    values = [_number(cell.replace(",", "")) for cell in cells[-2:]]
    if None in values or not values[0] or values[0] < 0 or values[1] < 0:
        return False
    return abs(values[1] * 100 / values[0] - rate) <= last_place(rate)


def _rate_fits(amount: Decimal, change: Decimal, rate: Decimal, direction: str | None) -> bool:
    """Whether ``rate`` (%) is ``change`` over the amount before it, ``amount`` being the amount after it (to
    the printed rate's last digit, rounded either way)."""
    before = amount + change if direction == "decrease" else amount - change
    if before <= 0:
        return False
    tolerance = last_place(rate)
    return abs(change * 100 / before - rate) <= tolerance


def _paired_budget(out: list[StatedFigure], index: int) -> str:
    """Turn ``out[index]``, an amount stated as 预算数为…, into its subject's budget (its label without a
    trailing 预算: 公务接待费预算为… is 公务接待费's), and give the label the final after it takes."""
    budget = out[index]
    label = budget.label
    if label.endswith("预算") and LABEL_WORD_RE.search(label[:-2]):
        label = label[:-2]
    out[index] = stated_figure(
        label, "budget_initial", budget.value, budget.unit, None, metric_of_label(label), budget.context,
        budget.ulp, budget.source_line, budget.source_page, budget.compared_with, budget.year,
    )
    return label


# 分别 (respectively): the numbers after it are each the figure of one name, in order — the names
# listed right before it (因公出国(境)费、公务用车购置及运行费和公务接待费分别为…), or, where none is, the
# amounts stated before it in its sentence, else in the sentence before (…因公出国(境)费21.36亿元,公务用车
# 购置及运行费43.99亿元,公务接待费14.34亿元。与2012年预算执行数相比,分别减少0.29亿元、0.33亿元、0.64亿元):
# as many as its numbers, or one more (the whole, stated before its parts).
RESPECTIVELY = "分别"
# What may stand between two numbers of one 分别 list.
RUN_SEPARATORS = frozenset(("、", ",", "和", "及", "与", ""))
NAME_BREAKS_RE = re.compile(r"[,:;。!?]")


# 分别是 / 分别为 then a name and its number (…87.5万元,分别是科技活动交流经费5万元,科技项目评审及系统维护费18万元): the
# parts each printed with its name — the first number's label is the words after 分别是, no list of names before it.
NAMED_AFTER_RE = re.compile(r"分别(?:是|为)[:]?(?P<name>.+)", re.S)
NAMED_AFTER_FIELDS = frozenset(("amount", "count", "change"))


def _named_after_respectively(words: str, field: str) -> str | None:
    """The label of the first number after 分别是 / 分别为 when ``words`` (from 分别 to the number) name it (see
    :data:`NAMED_AFTER_RE`), else None: 分别为 followed by the numbers (or a comparison: 分别比上年增长) is a list."""
    after = NAMED_AFTER_RE.match("".join(words.split()))
    if after is None or not LABEL_WORD_RE.search(name := after.group("name")) or COMPARISON_RE.search(name):
        return None
    return _own_label(name, field)


def _respective(
    text: str, words_start: int, first: re.Match[str], kind: str, field: str, direction: str | None,
    stated: list[str],
) -> dict[int, tuple[str, str, str | None] | None]:
    """The label, field and direction of each number of the 分别 list starting at ``first`` (by its
    start), or None for each where the list's names and numbers cannot be laid over each other."""
    run = [first]
    for match in FIGURE_RE.finditer(text, first.end()):
        if "".join(text[run[-1].end() : match.start()].split()) not in RUN_SEPARATORS or (
            (KIND_OF_UNIT.get(match.group("unit"), "count") if match.group("zero") is None else "money") != kind
        ):
            break
        run.append(match)
    at = text.rfind(RESPECTIVELY, words_start, first.start())
    clause = text[words_start:at]
    breaks = list(NAME_BREAKS_RE.finditer(clause))
    named = clause[breaks[-1].end() :] if breaks else clause
    if len(run) >= 2 and (years := LISTED_YEARS_RE.match(named.strip())) and (
        len(YEAR_NAMED_RE.findall(years.group())) == len(run)
    ) and (label := clean_label(text[at + len(RESPECTIVELY) : first.start()])):
        # 2021年、2022年山东省分别立项实施高标准农田项目620万亩、640万亩: one figure of each year, of the words after
        # 分别 (each year's: see _respective_year)
        return {match.start(): (label, field, direction) for match in run}
    pieces = named.split("、")
    if pieces and "和" in pieces[-1]:
        pieces[-1:] = pieces[-1].rsplit("和", 1)
    elif pieces and "与" in pieces[-1] and len(pieces) < len(run):  # 因公出国(境)经费与公务用车…费分别为a和b
        pieces[-1:] = pieces[-1].rsplit("与", 1)  # (only where the names would be too few: 文化旅游体育与传媒支出)
    names = [clean_label(piece) for piece in pieces] if len(pieces) >= 2 else []
    labels: list[str] | None = None
    if len(run) >= 2:
        if names and all(names) and len(names) == len(run):
            labels = [name for name in names if name]
        elif not names and len(stated) in (len(run), len(run) + 1):
            labels = stated[-len(run) :]  # the parts, after the whole they are of
    return {
        match.start(): (labels[k], field, direction) if labels is not None else None for k, match in enumerate(run)
    }


def _figure_left_out(
    warnings: list[ParseWarning] | None, message: str, paragraph: Paragraph, text: str, base: int, start: int,
    end: int,
) -> None:
    """A figure at ``start:end`` of the joined ``text`` (``paragraph`` at ``base``) left out, told by a parse
    warning quoting the figure and the words before it."""
    _left_out(warnings, message, paragraph, text[max(base, start - 24) : end], start - base)


def _left_out(
    warnings: list[ParseWarning] | None, message: str, paragraph: Paragraph, context: str, offset: int
) -> None:
    """A figure left out, told by a parse warning at the line of ``offset`` in ``paragraph``."""
    if warnings is not None:
        warnings.append(ParseWarning(parser=PARSER_NAME, message=message, context=context,
                                     source_line=paragraph.line_at(offset), source_page=paragraph.page))


# A label ending in a word joining two nouns (镇本级和15个村): the count after it is the second noun's; where a
# money noun and the money follow with no break (15个村防汛工作经费46万元), the pair is the money's label.
COORDINATING_ENDS = ("和", "及", "与", "以及", "、")
# (a label ending so names no count's noun: not a verb ending in 及 or 与, 该项目涉及1087户, 惠及, 参与500人)
JOINED_END_RE = re.compile(r"(?:和|(?<!参)与|、|(?<![涉惠普波危触顾遍])及)$")
PAIR_MONEY_AFTER_RE = re.compile(
    rf"[\u4e00-\u9fff]{{0,12}}(?:资金|经费|补助|补贴|费用?|款)(?:为|是|共|计|合计|共计)?\s*\d[\d,.]*\s*(?:{MONEY_UNIT_ALTERNATION})"
)
PAIR_COUNT_LEFT_OUT = (
    "a count in the second half of a pair that a money figure right after it is of (镇本级和15个村防汛工作经费46万元): "
    "no count of the words before it; left out (the money keeps the pair in its label)"
)


def _counted_money_label(words: str, label: str, field: str, count_label: str | None) -> str | None:
    """The label of a money figure printed right after a count, ``words`` between them (年初批复预算
    8个项目985万元: ``项目``): where the words are only the noun counted (no break, no word naming
    money: 项目资金, 项目经费 say what the money is), the money is what the sentence states of the
    things counted — the count's own label (年初批复预算) for an amount, None (left out) where the count
    has none (含1个年初结转结余项目50万元) or is itself a change (增加8个项目…), or the money is no amount."""
    if PER_UNIT_END_RE.search(words):
        return None  # 按12家街道工委每家10000元: a standard per thing counted, no amount of the noun
    if MONEY_NOUN_END_RE.search(label) or not COUNTED_NOUN_ONLY_RE.fullmatch(words):
        return label
    return count_label if field == "amount" else None


# Money printed after 每 and a measure word (每家, 每人, 每个): what each thing counted gets, not a total.
PER_UNIT_END_RE = re.compile(r"每[\u4e00-\u9fff]$")
# A money figure a standard is named after (4000元的最低资助标准, 300元/人的补助标准 is a rate already).
STANDARD_AFTER_RE = re.compile(r"的[\u4e00-\u9fff]{0,8}?标准")
# A share that is a part of a whole (占…比例 / 比重, 满意度, 知晓率, 认知度, 覆盖率, 合格率): never over 100%.
FULL_SHARE = Decimal(100)
PART_OF_WHOLE_RE = re.compile(r"比例|比重|满意度|满意率|知晓率|知晓度|认知度|覆盖率|合格率|达标率")
OVER_WHOLE_LEFT_OUT = (
    "a share of a whole (比例, 满意度, 覆盖率 …) over 100%: cells printed together (8 | 80% → 880%); left out"
)
PRIOR_AFTER_LIST_LEFT_OUT = (
    "a compared year's amount or budget in the sentence after a list of parts that names no subject (其中:…。比上年"
    "110万元减少…): the whole's or the last part's, not told; left out"
)
PARTS_CHANGE_LEFT_OUT = (
    "a change compared with nothing after a list of two or more parts (其中A100万元,B11万元,减少40万元): the "
    "whole's change or the last part's, not told, and no words of its own; left out"
)


# A note's mark (注: opening a note under a table or a form, not 备注 / 附注 a cell's name): the points a note
# states are a template's rule (一级指标分值统一设置为:产出指标50分…), not the page's score.
NOTE_MARK = "注:"
NOTE_SPAN = 80  # (how far before the points the note's mark is looked for: its rule's first clauses)


def _in_note(text: str, sentence_start: int, start: int) -> bool:
    """Whether a figure at ``start`` stands in a note (:data:`NOTE_MARK`) opened in its sentence, at most
    :data:`NOTE_SPAN` characters before it."""
    at = text.rfind(NOTE_MARK, max(sentence_start, start - NOTE_SPAN), start)
    return at >= 0 and not ("\u4e00" <= text[at - 1 : at] <= "\u9fff")


def _after_parts(text: str, sentence_start: int, start: int) -> bool:
    """Whether two or more money figures are listed between the sentence's 其中 (包括) and ``start``."""
    opened = max(text.rfind("其中", sentence_start, start), text.rfind("包括", sentence_start, start))
    return opened >= 0 and text.count("元", opened, start) >= 2


# 每 and a measure word in the clause of a money figure (每月每人200元, 每人每月补助300元, 每亩补贴80元): a rate per
# person, month, mu … — an amount whose label keeps the 每 words (每生每年 780元); 每年 states a year's amount.
PER_EACH_RE = re.compile(r"每(?!年)[\u4e00-\u9fff]")
PER_EACH = "每"  # (looked for before the pattern: most clauses hold none)
PER_EACH_LEFT_OUT = (
    "a money figure listed (、) right after a rate per person or unit (每人, 每月 …) whose own words do not say "
    "what it is per: left out"
)


# Per-unit standards (补助标准, 单价, 人均 …): a money figure stated per person, household, pupil, mu, month … — read
# as field ``rate`` with what it is per (``per_unit``), never an amount (an analyst summing amounts must not add a rate
# to a total), never its label's metric. The structures:
# - the unit after a slash: 5000元/户, 3.5万元/人, 1000元/生, 30元/平方米, 200元/吨, 500元/人·年, 500元/人/年;
# - 每 and a measure word right after the money: 冷库仓储3100元每平方米;
# - 每 and a measure word in the figure's clause (not 每年 alone: a year's amount): 每人每月100元, 每亩补贴80元,
#   每个乡镇补助7万元, 按每人N元的标准;
# - 人均 / 户均 / 生均 / 亩均 in the figure's clause: 户均1000元/年 (户·年), 人均补助3000元;
# - a standard named after the money (N元的…标准): 一名学生4000元的最低资助标准 — labelled by the standard's words,
#   per the noun counted by 一名/一个 before it where printed, else per nothing printed (None).
# A list of rates (每人每月100元、200元、300元标准) is read only where the page pairs it with as many groups, by
# 分别 or by a clause of the sentence listing as many names (低保人员、特困人员、半失能老人和失能老人) — each rate the
# name in its place; else none of it is read (a warning). A value a rate changed from (从5000元/户提高到6500元/户)
# is left out, the value it came to keeps the standard's label; a change of a rate (提高200元/人) is left out.
PER_UNIT_NOUNS = (
    "平方公里|平方米|立方米|公里|千米|公顷|人次|户次|乡镇|学生|床位|课时|学时|小时|季度|学期|千瓦时|标准间"
)
PER_UNIT_AFTER_RE = re.compile(
    rf"\s*/\s*每?[个名位]?(?P<a>{PER_UNIT_NOUNS}|[A-Za-z²³㎡]+|[\u4e00-\u9fff])"
    rf"(?:\s*[·・/]\s*每?(?P<b>{PER_UNIT_NOUNS}|[\u4e00-\u9fff]))?"
)
SLASH = "/"
# 每 and what follows it (每人, 每个乡镇, 每名学生, 每平方米); 一名 / 一个 and the noun (一名学生), before a standard.
PER_EACH_NOUN_RE = re.compile(rf"每[个名位]?(?P<noun>{PER_UNIT_NOUNS}|[\u4e00-\u9fff])")
ONE_EACH_NOUN_RE = re.compile(rf"一[个名位户](?P<noun>{PER_UNIT_NOUNS}|[\u4e00-\u9fff])")
# (均 right before the money, or before a word of money: 户均1000元/年, 人均调资470.91元, 生均公用经费 — not 均 as
# "each, all" before a verb: 单位和个人均按规定缴纳, 学生均享受)
AVERAGE_RE = re.compile(
    r"(?<!个)(?P<noun>[人户生亩])均"
    r"(?=$|[\u4e00-\u9fff]{0,8}?(?:支出|经费|费|补助|补贴|标准|成本|收入|拨款|投入|资金|工资|调资|金额|奖励|资助))"
)
AVERAGE_WORD = "均"
# The short forms of what a rate is per (学生 → 生; a Latin symbol by its Chinese name).
PER_UNIT_SPELLINGS = {
    "学生": "生", "人员": "人", "㎡": "平方米", "m2": "平方米", "m²": "平方米", "km": "公里", "t": "吨", "kg": "千克",
    "m3": "立方米", "m³": "立方米", "kWh": "千瓦时", "kwh": "千瓦时",
}
# Spans of time a rate may be per as well (每人每月 → 人·月): printed after what else it is per.
TIME_SPANS = frozenset(("年", "月", "日", "天", "周", "季度", "学期", "小时", "课时", "学时"))
RATE_FIELD = "rate"
# A verb ending a rate's label, or before its 户均 / 人均 (补贴标准为, 补贴标准为户均); and a from-word (标准从).
RATE_LABEL_VERB_RE = re.compile(r"(?:为|是|达到|达|从|由)(?=(?:[人户生亩]均)?$)")
# A year printed right before the rate (补贴标准为2018年5000元/户,2019年4000元/户): the year the standard is of.
RATE_YEAR_RE = re.compile(rf"({YEAR})年度?$")
# Words between two rates that name nothing but a year (,2019年): the next rate is of the standard before.
RATE_YEAR_ONLY_RE = re.compile(rf"[,;、]?(?:{YEAR}年度?)?")
# The rest of a list of money figures right after a rate (100元、200元、300元): its figures, in order.
RATE_LIST_RE = re.compile(r"(?:、\s*\d[\d,]*(?:\.\d+)?\s*万?元)+")
RATE_LIST_FIGURE_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# A list of names in a clause (低保人员、特困人员、半失能老人和失能老人): split at 、 and at its last 和 / 及 / 与.
NAME_LIST_SPLIT_RE = re.compile(r"、")
LAST_NAME_JOIN_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?:和|及|与)(?=[\u4e00-\u9fff])")
LISTED_NAME_RE = re.compile(r"[\u4e00-\u9fff“”()]{2,14}")
RATE_CLAUSE_BREAK_RE = re.compile(r"[,;:。]")
RATE_LIST_LEFT_OUT = (
    "a list of rates (每人每月100元、200元、300元) that the page pairs with no list of as many names, by 分别 or in a "
    "clause of its sentence: whose rate each is, not told; left out"
)
RATE_FROM_LEFT_OUT = (
    "a rate a standard changed from (从5000元/户提高到6500元/户): an earlier standard of no year printed; left out"
)
RATE_CHANGE_LEFT_OUT = "a change of a per-unit standard (提高200元/人): no rate, no amount; left out"
RATE_UNNAMED_LEFT_OUT = "a per-unit rate whose words name no standard or item: left out"


def _rate(
    text: str, start: int, end: int, match: re.Match[str], unit: str, squeezed: str, label: str | None, field: str,
    sentence_start: int, last_rate: list, rate_list: dict[int, tuple[str, str | None]], named: bool,
) -> tuple[StatedFigure | None, str | None, int] | None:
    """A money figure at ``start:end`` read as a per-unit rate (see :data:`PER_UNIT_NOUNS`): (its record — line, page
    and context still to be set — or None and why it is left out, where the figure's words end); None where it is no
    rate. ``squeezed``, ``label`` and ``field``: the words since the figure before and what they give it; ``named``: its
    label names one of a list's names (分别); ``last_rate`` ([sentence start, label]) and ``rate_list`` (the paired
    figures still to come) are kept up to date."""
    paired = rate_list.pop(start, None) if rate_list else None
    after = text[end : end + 1]
    standard = STANDARD_AFTER_RE.match(text, end) if after == "的" else None
    if paired is None and standard is None and after not in (SLASH, PER_EACH) and (
        PER_EACH not in squeezed and AVERAGE_WORD not in squeezed
    ) and not (after.isspace() and text[end : end + 3].lstrip()[:1] == SLASH):
        return None  # (most money figures: no word of a rate near them)
    clause = _clause_of(squeezed)
    if paired is not None:
        label, per_unit = paired
        words_end = end
    else:
        per = _rate_per(text, end, clause, standard is not None)
        if per is None:
            return None
        per_unit, words_end = per
    amount = _money(text[start : match.end("tail")], unit)
    if amount is None:
        return None, None, words_end
    year = None
    if paired is None:
        if squeezed[-1:] in FROM_WORDS and FROM_TO_AFTER_RE.match(text, words_end):
            last_rate[:] = sentence_start, label or ""  # 从5000元/户提高到6500元/户: the standard it came to is its
            return None, RATE_FROM_LEFT_OUT, words_end
        same = last_rate[0] == sentence_start and bool(last_rate[1])
        came_to = same and TO_WORDS_RE.fullmatch(clause) is not None  # (…提高到6500元/户)
        if field in ("change", "change_pct") and not came_to:
            return None, RATE_CHANGE_LEFT_OUT, words_end
        if standard is not None:
            label = clean_label(standard.group()[1:]) or label
        elif came_to or (same and label is None and RATE_YEAR_ONLY_RE.fullmatch(clause)):
            label = last_rate[1]  # 补贴标准为2018年5000元/户,2019年4000元/户: the standard's again, of another year
        if label is not None:
            label = RATE_LABEL_VERB_RE.sub("", label) or label  # (补贴标准为户均: 补贴标准户均)
        if label is None:
            return None, RATE_UNNAMED_LEFT_OUT, words_end
        if printed := RATE_YEAR_RE.search(clause):  # (a standard set year by year is of its year, whatever the page's)
            year = int(printed.group(1))
        if not named and words_end == end and (listed := _rate_list(text, sentence_start, start, end)) is not None:
            if listed:  # 低保人员、特困人员…,每人每月100元、200元…: each the name in its place
                per_words = label[label.find(PER_EACH) :] if PER_EACH in label else label
                for at, name in listed[1:]:
                    rate_list[at] = name + per_words, per_unit
                label = listed[0][1] + per_words
        elif not named and words_end == end:
            return None, RATE_LIST_LEFT_OUT, words_end
    figure = stated_figure(
        label, RATE_FIELD, amount.yuan, "yuan", None, None, "", amount.ulp_yuan, 0, None, None, year, per_unit=per_unit
    )
    return figure, None, words_end


# A count of things, then 分别 and a verb, ending the words before one money figure (共十个乡镇分别补助7万元,
# 对5个村分别奖励2万元): what each thing counted gets — a rate per the thing (not a list: no figure follows it with
# 、 / 和 / 及).
EACH_OF_COUNT_RE = re.compile(
    r"(?:\d+|[一二两三四五六七八九十百]+)[个所家座]?(?P<noun>[\u4e00-\u9fff]{1,4}?)分别(?P<verb>[\u4e00-\u9fff]{0,6})$"
)
NEXT_LISTED_FIGURE_RE = re.compile(r"\s*[、和及与]\s*\d")
EACH_REACH = 60  # (how far before the figure its clause is looked at)


def _each_of_count(text: str, sentence_start: int, match: re.Match[str], unit: str) -> StatedFigure | None:
    """The rate a money figure (``match``) states per thing counted before 分别 (see :data:`EACH_OF_COUNT_RE`) in its
    clause (its sentence's words since ``sentence_start``) — line, page and context still to be set; or None."""
    start, end = match.span()
    clause = _clause_of("".join(text[max(sentence_start, start - EACH_REACH) : start].split()))
    if RESPECTIVELY not in clause or (each := EACH_OF_COUNT_RE.search(clause)) is None or (
        NEXT_LISTED_FIGURE_RE.match(text, end)
    ):
        return None
    amount = _money(text[start : match.end("tail")], unit)
    label = clean_label(clause)
    if amount is None or label is None:
        return None
    return stated_figure(
        label, RATE_FIELD, amount.yuan, "yuan", None, None, "", amount.ulp_yuan, 0, None,
        per_unit=_per_unit((each.group("noun"),)),
    )


def _per_unit(nouns: Iterable[str]) -> str:
    """What a rate is per, in short form (:data:`PER_UNIT_SPELLINGS`): the nouns in printed order, spans of time last
    (每月每人 → 人·月), each once."""
    names: list[str] = []
    for noun in nouns:
        name = PER_UNIT_SPELLINGS.get(noun, noun)
        if name not in names:
            names.append(name)
    names.sort(key=TIME_SPANS.__contains__)
    return "·".join(names)


def _rate_per(text: str, end: int, clause: str, standard: bool) -> tuple[str | None, int] | None:
    """(what a money figure ending at ``end`` is a rate per, where its words end) — ``clause`` the words of its clause
    before it — or None where it is no per-unit standard (see :data:`PER_UNIT_NOUNS` and the structures above it).
    ``standard``: a standard is named right after it (N元的…标准); what it is per may then not be printed (None)."""
    nouns: list[str] = []
    if PER_EACH in clause:
        nouns = [m.group("noun") for m in PER_EACH_NOUN_RE.finditer(clause)]
        if all(noun == "年" for noun in nouns):  # 每年安排500万元: a year's amount
            nouns = []
    if not nouns and AVERAGE_WORD in clause and (average := AVERAGE_RE.search(clause)):
        nouns = [average.group("noun")]
    words_end = end
    if text[end : end + 1] == SLASH or (text[end : end + 1].isspace() and text[end:end + 3].lstrip()[:1] == SLASH):
        after = PER_UNIT_AFTER_RE.match(text, end)
        if after is None:
            return None  # 100元/200元, 预算数/执行数: no unit after the slash
        nouns += [n for n in after.group("a", "b") if n]
        words_end = after.end()
    elif text[end : end + 1] == PER_EACH and PER_EACH_RE.match(text, end):
        after = PER_EACH_NOUN_RE.match(text, end)
        nouns.append(after.group("noun"))
        words_end = after.end()
    if nouns:
        return _per_unit(nouns), words_end
    if standard:
        one = ONE_EACH_NOUN_RE.search(clause)
        return (_per_unit((one.group("noun"),)) if one else None), words_end
    return None


def _paired_names(text: str, sentence_start: int, start: int, count: int) -> list[str] | None:
    """The names a list of ``count`` rates starting at ``start`` is paired with: a clause of its sentence before it (the
    nearest two) listing exactly as many names (A、B、C和D; words after 分别 or 按 in it dropped) — or None."""
    clauses = RATE_CLAUSE_BREAK_RE.split(text[sentence_start:start])
    for clause in clauses[-1:-3:-1]:
        clause = "".join(clause.split())
        for cut in (RESPECTIVELY, "按", PER_EACH):
            if (at := clause.find(cut)) >= 0:
                clause = clause[:at]
        names = NAME_LIST_SPLIT_RE.split(clause)
        names[-1:] = LAST_NAME_JOIN_RE.split(names[-1], maxsplit=1)
        if len(names) == count and all(LISTED_NAME_RE.fullmatch(name) for name in names):
            return names
    return None


def _rate_list(text: str, sentence_start: int, start: int, end: int) -> list[tuple[int, str]] | None:
    """Where a rate ending at ``end`` opens a list of money figures (100元、200元、300元): each figure's start with the
    name it is paired with (:func:`_paired_names`), the first's at ``start``; [] where no list follows; None where a
    list follows that no names pair."""
    listed = RATE_LIST_RE.match(text, end)
    if listed is None:
        return []
    starts = [start] + [end + m.start() for m in RATE_LIST_FIGURE_RE.finditer(listed.group())]
    names = _paired_names(text, sentence_start, start, len(starts))
    return None if names is None else list(zip(starts, names, strict=True))


# A money figure printed right before 的 and a percentage, its clause opening with a share's verb (完成112853万元,
# 占年计划100500万元的112.29%; 完成税收收入计划50000万元的104%; 占全市收入250亿元的12%): the base the share is of,
# not a new amount of the sentence — the subject's budget or plan where its words name one (预算, 计划, 任务:
# budget_initial, the subject's), the year's amount where they name a year before (为上年B万元的P%), else the base's
# own amount, labelled by its words without the verb (全市收入). None of them becomes the subject of the figures
# after it.
SHARE_BASE_AFTER_RE = re.compile(r"\s*的\s*\d[\d,]*(?:\.\d+)?\s*%")
SHARE_BASE_NEXT = ("的", " ")  # the character after such a base (tried before the pattern)
SHARE_VERB_RE = re.compile(r"(?:占|完成|达到|达|为|相当于|是)")
PLANNED_WORDS_RE = re.compile(r"预算|计划|任务")
WHOLE = "总"
# The names of the budgets' kinds (全市一般公共预算收入 is revenue, no plan): no budget's words.
BUDGET_KIND_RE = re.compile(r"(?:一般)?公共(?:财政)?预算|政府性基金预算|国有资本经营预算|社会保险基金预算")
CLAUSE_ENDS = ",:、;。!?"


def _glued_to_cells(text: str, end: int) -> bool:
    """Whether a figure ending at ``end`` has more digits right after its unit that make no figure of their own
    (派车次数15000次17180151, 年度资金总额50万元47.6895.00%): cells of a table printed together."""
    return text[end : end + 1].isdigit() and not FIGURE_RE.match(text, end)


def _names_listed_before(text: str, base: int, start: int, number: str) -> bool:
    """Whether the words of the clause right before a count at ``start`` are a list of as many names parted by 、 as
    the count (``number``, as printed) says: 选取哈尔滨市、五常市、北安市3个市、县 — two names at least, each of two
    to twenty characters with no digit."""
    clause = text[max(base, start - MAX_LISTED_NAMES_CHARS) : start]
    cut = max(clause.rfind(mark) for mark in NAME_LIST_STARTS)
    names = clause[cut + 1 :].split(NAME_MARK)
    return len(names) >= 2 and str(len(names)) == number and all(map(LISTED_NAME_RE.fullmatch, names))


# A list of names right before their count (:func:`_names_listed_before`): where it may start, its mark, one name.
NAME_LIST_STARTS = (",", ";", ":", "。", "(", "\x00")
NAME_MARK = "、"
LISTED_NAME_RE = re.compile(r"\s*[\u4e00-\u9fff()]{2,20}\s*")
MAX_LISTED_NAMES_CHARS = 120


def _noun_ends_clause(text: str, at: int) -> bool:
    """Whether the counted noun printed at ``at`` (:data:`COUNTED_NOUN_RE`) ends its clause or sentence, no list's
    enumeration comma (、) after it."""
    noun = COUNTED_NOUN_RE.match(text, at)
    return noun is not None and text[noun.end() : noun.end() + 1] != "、"


def _clause_of(squeezed: str) -> str:
    """The words of ``squeezed`` after its last clause or sentence break."""
    return squeezed[max(map(squeezed.rfind, CLAUSE_ENDS)) + 1 :]


def _base_of_share(squeezed: str, text: str, end: int) -> tuple[str, str | None, str | None] | None:
    """(field, label, compared with) of a money figure that is the base of the share printed right after it (see
    :data:`SHARE_BASE_AFTER_RE`), the words since the figure before being ``squeezed``; None for any other figure.
    The label None: the subject's."""
    if text[end : end + 1] not in SHARE_BASE_NEXT or SHARE_BASE_AFTER_RE.match(text, end) is None:
        return None
    clause = _clause_of(squeezed)
    verb = SHARE_VERB_RE.match(clause)
    if verb is None:
        return None
    words = clause[verb.end() :]
    if PLANNED_WORDS_RE.search(BUDGET_KIND_RE.sub("", words) if "预算" in words else words) and not (
        verb.group() == "占" and WHOLE in words
    ):  # (占项目总预算200万元的25%: a part's share of the whole's budget, that whole's own amount — below)
        return "budget_initial", None, None
    if (prior := _prior_name(words)) is not None:
        return "amount", prior[1], prior[0]
    label = clean_label(words)
    return ("amount", label, None) if label is not None and not COMPARISON_RE.match(words) else None


# A value changed from and the value it came to (三公经费支出从25万元下降至20万元, 资产负债率由65%降至62.36%): the
# first is an earlier value of no year printed (left out), the second the subject's, not a thing called 下降至.
FROM_WORDS = frozenset("由从")
# (not a budget adjusted, 由100万元调整为120万元: the plan and its adjustment, read as budgets)
FROM_TO_AFTER_RE = re.compile(r"\s*(?:增加|增长|上升|提高|提升|减少|下降|降低|压减|减|降|升|增|变)?(?:至|到|为)\s*\d")
TO_WORDS_RE = re.compile(r"(?:增加|增长|上升|提高|提升|减少|下降|降低|压减|减|降|升|增|变)?(?:至|到|为)")
FIELD_OF_KIND = {"money": "amount", "percent": "share_pct", "count": "count"}
FROM_VALUE_LEFT_OUT = "a value changed from (由/从…至…): an earlier value of no year the sentence prints; left out"


# A share whose words are only its base (page cut before its 占: 支出总预算的 95.57%): whose share it is, not printed.
OF = "的"
BASE_ONLY_LEFT_OUT = "a share whose words name only what it is a share of (…的 95%), not whose share it is; left out"


# A label that is only a budget's name (预算为20万元 after 三公经费决算数为18.5万元): the budget of the subject stated
# before in the sentence.
BARE_BUDGET_LABELS = frozenset(("预算", "年度预算", "全年预算", "预算安排", "年度预算安排"))


# A clause opening with the name of an earlier year, stating its outcome (上年执行数49500万元, 2023年决算数为18.5万元,
# 上年同期完成数): that year's amount of the subject — a year named only where it is before the first year the
# paragraph states (a 2024 budget's 2023年“三公”经费决算数); last year's carry-over (上年结转资金) is this year's money.
PRIOR_NAME_RE = re.compile(
    rf"(?:其中)?(?:(?P<prior>上一?年度?|去年|上年同期|去年同期)|(?P<year>{YEAR})\s*年度?)(?:的)?"
)
PRIOR_OUTCOME_RE = re.compile(r"(?:决算|执行|实际|完成|支出|收入)(?:数|额)?(?:为|是|达)?$")
# Last year's name followed by nothing but its outcome's noun (上年执行数, 去年同期完成数, 上年决算数为): the subject's.
PRIOR_OUTCOME_ONLY_RE = re.compile(
    r"(?:同期)?(?:全年)?(?:(?:预计)?(?:决算|执行|实际|完成|实际完成|预计执行)(?:数|额)?)?(?:为|是|达)?"
)


def _prior_name(words: str) -> tuple[str, str | None] | None:
    """(compared with, None: the subject's) where ``words`` are last year's name (上年, 去年) and its outcome's
    noun (or nothing more); else None."""
    named = PRIOR_NAME_RE.match(words)
    if named is None or named.group("prior") is None:
        return None
    if PRIOR_OUTCOME_ONLY_RE.fullmatch(words, named.end()) is None:
        return None  # (去年的“三公”经费决算6.4亿元: a news report's 去年 is the year it reports; its subject named)
    return "prior_year", None


# Clauses since the figure before: a clause naming a reason (增加原因主要是公务用车运行支出增加) names no subject.
ITEM_CLAUSE_SPLIT_RE = re.compile(r"[,,;;。:]")
REASON_CLAUSE_RE = re.compile(r"原因|主要|由于|因为|导致|用于")
# Where an item's clause turns to what it is compared with (公务接待费支出决算比预算无增减变化): its name before.
COMPARED_IN_CLAUSE_RE = re.compile(r"(?:比|较|与|同比|相比)")


def _other_item_named(squeezed: str, subject_metric: str) -> str:
    """The label of the item the last clause of ``squeezed`` (the words since the figure before) names, reasons
    aside, where it is an item of the vocabulary other than ``subject_metric`` (其中,…公务用车运行维护费支出决算比预算
    无增减变化,比去年增加1.05万元: 公务用车运行维护费支出); else ""."""
    for clause in reversed(ITEM_CLAUSE_SPLIT_RE.split(squeezed)):
        if not clause or REASON_CLAUSE_RE.search(clause):
            continue
        named = metric_of_label(clause)
        if named is None:
            continue
        if named == subject_metric:
            return ""
        cut = COMPARED_IN_CLAUSE_RE.search(clause)
        label = _strip_tail(clause[: cut.start()] if cut else clause)
        return label if metric_of_label(label) == named else ""
    return ""


# The first characters of such a clause (上年, 去年, 其中上年, 2023年): a clause opening with none is no earlier year's.
PRIOR_FIRST = "上去其12"
PRIOR_FIRST_RE = re.compile(f"[{PRIOR_FIRST}]")  # (tried on the words before the figure first: most hold none)


def _prior_clause(
    squeezed: str, first_year: int | None, budget_year: int | None = None
) -> tuple[str, str, str | None] | None:
    """(field, compared with, own label or None) of a money amount whose clause (the words since the last break in
    ``squeezed``) opens with an earlier year's name (see :data:`PRIOR_NAME_RE`); else None. That year's budget
    (2023年“三公”经费预算数为22万元 in a 2024 budget) is its budget (budget_initial). In a budget of
    ``budget_year``, a year before it is earlier wherever the paragraph names it (2024年三公经费执行数2010.95万元,
    2025年三公经费预算数…: the 2025 budget's paragraph opening with 2024's execution)."""
    if budget_year is not None and (first_year is None or budget_year > first_year):
        first_year = budget_year
    cut = max(map(squeezed.rfind, CLAUSE_ENDS))
    if cut < 0 and budget_year is None:
        return None
    words = squeezed[cut + 1 :]
    if not words or words[0] not in PRIOR_FIRST:
        return None
    if (prior := _prior_name(words)) is not None:
        return "amount", *prior
    named = PRIOR_NAME_RE.match(words)
    if named is None or named.group("year") is None or first_year is None or int(named.group("year")) >= first_year:
        return None
    rest = words[named.end() :]
    if CARRIED_RE.search(rest):
        return None
    if EARLIER_BUDGET_RE.search(rest):
        return "budget_initial", named.group("year"), clean_label(EARLIER_BUDGET_RE.sub("", rest))
    if "预算" in rest or not PRIOR_OUTCOME_RE.search(rest):
        return None
    return "amount", named.group("year"), None if PRIOR_OUTCOME_ONLY_RE.fullmatch(rest) else clean_label(rest)


# A change counted on a comparable basis (剔除减税降费因素,同口径下降0.9%; 可比口径增长) after the plain change of the
# same subject in its sentence (下降6.4%,…): not that change — its label says so, and it names no metric of the
# vocabulary. (Where it is the only change printed, 同口径比2018年减少9万元, it is the subject's change as printed.)
COMPARABLE_BASIS_RE = re.compile(r"同口径|可比口径")
COMPARABLE_BASIS_WORD = "口径"
COMPARABLE_BASIS_LABEL = COMPARABLE_BASIS_MARK


# A clause opening with a year (2018年总收入…, 主要原因是2020年有…, (2)2019年…): a few words at most before it, none of
# them a comparison's or a share's (比2020年, 较2019年的, 与2021年相比, 占2020年…, 完成2022年预算的…, 对比 / 相对 / 对照
# 2020年: the year compared with, not the figure's), and no range (2018年-2020年: no one year) nor a month after it (a
# date: 2024年5月25日, a signature's, run into the sentence after it). 对 alone before the year is the preposition of
# what the clause acts on, that year's ((一)对2021年188户户贷进行贴息,…,共计18.027813万元 in a 2024 notice: 2021's).
CLAUSE_YEAR_RE = re.compile(
    r"\s*(?:\(?[一二三四五六七八九十\d]{1,2}[)、.]\s*)?(?P<words>[\u4e00-\u9fff]{0,6}?)\s*"
    rf"(?P<year>{YEAR})\s*年(?!\s*[-—~至到]\s*(?:19|20)?\d{{2}}|\s*\d{{1,2}}\s*月)"
)
# (nor a clause of the present naming the year of what it acts on: 今年继续对2017年实施的清洁取暖改造用户给予1000元/年 —
# this year's standard, for the homes renovated in 2017)
NOT_OWN_YEAR_WORDS_RE = re.compile(r"[比较与占完达超低高于为同相]|对[比照]|今年|本年")
# A comparison with a year anywhere in a clause (与2022年度相比, 较2020年增加): after it the figures are no longer of
# that year, where it is the year in force (2022年度收入总计400.22万元,…,与2022年度相比,收入…增加52.91万元: 2023's).
COMPARED_YEAR_RE = re.compile(rf"(?:{COMPARED_WITH_ALTERNATION}|对比)\s*((?:19|20)\d{{2}})\s*年")
# Words of the present opening a clause (目前已完成…, 截至目前, 现有…): the document's own time again.
NOW_WORDS = r"(?:目前|当前|现在|截至目前|截止目前|截至当前|至今|现已|现有)"
NOW_WORDS_RE = re.compile(rf"\s*{NOW_WORDS}")
# What ends the year in force in words naming no year: a sentence's end, or a clause opening with words of the
# present (see :func:`_clause_year`).
YEAR_OVER_RE = re.compile(rf"[。!?]|(?:^|[,:;])\s*{NOW_WORDS}")
# A clause that is only a year (2019年, / 2020年度, / 截至2020年底,): the year of the clauses after it.
BARE_YEAR_CLAUSE_RE = re.compile(r"\s*(?:度|底|末|全年|上半年|下半年)?\s*")
# The breaks a clause starts after, for the year heading it (a sentence's break too, and a list's 、: an item may open
# with a year of its own, 主要原因是…2020年凌云路项目收支2,000万元、2020年度特别抗疫国债资金收支3,500万元 in a 2021
# account — the 3,500万元 is 2020's).
YEAR_CLAUSE_BREAKS_RE = re.compile(r"[,:;。!?、]")
# A clause opening with a list of years (2021年、2022年山东省…资金共计1838247万元, 2021年和2022年…): the figures after
# it are of the span, or one of each year (…分别…620万亩、640万亩): of no one year the parser can tell — left out
# (:data:`SEVERAL_YEARS_LEFT_OUT`) — but where the clause says 分别 and lists one figure per year (2021年、2022年
# 山东省分别立项实施…620万亩、640万亩,同步发展…166万亩、167万亩): each year's in its place
# (:func:`_respective_year`). The year that ends such a list (right after it, or the one a clause after a 、 opens
# with, given one before the 、) is told by these.
LISTED_YEAR_AFTER_RE = re.compile(rf"\s*度?\s*[、和及]\s*{YEAR}\s*年")
LISTED_YEAR_BEFORE_RE = re.compile(rf"{YEAR}\s*年度?\s*$")
SEVERAL_YEARS = 0  # (the year in force of a clause headed by a list of years: see LISTED_YEAR_AFTER_RE)
SEVERAL_YEARS_LEFT_OUT = (
    "a figure in a clause headed by a list of years (2021年、2022年…共计X万元, …分别…X、Y): of several years, or of "
    "one the parser cannot tell; left out"
)
FULL_STOP_RE = re.compile(f"[{SENTENCE_ENDS}]")


# The years in force while figures are read: (a clause's year, the section's, the one in force — the clause's, else
# the section's).
YearsInForce = tuple[int | None, int | None, int | None]


@functools.lru_cache(maxsize=16384)
def _years_after(
    squeezed: str, opens: bool, years: YearsInForce | None, document_year: int | None
) -> YearsInForce | None:
    """The years in force after the words ``squeezed`` before a figure (``opens``: from the paragraph's start),
    given those in force before them (see :func:`_clause_year`), or None where none is. The document's own year of
    a clause is none, unless under a section of another year."""
    clause_year, section_year = (None, None) if years is None else years[:2]
    if opens and (run_in := RUN_IN_YEAR_HEADING_RE.match(squeezed)) and int(run_in.group("year")) != document_year:
        # (a paragraph opening with a heading of its own run in, 2.2021年度绩效目标。新建高标准农田620万亩…: the
        # paragraph's figures are of the year it names, as under a section's heading)
        section_year = int(run_in.group("year"))
    if YEAR_WORD in squeezed:
        ends, year, compared_year_named = _clause_year(squeezed, opens)
        if ends or year is not None:
            clause_year = None if year == document_year and section_year is None else year
        if compared_year_named is not None and compared_year_named == clause_year:
            clause_year = None  # (…2022年度收入总计400.22万元,与2022年度相比,…增加52.91万元: not 2022's)
    elif YEAR_OVER_RE.search(squeezed):  # (a sentence's end, or a clause of the present)
        clause_year = None
    if clause_year is None and section_year is None:
        return None
    return clause_year, section_year, clause_year if clause_year is not None else section_year


@functools.lru_cache(maxsize=16384)
def _clause_year(segment: str, opens: bool) -> tuple[bool, int | None, int | None]:
    """What the words between a figure and the one before (``segment``; ``opens``: from the paragraph's start) say
    of the year the figures after them are of: (whether the year in force is over — a sentence ends in them, or a
    clause opens with words of the present, :data:`NOW_WORDS_RE` —, the year heading the last clause after that
    which opens with one, or None, and the year the clauses after it compare with, or None). A year heading a
    clause (:data:`CLAUSE_YEAR_RE`: ``2018年总收入127,011,195.09元(含结转),其中…;总支出…``) is the year of the
    figures after it, up to the sentence's end or the next clause headed by another year (``2020年收入X万元,2021年
    收入Y万元,增加Z万元``: Z is 2021's); a comparison's year (``较2020年增加``) is no clause's, and ends the year in
    force where it is that year (:data:`COMPARED_YEAR_RE`)."""
    full_stops = list(FULL_STOP_RE.finditer(segment))
    ends = opens or bool(full_stops)
    rest = segment[full_stops[-1].end() :] if full_stops else segment
    if YEAR_WORD not in rest and not NOW_WORDS_RE.search(rest):
        return ends, None, None
    clause_starts = [0] if ends else []  # (the words before the segment's first break go on a clause begun before)
    clause_starts.extend(m.end() for m in YEAR_CLAUSE_BREAKS_RE.finditer(rest))
    compared = None
    for k in range(len(clause_starts) - 1, -1, -1):
        at = clause_starts[k]
        end = clause_starts[k + 1] - 1 if k + 1 < len(clause_starts) else len(rest)  # (where its break stands)
        if NOW_WORDS_RE.match(rest, at):
            return True, None, None
        head = CLAUSE_YEAR_RE.match(rest, at)
        if head is not None and not NOT_OWN_YEAR_WORDS_RE.search(head.group("words")):
            if LISTED_YEAR_AFTER_RE.match(rest, head.end()) or (
                at > 0 and rest[at - 1] == "、" and not head.group("words")
                and LISTED_YEAR_BEFORE_RE.search(rest, 0, at - 1)
            ):  # (2021年、2022年…: a list of years heads the clause)
                return ends, SEVERAL_YEARS, compared
            if end == len(rest) or BARE_YEAR_CLAUSE_RE.fullmatch(rest, head.end(), end):
                return ends, int(head.group("year")), compared
            # a year clause stating no figure, and more than a year: an event's year (2018年正式命名为…幼儿园,我园现有
            # 学生683人: the pupils are not 2018's) — no year in force after it
            return True, None, None
        if compared is None and (named := COMPARED_YEAR_RE.search(rest, at, end)):
            compared = int(named.group(1))
    return ends, None, compared


# A list of years (2021年、2022年, 2021年度和2022年度), and the next figure of a list after a figure (、640万亩).
LISTED_YEARS_RE = re.compile(rf"(?:{YEAR}\s*年度?\s*[、和及]\s*)+{YEAR}\s*年度?")
NEXT_LISTED_FIGURE_AFTER_RE = re.compile(r"\s*[、和及]\s*\d[\d,]*(?:\.\d+)?\s*")
LIST_JOINS = frozenset("、和及")


def _respective_year(text: str, base: int, start: int, end: int, place: int) -> int | None:
    """The year of a figure at ``start:end`` (of a paragraph at ``base``), the ``place``-th (from 0) of a list of
    figures joined by 、, in a sentence that lists years and says 分别 after them (2021年、2022年山东省分别立项实施
    高标准农田项目620万亩、640万亩: 620 is 2021's, 640 2022's), or None where the list of figures is not one per
    year."""
    sentence = max(base, *(text.rfind(mark, base, start) + 1 for mark in SENTENCE_ENDS))
    listed = None
    for match in LISTED_YEARS_RE.finditer(text, sentence, start):
        listed = match
    if listed is None or RESPECTIVELY not in text[listed.end() : start]:
        return None
    years = [int(year) for year in YEAR_NAMED_RE.findall(listed.group())]
    unit = text[start:end].lstrip("0123456789,. ")
    count, at = place + 1, end
    while (after := NEXT_LISTED_FIGURE_AFTER_RE.match(text, at)) and text.startswith(unit, after.end()):
        count, at = count + 1, after.end() + len(unit)
    return years[place] if count == len(years) and len(set(years)) == len(years) else None


def _heading_year(paragraphs: Sequence[Paragraph], index: int) -> int | None:
    """The one year the nearest heading above paragraph ``index`` names (no comparison: see :func:`_section_years`),
    or None (no heading within :data:`HEADING_LOOKBACK` paragraphs)."""
    for k in range(index - 1, max(-1, index - 1 - HEADING_LOOKBACK), -1):
        if paragraphs[k].kind == HEADING:
            text = paragraphs[k].text
            named = set(YEAR_NAMED_RE.findall(text))
            return int(named.pop()) if len(named) == 1 and not HEADING_COMPARISON_RE.search(text) else None
    return None


HEADING_LOOKBACK = 8
# A heading run in at a paragraph's start (2.2021年度绩效目标。新建…, (二)2020年工作完成情况:…): a numbered or bare
# year, a section's noun (目标, 情况, …) and a full stop or colon — the paragraph's figures are of that year (an event's
# year, 2018年正式命名为…。, names no section's noun: see _clause_year).
RUN_IN_YEAR_HEADING_RE = re.compile(
    r"\s*(?:\(?[一二三四五六七八九十\d]{1,2}[)、.]\s*)?"
    rf"(?P<year>{YEAR})\s*年度?[\u4e00-\u9fff“”]{{0,10}}?(?:目标|情况|任务|计划|安排|概况)\s*[。:]"
)
# How far into a paragraph the year opening it may stand ((一)对 and six words before 2016年: CLAUSE_YEAR_RE).
OPENING_YEAR_SPAN = 20


def _opening_year(text: str, at: int) -> int | None:
    """The year heading the clause that opens at ``at`` in ``text`` (:data:`CLAUSE_YEAR_RE`), or None."""
    head = CLAUSE_YEAR_RE.match(text, at)
    return int(head.group("year")) if head and not NOT_OWN_YEAR_WORDS_RE.search(head.group("words")) else None


KIND_OF = attrgetter("kind")
TEXT_OF = attrgetter("text")
HEADING = "heading"
# A section heading's rank: 第一部分 (0) over 一、 (1) over (一) (2).
HEADING_RANK_RES = (
    re.compile(r"\s*第[一二三四五六七八九十]+部分"),
    re.compile(r"\s*[一二三四五六七八九十]{1,3}\s*、"),
    re.compile(r"\s*\(\s*[一二三四五六七八九十]{1,3}\s*\)"),
)
HEADING_COMPARISON_RE = re.compile(r"比|较|对比|相比|与上年")


def _section_years(paragraphs: Sequence[Paragraph], document_year: int) -> list[int | None] | None:
    """The year each paragraph's section is of, as its headings name it: a numbered heading naming one year
    (``一、2022年财政收入预算执行情况``, ``(二)2023年预算草案``) gives it to every paragraph under it, up to the next
    heading of its rank or above (a lower one, ``(一)年初预算安排情况``, keeps it); a heading naming none, or several
    years, or a comparison (``三、2021年与2020年对比``), ends it. ``document_year``'s sections are None, as are
    those of no year; and the whole is None where no heading names another year than ``document_year`` (most
    documents: only their headings are looked at)."""
    # (the headings' texts found in C — a document's hundreds of paragraphs — and their years in one scan)
    kinds = list(map(KIND_OF, paragraphs))
    texts = list(map(TEXT_OF, compress(paragraphs, map(HEADING.__eq__, kinds))))
    if not set(YEAR_NAMED_RE.findall(LINE_JOIN.join(texts))) - {str(document_year)}:
        return None
    headings: list[tuple[int, str]] = []
    index = -1
    for text in texts:
        index = kinds.index(HEADING, index + 1)
        headings.append((index, text))
    out: list[int | None] = [None] * len(paragraphs)
    ranks: dict[int, int | None] = {}  # the open headings' ranks and the year each names
    year: int | None = None
    for k, (index, text) in enumerate(headings):
        text = text.lstrip("# ")
        rank = next((r for r, pattern in enumerate(HEADING_RANK_RES) if pattern.match(text)), None)
        if rank is not None:
            named = {int(y) for y in YEAR_NAMED_RE.findall(text)}
            for open_rank in [r for r in ranks if r >= rank]:
                del ranks[open_rank]
            ranks[rank] = named.pop() if len(named) == 1 and not HEADING_COMPARISON_RE.search(text) else None
            year = next((ranks[r] for r in sorted(ranks, reverse=True) if ranks[r] is not None), None)
            year = None if year == document_year else year
        if year is not None:
            end = headings[k + 1][0] if k + 1 < len(headings) else len(paragraphs)
            out[index:end] = [year] * (end - index)
    return out


# An earlier year's budget ending its clause (2023年“三公”经费预算数为, 2023年年初预算): that year's budget.
EARLIER_BUDGET_RE = re.compile(r"(?:年初|全年|调整后?)?预算(?:数|安排数?)?(?:拨入|安排|拨款)?(?:为|是|共计)?$")
CARRIED_RE = re.compile(r"结转|结余")


def _money_owner(
    subject_label: str | None, subject_kind: str, money_subject: tuple[str, str | None, bool] | None
) -> str | None:
    """The label of the money the sentence states before: its subject's, or the last money subject's."""
    if subject_kind == "money":
        return subject_label
    return money_subject[0] if money_subject is not None else None


# A count of people printed right after a count of groups or batches of the same thing, with no label of
# its own (国内公务接待221批次,1768人; 因公出国(境)团组1378个,共4772人次): the people of those groups. Its
# label is the groups' without the counted noun, and the people's measure (国内公务接待人次).
PERSON_UNITS = frozenset(("人", "人次", "名"))
GROUP_UNITS = frozenset(("批次", "个", "次"))
PEOPLE_AFTER_GROUPS_RE = re.compile(r"[,、]?(?:共计?|合计)?")
GROUP_NOUN_END_RE = re.compile(r"(?:团组|批次|批|个)$")


def _people_label(groups_label: str, unit: str) -> str:
    """The label of a count of people after a count of groups labelled ``groups_label`` (see
    :data:`PERSON_UNITS`): ``国内公务接待`` + 人次 → ``国内公务接待人次``; 人 / 名 → ``…人数``."""
    base = GROUP_NOUN_END_RE.sub("", groups_label)
    return base + ("人次" if unit == "人次" else "人数")


# A budget and a final stated as a pair in one sentence (“三公”经费预算数为832.05万元,决算支出数为820.33万元):
# the first is the subject's budget, the second — whose clause names only the 决算 — the subject's amount.
# (A 决算 clause with a year of its own, 2023年决算数为…, is another year's figure: no pair.)
# A year heading a sentence (2021年的三公经费…, 2022年度…): see ``first_year`` in :func:`_figures`.
YEAR_HEAD_RE = re.compile(rf"\s*[\u4e00-\u9fff]{{0,6}}?({YEAR})\s*年")
YEAR_NAMED_RE = re.compile(rf"({YEAR})\s*年")
PAIRED_BUDGET_ENDS = ("预算数为", "预算为", "预算数是", "预算是")
# (or, in a self-evaluation's summary, the 执行数: 项目全年预算数为1050万元,执行数为1050万元,完成预算的100%)
# (or the final of the same item named again in the next clause: 实际支出“三公经费”决算为, 决算支出)
FINAL_WORDS_RE = re.compile(r"决算|实际支出|实际执行|执行数")
PAIRED_FINAL_RE = re.compile(r"[,,]?(?:(?:支出)?决算(?:支出)?|执行)(?:数)?(?:为|是)?")

_new = object.__new__


def stated_figure(
    label: str, field: str, value: Decimal, unit: str, direction: str | None, metric: str | None,
    context: str, ulp: Decimal | None, source_line: int, source_page: int | None, compared_with: str | None = None,
    year: int | None = None, per_unit: str | None = None, stage: str | None = None,
) -> StatedFigure:
    """``StatedFigure(label=label, …)``, made without the frozen dataclass's ``__init__``: it sets
    each of the thirteen fields through ``object.__setattr__``, and a document states thousands of
    figures (making them was a fifth of this reader's time). The same record: every field set, in
    the order the dataclass declares them (tests/test_prose_scans.py compares it with the
    constructor's, field by field, so a field added to the record fails there until it is set
    here)."""
    if stage is not None:  # (a target set is no figure of its label's metric: never reconciled, never summed)
        metric = None
    if unit == "yuan" and metric in COUNT_METRICS:  # 公务用车购置1422万元: money, not the vehicles bought
        metric = None
    elif field == "count" and unit in MEASURE_UNITS:  # 铺建砂石路11公里, 建成原种基地400亩: a length or an area
        field, unit = "measure", SPELLINGS.get(unit, unit)  # (1100m: 米)
    elif unit in LATIN_MEASURE_UNITS:  # (a change of a measure: 比上年增加3km)
        unit = SPELLINGS[unit]
    figure = _new(StatedFigure)
    figure.__dict__.update(
        source_line=source_line, source_page=source_page, label=label, field=field, value=value, unit=unit,
        direction=direction, metric=metric, context=context, ulp=ulp, compared_with=compared_with, year=year,
        per_unit=per_unit, stage=stage,
    )
    return figure


def parse_statements(
    paragraphs: Iterable[Paragraph], warnings: list[ParseWarning] | None = None, budget_year: int | None = None,
    document_year: int | None = None,
) -> list[StatedFigure]:
    """Every stated figure of every prose paragraph (table rows are left to the table readers);
    ``paragraphs`` as :func:`~ingest.final_accounts.paragraphs.build_paragraphs` gives them. A
    figure left out for want of a label it can be given is told by a :class:`ParseWarning`
    appended to ``warnings``, if given. ``budget_year``: the year of a budget document (an amount its
    sentences state of an earlier year is that year's, see :func:`_prior_clause`). ``document_year``: the year
    the document is of; a figure its sentence or clause (or, in a budget, its section) states of another year carries
    that year
    (``StatedFigure.year``, see :func:`_clause_year` and :func:`_section_years`).

    The figures are found in one scan of the whole document (most paragraphs state none), past
    its table rows (:func:`_prose_spans`)."""
    paragraphs = as_paragraphs(paragraphs)
    text, starts = joined_texts(paragraphs, "text", LINE_JOIN)
    if starts is None:  # a NUL printed inside a paragraph: one by one
        return [f for p in paragraphs if p.kind != "table" for f in figures_in_paragraph(p, warnings)]
    spans = list(_prose_spans(paragraphs, starts))
    matches = chain.from_iterable(FIGURE_RE.finditer(text, *span) for span in spans)
    out = _figures(paragraphs, text, starts, matches, warnings, budget_year, document_year)
    _budgets_beside_finals(out)
    out.extend(_scores_below_headings(paragraphs, text, starts))
    out.extend(_budget_execution_without_subject(paragraphs, text, starts, spans, out, warnings))
    if "*" in text:  # (a page whose amounts an aggregator masked: a literal searched once)
        out.extend(_masked_budget_execution(paragraphs, text, starts, spans, out, warnings))
    return out


# Two amounts of one item on one line, one stated as its budget and one as its final (“三公”经费预算数20万元,
# “三公”经费决算数9.07万元; 决算数9.07万元,…预算数20万元): the label drops the 预算数 / 决算数 it ends with, so both
# would be amounts of 三公经费 — the one stated as a budget is its budget (budget_initial). Told by the words right
# before each number.
FIGURE_AT_END_RE = re.compile(rf"\d[\d,]*(?:\.\d+)?\s*(?:{MONEY_UNIT_ALTERNATION}|万)$")
STATED_AS_BUDGET_RE = re.compile(r"预算(?:数|安排数?)?(?:为|是|:)?$")
# The labels of a final named by its word alone (实际支出9.07万元 after the budget of 三公经费).
OUTCOME_ONLY_LABELS = frozenset(
    ("实际支出", "支出决算", "决算支出", "实际执行", "实际完成", "决算", "全年支出", "实际")
)
STATED_AS_FINAL_RE = re.compile(r"(?:决算|执行|实际支出|实际|支出|完成)(?:数|额)?(?:为|是|:|共计|合计)?$")


def _budgets_beside_finals(out: list[StatedFigure]) -> None:
    """Turn into its budget each amount of :data:`STATED_AS_BUDGET_RE` whose line states the same item's final
    (same metric, words of :data:`STATED_AS_FINAL_RE`), in place."""
    by_item: dict[tuple[int | None, int, str], list[int]] = {}
    for index, figure in enumerate(out):
        if figure.field == "amount" and figure.metric is not None and figure.unit == "yuan" and (
            figure.compared_with is None
        ):
            by_item.setdefault((figure.source_page, figure.source_line, figure.metric), []).append(index)
    for index in range(len(out) - 1):  # 三公经费预算为20万元,实际支出9.07万元: the final named by its word alone
        budget, final = out[index], out[index + 1]
        if final.label in OUTCOME_ONLY_LABELS and budget.field == "amount" and final.field == "amount" and (
            budget.metric is not None and final.metric is None and budget.source_line == final.source_line
        ) and budget.unit == final.unit == "yuan" and _stated_as(budget.context or "") == "budget":
            label = budget.label[:-2] if budget.label.endswith("预算") and len(budget.label) > 3 else budget.label
            out[index] = stated_figure(label, "budget_initial", budget.value, budget.unit, None, budget.metric,
                                       budget.context or "", budget.ulp, budget.source_line, budget.source_page,
                                       year=budget.year)
            changes = [index + 1]
            while changes[-1] + 1 < len(out) and out[changes[-1] + 1].field in ("change", "change_pct") and (
                out[changes[-1] + 1].label == final.label and out[changes[-1] + 1].source_line == final.source_line
            ):
                changes.append(changes[-1] + 1)
            for k in changes:  # (and its changes right after it, under the same word)
                figure = out[k]
                out[k] = stated_figure(label, figure.field, figure.value, figure.unit, figure.direction,
                                       budget.metric, figure.context or "", figure.ulp, figure.source_line,
                                       figure.source_page, figure.compared_with, figure.year)
    _budgets_confirmed(out)
    for indexes in by_item.values():
        if len(indexes) < 2:
            continue
        stated = {index: _stated_as(out[index].context or "") for index in indexes}
        if "final" in stated.values() and "budget" in stated.values():
            for index, kind in stated.items():
                if kind == "budget":
                    budget = out[index]
                    out[index] = stated_figure(
                        budget.label, "budget_initial", budget.value, budget.unit, None, budget.metric,
                        budget.context or "", budget.ulp, budget.source_line, budget.source_page, year=budget.year,
                    )


def _budgets_confirmed(out: list[StatedFigure]) -> None:
    """Turn into its budget, in place, each amount stated as a budget (2021年我镇“三公”经费预算为20万元) that the
    item's final and its change against the budget stated elsewhere in the document make (“三公”经费支出共计9.07万元,
    较年初预算数减少10.93万元: 9.07 + 10.93 = 20) — and the parts listed right after it on its line where they add up
    to it (其中:因公出国(境)费0万元,公务接待费9万元,公务用车运行维护费11万元: the parts of the budget)."""
    against_budget = [
        figure for figure in out
        if figure.field == "change" and figure.compared_with == "budget" and figure.metric is not None
        and figure.unit == "yuan"
    ]
    if not against_budget:
        return
    for index, budget in enumerate(out):
        if budget.field != "amount" or budget.metric is None or budget.unit != "yuan" or (
            _stated_as(budget.context or "") != "budget"
        ):
            continue
        made = any(
            final.field == "amount" and final.metric == budget.metric and final is not budget and final.unit == "yuan"
            and final.compared_with is None
            and (final.value + change.value if change.direction == "decrease" else final.value - change.value)
            == budget.value
            for change in against_budget if change.metric == budget.metric
            for final in out
        )
        if not made:
            continue
        parts, total = [], Decimal(0)
        for k in range(index + 1, len(out)):
            part = out[k]
            if part.field != "amount" or part.unit != "yuan" or part.source_line != budget.source_line or (
                total + part.value > budget.value
            ):
                break
            parts.append(k)
            total += part.value
            if total == budget.value and (k + 1 >= len(out) or out[k + 1].field != "amount" or (
                out[k + 1].value != 0 or out[k + 1].source_line != budget.source_line
            )):
                break
        for k in [index, *(parts if total == budget.value and len(parts) >= 2 else [])]:
            figure = out[k]
            out[k] = stated_figure(figure.label, "budget_initial", figure.value, figure.unit, None, figure.metric,
                                   figure.context or "", figure.ulp, figure.source_line, figure.source_page,
                                   year=figure.year)


def _stated_as(context: str) -> str | None:
    """``budget`` / ``final`` by the words right before the figure ending ``context``, else None."""
    figure = FIGURE_AT_END_RE.search(context)
    words = "".join(context[: figure.start() if figure else len(context)].split())
    if STATED_AS_BUDGET_RE.search(words):
        return "budget"
    return "final" if STATED_AS_FINAL_RE.search(words) else None


# A self-evaluation's summary stating its budget, its execution and their rate in one sentence with no subject
# (项目绩效自评得分为95分。全年预算数为200万元,执行数为179.43万元,完成预算的89.7%): the figures of what the document
# evaluates, whose subject the sentence does not print — read only where the rate is the execution over the budget
# (179.43 / 200 = 89.7%), else left out with a parse warning. Found from its 预算 (a literal the engine skips to);
# the budget's qualifier (全年, 年初) before it is looked at after.
BUDGET_EXECUTION_RE = re.compile(
    r"预算(?P<budget_noun>数|金额|资金)?(?:为|是|:)?\s*(?P<budget>\d[\d,]*(?:\.\d+)?)\s*(?P<budget_unit>亿元|万元|元)"
    r"\s*[,;]\s*"
    r"(?P<executed_words>(?:全年|实际)?(?:执行|支出|使用|决算)(?:数|金额|资金)?)(?:为|是|:)?\s*"
    r"(?P<executed>\d[\d,]*(?:\.\d+)?)\s*(?P<executed_unit>亿元|万元|元)"
    r"\s*[,;]\s*"
    r"(?P<rate_words>(?:完成|为)(?:年初|全年|调整后?)?预算数?的?|(?:预算)?执行率(?:为|是|达到|达)?)\s*"
    r"(?P<rate>\d+(?:\.\d+)?)\s*%"
)
# The budget's qualifier printed before its 预算 (全年预算数, 年初预算), part of its label.
BUDGET_QUALIFIER_RE = re.compile(r"(?:年初|全年|年度|调整后?)\Z")
# What may stand before such a sentence for it to have no subject: the paragraph's start or a sentence's end —
# after a comma the clause before may name it (XX项目,全年预算数为…), after a colon the heading before it
# (劳动人事争议调解经费项目绩效自评综述:全年预算数为…).
SUBJECTLESS_BEFORE = frozenset("。;!?\x00")
BUDGET_EXECUTION_LEFT_OUT = (
    "a budget, its execution and a rate stated with no subject (全年预算数为…,执行数为…,完成预算的…%) whose rate is "
    "not the execution over the budget: which figure is which the sentence does not confirm; left out"
)


def _budget_execution_without_subject(
    paragraphs: Sequence[Paragraph], text: str, starts: list[int], spans: Iterable[tuple[int, int]],
    read: list[StatedFigure], warnings: list[ParseWarning] | None,
) -> list[StatedFigure]:
    """The budget, execution and rate of each subject-less sentence of :data:`BUDGET_EXECUTION_RE` whose rate is
    the execution over the budget (to the rate's last printed digit), where the sentence reader read none of the
    three (a sentence with a subject is its)."""
    out: list[StatedFigure] = []
    for span in spans:
        for match in BUDGET_EXECUTION_RE.finditer(text, *span):
            qualifier = BUDGET_QUALIFIER_RE.search(text, max(span[0], match.start() - 3), match.start())
            head = qualifier.start() if qualifier else match.start()
            before = text[max(span[0], head - 1) : head].strip()
            if head > span[0] and before not in SUBJECTLESS_BEFORE:
                continue  # a subject, or a clause that may name it, stands before
            index = bisect_right(starts, match.start()) - 1
            paragraph, base = paragraphs[index], starts[index]
            line = paragraph.line_at(match.start("budget") - base)
            executed_line = paragraph.line_at(match.start("executed") - base)
            rate_line = paragraph.line_at(match.start("rate") - base)
            budget = _money(match.group("budget"), match.group("budget_unit"))
            executed = _money(match.group("executed"), match.group("executed_unit"))
            rate = _number(match.group("rate"))
            if budget is None or executed is None or rate is None or budget.yuan == 0:
                continue
            read_there = [f for f in read if f.source_line in (line, executed_line, rate_line)]
            if any(f.unit == "yuan" and f.value in (budget.yuan, executed.yuan) for f in read_there):
                continue  # (the sentence reader gave them a subject)
            context = text[head : match.end()][:80]
            tolerance = Decimal(1).scaleb(min(rate.as_tuple().exponent, 0))  # type: ignore[arg-type]
            if abs(executed.yuan * 100 / budget.yuan - rate) > tolerance:
                _left_out(warnings, BUDGET_EXECUTION_LEFT_OUT, paragraph, context, match.start() - base)
                continue
            budget_label = text[head : match.start()] + "预算" + (match.group("budget_noun") or "")
            executed_label = match.group("executed_words")
            rate_label = match.group("rate_words").removesuffix("的").rstrip("为是达到")
            page = paragraph.page_at(match.start("budget") - base)
            out.append(stated_figure(budget_label, "budget_initial", budget.yuan, "yuan", None, None, context,
                                     budget.ulp_yuan, line, page))
            out.append(stated_figure(executed_label, "amount", executed.yuan, "yuan", None, None, context,
                                     executed.ulp_yuan, executed_line, page))
            if not any(f.unit == "percent" and f.value == rate for f in read_there):  # (预算执行率90%: read, as 预算's)
                out.append(stated_figure(rate_label, "share_pct", rate, "percent", None, None, context, None,
                                         rate_line, page))
    return out


# The same summary with its amounts masked by the site that copied it (``项目全年预算数*元,执行数78.*元,
# 完成预算的100%``: digits replaced by ``*``): the rate is printed as it was and names itself (完成预算的, 执行率, or
# 为预算的 as other pages word it: 26v 03 L26 为调整预算的101.9%), so it is read — a share of the budget, at its line,
# where the sentence reader did not read it; the masked amounts are never read as numbers (78.* is no 78): left out
# with a parse warning.
MASKED_AMOUNT = r"(?:\d+\.?)?\*+[\d*]*(?:\.[\d*]+)?\s*(?:亿元|万元|元)?"
MASKED_BUDGET_EXECUTION_RE = re.compile(
    r"预算(?:数|金额|资金)?(?:为|是|:)?\s*(?P<budget>" + MASKED_AMOUNT + r")\s*[,;]\s*"
    r"(?:全年|实际)?(?:执行|支出|使用|决算)(?:数|金额|资金)?(?:为|是|:)?\s*"
    r"(?P<executed>" + MASKED_AMOUNT + r")\s*[,;]\s*"
    r"(?P<rate_words>(?:完成|为)(?:年初|全年|调整后?)?预算数?的?|(?:预算)?执行率(?:为|是|达到|达)?)\s*"
    r"(?P<rate>\d+(?:\.\d+)?)\s*%"
)
MASKED_LEFT_OUT = "an amount masked by the page's copy (*元, 78.*元): no number can be read; left out"
# How far before a masked figure its summary may start (预算数 and a figure's digits before its *), and after it end.
MASKED_REACH_BEFORE = 24
MASKED_REACH_AFTER = 80


def _masked_budget_execution(
    paragraphs: Sequence[Paragraph], text: str, starts: list[int], spans: Iterable[tuple[int, int]],
    read: list[StatedFigure], warnings: list[ParseWarning] | None,
) -> list[StatedFigure]:
    """The rate of each summary of :data:`MASKED_BUDGET_EXECUTION_RE`, its masked amounts told by a warning — each
    looked for around a ``*`` of the text (within :data:`MASKED_REACH_BEFORE` and :data:`MASKED_REACH_AFTER`), not in
    the whole text."""
    out: list[StatedFigure] = []
    prose = list(spans)
    after = 0  # (where the last summary read ends)
    star = text.find("*")
    while star >= 0:
        match = MASKED_BUDGET_EXECUTION_RE.search(text, max(after, star - MASKED_REACH_BEFORE),
                                                  star + MASKED_REACH_AFTER)
        star = text.find("*", star + 1)
        if match is None or not any(begin <= match.start() and match.end() <= end for begin, end in prose):
            continue
        after = match.end()
        while 0 <= star < after:
            star = text.find("*", star + 1)
        index = bisect_right(starts, match.start()) - 1
        paragraph, base = paragraphs[index], starts[index]
        _left_out(warnings, MASKED_LEFT_OUT, paragraph, text[match.start() : match.end()][:80],
                  match.start("budget") - base)
        rate = _number(match.group("rate"))
        rate_line = paragraph.line_at(match.start("rate") - base)
        printed = "".join(text[match.start("rate_words") : match.end()].split())
        if rate is None or any(f.source_line == rate_line and f.unit == "percent" and f.value == rate
                               and "".join(f.context.split()).endswith(printed) for f in read):
            continue  # (read by the sentence reader)
        out.append(stated_figure(match.group("rate_words").removesuffix("的").rstrip("为是达到").removeprefix("为"),
                                 "share_pct",
                                 rate, "percent", None, None, text[match.start() : match.end()][:80], None,
                                 rate_line, paragraph.page_at(match.start("rate") - base)))
    return out


# A score printed alone below the heading that names it: ``(一)自评得分``, then the paragraph ``100分。`` —
# found in one scan of the joined paragraphs (a NUL between two), led by the heading's last character.
SCORE_ALONE_RE = re.compile(
    r"分[:。.]?\x00\s*(?P<score>\d{1,3}(?:\.\d{1,2})?)\s*分\s*[。.]?\s*(?=\x00|\Z)"
)
# The heading: a list number, then the score's name alone (自评得分, 综合得分, 自评总分, 评价得分).
SCORE_HEADING_RE = re.compile(
    r"\s*(?:\(?\s*[0-9一二三四五六七八九十]{1,3}\s*[.、)]\s*)?"
    r"(?P<label>[\u4e00-\u9fff]{0,6}(?:得分|总分|评分))\s*[:。.]?\s*$"
)
MAX_SCORE = Decimal(100)


def _scores_below_headings(paragraphs: Sequence[Paragraph], text: str, starts: list[int]) -> list[StatedFigure]:
    """Each score printed alone in the paragraph below a heading that names it (:data:`SCORE_ALONE_RE`):
    labelled by the heading, at the line of its figure. A figure above 100 is no score out of 100: left out."""
    out = []
    for match in SCORE_ALONE_RE.finditer(text):
        index = bisect_right(starts, match.start()) - 1
        if index + 1 >= len(paragraphs) or "table" in (paragraphs[index].kind, paragraphs[index + 1].kind):
            continue  # (a table's cells are its readers')
        heading = SCORE_HEADING_RE.fullmatch(paragraphs[index].text)
        value = _number(match.group("score"))
        if heading is None or value is None or value > MAX_SCORE:
            continue
        paragraph = paragraphs[index + 1]
        out.append(stated_figure(
            heading.group("label"), "score", value, UNIT_OUT["score"], None, None,
            f"{heading.group('label')} {paragraph.text.strip()}", None, paragraph.first_line, paragraph.page, None,
        ))
    return out


# Each kind of paragraph as one character, a table row's apart (see :func:`_prose_spans`).
KIND_MARK = {"text": "p", "heading": "p", "table": "t"}
PROSE_RUN_RE = re.compile("[^t]+")
_KIND = attrgetter("kind")


def _prose_spans(paragraphs: Sequence[Paragraph], starts: list[int]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of paragraphs without a table row in their joined text (paragraph
    *i* at ``starts[i]``): a table row's figures are the table readers', and a quarter of the digits
    a document prints stand in its tables, each a place the figure pattern is tried at. The
    paragraphs' kinds are written one character each and the runs found in that string, so that
    no paragraph is looked at one by one. A scan of a span finds what a scan of the whole text
    finds there: a NUL stands between two paragraphs, so no match, lookbehind or lookahead reaches
    across the span's ends."""
    marks = "".join(map(KIND_MARK.get, map(_KIND, paragraphs), repeat("p")))
    for run in PROSE_RUN_RE.finditer(marks):
        yield starts[run.start()], starts[run.end()]
