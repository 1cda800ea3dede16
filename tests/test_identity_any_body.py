"""Identity of every kind of public body, from a title wherever its lines break, and metadata from
a manifest or the folder path when the text prints none (ingest/identity.py, ingest/metadata.py)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.identity import parse_identity
from ingest.records import ParseWarning
from ingest.text import split_lines


def ident(text: str):
    return parse_identity(split_lines(text), source_name="x.txt")


@pytest.mark.parametrize(
    ("title", "name", "year"),
    [
        # real titles of the development corpus (02, 07, 22, 26) and variants written here
        ("信息名称  舟曲县第二幼儿园2023年部门决算公开说明\n", "舟曲县第二幼儿园", 2023),
        ("长者专区 返回首页\n2016年西宁市东方小学部门决算\n", "西宁市东方小学", 2016),
        ("寻甸回族彝族自治县文学艺术界联合会2022年度“三公”经费决算情况说明\n", "寻甸回族彝族自治县文学艺术界联合会",
         2022),
        ("2024年昌宁县卡斯镇“三公”经费预算财政拨款情况统计表\n", "昌宁县卡斯镇", 2024),
        ("钦州经济技术开发区(管委会)2023年\n一般公共预算“三公”经费预算\n", "钦州经济技术开发区(管委会)", 2023),
        ("中共上海市普陀区委\n社会工作部\n2024 年度\n部门决算\n", "中共上海市普陀区委社会工作部", 2024),
        ("关于 XX县人民医院 2021 年度 单位决算 的说明\n".replace("XX县", "平乐县"), "平乐县人民医院", 2021),
        ("重庆市铜梁区围龙镇人民政府\n2021年度“三公”经费决算汇总情况\n", "重庆市铜梁区围龙镇人民政府", 2021),
        # funds named before the kind (a provincial department's page, unseen; and a variant)
        ("2023年广东省财政厅一般公共预算财政拨款“三公”经费支出决算情况说明\n", "广东省财政厅", 2023),
        ("合肥市文化馆2023年度一般公共预算及政府性基金财政拨款“三公”经费支出决算表\n", "合肥市文化馆", 2023),
    ],
)
def test_titles_of_any_public_body(title, name, year):
    info = ident(title)
    assert (info.department_name, info.fiscal_year) == (name, year)


def test_party_organ_is_no_region():
    info = ident("中共上海市普陀区委\n社会工作部\n2024 年度\n部门决算\n")
    assert (info.province, info.prefecture, info.county) == ("上海市", None, "普陀区")


STATEMENT = "2023年,区本级一般公共预算安排的“三公”经费支出共计12.5万元。\n"


def test_manifest_names_what_the_text_does_not(tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(STATEMENT, encoding="utf-8")
    (folder / "manifest.csv").write_text(
        "file,department,region,fiscal_year,doc_type\na.txt,奉新县财政局,360921,2023,budget\n", encoding="utf-8"
    )
    info = parse_path(folder / "a.txt").info
    assert (info.department_name, info.county) == ("奉新县财政局", "奉新县")
    assert (info.fiscal_year, info.doc_type) == (2023, "budget")


def test_printed_metadata_wins_and_a_disagreement_is_a_warning(tmp_path: Path):
    (tmp_path / "b.txt").write_text("寿县司法局2022年“三公”经费预算情况\n" + STATEMENT, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,department,fiscal_year\nb.txt,寿县公安局,2022\n", encoding="utf-8")
    doc = parse_path(tmp_path / "b.txt")
    assert doc.info.department_name == "寿县司法局"
    warnings = [r for r in doc.records if isinstance(r, ParseWarning) and r.parser == "metadata"]
    assert len(warnings) == 1 and "寿县公安局" in warnings[0].message


# A page that prints no title naming its body, only mentions one (26y 06, a 项目支出绩效自评表 whose 实施单位 cell and
# sentences name 濉溪县民政局): the department is inferred, and a manifest's department wins over it.
INFERRED_PAGE = Path(__file__).parents[1] / "benchmarks/heldout/26y/text/06_anhui_suixi-mzj_2019_selfeval.txt"


def test_department_evidence_titled_or_inferred():
    assert ident("寿县司法局2022年“三公”经费预算情况\n" + STATEMENT).department_evidence == "titled"
    inferred = parse_path(INFERRED_PAGE).info
    assert (inferred.department_name, inferred.department_evidence) == ("濉溪县民政局", "inferred")
    # a variant written here: no title, the body only named in a sentence of the statement
    mentioned = ident("说明\n" + "按照要求，寿县司法局组织开展了项目绩效自评。\n" + STATEMENT)
    assert mentioned.department_evidence in ("inferred", None)
    none = ident(STATEMENT)
    assert none.department_evidence is None
    # a budget's cover naming its body in a labelled field (the bundled 上海市普陀区司法局2026年部门预算.pdf prints
    # 预算主管部门：上海市普陀区司法局 under its region's title), and a variant: half-width colon, 预算单位
    cover = ident("上海市普陀区2026年区级部门预算\n预算主管部门：上海市普陀区司法局\n目录\n")
    assert (cover.department_name, cover.department_evidence) == ("上海市普陀区司法局", "titled")
    unit = ident("某某县2024年部门预算\n预算单位: 凤庆县第一中学\n")
    assert (unit.department_name, unit.department_evidence) == ("凤庆县第一中学", "titled")


@pytest.mark.parametrize("page", [INFERRED_PAGE, None])
def test_manifest_department_wins_over_an_inferred_one(tmp_path: Path, page: Path | None):
    text = page.read_text("utf-8") if page else "项目支出绩效自评表\n主管部门 | 县民政局 | 实施单位 | 濉溪县民政局 |\n"
    (tmp_path / "d.txt").write_text(text, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,department\nd.txt,濉溪县民政局救助站\n", encoding="utf-8")
    doc = parse_path(tmp_path / "d.txt")
    assert (doc.info.department_name, doc.info.department_evidence) == ("濉溪县民政局救助站", "manifest")
    warnings = [r.message for r in doc.records if isinstance(r, ParseWarning) and r.parser == "metadata"]
    assert len(warnings) == 1 and "inferred as '濉溪县民政局'" in warnings[0] and "manifest's kept" in warnings[0]


def test_a_titled_department_keeps_its_evidence_beside_a_manifest(tmp_path: Path):
    (tmp_path / "b.txt").write_text("寿县司法局2022年“三公”经费预算情况\n" + STATEMENT, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,department\nb.txt,寿县公安局\n", encoding="utf-8")
    info = parse_path(tmp_path / "b.txt").info
    assert (info.department_name, info.department_evidence) == ("寿县司法局", "titled")


def test_folder_path_gives_region_and_year(tmp_path: Path):
    folder = tmp_path / "江西省" / "宜春市" / "奉新县" / "2023"
    folder.mkdir(parents=True)
    (folder / "c.txt").write_text(STATEMENT, encoding="utf-8")
    info = parse_path(folder / "c.txt").info
    assert (info.province, info.prefecture, info.county, info.fiscal_year) == ("江西省", "宜春市", "奉新县", 2023)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("2019年,各乡(镇)、县本级一般公共预算拨款安排的“三公”经费决算支出数为1165.08万元。\n", "aggregate"),
        ("奉新县2023年“三公”经费预算增减变化情况说明\n2023年,全县县级部门汇总一般公共预算“三公”经费预安排2415.44万元。\n",
         "aggregate"),
        ("中庄镇2020年预算执行和2021年预算草案\n", "aggregate"),
        # each scope as printed: 旗本级 / 市级部门汇总 / 汇总情况, right before the kind or before 三公
        ("说明\n旗本级2024年一般公共预算收支情况\n", "aggregate"),
        ("说明\n2022年市级部门汇总情况说明\n本年度“三公”经费支出 12.00 万元。\n", "aggregate"),
        ("说明\n全市各部门认真落实过紧日子要求,严格控制“三公”经费。\n", "aggregate"),
        ("寿县司法局2022年“三公”经费预算情况\n", "department"),
        # a duty that mentions 全县 … 预决算 is no aggregate
        ("茂县人力资源和社会保障局2022年度部门决算\n编制全县养老、失业、工伤等相关社会保险基金预决算草案。\n",
         "department"),
    ],
)
def test_aggregates_are_told_from_departments(text, kind):
    assert ident(text).entity_kind == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a 自评表 published alone (the development corpus's 31, pipe cells; a flattened unseen page)
        ("项目支出绩效自评表\n项目名称 | 农田水利 |\n主管部门 | 县农业农村局 | 实施单位 | 张庄寨镇人民政府 |\n",
         "张庄寨镇人民政府"),
        ("项目支出绩效自评表 (2022年度) 项目名称 委托业务项目 主管部门 219-池州市贵池区棠溪镇人民政府 "
         "实施单位 219001-池州市贵池区棠溪镇人民政府 项目资金 (万元)\n", "池州市贵池区棠溪镇人民政府"),
        ("项目名称\t校舍维修\n项目主管部门\t县教育局\n项目执行单位：\t第二小学\n", "第二小学"),
        # several units carry out the projects of one department: the department's tables
        ("项目名称\t校舍维修\n主管部门\t县教育局\n实施单位\t第一中学\n"
         "项目名称\t营养餐\n主管部门\t县教育局\n实施单位\t第二小学\n", "县教育局"),
        # another body's cell (组织实施单位) and cells run together without spaces name no one
        ("项目名称\t馆藏修复\n组织实施单位\t省文物局\n", None),
        ("项目主管部门县教育局项目执行单位第二小学\n", None),
    ],
)
def test_a_project_table_alone_names_its_unit(text, name):
    info = ident(text)
    assert info.department_name == (name or "x")


@pytest.mark.parametrize(
    ("text", "year", "doc_type"),
    [
        # a town's 三公经费 budget statement published alone (unseen page) and variants written here
        ("经汇总,2024年一般公共预算“三公”经费支出预算为14.01万元,其中:公务接待费0万元。与2023年预算相比增长16.75%。\n",
         2024, "budget"),
        ("2022年度“三公”经费财政拨款支出预算安排 30 万元,比2021年预算减少2万元。\n", 2022, "budget"),
        # a final account states the budget it is compared with (development corpus 18)
        ("2019年度“三公”经费财政拨款支出预算为44.52万元,2019年实际支出“三公经费”决算为22.62万元。\n", 2019,
         "final_account"),
        ("较2022年,2023年三公经费支出决算数为12万元。\n", 2023, "final_account"),
        # a page of a budget's narrative (unseen, Wuzhou 2024): figures stated with the number right
        # after 支出预算; a variant of a final account's page stating them after 支出决算
        ("2. 项目支出 469500 元,占一般公共预算支出的 19.62%。\n1. 基本支出预算 2476260.58 元,占一般公共预算支出\n"
         "2024 年本年一般公共预算基本支出 2476260.58 元,较上年减少 0.2%。\n", 2024, "budget"),
        ("2023年基本支出预算 100 万元,基本支出决算 95.5 万元,完成预算的95.5%。\n", 2023, "final_account"),
    ],
)
def test_a_statement_alone_gives_its_own_year_and_kind(text, year, doc_type):
    info = ident(text)
    assert (info.fiscal_year, info.doc_type) == (year, doc_type)


def test_a_self_evaluation_reporting_its_budget_execution_is_no_budget():
    """部门整体绩效自评表 (unseen, Chongqing): 部门预算执行情况 is how the budget was carried out."""
    info = ident("部门整体绩效自评表 主管部门 自评总分(分)97.6 部门预算执行情况 年初预算数 全年执行数 执行率(%)\n")
    assert info.doc_type == "self_evaluation"
    assert ident("某某局2024年部门预算公开说明\n").doc_type == "budget"


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        # development corpus 29 (Guangdong) and variants written here: a title naming a budget statement
        ("英德市经信局2016年“三公经费”预算对比增减说明\n2016年三公经费预算拨入33万元,执行八项规定。\n", "budget"),
        ("某某县教育局2019年三公经费预算情况\n\n公务接待费2019年预算8万元。\n", "budget"),
        # how a budget was carried out, its performance, a 决算 title, a field's label: no budget title
        ("某某县教育局2019年三公经费预算执行情况说明\n公务接待费8万元。\n", "final_account"),
        ("某某县教育局2023年度预算绩效自评报告\n", "self_evaluation"),
        ("一、2020年全区收支决算\n1.一般公共预算收支及其平衡情况\n全区一般公共预算总收入410338万元。\n",
         "final_account"),
        ("预算单位:某某乡人民政府\n项目名称 道路维修\n", "final_account"),
        # development corpus 41 (Chongqing) and a variant: a targets table however it is called
        ("2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表\n日期:2022-12-30\n"
         "预算单位: 奉节县云雾土家族乡人民政府\n", "performance_target"),
        ("某某县2024年道路维修项目绩效目标申报表\n金额单位:万元\n", "performance_target"),
        ("某某县2024年道路维修项目决算绩效目标申报表\n", "final_account"),
    ],
)
def test_a_title_line_names_its_kind_of_document(text, doc_type):
    assert ident(text).doc_type == doc_type


# An unseen 三公经费统计表 (Guangxi, Guilin 2015) as published: its title names no 预算 and no 决算.
GUILIN_THREE_PUBLIC = (
    "2015年桂林市司法局部门“三公”经费情况统计表 | ||\n? | 单位:万元 | |\n"
    "项 目 | 本年预算数 | 其中:公共预算财政拨款 |\n合 计 | 34.35 | 34.35 |\n"
    "1.因公出国(境)费用 | 0 | 0 |\n2.公务接待费 | 1.70 | 1.70 |\n"
)


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        (GUILIN_THREE_PUBLIC, "budget"),
        # variants written here: tabs, spaced-out headers, full-width colon, 元, a year in a header
        ("某某县教育局“三公”经费情况表\n单位：元\n项　目\t预 算 数\t其中：一般公共预算拨款\n"
         "公务接待费\t17000.00\t17000.00\n", "budget"),
        ("某某县三公经费统计表\n项目 | 2018年预算数 | 2017年预算数 | 增减额 |\n公务接待费 | 2 | 3 | -1 |\n",
         "budget"),
        # a final account prints a 预算数 column beside its 决算数 one (and names 决算)
        ("某某县三公经费统计表\n项目 | 预算数 | 决算数 |\n公务接待费 | 2 | 1.5 |\n", "final_account"),
        # or a money column of another kind (实际支出数, 金额) beside the budget's: not told by columns
        ("某某县三公经费统计表\n项目 | 预算数 | 实际支出数 |\n公务接待费 | 2 | 1.5 |\n", "final_account"),
        ("某某县三公经费统计表\n项目 | 预算数 |\n公务接待费 | 2 |\n项目 | 金额 |\n公务用车 | 3 |\n",
         "final_account"),
        # how a budget was carried out (执行) is no budget, whatever its columns
        ("某某县三公经费统计表\n项目 | 本年预算数 |\n公务接待费 | 2 |\n预算执行情况良好。\n", "final_account"),
        # a data row is no header: its amounts name no column
        ("某某县三公经费统计表\n公务接待费预算 | 2 | 3 |\n", "final_account"),
    ],
)
def test_a_table_whose_money_columns_are_all_budget_columns_is_a_budget(text, doc_type):
    """A text naming no kind of document (no 决算, no 执行, no budget title or phrase) whose table
    headers' money columns all name 预算 (本年预算数 | 其中:公共预算财政拨款) is a budget."""
    assert ident(text).doc_type == doc_type


