"""Who published a document, for which year, and in what layout (:class:`DocumentInfo`).

Read from the text, never from the file name unless nothing else is found:

- department: a name ending in an agency suffix (局, 厅, 委员会, 办公室, 办事处 …) with its region
  prefix, preferring the title lines (``新疆昌吉州人力资源和社会保障局``), ``预算主管部门：…`` or
  ``预算单位：…`` lines of budgets, then the most frequent name the text prints where a page names its own body
  (a field, a line's start, a signature, a sentence's subject: :func:`_placed`); a line holding only the body's name
  under the title or over the date it signed the page on (``固始县祖师庙镇人民政府`` / ``2025年12月30日``) before a
  portal's labelled field;
- region: the prefix of the department name as printed (``四川省阿坝州茂县`` → 四川省 / 阿坝州 /
  茂县), enriched by a longer printed form of the same lowest region (``随州市曾都区``);
  admin level from the lowest region's suffix (区 → district, 县/旗 → county, 州/市/盟/地区 →
  prefecture, a province alone → province);
- fiscal year: ``2022 年度部门决算`` / ``2025年区级部门预算`` in the title, else the most frequent
  ``20xx年`` (a year printed in Chinese numerals, ``二〇二三年``, read as its digits);
- document type: 绩效自评表/自评报告/绩效监控报告 in a title line → self_evaluation, 绩效目标(申报)表 →
  performance_target, 决算 → final_account, 预算 → budget; a text naming
  no kind whose tables' money columns all name 预算 (本年预算数 | 其中:公共预算财政拨款) → budget; one printing
  indicator levels or 绩效 words → self_evaluation where it tells what was reached, else performance_target;
- layout: ``pdf``; ``markdown_tsv`` (tab-separated table rows), ``cell_per_line`` (one
  tab-indented cell per line), ``hard_wrapped`` (short wrapped lines) or ``plain``;
- scope: ``unit`` when the title says 单位预算/单位决算.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Iterator
from itertools import islice, pairwise
from operator import attrgetter
from pathlib import Path

from ingest.records import DocumentInfo
from ingest.text import LINE_JOIN, Line, joined_texts, lines_with
from ingest.vocabulary import WRITTEN_DATE, YEAR

# How many non-blank lines count as the title block.
TITLE_LINES = 6
# China's regions (code, name, level, parents): seeds/regions.csv, the warehouse's region dimension.
REGIONS_SEED = Path(__file__).resolve().parents[1] / "seeds" / "regions.csv"
# The 34 provincial-level divisions (省级行政区): full name, short name as printed in names.
PROVINCES: tuple[tuple[str, str], ...] = (
    ("北京市", "北京"), ("天津市", "天津"), ("上海市", "上海"), ("重庆市", "重庆"),
    ("河北省", "河北"), ("山西省", "山西"), ("辽宁省", "辽宁"), ("吉林省", "吉林"), ("黑龙江省", "黑龙江"),
    ("江苏省", "江苏"), ("浙江省", "浙江"), ("安徽省", "安徽"), ("福建省", "福建"), ("江西省", "江西"),
    ("山东省", "山东"), ("河南省", "河南"), ("湖北省", "湖北"), ("湖南省", "湖南"), ("广东省", "广东"),
    ("海南省", "海南"), ("四川省", "四川"), ("贵州省", "贵州"), ("云南省", "云南"), ("陕西省", "陕西"),
    ("甘肃省", "甘肃"), ("青海省", "青海"), ("台湾省", "台湾"),
    ("内蒙古自治区", "内蒙古"), ("广西壮族自治区", "广西"), ("西藏自治区", "西藏"), ("宁夏回族自治区", "宁夏"),
    ("新疆维吾尔自治区", "新疆"), ("香港特别行政区", "香港"), ("澳门特别行政区", "澳门"),
)
# Every printed form (full or short) → the canonical full name.
CANONICAL_PROVINCE = {form: full for full, short in PROVINCES for form in (full, short)}
# Ethnic groups that start the names of autonomous prefectures/counties sharing a province's short
# name (海南藏族自治州 in 青海, 河南蒙古族自治县 in 青海): after these a short form is no province.
ETHNIC_GROUPS = "|".join(
    ("藏", "蒙古", "回", "土", "撒拉", "哈萨克", "维吾尔", "壮", "苗", "彝", "侗", "瑶", "白", "傣", "黎", "满", "朝鲜",
     "布依", "土家", "羌", "哈尼", "傈僳", "纳西", "畲", "水", "仡佬")
)
CJK = r"[\u4e00-\u9fff]"
_FULL_RE = "|".join(sorted((full for full, _ in PROVINCES), key=len, reverse=True))
_SHORT_RE = "|".join(sorted((short for _, short in PROVINCES), key=len, reverse=True))
# A province as printed: its full name, or its short name only as the prefix of a prefecture- or
# county-level name (四川达州市, 新疆巴州), never of a bare suffix (河南县, 吉林市, 海南区) nor of an
# autonomous division named after an ethnic group (海南藏族自治州).
PROVINCE_RE = (
    rf"(?:{_FULL_RE})"
    rf"|(?:{_SHORT_RE})(?![市州县区旗盟省])(?!(?:{ETHNIC_GROUPS})族)(?={CJK}{{1,10}}?(?:市|州|地区|盟|县|区|旗))"
)
PROVINCE_SEARCH_RE = re.compile(PROVINCE_RE)
# A province's full name: inside a name matched, where the name starts (a province stands first in a body's name).
FULL_PROVINCE_RE = re.compile(_FULL_RE)
# A whole prefecture-level name (what may stand between a province and a county).
PREFECTURE_NAME_RE = re.compile(rf"{CJK}{{1,10}}?(?:自治州|地区|州|盟|市)")
# Characters looked at before a printed region name for its parents.
PARENT_WINDOW = 20
# A character of a prefecture's name (never 县/区: ``霍城县市场监督管理局`` names no prefecture).
NOT_COUNTY = r"(?:(?![县区])[\u4e00-\u9fff])"
# Region prefix of a department name: [province][prefecture][county]; a 市 followed by 场 starts
# the agency's name (``常德市市场监督管理局``), a 州 followed by 区/县 ends a county's (兖州区); a
# county-level city has two characters or more before its 市 (津市市), so ``岳阳市城市管理…`` names none.
# A 县 followed by 区 is inside a district's name (赣县区), ending no county.
# 区 ending a district's name, not a 社区 (民政和社区事务办公室 is an office, not 民政和社区's),
# 小区, 校区, 辖区 or 学区 (a county's school district, 武山县洛门学区: a body).
DISTRICT = "区(?<!社区)(?<!小区)(?<!校区)(?<!辖区)(?<!学区)"
REGION_RE = re.compile(
    rf"^(?P<province>{PROVINCE_RE})?"
    rf"(?P<prefecture>{NOT_COUNTY}{{1,12}}?(?:自治州|州市(?!场)|州|地区|盟|市)(?![区县]|(?:州|市)(?!场)))?"
    rf"(?P<county>{CJK}{{1,6}}?(?:自治县|县(?!区)|{DISTRICT}|旗)|{CJK}{{2,6}}?市(?!区))?"
)
# What an agency's name ends in (a line without any of these names no department); 馆: 档案馆, 图书馆, 博物馆
# (else a 馆's name runs on to the next agency word: 长寿区档案馆为中共重庆市长寿区委).
AGENCY_WORDS = ("委员会", "办公室", "办事处", "管理局", "研究室", "局", "厅", "委", "中心", "院", "馆")
AGENCY_SUFFIX = "(?:" + "|".join(AGENCY_WORDS) + ")"
# A department name: a region prefix then words then an agency suffix.
DEPARTMENT_RE = re.compile(
    rf"(?:{PROVINCE_RE})?{CJK}{{1,12}}?(?:州|市|县|{DISTRICT}|旗|盟|地区){CJK}{{2,24}}?{AGENCY_SUFFIX}"
)
# What continues a name the lazy match ends at its 委 (人大常委会办公室, 党委会): the committee and its office.
COMMITTEE_TAIL_RE = re.compile(r"会(?:办公室)?")
# What continues a name the lazy match ends at its 中心 (a town's 中心小学校, 中心卫生院, 中心幼儿园, 中心校).
CENTRAL_UNIT_TAIL_RE = re.compile(r"小学校|小学|中学|学校|幼儿园|卫生院|医院|校(?![区对正长])")
# A second-level unit named after its parent, its own name ending in 所 / 站 / 队 (or 中心 / 院 / 馆: 北京市文化和旅游局
# 综合事务中心2023年度…), then its year (北京市丰台区环境卫生服务中心 | 宛平环卫所2020年度…): the sub-unit is the body,
# not its parent. No sentence's word stands in the tail
# (…中心的派出所, 和, 及), and the year after it tells a name ended there (所属, 所有: words, no year after them) —
# or its name ending in 所 / 站 / 队 / 室 / 中心 / 院 / 馆, then the page's description of it (北京市卫生健康委员会 |
# 宣传教育中心是…所属…单位, …中心主要职责是, 内设, 创建于, 成立于, 始建于, 源于).
SUB_UNIT_TAIL_RE = re.compile(
    r"(?:(?![的和及与在对为是了等各该其])[\u4e00-\u9fff]){1,8}?"
    rf"(?:(?:[所站队]|中心|院|馆)(?={YEAR}年)|(?:[所站队室]|中心|院|馆)(?=是|主要职[责能]|内设|创[建办]于|成立于"
    r"|始建于|(?:起)?源于))"
)
# A level word after a word of the sentence, not after a place name: 受县人民政府委托, 由县财政局汇编,
# 向盟财政局上报, 比县…人大常委会 (the county's own bodies, printed without its name).
# (和 only before 区 / 盟: 法律规定和区人大常委会 — 平和县, 和县 and 和龙市 are names)
UNNAMED_LEVEL_RE = re.compile(r"[受由向比在对从按据把为给与及并至过经请我本该各][省市州县区旗盟]|和[区盟]")
# Words a name match may start with that are not part of the name; 全县 / 全区 is a scope.
NAME_NOISE_RE = re.compile(r"^全(?=[省市州县区旗盟镇乡])(?=.{3})|^(?:第[一二三四五六七八九十]+部分|主管部门|实施单位|预算单位|(?:部门|单位)?(?:\(单位\))?名称|目录|附件\d*|主要职能|[一二三四五六七八九十]+、)+|^.*?(?:发布单位|发布机构|名称|主管部门|实施单位|依据|相关表格|经(?=[\u4e00-\u9fff]{0,6}?财政)|纳入|关于|在|我受)(?=.{3})")  # noqa: E501
BUDGET_HOLDER_RE = re.compile(r"预算(?:主管部门|单位)\s*[:：]\s*(?P<name>\S+)")
# A name that is no publisher of the page: a portal's host (临邑县人民政府主办 临邑县人民政府办公室承办), or
# the issuer of a document the page cites (根据宝鸡市财政局…通知, 依据昌吉州财政局“关于…的通知”, 按照县财政局要求,
# 宝鸡市陈仓区财政局《关于…》)
# — looked for in the name, in the few characters before it (主办单位:) and in the words right after it.
NOT_PUBLISHER_RE = re.compile(r"主办|承办|协办|技术支持|根据|依据|按照|《")
# A congress in session (温县第十五届人大常委会, 鄠邑区第十七届人民代表大会常务委员会: 在…会议上) hears a report; it
# never publishes one.
# A body the money goes to (下达…资金200万元,用于会宁县残疾人托养中心建设; 拨付给X局): a recipient, not the
# publisher. The words stand just before the name or are read into its region's name (用于会宁县).
RECIPIENT_RE = re.compile(r"用于|用在|拨付|拨给|补助给|下达给|下拨给")
RECIPIENT_BEFORE = 3
CONGRESS_SESSION_RE = re.compile(r"第[一二三四五六七八九十\d]+届")
NOT_PUBLISHER_BEFORE = 5
# A name in a list of bodies (X学院(筹)、Y学院、Z大学 the funds build; X局、Y局 the sheet's supervisors): the 、 after
# it (its bracketed note between, (筹)) or before it — the page names several, none as its publisher.
ENUMERATED_AFTER_RE = re.compile(r"(?:\([^()]{1,8}\))?、")
# (before it: the 、 after another name's last character or its note's bracket — not a list's number, 1、 or 一、)
ENUMERATED_BEFORE_RE = re.compile(r"(?![一二三四五六七八九十])[\u4e00-\u9fff)]、")
# A line that may name the department: a budget holder's label or an agency word.
CANDIDATE_LINE_RE = re.compile("|".join(("预算主管部门", "预算单位", *AGENCY_WORDS)))
# A year compared with (与2023年预算相比, 比2022年决算, 较2021年) is not the document's own.
NOT_COMPARED = r"(?<![与比较])"
TITLE_YEAR_RE = re.compile(
    rf"{NOT_COMPARED}(?P<year>20\d{{2}})\s*年度?\s*(?:区级|市级|县级|省级)?\s*(?:部门|单位)?\s*(?:决算|预算)"
)
YEAR_RE = re.compile(r"(20\d{2})\s*年")
# A notice, rule or law a text cites by its title (《关于开展2017年预算绩效管理工作的通知》): its year is the notice's.
CITED_RULE_RE = re.compile(r"《[^《》]{0,80}?(?:通知|办法|意见|规定|条例|法|决定|方案|细则|规程|指引|函|批复)》")
UNCOMPARED_YEAR_RE = re.compile(rf"{NOT_COMPARED}(20\d{{2}})年")
BARE_YEAR_RE = re.compile(r"20\d{2}")
# The month (and day) after a year: a date (填报日期:2022年2月3日, 发布时间 2024年9月) is the day a form was
# filled in or a page published — most often in the year after the one its figures are about, so no
# statement of the fiscal year; a year's last day (截至2023年12月31日) ends the year they are about.
# (the month and day in Chinese numerals too: 二〇二四年二月, read 2024年二月, is a date)
CHINESE_NUMBER = "[一二三四五六七八九十]"
MONTH_AFTER_RE = re.compile(
    rf"\s*(\d{{1,2}}|{CHINESE_NUMBER}{{1,2}})\s*月(?:\s*(\d{{1,2}}|{CHINESE_NUMBER}{{1,3}})\s*日)?"
)
# A year followed within a few words by the kind of figures (2021年度“三公”经费决算, 2020年全区收支决算).
YEAR_KIND_RE = re.compile(rf"{NOT_COMPARED}(?P<year>20\d{{2}})年度?[\u4e00-\u9fff“”\"]{{0,10}}?(?:决算|预算|三公)")
# Phrases counted to tell a final account from a budget: 部门决算, 单位决算, 决算公开, 决算情况说明 against
# 部门预算, 单位预算, 预算公开 — 部门预算执行情况 is how a budget was carried out, told after the year (a
# 自评表's), 部门预算项目 a project. Each kind counted by a scan led by its 决算 / 预算 (the words before it
# looked behind for): the regex engine skips to a literal first character, where an alternation of
# phrases would be tried at every character of the document (a fifth of the instructions). Each phrase
# holds its 决算 / 预算 once and no phrase of one kind overlaps one of the other, so the counts are those
# of the alternation of all the phrases.
# (also a 三公 page's own kind: “三公”经费预算 / 经费决算)
# (预决算 names both kinds — 预决算公开, a portal's folder or a rule's title, 《地方预决算公开操作规程》 — and counts
# for neither: its 预 looked behind once the 决算 is found, the scan still led by the literal)
FINAL_PHRASE_RE = re.compile(r"决算(?<!预决算)(?:(?<=部门决算)|(?<=单位决算)|(?<=经费决算)|公开|情况说明)")
BUDGET_PHRASE_RE = re.compile(
    r"预算(?:(?<=部门预算)(?!项目|执行)|(?<=单位预算)(?!项目|执行)|(?<=经费预算)(?!执行)|公开)"
)
# The kind a figure is stated as, for a text naming no kind of document (a 三公经费 statement on its
# own): 经费支出预算为14.01万元, 收入预算数为…, 支出预算安排 …, 基本支出预算 881300.39 元 (the number right
# after it) against “三公经费”决算为…, 财政拨款支出决算数是…, 支出决算 90.5 万元
# (also a total's: 财政拨款收支总预算 7,057,486.18 元, 支出总决算为…)
# (or a colon before the figure: 公务接待费支出预算:11.77万元)
STATED_BY = r"(?:经费|支出|收入|收支)[”\"’\s]*(?:财政拨款)?(?:支出)?总?"
BUDGET_STATED_RE = re.compile(rf"{STATED_BY}预算数?(?:为|是|安排|[:：]|\s*\d)")
FINAL_STATED_RE = re.compile(rf"{STATED_BY}决算数?(?:为|是|[:：]|\s*\d)")
# A title line naming its kind of document where no phrase above does: a targets table however it
# is called (项目支出绩效目标审批表, 绩效目标申报表), or a budget statement (2016年“三公经费”预算对比增减说明,
# …“三公”经费预算情况) — 预算 not as a field's label (预算单位, 预算项目), in a line ending like a title and
# naming no 决算, no 执行 (how a budget was carried out) and no 绩效/自评 (its performance).
# (found from its literal 目标, :func:`_names_targets_table`: a targets table's name where 绩效 stands before it or
# its form is named — 绩效目标(审批|申报|批复)?(明细|总)?表 or 目标(审批|申报|批复)(明细|总)?表; 区域绩效目标总表: the
# targets of a transfer's regions summed)
TARGETS_WORDS_RE = re.compile(r"目标(?P<form>审批|申报|批复)?(?:明细|总)?表")
# A self-evaluation's title (项目支出绩效自评表, 部门整体支出绩效自评报告, 绩效目标自评表, 绩效自评结果, 项目绩效评价
# 工作总结): how the
# year's money was spent against its targets, told after the year — no 决算 (a final account that
# reports its self-evaluations names 决算 in its title) and no targets table.
SELF_EVALUATION_TITLE_RE = re.compile(
    r"自评(?:价)?的?(?:表|报告|结果|情况|总结)|绩效评价(?:工作)?的?(?:报告|表|总结)|绩效(?:运行)?监控的?(?:报告|表|情况)"
)
# A numbered section heading of a performance report (二、项目绩效目标, (三)绩效指标完成情况, 四、自评结论): a
# text that names no kind of document and no 决算 but is headed so reports how a project met its targets.
PERFORMANCE_HEADING_RE = re.compile(r"绩效(?:目标|指标|自评|评价)|自评")
# A sheet flattened into one line starts with its title: 2021年度财政项目绩效自评表单位名称…
SELF_EVALUATION_SHEET_RE = re.compile(r"自评表")
# Marks a sentence prints before a self-evaluation's name (根据《…自评报告》, 按照…要求,开展自评报告): no title run on.
TITLE_RUN_MARKS_RE = re.compile(r"[,,。;;、:《“\"(()【\[]|根据|按照|关于|依据")
BUDGET_TITLE_RE = re.compile(r"预算(?!单位|主管|项目|科目)\S*(?:说明|情况|报告|公开|表)$")
FINAL_TITLE_RE = re.compile(r"决算(?!单位|主管|项目|科目)\S*(?:说明|情况|报告|公开|表)$")
NOT_BUDGET_TITLE_RE = re.compile(r"执行|绩效|自评")  # (a line naming 决算 ends the search before)
MAX_TITLE_LINE_CHARS = 40
# A numbered section or item heading (一、 (一) 1. (1) 第一部分), not a title.
NUMBERED_RE = re.compile(
    r"(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[.、]|第[一二三四五六七八九十]+部分)"
)
SECTOR_SUFFIX_RE = re.compile(r"(?:管理局|局|厅|委员会|委)$")
ADMIN_BY_SUFFIX = (("区", "district"), ("县", "county"), ("旗", "county"), ("市", "county"))
# Layout thresholds.
MIN_TABLE_ROWS = 5
SHORT_LINE_CHARS = 32


def _search_head(lines: list[Line], count: int = 0) -> list[Line]:
    """The page's head searched for its title and fields: its lines up to the ``count``-th holding text
    (:data:`TITLE_SEARCH_LINES` by default) — a page printing a blank line after every line has the same head."""
    count = count or TITLE_SEARCH_LINES
    head = lines[:count]
    if all(map(attrgetter("compact"), head)):  # (most pages: no blank line in their head)
        return head
    for index, line in enumerate(lines):
        if line.compact:
            count -= 1
            if not count:
                return lines[: index + 1]
    return lines


def _head(lines: list[Line]) -> list[Line]:
    """The title block: the first :data:`TITLE_LINES` non-blank lines."""
    return list(islice((line for line in lines if line.text.strip()), TITLE_LINES))


# A blank form rather than a disclosure: 模板 in its title or file name, or a placeholder where
# the department's name goes (上海市XX局, ××县财政局, 某某单位).
TEMPLATE_TITLE_RE = re.compile(r"模板|样表|格式文本")
PLACEHOLDER_NAME_RE = re.compile(rf"(?:XX|xx|××|某某){CJK}{{0,12}}?{AGENCY_SUFFIX}")


def is_template(title: str, source_name: str) -> bool:
    """Whether a document is a blank form: ``附件2：部门决算模板``, ``上海市XX局 2024年度部门决算``."""
    return bool(TEMPLATE_TITLE_RE.search(title) or TEMPLATE_TITLE_RE.search(source_name)
                or PLACEHOLDER_NAME_RE.search(title))


def _title(lines: list[Line]) -> str:
    return "".join(line.compact for line in _head(lines))


def _doc_type_of(text: str, title: str, cited_out: bool = False) -> str | None:
    """The document type ``text`` states, or None when it names none; with ``cited_out``, its 决算 / 预算 phrases
    counted outside the titles it cites (:func:`_cited_at`)."""
    if _names_targets_table(text) and "决算" not in title:
        return "performance_target"
    if cited_out and "《" in text:
        finals = sum(not _cited_at(text, found.start()) for found in FINAL_PHRASE_RE.finditer(text))
        budgets = sum(not _cited_at(text, found.start()) for found in BUDGET_PHRASE_RE.finditer(text))
    else:
        finals = len(FINAL_PHRASE_RE.findall(text))
        budgets = len(BUDGET_PHRASE_RE.findall(text))
    if finals or budgets:
        return "final_account" if finals >= budgets else "budget"
    return None


# A title the text cites (根据《保山市财政局关于2017年部门预算的批复通知》, 按照《关于做好2020年度部门决算工作的通知》):
# the kind it names is the cited document's, not the text's own.
CITED_TITLE_RE = re.compile(r"《[^《》\n]{1,80}》")
MAX_CITED_TITLE_CHARS = 80


def _cited_at(text: str, at: int) -> bool:
    """Whether position ``at`` of ``text`` stands inside a title it cites (:data:`CITED_TITLE_RE`: 《 before it, 》
    after it, neither another bracket nor a line break between, at most :data:`MAX_CITED_TITLE_CHARS` inside)."""
    opening = text.rfind("《", max(0, at - MAX_CITED_TITLE_CHARS), at)
    if opening < 0 or text.find("》", opening, at) >= 0:
        return False
    closing = text.find("》", at, opening + MAX_CITED_TITLE_CHARS + 1)
    return closing >= 0 and "《" not in text[at:closing] and "\n" not in text[opening:closing]


def _names_targets_table(text: str) -> bool:
    """Whether ``text`` names a targets table (:data:`TARGETS_WORDS_RE` after 绩效, or with its form), looked
    for from its literal 目标 (one fast search of a long text, where an alternation would try every 目 and 绩) — not
    where the name ends a cited title (编制报送了《2020年项目支出绩效目标表》: a report telling that its targets were
    filed names another document; one followed by its attachment's number, 填报《…绩效目标申报表》(附件3), is the
    document's own)."""
    return any(
        (found.group("form") or text[max(0, found.start() - 2) : found.start()] == "绩效")
        and (text[found.end() : found.end() + 1] != "》" or ATTACHMENT_MARK_RE.match(text, found.end() + 1))
        and not _table_set_in_sentence(text, found)
        for found in TARGETS_WORDS_RE.finditer(text)
    )


# The number of the document's own attachment after a cited table's title: (附件3), （附表2）.
ATTACHMENT_MARK_RE = re.compile(r"\s*[(（]附[件表]")
# A sentence's act of setting targets up (设立…区域绩效目标表。, 编制了…绩效目标表。): a report telling how its targets
# were set names the table it set, not its own kind.
SETTING_VERB_RE = re.compile(r"设立|设定|编制|编报|填报|报送|上报|制定|制订")
CLAUSE_MARKS = "。;；,，:：!！?？"
MAX_CLAUSE_CHARS = 80


def _table_set_in_sentence(text: str, found: re.Match[str]) -> bool:
    """Whether the targets table ``found`` names is the object of a sentence's act of setting it
    (:data:`SETTING_VERB_RE` in the clause before the name, and the sentence ending right after it: 设立中小学幼儿园教师
    国家级培训计划专项资金区域绩效目标表。)."""
    if text[found.end() : found.end() + 1] not in ("。", ";", "；"):
        return False
    start = max(0, found.start() - MAX_CLAUSE_CHARS)
    clause = text[start : found.start()]
    cut = max(clause.rfind(mark) for mark in CLAUSE_MARKS)
    return SETTING_VERB_RE.search(clause, cut + 1) is not None


def detect_doc_type(lines: list[Line], title: str) -> str:
    """self_evaluation where a title line names one; else performance_target / final_account /
    budget from the title, else from a title line's words, else from phrase counts, else from the
    kind its figures are stated as (预算为 / 决算为), else final_account — and fund_notice for a final
    account or budget so found that is a fund's allocation or use notice (:func:`_fund_notice`)."""
    kind = _detected_doc_type(lines, title)
    if kind in ("final_account", "budget") and _fund_notice(lines):
        return "fund_notice"
    return kind


# A fund's allocation or use notice (资金分配 / 下达 / 使用情况公告), told by its title or its opening act: the money
# words, the allocation or use words, and the form of a notice. Such a notice discloses where one fund went; it is no
# department's 决算 or 预算 and never stands in for one.
FUND_WORDS = r"(?:资金|经费|公益金|补助金?|补贴|奖补|助学金)"
FUND_NOTICE_TITLE_RE = re.compile(
    rf"(?:下达|下拨|拨付|分配|安排).{{0,40}}?{FUND_WORDS}.{{0,24}}?(?:通知|公告|公示|方案|表)"
    rf"|{FUND_WORDS}.{{0,6}}?(?:使用(?:管理)?|分配|安排|下达)(?:情况|结果)?(?:的)?(?:公告|公示|通知|表|报告)"
    rf"|{FUND_WORDS}.{{0,6}}?使用(?:管理)?情况"
)
# The notice's own act in an opening sentence (现下达2025年…专项资金, 现将…资金下达给你们), not a notice it cites
# (《关于下达…》).
FUND_NOTICE_ACT_RE = re.compile(r"现(?:将|予|予以)?(?:下达|下拨|拨付|分配)|下达(?:给)?你(?:们|单位|局|委|县|区|市)")
# A department's account in a title line: its 决算 or 预算, or a 三公 / 运行经费 statement (“三公”经费使用情况 is one).
DEPARTMENT_ACCOUNT_RE = re.compile(
    r"(?:部门|单位)(?:决算|预算)|决算(?:报告|说明)|预算(?:公开|说明)|三公|运行经费|公用经费"
)
FUND_NOTICE_OPENING_LINES = 8


def _fund_notice(lines: list[Line]) -> bool:
    """Whether a document is a fund's allocation or use notice: a title line (short, not numbered, no sentence) naming
    one (:data:`FUND_NOTICE_TITLE_RE`: 关于下达2017年自然灾害生活补助资金的通知, 2023年度福利彩票公益金使用情况的公告,
    …补助资金安排表) or an opening line stating the notice's act (:data:`FUND_NOTICE_ACT_RE`, outside a cited title),
    where no title line names a department's 决算 or 预算."""
    opening = [line.compact for line in _search_head(lines) if line.text.strip()]
    titles = [text for text in opening if len(text) <= MAX_TITLE_LINE_CHARS * 2 and "。" not in text
              and not NUMBERED_RE.match(text)]
    if any(DEPARTMENT_ACCOUNT_RE.search(text) for text in titles):
        return False
    if any(FUND_NOTICE_TITLE_RE.search(text) for text in titles):
        return True
    return any(
        found and text.count("《", 0, found.start()) <= text.count("》", 0, found.start())
        for text in opening[:FUND_NOTICE_OPENING_LINES]
        for found in [FUND_NOTICE_ACT_RE.search(text)]
    )


# A 三公 statement's title naming neither 预算 nor 决算 (乌鲁木齐市天山区2019年度“三公”经费公开说明), its year, and a
# date printed in the page's head (its posting: 2020-09-27, 2020年9月27日).
SPENDING_TITLE_RE = re.compile(rf"(?P<year>{YEAR})年度?[^。,，;；]{{0,30}}?三公[”\"]?经费(?!预算|决算)")
HEAD_DATE_RE = re.compile(rf"(?P<year>{YEAR})(?:-\d{{1,2}}-\d{{1,2}}|年\d{{1,2}}月\d{{1,2}}日)")
# The year's spending compared with the year before (支出合计585.53万元…同比减少144.92万元).
SPENT_COMPARED_RE = re.compile(
    r"支出[^。;；]{0,12}?\d[\d,.]*万?元[^。;；]{0,40}?(?:同比|比上年)(?:减少|增加|下降|增长|持平)"
)


def _spending_statement(lines: list[Line], title: str) -> bool:
    """Whether the page is a 三公 statement of the year's spending with no 预算/决算 word in its title
    (:data:`SPENDING_TITLE_RE`): posted after its year (a date in its head), stating the spending compared with the
    year before (:data:`SPENT_COMPARED_RE`) and no budget figure (预算数为…): an account of what was spent, a final
    account."""
    if "三公" not in title:
        return False  # (its title among the page's first lines)
    head = _search_head(lines)
    for line in head:
        if "三公" not in line.compact or "。" in line.compact or "预算" in line.compact or "决算" in line.compact:
            continue
        titled = SPENDING_TITLE_RE.search(line.compact)
        if titled is None:
            continue
        year = int(titled.group("year"))
        if not any((date := HEAD_DATE_RE.search(other.compact)) and int(date.group("year")) > year for other in head):
            return False
        text = _run_together(lines[:400])
        return SPENT_COMPARED_RE.search(text) is not None and BUDGET_STATED_RE.search(text) is None
    return False


def _detected_doc_type(lines: list[Line], title: str) -> str:
    if _spending_statement(lines, title):
        return "final_account"
    from_title = _self_evaluation_titled(lines) or _doc_type_of(title, title) or _titled_kind(lines)
    if from_title == "final_account" and _performance_below_final_title(lines):
        return "self_evaluation"
    if from_title:
        return from_title
    text = _run_together(lines)
    # (the title lines only: a sentence of the head — 年终决算列报功能科目… in a notice — names no kind of document)
    titles = "".join(line.compact for line in _head(lines) if "。" not in line.compact)
    # (the kinds the text names outside the titles it cites: 根据《…关于2017年部门预算的批复通知》 names a budget, not
    # the text's kind — the self-evaluation report citing it is told by its headings)
    kind = _doc_type_of(text, titles, cited_out=True) or _stated_kind(text) or _column_kind(lines, text)
    if kind is not None:
        return kind
    uncited = CITED_TITLE_RE.sub("", text) if "《" in text else text
    return (
        _performance_kind(lines, uncited) or _indicator_kind(uncited) or _budget_figures_kind(text) or "final_account"
    )


# A figure stated right after 预算 (2023 年政府采购预算 17000 元): a budget's, where the text names nothing spent or
# done (DONE_WORDS: 完成…占年初预算10065万元 is a budget's execution told during the year).
DONE_WORDS = ("完成", "实际")
BUDGET_FIGURE_RE = re.compile(r"预算\s*\d")


def _budget_figures_kind(text: str) -> str | None:
    """budget for a text naming no kind of document, nothing spent or done (no 决算, 执行, 完成, 实际) and no
    performance, that states figures as 预算 (a budget's page without its head: 2023 年政府采购预算 17000 元,
    占政府采购预算的 100%)."""
    if any(word in text for word in (*SPENT_WORDS, *DONE_WORDS)) or not BUDGET_FIGURE_RE.search(text):
        return None
    return "budget"


def _performance_below_final_title(lines: list[Line]) -> bool:
    """Whether a text whose title names a 决算 names none below its title lines (决算数 columns aside) and prints a
    self-evaluation's sheet there (a short line titling a 自评表, and :func:`_indicator_kind`): a final account's page
    showing only its performance part — 2023年贯塘乡人民政府决算编制说明 over 部门整体支出绩效评价基础数据表 and its
    绩效自评表; …专项资金决算情况 over a 项目支出绩效自评表 and its 自评得分. (A final account's section telling its
    self-evaluations, 绩效自评情况 / 本部门对3个项目开展绩效自评, prints no sheet.)"""
    titles = [line for line in _head(lines) if "决算" in line.compact and not NUMBERED_RE.match(line.compact)]
    text, starts = joined_texts(lines, "norm", "\n")
    if not titles or starts is None:
        return False
    after = lines.index(titles[-1]) + 1  # (the title block's last line naming the 决算)
    below = starts[after] if after < len(lines) else len(text)
    if FINAL_NAMED_RE.search(text, below):
        return False
    if not any(
        len(line.compact) <= MAX_TITLE_LINE_CHARS and SELF_EVALUATION_SHEET_RE.search(line.compact)
        and not NUMBERED_RE.match(line.compact)
        for line in lines[after:]
    ):
        return False
    return _indicator_kind(text[below:].replace("\n", "")) == "self_evaluation"


def _indicator_kind(text: str) -> str | None:
    """For a text that names no kind of document (a table without its title, a page of a sheet, a
    report below a portal's fields): a performance table or report by its words
    (:data:`PERFORMANCE_WORDS_RE`: indicators' levels, 绩效目标, 绩效自评; or two of
    :data:`FRAMEWORK_LEVEL_RE`) — self_evaluation where any column or clause tells what was reached
    (:data:`REACHED_RE`: 完成值, 实际完成, 得分, 评价结论), else performance_target; None where it
    prints none of them or names a 决算 (:data:`FINAL_NAMED_RE`; a final account is the default)."""
    if FINAL_NAMED_RE.search(text) or (
        not PERFORMANCE_WORDS_RE.search(text) and len(set(FRAMEWORK_LEVEL_RE.findall(text))) < 2
    ):
        return None
    return "self_evaluation" if REACHED_RE.search(text) else "performance_target"


def _performance_kind(lines: list[Line], text: str) -> str | None:
    """For a text naming no 决算: performance_target where a short line among the first
    :data:`TITLE_SEARCH_LINES` titles a targets table (项目支出绩效目标申报表 below a project's notes), else
    self_evaluation where one titles a self-evaluation or is a numbered heading of a performance report
    (:data:`PERFORMANCE_HEADING_RE`) — but performance_target where that heading names only the targets
    (七、绩效目标) of a page its opening calls a public notice (公示) and nothing reached is printed
    (:data:`REACHED_RE`), else None."""
    if "决算" in text:
        return None
    for line in _search_head(lines):
        heading = line.compact
        if not heading or len(heading) > MAX_TITLE_LINE_CHARS:
            continue
        if _names_targets_table(heading):
            return "performance_target"
        if SELF_EVALUATION_TITLE_RE.search(heading):
            return "self_evaluation"
        if NUMBERED_RE.match(heading) and (found := PERFORMANCE_HEADING_RE.search(heading)):
            # (a heading naming only the targets in a project's public notice, 七、绩效目标 below
            # 现将项目有关情况公示如下, announces them: the notice tells no evaluation, where it prints nothing reached)
            if "自评" in found.group(0) or "评价" in found.group(0) or REACHED_RE.search(text):
                return "self_evaluation"
            return "performance_target" if _announces(lines) else "self_evaluation"
    return None


# A public notice's word (公示, 公告公示, 现将项目有关情况公示如下): a project announced, its plan and its targets.
NOTICE_WORD = "公示"
NOTICE_OPENING_LINES = 8


def _announces(lines: list[Line]) -> bool:
    """Whether a line of the page's opening (its title, its first sentence) calls the page a public notice."""
    opening = islice((line for line in lines if line.compact), NOTICE_OPENING_LINES)
    return any(NOTICE_WORD in line.compact for line in opening)


def _self_evaluation_titled(lines: list[Line]) -> str | None:
    """self_evaluation when a title line of the head names a self-evaluation
    (:data:`SELF_EVALUATION_TITLE_RE`; a longer line, a flattened sheet's, by the 自评表 its start
    names) before any line names a 决算, else None. A web page prints its title below the portal's
    fields (发布机构, 索引号 …): below the head, the first :data:`TITLE_SEARCH_LINES` lines are looked
    at for a short title line only."""
    for index, line in enumerate(line for line in _search_head(lines) if line.text.strip()):
        text = line.compact
        if len(text) > MAX_TITLE_LINE_CHARS and (shown := SHOWN_BELOW_RE.match(text)):
            text = text[shown.end() :]  # (the sheet a notice's opening clause shows: its own title follows the clause)
        first_page = FIRST_PAGE_RE.match(text) if len(text) > MAX_TITLE_LINE_CHARS else None
        if first_page is not None:
            text = text[first_page.end() :]  # a document printed page by page: its title starts its first page
        elif NUMBERED_RE.match(text) or (index >= TITLE_LINES and len(text) > MAX_TITLE_LINE_CHARS):
            continue
        if len(text) > MAX_TITLE_LINE_CHARS:
            text = text[:MAX_TITLE_LINE_CHARS]
            if "决算" not in text and SELF_EVALUATION_SHEET_RE.search(text):
                return "self_evaluation"
            # a title run into the text after it (PAGE2019年度部门整体支出绩效自评报告衡山县…(盖章)为进一步…): the
            # title's words before the line's first mark, no sentence's (根据《…自评报告》: a 《 before it)
            titled = SELF_EVALUATION_TITLE_RE.search(text)
            if titled and "决算" not in text and not TITLE_RUN_MARKS_RE.search(text, 0, titled.start()):
                return "self_evaluation"
            continue
        # (not a portal's folder: 政务公开 财政预决算信息 names no 决算 of the page's)
        if "决算" in text and FINAL_NAMED_RE.search(text):
            return None
        if SELF_EVALUATION_TITLE_RE.search(text):
            return "self_evaluation"
    return None


# A notice's opening clause showing the sheet printed after it, run together on one line (现将2022年…项目绩效目标申报表
# 公示如下,具体内容如下:项目支出绩效自评表(2022年度)项目名称…): the sheet's own title, after the clause's colon, tells
# what the page is — the clause may name it otherwise.
SHOWN_BELOW_RE = re.compile(r"现将[^。;；]{0,80}?如下[:：]")
# The first page of a document a sharing site prints page by page, each page's text run together after its number
# (1、黄冈市档案馆2020年度 项目绩效自评报告自评得分100分… 2、评表 单位名称…): a long line, never a section's heading.
FIRST_PAGE_RE = re.compile(r"1、")


# What opens a line continuing a title broken over lines (…2023年预算执行情况 / 和2024年预算草案的报告).
TITLE_CONJUNCTIONS = "和及与暨"


def _titled_kind(lines: list[Line]) -> str | None:
    """The kind the first title line of the head names (see :func:`_names_targets_table`,
    :data:`BUDGET_TITLE_RE`), or None — also when the first line naming a kind names a 决算. A
    title is short and not numbered (``1.一般公共预算收支及其平衡情况`` is a section of a report); a line opening with a
    conjunction continues the title above it, read with it (关于…2023年预算执行情况 / 和2024年预算草案的报告: how the
    year's budget was carried out, no budget); a portal's folder (政务公开 财政预决算信息, 预算/决算) names no kind
    (:data:`FINAL_NAMED_RE`)."""
    above = ""
    for line in _head(lines):
        text = above + line.compact if line.compact[:1] in TITLE_CONJUNCTIONS else line.compact
        above = text
        if len(line.compact) > MAX_TITLE_LINE_CHARS or NUMBERED_RE.match(text):
            continue
        # (a 决算 title, 2021年“三公”经费决算汇总情况, whose text states the budget it compares with)
        if "决算" in text and FINAL_NAMED_RE.search(text):
            return "final_account" if FINAL_TITLE_RE.search(text) else None
        if _names_targets_table(text):
            return "performance_target"
        if BUDGET_TITLE_RE.search(text) and not NOT_BUDGET_TITLE_RE.search(text):
            return "budget"
    return None


def _stated_kind(text: str) -> str | None:
    """final_account when ``text`` states a figure as a 决算 (a final account states the budget it
    is compared with, a budget no 决算), budget when it states one only as a 预算, else None."""
    if FINAL_STATED_RE.search(text):
        return "final_account"
    if BUDGET_STATED_RE.search(text):
        return "budget"
    if " " not in text:
        return None
    spaced_out = text.replace(" ", "")  # letter-spaced words (项 目 支 出 预 算 36849227 元): read without the spaces
    if FINAL_STATED_RE.search(spaced_out):
        return "final_account"
    return "budget" if BUDGET_STATED_RE.search(spaced_out) else None


# A table row's cells: split at pipes or tabs (项 目 | 本年预算数 | 其中:公共预算财政拨款 |).
CELL_BREAK_RE = re.compile(r"[|\t]")
# A cell holding an amount (a data row's, not a header's): digits that are not a year (2015年预算数).
AMOUNT_IN_CELL_RE = re.compile(r"\d(?![\d]*年)")
# A money column's header: a number's kind (预算数, 决算数, 执行数, 上年数, 金额, 增减额) or what was spent
# (实际, 完成); the label column (项目, 科目名称) names none.
MONEY_COLUMN_RE = re.compile(r"(?:数|额)$|实际|完成|决算|执行")
# A column comparing the others (增减额, 增长率, 变动): of no kind of its own.
CHANGE_COLUMN_RE = re.compile(r"增减|增长|变动")
# Words that state the figures as spent, anywhere in a text: a final account (or a budget's
# execution report) prints them, a budget does not.
SPENT_WORDS = ("决算", "执行")
# A performance table's or report's words: an indicator's level (一级 / 二级 / 三级指标),
# 绩效目标 / 绩效指标, 绩效自评 / 绩效评价, or two of the framework's first-level indicators
# (产出指标, 效益指标, 满意度指标, 成本指标; one alone heads other sheets too: a hospital's
# 效率、效益指标) — a text printing them and naming no kind of document is a performance table
# or report whatever its title (if any) calls it.
PERFORMANCE_WORDS_RE = re.compile(r"[一二三]级指标|绩效(?:目标|指标|自评|评价)")
FRAMEWORK_LEVEL_RE = re.compile(r"产出指标|效益指标|满意度指标|成本指标")
# A 决算 the text names, not a portal's folder (预决算, 预算/决算, 财政预算、决算, 决算信息: where the page is filed)
# nor a column of earlier years (2020年决算数 beside 2021年预算数, in a 部门整体 self-evaluation's cost controls).
FINAL_NAMED_RE = re.compile(r"(?<!预)(?<!预算/)(?<!预算、)决算(?!数|信息)")
# What a self-evaluation prints and a targets table does not: the value reached, the points given, the verdict.
REACHED_RE = re.compile(r"完成值|实际值|实际完成|完成情况|实际达到|得分|自评|评价(?:结论|结果|情况|等级)")


def _column_kind(lines: list[Line], text: str) -> str | None:
    """budget when a text that names no 决算 and no 执行 prints tables whose money columns are all
    budget columns (本年预算数 | 其中:公共预算财政拨款 — a 三公经费统计表 whose title names no kind),
    else None. A header row is a row of at least two cells none of which holds an amount; a money
    column names 预算, or it is a part of the one before (其中:…), or compares the others (增减额); one
    money column of another kind in any header (实际支出数, 上年数, 金额) and the text is not told a
    budget by its columns.
    (A final account prints a 预算数 column beside its 决算数 one, and names 决算 anyway.)"""
    if any(word in text for word in SPENT_WORDS):
        return None
    budget_columns = False
    for number in lines_with(lines, CELL_BREAK_RE):
        cells = [cell for cell in ("".join(c.split()) for c in CELL_BREAK_RE.split(lines[number].norm)) if cell]
        if len(cells) < 2 or any(AMOUNT_IN_CELL_RE.search(cell) for cell in cells):
            continue
        for cell in cells:
            if "预算" in cell or cell.startswith("其中"):
                budget_columns = budget_columns or "预算" in cell
            elif MONEY_COLUMN_RE.search(cell) and not CHANGE_COLUMN_RE.search(cell):
                return None
    return "budget" if budget_columns else None


def _run_together(lines: list[Line]) -> str:
    """The normalised texts of ``lines`` joined with nothing between them (a phrase wrapped over two
    lines reads whole), from their join by line breaks that the readers share."""
    text, starts = joined_texts(lines, "norm", "\n")
    return text.replace("\n", "") if starts is not None else "".join(map(attrgetter("norm"), lines))


def detect_year(lines: list[Line], title: str) -> int | None:
    """The fiscal year stated in the title (``2022年度部门决算``, ``2021年度“三公”经费决算``; the
    latest of a budget table's year columns, ``2022年预算数 | 2023年预算数``), else the first such
    statement of the text, else the most frequent 20xx年 (not a date's), else the year a plan does its work in
    (计划于2025年8月份开工, :data:`PLANNED_WORK_RE`). A number that is not followed by 年 (a
    URL's ``/202210/``, a document number ``[2014]``) is never a year, nor one of a notice or rule the head cites
    (根据《关于开展2017年预算绩效管理工作的通知》 above a 2016 report). A page without a title, whose head's
    sentences run together, is the year its disclosing clause names (现将我厅2016年“三公经费”预算数说明如下: not
    2015年预算数 after it)."""
    title = CITED_RULE_RE.sub("", title) if "》" in title else title
    if len(title) > MAX_TITLE_CHARS and (disclosed := _disclosed_year(_search_head(lines))) is not None:
        return disclosed  # (no title but the head's sentences run together: the clause disclosing the page tells)
    if "(" in title and (labelled := SHEET_YEAR_LABEL_RE.search(title)):
        return int(labelled.group("year"))  # (a sheet's own year label: 申报表 (2023年度), before any 文号's year)
    matches = list(TITLE_YEAR_RE.finditer(title))
    columns = [int(m.group("year")) for m in matches if title.startswith("数", m.end())]
    if len(set(columns)) >= 2:
        return max(columns)
    # (the title's first year naming its kind: 2022年黄平县预算执行情况和2023年预算草案的报告 is 2022's)
    kind = YEAR_KIND_RE.search(title, 0, matches[0].start()) if matches else YEAR_KIND_RE.search(title)
    match = kind or (matches[0] if matches else None)
    if match:
        return int(match.group("year"))
    if re.search(r"决算|预算|绩效", title):
        # 20xx年, or a title line that is the year alone (上海市普陀区财政局 / 年度部门决算 / 2024)
        # (not a year of a sentence among the head's lines: 在2021年…结算时收回…。 is no title's year)
        titled = title if "。" not in title else "".join(x.compact for x in _head(lines) if "。" not in x.compact)
        ranged = YEAR_RANGE_RE.search(titled) if "年" in titled else None
        if ranged and _states_year_end(lines, ranged.group("last")):
            titled = titled[: ranged.start()] + ranged.group("last") + "年" + titled[ranged.end() :]
        years = list(_years_not_dates(titled, UNCOMPARED_YEAR_RE)) or [
            x.compact for x in _head(lines) if BARE_YEAR_RE.fullmatch(x.compact)
        ]
        if years:
            return int(years[0])
    for line in lines[:400]:
        m = TITLE_YEAR_RE.search(line.compact) or YEAR_KIND_RE.search(line.compact)
        if m:
            return int(m.group("year"))
    columns = _year_columns(lines[:400])
    if columns:
        return columns
    # (a year compared with, 较 2022 年度决算数, is the year before the document's: not counted)
    # (nor the year of a document the page cites, 根据《…关于2025年…的通知》, whose funds the page may report for 2024;
    # 《…实施方案(2017-2020年)》, a plan's range)
    # — but where only cited documents print a year, theirs (根据《关于下达2023年…资金的通知》 over a 2023 notice)
    counts: Counter[int] = Counter()
    cited: Counter[int] = Counter()
    scheduled = False
    for line in lines:
        if "年" not in line.norm:
            continue
        text = line.compact
        if "》" in text:
            cited.update(_years_not_dates(text, UNCOMPARED_YEAR_RE))
            text = CITED_TITLE_RE.sub("", text)
        years = list(_years_not_dates(text, UNCOMPARED_YEAR_RE))
        if len(distinct := set(years)) >= SCHEDULE_YEARS and max(distinct) - min(distinct) == len(distinct) - 1:
            scheduled = True  # (a schedule over years, 2018年5000元/户,2019年4000元/户,2020年3000元/户: none is the
            continue  # page's, nor a cited plan's range then)
        if len(distinct) > 1 and (listed := EARLIER_LISTED_YEAR_RE.sub("", text)) != text:
            years = list(_years_not_dates(listed, UNCOMPARED_YEAR_RE))  # (2021年、2022年…共计: the span's last)
        counts.update(years)
    if counts or (cited and not scheduled):
        return (counts or cited).most_common(1)[0][0]
    # (a page printing dates only: the year a plan does its work in, 计划于2025年8月份开工, is the project's)
    planned = PLANNED_WORK_RE.search(_run_together(lines[:400]))
    return int(planned.group("year")) if planned else None


# A sheet's own year label right after its name, in brackets (…项目支出绩效目标申报表 (2023年度), 监控表 (2019年)): the
# year the sheet is for — not a 文号's (永文保发【2022】26号) nor that of a request the sheet cites
# (关于将2022年…的请示).
SHEET_YEAR_LABEL_RE = re.compile(rf"(?:表|报告|情况|说明)\((?P<year>{YEAR})年度?\)")


# A year listed right before a later one (2021年、2022年山东省…共计, 2021年和2022年, 2021年至2022年): the figures after
# the list are of the span the years make, and a page stating them — an evaluation report over two years — is of its
# last year; only that one is counted for the page (see :func:`detect_year`).
EARLIER_LISTED_YEAR_RE = re.compile(
    rf"{YEAR}\s*年度?\s*(?:[、和及]|[-—–~～至到])\s*(?={YEAR}\s*年)"
)


# How many consecutive years one line lists for a schedule (a standard per year of a plan's term).
SCHEDULE_YEARS = 3


# A page's disclosing clause naming one year (现将我厅2016年“三公经费”预算数说明如下, 现将我局2022年度部门决算公开如下):
# the year of what the page discloses — before any year its figures are compared with (2015年预算数15万元); a
# project's long name may stand in it (现将2022年原州区健康饮茶“送茶入户”边销茶推广项目绩效目标申报表公示如下).
DISCLOSED_YEAR_CLAUSE_RE = re.compile(r"现将[^。;；,，]{0,60}?(?:说明|公开|公示|报告|汇报)如下")


def _disclosed_year(lines: list[Line]) -> int | None:
    """The one year the page's disclosing clause names (:data:`DISCLOSED_YEAR_CLAUSE_RE`), outside a title it cites;
    None where no clause names exactly one."""
    for line in lines:
        if "现将" not in line.compact:
            continue
        for clause in DISCLOSED_YEAR_CLAUSE_RE.finditer(CITED_RULE_RE.sub("", line.compact)):
            years = set(_years_not_dates(clause.group(0)))
            if len(years) == 1:
                return years.pop()
    return None


# A range of years a heading compares (2018年-2020年学校整体收支情况, 2018—2020年, 2018年至2020年).
YEAR_RANGE_RE = re.compile(rf"{YEAR}\s*年?度?\s*[-—–~～至到]\s*(?P<last>{YEAR})\s*年度?")
# A year's end stated as the page's own (2020年末学校在职教职工总数457人, 截至2020年底, 2020年12月31日).
YEAR_END_WORDS = ("年末", "年底", "年12月31日")


def _states_year_end(lines: list[Line], year: str) -> bool:
    """Whether the page states figures at ``year``'s end (:data:`YEAR_END_WORDS`) and no later year's: the last year
    of a range its heading compares (2018年-2020年…收支情况 over 2020年末…) is then the page's own. (A year's end
    stated for a later year too — 预计2021年末 in a 2020 account — tells nothing: the range is read as printed.)"""
    text = _run_together(lines[:400])
    if not any(year + word in text for word in YEAR_END_WORDS):
        return False
    return not any(
        str(later) + word in text for later in range(int(year) + 1, int(year) + 3) for word in YEAR_END_WORDS
    )


# A plan's date for its work (计划于2025年8月份开工, 预计2024年10月底完工, 拟于2023年内建成): the year the project is
# carried out — the fiscal year of a project's notice that prints no year but dates.
PLANNED_WORK_RE = re.compile(
    r"(?:计划|预计|拟)(?:于|在)?(?P<year>20\d{2})年(?:\d{1,2}月份?)?(?:底|初|中|前|内|上旬|中旬|下旬)?"
    r"(?:开工|动工|完工|竣工|建成|实施|完成|投入使用)"
)


# A table's column cell naming a year (2016年度 | 2017年度 | 2017比2016增减, 2022年决算数): a year and its kind alone.
# (or in brackets under the columns' words, 上年度 本年度 / (2018年) (2019年): the 本年度 column's year is the later)
YEAR_COLUMN_CELL_RE = re.compile(r"[(（]?(20\d{2})年度?(?:决算|预算|执行)?数?[)）]?")
CELL_SPLIT_RE = re.compile(r"[\s|]+")


def _year_columns(lines: list[Line]) -> int | None:
    """The latest year of the first header whose cells name two years or more (a page comparing its year with
    the one before in columns, 2016年度 | 2017年度: the later is the page's), or None."""
    for line in lines:
        if "年" not in line.norm:
            continue
        years = {
            int(cell.group(1))
            for cell in map(YEAR_COLUMN_CELL_RE.fullmatch, CELL_SPLIT_RE.split(line.norm))
            if cell is not None
        }
        if len(years) >= 2:
            return max(years)
    return None


def _years_not_dates(text: str, pattern: re.Pattern[str] = YEAR_RE) -> Iterator[int]:
    """The years ``text`` prints (20xx年), but those of a date other than a year's last day (see
    :data:`MONTH_AFTER_RE`) or a month the figures are for (2024年5月份)."""
    for match in pattern.finditer(text):
        date = MONTH_AFTER_RE.match(text, match.end())
        if date is None or (date.group(1) in ("12", "十二") and date.group(2) in ("31", "三十一")):
            yield int(match.group(1))
        elif date.group(2) is None and text.startswith("份", date.end()):
            yield int(match.group(1))  # (a month of the year's figures, 2024年5月份…统计表: a period, no date)


def detect_layout(lines: list[Line], is_pdf: bool) -> str:
    """pdf / markdown_tsv / cell_per_line / hard_wrapped / plain, by the shape of the lines.

    The tab-separated rows decide first (most documents print no tab at all: one look at their
    joined text tells); the lengths of the other lines are measured only when the rows do not."""
    if is_pdf:
        return "pdf"
    joined, _ = joined_texts(lines, "norm", "\n")  # (a tab is the same in the normalised text)
    rows = [line.text for line in lines if "\t" in line.norm] if "\t" in joined else []
    tsv = cells = 0  # rows of 3+ tab-separated cells / single tab-indented cells
    for text, count in Counter(rows).items():  # each distinct row once
        if text.count("\t") == 1:  # two cells: one tab-indented cell, holding something, or no row
            if text.startswith("\t") and not text.isspace():
                cells += count
            continue
        filled = sum(map(bool, map(str.strip, text.split("\t"))))  # cells holding something
        if filled >= 3:
            tsv += count
        elif filled == 1 and text.startswith("\t"):
            cells += count
    if cells >= MIN_TABLE_ROWS and cells > tsv:
        return "cell_per_line"
    if tsv >= MIN_TABLE_ROWS:
        return "markdown_tsv"
    texts = [line.text for line in lines if "\t" not in line.norm] if rows else map(attrgetter("text"), lines)
    prose = list(filter(None, map(len, map(str.strip, texts))))  # lengths of the non-blank lines without tabs
    return "hard_wrapped" if prose and _median_at_most(prose, SHORT_LINE_CHARS) else "plain"


def _median_at_most(values: list[int], limit: int) -> bool:
    """``statistics.median(values) <= limit``, told by counting the values up to ``limit`` instead
    of sorting them: the middle value (of an odd count) is at most ``limit`` when more than half
    the values are; of an even count, the mean of the two middle values is when more than half
    are, or, when exactly half are, the largest of those and the smallest of the others sum to
    at most twice ``limit``."""
    low = [value for value in values if value <= limit]
    half, odd = divmod(len(values), 2)
    if odd or len(low) != half:
        return len(low) > half
    return max(low) + min(value for value in values if value > limit) <= 2 * limit


def _candidates(lines: list[Line], limit: int | None = None, placed: bool = False) -> list[tuple[str, int]]:
    """(name, line) of every department name printed in the first ``limit`` lines (all by default); with
    ``placed``, only those printed where a page names its own body (:func:`_placed`), not where it mentions another."""
    out: list[tuple[str, int]] = []
    for index in lines_with(lines, CANDIDATE_LINE_RE, "compact"):  # one scan finds the lines to read
        if limit is not None and index >= limit:
            break
        line = lines[index]
        text = line.compact
        previous = _previous_text(lines, index) if placed else ""
        following = lines[index + 1].compact if placed and index + 1 < len(lines) else ""
        holder = BUDGET_HOLDER_RE.search(text)
        if holder:
            out.append((holder.group("name"), line.number))
            continue
        if not any(word in text for word in AGENCY_WORDS):
            continue
        if _joint_signature(line):
            continue
        matches = list(DEPARTMENT_RE.finditer(text))
        if placed and CONTACT_WORD_RE.search(text) and any(CONTACT_AFTER_RE.match(text, m.end()) for m in matches):
            continue  # (a contact list's line: every body on it is one the page sends its readers to)
        signed = _run_together_signatories(text, matches)
        for index, m in enumerate(matches):
            if index in signed:
                continue  # one of the bodies jointly issuing a notice, their names run together over its date
            if NOT_PUBLISHER_RE.search(text, max(0, m.start() - NOT_PUBLISHER_BEFORE), m.end() + 2):
                continue
            if RECIPIENT_RE.search(text, max(0, m.start() - RECIPIENT_BEFORE), m.start() + RECIPIENT_BEFORE):
                continue
            if "《" in text and _cited_at(text, m.end() - 1):
                continue  # an issuer named inside the title of a document the page cites (《X局 Y局关于…的通知》)
            name = _without_noise(m.group(0))
            start = m.end() - len(name)  # (where the name starts, the words before it aside: 向建军县级主管部门…)
            if "、" in text and (
                ENUMERATED_BEFORE_RE.fullmatch(text, max(0, start - 2), start)
                or ENUMERATED_AFTER_RE.match(text, m.end())
            ):
                continue  # one of a list of bodies (新建广东汕头幼儿师范高等专科学校(筹)、广东梅州职业技术学院(筹)、…)
            if CONGRESS_SESSION_RE.search(name) or UNIT_CLASS_RE.search(name):
                continue
            end = m.end()
            if name.endswith("政府委") and text.startswith("托", m.end()):
                name, end = name[:-1], end - 1  # 受平乐县人民政府委托: the verb's 委, no committee
            elif name.endswith("委") and (tail := COMMITTEE_TAIL_RE.match(text, m.end())):
                # 盘龙区人大常委 | 会办公室: the 委 ends the first agency word, not the name
                name, end = name + tail.group(0), tail.end()
            elif name.endswith("中心") and (tail := CENTRAL_UNIT_TAIL_RE.match(text, m.end())):
                # 竹峪镇中心 | 小学校: a town's central school, clinic or kindergarten
                name, end = name + tail.group(0), tail.end()
            if tail := SUB_UNIT_TAIL_RE.match(text, end):
                name += tail.group(0)  # …环境卫生服务中心 | 宛平环卫所2020年度: the parent's second-level unit
            if name[:1] == "年" and text[m.start() - 1 : m.start()].isdigit():
                name = name.removeprefix("年度" if name.startswith("年度") else "年")  # 2022年西平县…: the year's 年
            elif name[:1] in "月日号" and text[m.start() - 1 : m.start()].isdigit():
                # 2022年1月25日区农业农村局…: a date's 日 (or 月, 号), no part of the name — left without a region
                # name (区农业农村局: the district's bureau, named by its level only), it is no candidate
                name = name[1:]
            if (inner := FULL_PROVINCE_RE.search(name, 1)) and not PARTY_PREFIX_RE.fullmatch(name[: inner.start()]):
                # (cells run together: 支持…地区新建高校广东省教育厅 — its province starts it)
                name = name[inner.start() :]
            region = REGION_RE.match(name).group(0)  # type: ignore[union-attr]
            # (a verb of work in the words taken for its region: the object of the verb — 做好忠州科技馆场馆的…管理,
            # 全年做好宁德市…图书馆的运行 —, what the body works on, no publisher)
            if region and not UNNAMED_LEVEL_RE.search(region) and not VERB_OBJECT_RE.search(region):
                if placed and not (
                    _placed(text, name, m.start(), previous, following) or _whole_cell(line.norm, name, m.start())
                ):
                    continue
                out.append((_whole_in_cell(line.norm, name, m.start()) if placed else name, line.number))
    return out


# Where a page prints its own body's name rather than one it mentions (ident25: on unseen pages a name the page
# only mentions — a notice's issuer, a superior, a partner, a beneficiary, a verb's object, a name cut by a wrap —
# was wrong 5 times of 17):
# - in a field after its label (填报单位(盖章):X, 来源:X, 主管预算部门|X, 项目主管部门X, [155]X|, 324001-X);
# - starting its line (its numbering, bullet or code before it: 1、X2022年部门预算, •X, (3)实施主体。X), unless the
#   line before ends in the first characters of its region's name (拨付至平 / 乐县X局: a wrap cut it);
# - signing the page over its date (X2022年12月30日, X二〇二一年十一月);
# - starting a sentence it is the subject of (。X是…, ,X负责…, 经X汇总, ,X下属共有…);
# - tied to the report's pronoun (我局(X), X(以下简称“本单位”)), or in the clause disclosing the report
#   (现将2022年X…报告如下);
# - before its year's documents, no sentence's word before it (X2022年度部门决算, 附件:X2022年项目…), or a whole
#   cell of a spaced row (:func:`_whole_cell`);
# never as a form's maker (X(制)).
FIELD_LABEL_BEFORE_RE = re.compile(
    r"(?:[:：|]|(?:名称|单位|部门|机构|主体|来源|作者)(?:名称)?(?:\((?:盖章|公章)\))?(?:及(?:其)?(?:编码|代码))?)"
    r"(?:\[\d+\]|\d{3,}[-—])?$"  # (its budget code before it: [155]X, 324001-X)
)
LINE_START_BEFORE_RE = re.compile(
    r"^(?:[\d一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|[•·●▪\-—]|\[\d+\]|[\u4e00-\u9fff、]{2,8}。|关于)*$"
)
SIGNED_AFTER_RE = re.compile(rf"(?:\((?:盖章|公章)\))?{YEAR}年(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月")
SUBJECT_AFTER_RE = re.compile(
    r"是|负责|汇总|编制|主要职|内设|下设|现有|共有|实有|行政编制|事业编制"
    # (its own units, ,梧州市民政局下属共有6个事业单位, ,X局及其下属各单位; the figures it compiles,
    # ,迪庆州财政局对州本级…“三公”经费决算数进行统计汇总)
    r"|(?:及其)?(?:下属|所属)|对[^。;；,，]{0,40}?(?:统计|汇总)"
)
SUBJECT_BEFORE_RE = re.compile(r"(?:[。;；,，!！]|经)$")
# The clause disclosing the report (现将2022年西平县交通运输局…报告如下): the body it reports on, after its year.
DISCLOSING_BEFORE_RE = re.compile(rf"现[将把就](?:{YEAR}年度?)?$")
PRONOUN_TIE_BEFORE_RE = re.compile(r"(?:我|本)(?:局|单位|委|中心|院|馆|办|部门|校|园|所|站|会)[(（]$")
PRONOUN_TIE_AFTER_RE = re.compile(r"[(（](?:以下)?简称[“\"]?(?:我|本)")
TITLE_AFTER_RE = re.compile(rf"{YEAR}年度?(?:部门|单位)?(?:整体)?(?:决算|预算|绩效|项目|“三公”|三公|财政)")
# How many characters of a wrapped line's end may start a region name the next line's name completes (平 / 乐县X局,
# 寻甸回族彝族自 / 治县X局).
WRAP_CUT_CHARS = 10
# A form's maker printed under it (岳阳楼区财政局(制), X局(监制)): the body that designed the form, not the one
# filling it in.
FORM_MAKER_AFTER_RE = re.compile(r"[(（](?:监|印)?制[)）]")
# A contact list's entry (驻马店市乡村振兴局电话:0396-2610268, X局举报电话, X局地址:) and a complaint channel's field
# (投诉监督单位:X局, 举报受理单位:X): a body the page sends its readers to, never the one publishing it. (A 联系单位 is
# the page's own, 与我们联系。联系单位:X财政局.)
# A notice's salutation, the name alone on its line before a colon (陈仓区水利局:): the body it is sent to, not the
# one issuing it (来源:财政局, its signature).
ADDRESSEE_AFTER_RE = re.compile(r"[:：]")
CONTACT_AFTER_RE = re.compile(r"(?:监督|举报|投诉|咨询|联系|值班|办公)?(?:电话|传真|热线|邮箱|地址|邮编)")
CONTACT_WORD_RE = re.compile(r"电话|传真|热线|邮箱|地址|邮编")
COMPLAINT_LABEL_CHARS = 12  # (how far before a name its complaint label is looked for)
COMPLAINT_LABEL_BEFORE_RE = re.compile(r"(?:投诉|监督|举报)\w{0,4}单位[:：]?$")


@functools.lru_cache(maxsize=4096)
def _sentence_words_before_region(region: str) -> int:
    """How many of a name match's first characters are a sentence's words before its region (本单位系寿县…, 按寿县…:
    4, 1): where the region is no run of known names, the first offset from which it is one (of 2 characters at
    least); else 0."""
    if not _known_region_names() or _is_known_run(region):
        return 0
    start = next((start for start in range(1, len(region) - 1) if _is_known_run(region[start:])), 0)
    return 0 if PARTY_PREFIX_RE.fullmatch(region[:start]) else start  # (中共宣城市…: the party's body)


def _whole_cell(norm: str, name: str, start: int = 0) -> bool:
    """Whether the spaced line ``norm`` prints ``name`` as a whole cell of its own, spaces or a bar on both sides
    (新建高校 广东省教育厅 专项资金 2020年-2022年: a row's cells, the body's among them); ``start`` where its compact
    text has it (the spaced line has it there or further on)."""
    if " " not in norm and "|" not in norm:
        return False  # (no cells)
    name = name[_sentence_words_before_region(REGION_RE.match(name).group(0)) :]  # type: ignore[union-attr]
    at = norm.find(name, start)
    # (or starting at its province's full name where a row's cells run together before it: 支持新建学校广西壮族
    # 自治区教育厅 专项资金 — as the name match starts there)
    return (
        at > 0
        and (norm[at - 1] in " |" or FULL_PROVINCE_RE.match(name) is not None)
        and norm[at + len(name) : at + len(name) + 1] in (" ", "|", "")
    )


def _previous_text(lines: list[Line], index: int) -> str:
    """The compact text of the last line with text before ``lines[index]``."""
    for before in range(index - 1, max(-1, index - 4), -1):
        if lines[before].compact:
            return lines[before].compact
    return ""


def _placed(text: str, name: str, match_start: int, previous: str, following: str = "") -> bool:
    """Whether ``name`` (found at ``match_start`` or right after, in the compact line ``text``) is printed where a
    page names its own body (see :data:`FIELD_LABEL_BEFORE_RE` …); ``previous`` the line before with text, whose end
    a name starting the line may be the tail of (拨付至平 / 乐县农业农村局: a region's name cut by the wrap),
    ``following`` the next line, whose start continues the sentence of a name ending its line (…,东阳市X局 /
    及其下属各单位…: a wrap after the name)."""
    start = text.find(name, max(0, match_start - 2))
    if start == -1:
        return False
    if COMPLAINT_LABEL_BEFORE_RE.search(text, max(0, start - COMPLAINT_LABEL_CHARS), start) or CONTACT_AFTER_RE.match(
        text, start + len(name)
    ):
        return False
    # (from where its region's known names start: 本单位系X局 is X局 after the sentence's words)
    cut = _sentence_words_before_region(REGION_RE.match(name).group(0))  # type: ignore[union-attr]
    if cut and FIELD_LABEL_BEFORE_RE.search(text[:start]):
        return True  # (a field's name whose first words are no known region's: 联系单位:第一师阿拉尔市财政局)
    start, name = start + cut, name[cut:]
    before, after = text[:start], text[start + len(name) :] or following
    if FORM_MAKER_AFTER_RE.match(after) or (not before.strip() and ADDRESSEE_AFTER_RE.fullmatch(after)):
        return False
    if LINE_START_BEFORE_RE.match(before):
        if before or not previous or not ("\u4e00" <= previous[-1] <= "\u9fff"):
            return True
        region = REGION_RE.match(name).group(0)  # type: ignore[union-attr]
        # (cut: one known region name runs from the previous line's last characters into the name's region — 平 /
        # 乐县X局, 海 / 南省X局, 寻甸回族彝族自 / 治县X局; not two names, 云南省 / 保山市X局)
        known = _known_region_names()
        return not any(
            previous[-cut:] + region[:end] in known
            for cut in range(1, min(WRAP_CUT_CHARS, len(previous)) + 1)
            for end in range(1, len(region) + 1)
        )
    return bool(
        FIELD_LABEL_BEFORE_RE.search(before)
        or SIGNED_AFTER_RE.match(after)
        or (SUBJECT_BEFORE_RE.search(before) and SUBJECT_AFTER_RE.match(after))
        or PRONOUN_TIE_BEFORE_RE.search(before)
        or DISCLOSING_BEFORE_RE.search(before)
        or PRONOUN_TIE_AFTER_RE.match(after)
        or (TITLE_AFTER_RE.match(after) and not (before and "\u4e00" <= before[-1] <= "\u9fff"))
    )


# A date as a notice prints it under its issuers' names (2025年9月19日, 2025年9月 — spaces allowed).
SIGNED_DATE_RE = re.compile(rf"\s*{WRITTEN_DATE}")
# Verbs of work a sentence's object follows (做好X馆的管理, 加强X中心建设, 支持X局工作, 完成区交通局交办的…): a name
# a match reads with one before its region's name is the thing the body works on or for, never the body publishing
# the page.
VERB_OBJECT_RE = re.compile(
    r"完成|做好|搞好|抓好|建好|管好|办好|加强|支持|推进|推动|配合|协助|协调|指导|督促|完善|落实"
)


def _run_together_signatories(text: str, matches: list[re.Match[str]]) -> set[int]:
    """The indices of ``matches`` that are a notice's joint issuers printed run together with no space between them
    (莆田市秀屿区财政局莆田市秀屿区水利局2025年9月19日, flattened text): two names or more, each starting where the one
    before ends, the last followed by a date. (Spaced apart on a line of their own: :func:`_joint_signature`.)"""
    signed: set[int] = set()
    run = [0] if matches else []
    for index in range(1, len(matches) + 1):
        if index < len(matches) and matches[index].start() == matches[index - 1].end():
            run.append(index)
            continue
        if len(run) >= 2 and SIGNED_DATE_RE.match(text, matches[run[-1]].end()):
            signed.update(run)
        run = [index]
    return signed


def _joint_signature(line: Line) -> bool:
    """Whether ``line`` holds two bodies' whole names or more and nothing else, spaces between them (a notice issued
    jointly, signed 德化县财政局 德化县农业农村局 over its date): each is an issuer, none the page's one publisher."""
    if len(line.compact) > 2 * MAX_NAME_LINE_CHARS:
        return False  # (most lines: a sentence or a row, longer than a few names)
    pieces = line.norm.split()
    return len(pieces) >= 2 and all(NAME_LINE_RE.fullmatch(piece) for piece in pieces)


# The shortest run of known region names a region prefix may be cut to (a county's own name: 3 characters or more).
MIN_KNOWN_REGION_CHARS = 3


@functools.lru_cache(maxsize=1)
def _known_region_names() -> frozenset[str]:
    """Every region name of ``seeds/regions.csv`` and its aliases (昌吉州, 恩施州 …), all levels."""
    names = set()
    for row in region_rows():
        names.add(row["region_name"])
        names.update(alias for alias in (row.get("aliases") or "").split("|") if len(alias) >= 2)
    return frozenset(names)


def _is_known_run(text: str) -> bool:
    """Whether ``text`` is one or more known region names printed one after another (湖北省随州市曾都区)."""
    known = _known_region_names()
    ends = {0}
    for end in range(1, len(text) + 1):
        if any(text[start:end] in known for start in ends if start < end):
            ends.add(end)
    return len(text) in ends


@functools.lru_cache(maxsize=4096)
def _known_region_start(region: str) -> int:
    """Where a name's region prefix starts: 0, or past the sentence's words a name match took in before a run of
    known region names (款安排梧州市 → 梧州市, 院江苏大学临床医学院镇江市 → 镇江市). A prefix that is no run of known
    names from any offset (南湖新区, a development zone, a district the seed does not list) is kept whole."""
    if not _known_region_names() or _is_known_run(region):
        return 0
    for start in range(1, len(region) - MIN_KNOWN_REGION_CHARS + 1):
        if _is_known_run(region[start:]):
            return 0 if PARTY_PREFIX_RE.fullmatch(region[:start]) else start  # (中共宣城市…: the party's body)
    return 0


def _without_noise(name: str) -> str:
    """``name`` without the words before it that are no part of it (:data:`NAME_NOISE_RE`), however
    many are run together (主管部门新洲区楚剧团实施单位新洲区文化和旅游局 → 新洲区文化和旅游局)."""
    for _ in range(3):
        cleaned = NAME_NOISE_RE.sub("", name)
        if cleaned == name:
            break
        name = cleaned
    return name


def _core(name: str) -> str:
    """The department name without its region prefix."""
    match = REGION_RE.match(name)
    return name[match.end() :] if match else name


# What the name of any public body ends in: agencies, party organs, people's congress and CPPCC
# offices, township governments and 街道, schools (a party school: 铁道党校, 中共黄石市委党校), kindergartens,
# hospitals, centres, stations; a people's
# organisation by its short name (残联 for 残疾人联合会, 妇联, 文联, 侨联, 科协); a state farm by its kind (国有林场,
# 农场, 牧场, 渔场, 茶场, 良种场, 园艺场: 北京市门头沟区西峰寺林场, 重庆市万州区国有分水林场 — never 市场 or 广场).
BODY_SUFFIX = (
    r"(?:委员会办公室|委员会|办公室|办事处|管理局|管委会|人民政府|政府|联合会|残联|妇联|文联|侨联|科协|政协|人大常委会|"
    r"(?:[林农牧渔茶果]|苗圃|良种|种畜|园艺)场|"
    r"幼儿园|小学校|小学|中学|学校|大学|学院|党校|学区|医院|卫生院|中心|管理处|研究室|局|厅|委|办|部|院|站|所|馆|队|社|团|会|"
    # (a secondary vocational or technical school named short, 衢州第二中专, and a broadcaster publishing its own
    # accounts, 宣城市广播电视台 — a 来源 field naming one is a media source: NOT_A_MEDIA)
    r"(?:中专|职专|技校)(?!学校|学院|部(?!门))|电视台|"
    r"街道|镇|乡|集中区|开发区|园区|示范区|试验区)(?:\((?:管委会|本级|机关)\))?"
)
# The rest of a body's name a name match ends before, up to its cell's or clause's end (填报单位:北京市文化和旅游局
# 综合事务中心  填报日期, 我局(X局综合事务中心)): the match stops at its first agency word, the unit is the whole.
CELL_CONTINUATION_RE = re.compile(
    rf"(?:(?!单位|部门|项目|名称|负责)[^\W\d_的和及与在对为是了等各该其一])"
    rf"(?:(?!单位|部门|项目|名称|负责)[^\W\d_的和及与在对为是了等各该其]){{0,11}}?{BODY_SUFFIX}(?=[\s|)）:：,，。;；]|$)"
)


def _whole_in_cell(norm: str, name: str, start: int = 0) -> str:
    """``name`` with the rest of its unit's name where the line ``norm`` prints it on up to its cell's end (``start``
    where the line's compact text has it: the line has it there or further on)."""
    at = norm.find(name, start)
    found = CELL_CONTINUATION_RE.match(norm, at + len(name)) if at != -1 else None
    return name + found.group(0) if found else name


# A disclosure's title names its publisher right before (or after) the year and the kind of
# document: 舟曲县第二幼儿园2023年部门决算, 2016年西宁市东方小学部门决算, 中共上海市普陀区委社会工作部
# 2024年度部门决算, 泸县城北幼儿园2023年度部门事中绩效监控报告 (a stage of the year's performance work: 事前 / 事中 /
# 事后), 寻甸…联合会2022年度“三公”经费决算, 2024年昌宁县卡斯镇“三公”经费预算, 2023年广东省财政厅
# 一般公共预算财政拨款“三公”经费支出决算 (the funds named before the kind, one or more); 重庆市巫溪县档案馆单位
# 2022年度部门决算 (单位 after the name: the body is a 单位, no part of its name).
DOC_KIND = (
    r"(?:部门|单位)?(?:项目)?(?:整体)?(?:支出)?(?:事[前中后])?(?:(?:一般公共预算|政府性基金(?:预算)?|财政拨款)[及和、]?){0,3}"
    r"(?:决算|预算|“?三公”?经费|三公经费|绩效|收支)"
)
# The transfer a body's report is about, between its name and its year (镜湖区残联中央转移支付2023年度绩效自评报告).
TRANSFER = r"(?:中央|省级|市级|县级|区级)?(?:财政)?(?:专项)?转移支付(?:资金)?"
# A project's sheet with its year first, then its body with its region, then the funds (2016年黑龙江省林业厅林业补助
# 资金绩效评价报告) — not a 部 of 部门 (2020年鄂州市市直部门预算项目支出绩效目标表 names the city's departments, no
# body), nor a name without its region (2019年度村残疾人专职委员工作补贴项目…: the project's name).
YEAR_FIRST_FUNDS_TITLE_RE = re.compile(
    rf"(?:19|20)\d{{2}}年度?(?P<name>(?!度){CJK}[\u4e00-\u9fff()]{{2,40}}?{BODY_SUFFIX})(?!门)\S{{1,30}}?"
    r"(?:项目|支出|资金|经费)(?:支出|资金)?绩效(?:目标|自评|评价)"
)
TITLE_NAME_RES = (
    re.compile(
        rf"(?P<name>{CJK}[\u4e00-\u9fff()]{{2,40}}?{BODY_SUFFIX})(?:单位|关于|{TRANSFER})?(?:19|20)\d{{2}}年度?{DOC_KIND}"
    ),
    # (the year's 度 no part of the name: 2024年度铁道党校部门决算)
    re.compile(rf"(?:19|20)\d{{2}}年度?(?P<name>(?!度){CJK}[\u4e00-\u9fff()]{{2,40}}?{BODY_SUFFIX}){DOC_KIND}"),
    # a project's sheet: its name between the year and the kind (湘潭市环境卫生管理处2023年雾炮车降尘抑尘服务
    # 项目支出绩效目标申报表), or the funds' (荷香桥镇2019年扶贫项目资金绩效自评报告, 三堂街镇2021年度村管费支出
    # 绩效评价报告)
    re.compile(
        rf"(?P<name>{CJK}[\u4e00-\u9fff()]{{2,40}}?{BODY_SUFFIX})(?:19|20)\d{{2}}年度?\S{{1,30}}?"
        r"(?:项目|支出|资金|经费)(?:支出|资金)?绩效(?:目标|自评|评价)"
    ),
    YEAR_FIRST_FUNDS_TITLE_RE,
)
# A sentence's first clause: where a page without a title names its body first (许镇镇2020年“三公”经费决算数共计…,).
# A performance report's or sheet's title printing no year, on a line of its own: the body's name (its region printed:
# see :func:`_title_name`), then the project or funds, then the kind (如皋市科学技术协会科普活动项目绩效自评价报告, X局
# Y项目支出绩效自评表) — no clause's mark in it.
YEARLESS_TITLE_RE = re.compile(
    rf"(?P<name>{CJK}[\u4e00-\u9fff()]{{2,40}}?{BODY_SUFFIX})[\u4e00-\u9fff“”\"()]{{1,30}}?"
    r"(?:项目|支出|资金|经费)(?:支出|资金)?绩效(?:目标|自评|评价|监控)[\u4e00-\u9fff]{0,4}(?:报告|表)"
)
FIRST_CLAUSE_RE = re.compile(r"[^,，;；。:：]*")
SHORT_NAME_CHARS = 4
# A title starting with its year, then the body and the kind (2024年度铁道党校部门决算).
YEAR_FIRST_NAME_RE = re.compile(
    rf"(?:19|20)\d{{2}}年度?(?P<name>(?!度){CJK}[\u4e00-\u9fff()]{{1,40}}?{BODY_SUFFIX}){DOC_KIND}"
)
OPENING_LINES = 3  # (the page's opening lines only: a sentence further down names what it is about)
# The body an opening clause starts with, then its year and kind (a town's name may have three characters; 关于 between,
# 铁道党校关于2024年度部门决算的说明).
OPENING_NAME_RE = re.compile(
    rf"(?P<name>{CJK}[\u4e00-\u9fff()]{{1,40}}?{BODY_SUFFIX})(?:关于)?(?:19|20)\d{{2}}年度?{DOC_KIND}"
)
# A title naming a region, not a body (沅陵县2021年“三公”经费预算财政拨款情况统计表): a region's own figures.
REGION_TITLE_RE = re.compile(
    rf"(?P<name>{CJK}{{1,12}}?(?:县|区|市|旗|盟|州))(?:19|20)\d{{2}}年度?{DOC_KIND}"
    # (or its year first: 2019年度鹿寨县“三公”经费支出决算情况 — never a scope, 2020年全区收支决算)
    rf"|(?:19|20)\d{{2}}年度?(?P<after>(?![度全本各我该]){CJK}{{1,12}}?(?:县|区|市|旗|盟|州)){DOC_KIND}"
)
# Words printed before a title's name that are not part of it (信息名称, 关于, 标题).
TITLE_NOISE_RE = re.compile(r"^.*?(?:信息名称|标题|名称|关于|附件\d*|目录)|^(?:\d+[.、])")
# The label of the field after a body's name in a sheet flattened onto one line, no space between its cells
# (部门(单位)名称龙岩市民族与宗教事务局部门预算编码230001项目名称…): where the name's cell ends.
# (and a portal's fields: 发布机构 X局 责任部门 X局 关键字 …, printed in a row)
NEXT_FIELD_LABEL = (
    r"(?:部门|单位)?(?:预算)?编码|(?:部门|单位)?代码|项目名称|主管部门|实施单位|项目类别"
    r"|责任部门|主题分类|组配分类|关键[字词]|文号|索引号|成文日期|发布日期|发文日期|发布时间|信息来源"
    # (a sheet's own head: 单位名称:区商务局填报日期:… — the filling unit, then the day it filled the sheet in)
    r"|填报(?:日期|时间|人)"
    # (the person answering for the unit, 填报单位(盖章):X中学单位负责人:…)
    r"|(?:单位|项目)?负责人"
)
# The labels of a unit's own field that hold 单位 without 名称 (预算单位, 填报单位(盖章), 申报单位, 编报单位).
FILLING_UNIT_LABEL_RE = re.compile(r"(?:预算|填报|申报|编报)单位")
# Labelled fields naming the body: 单位名称：…, 预算单位：…, 部门名称：…, 发布机构 | …, 填报单位(盖章)：…
FIELD_NAME_RE = re.compile(
    rf"(?:单位名称|预算单位|部门名称|部门\(单位\)名称|发布机构|(?:填报|申报|编报)单位(?:\((?:盖章|公章)\))?)\s*[:|\]]*\s*\|?\s*(?P<name>{CJK}[\u4e00-\u9fff()]{{1,40}}?{BODY_SUFFIX})"
    rf"(?=\s|\||$|[^\u4e00-\u9fff()]|{NEXT_FIELD_LABEL})"
)
# The report's pronoun for its body tied to the body's name, the page's own (我局(X局)2022年度…, 本单位(X中心),
# X局(以下简称“我局”)): the name between the brackets after the pronoun, or before the bracket naming it so.
PRONOUN_WORD = r"(?:我|本)(?:局|单位|委|中心|院|馆|办|部门|校|园|所|站|会|镇|乡|街道)"
SUBJECT_TIE_RE = re.compile(rf"{PRONOUN_WORD}\((?P<name>{CJK}[\u4e00-\u9fff]{{1,40}}?{BODY_SUFFIX})\)")
# (or in quotation marks, its region printed: 我单位“北京市通州区城镇绿化服务中心”设立了…)
QUOTED_TIE_RE = re.compile(rf"{PRONOUN_WORD}[“\"](?P<name>{CJK}[\u4e00-\u9fff]{{1,40}}?{BODY_SUFFIX})[”\"]")
NAMED_AS_PRONOUN_RE = re.compile(
    rf"(?<![\u4e00-\u9fff])(?P<name>{CJK}[\u4e00-\u9fff]{{1,40}}?{BODY_SUFFIX})\((?:以下)?简称[“\"]?{PRONOUN_WORD}"
)
# The cells of a project's 绩效自评表 / 绩效目标表 that name who carries it out and who oversees it:
# 实施单位 | 张庄寨镇人民政府, 项目执行单位：…, 主管部门 219-池州市贵池区棠溪镇人民政府 (a budget code
# before the name). The label starts a cell (组织实施单位, 监督管理单位 are other bodies) and the
# name ends its cell.
# The last character of a body's name (…办事处, …局, …政府): a label run on after a name starts there (a sheet's
# head flattened without spaces: 主管部门…街道办事处实施单位:…), never inside a word (组织实施单位); its colon
# tells it for a field (项目主管部门X局项目执行单位Y学校, no colon, is left to the other readings).
NAME_END = "[处局府委办院站所馆队社团会心校园乡镇道]"
# The name ends its cell: a separator, the line's end, the ``/`` before the person a compound label
# names too (项目实施单位/项目负责人 | 原州区农技中心/杨某), or the next field's label run on without a space
# (…街道办事处实施单位:…中心项目资金(万元) …).
# (the unit carrying a project out may be a company: 实施单位 [610001]湖南省润山润水生态农业发展有限公司 — never the
# 主管部门 overseeing it)
COMPANY_SUFFIX = "公司"


# The field a targets sheet prints after its 项目实施单位 (…项目实施单位嘉峪关城市博物馆政策依据甘财科[2022]78号…).
SHEET_NEXT_LABEL = "政策依据"


def _unit_cell(suffix: str) -> str:
    """A field's cell naming a body ending in ``suffix``, after its label (see :data:`_UNIT_CELL`)."""
    return (
        # (possessive spaces, *+: a label padded with a run of spaces, a table lined up in display columns, is tried
        # once, not once per way of sharing the run among the spaces allowed)
        r"\s*+[:|\]]*+\s*+\|?\s*+(?:\[\d{2,12}\]|\d{2,12}\s*-)?\s*+"
        # (the cell may name the body's other name in brackets after it, its own cell's whole: 项目执行单位 |
        # 黄石市文物局
        # (湖北水泥遗址博物馆) |, a bureau and its museum as one body)
        rf"(?P<name>{CJK}[\u4e00-\u9fff()]{{1,40}}?{suffix}(?:\({CJK}{{2,30}}?{suffix}\))?)"
        rf"(?=\s|\||$|/|{NEXT_FIELD_LABEL}|项目资金|资金情况|{SHEET_NEXT_LABEL})"
    )


_UNIT_CELL = _unit_cell(BODY_SUFFIX)
# 实施单位, 执行单位, 项目单位 (a 自评报告's head: 项目单位 南湖新区民政局), and 资金使用单位 (a transfer's sheet: the
# body that spends the funds); a compound label
# names the project's leader after a ``/``.
IMPLEMENTING_UNIT_RE = re.compile(
    rf"(?:(?:^|(?<=[\s|]))(?:项目)?(?:实施|执行|资金使用)单位(?:名称)?|(?:^|(?<=[\s|]))项目单位"
    rf"|(?<={NAME_END})(?:项目)?(?:实施|执行)单位(?=[:：])"
    # (or right after the 主管部门's budget code run on, no space:
    # 主管部门及代码原州区宗教事务局116422210101621779实施单位原州区民族宗教事务局项目资金…)
    r"|(?<=\d{6})(?:项目)?(?:实施|执行)单位"
    # (a sheet's head flattened without spaces or colons: …监督管理单位嘉峪关文旅局项目实施单位嘉峪关城市博物馆
    # 政策依据 — the whole label 项目实施单位 after a name's end, the name ending where the sheet's next label starts)
    rf"|(?<={NAME_END})项目实施单位(?=[^:：]{{2,40}}?{SHEET_NEXT_LABEL})"
    rf"|实施单位/项目负责人){_unit_cell(f'(?:{BODY_SUFFIX}|{COMPANY_SUFFIX})')}"
)
# 主管部门 (also 业务主管部门, 主管部门名称, 主管部门及编码 / 及代码: the budget code beside the name).
SUPERVISING_DEPARTMENT_RE = re.compile(
    rf"(?:^|(?<=[\s|]))(?:业务|项目)?主管部门(?:名称|及(?:其)?(?:编码|代码))?{_UNIT_CELL}"
)
UNIT_LABEL_RE = re.compile(r"(?:实施|执行|资金使用)单位|项目单位|主管部门")
# Lines looked at for a title or a labelled field, and the longest line taken for a title.
TITLE_SEARCH_LINES = 40
MAX_TITLE_CHARS = 60
# A title broken over lines: at most this many lines, each at most this long.
MAX_TITLE_LINES = 4
# A page's disclosing clause, 现将涪陵区新妙镇2021年度“三公”经费决算情况公开如下 (after the laws it follows): the body
# whose year and kind it discloses.
DISCLOSING_CLAUSE_RE = re.compile("现[将把就]" + OPENING_NAME_RE.pattern)
MAX_TITLE_PIECE_CHARS = 24
# A clause's mark (2016年省财政厅预算安排,“因公出国(境)费”15万元,主): a line holding one is a sentence's, no title.
SENTENCE_MARK_RE = re.compile(r"[,，;；。]")
# A labelled field's colon or cell mark: a line holding one is no piece of a title broken over lines.
FIELD_MARK_RE = re.compile(r"[:：|]")
# How a piece of a name broken over lines ends: a body suffix, a region, or a year piece — or, after the year, the
# funds the title is about (三堂街镇2021年度村管费支出 / 绩效评价报告).
NAME_PIECE_END_RE = re.compile(
    rf"(?:{BODY_SUFFIX}|[省市区县州旗盟]|(?:19|20)\d{{2}}年度?|(?:19|20)\d{{2}}年度?\S{{1,16}}(?:支出|资金|经费))$"
)


def _title_name(lines: list[Line]) -> tuple[str, int] | None:
    """The publisher a title names, with its line (see :data:`TITLE_NAME_RES`)."""
    head = [line for line in _search_head(lines) if line.text.strip()]
    texts = [line.compact for line in head]
    # Which lines may lead a title broken over lines: short pieces of a name (…区委 / 社会工作部), no labelled field
    # (来源:合江县教育和体育局 above the title names the portal's publisher, no piece of the title's name).
    # (looked at only where the pieces name a year, as every title does)
    dated = ["年" in text for text in texts]

    @functools.cache
    def leading(index: int) -> bool:
        text = texts[index]
        return (
            len(text) <= MAX_TITLE_PIECE_CHARS and NAME_PIECE_END_RE.search(text) is not None
            and not FIELD_MARK_RE.search(text)
        )

    for start in range(len(head)):  # a title on one line, or broken over up to 4 short lines
        for span in range(min(MAX_TITLE_LINES, len(head) - start), 0, -1):
            pieces = range(start, start + span - 1)
            if span > 1 and not (any(dated[start : start + span]) and all(map(leading, pieces))):
                continue
            text = "".join(texts[start : start + span])
            if span == 1 and start < OPENING_LINES:
                opening = OPENING_NAME_RE.match(FIRST_CLAUSE_RE.match(text).group(0))  # type: ignore[union-attr]
                if opening is not None and (len(text) > MAX_TITLE_CHARS or len(opening.group("name")) < 4):
                    return opening.group("name"), head[start].number  # (a title's longer names: the patterns below)
                disclosing = DISCLOSING_CLAUSE_RE.search(text) if "现" in text else None
                if disclosing is not None and REGION_RE.match(disclosing.group("name")).group(0):  # type: ignore[union-attr]
                    return disclosing.group("name"), head[start].number
            if "年" not in text:
                # every title pattern names the year (20xx年) — but for a performance report's or sheet's title on a
                # line of its own, its body's whole name first (如皋市科学技术协会科普活动项目绩效自评价报告)
                yearless = YEARLESS_TITLE_RE.fullmatch(text) if span == 1 else None
                if yearless is not None and REGION_RE.match(yearless.group("name")).group(0):  # type: ignore[union-attr]
                    return yearless.group("name"), head[start].number
                continue
            if len(text) > MAX_TITLE_CHARS or SENTENCE_MARK_RE.search(text):
                # a sentence (or a piece of one a hard wrap cut: 2016年省财政厅预算安排,“因公…), not a title — but for
                # its clause disclosing a body's year and kind (…要求,现将焦石镇2020年度“三公”经费决算情况公开如下)
                disclosing = DISCLOSING_CLAUSE_RE.search(text) if span == 1 and "现" in text else None
                if disclosing is not None and len(text) <= MAX_TITLE_CHARS:
                    return disclosing.group("name"), head[start].number
                continue
            for pattern in TITLE_NAME_RES:
                match = pattern.search(text)
                if match:
                    name = _without_noise(TITLE_NOISE_RE.sub("", match.group("name")))
                    if pattern is YEAR_FIRST_FUNDS_TITLE_RE and not REGION_RE.match(name).group(0):  # type: ignore[union-attr]
                        continue  # (a project's name after the year: 2019年度村残疾人专职委员工作补贴项目…, no body)
                    if len(name) >= 3:
                        return name, head[start].number
            # (a short name the patterns do not read — two characters before its suffix — the title starting with it or
            # with its year, on one line or broken over lines: 铁道党校2024年度 / 部门决算, 2024年度铁道党校部门决算)
            title = TITLE_NOISE_RE.sub("", text)
            short = OPENING_NAME_RE.match(text) or OPENING_NAME_RE.match(title) or YEAR_FIRST_NAME_RE.match(title)
            if short is not None and MIN_DESCRIBED_NAME_CHARS <= len(short.group("name")) <= SHORT_NAME_CHARS:
                return short.group("name"), head[start].number
    return None


def _regional(name: str) -> bool:
    """Whether ``name`` is printed with its region's name (not a level alone: 区财政局, 县教育局)."""
    region = REGION_RE.match(name).group(0)  # type: ignore[union-attr]
    return bool(region) and not UNNAMED_LEVEL_RE.search(region) and region[:1] not in UNNAMED_START


def _field_name(lines: list[Line]) -> tuple[str, int] | None:
    """The publisher a labelled field of the head names (单位名称：…, 预算单位：…, 发布机构 | …: see
    :data:`FIELD_NAME_RE`), with its line."""
    for line in (line for line in _search_head(lines) if line.text.strip()):
        text = line.norm.replace(" ", "")
        # (the report's pronoun tied to its body's name: 我局(X局), X局(以下简称“我局”); a bracket in the line first)
        if "(" in text and (
            (tied := SUBJECT_TIE_RE.search(text)) or ("简称" in text and (tied := NAMED_AS_PRONOUN_RE.search(text)))
        ):
            return tied.group("name"), line.number
        if ("“" in text or '"' in text) and (tied := QUOTED_TIE_RE.search(text)) and _regional(tied.group("name")):
            return tied.group("name"), line.number
        if "名称" not in text and "发布机构" not in text and not FILLING_UNIT_LABEL_RE.search(text):
            continue  # none of the labels FIELD_NAME_RE reads (单位名称, 部门名称, 部门(单位)名称, 填报单位 …)
        match = FIELD_NAME_RE.search(text)
        # (a portal's 发布机构 without its region — 发布机构: | 旗财政局 — is read last, the text's own name first)
        if match and (
            not match.group(0).startswith("发布机构") or REGION_RE.match(match.group("name")).group(0)  # type: ignore[union-attr]
        ):
            posted = _government_posting_for(match.group("name"), lines) if match.group(0).startswith("发布") else None
            if posted is not None:
                return posted  # (the government's portal posting its body's page: the body its 来源 names)
            return match.group("name"), line.number
        # (spaces kept: a field's name ending where the next field's label starts, 单位名称:隆阳区X站 填报日期 —
        # a name with its region; one without, or a portal's 发布机构, is read last, under the title's
        # region: _spaced_field_name)
        match = FIELD_NAME_RE.search(line.norm) if "发布机构" not in text else None
        if match and REGION_RE.match(match.group("name")).group(0):  # type: ignore[union-attr]
            return match.group("name"), line.number
    return None


GOVERNMENT_END_RE = re.compile(r"政府$")


def _government_posting_for(name: str, lines: list[Line]) -> tuple[str, int] | None:
    """Where ``name``, a portal's 发布机构, is a government whose portal posts another body's page, the head's 来源
    field naming that body (•发布机构:岳阳楼区人民政府 … 来源:区发改局 — the district's portal, its 发改局's sheet):
    that body, with its line — the government is no publisher of the page; else None."""
    if not GOVERNMENT_END_RE.search(name):
        return None
    for line in _search_head(lines):
        if "来源" not in line.norm:
            continue
        source = PORTAL_SOURCE_RE.search(line.norm)
        if source is not None and not GOVERNMENT_END_RE.search(source.group("name")):
            return source.group("name"), line.number
    return None


def _spaced_field_name(lines: list[Line]) -> tuple[str, int] | None:
    """Where nothing else names the body: a field printed among others on one line, spaces between them
    (a county portal's ``发布时间: 2020-12-02   发布机构:教育局   字体:``), its body without its region put
    under the region a title names right after its year (``2019年度宁晋县高中助学金项目绩效评价指标表``:
    宁晋县教育局) or right before it (``2023年西平县…`` / ``西平县2023年…``, 来源: 扶贫办: 西平县扶贫办); None
    where no such field is printed."""
    head = [line for line in _search_head(lines) if line.text.strip()]
    for line in head:
        if "发布" not in line.norm and "名称" not in line.norm and "来源" not in line.norm:
            continue
        match = FIELD_NAME_RE.search(line.norm) or PORTAL_SOURCE_RE.search(line.norm)
        if match is None:
            continue
        name = match.group("name")
        if not REGION_RE.match(name).group(0):  # type: ignore[union-attr]
            for other in head:
                # (a notice's title after its 关于: 关于前进区2024年度衔接资金…的公告)
                title = other.compact.removeprefix("关于")
                year = TITLE_YEAR_PREFIX_RE.match(title)
                region = REGION_RE.match(title[year.end() :] if year else title)
                if year is None and not TITLE_YEAR_PREFIX_RE.match(title[region.end() :]):  # type: ignore[union-attr]
                    continue  # (a title starting with its county names its year next: 西平县2023年…)
                if region is not None and region.group("county"):
                    county = region.group("county")
                    # (区水务局 under 前进区: the level's character stands for the region's name, 前进区水务局)
                    own = name[1:] if name[:1] in UNNAMED_START and county.endswith(name[:1]) else name
                    name = region.group(0) + own
                    break
        return name, line.number
    return None


# A name ending in a body's suffix that names a web site, not a body (湖南省政府门户网站: 站 ends it).
NOT_A_SITE = "(?<!网站)"
# A 来源 field naming a broadcaster (来源:宣城市广播电视台): the news outlet that wrote the item, not a body publishing
# its own accounts (as a title names one, 宣城市广播电视台2021年“三公”经费预算).
NOT_A_MEDIA = "(?<!电视台)"
# A portal's 来源 field naming a body (来源: 扶贫办 时间: …; never a newspaper or a site — 湖南省政府门户网站: the
# name ends in a body's suffix and its cell).
# (also the poster a district's site names, 发布者:区水务局 发布日期:…)
PORTAL_SOURCE_RE = re.compile(
    rf"(?:^|(?<=\s))(?:来源(?:单位)?|发布者)\s*[:：]\s*(?P<name>{CJK}{{1,20}}?{BODY_SUFFIX}){NOT_A_SITE}{NOT_A_MEDIA}(?=\s|\||$)"
)


# A title's year at its start (2019年度宁晋县…).
TITLE_YEAR_PREFIX_RE = re.compile(rf"^{YEAR}年度?")


def _project_unit(lines: list[Line]) -> tuple[str, int] | None:
    """The body a document's project tables name (see :data:`IMPLEMENTING_UNIT_RE`): the one unit
    that carries out every project, else the one department that oversees them (a bureau publishing
    the tables of its schools' projects); None when neither is a single body."""
    labelled = [lines[index] for index in lines_with(lines, UNIT_LABEL_RE)]
    for pattern in (IMPLEMENTING_UNIT_RE, SUPERVISING_DEPARTMENT_RE):
        found = _units_named(labelled, pattern)
        if len(found) == 1:
            return next(iter(found.items()))
    return None


def _units_named(lines: list[Line], pattern: re.Pattern[str]) -> dict[str, int]:
    """Each body ``pattern`` (:data:`IMPLEMENTING_UNIT_RE`, :data:`SUPERVISING_DEPARTMENT_RE`) names in
    ``lines``, with the line it is first named on."""
    found: dict[str, int] = {}
    for line in lines:
        for match in pattern.finditer(line.norm):
            name = match.group("name")
            if not UNIT_LABEL_RE.search(name):  # not a run of cells printed without spaces
                found.setdefault(name, line.number)
    return found


# The lines of a page where a project sheet prints its head fields (项目名称 | 主管部门 | 实施单位).
SHEET_HEAD_LINES = 30


def _implementing_unit(lines: list[Line]) -> tuple[str, int] | None:
    """The one 实施单位 ``lines`` name (a project sheet's head: 主管部门 X局 | 实施单位 Y中学; or printed one
    cell per line, the name on the line below its label), or None.

    An internal division named without its region (实施单位 禁毒支队 beside 主管部门 宣城市公安局) is part of
    the 主管部门, which publishes the sheet: the one 主管部门 the lines name is taken instead."""
    found = _units_named([line for line in lines if "单位" in line.norm], IMPLEMENTING_UNIT_RE)
    if not found:
        found = _units_below(lines, IMPLEMENTING_LABEL_RE, UNIT_CELL_RE)
    if len(found) != 1:
        return None
    unit = next(iter(found.items()))
    if INTERNAL_DIVISION_RE.search(unit[0]) and not REGION_RE.match(unit[0]).group(0):  # type: ignore[union-attr]
        supervising = _units_named([line for line in lines if "主管部门" in line.norm], SUPERVISING_DEPARTMENT_RE)
        if len(supervising) == 1 and REGION_RE.match(next(iter(supervising))).group(0):  # type: ignore[union-attr]
            return next(iter(supervising.items()))
    return unit


# The name of a body's internal division (内设机构: a police 支队 / 大队, a bureau's 科 / 股 / 室), not a body of
# its own.
INTERNAL_DIVISION_RE = re.compile(r"(?:支队|大队|中队|科|股|室|组)$")


# A 实施单位 / 主管部门 label alone on its line (a sheet printed one cell per line), and a cell that is
# a body's whole name: the name on the next line with text.
# (also a project notice's numbered heading naming the unit and the person in charge, 六、实施单位及责任人: its line
# below names the unit, then the person — 昌吉职业技术学院 庄业强)
IMPLEMENTING_LABEL_RE = re.compile(
    r"(?:[一二三四五六七八九十]+、)?(?:项目)?(?:实施|执行|资金使用)单位(?:名称)?"
    r"(?P<person>及(?:项目)?(?:责任人|负责人))?[:|]?"
)
SUPERVISING_LABEL_RE = re.compile(r"(?:业务|项目)?主管部门(?:名称|及(?:其)?编码)?[:|]?")
# (its budget code before or after it: [103]X局, 219-X局, X局308001)
BODY_CELL_RE = re.compile(
    rf"(?:\[\d{{2,12}}\]|\d{{2,12}}\s*-)?(?P<name>{CJK}[\u4e00-\u9fff()]{{1,40}}?{BODY_SUFFIX})(?:\d{{2,12}})?\|?"
)
# (the unit carrying a project out, a company too, as IMPLEMENTING_UNIT_RE reads it on one line: 实施单位 |
# 南华县国有资本管理有限公司 |)
UNIT_CELL_RE = re.compile(BODY_CELL_RE.pattern.replace(BODY_SUFFIX, f"(?:{BODY_SUFFIX}|{COMPANY_SUFFIX})", 1))
# A unit's name, then the person in charge after a space (昌吉职业技术学院 庄业强): the line below a label naming both.
UNIT_AND_PERSON_RE = re.compile(rf"(?P<name>{CJK}[\u4e00-\u9fff()]{{1,40}}?{BODY_SUFFIX})\s+{CJK}{{2,4}}\s*\|?")
# Lines between a label and its name: blank lines at most (a cell per line with a blank between).
LABEL_TO_NAME_LINES = 3


def _units_below(lines: list[Line], label: re.Pattern[str], cell: re.Pattern[str] = BODY_CELL_RE) -> dict[str, int]:
    """Each body named on the line below a ``label`` alone on its line (see :data:`BODY_CELL_RE`, or ``cell``)."""
    found: dict[str, int] = {}
    for index, line in enumerate(lines):
        labelled = label.fullmatch(line.compact)
        if labelled is None:
            continue
        below = next((other for other in lines[index + 1 : index + 1 + LABEL_TO_NAME_LINES] if other.compact), None)
        match = cell.fullmatch(below.compact) if below is not None else None
        if match is None and below is not None and labelled.groupdict().get("person"):
            match = UNIT_AND_PERSON_RE.fullmatch(below.norm.strip())
        if match is not None and not UNIT_LABEL_RE.search(match.group("name")):
            found.setdefault(match.group("name"), below.number)  # type: ignore[union-attr]
    return found


# A finance bureau: its portal posts every department's disclosures (财政局, 财政厅, 财政部门).
FINANCE_BODY_RE = re.compile(r"财政(?:局|厅|部门|委)$")


def _finance_hosting(found: tuple[str, int], lines: list[Line]) -> tuple[str, int] | None:
    """The 实施单位 of a project sheet a finance bureau's portal posts (``found``, a 财政局 named in the
    page's fields — 发布机构: 金安区财政局 — over a 残联's target table), or None: the bureau hosts the page,
    the unit publishes the sheet."""
    if not FINANCE_BODY_RE.search(found[0]):
        return None
    head = _search_head(lines, SHEET_HEAD_LINES)
    hosted = _implementing_unit_other_than(found[0], head)
    if hosted is None and any(SALUTATION_RE.fullmatch(line.compact) for line in head):
        return _implementing_unit_other_than(found[0], lines)  # the sheets attached to a notice to one body
    return hosted


# An allocation table's row that is no recipient: its total (合计, 小计, 总计).
TOTAL_ROW_RE = re.compile(r"(?:合|小|总)计")


def sole_recipient(info: DocumentInfo, rows: list[tuple[str, int]], lines: list[Line]) -> DocumentInfo:
    """``info`` of a finance bureau's targets notice whose allocation table allocates to one body alone (``rows``:
    each figure's label, its row's name first, and line; every row besides the total names that body, under its
    region): the body's — the targets attached are the recipient's (乐昌市中等职业技术学校's, under a table naming
    韶关市财政局 as the city's 财政部门). ``info`` itself where the document is another or the table names several
    bodies, or rows that are none."""
    if info.doc_type != "performance_target" or not FINANCE_BODY_RE.search(info.department_name):
        return info
    found: dict[str, int] = {}
    for label, number in rows:
        first = label.split(" ", 1)[0]
        if TOTAL_ROW_RE.fullmatch(first):
            continue
        match = BODY_CELL_RE.fullmatch(first)
        if match is None or not REGION_RE.match(match.group("name")).group(0):  # type: ignore[union-attr]
            return info
        found.setdefault(match.group("name"), number)
    if len(found) != 1:
        return info
    name, number = next(iter(found.items()))
    province, prefecture, county = split_region(name, lines)
    return dataclasses.replace(
        info, department_name=name, sector=sector_of(name), province=province, prefecture=prefecture, county=county,
        admin_level=admin_level(province, prefecture, county), department_evidence="inferred", source_line=number,
    )


# A notice's salutation naming the one body it is sent to (县交通局: — not 各预算单位: or 各乡镇人民政府:): the funds it
# allocates and the sheets attached to it (附表1 … 实施单位 清涧县交通运输局) are that body's.
SALUTATION_RE = re.compile(rf"(?!各){CJK}{{1,30}}?{BODY_SUFFIX}[:：]")


def _implementing_unit_other_than(name: str, lines: list[Line]) -> tuple[str, int] | None:
    """The one 实施单位 ``lines`` name where it is another body than ``name``, or None."""
    implementing = _implementing_unit(lines)
    return implementing if implementing is not None and _core(implementing[0]) != _core(name) else None


# A sheet's 项目名称 cell (项目名称: | 重庆市忠县科学技术协会整体监控 |): the project's name, up to its cell's end.
PROJECT_NAME_CELL_RE = re.compile(r"(?:^|(?<=[\s|]))项目名称\s*[:：|]*\s*\|?\s*(?P<project>[^\s|]+)")


def _whole_spending_supervisor(lines: list[Line]) -> tuple[str, int] | None:
    """Where a sheet names no 实施单位: the one 主管部门 its head names (its region printed) when the project is that
    body's own whole spending — the 项目名称 cell starting with the 主管部门's name (项目名称: | 重庆市忠县科学技术协会
    整体监控 | … 项目主管部门: | 705-重庆市忠县科学技术协会, a department's 整体支出 sheet) — or None."""
    supervising = _units_named([line for line in lines if "主管部门" in line.norm], SUPERVISING_DEPARTMENT_RE)
    if len(supervising) != 1:
        return None
    name, number = next(iter(supervising.items()))
    if not REGION_RE.match(name).group(0):  # type: ignore[union-attr]
        return None
    for line in lines:
        if "项目名称" not in line.norm:
            continue
        for cell in PROJECT_NAME_CELL_RE.finditer(line.norm):
            if cell.group("project").startswith(name) and len(cell.group("project")) > len(name):
                return name, number
    return None


def _supervisor_publishing(name: str, lines: list[Line]) -> tuple[str, int] | None:
    """The 实施单位 of a project sheet whose 主管部门 is ``name`` (the head's body: a bureau's portal
    publishing its unit's sheet, 湘潭市城市管理和综合执法局 over 湘潭市环境卫生管理处's), or None."""
    supervising = _units_named([line for line in lines if "主管部门" in line.norm], SUPERVISING_DEPARTMENT_RE)
    supervising.update(_units_below(lines, SUPERVISING_LABEL_RE))
    if _core(name) not in {_core(other) for other in supervising}:
        return None
    return _implementing_unit_other_than(name, lines)


def detect_department(lines: list[Line]) -> tuple[str | None, int, str | None]:
    """The department name, its line and its evidence (:data:`DEPARTMENT_EVIDENCE`): a title or labelled field, then
    a title / 预算单位 line with a region prefix, else the most frequent name, else the body its project tables name (a
    绩效自评表 published on its own names its unit only in its cells); the name from where its region's known
    names start (:func:`_known_region_start`)."""
    name, number, evidence = _department(lines)
    if name and UNIT_CLASS_RE.search(name):
        name = None  # (a class of units, 新乡市公立医院: no body)
    if name:
        name = name[_known_region_start(REGION_RE.match(name).group(0)) :]  # type: ignore[union-attr]
        name = _fuller_printed_form(name, lines)
    return name, number, evidence if name else None


# A sheet's 主管部门 cell, then the field of the unit carrying the project out right after it (主管部门银川市教育局实施
# 单位…, 主管部门及代码 X局116422…实施单位 Y局, 主管部门 | X局 | 实施单位 | …; the label OCR'd, 实施第位): the body
# named there oversees the project, another one carries it out.
SUPERVISOR_CELL_RE = r"主管部门(?:名称|及(?:其)?(?:编码|代码))?[^\u4e00-\u9fff]{0,24}"
THEN_IMPLEMENTING_RE = r"[^\u4e00-\u9fff]{0,24}(?:项目)?实施"
# How far after its label the unit's cell is looked at, and a body's name printed with its region there.
IMPLEMENTING_CELL_CHARS = 40
# (the cell ends with its line, or at the next project's fields: 项目名称, 主管部门)
CELL_END_RE = re.compile("\x00|项目名称|主管部门")
REGIONAL_BODY_RE = re.compile(rf"{CJK}{{1,12}}?(?:州|市|县|{DISTRICT}|旗|盟|地区){CJK}{{2,24}}?{BODY_SUFFIX}")


def _supervising_another(name: str, lines: list[Line]) -> bool:
    """Whether the page's head prints ``name`` (its region printed or not) as a sheet's 主管部门 with the field of the
    unit carrying the project out right after its cell (:data:`SUPERVISOR_CELL_RE`): the sheet is that unit's, whose
    name the head may not let be read (实施第位, OCR'd) — ``name`` is then no publisher of it."""
    head = _search_head(lines, SHEET_HEAD_LINES)
    if not any("主管部门" in line.compact for line in head):
        return False
    text = "\x00".join(line.compact for line in head)
    core = _core(name) or name
    found = re.search(SUPERVISOR_CELL_RE + f"{CJK}{{0,12}}?" + re.escape(core) + THEN_IMPLEMENTING_RE, text)
    if found is None:
        return False
    # (another body named with its region in the unit's cell — 实施第位自评得分98…银川市第六中学 —, not the same body
    # carrying out its own project, 主管部门中江县水利局实施单位中江县水利局, nor no body, 实施单位相关项目建设单位)
    cell = CELL_END_RE.split(text[found.end() : found.end() + IMPLEMENTING_CELL_CHARS], 1)[0]
    return any(_core(other.group(0)) != core for other in REGIONAL_BODY_RE.finditer(cell))


ALIASES_SEED = Path(__file__).resolve().parents[1] / "seeds" / "department_name_aliases.csv"


@functools.lru_cache(maxsize=1)
def _full_forms() -> tuple[tuple[str, str], ...]:
    """(short form, full form) of an agency's name (``seeds/department_name_aliases.csv``: 文旅局 →
    文化和旅游局), the longest short form first."""
    if not ALIASES_SEED.exists():
        return ()
    with ALIASES_SEED.open(encoding="utf-8") as handle:
        rows = [(row["short_form"], row["full_form"]) for row in csv.DictReader(handle)]
    return tuple(sorted(rows, key=lambda row: len(row[0]), reverse=True))


# A level's character alone before an agency word (区商务局, 县交通局): the region is not printed, nothing to complete.
UNNAMED_START = "省市州县区旗盟镇乡"
# How far before a name the region names completing it are looked for, and how many of its printings are looked at.
REGION_BEFORE_CHARS = 12
MAX_PRINTINGS = 20


def _fuller_printed_form(name: str, lines: list[Line]) -> str:
    """``name`` as the text prints it in full elsewhere: its agency word's full form under the same region
    (六安市文旅局 where 六安市文化和旅游局 is printed too), and a name without its county (贯塘乡人民政府) or a county's
    own name (红桥区) after the known region names printed right before it somewhere (411001-衡山县贯塘乡人民政府,
    关于天津市红桥区2022年…) — the same body, named the way its own heading or code line names it."""
    if name.endswith(SUBDISTRICT) and (office := _subdistrict_office(name, lines)):
        return office
    short = next(((short, full) for short, full in _full_forms() if name.endswith(short)), None)
    region = REGION_RE.match(name)
    # (completed: a name whose region is printed and is a county's own name, or no region at all — not a county's
    # body, nor a province's or a prefecture's, nor a name whose region is not printed)
    complete = not (
        name[:1] in UNNAMED_START
        or (region.group("county") and region.end() < len(name))  # type: ignore[union-attr]
        or region.group("province")  # type: ignore[union-attr]
        or (region.group("prefecture") and not region.group("county"))  # type: ignore[union-attr]
    )
    if short is None and not complete:
        # (most names: the text's joined lines are not asked for)
        return _zones_committee(name, lines) if name.endswith(ZONE_SUFFIXES) else name
    text = joined_texts(lines, "compact", LINE_JOIN)[0]
    if short is not None:
        longer = name[: len(name) - len(short[0])] + short[1]
        if longer in text:
            name = longer
    if not complete:
        return _zones_committee(name, lines) if name.endswith(ZONE_SUFFIXES) else name
    best = name
    start = text.find(name)
    for _ in range(MAX_PRINTINGS):
        if start == -1:
            break
        before = text[max(0, start - REGION_BEFORE_CHARS) : start]
        for cut in range(len(before) - 1):  # the longest run of known region names ending right before the name
            if _is_known_run(before[cut:]):
                if len(before) - cut + len(name) > len(best):
                    best = before[cut:] + name
                break
        start = text.find(name, start + 1)
    return _zones_committee(best, lines) if best.endswith(ZONE_SUFFIXES) else best


# A sub-district (街道) named short (巴南区一品街道, a portal's poster or a title) and its office's full name, its
# county's government between (重庆市巴南区人民政府一品街道办事处, a 部门(单位)名称 cell): the body is the office.
SUBDISTRICT = "街道"
SUBDISTRICT_OFFICE = "办事处"


def _subdistrict_office(name: str, lines: list[Line]) -> str | None:
    """The office of the sub-district ``name`` (X区Y街道) where the text prints it in full — its region, the region's
    government or not, the 街道's own name and 办事处 (X区人民政府Y街道办事处, X区Y街道办事处) — with the known region
    names printed right before it; None where ``name`` prints no region or the text no such office."""
    region = REGION_RE.match(name).group(0)  # type: ignore[union-attr]
    own = name[len(region) :]
    if not region or len(own) <= len(SUBDISTRICT):
        return None
    text = joined_texts(lines, "compact", LINE_JOIN)[0]
    found = re.search(re.escape(region) + "(?:人民政府)?" + re.escape(own) + SUBDISTRICT_OFFICE, text)
    if found is None:
        return None
    before = text[max(0, found.start() - REGION_BEFORE_CHARS) : found.start()]
    cut = next((cut for cut in range(len(before) - 1) if _is_known_run(before[cut:])), len(before))
    return before[cut:] + found.group(0)


# An area run by a committee (a development zone, an industrial park): the body is the committee that manages it.
ZONE_SUFFIXES = ("开发区", "园区", "集中区", "示范区", "试验区")
ZONE_COMMITTEE_RE = re.compile(r"管理委员会|管委会")


def _zones_committee(name: str, lines: list[Line]) -> str:
    """A zone's name (安徽金寨经济开发区, as a title names it) as the body managing it where the text prints the name
    right before its committee (实施单位 安徽金寨经济开发区管理委员会): the committee publishes, the zone is an area."""
    text = joined_texts(lines, "compact", LINE_JOIN)[0]
    start = text.find(name)
    for _ in range(MAX_PRINTINGS):
        if start == -1:
            break
        if committee := ZONE_COMMITTEE_RE.match(text, start + len(name)):
            return name + committee.group()
        start = text.find(name, start + 1)
    return name


def _department(lines: list[Line]) -> tuple[str | None, int, str]:
    """:func:`detect_department` before its region prefix is checked."""
    # (a title naming its body, else a line holding only the body's name beside the title or signing the page, else a
    # labelled field naming it: a portal's 发布机构 is the page's poster, often the body's parent)
    titled = _bracketed_unit_title(lines) or _title_name(lines) or _name_line(lines) or _field_name(lines)
    if titled is not None and UNIT_CLASS_RE.search(titled[0]):
        titled = None  # (a template's title naming a class of units, 新乡市公立医院财务信息公开指标: no body)
    if titled is not None:
        return *(_finance_hosting(titled, lines) or titled), "titled"
    issuer = _notice_issuer(lines)
    if issuer is not None:
        return *issuer, "inferred"
    name, number = _untitled_department(lines)
    if name and _empty_unit_cell_beside(name, lines):
        # (a sheet whose 实施单位 cell is empty, under its 主管部门: the unit a file's title names, else none)
        return *(_file_title_unit(lines) or (None, 1)), "inferred"
    if name and _supervising_another(name, lines):
        # (a sheet's 主管部门 over the unit carrying its project out: that unit's, where its cell is read, else none's)
        implementing = _implementing_unit(_search_head(lines, SHEET_HEAD_LINES))
        if implementing is None:
            return None, 1, "inferred"
        if _core(implementing[0]) != _core(name):
            return *implementing, "inferred"
    return name, number, "titled" if name and _held_by_label(name, lines) else "inferred"


# A template's title with the unit it is filled in for in brackets at its end (新乡市公立医院财务信息公开指标(
# 封丘县人民
# 医院): the template's name is a higher body's, the bracket's — spaces removed — the page's own, printed with its
# region.
BRACKETED_UNIT_TITLE_RE = re.compile(
    rf"{CJK}{{4,40}}?(?:指标|表|情况|报告|公开|目标|说明)[(（](?P<name>{CJK}{{2,30}}?{BODY_SUFFIX})[)）]"
)


# A class of units a region's template is for (新乡市公立医院, 公办幼儿园, 公立学校), no one body.
UNIT_CLASS_RE = re.compile(r"公[立办](?:医院|学校|中小学|幼儿园|中学|小学)$")


def _bracketed_unit_title(lines: list[Line]) -> tuple[str, int] | None:
    """The unit a template's title names in brackets at its end (:data:`BRACKETED_UNIT_TITLE_RE`), its region
    printed, in the page's head; or None."""
    for line in _search_head(lines):
        if "(" not in line.compact and "（" not in line.compact:
            continue
        match = BRACKETED_UNIT_TITLE_RE.fullmatch(line.compact)
        if match is None:
            continue
        if _regional(match.group("name")):
            return match.group("name"), line.number
    return None


# A sheet's 实施单位 field left empty: its label, then the next field's label on its line (主管部门及代码
# 404-永济市文化和旅游局 实施单位 项目属性 …, 实施单位 | | 项目类型; a label alone on its line names its unit below).
EMPTY_UNIT_CELL_RE = re.compile(
    r"(?:^|(?<=[\s|]))(?:项目)?实施单位(?:名称)?\s*[:：]?[\s|]*(?=项目(?:属性|类型|类别|期|负责人)|联系人|负责人)"
)
# A line naming an attached file (文物保护中心7个项目绩效目标表.xls): the body its name starts with.
FILE_TITLE_RE = re.compile(rf"(?P<name>{CJK}{{2,30}}?{BODY_SUFFIX})\S*\.(?:xlsx?|docx?|pdf|wps|et)")


def _empty_unit_cell_beside(name: str, lines: list[Line]) -> bool:
    """Whether ``name`` is the 主管部门 of a sheet in the page's head whose 实施单位 field is printed empty
    (:data:`EMPTY_UNIT_CELL_RE`): the body overseeing the project, not the unit whose sheet it is."""
    head = _search_head(lines, SHEET_HEAD_LINES)
    if not any(EMPTY_UNIT_CELL_RE.search(line.norm.strip()) for line in head if "实施单位" in line.norm):
        return False
    supervising = _units_named([line for line in head if "主管部门" in line.norm], SUPERVISING_DEPARTMENT_RE)
    return _core(name) in {_core(other) for other in supervising}


def _file_title_unit(lines: list[Line]) -> tuple[str, int] | None:
    """The body a line of the head naming a file starts with (:data:`FILE_TITLE_RE`), or None."""
    for line in _search_head(lines):
        match = FILE_TITLE_RE.fullmatch(line.compact)
        if match is not None:
            return _without_noise(match.group("name")), line.number
    return None


def _notice_issuer(lines: list[Line]) -> tuple[str, int] | None:
    """A notice's issuer where its portal's source field names it without its region (来源:财政局) above the
    salutation naming the one body it is sent to (陈仓区水利局:): the issuer under the addressee's region, where the
    page prints it so (陈仓区财政局, in the sheet attached) — a notice goes to a body of its issuer's level; else None
    (the addressee receives the funds, it does not issue the page)."""
    head = _search_head(lines)
    source = next(
        (found for line in head if "来源" in line.norm and (found := PORTAL_SOURCE_RE.search(line.norm))), None
    )
    if source is None or REGION_RE.match(source.group("name")).group(0):  # type: ignore[union-attr]
        return None
    addressed = [line.compact[:-1] for line in head if SALUTATION_RE.fullmatch(line.compact)]
    if len(addressed) != 1:
        return None
    region = REGION_RE.match(addressed[0]).group(0)  # type: ignore[union-attr]
    if not region or UNNAMED_LEVEL_RE.search(region) or region[:1] in UNNAMED_START:
        return None
    issuer = region + source.group("name")
    printed = next((line.number for line in lines if issuer in line.compact), None)
    return (issuer, printed) if printed is not None and issuer != addressed[0] else None


# How many of the bodies a page only mentions the warning of a page whose department is not read names.
MENTIONED_IN_WARNING = 3


def department_left_out(lines: list[Line]) -> str:
    """The message of the warning a page whose department is not read gets: no body it names as its own (a title,
    a labelled field, a sheet's unit, the subject of its report), and the bodies it only mentions, most named first
    (a notice's issuer, a superior, a partner, a beneficiary: never taken for its publisher)."""
    mentioned = Counter(name for name, _ in _candidates(with_arabic_years(lines), limit=2000))
    names = "、".join(name for name, _ in mentioned.most_common(MENTIONED_IN_WARNING))
    return "department not read: the page names no body as its own (title, labelled field, sheet's unit, subject " + (
        f"of its report); bodies it only mentions, left out: {names}" if names else "of its report)"
    )


def _held_by_label(name: str, lines: list[Line]) -> bool:
    """Whether the page's head prints ``name`` in a labelled field of its own (a budget's cover,
    预算主管部门：上海市普陀区司法局; 预算单位: X局): the page names its body there, as a title does — no name it
    only mentions."""
    return any(
        (held := BUDGET_HOLDER_RE.search(line.compact)) is not None and held.group("name") == name
        for line in _search_head(lines)
    )


def _untitled_department(lines: list[Line]) -> tuple[str | None, int]:
    """:func:`_department` of a page whose title, name lines and labelled fields name no body."""
    # a project sheet: its 实施单位 publishes it, not the 主管部门 beside it — in the title block, else
    # in the sheet's head fields when the title block names no body
    head = _head(lines)
    implementing = _implementing_unit(head)
    if implementing is not None:
        return implementing
    for name, number in _candidates(head, placed=True):
        return (
            _supervisor_publishing(name, _search_head(lines, SHEET_HEAD_LINES))
            or _finance_hosting((name, number), lines)
            or (name, number)
        )
    sheet_head = _search_head(lines, SHEET_HEAD_LINES)
    implementing = _implementing_unit(sheet_head)
    if implementing is not None:
        return implementing
    whole = _whole_spending_supervisor(sheet_head)
    if whole is not None:
        return whole
    candidates = _candidates(lines, limit=2000, placed=True)  # the document's own lines: their joined text is shared
    if not candidates:
        return (
            _project_unit(lines) or _spaced_field_name(lines) or _name_line(lines, above=True) or _sentence_name(lines)
            or _region_title(lines) or _described_body(lines) or _established_body(lines)
            or _acting_body(lines)
            or _paragraph_subject(lines)
            or _entrusting_government(lines)
            or (None, 1)
        )
    cores = Counter(_core(name) for name, _ in candidates if _core(name))
    if not cores:
        return None, 1
    core = cores.most_common(1)[0][0]
    variants = [(name, number) for name, number in candidates if _core(name) == core]
    names = Counter(name for name, _ in variants)
    best = names.most_common(1)[0][0]
    return best, next(number for name, number in variants if name == best)


# A sheet's head field right after its title when the sheet is flattened onto one line (教育局 2020年部门预算 报送日期:
# 年 月 日 表1 部门收支总表 …): the day it was sent in, its first table's number, the unit of its figures.
SHEET_HEAD_FIELD_RE = re.compile(rf"(?:报送|填报|编制)(?:日期|时间)|表\d|单位\s*[:：]|{NEXT_FIELD_LABEL}")
MIN_SHEET_NAME_CHARS = 3


def _sentence_name(lines: list[Line]) -> tuple[str, int] | None:
    """Where nothing else names the body: the body a line of the page's head starts with, then the year and kind of
    its figures (see :data:`OPENING_NAME_RE`) — printed with its region where that is a sentence's first clause
    (below a table without its title, the statement's first sentence: 泾县中学2021年一般公共预算“三公”经费支出预算为
    11.77万元), printed without it too (not a pronoun's nor a level's) where the line is a whole sheet flattened onto
    one line, the sheet's own head fields after its title (:data:`SHEET_HEAD_FIELD_RE`: ``教育局 2020年部门预算
    报送日期: 年 月 日 表1 …``); or None. (A duties clause, 甘谷县安远学区的主要职能是…, is a description:
    :func:`_described_body`.)"""
    for line in _search_head(lines):
        text = line.compact
        sheet = OPENING_NAME_RE.match(text) if len(text) > MAX_TITLE_CHARS else None
        if sheet is not None and SHEET_HEAD_FIELD_RE.match(text, sheet.end()):
            name = sheet.group("name")
            if len(name) >= MIN_SHEET_NAME_CHARS and name[:1] not in PRONOUN_START + UNNAMED_START:
                return name, line.number
        match = OPENING_NAME_RE.match(FIRST_CLAUSE_RE.match(text).group(0))  # type: ignore[union-attr]
        if match is None:
            continue
        if _regional(match.group("name")):
            return match.group("name"), line.number
    return None


# What a page's description of its body says right after the body's name, its sentence's subject
# (一、单位基本情况 | 蒙正幼儿园内设行政办公室…, 河南省实验中学创建于1957年,是…直属学校, 运城铁路中学创办于1960年):
# its divisions, its founding, its standing (是…直属 / 所属 / 下属 …单位), its kind (是一所…), its place or its duties.
DESCRIBING_VERB_RE = re.compile(
    r"(?:内设|下设|设有|(?:创建|创办|始建|建立|成立|组建|设立)于|(?:起)?源于|前身(?:是|为)|隶属于|位于|的?(?:主要职能|主要职责|职能职责|基本职能)"
    # (or what kind of public body it is: 上犹县委党校是参照公务员法管理事业单位, X局是县政府工作部门)
    r"|是(?=[^。;；,，]{0,24}?(?:直属|所属|下属|管理的|主管的|事业单位|行政单位|行政机关|工作部门))"
    # (what kind of institution it is: 仁寿县慈航镇小学校是一所公办小学校, X医院是一家…医院)
    r"|是一[所家])"
)
# The body a description's sentence starts with (its numbering aside, (二)机构设置 is a heading of its own): a name
# ending in a body's suffix, of four characters at least, not a pronoun's (本园, 我校, 该中心) nor a level's (县政协).
DESCRIBED_BODY_RE = re.compile(
    rf"(?:{NUMBERED_RE.pattern})?(?P<heading>[\u4e00-\u9fff、]{{2,12}}[。:：])?"  # (run in: (一)机构设置、职责。)
    rf"(?P<name>{CJK}[\u4e00-\u9fff()]{{1,40}}?{BODY_SUFFIX}){DESCRIBING_VERB_RE.pattern}"
)
PRONOUN_START = "我本该其此各全"
MIN_DESCRIBED_NAME_CHARS = 4


def _described_body(lines: list[Line]) -> tuple[str, int] | None:
    """Where nothing else names the body: the body the page's first description of itself is about — the subject
    starting a line of the page's head, followed by what describes it (:data:`DESCRIBING_VERB_RE`: 蒙正幼儿园内设…,
    河南省实验中学创建于1957年, 运城铁路中学创办于1960年) — its region printed or not, but no pronoun's or level's word
    (本园内设, 县政协是…), and printed with its region where a heading runs in before it on its line
    ((一)机构设置、职责。北京市人民政府研究室是…直属机构); the first such line, or None."""
    for line in _search_head(lines):
        match = DESCRIBED_BODY_RE.match(line.compact)
        if match is None:
            continue
        name = match.group("name")
        if len(name) < MIN_DESCRIBED_NAME_CHARS or name[:1] in PRONOUN_START + UNNAMED_START:
            continue
        if UNIT_LABEL_RE.search(name):
            continue
        if match.group("heading") and not REGION_RE.match(name).group(0):  # type: ignore[union-attr]
            continue  # (after a heading run in, only a name printed with its region: (一)机构设置、职责。北京市…)
        return name, line.number
    return None


# A description's sentence telling how the body was set up (机构设置): the authority setting public bodies up, its
# approval or its document (机构编制委员会, 编委, 编办), then the act and the body set up, its name closing the clause
# (根据北京市机构编制委员会《关于…的通知》…号,设立中国致公党北京市委员会。, 经县编委批准,成立X县农业综合执法大队,为…).
# A task force set up by no such authority (根据工作需要,成立X指挥部) is not the page's body.
ESTABLISHED_BODY_RE = re.compile(
    r"(?:编制|编委|编办)[^。;；]*?(?:设立|成立|组建)(?!于)"
    rf"(?P<name>{CJK}[\u4e00-\u9fff()]{{3,40}}?{BODY_SUFFIX})(?=[。;；,，]|$)"
)


def _established_body(lines: list[Line]) -> tuple[str, int] | None:
    """Where nothing else names the body: the body the page's head says was set up by its establishing authority's
    approval (:data:`ESTABLISHED_BODY_RE`), printed with its region (after a party's name: 中国致公党北京市委员会, a
    democratic party's committee in 北京市); the first such sentence, or None."""
    for line in _search_head(lines):
        if "设立" not in line.compact and "成立" not in line.compact and "组建" not in line.compact:
            continue
        for match in ESTABLISHED_BODY_RE.finditer(line.compact):
            name = match.group("name")
            if name[:1] in PRONOUN_START + UNNAMED_START or UNIT_LABEL_RE.search(name):
                continue
            unparty = PARTY_PREFIX_RE.sub("", name)
            if _regional(unparty) and not _sentence_words_before_region(
                REGION_RE.match(unparty).group(0)  # type: ignore[union-attr]
            ):
                return name, line.number
    return None


# A paragraph opening with the body, printed with its region, then the year of what it did (numbering aside: (一)金寨县
# 麻埠镇人民政府2023年度下达上级资金…, 1.X2023年度…): the report's subject, where no title names it.
PARAGRAPH_SUBJECT_RE = re.compile(
    rf"(?:{NUMBERED_RE.pattern})?(?P<name>{CJK}[\u4e00-\u9fff()]{{1,40}}?{BODY_SUFFIX})(?:19|20)\d{{2}}年"
)
MIN_SUBJECT_PARAGRAPHS = 2


def _paragraph_subject(lines: list[Line]) -> tuple[str, int] | None:
    """Where nothing else names the body: the one body that opens the page's paragraphs, then a year
    (:data:`PARAGRAPH_SUBJECT_RE`), its region printed, in :data:`MIN_SUBJECT_PARAGRAPHS` paragraphs or more and more
    often than any other body opening one (a template's copied paragraph naming another town, once, does not
    compete); or None."""
    opening: Counter[str] = Counter()
    first: dict[str, int] = {}
    for line in _search_head(lines):
        match = PARAGRAPH_SUBJECT_RE.match(line.compact)
        if match is None or not _regional(name := match.group("name")) or UNIT_LABEL_RE.search(name):
            continue
        if name[:1] in PRONOUN_START or _sentence_words_before_region(REGION_RE.match(name).group(0)):  # type: ignore[union-attr]
            continue  # (a sentence's words before the name: 本年度向平乐县教育局2022年…, a beneficiary)
        opening[name] += 1
        first.setdefault(name, line.number)
    ranked = opening.most_common(2)
    if not ranked or ranked[0][1] < MIN_SUBJECT_PARAGRAPHS or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1] / 2):
        return None
    return ranked[0][0], first[ranked[0][0]]


