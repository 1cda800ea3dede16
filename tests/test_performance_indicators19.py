"""Indicator rows the performance batches missed, read by their structure (the header's column cells and
the level labels) wherever a reader meets them: each rule on its real page and on a variant written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from _performance_helpers import parsed_page

from ingest.document import parse_path
from ingest.records import Indicator, ParseWarning

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _read(records) -> dict[str, Indicator]:
    return {i.level3_name: i for i in records if isinstance(i, Indicator)}


def _page(name: str) -> dict[str, Indicator]:
    return _read(parse_path(PAGES / name).all_records)


# ---------------------------------------------------------------- 1. levels spelled 值 under 一级 | 二级 | 三级


def test_real_page_levels_spelled_with_value_word():
    # 临邑县 (unseen 15p/07): 一级 / 二级 / 三级 / 年度数值 / 备注, then 产出值 / 数量值 / 小学就读人数 / <=6962人,
    # one cell per line — the template spells the levels' 指标 as 值
    read = _page("linyi-sfsx-2025-project-targets-value-spelled-levels.txt")
    pupils = read["小学就读人数"]
    assert (pupils.level1_name, pupils.level2_name, pupils.target_raw, pupils.source_line) == (
        "产出指标", "数量指标", "<=6962人", 54)
    assert (pupils.target_operator, pupils.target_value, pupils.target_unit) == ("<=", Decimal(6962), "人")
    cost = read["义务教育小学生均公用经费"]  # (780元/生/年 then 效益值: a value, then the next level)
    assert (cost.level2_name, cost.target_raw, cost.source_line) == ("成本指标", "780元/生/年", 78)
    assert (cost.target_value, cost.target_unit) == (Decimal(780), "元/生/年")
    assert (read["教育均衡化发展"].level2_name, read["教育均衡化发展"].target_raw) == ("时效指标", "有效")
    benefit = read["学生受益情况"]
    assert (benefit.level1_name, benefit.level2_name, benefit.target_raw) == ("效益指标", "可持续影响指标", "=100%")
    # the page's footer after the table (内容保障 | 公务邮箱): no indicator
    assert "内容保障" not in read and "临邑县人民政府主办" not in read


def test_levels_spelled_value_and_target_variant_pipe_rows():
    # a variant: the same template as pipe rows, full-width pipes, 目标 for 指标 in the level cells
    records = parsed_page("\n".join([
        "某县2024年项目绩效目标表",
        "项目名称｜某县义务教育公用经费",
        "一级｜二级｜三级｜年度数值｜备注",
        "产出目标｜数量目标｜初中就读人数｜≥1200人｜",
        "｜质量目标｜教学设备完好率｜≥95%｜",
        "效益目标｜社会效益目标｜义务教育巩固率｜100%｜",
    ]))
    read = _read(records)
    assert (read["初中就读人数"].level1_name, read["初中就读人数"].level2_name, read["初中就读人数"].target_raw) == (
        "产出指标", "数量指标", "≥1200人")
    assert (read["教学设备完好率"].level2_name, read["教学设备完好率"].target_raw) == ("质量指标", "≥95%")
    assert (read["义务教育巩固率"].level2_name, read["义务教育巩固率"].target_raw) == ("社会效益指标", "100%")


def test_levels_spelled_value_variant_blank_lines_between_cells():
    # a variant: one cell per line with two blank lines after each (a copy that spaces its lines)
    cells = ["某县项目绩效目标表", "一级", "二级", "三级", "年度数值", "备注",
             "产出值", "数量值", "资助学生人数", "≥350人", "成本值", "生均补助标准", "1000元/生/年"]
    read = _read(parsed_page("\n\n\n".join(cells)))
    assert (read["资助学生人数"].level1_name, read["资助学生人数"].level2_name, read["资助学生人数"].target_raw) == (
        "产出指标", "数量指标", "≥350人")
    assert (read["生均补助标准"].level2_name, read["生均补助标准"].target_raw) == ("成本指标", "1000元/生/年")


def test_one_cell_per_line_table_ends_at_a_footer_of_several_cells_variant():
    # a variant: the national header one cell per line, then the site's footer as pipe and space rows
    cells = ["项目绩效目标表", "一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标", "培训人数",
             "≥200人次", "效益指标", "社会效益指标", "群众知晓率", "≥90%",
             "网站地图 | 联系我们", "主办单位 | 某县人民政府办公室"]
    read = _read(parsed_page("\n\n".join(cells)))
    assert {name: i.target_raw for name, i in read.items()} == {"培训人数": "≥200人次", "群众知晓率": "≥90%"}


def test_value_spelled_cells_are_no_levels_without_the_short_header():
    # a national header (一级指标 …): a name ending in 值 stays a name, never a level
    records = parsed_page("\n".join([
        "项目绩效目标表",
        "一级指标 | 二级指标 | 三级指标 | 指标值",
        "产出指标 | 数量指标 | 产出值 | ≥100万元",
    ]))
    assert [(i.level2_name, i.level3_name, i.target_raw) for i in records if isinstance(i, Indicator)] == [
        ("数量指标", "产出值", "≥100万元")]


# ---------------------------------------------------------------- 2. a level with its note, a 其中 name


def test_real_page_level_wrapped_with_note_and_part_name():
    # 原州区自然资源局 (unseen 16p/10, 16t/06): 社会效益 指标 (必填) | 受益人数(人) | 132 — the level's cell
    # wrapped at a space with its bracketed note; 其中:实施新造林总面积(亩) | 30000 — a part of the row above
    read = _page("yuanzhou-zrzyj-2022-project-targets-bracketed-units.txt")
    people = read["受益人数(人)"]
    assert (people.level1_name, people.level2_name, people.target_raw, people.source_line) == (
        "效益指标", "社会效益指标", "132", 23)
    part = read["其中:实施新造林总面积(亩)"]
    assert (part.level2_name, part.target_raw, part.target_unit, part.source_line) == ("数量指标", "30000", "亩", 16)
    assert "社会效益 指标 (必填)" not in read


def test_level_with_note_variant_tabs_and_full_width_brackets():
    # a variant: tab-separated cells, full-width brackets, the note after a space
    records = parsed_page("\n".join([
        "项目支出绩效目标申报表",
        "项目名称\t某县造林项目",
        "绩效指标\t一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标 （必填）\t造林面积（亩）\t1200",
        "\t\t其中：人工造林面积（亩）\t800",
        "效益指标\t生态效益 指标 （选填）\t森林覆盖率提高（%）\t0.5",
    ]))
    read = _read(records)
    assert (read["其中:人工造林面积(亩)"].level2_name, read["其中:人工造林面积(亩)"].target_raw) == ("数量指标", "800")
    assert (read["森林覆盖率提高(%)"].level2_name, read["森林覆盖率提高(%)"].target_raw) == ("生态效益指标", "0.5")


# ---------------------------------------------------------------- 3. 实际完成指标值: an actual column


def test_real_page_actual_column_named_with_indicator_word():
    # 安居区市场监管局 (unseen 16p/05), one cell per line: 年度指标值 / 实际完成指标值 — the actual's column;
    # each row's actual read, and no cell read as a name (已完成 with a target 5 before)
    read = _page("anju-scjgj-2021-transfer-region-selfeval.txt")
    rate = read["指标2:违法案件查办率"]
    assert (rate.target_raw, rate.actual_raw, rate.source_line, rate.value_lines) == ("100%", "100%", 116, "actual=118")
    accident = read["指标1:辖区内与补助资金相关的重大食品安全监管责任事故发生数"]
    assert (accident.target_raw, accident.actual_raw) == ("0次", "0次")
    assert "已完成" not in read and "实际完成指标值" not in read
    # the number after each actual stands in a column no header cell names: left out, never a target
    assert all(i.weight is None and i.score is None for i in read.values())


def test_actual_column_named_with_indicator_word_variant_pipes():
    records = parsed_page("\n".join([
        "区域绩效目标自评表",
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成指标值 | 得分",
        "产出指标 | 数量指标 | 检查企业户数 | ≥300户 | 320户 | 10",
        "| 时效指标 | 资金拨付及时率 | 100% | 95% | 8",
    ]))
    read = _read(records)
    assert (read["检查企业户数"].target_raw, read["检查企业户数"].actual_raw, read["检查企业户数"].score) == (
        "≥300户", "320户", Decimal(10))
    assert (read["资金拨付及时率"].actual_raw, read["资金拨付及时率"].score) == ("95%", Decimal(8))


# ---------------------------------------------------------------- 4. a unit in Latin letters


def test_real_page_target_with_latin_unit():
    # 湘潭市环卫处 (unseen 16t/11), one cell per line: 雾炮车风炮射程 / 80M / 计划标准
    read = _page("xiangtan-hwc-2024-project-targets-latin-unit.txt")
    reach = read["雾炮车风炮射程"]
    assert (reach.target_raw, reach.target_value, reach.target_unit, reach.source_line) == (
        "80M", Decimal(80), "米", 100)


def test_latin_unit_variant_pipes_lower_case():
    records = parsed_page("\n".join([
        "项目绩效目标表",
        "一级指标 | 二级指标 | 三级指标 | 指标值",
        "产出指标 | 数量指标 | 新建排水沟长度 | ≥ 1300 m",
        "| | 道路拓宽 | 15km",
    ]))
    read = _read(records)
    assert (read["新建排水沟长度"].target_operator, read["新建排水沟长度"].target_value,
            read["新建排水沟长度"].target_unit) == (">=", Decimal(1300), "米")
    assert (read["道路拓宽"].target_value, read["道路拓宽"].target_unit) == (Decimal(15), "公里")


# ---------------------------------------------------------------- 5. rows without their header, split targets


def test_real_page_rows_without_header_split_targets():
    # 大英县医疗保障局 (unseen 15p/09): the excerpt opens on the table's rows, no header above —
    # 成本指标 | 城乡居民参保网络宣传成本预算 | ≤ | 101400 | 元 | 5: the target is its three cells
    records = parse_path(PAGES / "daying-ybj-2023-selfeval-headless-split-targets.txt").all_records
    read = _read(records)
    cost = read["城乡居民参保网络宣传成本预算"]
    assert (cost.target_raw, cost.target_operator, cost.target_value, cost.target_unit, cost.source_line) == (
        "≤101400元", "<=", Decimal(101400), "元", 3)
    assert read["城乡居民参保网络宣传群众知晓率"].target_raw == "=100%"
    assert read["城乡居民参保人员满意度"].target_raw == "≥90%"
    # the excerpt's first row, its level cells merged above the page: read with the rows below it
    first = read["城乡居民医保参保工作经费发放及时率"]
    assert (first.target_raw, first.source_line, first.level1_name) == ("=100%", 2, None)
    # the figure after the target (权重 in that template, but no header says so): left out, with a warning
    assert all(i.weight is None and i.score is None and i.actual_raw is None for i in read.values())
    assert "城乡居民医保参保机制健全性" not in read  # (定性 | 优良中低差: no target cells)
    assert any(isinstance(w, ParseWarning) and "without their table's header" in w.message for w in records)


def test_rows_without_header_variant_full_width_and_no_unit_cell():
    records = parsed_page("\n".join([
        "（续上页）",
        "数量指标｜培训人次｜≥｜500｜人次｜10｜",
        "｜开展宣传活动｜＝｜12｜｜10｜",
        "满意度指标｜服务对象满意度｜≥｜90｜%｜10｜",
        "合计｜100｜",
    ]))
    read = _read(records)
    assert read["培训人次"].target_raw == "≥500人次"
    assert read["开展宣传活动"].target_raw == "=12"
    assert read["服务对象满意度"].target_raw == "≥90%"
    assert all(i.weight is None for i in read.values())


# ---------------------------------------------------------------- 6. run together: 分值 and 得分 after the actual


def test_real_page_run_together_points_after_the_actual():
    # 新洲区楚剧团 (unseen 15p/13), a sheet flattened onto lines: 年度指标值 | 实际完成值 | 分值 | 得分 —
    # 更新剧团老化、损坏的音50件50件2020 is 50件 | 50件 | 20 | 20 (a 分值 of 202 would pass the 总分 100),
    # 演出设备成本…2万元2万元2018 is 2万元 | 2万元 | 20 | 18; 指标2:总分10098 ends the table, no indicator
    records = parse_path(PAGES / "xinzhou-whlyj-2020-selfeval-run-together.txt").all_records
    rows = [(i.level2_name, i.target_raw, i.actual_raw, i.weight, i.score, i.source_line)
            for i in records if isinstance(i, Indicator)]
    assert ("数量指标", "50件", "50件", Decimal(20), Decimal(20), 3) in rows
    assert ("成本指标", "2万元", "2万元", Decimal(20), Decimal(18), 4) in rows
    assert ("服务对象满意度指标", "100%", "100%", Decimal(20), Decimal(20), 4) in rows
    assert not any(i.level3_name.endswith("总分") for i in records if isinstance(i, Indicator))


def test_run_together_points_after_the_actual_variant():
    # a variant: the rows on a line each, full-width %, a 分值 of one digit; an unsplittable row left out
    records = parsed_page("\n".join([
        "项目支出绩效自评表",
        "项目名称 某县文化惠民工程",
        "一级 指标二级 指标三级指标年度指标值实际完成值分 值得 分",
        "产出指标数量指标送戏下乡场次≥30场32场1010质量指标演出合格率100％100％55",
        "效益指标社会效益指标群众满意度≥90％95％2018",
        "总分10093",
    ]))
    rows = {i.level3_name: (i.target_raw, i.actual_raw, i.weight, i.score)
            for i in records if isinstance(i, Indicator)}
    assert rows["送戏下乡场次"] == ("≥30场", "32场", Decimal(10), Decimal(10))
    assert rows["演出合格率"] == ("100%", "100%", Decimal(5), Decimal(5))
    assert rows["群众满意度"] == ("≥90%", "95%", Decimal(20), Decimal(18))


# ---------------------------------------------------------------- 7. a table reader's rows without figures


def test_real_page_rows_the_table_reader_could_not_place():
    # 大英县司法局 (unseen 11p/03): the page opens on a previous table's row (成本控制数 | ≤ | 30 | 万元 | 完成 |
    # 90 | 90) and ends on a row cut after its target; the grid reader read the cut row's name alone, which
    # kept the stream reader (that reads both rows' cells in order) from running
    read = _read(parse_path(PAGES / "daying-sfj-2023-selfeval-pipe-cut-rows.txt").all_records)
    cost = read["成本控制数"]
    assert (cost.target_raw, cost.actual_raw, cost.weight, cost.score, cost.source_line) == (
        "≤30万元", "完成", Decimal(90), Decimal(90), 3)
    assert read["完成安可产品购买并按要求支付资金"].target_raw == "=100"


def test_nanchong_cut_row_reads_its_target():
    # 南充市林业局 (unseen 16p/01): | 产出指标 | 数量指标 | 会议培训举办次数(次) | ≥ | 1 | 次 | 1 — cut there
    read = _page("nanchong-lyj-2023-selfeval-pipe.txt")
    meetings = read["会议培训举办次数(次)"]
    assert (meetings.target_raw, meetings.target_value, meetings.target_unit, meetings.source_line) == (
        "≥1次", Decimal(1), "次", 15)


def test_rows_the_table_reader_could_not_place_variant_tabs():
    # a variant: tab-separated, the table cut in its first indicator row after the 完成值
    records = parsed_page("\n".join([
        "部门预算项目支出绩效自评表(2023年度)",
        "项目名称\t某县法律援助经费",
        "主管部门\t某县司法局\t实施单位\t某县司法局",
        "预算执行情况(10分)\t年度预算数(万元)\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分",
        "总额\t5.00\t5.00\t5.00\t100.00%\t10\t10",
        "绩效指标(90分)\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分",
        "\t产出指标\t数量指标\t办理法律援助案件\t≥\t50\t件\t62",
    ]))
    read = _read(records)
    assert read["办理法律援助案件"].target_raw == "≥50件"
    assert read["办理法律援助案件"].weight is None and read["办理法律援助案件"].score is None


def test_rows_without_header_variant_tabs_spaces_and_markdown():
    # the same rows between tabs, lined up with spaces, and as a Markdown table
    rows = [["", "工作经费发放及时率", "=", "100", "%", "5"],
            ["成本指标", "宣传成本预算", "≤", "101400", "元", "5"],
            ["", "工作经费发放成本", "=", "1", "元/人", "5"],
            ["满意度指标", "服务对象满意度指标", "参保人员满意度", "≥", "90", "%", "10"]]
    printed = {
        "tabs": ["\t".join(row) for row in rows],
        "spaces": ["    ".join(cell for cell in row if cell) for row in rows],
        "markdown": ["| " + " | ".join(row) + " |" for row in rows],
    }
    for name, lines in printed.items():
        read = _read(parsed_page("\n".join(["（续表）", *lines, "合计 | 100"])))
        assert read["宣传成本预算"].target_raw == "≤101400元", name
        assert read["参保人员满意度"].target_raw == "≥90%", name
        assert all(i.weight is None and i.score is None for i in read.values()), name
        assert read["工作经费发放成本"].target_raw == "=1元/人", name
        assert read["工作经费发放及时率"].target_raw == "=100%", name


# ---------------------------------------------------------------- 8. run together: the template's row numbers


def test_real_page_run_together_numbered_rows():
    # 原州区农技中心 (unseen 13p/08), flattened: 分值 | 年度指标值 | 全年实际值 | 得分 — 指标1免费发放原原种8550万粒
    # 550万粒8 is 8 | 550万粒 | 550万粒 | 8 (the template's 指标1 before the name; a unit in ten thousands);
    # 指标12021年11月30日前完成资金支付811月底完成100%100%8 (its target words after the 分值) is left out, where it
    # was read 分值 10 | 0% | 100% | 8
    records = parse_path(PAGES / "yuanzhou-njzx-2022-selfeval-ocr.txt").all_records
    read = _read(records)
    seeds = read["指标1免费发放原原种"]
    assert (seeds.target_raw, seeds.actual_raw, seeds.weight, seeds.score, seeds.source_line) == (
        "550万粒", "550万粒", Decimal(8), Decimal(8), 5)
    assert (seeds.target_value, seeds.target_unit) == (Decimal(550), "万粒")
    assert read["指标2企业自行采购"].target_raw == "200万粒"
    assert not any(i.target_raw == "0%" for i in read.values())


def test_run_together_numbered_rows_variant():
    # a variant: 指标1: with a colon, full-width, a unit in ten thousands (万亩), the next row's number run on
    records = parsed_page("\n".join([
        "项目绩效目标自评表",
        "项目名称：某县高标准农田建设",
        "一级指标二级指标三级指标分值年度指标值全年实际值得分",
        "产出指标数量指标指标1：新建高标准农田101.2万亩1.2万亩10指标2：改造灌溉渠道1030公里30公里9",
    ]))
    read = _read(records)
    assert (read["指标1:新建高标准农田"].target_raw, read["指标1:新建高标准农田"].weight,
            read["指标1:新建高标准农田"].score) == ("1.2万亩", Decimal(10), Decimal(10))
    assert (read["指标2:改造灌溉渠道"].actual_raw, read["指标2:改造灌溉渠道"].score) == ("30公里", Decimal(9))


# ---------------------------------------------------------------- 9. a name with a note in brackets


def test_real_page_name_with_a_formula_note():
    # unseen 10p/12: …效益指标经济效益指标结余率(计算方法为:结余数/预算数)≤5% 22.5 — the note's colon and slash
    # kept the name from being read; the 22.5 after it, under no header, is left out
    read = _page("dyrmt-selfeval-flattened-noted-name.txt")
    rate = read["结余率(计算方法为:结余数/预算数)"]
    assert (rate.level2_name, rate.target_raw, rate.target_operator, rate.target_value, rate.weight) == (
        "经济效益指标", "≤5%", "<=", Decimal(5), None)
    assert read["足额保障率"].target_raw == "=100%"


def test_name_with_a_formula_note_variant_pipes_full_width():
    records = parsed_page("\n".join([
        "项目绩效目标表",
        "一级指标 | 二级指标 | 三级指标 | 指标值",
        "产出指标 | 质量指标 | 资金结余率（计算方法：结余数／预算数） | ≤5%",
        "效益指标 | 社会效益指标 | 惠及人口（单位：人） | ≥1200人",
    ]))
    read = _read(records)
    assert read["资金结余率(计算方法:结余数/预算数)"].target_raw == "≤5%"
    assert read["惠及人口(单位:人)"].target_raw == "≥1200人"


# ---------------------------------------------------------------- 10. the same rows re-printed


def test_level_note_between_spaces_variant():
    # 原州区自然资源局's rows lined up with spaces: the level's note a cell of its own, no indicator
    records = parsed_page("\n".join([
        "项目支出绩效目标申报表",
        "绩 效 指 标    一级指标    二级指标                三级指标                        指标值",
        "产出指标        数量指标 (必填硬性指标)    实施营造林总面积(亩)            80000",
        "                质量指标 (必填)            苗木成活率(≥**%)                85",
    ]))
    read = _read(records)
    assert (read["实施营造林总面积(亩)"].level2_name, read["实施营造林总面积(亩)"].target_raw) == ("数量指标", "80000")
    assert (read["苗木成活率(≥**%)"].level2_name, read["苗木成活率(≥**%)"].target_raw) == ("质量指标", "85")
    assert not any(name.startswith("(") for name in read)


def test_rows_without_header_markdown_first_row_over_its_rule():
    # a Markdown table of the excerpt: its rule under the first row (a row whose level cells are merged above)
    records = parsed_page("\n".join([
        "| 工作经费发放及时率 | = | 100 | % | 5 |",
        "|---|---|---|---|---|",
        "| 成本指标 | 宣传成本预算 | ≤ | 101400 | 元 | 5 |",
    ]))
    read = _read(records)
    assert read["工作经费发放及时率"].target_raw == "=100%"
    assert read["宣传成本预算"].target_raw == "≤101400元"


def test_one_cell_per_line_cells_opened_by_pipes_and_rules_variant():
    # 荣昌区林业局's target rows one cell per line (unseen 15p/03) re-printed with each row's last cell
    # opened by a pipe and a Markdown rule under it: the rule no cell, the pipe no part of the figure
    records = parsed_page("\n".join([
        "项目绩效目标表", "项目名称 |", "公路绿化项目 |",
        "一级指标 |", "二级指标 |", "三级指标 |", "计量单位 |", "指标性质 |", "指标值 |", "|",
        "产出指标 |", "数量指标 |", "绿化美化公路 |", "米 |", "= |", "| 3500 |  |", "|---|---|", "|",
        "质量指标 |", "树木成活率 |", "% |", "≥ |", "| 85 |  |", "|---|---|", "|",
    ]))
    read = _read(records)
    assert read["绿化美化公路"].target_raw == "=3500米"
    assert read["树木成活率"].target_raw == "≥85%"
    assert "---" not in read


# ---------------------------------------------------------------- 11. the national self-evaluation sheet, every layout

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
ROWS = [
    ["产出指标", "数量指标", "新建村级道路", "≥12公里", "12.5公里", "20", "20", ""],
    ["", "质量指标", "工程验收合格率", "100%", "100%", "20", "20", ""],
    ["", "时效指标", "项目完成及时率", "≥95%", "90%", "10", "8", "雨季延误"],
    ["效益指标", "社会效益指标", "受益群众人数", "≥3000人", "3200人", "20", "20", ""],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "96%", "30", "30", ""],
]
SHEET_HEAD = ["项目支出绩效自评表", "（2023年度）", "项目名称 | 某县村级道路建设"]


def _sheet_rows(records) -> dict[str, tuple]:
    return {i.level3_name: (i.target_raw, i.actual_raw, i.weight, i.score) for i in records if isinstance(i, Indicator)}


def _expected_rows() -> dict[str, tuple]:
    return {r[2]: (r[3], r[4], Decimal(r[5]), Decimal(r[6])) for r in ROWS}


def test_national_sheet_flattened_onto_one_line():
    # the sheet run together without separators: 分值 and 得分 after the actual, 总分10098 no indicator
    text = "\n".join([*SHEET_HEAD, "".join(HEAD) + "".join("".join(r) for r in ROWS) + "总分10098"])
    assert _sheet_rows(parsed_page(text)) == _expected_rows()


def test_national_sheet_markdown_under_a_head_that_is_not():
    # a Markdown table of the indicators under the sheet's head printed as pipe rows: its rule no row
    text = "\n".join([*SHEET_HEAD, "| " + " | ".join(HEAD) + " |", "|" + "---|" * len(HEAD),
                      *("| " + " | ".join(r) + " |" for r in ROWS), "| 总分 | 100 | 98 |"])
    assert _sheet_rows(parsed_page(text)) == _expected_rows()


def test_national_sheet_cells_between_spaces_cut_before_its_total():
    # the sheet's rows with their cells between spaces and no 总分 (an excerpt): the hard-wrapped reading
    # ran cells into names (工程验收合格率100% with an actual of 20, its 分值); the rows are read as cells
    for gap in ("  ", " "):
        text = "\n".join([*(line.replace(" | ", gap) for line in SHEET_HEAD), gap.join(HEAD),
                          *(gap.join(c for c in r if c) for r in ROWS[:-1])])
        rows = _sheet_rows(parsed_page(text))
        assert rows == {k: v for k, v in _expected_rows().items() if k != "群众满意度"}, gap
