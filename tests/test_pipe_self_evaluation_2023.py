"""The 2021 national template of a project self-evaluation (部门预算项目支出绩效自评表: 年初预算 |
调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分, then 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 |
得分) printed as pipe rows by a web page: read by its column headers as the tab-separated
printing is (ingest/performance/tables.py: a table whose 项目名称 row is pipe-separated)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.records import Indicator, Project, ProjectFunding

# 大英县司法局 (Sichuan) 2023, a page never used to build the reader (dyxrmt.cn), as published
DAYING = """部门预算项目支出绩效自评表(2023年度) | ||||||||||
项目名称 | 51092324T000010263357-2023年全县安可替代补助资金项目 | |||||||||
主管部门 | 大英县司法局部门 | 实施单位 | 大英县司法局 | |||||||
项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况 | |||||||
根据要求购买安可设备,并完成项目资金支付。 | 完成 | |||||||||
2.项目实施内容及过程概述 | 2023年购买13台安可电脑,并于12月前完成资金支付。 | |||||||||
预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 | ||
总额 | 0.00 | 3.36 | 3.36 | 100.00% | 10 | 10 | 1.预算执行率=预算执行数/调整后预算数. | |||
其中:财政资金 | 0.00 | 3.36 | 3.36 | 100.00% | / | / | ||||
财政专户管理资金 | 0.00 | 0.00 | 0.00 | 0.00% | / | / | ||||
单位资金 | 0.00 | 0.00 | 0.00 | 0.00% | / | / | ||||
其他资金 | / | / | ||||||||
绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |
产出指标 | 经济成本指标 | 成本控制数 | ≤ | 30 | 万元 | 完成 | 90 | 90 | ||
合计 | 100 | |||||||||
"""

# A variant written here: full-width pipes with and without spaces, other figures, two indicators
VARIANT = """部门预算项目支出绩效自评表（2024年度）｜｜｜
项目名称 ｜ 某县乡村学校营养餐补助项目 ｜｜｜
主管部门 ｜ 某县教育局 ｜ 实施单位 ｜ 某县第一小学 ｜｜
预算执行情况(10分)｜年度预算数(万元)｜年初预算｜调整后预算数｜预算执行数｜预算执行率｜权重｜得分｜原因｜
总额 ｜ 120.00 ｜ 126.50 ｜ 118.20 ｜ 93.44% ｜ 10 ｜ 9.3 ｜ ｜｜
其中：财政资金 ｜ 120.00 ｜ 126.50 ｜ 118.20 ｜ 93.44% ｜ / ｜ / ｜｜
绩效指标(90分)｜一级指标｜二级指标｜三级指标｜指标性质｜指标值｜度量单位｜完成值｜权重｜得分｜未完成原因分析｜
产出指标 ｜ 数量指标 ｜ 受益学生人数 ｜ ≥ ｜ 850 ｜ 人 ｜ 862 ｜ 40 ｜ 40 ｜ ｜
效益指标 ｜ 社会效益指标 ｜ 家长满意度 ｜ ≥ ｜ 90 ｜ % ｜ 95 ｜ 50 ｜ 48 ｜ ｜
合计 ｜ 100 ｜ ｜
"""


def _records(tmp_path: Path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return parse_path(path).records


@pytest.mark.parametrize(
    ("text", "name", "total", "fiscal", "indicators"),
    [
        (DAYING, "2023年全县安可替代补助资金项目",
         ("0.00", "33600.00", "33600.00"), ("0.00", "33600.00", "33600.00"),
         [("成本控制数", "<=", Decimal(30), "完成", Decimal(90), Decimal(90))]),
        (VARIANT, "某县乡村学校营养餐补助项目",
         ("1200000.00", "1265000.00", "1182000.00"), ("1200000.00", "1265000.00", "1182000.00"),
         [("受益学生人数", ">=", Decimal(850), "862", Decimal(40), Decimal(40)),
          ("家长满意度", ">=", Decimal(90), "95", Decimal(50), Decimal(48))]),
    ],
)
def test_a_2021_template_self_evaluation_in_pipe_rows(tmp_path, text, name, total, fiscal, indicators):
    records = _records(tmp_path, text)
    [project] = [r for r in records if isinstance(r, Project)]
    assert project.name == name
    funding = {r.source: (str(r.budget_initial_yuan), str(r.budget_full_year_yuan), str(r.executed_yuan))
               for r in records if isinstance(r, ProjectFunding)}
    assert funding["total"] == total and funding["fiscal"] == fiscal
    read = [(i.level3_name, i.target_operator, i.target_value, i.actual_raw, i.weight, i.score)
            for i in records if isinstance(i, Indicator)]
    assert read == indicators