# A report's opening: the instruction it answers (根据《…通知》(…)文件要求, / 按照…规定,), then the body that did
# the work as the clause's subject (阿拉善左旗乌力吉苏木人民政府开展并完成了本部门…自评工作, X组织开展了…,
# X对…进行了自评).
ACTING_BODY_RE = re.compile(
    rf"(?:根据|按照|依据)[^。;；]{{2,160}}?(?:要求|规定|精神|部署|安排)[,，]"
    rf"(?P<name>{CJK}[\u4e00-\u9fff()]{{2,40}}?{BODY_SUFFIX})"
    r"(?:认真|及时|积极|已|于)?(?:开展|组织|完成|对|进行|实施)"
)


def _acting_body(lines: list[Line]) -> tuple[str, int] | None:
    """Where nothing else names the body: the body a report's opening says did the work the instruction it cites asks
    for (:data:`ACTING_BODY_RE`: 根据《…通知》文件要求,阿拉善左旗乌力吉苏木人民政府开展并完成了…), its region printed
    (a name without one — 我局, 县财政局 — is none), in the page's opening lines; or None."""
    for line in _search_head(lines):
        if "要求" not in line.compact and "规定" not in line.compact:
            continue
        match = ACTING_BODY_RE.search(line.compact)
        if match is None:
            continue
        name = _without_noise(match.group("name"))
        if _regional(name):
            return name, line.number
    return None




