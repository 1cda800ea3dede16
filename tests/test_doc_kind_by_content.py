"""A document's kind where no title names it: read from what it prints (its indicator tables' columns, a
report's verdict words), so that a performance table or report never stands in for its year's 决算 or 预算.

Real pages (fixtures) and variants written here: a headless self-evaluation grid, a targets table without
its title, a report below a portal's breadcrumb (预决算信息 names the portal's folder, not the page), a
monitoring report's title, a targets table titled …申报明细表 beside the 经费预算 it budgets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import parse_bytes, parse_path
from ingest.identity import parse_identity
from ingest.text import split_lines

PAGES = Path(__file__).parent / "fixtures" / "pages"


def kind(text: str) -> str:
    return parse_identity(split_lines(text), source_name="x.txt").doc_type


@pytest.mark.parametrize(
    ("page", "doc_type"),
    [
        # a 项目支出绩效自评表 cut off above its title, flattened into lines (no title, no 决算)
        ("dyrmt-selfeval-flattened-noted-name.txt", "self_evaluation"),
        ("guichi-tangxi-2022-selfeval-flattened.txt", "self_evaluation"),
        ("nanchong-lyj-2023-selfeval-pipe.txt", "self_evaluation"),
        # a report below a portal whose breadcrumb names its folder 预决算信息
        ("linxiang-wlgj-2021-selfeval-report-garbled.txt", "self_evaluation"),
        # targets tables: under a notice, with a 项目支出目标申报表 title (no 绩效), …绩效目标申报明细表 after 经费预算
        ("tongxin-xiamaguan-2023-targets-notice.txt", "performance_target"),
        ("linyi-sfsx-2025-project-targets-value-spelled-levels.txt", "performance_target"),
        ("wuhu-wjw-2019-project-targets-labels-over-figures.txt", "performance_target"),
        # a hospital's finance sheet: one 效率、效益指标 heading is no performance framework
        ("neimenggu-hospital-2016-finance-sheet.txt", "final_account"),
    ],
)
def test_real_pages_kind_by_content(page, doc_type):
    assert parse_path(PAGES / page).info.doc_type == doc_type


GRID = (
    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | {actual} | 得分\n"
    "产出指标 | 数量指标 | 免疫接种人数 | ≥2000人 | {value} | 10\n"
    "效益指标 | 社会效益指标 | 传染病发病率 | ≤1% | 0.6% | 10\n"
)


@pytest.mark.parametrize("sep", [" | ", "\t", "\n"])
def test_a_headless_grid_with_what_was_reached_is_a_self_evaluation(sep):
    text = GRID.format(actual="实际完成值", value="2105人").replace(" | ", sep)
    assert kind(text) == "self_evaluation"


@pytest.mark.parametrize("sep", [" | ", "\t", "  "])
def test_a_headless_grid_of_targets_only_is_a_targets_table(sep):
    text = (
        "一级指标 | 二级指标 | 三级指标 | 指标值\n"
        "产出指标 | 数量指标 | 免疫接种人数 | ≥2000人\n"
        "效益指标 | 社会效益指标 | 传染病发病率 | ≤1%\n"
    ).replace(" | ", sep)
    assert kind(text) == "performance_target"


def test_framework_levels_without_level_columns():
    """Two first-level indicators of the framework (产出指标, 满意度指标), run together with their figures."""
    text = (
        "产出指标数量指标足额保障率=100%100%22.5科目调整次数≤10次3次22.5"
        "满意度指标服务对象满意度≥90%95%10总分100得分95\n"
    )
    assert kind(text) == "self_evaluation"
    assert kind(text.replace("得分95", "")) == "performance_target"


def test_one_framework_word_alone_is_no_performance_table():
    text = "五、效率、效益指标\n门诊患者次均医药费用 | 元 | 230\n出院者平均医药费用 | 元 | 8800\n"
    assert kind(text) == "final_account"


@pytest.mark.parametrize(
    "crumb",
    ["您所在的位置 > 某县教育局 > 预决算信息 > 绩效自评", "首页>政务公开>财政预决算>2021年", "预算/决算>预算"],
)
def test_a_portal_breadcrumb_naming_its_folder_does_not_make_a_final_account(crumb):
    text = f"{crumb}\n根据县财政局要求,我局对2021年项目开展绩效自评,自评得分95分,评价等级为优。\n"
    assert kind(text) == "self_evaluation"


@pytest.mark.parametrize(
    "title",
    [
        "泸县城北幼儿园2023年度部门事中绩效监控报告",
        "某县民政局 2023年度项目绩效运行监控表",
        "2023年度部门预算绩效监控情况",
    ],
)
def test_a_monitoring_report_is_no_budget(title):
    """A 绩效监控 report restates the year's budget (预算) and its execution to a month: a performance report."""
    text = f"{title}\n一、部门预算情况\n2023年部门预算收入85.80万元。\n(二)1-8月执行情况\n1-8月支出75.13万元。\n"
    assert kind(text) == "self_evaluation"