def test_a_three_public_table_typed_a_budget_keeps_its_figures():
    """The Guilin table is read as before, only its kind changes (its rows are a budget's)."""
    from ingest.document import parse_bytes

    doc = parse_bytes(GUILIN_THREE_PUBLIC.encode("utf-8"), Path("guilin.txt"))
    assert doc.info.doc_type == "budget"
    reception = [r for r in doc.records if getattr(r, "metric", None) == "three_public_reception"]
    assert {r.value for r in reception} == {Decimal("17000.00")}


def test_a_year_before_the_name_leaves_no_year_character_in_it():
    """西平县交通运输局 2022 绩效自评总结报告: ``现将2022年西平县交通运输局财政衔接…报告如下`` names the body after
    the year — 西平县交通运输局 in 西平县, not 年西平县交通运输局. Variant: 年度, another body."""
    page = Path(__file__).parent / "fixtures" / "pages" / "xiping-jtj-2022-selfeval-report.txt"
    info = parse_path(page).info
    assert (info.department_name, info.county, info.fiscal_year) == ("西平县交通运输局", "西平县", 2022)
    text = "根据有关规定,现将2023年度某某县水利局项目绩效自评情况报告如下:\n一、基本情况\n"
    info = parse_identity(split_lines(text), source_name="x.txt")
    assert (info.department_name, info.county) == ("某某县水利局", "某某县")