# A report made on a government's behalf (我受径山镇人民政府委托向大会作2021年度镇财政决算…的报告): the government's own
# accounts, its reporter unnamed.
ENTRUSTING_GOVERNMENT_RE = re.compile(rf"受(?P<name>{CJK}{{2,20}}?(?:人民政府|政府))委托")
# A town's government (径山镇人民政府, 贯塘乡政府): its name, no region printed before it.
TOWN_GOVERNMENT_RE = re.compile(rf"{CJK}{{2,8}}?[镇乡](?:人民)?政府")


def _entrusting_government(lines: list[Line]) -> tuple[str, int] | None:
    """Where nothing else names the body: the government a report of the page's head is made for
    (:data:`ENTRUSTING_GOVERNMENT_RE`), printed with its region's own name or a town's (a level alone,
    受区人民政府委托, names none); or None."""
    for line in _search_head(lines):
        if "委托" not in line.compact:
            continue
        match = ENTRUSTING_GOVERNMENT_RE.search(line.compact)
        if match is None:
            continue
        name = match.group("name")
        region = REGION_RE.match(name).group(0)  # type: ignore[union-attr]
        if name[:1] not in UNNAMED_START + PRONOUN_START and (region or TOWN_GOVERNMENT_RE.fullmatch(name)):
            return name, line.number
    return None


