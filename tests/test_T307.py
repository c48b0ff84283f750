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


def _people_unit(text):
    from checker.checks.T307 import T307
    from checker.config import default_rule_data
    rule = T307(default_rule_data())
    return [(text[f.start:f.end], rule.render_message(f, "zh"), rule.render_help(f, "zh"),
             [text[label.start:label.end] for label in f.labels])
            for f in findings_of("T307", text) if f.variant == "people-unit"]


@pytest.mark.parametrize("text, span, noun, sibling, unit", [
    ("全校专任教师86人，教辅人员9个。", "9个", "教辅人员", "86人", "人"),
    ("驻村第一书记12名，驻村工作队员30个。", "30个", "工作队员", "12名", "人"),
    ("新招录公务员25个，事业单位工作人员40人。", "25个", "招录公务员", "40人", "人"),
    ("参训乡村医生320人、村卫生室管理人员41个。", "41个", "卫生室管理人员", "320人", "人"),
])
def test_people_counted_in_ge_beside_people_in_ren(text, span, noun, sibling, unit):
    assert _people_unit(text) == [(span, f"“{noun}{span}”以“个”计人数，同句的“{sibling}”以“{unit}”计",
                                   f"核对单位：人数以“{unit}”计", [sibling])]


@pytest.mark.parametrize("text", [
    "全校专任教师86人，教学班24个。",  # classes, not people
    "驻村工作队12个，队员36人。",  # teams
    "新增就业岗位1200个，吸纳就业人员860人。",  # posts
    "医师42人。护理人员57个。",  # not in one sentence
    "共有管理人员68个。",  # no count of people beside it
])
def test_ge_for_things_or_alone_is_quiet(text):
    assert _people_unit(text) == []