def test_a_title_names_its_body_before_a_portals_publishing_office():
    """黄山市 2025 (a city portal: 发布机构: 黄山市人民政府办公室, then the title 黄山市公安局2025年项目绩效目标和指标):
    the title names the body — a 项目绩效 title as a 部门决算 one. 丰都县 2021 决算 (发布机构 丰都县财政局, the
    report 丰都县人民政府关于2021年…决算的报告): the government, as hand-read. Variant: 街道办事处关于2024年部门整体
    支出绩效自评的报告."""
    pages = Path(__file__).parent / "fixtures" / "pages"
    assert parse_path(pages / "huangshan-gaj-2025-project-targets.txt").info.department_name == "黄山市公安局"
    corpus = Path(__file__).resolve().parents[2] / "shared" / "real-documents" / "text"
    fengdu = corpus / "11_chongqing_fengdu_2021_gov_final.txt"
    if fengdu.exists():
        assert parse_path(fengdu).info.department_name == "丰都县人民政府"
    text = "巴中市恩阳区司城街道办事处关于2024年部门整体支出绩效自评的报告\n一、部门概况\n下属单位:农业综合服务中心。\n"
    info = parse_identity(split_lines(text), source_name="x.txt")
    assert (info.department_name, info.prefecture, info.county) == ("巴中市恩阳区司城街道办事处", "巴中市", "恩阳区")


def test_a_portals_spaced_field_names_the_body_under_its_titles_region():
    """宁晋县 2019 高中助学金项目绩效评价指标表 on the county portal: no sentence or cell names the body; the
    page's fields line (``发布时间: 2020-12-02   发布机构:教育局   字体:``) does, without its region, which
    the title names after its year: 宁晋县教育局 (it had been the file's name). Variant: 单位名称, another county."""
    page = Path(__file__).parent / "fixtures" / "pages" / "ningjin-jyj-2019-project-targets.txt"
    info = parse_path(page).info
    assert (info.department_name, info.county, info.fiscal_year) == ("宁晋县教育局", "宁晋县", 2019)
    text = ("2021年某某县农村公路养护项目绩效自评表\n发布日期: 2022-03-01    单位名称:交通运输局    浏览次数:10\n"
            "一级指标 二级指标 三级指标\n")
    info = parse_identity(split_lines(text), source_name="x.txt")
    assert (info.department_name, info.county) == ("某某县交通运输局", "某某县")


@pytest.mark.parametrize(
    ("text", "not_named"),
    [
        # unseen 15p (山东 临邑) and 10n (四川 金堂): a portal's footer names its host, not the page's publisher
        ("2025年项目支出绩效目标表\n项目名称 义务教育公用经费\n临邑县人民政府主办  临邑县人民政府办公室承办\n",
         "临邑县"),
        ("“三公”经费决算\n公务接待费2万元。\n金堂县人民政府主办 金堂县行政审批局承办\n", "金堂县"),
        ("“三公”经费决算\n公务接待费2万元。\n主办单位:某某市人民政府办公室 技术支持:某某科技有限公司\n", "某某市"),
        # unseen 16t (陕西 陈仓): documents the page cites name their issuers
        ("项目支出绩效目标表\n根据宝鸡市财政局《关于下达2023年补助资金的通知》及宝鸡市陈仓区财政局《关于下达指标的通知》,\n",
         "财政局"),
        ("项目支出绩效目标表\n按照某某县财政局要求,现将目标公开如下。\n", "财政局"),
    ],
)
def test_a_portal_host_or_a_cited_issuer_is_no_publisher(text, not_named):
    name = ident(text).department_name or ""
    assert not_named not in name


def test_labels_run_together_before_a_name_are_no_part_of_it():
    # unseen 15p (湖北 新洲): a flattened 自评表's head, its labels and cells run together
    text = ("1、项目支出绩效自评表(2020 年度)项目名称演出设备更新专项经费主管部门新洲区楚剧团实施单位"
            "新洲区文化和旅游局机关项目资金 (万元)年初预算数\n")
    assert ident(text).department_name == "新洲区文化和旅游局"
    variant = "项目支出绩效自评表\n主管部门 某某县教育局 实施单位 某某县第一中学\n项目名称 校舍维修\n"
    assert "实施单位" not in (ident(variant).department_name or "")