# A body's whole name alone on a line (运城铁路中学 above 2020年财政预算公开情况说明; not a web site's,
# 湖南省政府门户网站).
NAME_LINE_RE = re.compile(rf"{CJK}[\u4e00-\u9fff()]{{1,{MAX_TITLE_PIECE_CHARS}}}?{BODY_SUFFIX}{NOT_A_SITE}")
# A title line: its year, then the kind of document within a few words (2020年财政预算公开情况说明,
# 2023年财政决算情况及2024年, 关于杨浦区2020年决算的报告, 2018-2020年電子商務建設專項資金績效評價報告).
TITLE_LINE_RE = re.compile(rf"{YEAR}年度?\S{{0,30}}?(?:决算|预算|三公|绩效)")
# The date a page is signed on (2025年12月30日, 2024年9月, 二○二一年十一月 read as 2021年十一月).
DATE_LINE_RE = re.compile(rf"{YEAR}年[\d一二三四五六七八九十]{{1,3}}月(?:[\d一二三四五六七八九十]{{1,3}}日)?")
# How far a name line may stand below the title's first line (a title broken over two lines, the name under it), and
# how many of a page's last lines are looked at for its signature.
TITLE_ABOVE_NAME_LINES = 2
SIGNATURE_LINES = 10
# The longest line NAME_LINE_RE reads whole (a name's characters, its longest suffix with its bracket).
MAX_NAME_LINE_CHARS = MAX_TITLE_PIECE_CHARS + 12


