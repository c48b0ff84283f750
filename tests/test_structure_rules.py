"""S401 heading-sequence and S402 truncated-document: codes, variants and exact spans."""

from checker.checks import all_rules
from checker.config import default_rule_data
from checker.document import build_document


def run(code, text):
    rule = all_rules()[code](default_rule_data())
    doc = build_document("t.txt", text)
    return [(f.variant, text[f.start:f.end]) for f in rule.check(doc)]


def test_gap_is_reported_on_the_heading_after_the_gap():
    text = "一、成绩\n（一）甲\n正文。\n（二）乙\n正文。\n（四）丁\n正文。"
    assert run("S401", text) == [("gap", "（四）")]


def test_numbering_restarts_under_each_parent():
    text = "一、成绩\n（一）甲\n（二）乙\n二、问题\n（一）丙\n（二）丁\n三、打算\n（一）戊"
    assert run("S401", text) == []


def test_repeat():
    text = "一、成绩\n（一）甲\n（二）乙\n（二）丙"
    assert run("S401", text) == [("repeat", "（二）")]


def test_mixed_style_points_at_the_odd_marker():
    text = "一、成绩\n（1）基本情况\n1.甲。正文。\n2.乙。正文。\n（二）做法\n（三）成效"
    assert run("S401", text) == [("mixed", "（1）")]


def test_broken_marker_takes_the_due_number():
    text = "一、成绩\n(一)甲\n)乙\n(三)丙\n)丁\n(五)戊"
    assert run("S401", text) == [("broken", ")"), ("broken", ")")]


def test_shi_run_may_start_at_two_but_not_skip():
    assert run("S401", "（一）抓党建。强化理论学习，二是加强监督，三是严肃问责。") == []
    assert run("S401", "重点抓好：一是稳就业；二是保民生；四是促发展。") == [("gap", "四是")]


def test_arabic_list_items_are_not_headings_of_a_bare_title():
    text = "四、民生实事\n1.新建学校10所。\n2.新增床位3000张，改造老旧小区200个，实施物业服务质量提升行动（牵头单位：住建厅）。"
    assert run("S402", text) == []


def test_truncated_mid_sentence_points_at_the_last_character():
    text = "一、工作回顾\n全年新建学校5所，改扩建校舍3万平方米，新增学位4000个，进一步缓解了城区"
    assert run("S402", text) == [("sentence", "区")]


def test_signature_after_the_last_paragraph_is_passed_over():
    text = "一、工作回顾\n全年新建学校5所，改扩建校舍3万平方米。\n某某县教育局\n2022年1月13日"
    assert run("S402", text) == []


def test_ends_on_heading():
    text = "一、工作回顾\n全年新建学校5所，改扩建校舍3万平方米。\n二、下步打算"
    assert run("S402", text) == [("heading", "二、下步打算")]


def test_parts_above_the_first_level():
    text = "第一部分 工作回顾\n一、成绩\n二、问题\n第三部分 工作安排\n一、目标\n二、措施"
    assert run("S401", text) == [("gap", "第三部分")]


def test_part_as_words_in_a_sentence_is_no_heading():
    assert run("S401", "第一部分 回顾\n一、成绩\n第三部分内容见附件。") == []