@pytest.mark.parametrize(
    ("fixture", "name"),
    [
        # 永德县明朗中学's 自评表 (unseen 13p): 主管部门 永德县教育体育局 | 实施单位 永德县明朗中学 on line 7
        ("yongde-minglang-2022-selfeval-reflowed.txt", "永德县明朗中学"),
        # 稷山县翟店镇卫生院's sheet flattened into its title block
        ("jishan-zhaidian-2021-selfeval-flattened-sheet.txt", "稷山县翟店镇卫生院"),
    ],
)
def test_a_project_sheet_is_published_by_its_implementing_unit(fixture, name):
    page = Path(__file__).parent / "fixtures" / "pages" / fixture
    assert parse_path(page).info.department_name == name


@pytest.mark.parametrize(
    "head",
    [
        "项目名称\t校舍维修\n主管部门\t某某县教育局\n实施单位\t某某县第一中学\n",
        "| 项目名称 | 校舍维修 | 主管部门 | 某某县教育局 | 项目实施单位 | 某某县第一中学 |\n",
        "项目名称：校舍维修\n主管部门：某某县教育局  实施单位：某某县第一中学\n",
    ],
)
def test_a_sheet_written_here_names_its_implementing_unit(head):
    portal = "".join(f"栏目{n}\n" for n in range(8))  # the sheet's head below a portal's lines
    text = f"{portal}2023年度项目支出绩效自评表\n{head}年度资金总额\t100\t90\t10\t90%\t9\n"
    assert ident(text).department_name == "某某县第一中学"


def test_a_final_account_naming_its_department_keeps_it():
    text = "某某县教育局2023年度部门决算\n项目名称\t校舍维修\n主管部门\t某某县教育局\n实施单位\t某某县第一中学\n"
    assert ident(text).department_name == "某某县教育局"


# Whose sheet a page holds when the page's own fields name another body (heads of real unseen pages:
# 保山市图书馆 2022, 隆阳区土壤肥料工作站 2022, 湘潭市环境卫生管理处 2023/2024, 金安区残联 2023 — and variants).
PORTAL_FIELDS_BAOSHAN = "  • 发布机构\n  • 保山市文化和旅游局\n  • 发布日期\n  • 2023-05-10\n\n"
PORTAL_FIELDS_LONGYANG = "- 索引号\n- 01525707-9/20230529-00013\n- 发文机构\n- 隆阳区农业农村局\n- 公开目录\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title naming the unit before its year and 项目支出绩效…
        (PORTAL_FIELDS_BAOSHAN + "保山市图书馆2022年度项目支出绩效自评报告"
         "(2022年公共图书馆文化馆(站)免费开放市级补助经费)\n", "保山市图书馆"),
        ("索引号 | 01526405-X/20240326-00056 | 发布机构 | 昌宁县教育体育局 |\n\n\n"
         "昌宁县第一示范小学2023年度项目支出绩效自评报告\n", "昌宁县第一示范小学"),
        ("发布机构:县教育体育局\n2023年度昌宁县第二中学项目支出绩效自评表\n", "昌宁县第二中学"),
        # a 单位名称 field whose name ends where the next field's label starts
        (PORTAL_FIELDS_LONGYANG + "2022年度项目支出绩效自评表\n单位名称:隆阳区土壤肥料工作站 填报日期:2023年3月20日\n",
         "隆阳区土壤肥料工作站"),
        (PORTAL_FIELDS_LONGYANG + "2022年度项目支出绩效自评表\n单位名称：隆阳区种子管理站　填报日期：2023年3月20日\n",
         "隆阳区种子管理站"),
        # the project's name between the year and the kind
        ("湘潭市环境卫生管理处2023年雾炮车降尘抑尘服务项目支出绩效目标申报表\n"
         "湘潭市城市管理和综合执法局 xtcg.xiangtan.gov.cn 发布时间:2023-10-13 19:49\n", "湘潭市环境卫生管理处"),
    ],
)
def test_a_title_or_field_naming_the_unit_wins_over_the_portals_host(text, name):
    assert ident(text).department_name == name


XIANGTAN_2024 = (
    "2024年项目绩效目标表(雾炮车降尘抑尘服务)\n\n"
    "湘潭市城市管理和综合执法局 xtcg.xiangtan.gov.cn 发布时间:2024-07-09 11:10\n\n"
    "2024年项目绩效目标表\n\n填报单位(盖章):    \n\n项目名称\n\n雾炮车抑尘降尘服务 \n\n"
    "项目起\n\n止时间\n\n20246-202516\n\n"
    "主管部门及其编码\n\n湘潭市城市管理和综合执法局 308001 \n\n"
    "项目实施单位\n\n 湘潭市环境卫生管理处\n\n项目负责人\n\n吴华章\n"
)
JINAN_2023 = (
    "号: /202212-00029 信息分类: 项目绩效目标\n内容分类: 财政、金融、审计、统计,其他 发文日期: 2022-12-29\n"
    "发布机构: 金安区财政局 生成日期: 2022-12-29\n来源单位: 金安区财政局\n生效时间: 废止时间:\n"
    "发布时间:2022-12-29 17:08 信息来源:金安区财政局 阅读次数: 我要纠错 打印 【字体:  \n项目支出绩效目标表\n"
    " (2023年度)    \n项目责任人:邹光辉 单位(盖章):\n项目名称 残疾人精准康复\n"
    "主管部门及代码 [103]六安市金安区残疾人联合会 实施单位 六安市金安区残疾人联合会\n"
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a bureau's portal over its unit's sheet printed one cell per line (the real page, then closed by pipes)
        (XIANGTAN_2024, "湘潭市环境卫生管理处"),
        (XIANGTAN_2024.replace("\n\n", " |\n").replace("处 |", "处"), "湘潭市环境卫生管理处"),
        # a finance bureau's portal posting a 残联's target table (the real page, then pipe cells)
        (JINAN_2023, "六安市金安区残疾人联合会"),
        (JINAN_2023.replace(" 实施单位 ", " | 实施单位 | ").replace("[103]", "103-"), "六安市金安区残疾人联合会"),
    ],
)
def test_a_sheet_posted_on_its_supervisors_or_the_finance_bureaus_portal_is_its_units(text, name):
    assert ident(text).department_name == name