def _name_line(lines: list[Line], above: bool = False) -> tuple[str, int] | None:
    """The body a line holding only its whole name (:data:`NAME_LINE_RE`, not a pronoun's or a level's) names as
    the page's: a name line under the title, the title (:func:`_is_title_line`) on one of the
    :data:`TITLE_ABOVE_NAME_LINES` lines above (关于杨浦区2020年决算的报告 / 上海市杨浦区人民政府;
    2023年财政决算情况及2024年 / 财政预算情况报告(草案) / 潮州市潮安区龙湖镇人民政府) among the head's lines, else
    the page's signature: a name line among its last :data:`SIGNATURE_LINES` lines, right above the date it was
    signed on (:data:`DATE_LINE_RE`: 固始县祖师庙镇人民政府 / 2025年12月30日). With ``above``, only a name line right
    above a title line (运城铁路中学 / 2020年财政预算公开情况说明, 河北省商务厅 / 2018-2020年…绩效评价报告): read where
    nothing else names the body, a portal's own name printing above the page's title too (沂源县人民政府 over
    | 标题: | …通知 |). None where no line names a body so."""
    head = [line for line in _search_head(lines) if line.compact]
    for index, line in enumerate(head):
        if not _is_name_line(line):
            continue
        beside = head[index + 1 : index + 2] if above else head[max(0, index - TITLE_ABOVE_NAME_LINES) : index]
        if any(_is_title_line(other.compact) for other in beside):
            return line.compact, line.number
    if above:
        return None
    tail = [line for line in lines[-SIGNATURE_LINES * 3 :] if line.compact][-SIGNATURE_LINES:]
    for line, below in pairwise(tail):
        if _is_name_line(line) and DATE_LINE_RE.fullmatch(below.compact):
            return line.compact, line.number
    return None


