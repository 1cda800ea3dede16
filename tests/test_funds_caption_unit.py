"""A project sheet's funds header whose unit stands in its caption on the line above (项目资金 (万元) | over
| 年初预算数 | 全年预算数 | …): the amounts in that unit, 元 as well as 万元 — never the default 万元's 10 000 times."""

from pathlib import Path

from benchmarks.reprints import VARIANTS
from tests.test_single_space_funds import _records

PAGE = Path(__file__).parent / "fixtures" / "pages" / "linxiang-lcj-2023-selfeval.txt"


def _funds(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {r.label.rstrip("|"): (str(r.budget_full_year_yuan), str(r.executed_yuan))
            for r in _records(text, PAGE.name) if r.record_type == "project_funding"}


def test_the_caption_above_the_funds_header_gives_its_unit():
    """临翔区林草局 2023 项目支出绩效自评表 (L9-12): ``项目资金 (万元) |`` then ``| 年初预算数 | 全年预算数 | …`` and
    ``| 32.4 | 31.69 | 10 | 97.80% | 9 |``. Written here: the same sheet in 元 (项目资金 (元), 324000.00 | 316900.00),
    with pipes, tabs and as Markdown — 324 000 元, not 3 240 000 000."""
    text = PAGE.read_text("utf-8")
    assert _funds(text)["年度资金总额"] == ("324000.00", "316900.00")
    in_yuan = text.replace("项目资金 (万元)", "项目资金 (元)").replace("| 32.4 | 31.69 |", "| 324000.00 | 316900.00 |")
    assert in_yuan != text
    for reprint in (None, "tables separated by tabs", "Markdown tables"):
        printed = in_yuan if reprint is None else VARIANTS[reprint](in_yuan.split("\n"))[0]
        funds = _funds(printed)
        assert funds["年度资金总额"] == ("324000.00", "316900.00"), reprint
        assert funds["其中:当年财政拨款"] == ("324000.00", "316900.00"), reprint