@pytest.mark.parametrize(
    "title",
    [
        "2019年度某市特殊人群病种筛查经费预算项目支出绩效目标申报明细表",
        "某县师范附属小学项目支出目标申报表 (2025年度)",
        "某区2022年项目支出绩效目标审批表",
    ],
)
def test_targets_titles_however_called(title):
    text = f"{title}\n项目名称 | 病种筛查经费\n项目当年预算(万元) | 25.00\n三级指标 | 指标值\n筛查人数 | ≥3000人\n"
    assert kind(text) == "performance_target"


@pytest.mark.parametrize(
    "text",
    [
        # a budget's narrative, a 三公 statement, a final account's: named by their phrases, as before
        "某县农业农村局2023年部门预算公开\n目录\n第一部分 部门概况\n一、主要职能\n二、机构设置\n第二部分 预算情况说明\n"
        "一、收支预算总体情况\n收入预算1200万元。\n二、绩效目标设置情况\n项目支出绩效目标表见附件。\n",
        "2022年“三公”经费决算情况说明\n2022年“三公”经费支出12.5万元,比年初预算减少1.2万元。\n",
    ],
)
def test_named_kinds_stay_as_named(text):
    assert kind(text) == ("budget" if "部门预算" in text else "final_account")


def test_a_count_of_projects_outside_an_evaluation_sentence_is_not_the_evaluated_count():
    """``完成年度建设项目1个`` (what was built) and a monitoring report's ``1个项目支出75.13万元`` (what
    spent) count no evaluated projects; ``开展…绩效评价项目13个`` does."""
    def evaluated(text: str):
        records = parse_bytes(text.encode(), Path("x.txt")).records
        return [r.value for r in records if getattr(r, "metric", None) == "performance_projects_evaluated"]

    head = "某县水务局2022年度部门决算\n"
    built = head + "七、预算绩效情况说明\n完成年度建设项目1个,新建300米深机井1座,水塔1座。\n"
    spent = head + "七、预算绩效情况说明\n1-8月,公用支出0.26万元,1个项目支出75.13万元,为预算的87.56%。\n"
    told = head + "七、预算绩效情况说明\n我局开展预算绩效评价项目13个,全年预算数618.00万元,全年执行数341.59万元。\n"
    assert evaluated(built) == []
    assert evaluated(spent) == []
    assert evaluated(told) == [13]


# A final account's page showing only its performance part: its title lines name the 决算, nothing below does (its
# 决算数 columns aside), and below them a self-evaluation (unseen 11p 湖南 贯塘乡: 决算编制说明 over the 部门整体
# 绩效评价基础数据表 and 绩效自评表; unseen 20p 六安: …专项资金决算情况 over the 自评综述 and 项目支出绩效自评表)
GUANTANG_PAGE = (
    "2023年贯塘乡人民政府决算编制说明\n\n411001-衡山县贯塘乡人民政府2023年部门决算公开\n\n附件一\n\n"
    "2023年度部门整体支出绩效评价基础数据表\n\n经费控制情况(万元\n\n2022 年决算数\n\n2023 年预算数\n\n2023 年决算数\n\n"
    "三公经费:\n\n0\n\n0\n\n0\n\n2023年度部门整体支出绩效自评表\n\n一级指标\n\n产出指标\n\n自评得分\n\n95\n"
)
LUAN_PAGE = (
    "六安市文化和旅游局2021年公共文化服务体系建设专项资金决算情况\n\n"
    "浏览次数:信息来源:市文旅局发布时间:2022-09-30 11:19\n"
    "公共文化服务体系项目绩效自评综述:根据年初设定的绩效目标,项目绩效自评得分为95分。一是产出指标方面,开展活动130场;"
    "二是效益指标方面,满意度达到95%。\n\n项目支出绩效自评表\n\n项目名称 公共文化服务体系经费\n"
)


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        (GUANTANG_PAGE, "self_evaluation"),
        (GUANTANG_PAGE.replace("\n\n", " | \n"), "self_evaluation"),  # cells closed by pipes, no blank lines
        (LUAN_PAGE, "self_evaluation"),
        (LUAN_PAGE.replace(",", ", ").replace(":", "："), "self_evaluation"),
        # the final account's own figures below its title: a final account with its self-evaluation attached
        (GUANTANG_PAGE.replace("附件一", "一、收入支出决算总体情况说明\n\n附件一"), "final_account"),
        (LUAN_PAGE + "二、专项资金决算表\n", "final_account"),
        # a final account's section telling its self-evaluations prints no self-evaluation's sheet
        ("2023年贯塘乡人民政府决算编制说明\n绩效自评情况\n本乡对3个项目开展绩效自评,产出指标、效益指标均完成,自评得分95分。\n",
         "final_account"),
    ],
)
def test_a_final_accounts_page_showing_only_its_self_evaluation_is_one(text, doc_type):
    assert parse_identity(split_lines(text), source_name="x.txt").doc_type == doc_type