def _is_title_line(text: str) -> bool:
    """Whether ``text`` (compact) is a title line (:data:`TITLE_LINE_RE`): short, no sentence, no field's mark, no
    numbered item of a list (3. 2021年…资金区域绩效目标总表 lists a notice's attachments above its signer)."""
    return (
        len(text) <= MAX_TITLE_CHARS and "。" not in text and not FIELD_MARK_RE.search(text)
        and not NUMBERED_RE.match(text) and not text.startswith("附件") and TITLE_LINE_RE.search(text) is not None
    )


def _is_name_line(line: Line) -> bool:
    """Whether ``line`` is a body's whole name (:data:`NAME_LINE_RE`), one word (no cells: 主管部门\t某某县教育局 is
    a field) of a few characters at least, not starting with a pronoun's or a level's word (本局, 县财政局), nor a
    portal's host (临邑县人民政府主办临邑县人民政府办公室承办: :data:`NOT_PUBLISHER_RE`)."""
    text = line.compact
    return (
        MIN_DESCRIBED_NAME_CHARS <= len(text) <= MAX_NAME_LINE_CHARS and text[:1] not in PRONOUN_START + UNNAMED_START
        and line.norm.strip() == text and NAME_LINE_RE.fullmatch(text) is not None
        and NOT_PUBLISHER_RE.search(text) is None and not UNIT_LABEL_RE.search(text)
    )