def test_a_finance_bureaus_own_notice_stays_its_own():
    text = (
        "发布机构: 金安区财政局\n金安区财政局关于下达2023年部门预算的通知\n"
        "各预算单位:现将2023年部门预算下达给你们。\n"
    )
    assert ident(text).department_name == "金安区财政局"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # unseen 16p (安徽 田家庵, a transfer's 绩效自评表): 资金使用单位 names the body spending the funds, below
        # a 地方主管部门 cell naming two bodies
        ("就业补助资金绩效自评表\n(2024年度) |\n中央主管部门 | 人力资源社会保障部 |\n"
         "地方主管部门 | 安徽省人力资源和社会保障厅 淮南市人力资源和社会保障局 |\n"
         "资金使用单位 | 淮南市田家庵区人力资源和社会保障局 | |\n", "淮南市田家庵区人力资源和社会保障局"),
        ("某某补助资金绩效自评表\n地方主管部门\t某某市卫生健康委员会\n资金使用单位:某某县人民医院\n", "某某县人民医院"),
        # unseen 10p (北京 学院路, a sheet's head flattened without spaces): 主管部门及代码 … 实施单位: … 项目资金
        ("1、项目支出绩效自评表(2016年度) 项目名称【体制】自管道路清扫保洁外包工作经费主管部门及代码北京市海淀区"
         "人民政府学院路街道办事处实施单位:北京市海淀区学院路街道城市运行服务中心项目资金(万元) 年初预算数(A)\n",
         "北京市海淀区学院路街道城市运行服务中心"),
        ("项目支出绩效自评表 项目名称 校舍维修 主管部门及编码 某某县教育局实施单位：某某县第一中学资金情况(万元)\n",
         "某某县第一中学"),
        # unseen 13p (宁夏 原州): a compound label naming the unit and its leader (单位/负责人)
        ("马铃薯冲薯繁育示范推广项目绩效目标自评表(2022年度)项目总得分99分项目名称某某项目实施单位/项目负责人"
         "原州区农技中心/杨某自治区主管部门农业农村厅市县财政部门原州区财政局市县主管部门原州区农业农村局\n",
         "原州区农技中心"),
        ("项目绩效自评表\n实施单位/项目负责人 | 某某县种子管理站/李某 |\n主管部门 | 某某县农业农村局 |\n",
         "某某县种子管理站"),
    ],
)
def test_a_sheets_spending_or_implementing_unit_in_run_on_or_compound_fields(text, name):
    assert ident(text).department_name == name


def test_a_run_on_implementing_label_without_its_colon_is_not_read_as_a_field():
    # corpus 38 (武汉 青山区教育局's 绩效目标表, hand-read as the bureau's): 项目主管部门X局项目执行单位Y学校
    text = "绩效目标表\n项目名称 某某项目\n项目主管部门某某区教育局项目执行单位化工区学校\n"
    assert ident(text).department_name != "化工区学校"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # unseen 21n (河南 温县, traditional) and 10n (西安 鄠邑区): a government's report laid before its congress in
        # session — the 人大常委会 of 第X届 hears it, the 财政局 reports it
        ("關于溫縣2021年財政決算和2022年上半年財政預算執行情況的報告\n"
         "—— 2022年8月在溫縣第十五屆人大常委會第4次會議上\n溫縣財政局局長 唐芳\n主任、各位副主任、各位委員:\n",
         "温县财政局"),
        ("关于某某区2020年财政决算的报告\n——2021年7月28日在某某市某某区第十七届人民代表大会常务委员会第三次会议上\n"
         "某某区财政局\n", "某某区财政局"),
    ],
)
def test_a_congress_in_session_hears_a_report_and_never_publishes_it(text, name, tmp_path):
    page = tmp_path / "report.txt"  # (read as a file: a page in traditional characters is read in simplified)
    page.write_text(text + "2021年一般公共预算收入103200万元。\n", encoding="utf-8")
    assert parse_path(page).info.department_name == name


def test_a_county_body_after_a_conjunction_is_no_region():
    # unseen 20n (武汉 武昌区): 根据预算法等法律规定和区人大常委会… names the district's own congress, unnamed
    text = ("关于武昌区2022年财政决算的报告\n——在区第十六届人大常委会会议上\n区财政局局长\n"
            "现已完成决算编制工作,根据《中华人民共和国预算法》等法律规定和区人大常委会的安排,现报告如下。\n")
    name = ident(text).department_name or ""
    assert "规定" not in name and "人大常委会" not in name


def test_a_counties_prefecture_is_a_known_one_printed_before_it():
    # unseen 21n (内蒙古 杭锦旗): 关于鄂尔多斯市 杭锦旗2020年预算执行情况 — 鄂尔多斯市, not its last three characters
    text = ("(内蒙古自治区)关于鄂尔多斯市 杭锦旗2020年预算执行情况及2021年预算(草案)的报告\n杭锦旗财政局\n"
            "各位代表:\n")
    info = ident(text)
    assert (info.department_name, info.prefecture, info.county) == ("杭锦旗财政局", "鄂尔多斯市", "杭锦旗")
    variant = "关于阿拉善盟阿拉善左旗2021年决算的报告\n阿拉善左旗财政局\n"
    assert ident(variant).prefecture == "阿拉善盟"


