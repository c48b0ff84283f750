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


def site(text):
    return [(text[f.start:f.end], f.variant) for f in findings_of("T303", text)]


@pytest.mark.parametrize("text,flagged", [
    # a sharing site's notice, in its own sentence or pasted inside a word
    ("绿化覆盖率提高。本资料由会员上传分享，如有侵权请联系删除。下一步",
     "本资料由会员上传分享，如有侵权请联系删除。"),
    ("推进城乡融声明：本文转载自网络，版权归原作者所有，如有侵权请联系删除合发展。",
     "声明：本文转载自网络，版权归原作者所有，如有侵权请联系删除"),
    ("以下是本站为大家精心整理的述职报告，欢迎阅读参考。\n正文",
     "以下是本站为大家精心整理的述职报告，欢迎阅读参考。"),
    ("新建道路12公里。（未完，全文共2100字，当前显示800字）管网改造",
     "（未完，全文共2100字，当前显示800字）"),
    ("产业稳下载后可任意编辑步增长", "下载后可任意编辑"),
    ("温馨提示：关注微信公众号获取更多范文\n正文", "温馨提示：关注微信公众号获取更多范文"),
])
def test_site_sentences_are_cut_out_exactly(text, flagged):
    assert site(text) == [(flagged, "site")]


@pytest.mark.parametrize("text,flagged", [
    ("生态保护。\n— 12 —\n全面推进", "— 12 —"),
    ("新建校舍第 2 页 共 9 页8所", "第 2 页 共 9 页"),
    ("标题\n发布时间：2021-06-03 16:45:10  阅读量：356\n正文。", "发布时间：2021-06-03 16:45:10  阅读量：356"),
    ("见原文 http://www.example.cn/news/1.shtml 。", "http://www.example.cn/news/1.shtml"),
    ("图示 image004.png 显示", "image004.png"),
    ("城区 HYPERLINK /list/ \\t _blank 学校", "HYPERLINK /list/ \\t _blank"),
    ("站点导航 > 政务公开 > 规划计划\n正文", "站点导航 > 政务公开 > 规划计划"),
    ("2024年林业局工作总结\n\n2024年林业局工作总结\n一、", "2024年林业局工作总结"),
])
def test_site_text_by_its_shape(text, flagged):
    assert site(text) == [(flagged, "site")]


def test_login_line_is_page_controls():
    assert site("登录 注册 | 无障碍 | 繁体中文\n标题") == [("登录 注册 | 无障碍 | 繁体中文", "default")]


@pytest.mark.parametrize("text", [
    "以上数据为初步统计，仅供参考。",
    "2019—2023年，增速-2-3个百分点。",
    "气温-5~-3℃。",
    "登录“一网通办”平台办理。",
    "二、工作安排\n（一）稳增长\n（二）稳就业",
    "会议时间：2025年3月2日上午9:30。",
])
def test_report_text_stays_quiet(text):
    assert site(text) == []


def test_user_cue_words_extend_site_sentences():
    from checker.checks.T303 import T303
    from checker.config import build_rule_data
    from checker.document import build_document
    text = "全年完成投资。本页内容由某某平台采编。"
    assert list(T303(build_rule_data({})).check(build_document("a.txt", text))) == []
    found = list(T303(build_rule_data({"debris-phrases": ["平台采编"]})).check(build_document("a.txt", text)))
    assert [(text[f.start:f.end]) for f in found] == ["本页内容由某某平台采编。"]


def test_repeated_table_rules_are_not_titles():
    assert site("| 12.2 |\n|\n|\n|\n| 其中:") == []


def test_a_shape_alone_is_not_deleted_by_fix_but_a_site_sentence_is():
    text = "详见 http://www.example.cn/a.html 。本文由网友投稿，供大家参考。"
    fixes = [(text[f.start:f.end], f.fix, f.args["text"]) for f in findings_of("T303", text)]
    assert fixes == [("http://www.example.cn/a.html", None, "http://www.example.cn/a.html"),
                     ("本文由网友投稿，供大家参考。", "", "本文由网友投稿，供大家参考。")]


def test_timestamp_keeps_its_colon_in_the_message():
    (f,) = findings_of("T303", "标题\n2026-01-05 10:30\n正文。")
    assert f.args["text"] == "2026-01-05 10:30"


def test_debris_runs_are_read_once_per_text():
    """T303, T304 and T305 all skip page controls: the runs are computed once for the three."""
    from checker.checks.T303 import debris_runs
    from checker.config import default_rule_data

    text = "报告\n  • 字号:\n  • |\n  • 打印\n正文。"
    assert debris_runs(text, default_rule_data()) is debris_runs(text, default_rule_data())
    assert debris_runs(text, default_rule_data()) == ((5, 23),)


def test_a_finding_inside_site_debris_is_left_to_t303():
    """A number rule does not report the spacing of a sharing site's upload record: T303 reports
    the record whole."""
    from checker.api import check_text

    text = "县民政局年度工作总结\n上传人：ab****c 文档编号：551230 格式：DOC 页数：28 大小：61KB\n全年发放低保金3347万元。\n"
    assert [d.rule for d in check_text(text)] == ["T303"]
    assert [d.rule for d in check_text(text.replace("上传人：ab****c 文档编号：551230 格式：DOC ", "第二部分 "))] == ["N103"]