def _region_title(lines: list[Line]) -> tuple[str, int] | None:
    """The region a title of the page's head names as the publisher of its figures (see
    :data:`REGION_TITLE_RE`): the whole title line a region's full name, then its year and kind — on one line, or
    broken after a short piece ending in the region or the year (奉新县 / 2023年“三公”经费预算…说明, 奉新县2023年 /
    “三公”经费预算…: :data:`NAME_PIECE_END_RE`, no field's mark); or None."""
    head = [line for line in _search_head(lines) if line.compact]
    for index, line in enumerate(head):
        title = TITLE_NOISE_RE.sub("", line.compact)
        if (
            index + 1 < len(head) and len(title) <= MAX_TITLE_PIECE_CHARS and NAME_PIECE_END_RE.search(title)
            and not FIELD_MARK_RE.search(title) and not REGION_TITLE_RE.match(title)
        ):
            title += head[index + 1].compact  # (a title broken after its region or its year: read whole)
        match = REGION_TITLE_RE.match(title) if len(title) <= MAX_TITLE_CHARS else None
        name = match.group("name") or match.group("after") if match is not None else None
        if name is not None and name[:1] not in UNNAMED_START and REGION_RE.fullmatch(name):
            return _source_under_region(name, lines) or (name, line.number)
    return None