@pytest.mark.parametrize(
    "text",
    [
        # unseen 21n (内蒙古 阿拉善盟, a news article): 全盟 / 盟本级 figures are a region's, as 全县 / 县本级
        "我盟公布2020年度财政收支“账单”阿拉善盟\n去年全年全盟一般公共预算收入累计完成310682万元,同比增加23188万元。\n",
        "某某盟2021年盟本级“三公”经费预算\n2021年盟本级“三公”经费预算数为1200万元。\n",
    ],
)
def test_a_leagues_own_figures_are_an_aggregate(text):
    assert ident(text).entity_kind == "aggregate"


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        # unseen 21n (四川 达州市本级, traditional) and 12g (绵竹): a 三公经费预算 page on its own is a budget
        ("根據(jù)《中華人民共和國預算法》有關(guān)規(guī)定,經(jīng)達州市財政局匯總,2021年市本級部門(單位)使用財政撥款"
         "安排“三公”經(jīng)費預算總額為3136萬元,較2020年的3178萬元減少42萬元,下降1.32%。\n", "budget"),
        ("2022年某某县“三公”经费预算总额为88万元,较上年减少2万元。\n", "budget"),
        ("2023年某某县“三公”经费决算情况\n2023年全县“三公”经费决算支出120万元。\n", "final_account"),
    ],
)
def test_a_three_public_page_is_of_the_kind_it_names(text, doc_type, tmp_path):
    page = tmp_path / "three-public.txt"
    page.write_text(text, encoding="utf-8")
    assert parse_path(page).info.doc_type == doc_type


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # unseen 21n (内蒙古 鄂温克族自治旗): the portal's 发布机构 names the bureau without its region; the report
        # names it whole below its title
        ("索引号: | 11152128011619466P/202503-00002 | 组配分类: | 旗本级 |\n发布机构: | 旗财政局 | 主题分类: | 财政 |\n"
         "关于鄂温克族自治旗2024年预算执行情况和2025年预算草案的报告\n——2025年 月 日在鄂温克族自治旗\n"
         "第十四届人民代表大会第 次会议上\n鄂温克族自治旗财政局\n各位代表:\n", "鄂温克族自治旗财政局"),
        ("发布机构:县财政局    发布日期:2024-03-01\n关于某某县2023年预算执行情况的报告\n某某县财政局\n各位代表:\n",
         "某某县财政局"),
    ],
)
def test_a_portals_publisher_without_its_region_yields_to_the_reports_own_name(text, name):
    assert ident(text).department_name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # unseen 21p (河北省商务厅, traditional, above its report's title) and 20n (上海市杨浦区人民政府): a provincial
        # body, or a district of a province-level city, named alone on a line of the head
        ("河北省商務廳\n2018-2020年電子商務建設專項資金績效評價報告\n發布機構: 財務處\n", "河北省商务厅"),
        ("关于杨浦区2020年决算的报告\n上海市杨浦区人民政府\n各位代表:\n", "上海市杨浦区人民政府"),
        ("四川省农业农村厅\n2023年项目支出绩效自评报告\n", "四川省农业农村厅"),
    ],
)
def test_a_provincial_body_named_alone_on_a_head_line(text, name, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(text + "本年预算资金100万元,执行率98%。\n", encoding="utf-8")
    assert parse_path(page).info.department_name == name


def test_a_portals_fields_printed_in_a_row_end_the_publishers_name():
    # unseen 21p (宁夏 兴庆区): 发布机构 X局 责任部门 X局 关 键 字 … on one line
    text = ("2022年项目支出绩效自评报告\n发布机构 兴庆区住房和城乡建设局 责任部门 兴庆区住房和城乡建设局 "
            "关 键 字 滨河家园垃圾转运站\n一、项目基本情况\n")
    assert ident(text).department_name == "兴庆区住房和城乡建设局"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # unseen 21p (河南 西平县): a portal's 来源 field names the office without its region; the title starts with
        # the year and the county
        ("2023年西平县农产品交易市场仓储基地建设项目绩效自评报告\n来源: 扶贫办 时间: 2023-12-26 浏览次数:\n"
         "一、绩效目标分解下达情况\n", "西平县扶贫办"),
        ("某某县2022年度乡村振兴项目绩效自评报告\n来源：农业农村局　时间：2023-02-01\n一、基本情况\n",
         "某某县农业农村局"),
        # unseen 13t (湖南 南岳): a 来源 naming a portal site names no body
        ("2017年部门整体支出绩效目标\n来源: 湖南省政府门户网站 时间: 2017-03-01\n一、部门职能\n", None),
    ],
)
def test_a_portals_source_field_names_the_body_under_the_titles_county(text, name):
    got = ident(text).department_name or ""
    if name is None:
        assert "网站" not in got
    else:
        assert got == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # unseen 21n (安徽 许镇镇): a page without a title opens with a sentence naming its town, year and kind
        ("许镇镇2020年“三公”经费决算数共计35.5万元,比上年预算数字下降35.45%,比上年决算数字下降34.26%;"
         "其中公务接待费15.5万元,比上年预算数字下降18.42%。\n", "许镇镇"),
        ("桃花乡2023年部门决算收入合计1200.5万元,比上年增加20万元,主要是人员经费增加,其他收入减少较多。\n", "桃花乡"),
        # unseen 20n (宣州 区直工委): an abbreviation opening a sentence further down names no publisher; the
        # full name printed below does
        ("".join(f"第{n}行说明文字。\n" for n in range(5))
         + "区直工委2020年一般公共预算“三公”经费支出预算为0.36万元,比2019年预算减少0.02万元,下降5.26%。"
         "其中:因公出国(境)费支出预算为0万元,公务接待费支出预算为0.36万元。\n"
         + "中共宣城市宣州区直属机关工作委员会\n2020年3月\n", "中共宣城市宣州区直属机关工作委员会"),
    ],
)
def test_a_page_opening_with_a_sentence_names_its_body_first(text, name):
    assert ident(text).department_name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # unseen 21n (湖南 沅陵县, a portal of the county government) and corpus 24 (江西 奉新县): a table titled
        # by the region, its year and kind holds the region's own figures — the region publishes them
        ("沅陵县人民政府门户网站 71584.cn 发布时间:2021-04-16 16:53\n沅陵县2021年“三公”经费预算财政拨款情况统计表 |\n"
         "单位:万 |\n", "沅陵县"),
        ("关于天津市红桥区2022年预算执行情况和2023年预算草案的报告\n各位代表:\n", "天津市红桥区"),
    ],
)
def test_a_title_naming_a_region_names_the_publisher_of_a_regions_figures(text, name):
    assert ident(text).department_name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # unseen 21p (宣城 公安局): the sheet's 实施单位 is a division of its 主管部门, named without a region
        ("项目支出绩效自评表\n(2021年度)\n项目名称 禁毒经费\n主管部门 宣城市公安局 实施单位 禁毒支队\n",
         "宣城市公安局"),
        ("项目支出绩效自评表\n项目名称 | 某某经费 |\n主管部门 | 某某县交通运输局 | 实施单位 | 综合规划股 |\n",
         "某某县交通运输局"),
        # a unit of its own (a school) stays the publisher, with or without its region
        ("项目支出绩效自评表\n主管部门 某某县教育局 实施单位 第一中学\n", "第一中学"),
        ("项目支出绩效自评表\n主管部门 某某县公安局 实施单位 某某县公安局交警大队\n", "某某县公安局交警大队"),
    ],
)
def test_an_internal_division_as_implementing_unit_yields_to_its_supervising_department(text, name):
    assert ident(text).department_name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # unseen 14p (岳阳 南湖新区): a 自评报告's head names its 项目单位; the form's maker (财政局(制)) is not it
        ("岳阳市南湖新区财政支出项目绩效评价自评报告\n项目名称 低保专项\n项目单位 南湖新区民政局\n主管部门\n"
         "岳阳市南湖新区财政局(制)\n", "南湖新区民政局"),
        ("某某县财政支出项目绩效评价自评报告\n项目名称:某某专项\n项目单位:某某县民政局\n", "某某县民政局"),
        ("绩效评价报告\n项目名称 | 某某专项 |\n项目单位 | 某某县卫生健康局 |\n", "某某县卫生健康局"),
    ],
)
def test_a_reports_project_unit_names_its_body(text, name):
    assert ident(text).department_name == name


@pytest.mark.parametrize(
    "text",
    [
        # unseen 20p (会宁 财政局's report on a grant): the body the money was used for is no publisher
        "2021年度,下达我县中央专项彩票公益金补助资金200万元,用于会宁县残疾人托养中心建设项目。\n",
        "现拨付给某某县残疾人联合会资金50万元,用于某某县康复中心建设。\n",
        "资金全部用在某某县第一中学改扩建。\n",
    ],
)
def test_the_body_money_is_used_for_is_no_publisher(text):
    named = ident(text).department_name
    assert named is None or ("中心" not in named and "中学" not in named and "联合会" not in named)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # unseen 20n (达川区中医医院): a page comparing its year with the one before in columns names no year in its
        # title; the later column is the page's
        ("达州市达川区中医医院财务信息公示\n单位:元\n项目及编号 2016年度 2017年度 2017比2016增减\n"
         "(一) 收入总计 58596771.09 117154424.7 58557653.59 99.93%\n", 2017),
        ("某某医院财务信息公示\n| 项目 | 2022年决算数 | 2023年决算数 | 增减 |\n| 收入总计 | 100 | 120 | 20 |\n", 2023),
        # one year column only: no comparison, nothing read from it here
        ("某某医院财务信息公示\n项目 2019年度 备注\n收入总计 100\n", 2019),
    ],
)
def test_a_pages_year_is_the_latest_of_its_year_columns(text, year):
    assert ident(text).fiscal_year == year


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # unseen 21n (涪陵区新妙镇): no title; the opening disclosing clause names the body, its year and kind
        ("按照《预算法》《预算法实施条例》及市政府、区政府关于推进政府信息公开工作部署和要求,现将涪陵区新妙镇2021年度"
         "“三公”经费决算情况公开如下。\n经汇总,2021年度全镇“三公”经费支出合计40.14万元。\n", "涪陵区新妙镇"),
        ("根据有关规定，现把某某县卫生健康局 2023 年度部门预算公开如下：\n一、部门基本情况\n", "某某县卫生健康局"),
    ],
)
def test_an_opening_disclosing_clause_names_its_body(text, name):
    assert ident(text).department_name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # unseen 15p (临湘市, a garbled report): a sentence's words run into the name the match takes; the name
        # starts at the run of known region names (seeds/regions.csv)
        ("2021年运行保障经费项目单位临湘市文化旅游广电局绩效自评报告说明。\n", "临湘市文化旅游广电局"),
        # (ident25: in a field or starting a sentence; 安排X开展, 由X组织实施 only mention it — none)
        ("专项资金安排单位梧州市农产品质量安全综合检测中心,开展检测。\n", "梧州市农产品质量安全综合检测中心"),
        ("经审核。江苏省镇江市卫生健康委员会负责组织实施。\n", "江苏省镇江市卫生健康委员会"),
        # a party organ keeps its 中共; a district the seed does not list keeps its whole prefix
        ("中共宣城市宣州区直属机关工作委员会\n", "中共宣城市宣州区直属机关工作委员会"),
        ("岳阳市南湖新区民政局\n", "岳阳市南湖新区民政局"),
    ],
)
def test_a_names_region_starts_at_known_region_names(text, name):
    assert ident(text).department_name == name


