"""Precision check: figures a precision audit of real pages found wrong, which the parser must not state again as
it stated them.

The fidelity scoreboard (:mod:`benchmarks.fidelity`) counts the hand-read facts a parse finds; a record no fact
checks is never looked at. A precision audit read every such record of the corpus and batches 26p–26v by eye
(``/work/audit23/REPORT.md``: 2,265 records carrying a figure, at least 73 wrong, 30 of them found for a fact of
an earlier year but stated as the document's own). :data:`WRONG_RECORDS` lists the wrong ones as the parser
emitted them — (page: ``<batch>/<the file's number>``, line, record type, label, field, value, metric, kind) —
and :func:`emitted_as_they_were` says which a parse still emits so: the same type, label, field, value and metric
at the same line, with no year or base added (a stated figure's ``year`` or ``compared_with``). Emitting one with
its year or base, under another label, or not at all mends it.

    .venv/bin/python -m benchmarks.precision            # the count, and each record still emitted as it was

``tests/test_precision.py`` holds the count at what is reached.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from benchmarks.fidelity import REAL_DOCUMENTS
from ingest.document import parse_path

HELDOUT = Path(__file__).resolve().parent / "heldout"

# kinds: earlier-year (a figure of another year stored as the document's own), change-vs-budget-as-yoy (a change
# against the budget as a Metric's year-on-year change), comparable-basis-rate-as-plain (a 同口径 rate under the
# plain rate's label), weight-glued-to-figure (a run-together row's weight read into an amount), and single cases
WRONG_RECORDS: tuple[tuple[str, int, str, str, str, str, str | None, str], ...] = (
    ("corpus/09", 4, "stated_figure", "全区一般公共预算总收入", "change_pct", "0.9",
     None, "comparable-basis-rate-as-plain"),
    ("corpus/09", 4, "stated_figure", "地方一般公共预算收入", "change_pct", "0.5",
     None, "comparable-basis-rate-as-plain"),
    ("corpus/09", 19, "stated_figure", "区本级一般公共预算总收入", "change_pct", "5.7",
     None, "comparable-basis-rate-as-plain"),
    ("corpus/19", 6, "stated_figure", "接待人次", "count", "142", "reception_persons", "wrong-metric"),
    ("corpus/30", 5, "stated_figure", "因公出国(境)经费", "amount", "0.00", "three_public_overseas", "earlier-year"),
    ("corpus/30", 5, "stated_figure", "公务接待", "amount", "123900.00", None, "earlier-year"),
    ("corpus/30", 5, "stated_figure", "公务用车运行费用", "amount", "77300.00",
     "three_public_vehicle_operation", "earlier-year"),
    ("corpus/32", 2, "stated_figure", "成本指标项目计划总投资", "amount", "10200000.00",
     None, "weight-glued-to-figure"),
    ("corpus/32", 2, "stated_figure", "产出指标", "score", "50", None, "template-note-as-figure"),
    ("corpus/32", 2, "stated_figure", "效益指标", "score", "30", None, "template-note-as-figure"),
    ("corpus/33", 21, "indicator", "资金总额10001000100%20度效标80>", "target_raw", "年绩目1分级标",
     None, "garbled-indicator"),
    ("corpus/33", 21, "indicator", "一指二级指标三级指标年初目标值", "target_raw", "(A)实际完成值",
     None, "table-header-as-indicator"),
    ("corpus/33", 21, "indicator", "群众提供医疗服务服务范围扩", "target_raw", "大服务范", None, "garbled-indicator"),
    ("corpus/34", 4, "stated_figure", "会计核算规范", "count", "7", None, "score-as-count"),
    ("corpus/34", 4, "stated_figure", "办公所需成本", "amount", "4150000.00", None, "weight-glued-to-figure"),
    ("corpus/34", 4, "stated_figure", "维修(维护)所需成本", "amount", "3350000.00", None, "weight-glued-to-figure"),
    ("26p/06", 27, "metric", "公务接待费", "change_value", "-1000.00",
     "three_public_reception", "change-vs-budget-as-yoy"),
    ("26p/06", 27, "metric", "公务接待费", "growth_pct", "-0.006", "three_public_reception", "change-vs-budget-as-yoy"),
    ("26q/01", 17, "stated_figure", "有政府性基金预算财政拨款收入", "amount", "7100000.00",
     "income_government_fund", "earlier-year"),
    ("26q/09", 32, "indicator", "财政部门支出股室初审意见", "target_raw", "(盖章)", None, "signature-row-as-indicator"),
    ("26q/09", 34, "indicator", "财政部门绩效评价股审核意见", "target_raw", "(盖章)",
     None, "signature-row-as-indicator"),
    ("26q/09", 36, "indicator", "区扶贫办审核意见", "target_raw", "(盖章)", None, "signature-row-as-indicator"),
    ("26q/13", 6, "stated_figure", "截止2013年已安排项目经费", "share_pct", "86", None, "figure-to-wrong-label"),
    ("26r/09", 37, "metric", "公务接待费", "change_value", "11400.00",
     "three_public_reception", "change-vs-budget-as-yoy"),
    ("26r/09", 37, "metric", "公务接待费", "growth_pct", "1.14", "three_public_reception", "change-vs-budget-as-yoy"),
    ("26r/13", 11, "indicator", "项目预算管理", "target_raw", "资金投入", None, "table-header-as-indicator"),
    ("26r/13", 11, "indicator", "项目资金测算标准(文字描述)", "target_raw", "已按要求完成预算",
     None, "actual-as-target"),
    ("26s/05", 3, "stated_figure", "实际支出数", "amount", "303990000.00", None, "code-as-amount"),
    ("26s/09", 20, "stated_figure", "乡镇", "count", "58", None, "figure-to-wrong-label"),
    ("26t/02", 7, "stated_figure", "财政拨款收入", "amount", "86572170.07", "income_fiscal", "earlier-year"),
    ("26t/02", 7, "stated_figure", "总支出", "amount", "119021498.29", "expenditure_total", "earlier-year"),
    ("26t/02", 7, "stated_figure", "财政拨款支出", "amount", "76863176.13", None, "earlier-year"),
    ("26t/02", 7, "stated_figure", "结余", "amount", "7989696.80", None, "earlier-year"),
    ("26t/02", 7, "stated_figure", "财政结余", "amount", "9708993.94", None, "earlier-year"),
    ("26t/02", 7, "stated_figure", "用事业基金弥补收支差额", "amount", "1719297.14", None, "earlier-year"),
    ("26t/02", 7, "stated_figure", "总收入", "amount", "127011195.09", "income_total", "earlier-year"),
    ("26t/02", 8, "stated_figure", "财政拨款收入", "amount", "130751513.94", "income_fiscal", "earlier-year"),
    ("26t/02", 8, "stated_figure", "财政拨款支出", "amount", "104553980.27", None, "earlier-year"),
    ("26t/02", 8, "stated_figure", "结余", "amount", "28048798.71", None, "earlier-year"),
    ("26t/02", 8, "stated_figure", "财政结余", "amount", "26197533.67", None, "earlier-year"),
    ("26t/02", 8, "stated_figure", "总收入", "amount", "186119947.20", "income_total", "earlier-year"),
    ("26t/02", 8, "stated_figure", "总支出", "amount", "158071148.49", "expenditure_total", "earlier-year"),
    ("26t/02", 11, "stated_figure", "学校中加班教育总成本", "amount", "33723897.54", None, "earlier-year"),
    ("26t/02", 11, "stated_figure", "使用财政拨款支出", "amount", "6675886.49", None, "earlier-year"),
    ("26t/02", 11, "stated_figure", "工资福利支出", "amount", "13002101.97", None, "earlier-year"),
    ("26t/02", 11, "stated_figure", "商品和服务支出", "amount", "2132205.76", None, "earlier-year"),
    ("26t/02", 11, "stated_figure", "对个人和家庭的补助支出", "amount", "857171.78", None, "earlier-year"),
    ("26t/02", 11, "stated_figure", "资产折旧及摊销", "amount", "1660211.63", None, "earlier-year"),
    ("26t/02", 11, "stated_figure", "中加班专项支出", "amount", "16155408.22", None, "earlier-year"),
    ("26t/07", 11, "stated_figure", "预算内收入", "amount", "6174100.00", None, "earlier-year"),
    ("26t/07", 11, "stated_figure", "支出", "amount", "6174100.00", None, "earlier-year"),
    ("26t/07", 11, "stated_figure", "用于工资福利支出", "amount", "5791100.00", None, "earlier-year"),
    ("26t/07", 11, "stated_figure", "对个人和家庭补助支出", "amount", "262000.00", None, "earlier-year"),
    ("26t/07", 11, "stated_figure", "商品和服务支出", "amount", "121000.00", None, "earlier-year"),
    ("26u/02", 28, "stated_figure", "全市安排地方财政预算收入", "amount", "7604590000.00", None, "earlier-year"),
    ("26u/02", 28, "stated_figure", "一般公共预算收入", "amount", "4820650000.00", None, "earlier-year"),
    ("26u/02", 28, "stated_figure", "政府性基金预算收入", "amount", "2342000000.00", None, "earlier-year"),
    ("26u/02", 28, "stated_figure", "国有资本经营预算收入", "amount", "8110000.00", None, "earlier-year"),
    ("26u/02", 28, "stated_figure", "社会保险基金预算收入", "amount", "433830000.00", None, "earlier-year"),
    ("26u/02", 31, "stated_figure", "税收收入", "amount", "1997440000.00", None, "earlier-year"),
    ("26u/02", 31, "stated_figure", "政府非税收入", "amount", "2048890000.00", None, "earlier-year"),
    ("26u/02", 31, "stated_figure", "上级补助收入完成", "amount", "2948420000.00",
     "income_superior_subsidy", "earlier-year"),
    ("26u/02", 31, "stated_figure", "返还性收入", "amount", "65440000.00", None, "earlier-year"),
    ("26u/02", 31, "stated_figure", "一般性转移支付收入", "amount", "2565850000.00", None, "earlier-year"),
    ("26u/02", 31, "stated_figure", "专项转移支付收入", "amount", "317130000.00", None, "earlier-year"),
    ("26u/02", 31, "stated_figure", "调入资金", "amount", "1760000.00", None, "earlier-year"),
    ("26u/02", 31, "stated_figure", "地方政府一般债务转贷收入", "amount", "581000000.00", None, "earlier-year"),
    ("26u/02", 31, "stated_figure", "上年结余收入", "amount", "443920000.00", None, "earlier-year"),
    ("26u/02", 31, "stated_figure", "一般公共预算收入完成", "amount", "8021430000.00", None, "earlier-year"),
    ("26u/02", 31, "stated_figure", "地方一般公共预算收入完成", "amount", "4046330000.00", None, "earlier-year"),
    ("26u/02", 32, "stated_figure", "政府性基金预算收入完成", "amount", "5401770000.00", None, "earlier-year"),
    ("26u/02", 32, "stated_figure", "政府性基金收入完成", "amount", "2220850000.00", None, "earlier-year"),
    ("26u/03", 7, "stated_figure", "预算", "share_pct", "100", None, "threshold-as-rate"),
    ("26u/10", 34, "stated_figure", "收入预算", "budget_initial", "36837600.00", None, "earlier-year"),
    ("26v/10", 10, "stated_figure", "冷库仓储", "amount", "3100.00", None, "rate-as-amount"),
)


def page_path(page: str) -> Path:
    """The file of ``page`` (``26t/02``: batch 26t's file numbered 02; ``corpus/30``: the corpus's)."""
    batch, number = page.split("/")
    root = REAL_DOCUMENTS if batch == "corpus" else HELDOUT / batch
    return next(path for path in sorted((root / "text").iterdir()) if path.name.startswith(number + "_"))


def _as_it_was(record: dict, wanted: tuple) -> bool:
    """Whether ``record`` (as ``to_dict`` gives it) is the wrong record ``wanted`` emitted as it was."""
    _, line, kind, label, field, value, metric, _ = wanted
    if record["record_type"] != kind or record.get("source_line") != line:
        return False
    if kind == "indicator":
        return record.get("level3_name") == label and record.get("target_raw") == value
    if record.get("label") != label or record.get("metric") != metric:
        return False
    if kind == "metric":
        got = record.get(field)
        return got is not None and Decimal(str(got)) == Decimal(value)
    # a stated figure: the same field and value, with no year of its own nor a base it is measured against
    return (
        record.get("field") == field and Decimal(str(record["value"])) == Decimal(value)
        and record.get("year") is None and record.get("compared_with") is None
    )


def emitted_as_they_were(batches: tuple[str, ...] | None = None) -> list[tuple]:
    """The :data:`WRONG_RECORDS` (of ``batches``, else all) a parse of their pages still emits as they were."""
    by_page: dict[str, list[tuple]] = defaultdict(list)
    for wanted in WRONG_RECORDS:
        if batches is None or wanted[0].split("/")[0] in batches:
            by_page[wanted[0]].append(wanted)
    out = []
    for page, wanted in by_page.items():
        records = [r.to_dict() for r in parse_path(page_path(page)).all_records]
        out.extend(one for one in wanted if any(_as_it_was(r, one) for r in records))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    still = emitted_as_they_were()
    for page, line, kind, label, field, value, _, why in still:
        print(f"{why:<32} {page} L{line} {kind} {label} {field}={value}")
    print(f"precision: {len(still)} of {len(WRONG_RECORDS)} wrong records still emitted as they were")
    return 0


if __name__ == "__main__":
    sys.exit(main())
