from tests.test_rule_examples import findings_of


def spans(text):
    return [(f.start, f.end, f.variant) for f in findings_of("T304", text)]


def test_closer_without_opener_is_the_closer():
    assert spans("开展3+4”贯通培养。") == [(5, 6, "close")]


def test_opener_never_closed_is_the_opener():
    assert spans("落实“双政策,加强管理。") == [(2, 3, "open")]


def test_interleaved_pairs_report_the_inner_opener():
    # 《 closes, so the “ opened inside it and never closed is the defect.
    assert spans("学习《关于“双减的意见》。") == [(5, 6, "open")]


def test_several_findings_and_paragraphs_are_separate():
    text = "落实“双减。\n开展】活动（一）（二"
    assert spans(text) == [(2, 3, "open"), (9, 10, "close"), (15, 16, "open")]


def test_straight_quotes_alternate():
    assert spans('举办"读书月"和"诗词大会活动。') == [(8, 9, "open")]


def test_broken_heading_marker_is_left_to_heading_rule():
    assert spans("一、总体情况\n)加快推进校舍建设。") == []


def test_page_controls_split_over_lines_are_left_to_T303():
    assert spans("报告\n【字号：\n加大\n减小\n】\n正文。") == []


def test_a_pair_may_close_on_the_next_line_of_a_wrapped_paragraph():
    assert findings_of("T304", "（文件见附件，\n共三页）。") == []


def test_a_pair_never_closes_across_a_finished_line_or_a_blank_line():
    assert len(findings_of("T304", "开展“三个课堂。\n建设”智慧校园。")) == 2
    assert len(findings_of("T304", "（文件见附件\n\n共三页）。")) == 2
