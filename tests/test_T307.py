"""T307 (usage): each slip with its exact span, variant and fix; correct usage stays quiet."""

import pytest

from tests.test_rule_examples import findings_of


def found(text):
    return [(text[f.start:f.end], f.variant, f.fix) for f in findings_of("T307", text)]


@pytest.mark.parametrize("text, expected", [
    ("截止2025年3月末，贷款余额增长9%。", [("截止", "jiezhi", "截至")]),
    ("截止11月20日，已接种疫苗3万剂。", [("截止", "jiezhi", "截至")]),
    ("截止上半年，新开工项目42个。", [("截止", "jiezhi", "截至")]),
    ("工期从2021年冬至2021年夏。", [("2021年冬至2021年夏", "backwards", None)]),
    ("规划期为2030—2026年。", [("2030—2026年", "backwards", None)]),
    ("走访了敬老院、福利院、福利院和托育中心。", [("、福利院", "repeat", "")]),
    ("实行5x8小时值守。", [("5x8", "times", "5×8")]),
    ("“美丽乡村﹒幸福家园”评选揭晓。", [("﹒", "dot", "·")]),
])
def test_slip_with_span_variant_and_fix(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "截至2025年3月末，贷款余额增长9%。",
    "报名截止时间为10月8日。",
    "截止到2024年底，全面完成。",
    "申报已于昨日截止。",
    "工期从2021年夏至2021年冬。",
    "规划期为2026—2030年。",
    "2024年至2024年12月累计完成。",
    "走访了敬老院、福利院和托育中心。",
    "谈谈、想想、做做。",
    "小学、小学生、中学。",
    "型号X5，指标1X。",
    "“美丽乡村·幸福家园”评选揭晓。",
])
def test_correct_usage_is_quiet(text):
    assert found(text) == []