# unseen 14p (重庆 忠县, a finance bureau's notice sending funds with their 区域绩效目标表): a head sentence telling how
# the funds are booked (年终决算列报功能科目…。) names no kind of document — the notice is its targets table's
ZHONGXIAN_NOTICE = (
    "县农业农村委:\n根据《重庆市财政局关于提前下达2022年中央生猪(牛羊)调出大县奖励资金预算指标的通知》文件,"
    "现将2022年生猪调出大县奖励资金397万元下达你单位。\n"
    "年终决算列报功能科目“农业农村(21301)”,经济科目按实际支出内容列报。\n"
    "附件:生猪(牛羊)调出大县奖励资金区域绩效目标表\n忠县财政局\n2022年1月18日\n附件\n"
    "生猪(牛羊)调出大县奖励资金区域绩效目标表 | |||||\n资金名称 |\n生猪调出大县奖励资金 |\n"
)


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        (ZHONGXIAN_NOTICE, "performance_target"),
        (ZHONGXIAN_NOTICE.replace(" |", "").replace("|", ""), "performance_target"),  # no cell marks
        (ZHONGXIAN_NOTICE.replace("年终决算列报", "\n年终决算列报"), "performance_target"),  # a blank line before
        # a head line naming the 决算 as a title (no sentence's stop) still keeps the kind from the targets table out
        (ZHONGXIAN_NOTICE.replace("年终决算列报功能科目“农业农村(21301)”,经济科目按实际支出内容列报。",
                                  "2022年部门决算编制说明"), "final_account"),
    ],
)
def test_a_head_sentence_booking_funds_to_the_final_account_names_no_kind(text, doc_type):
    assert parse_identity(split_lines(text), source_name="x.txt").doc_type == doc_type


# unseen 19t (山东 沂源, a 财政厅's allocation notice republished by a county bureau): its attached
# 区域绩效目标总表 — the summed targets of a transfer — names a targets table as 绩效目标表 does
YIYUAN_NOTICE = (
    "沂源县人民政府\n| 标题: | 山东省财政厅关于下达2021年中央林业改革发展资金预算指标的通知 | ||\n"
    "| 发文日期: | 2021-10-15 | 发布机构: | 沂源县自然资源局 |\n省自然资源厅、省教育厅,各市财政局:\n"
    "根据要求,经研究,现下达2021年中央林业改革发展资金预算指标。\n附件:1. 2021年中央林业改革发展资金分配表\n"
    "3. 2021年中央林业改革发展资金区域绩效目标总表\n"
)


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        (YIYUAN_NOTICE, "performance_target"),
        (YIYUAN_NOTICE.replace("| ", "").replace(" |", ""), "performance_target"),
        (YIYUAN_NOTICE.replace("区域绩效目标总表", "区域绩效目标申报总表"), "performance_target"),
        # no targets table named: the allocation notice it is (下达…资金预算指标的通知), no budget
        (YIYUAN_NOTICE.replace("区域绩效目标总表", "区域目标总体情况"), "fund_notice"),
    ],
)
def test_a_notice_attaching_a_regions_summed_targets_table_is_a_targets_one(text, doc_type):
    assert parse_identity(split_lines(text), source_name="x.txt").doc_type == doc_type