# A portal's field naming who posted the page (来源:岳阳县台创园, 发布机构: …, 发布者: …), its value up to a space or
# the line's end.
SOURCE_FIELD_RE = re.compile(
    rf"(?:^|(?<=\s))(?:信息)?(?:来源(?:单位)?|发布机构|发布者|发布单位)\s*[:：]\s*(?P<name>{CJK}{{2,30}})(?=\s|\||$)"
)
# What no unit's name ends or holds in a portal's source field (by its position there: the outlet that wrote the
# item): a web site, a paper, a broadcaster (岳阳县人民政府网, 岳阳日报, 县融媒体中心). A title naming a broadcaster as
# its subject (宣城市广播电视台2021年…预算) is read as any body's.
NOT_A_UNIT_RE = re.compile(r"网站?|门户|报社?$|电视台|广播|融媒体|新闻")


def _source_under_region(region: str, lines: list[Line]) -> tuple[str, int] | None:
    """Under a title naming only a region (岳阳县2017年度部门“三公”经费预算情况表), the unit a portal's source field of
    the head names under that region (来源:岳阳县台创园: the region's name, then the unit's own): the page is that
    unit's, not the region's. None where no such field is printed, or it names the region's government, its finance
    bureau (the portal posting the region's own figures) or no unit (a site, a paper: :data:`NOT_A_UNIT_RE`)."""
    for line in _search_head(lines):
        if "来源" not in line.norm and "发布" not in line.norm:
            continue
        match = SOURCE_FIELD_RE.search(line.norm)
        if match is None:
            continue
        name = match.group("name")
        own = name[len(region) :]
        if (
            name.startswith(region) and len(own) >= 2 and not NOT_A_UNIT_RE.search(own)
            and not GOVERNMENT_BODY_RE.fullmatch(own) and not FINANCE_BODY_RE.search(own)
        ):
            return name, line.number
    return None


# A party's name before a region is no place: 中共上海市普陀区委社会工作部 is in 上海市普陀区, and so is a democratic
# party's committee in its region (民主党派: 中国致公党北京市委员会, 九三学社上海市委员会, 民盟重庆市委员会 — the eight
# parties, full name or short).
DEMOCRATIC_PARTY = (
    "中国国民党革命委员会|中国民主同盟|中国民主建国会|中国民主促进会|中国农工民主党|中国致公党|九三学社|台湾民主自治同盟"
    "|民革|民盟|民建|民进|农工党|致公党|台盟"
)
PARTY_PREFIX_RE = re.compile(rf"^(?:中共|中国共产党|{DEMOCRATIC_PARTY})")


# The word "city" (城市): a name ending in it that is no region's (嘉峪关城市) names a body of the city before it.
CITY_WORD = "城市"


def split_region(name: str, lines: list[Line]) -> tuple[str | None, str | None, str | None]:
    """(province, prefecture, county) printed in the department name, completed by a longer
    printed form of its lowest region elsewhere in the text (``随州市曾都区``); the province as its
    canonical full name (新疆 → 新疆维吾尔自治区), the others as printed.

    A county-level city read as the prefecture (``广水市人社局``) becomes the county when the text
    prints it under a province and prefecture (``湖北省随州市广水市``)."""
    name = PARTY_PREFIX_RE.sub("", name)
    match = REGION_RE.match(name)
    if match is None or not match.group(0):
        return None, None, None
    province, prefecture, county = match.group("province"), match.group("prefecture"), match.group("county")
    province = CANONICAL_PROVINCE.get(province) if province else None
    if prefecture and prefecture.endswith(CITY_WORD) and prefecture not in _known_region_names():
        # (嘉峪关城市博物馆: a city's name printed without its 市, then the word 城市 — the city's museum: 嘉峪关市's)
        city = prefecture[: -len(CITY_WORD)] + "市"
        prefecture = city if city in _known_region_names() else None
    lowest = county or prefecture
    city_as_prefecture = county is None and prefecture is not None and prefecture.endswith("市")
    if lowest and (province is None or (county and prefecture is None) or city_as_prefecture):
        text = "".join([line.compact for line in lines[:3000]])
        found_province, found_prefecture, anchored = _printed_parents(text, lowest, with_prefecture=bool(county))
        if city_as_prefecture and anchored and found_prefecture and found_prefecture != prefecture:
            county, prefecture = prefecture, found_prefecture
        elif county:
            prefecture = prefecture or found_prefecture
        province = province or found_province
    if province and prefecture is None and county is None:
        return province, None, None
    return province, prefecture, county


def _province_before(window: str, cut: int) -> tuple[str, str | None] | None:
    """(canonical province, prefecture or None) printed in ``window`` right before ``cut``: a
    province followed by nothing or by exactly one prefecture-level name; the rightmost wins."""
    found = None
    for m in PROVINCE_SEARCH_RE.finditer(window):
        if m.end() > cut:
            break
        between = window[m.end() : cut]
        if not between:
            found = (CANONICAL_PROVINCE[m.group(0)], None)
        elif PREFECTURE_NAME_RE.fullmatch(between):
            found = (CANONICAL_PROVINCE[m.group(0)], between)
    return found


def _printed_parents(text: str, lowest: str, *, with_prefecture: bool) -> tuple[str | None, str | None, bool]:
    """Province / prefecture printed right before ``lowest`` somewhere in ``text``, and whether the
    prefecture was read after a province (``四川省阿坝州茂县``) rather than alone (``随州市曾都区``,
    the shortest 3–6 character name ending in 市/州/盟, sought only when ``with_prefecture``)."""
    province = prefecture = None
    anchored = False
    for m in re.finditer(re.escape(lowest), text):
        pos = m.start()
        start = max(0, pos - PARENT_WINDOW)
        parents = _province_before(text[start : m.end()], pos - start)
        if parents is not None:
            province = province or parents[0]
            if parents[1] and not anchored:
                prefecture, anchored = parents[1], True
        elif with_prefecture and prefecture is None:
            printed = [text[pos - k : pos] for k in range(3, 7) if pos >= k and text[pos - 1] in "市州盟"]
            known = [cand for cand in printed if cand in _prefecture_names()]
            prefecture = (known or printed or [None])[-1 if known else 0]
        if province and (anchored or (prefecture and with_prefecture)):
            break
    return province, prefecture, anchored


@functools.lru_cache(maxsize=1)
def region_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``seeds/regions.csv`` (none where the seed is missing), read once per process."""
    if not REGIONS_SEED.exists():
        return ()
    with REGIONS_SEED.open(encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle))


@functools.lru_cache(maxsize=1)
def _prefecture_names() -> frozenset[str]:
    """Every prefecture-level name of ``seeds/regions.csv`` (鄂尔多斯市, 阿坝藏族羌族自治州 …): which of the
    names a county's text prints before it is its prefecture (关于鄂尔多斯市杭锦旗: 鄂尔多斯市, not 多斯市)."""
    return frozenset(row["region_name"] for row in region_rows() if row["admin_level"] == "prefecture")


def admin_level(province: str | None, prefecture: str | None, county: str | None) -> str | None:
    """district / county / prefecture / province from the lowest region printed."""
    if county:
        for suffix, level in ADMIN_BY_SUFFIX:
            if county.endswith(suffix):
                return level
        return "county"
    if prefecture:
        return "prefecture"
    return "province" if province else None


def sector_of(name: str) -> str | None:
    """``新疆昌吉州人力资源和社会保障局`` → ``人力资源和社会保障``."""
    core = _core(name)
    sector = SECTOR_SUFFIX_RE.sub("", core)
    return sector or None


# A region's figures rather than one body's: 全县 / 区本级 / 县级部门汇总 next to 三公, 决算 or 预算,
# or a government's own report (政府决算, 总决算, 预算执行情况和…预算草案).
# (Every alternative spelled out from its first character: the regex engine skips to those.)
AGGREGATE_SCOPE = "(?:全(?:省|市|州|盟|县|区|旗|镇|乡)|{}|各乡\\(镇\\)|{}|部门汇总|汇总情况)".format(
    "|".join(f"{level}本级" for level in "省市州盟县区旗镇乡"), "|".join(f"{level}级部门汇总" for level in "县区市")
)
# The scope word right before the kind of figures (区本级2024年预算, 全县一般公共预算), or before 三公
# within the sentence — never a duty that mentions 全县 … 预决算 several words later.
AGGREGATE_SCOPE_RE = re.compile(rf"{AGGREGATE_SCOPE}(?:[^。;]{{0,12}}?(?:三公|决算|预算)|[^。;]{{0,40}}?三公)")
GOVERNMENT_REPORT_RE = re.compile(
    r"政府决算|总决算|预算执行(?:情况)?和.{0,12}预算(?:草案)?|一般公共预算收入执行情况|政府预算"
    # a government's accounts laid before its congress (财政决算草案, 市级决算草案, 关于…决算的报告; a duty to 编制
    # 预决算草案 is no report), a 政府预决算 note, and revenue
    # only a region collects: 地方一般公共预算收入, 财政总收入, 大口径财政收入
    r"|(?:财政(?:收支)?|[省市州县区旗镇乡]级)决算草案|决算(?:草案)?的报告|政府预决算|地方一般公共预算收入|财政总收入|大口径财政收入"
    # a region's own 三公 total: 鄂城区2022年的“三公”经费决算数, 云县2023“三公”经费
    r"|(?<![局委办])(?:县|区|市|旗)20\d{2}年?度?的?[“\"]?三公"
)
AGGREGATE_LINES = 40
# Verbs of a department's duties (主要职责: 组织执行全县财政预算, 编制全县预决算草案, 审计全县…): a scope after one
# names what the department works on, not whose figures the document prints.
DUTY_VERBS = ("执行", "编制", "组织", "负责", "审计", "监督", "拟订", "拟定", "管理", "指导", "统筹", "承担", "编报")
DUTY_REACH = 6  # characters before a scope or a report's words a duty's verb is looked for in


def _after_duty(text: str, start: int) -> bool:
    """Whether a duty's verb stands in the few characters before ``start`` (组织执行|全县财政预算,
    编制全县|财政决算草案)."""
    before = text[max(0, start - DUTY_REACH) : start]
    return any(verb in before for verb in DUTY_VERBS)


def entity_kind_of(lines: list[Line], name: str | None) -> str:
    """``aggregate`` for a region's figures (see :data:`AGGREGATE_SCOPE_RE`), else ``department``. A scope
    right after a duty's verb is the department's work, not the document's figures: a 财政局 that
    组织执行全县财政预算, an 审计局 that 审计全县预算执行 (:data:`DUTY_VERBS`)."""
    head = "".join(line.compact for line in lines[:AGGREGATE_LINES])
    if any(
        not _after_duty(head, found.start())
        for pattern in (AGGREGATE_SCOPE_RE, GOVERNMENT_REPORT_RE) for found in pattern.finditer(head)
    ):
        return "aggregate"
    if name and REGION_RE.fullmatch(PARTY_PREFIX_RE.sub("", name)):
        return "aggregate"  # the publisher is a region itself (奉新县, 福州市仓山区)
    return "department"


# A region's government or its office (泉州市泉港区人民政府, 华容县政府, 红河县人民政府办公室): it issues, titles or
# posts the region's own accounts.
GOVERNMENT_BODY_RE = re.compile(r"(?:人民)?政府(?:办公室)?")
# The finance bureau that compiles or reports a region's own accounts: 经红河县财政局汇总, 现委托区财政局向区人大常委会
# 报告, its head signing the report (县财政局局长 丁乙), or the bureau alone on the report's byline
# (关于2022年昌吉市财政预算执行情况…的报告 | ——2023年1月10日在…会议上 | 昌吉市财政局).
COMPILING_BUREAU_RE = re.compile(
    rf"(?:经|委托)(?P<by>{CJK}{{0,12}}?财政局)(?:汇总|向)|(?:^|\x00)(?P<head>{CJK}{{0,12}}?财政局)(?:局长|(?=\x00))"
)


# A document a body issues in its own name: its name, then 关于 opening the document's title
# (丰都县人民政府关于2021年决算情况的报告, 泉州市泉港区人民政府关于提请审议…决算草案的议案), in the page's head.
ISSUING_RE = "关于"
HEAD_CHARS = 2000


def _compiling_bureau(name: str, lines: list[Line]) -> str | None:
    """The finance bureau that compiles or reports the region's own accounts a government (or its office, or the
    region itself: a title naming the region, 2019年度鹿寨县“三公”经费支出决算情况) ``name`` issues or posts (see
    :data:`COMPILING_BUREAU_RE`): the accounts' department, as the disclosures of regions' accounts name it; the
    bureau named by its level alone (区财政局) is put under ``name``'s region. None where ``name`` is no region's
    government or the text names no such bureau, or where the government issues the document in its own name (its
    name opening the title: X人民政府关于…的议案 / 报告 — the bureau reports it on the government's behalf,
    现委托区财政局向区人大常委会报告)."""
    region = REGION_RE.match(name)
    prefix = region.group(0)  # type: ignore[union-attr]
    if not prefix or (len(prefix) < len(name) and not GOVERNMENT_BODY_RE.fullmatch(name, len(prefix))):
        return None  # (a region's government, its office, or the region itself: 2019年度鹿寨县“三公”经费…决算)
    text = joined_texts(lines, "compact", LINE_JOIN)[0]
    if len(prefix) < len(name) and re.search(re.escape(name) + ISSUING_RE, text[:HEAD_CHARS]):
        return None  # the government issues the document in its own name (X人民政府关于提请审议…的议案): its own
    match = COMPILING_BUREAU_RE.search(text)
    if match is None:
        return None
    bureau = match.group("by") or match.group("head")
    if bureau[:1] in UNNAMED_START:
        return region.group(0) + bureau[1:]  # type: ignore[union-attr]
    own = REGION_RE.match(bureau).group(0)  # type: ignore[union-attr]
    if not own or not region.group(0).endswith(own):  # type: ignore[union-attr]
        return None  # another region's bureau
    # (泉港区财政局 under 泉州市泉港区人民政府: 泉州市泉港区财政局)
    return region.group(0) + bureau[len(own) :]  # type: ignore[union-attr]


# A year printed in Chinese numerals (二〇二三年, 二零二三年度, 二○二一 年十一月 — the zero as 〇, ○, 零 or O): the same
# year as 2023年 wherever a title, a date or a sentence prints it.
CHINESE_YEAR_RE = re.compile(r"二[〇○零O][〇○零O一二三四五六七八九]{2}(?=\s*年)")
CHINESE_DIGITS = str.maketrans("〇○零O一二三四五六七八九", "0000123456789")


def with_arabic_years(lines: list[Line]) -> list[Line]:
    """``lines`` with every year printed in Chinese numerals (:data:`CHINESE_YEAR_RE`) in the page's head (its title,
    its fields: :func:`_search_head`) and among its last lines (its signature's date) in Arabic digits, as four
    characters for four (二〇二三年度部门决算 is read as 2023年度部门决算; every position stays); ``lines`` themselves
    where none is printed there."""
    head = len(_search_head(lines))
    ends = range(max(head, len(lines) - SIGNATURE_LINES * 3), len(lines))
    hits = [index for index in (*range(head), *ends) if "二" in lines[index].norm
            and CHINESE_YEAR_RE.search(lines[index].norm)]
    if not hits:
        return lines
    out = list(lines)
    for index in hits:
        line = lines[index]
        arabic = CHINESE_YEAR_RE.sub(lambda found: found.group().translate(CHINESE_DIGITS), line.text)
        if arabic == line.text:  # (a year found in the normalised text only: normalised, then read)
            arabic = CHINESE_YEAR_RE.sub(lambda found: found.group().translate(CHINESE_DIGITS), line.norm)
        out[index] = Line(line.number, arabic, line.page)
    return out


# A government's budget report, titled by the year it is presented for (重庆市大足区珠溪镇人民政府2024年政府预算报告,
# 关于沙洋县2022年预算执行情况和2023年预算草案的报告): its first part reports the
# year before's execution, under a numbered heading (一、2023年财政预算执行情况), its second the new year's budget.
GOVERNMENT_BUDGET_TITLE_RE = re.compile(
    r"(?:(?P<done>20\d{2})年(?:财政)?预算执行情况(?:和|及|暨)(?P<next>20\d{2})年[^。,，;；]{0,12}?预算"
    r"|(?P<presented>20\d{2})年[^。,，;；]{0,16}?政府预算报告)"
)
# A budget's disclosure package (2023年度昌吉市政府预算公开, 2024 年东莞市长安镇 政府预算公开: its report, its tables,
# its notes): the presented year's budget as the package discloses it, whatever part an excerpt holds (26u 02).
BUDGET_PACKAGE_TITLE_RE = re.compile(r"20\d{2}年度?[^。,，;；]{0,16}?预算公开")
EXECUTION_HEADING_RE = re.compile(r"[一二三四五六七八九十]、(?P<year>20\d{2})年[^。,，;；]{0,12}?预算执行情况$")
NEW_BUDGET_HEADING_RE = re.compile(r"[一二三四五六七八九十]、(?P<year>20\d{2})年[^。,，;；]{0,20}?预算(?!执行)")


def _execution_part_only(lines: list[Line]) -> int | None:
    """The year of a government budget report's execution part where the page holds that part alone (see
    :data:`GOVERNMENT_BUDGET_TITLE_RE`): below its title, a numbered heading of the year before's 预算执行情况 and
    none of the presented year's budget (a table of contents above the title aside) — an account of the year
    done, a final account by the corpus's convention; else None."""
    head = _search_head(lines)
    for index, line in enumerate(head):
        if "预算" not in line.compact or "。" in line.compact:
            continue
        if BUDGET_PACKAGE_TITLE_RE.search(line.compact):
            return None
        titled = GOVERNMENT_BUDGET_TITLE_RE.search(line.compact)
        if titled is None:
            continue
        presented = int(titled.group("next") or titled.group("presented"))
        below = lines[index + 1 :]  # (the head is the page's first lines)
        done = [
            int(found.group("year")) for other in below
            if "执行情况" in other.compact and (found := EXECUTION_HEADING_RE.fullmatch(other.compact))
        ]
        if presented - 1 not in done:
            return None
        if any(
            (found := NEW_BUDGET_HEADING_RE.match(other.compact)) and int(found.group("year")) == presented
            for other in below if "预算" in other.compact
        ):
            return None
        return presented - 1
    return None


def parse_identity(lines: list[Line], *, source_name: str, is_pdf: bool = False) -> DocumentInfo:
    """Detect department, region, year, document type, layout and scope from the text (a year printed in Chinese
    numerals read as its digits: :func:`with_arabic_years`)."""
    lines = with_arabic_years(lines)
    title = _title(lines)
    name, line_number, evidence = detect_department(lines)
    detected = name
    sector = sector_of(name) if name else None
    if name is None:
        name = re.sub(r"\.[A-Za-z0-9]+$", "", source_name)
    entity_kind = entity_kind_of(lines, detected)
    if entity_kind == "aggregate" and detected is not None:
        name = detected = _compiling_bureau(detected, lines) or detected
    province, prefecture, county = split_region(name, lines)
    return DocumentInfo(
        department_name=name,
        sector=sector,
        province=province,
        prefecture=prefecture,
        county=county,
        admin_level=admin_level(province, prefecture, county),
        fiscal_year=executed if (executed := _execution_part_only(lines)) else detect_year(lines, title),
        doc_type="final_account" if executed else detect_doc_type(lines, title),
        layout=detect_layout(lines, is_pdf),
        scope="unit" if re.search(r"单位(?:预算|决算)", title) else "department",
        is_template=is_template(title, source_name),
        entity_kind=entity_kind,
        department_evidence=evidence,
        source_line=line_number,
        source_page=lines[0].page if lines and is_pdf else None,
    )
