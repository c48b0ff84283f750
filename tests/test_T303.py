import pytest

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


def test_breadcrumb_and_share_line_are_one_run():
    text = "首页 > 新闻中心 > 部门动态\n分享到：微信　朋友圈　QQ空间\n正文。"
    assert spans(text) == [(0, 32)]


@pytest.mark.parametrize("line", [
    "当前位置：首页 > 通知公告",
    "您现在的位置：首页 › 政务公开 › 工作报告",
    "首页 » 机构概况",
    "首页/信息公开/规划计划",
])
def test_breadcrumbs_are_debris(line):
    assert spans(f"标题\n{line}\n正文。") == [(3, 3 + len(line))]


def test_breadcrumb_one_part_per_line():
    text = "首页\n>\n信息公开\n>\n年度报告\n2024年工作报告\n正文。"
    assert spans(text) == [(0, 16)]


@pytest.mark.parametrize("text", [
    "首页展示了全年工作成果。",
    "首页/首屏改版后，访问量明显增加。",
    "当前位置不变，继续推进。",
    "通过微信、QQ等渠道宣传。",
    "QQ群：123456",
])
def test_prose_and_contacts_are_quiet(text):
    assert spans(text) == []