# unseen 21p (a sharing site's copy of 黄冈市档案馆's report, page by page: 1、 … 2、 …, each page's text run together):
# the first page starts with the document's title — a self-evaluation report, whatever budget its text mentions
HUANGGANG_PAGES = (
    "黄冈市档案馆2020年度_第1页\n黄冈市档案馆2020年度_第2页\n全文预览已结束\n\n下载本文档\n\n文档简介\n\n"
    "1、 黄冈市档案馆2020年度 项目绩效自评报告自评得分100分绩效目标完成情况执行率情况档案抢救与保护,预算公开及时\n\n"
    "2、评表 单位名称:黄冈市档案馆 填报日期:2021年4月项目名称档案抢救与保护\n"
)


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        (HUANGGANG_PAGES, "self_evaluation"),
        (HUANGGANG_PAGES.replace("1、 ", "1、"), "self_evaluation"),
        (HUANGGANG_PAGES.replace("\n\n", "\n"), "self_evaluation"),
        # a numbered heading (short) is no first page; a first page citing a report (根据《…》) names none
        (HUANGGANG_PAGES.replace("1、 黄冈市档案馆2020年度 项目绩效自评报告自评得分",
                                 "1、根据《项目绩效自评报告》自评得分"), "budget"),
    ],
)
def test_a_documents_first_page_printed_page_by_page_starts_with_its_title(text, doc_type):
    assert parse_identity(split_lines(text), source_name="x.txt").doc_type == doc_type


# unseen 15p (湖南 渌口, a 自评 report with no title): it tells that its targets were filed,
# 编制报送了《2020年项目支出绩效目标表》 — a cited title names another document; unseen 20p (重庆 荣昌, a finance
# bureau's notice): 填报《…绩效目标申报表》(附件3) names its own attachment
LUKOU_REPORT = (
    "一、绩效自评工作开展情况\n根据区财政局《关于做好2020年预算绩效管理工作的通知》文件要求,我中心积极组织开展绩效评价工作,"
    "对项目资金投入情况、绩效目标完成情况等进行了自评,并形成自评报告如下:\n二、绩效目标自评完成情况分析\n"
    "3.项目资金管理情况分析。\n我中心按区财政部门要求及时编制报送了《2020年项目支出绩效目标表》,开展了绩效评价工作。\n"
)
RONGCHANG_NOTICE = (
    "重庆市荣昌区财政局\n关于提前下达2022年水库移民后期扶持基金(资金)的通知\n区水利局:\n"
    "请区水利局及时填报《中央水库移民扶持基金绩效目标申报表》(附件3),并于2022年2月10日前报送市水利局、市财政局。\n"
)


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        (LUKOU_REPORT, "self_evaluation"),
        (LUKOU_REPORT.replace("《2020年项目支出绩效目标表》", "《2020年项目支出绩效目标申报表》"), "self_evaluation"),
        (LUKOU_REPORT.replace("\n", "\n\n"), "self_evaluation"),
        (RONGCHANG_NOTICE, "performance_target"),
        (RONGCHANG_NOTICE.replace("(附件3)", "（附件3）"), "performance_target"),
        (RONGCHANG_NOTICE.replace("(附件3)", " (附表3)"), "performance_target"),
    ],
)
def test_a_targets_table_cited_by_its_title_is_another_documents(text, doc_type):
    assert parse_identity(split_lines(text), source_name="x.txt").doc_type == doc_type


# unseen 10n (梧州, a page of a budget's narrative without its head): figures stated as 预算, nothing spent or done;
# unseen 12g (a county's monthly report): 完成…占年初预算10065万元 tells a budget's execution, no budget
WUZHOU_PAGE = (
    "12\n主要原因是退休公用经费增加。\n(二)政府采购预算安排情况说明。\n"
    "2023 年政府采购预算 17000 元,同比增加 17000 元,上\n"
    "年无该预算,增长率无可比性。其中:政府集中采购预算\n17000 元,占政府采购预算的 100%。\n"
)


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        (WUZHOU_PAGE, "budget"),
        (WUZHOU_PAGE.replace("预算 17000 元", "预算17000元").replace(",", ","), "budget"),
        (WUZHOU_PAGE.replace(" 元", " 万元"), "budget"),
        ("(一)收入情况。1-5月,全县完成财政总收入4348万元,占年初预算10065万元的43.2%。\n", "final_account"),
        (WUZHOU_PAGE.replace("同比增加", "实际支出"), "final_account"),
    ],
)
def test_a_page_stating_figures_as_budgeted_and_nothing_spent_is_a_budgets(text, doc_type):
    assert parse_identity(split_lines(text), source_name="x.txt").doc_type == doc_type
