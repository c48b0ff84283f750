from tests.test_rule_examples import findings_of


def spans(text):
    return [(f.start, f.end) for f in findings_of("T303", text)]


def test_run_of_control_lines_is_one_finding():
    text = "报告\n  • 字号:\n  • |\n  • 打印\n正文。"
    assert spans(text) == [(5, 23)]
    assert findings_of("T303", text)[0].fix == ""


def test_two_separate_runs():
    text = "打印 关闭窗口\n正文第一段。\n【字体：大 中 小】"
    assert spans(text) == [(0, 7), (15, 25)]


def test_prose_with_control_words_is_quiet():
    assert spans("为学校购置打印机，教师分享到了经验，资金来源于财政。") == []


def test_bylines_are_not_debris():
    assert spans("来源：\n陕西省人民政府\n发布日期:2022-01-18\n时间：2026-02-09") == []


def test_separator_lines_alone_are_not_debris():
    assert spans("一、总体情况\n|\n正文。") == []
