"""Whether each sample indicator met its target (fct_performance_indicator.is_met), as the document says.

Every indicator of the samples is listed by its source line with its expected verdict. The
document's own scoring decides where it prints one: full marks (得分 = 分值) is met, fewer marks
is missed (Changji's cost indicators spent under their cap lost marks and print a 偏差原因), and
Zengdu, which prints 分值 only per 一级指标, scored every project 100 of 100. Maoxian prints no
完成值 and no 得分, so its verdicts are unknown; the Bazhou targets have no actual value yet; Zengdu's
report prose states some indicators' actuals without their targets (unknown too).
"""

from __future__ import annotations

import duckdb
import pytest
from test_dbt_build import build_sample_warehouse, unit_test_outcomes

MISSED = False
MET = True
UNKNOWN = None

# file → verdict → source lines of the indicators with that verdict
EXPECTED: dict[str, dict[bool | None, tuple[int, ...]]] = {
    "changji-prefecture-hrss-2022-final-account.txt": {
        MET: (
            246, 247, 248, 249, 250, 251, 254, 255, 256, 272, 273, 274, 275, 276, 280, 281, 282,
            298, 299, 300, 301, 302, 303, 304, 306, 307,
            309,  # 聘用人员成本 <=40万元, 53.93万元 spent: over the cap, yet full marks (1 of 1)
            314, 315, 316, 333, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 360, 362, 364,
            365, 366, 367, 371, 372, 373, 389, 390, 391, 394, 395, 396, 397, 401, 402, 403, 419,
            420, 421, 424, 425, 426, 427, 428, 429, 435, 436, 437, 438, 454, 456, 458, 459, 460,
            465, 466, 467, 468, 469, 490, 491, 492, 509, 510, 511, 512, 516, 520, 522, 538, 539,
            540, 541, 542, 544, 545, 546, 547, 548, 549, 565,
            566,  # =20期, 31期 printed: ＝ means 达到 here, full marks
            567, 568, 570, 571, 572, 573, 574, 575, 576, 592, 593, 594, 596,
            598,  # 2022年12月31日, done on 2022年12月30日: full marks
            599, 603, 604, 605,
        ),
        MISSED: (
            253,  # 工作队工作成本 ≤2万元, 1.35万元 spent: 0.68 of 1, 受疫情影响…导致绩效评价偏低
            278, 279, 308, 310, 311, 313,
            332,  # 城镇新增就业人数 ≥2.31万人, 2.2026万人: 0.95 of 1
            361,  # 聘用监察人员人数 =3人, 2人: 2 of 3
            368, 369, 370, 393, 398,
            399,  # <=7250元, 9506元 spent: 0.69 of 1, no 偏差原因 printed
            422, 430, 431, 432, 434, 457, 461, 462, 464, 485, 486, 487, 489, 493, 513,
            515,  # =2022年12月31日, done on 2023年6月30日: 0 of 1
            517, 518, 519, 595, 600, 601, 602,
        ),
    },
    "zengdu-district-hrss-2022-final-account.txt": {
        MET: (
            1749, 1755, 1761, 1771, 1777, 1787, 2025, 2040, 2061, 2074, 2080, 2093, 2296, 2306,
            2316, 2326, 2332, 2345, 2581, 2591, 2597, 2603, 2609, 2619,
            3016,  # 220人左右, 100% printed (a completion rate)
            3026, 3036, 3046,
            3055,  # 创业担保贷款人数 210, 219 printed
            3060, 3070, 3075,
            3357,  # 22000人, 100%
            3363, 3369,
            3375,  # 支出不超预算安排 ≤27, 100%
            3381,  # 城镇新增就业人数 4350, 6907
            3383, 3385, 3387, 4278, 4296, 4306, 4316, 4322, 4332, 4606, 4626, 4639, 4649, 4655,
            4665,
            # the report prose's 公共就业服务满意度 / 社会公众服务满意度, 目标值为≥95%, 实际完成值为 100%
            2934, 3313, 6620, 6784, 6862, 6936,
        ),
        # the report prose's clauses below a level's heading (全区城镇新增就业 6907 人, 单位对重点工作办理落实程度达
        # 100%): an actual, no target stated
        UNKNOWN: (
            884, 886, 888, 890, 1163, 1367, 2920, 3299, 3761, 4203, 4531, 4895, 5364, 5366, 5368, 5370,
            5585, 5757, 6450, 6606, 6770, 6850, 6925, 7050, 7439, 7603, 7785,
        ),
    },
    "maoxian-county-hrss-2022-final-account.txt": {
        UNKNOWN: (251, 263, 275, 419, 431, 569, 581, 593, 730, 742, 754),
    },
    "bazhou-prefecture-hrss-2022-performance-targets.txt": {
        UNKNOWN: (
            *range(16, 38), *range(43, 71), *range(72, 92),
        ),
    },
}


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[int, tuple]]:
    db = build_sample_warehouse(tmp_path_factory)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "select d.file_name, i.source_line, i.is_met, i.is_met_reason, i.comparison_met"
            " from marts.fct_performance_indicator as i join marts.dim_document as d using (document_id)"
        ).fetchall()
    out: dict[str, dict[int, tuple]] = {}
    for file_name, line, is_met, reason, compared in rows:
        out.setdefault(file_name, {})[line] = (is_met, reason, compared)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("file_name", sorted(EXPECTED))
def test_every_sample_indicator_has_the_documents_verdict(verdicts, file_name: str) -> None:
    expected = {line: verdict for verdict, lines in EXPECTED[file_name].items() for line in lines}
    actual = {line: row[0] for line, row in verdicts[file_name].items()}
    assert actual == expected


@pytest.mark.slow
def test_a_verdict_the_document_cannot_give_says_why(verdicts) -> None:
    reasons = {
        (name.split("-")[0], row[1])
        for name, lines in verdicts.items()
        for row in lines.values()
        if row[0] is None
    }
    assert reasons == {("maoxian", "no_actual"), ("bazhou", "target_stage"), ("zengdu", "target_not_a_value")}


@pytest.mark.slow
def test_the_comparison_by_meaning_agrees_with_the_seven_full_marks_once_misread(verdicts) -> None:
    changji = verdicts["changji-prefecture-hrss-2022-final-account.txt"]
    zengdu = verdicts["zengdu-district-hrss-2022-final-account.txt"]
    # =20期 → 31期; 2022年12月31日 → 2022年12月30日
    assert [changji[line][2] for line in (566, 598)] == [True, True]
    # 220人左右 → 100%; 210 → 219; 22000人 → 100%; ≤27 → 100%; 4350 → 6907
    assert [zengdu[line][2] for line in (3016, 3055, 3357, 3375, 3381)] == [True] * 5
    # the cap exceeded with full marks: the comparison says missed, the document met
    assert changji[309] == (True, "full_score", False)


@pytest.mark.slow
def test_indicator_comparison_unit_test_passes(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The dbt unit test of int_indicators_compared (models/intermediate/_intermediate__unit_tests.yml)."""
    assert unit_test_outcomes(tmp_path_factory, "int_indicators_compared") == ["pass"]