@pytest.mark.parametrize(
    "text", ["我县财政工作在县委的领导下,县财政局认真执行预算。\n", "本市各部门要按照要求开展工作。\n"]
)
def test_an_unnamed_level_is_no_region(text):
    named = ident(text).department_name
    assert named is None or not named.startswith(("我县", "本市"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # unseen 22n (万源市竹峪镇中心小学校): a town's central school is named past its 中心
        ("万源市竹峪镇中心小学校是一所农村完全小学校,位于万源市西北。\n2018年万源市竹峪镇中心小学校收入预算总额为516.63万元。\n",
         "万源市竹峪镇中心小学校"),
        ("某某县某某镇中心卫生院主要职责是提供基本医疗服务。\n某某县某某镇中心卫生院2023年度收入总计100万元。\n",
         "某某县某某镇中心卫生院"),
        # a 中心 of its own stays one (a 中心's 校对 is no school)
        ("某某县政务服务中心负责全县政务服务工作。\n", "某某县政务服务中心"),
    ],
)
def test_a_towns_central_school_is_named_past_its_centre(text, name):
    assert ident(text).department_name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a kindergarten's monitoring report under its publisher's portal fields (unseen 23p 06) and variants
        ("泸县城北幼儿园 2023年度部门事中绩效监控报告\n\n来源:泸县教育和体育局 发布时间:2023-10-12 08:28:34\n",
         "泸县城北幼儿园"),
        ("来源：合江县教育和体育局\n合江县第二幼儿园2022年度项目事前绩效评估报告\n", "合江县第二幼儿园"),
        ("江阳区城西小学2021年度部门整体支出事后绩效评价报告\n发布机构 | 江阳区教育局 |\n", "江阳区城西小学"),
    ],
)
def test_a_title_naming_a_stage_of_performance_work_names_the_body(text, name):
    """事前 / 事中 / 事后 between the kind's words (部门事中绩效监控报告) keep the title a title: the body it names
    publishes the page, not the portal's 来源 / 发布机构."""
    assert ident(text).department_name == name


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a 2016 report whose first sentence cites the 2017 notices it answers (unseen 23p 11) and variants
        ("某某学校\n2016年学生资助专项项目绩效评价报告\n根据省财政厅《关于开展2017年预算绩效管理工作的通知》"
         "(琼财绩〔2017〕460号)的文件精神和要求,对预算项目开展绩效自评。\n", 2016),
        ("2021年度项目支出绩效自评报告\n按照《XX县财政局关于做好2022年部门预算编制工作的意见》要求,"
         "现报告如下。\n", 2021),
        ("根据《2023 年预算绩效管理办法》，现将2022年度绩效自评情况报告如下：\n", 2022),
    ],
)
def test_a_cited_notices_year_is_not_the_documents(text, year):
    assert ident(text).fiscal_year == year


# unseen 10p (a 区's 项目自评表 head on one line): the filling unit's 单位名称, then the day it filled the sheet in,
# then 主管部门 and the 项目实施单位 that spent the funds — the sheet is the filling unit's
SHANGWU_HEAD = (
    "2020 年市级服务贸易发展资金项目自评表 单位名称:区商务局 填报日期:2021 年 4 月 22 日 项目名称 2020 年市级服务贸易"
    "发展资金 主管部门 区商务局 项目类别 1、部门预算项目 2、区直专项 项目实施单位 投资促进中心 □ 3、一次性项目\n"
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (SHANGWU_HEAD, "区商务局"),
        (SHANGWU_HEAD.replace(" ", "").replace(":", "："), "区商务局"),  # run together, full-width colons
        ("项目支出绩效自评表\n单位名称：某某县文化馆填报时间：2023年3月1日\n项目实施单位：某某县图书馆\n",
         "某某县文化馆"),
    ],
)
def test_a_sheets_filling_unit_named_before_its_filling_date_publishes_it(text, name):
    assert ident(text).department_name == name


# unseen 11p (湖南 衡山 贯塘乡, the 自评 report's title names the township alone; its 单位编码 line names it under its
# county), 16n (天津 红桥区: 关于红桥区… in one heading, 关于天津市红桥区… in another), 20p (六安市文旅局 in the title,
# 六安市文化和旅游局 in the text), 11p (昌宁县供销社, its full name printed below): the body as printed in full
GUANTANG = "2023年贯塘乡人民政府决算绩效自评报告\n一、部门概况\n单位编码:411001-衡山县贯塘乡人民政府2023年\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (GUANTANG, "衡山县贯塘乡人民政府"),
        (GUANTANG.replace("411001-", "411001 "), "衡山县贯塘乡人民政府"),  # a space, not a dash, after the code
        (GUANTANG.replace("单位编码:411001-衡山县", "(湖南省衡山县"), "湖南省衡山县贯塘乡人民政府"),
        (GUANTANG.replace("衡山县", "某某县"), "贯塘乡人民政府"),  # no known region name: nothing completed
        ("(天津市)关于红桥区2022年预算执行情况和2023年预算草案的报告\n关于天津市红桥区2022年预算执行情况\n",
         "天津市红桥区"),
        ("六安市文旅局2021年度项目支出绩效自评报告\n六安市文化和旅游局 2021年\n", "六安市文化和旅游局"),
        ("六安市文旅局2021年度项目支出绩效自评报告\n六安市 文化和旅游局\n", "六安市文化和旅游局"),  # spaced apart
        ("六安市文旅局2021年度项目支出绩效自评报告\n文化和旅游局\n", "六安市文旅局"),  # not under its region
        ("昌宁县供销社2022年度项目支出绩效自评表\n单位:昌宁县供销合作社联合社\n", "昌宁县供销合作社联合社"),
    ],
)
def test_a_name_printed_short_is_the_body_its_text_prints_in_full(text, name):
    assert ident(text).department_name == name


