"""N107 (damaged-number): each kind of damage with its exact span, variant and fix."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_rule_examples import findings_of


def found(text):
    return [(text[f.start:f.end], f.variant, f.fix) for f in findings_of("N107", text)]


@pytest.mark.parametrize("text, expected", [
    ("出口额增长21..6%。", [("21..6", "points", "21.6")]),
    ("完成投资45２亿元。", [("45２", "width", "452")]),
    ("增速回落到3.８%。", [("3.８", "width", "3.8")]),
    ("参保人数达6O万人。", [("6O", "letter", "60")]),
    ("在校学生l2O0人。", [("l2O0", "letter", "1200")]),
    ("出生率为9.3%o，死亡率7.1‰。", [("%o", "symbol", "‰")]),
    ("就业率提高到96.5℅。", [("℅", "symbol", "%")]),
    ("工业增加值增长4·8%，税收收入8。6亿元。", [("4·8", "decimal", "4.8"), ("8。6", "decimal", "8.6")]),
    ("分别增长2.1%6.4%和3.3%。", [("2.1%", "fused", None)]),
    ("各季度值为12.6431.8055.56。", [("12.6431.8055.56", "fused", None)]),
    ("提出“建设美丽乡村〞的目标。", [("〞", "symbol", "”")]),
])
def test_damage_with_span_variant_and_fix(text, expected):
    assert found(text) == expected


def test_number_broken_by_a_page_counter():
    text = "全年实现财政收入2\n- 4 -\n6.8亿元，增长5%。"
    (finding,) = findings_of("N107", text)
    assert (finding.start, finding.end, finding.variant, finding.fix) == (8, 19, "broken", None)
    assert finding.args["fixed"] == "26.8亿元"


def test_number_broken_by_a_line():
    text = "发放补贴资金312.\n56万元。"
    (finding,) = findings_of("N107", text)
    assert finding.args["fixed"] == "312.56万元"


@pytest.mark.parametrize("text", [
    "开展“9·11”纪念活动，“3·15”晚会如期举行。",
    "比上年增长3.2%、5.1%和-0.7%。",
    "增长5%-8%。",
    "于2023.10.12正式启用。",
    "依据GB/T 1.1—2020，O2O、B2B模式，Windows 10系统。",
    "（三）重点工作\n3\n4",
    "第一部分\n2\n3.加强管理",
    "全面完成“十四五”规划目标任务。",
    "〝双减〞政策落地见效。",
    "计划总投资１２３亿元。",
])
def test_sound_text_is_quiet(text):
    assert found(text) == []


@pytest.mark.parametrize("text, flagged", [
    ("改造加油站储罐3030303030座。", "3030303030"),
    ("新增专利77777777件。", "77777777"),
    ("完成项目123123123个。", "123123123"),
])
def test_short_count_repeated(text, flagged):
    assert found(text) == [(flagged, "repeated", None)]


@pytest.mark.parametrize("text", ["总人口12121987人。", "值班电话12345678。", "产值1000000元。", "编号2022202220。"])
def test_long_figures_that_do_not_repeat_are_quiet(text):
    assert [v for _, v, _ in found(text)] == []


@pytest.mark.parametrize("digits, fused", [
    ("80706050403020100", True),
    ("0102030405", True),
    ("100200300400500", True),
    ("13579111315", False),
    ("6350107123", False),
    ("20242025202620", False),
])
def test_chart_axis_values_fused(digits, fused):
    from checker.checks.N107 import is_fused_series
    assert is_fused_series(digits) is fused


def test_chart_axis_in_text():
    text = "图2 新增就业人数 单位：万人80706050403020100新增就业人数"
    assert found(text) == [("80706050403020100", "fused", None)]


# Damaged figures are built from these, so that the generated text often matches the shapes.
_DAMAGE_ALPHABET = "0123456789０１２.．%％OolIx·•。℅〞“\n 万亿元年人"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_DAMAGE_ALPHABET, max_size=30))
def test_a_shape_is_tried_wherever_it_can_match(text):
    """Each shape runs only on a text where its cheap search finds something: that search must
    find something wherever the shape matches."""
    from checker.checks.N107 import _BROKEN, _DIGIT_RUN, _LINE_ENDS_WITH_DIGITS, _SHAPES, _TEN_DIGITS

    for _, needs, pattern, _ in [*_SHAPES, (None, _TEN_DIGITS, _DIGIT_RUN, None),
                                 (None, _LINE_ENDS_WITH_DIGITS, _BROKEN, None)]:
        if pattern.search(text):
            assert needs.search(text), (pattern.pattern, text)