# A region's own accounts issued, titled or posted by its government (or the government's office) are the accounts
# the region's finance bureau compiles or reports — the department they are disclosed under: unseen 22n (红河县本级,
# 发布机构 the government's office, 经红河县财政局汇总), 10n (泉港区人民政府's 议案, 现委托区财政局向区人大常委会报告)
# and corpus 10 (2021年华容县政府决算公开, signed 县财政局局长).
HONGHE_BENJI = (
    "-\n索引号20240913-145937-396\n-\n发布机构红河县人民政府办公室\n-\n文号\n-\n发布日期2022-08-30\n"
    "2021年红河县本级“三公”经费决算情况说明\n根据《预算法》的有关规定,经红河县财政局汇总,红河县人民政府审定,"
    "红河县本级2021年度“三公”经费决算情况如下:\n"
)
QUANGANG = (
    "发布机构:泉州市泉港区人民政府\n泉州市泉港区人民政府关于提请审议2023年泉港区财政收支决算草案的议案\n"
    "泉港区人大常委会:\n2023年泉港区财政收支决算草案已编制完成,根据《中华人民共和国预算法》规定,"
    "现委托区财政局向区人大常委会报告,请予以审议。\n"
)
HUARONG = "2021年华容县政府决算公开\n目 录\n第一部分 决算报告\n关于华容县2021年财政决算的报告\n县财政局局长 丁乙\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (HONGHE_BENJI, "红河县财政局"),
        (HONGHE_BENJI.replace("经红河县财政局汇总", "经县财政局汇总"), "红河县财政局"),  # the bureau by its level alone
        (HONGHE_BENJI.replace("发布机构红河县", "发布机构:红河县").replace(",", ","), "红河县财政局"),
        # a government issuing the accounts in its own name (X人民政府关于提请审议…的议案, as 26x's hand-read 泉港区
        # and the corpus's 丰都县人民政府关于2021年决算情况的报告): the government's, the bureau only reports them for
        # it
        (QUANGANG, "泉州市泉港区人民政府"),
        (QUANGANG.replace("现委托区财政局向", "现委托泉港区财政局向"), "泉州市泉港区人民政府"),  # its county named
        (QUANGANG.replace("关于提请审议", "关于").replace("的议案", "的报告"), "泉州市泉港区人民政府"),
        # the same accounts posted by the government without issuing them (no 关于 after its name): the bureau's
        (QUANGANG.replace("人民政府关于提请审议", "").replace("的议案", ""), "泉州市泉港区财政局"),
        (HUARONG, "华容县财政局"),
        (HUARONG.replace("县财政局局长 丁乙", "华容县财政局局长:丁乙"), "华容县财政局"),
        # another county's bureau is not this region's
        (HONGHE_BENJI.replace("经红河县财政局汇总", "经元阳县财政局汇总"), "红河县人民政府办公室"),
        # a department's own accounts name their department, whoever signs
        ("红河县教育局2021年度部门决算\n红河县财政局局长 某某\n", "红河县教育局"),
    ],
)
def test_a_regions_accounts_are_disclosed_under_the_bureau_compiling_them(text, name):
    assert ident(text).department_name == name


# unseen 10p (陕西 清涧): a finance bureau's notice sent to one body (县交通局:), its sheet attached below the head
# (实施单位 清涧县交通运输局, one cell per line): the sheet is the addressee's, the bureau only allocates the funds
QINGJIAN_HEAD = (
    "清涧县财政局关于提前下达2021年中央财政专项扶贫资金(发展资金)的通知\n清财农发[2020]104号\n清涧县财政局\n"
    "关于提前下达2021年中央财政专项扶贫资金(发展资金)的通知\n县交通局:\n根据有关文件精神,现将产业建设资金500万元下达你们。\n"
    "清涧县财政局\n2020年12月14日\n附表1:2021年中央财政专项扶贫资金绩效表\n" + "|\n" * 24
)
QINGJIAN_SHEET = (
    "绩效目标申报表 |\n项目名称 |\n果园路 |\n主管部门 |\n清涧县交通运输局 |\n实施单位 |\n清涧县交通运输局 |\n"
)


def test_a_finance_bureaus_notice_to_one_body_is_the_bodys_sheet():
    pages = Path(__file__).parent / "fixtures" / "pages"
    assert parse_path(pages / "qingjian-2021-targets.txt").info.department_name == "清涧县交通运输局"
    assert ident(QINGJIAN_HEAD + QINGJIAN_SHEET).department_name == "清涧县交通运输局"
    # the salutation with a full-width colon; the sheet's cells on one row with pipes
    one_row = "主管部门 | 清涧县交通运输局 | 实施单位 | 清涧县交通运输局 |\n"
    assert ident(QINGJIAN_HEAD.replace("县交通局:", "县交通局：") + one_row).department_name == "清涧县交通运输局"
    # a notice to every budget unit stays the bureau's, whatever sheet follows
    assert ident(QINGJIAN_HEAD.replace("县交通局:", "各预算单位:") + QINGJIAN_SHEET).department_name == "清涧县财政局"


# unseen 14p (广东 乐昌, a finance bureau's page: the allocation table, then the targets table naming 韶关市财政局 as
# the city's 财政部门): the funds go to one body alone, the targets attached are its own
LECHANG = (
    "附件1 |\n2018年中职学校国家助学金和免学费补助资金安排表 |\n单位:元 |\n"
    "单 位 | 全年中央补助资金 | 其中:免学费补助 | 其中:国家助学金 |\n"
    "小计 | 提前下达 | 本次下达 | 小计 | 提前下达 | 本次下达 |\n"
    "乐昌市中等职业技术学校 | 7,548,150 | 7,074,550 | 6,728,925 | 345,625 | 473,600 | 414,400 | 59,200 |\n"
    "附件2 |\n中等职业学校国家助学金和免学费补助资金绩效目标表 |\n(2018年度) |\n"
    "市级财政部门 | 韶关市财政局 | 市级主管部门 | 韶关市教育局 |\n"
    "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |\n产出指标 | 数量指标 | 应受助学生数 | 100% |\n"
)
OTHER_ROW = "乐昌市第一中学 | 100 | 80 | 60 | 20 | 20 | 10 | 10 |\n"


def test_a_finance_bureaus_targets_allocated_to_one_body_are_the_bodys():
    pages = Path(__file__).parent / "fixtures" / "pages"
    info = parse_path(pages / "lechang-zzxx-2018-aid-allocation-two-row-header.txt").info
    assert info.department_name == "乐昌市中等职业技术学校"
    assert parse_text(LECHANG).department_name == "乐昌市中等职业技术学校"
    assert parse_text(LECHANG.replace(" | ", "\t")).department_name == "乐昌市中等职业技术学校"  # tab cells
    # two bodies funded: the table does not tell whose the targets are
    two = LECHANG.replace("附件2", OTHER_ROW + "附件2")
    assert parse_text(two).department_name == "韶关市财政局"


def parse_text(text: str):
    from ingest.document import parse_lines

    return parse_lines(split_lines(text), source_name="x.txt")[0]
