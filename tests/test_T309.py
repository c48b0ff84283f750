"""T309 (indicator-name) on sentences of its own: a phrase one slip away from a standard
indicator name is reported with the name, and names written right, their siblings and the text
around them stay quiet."""

import pytest

from checker.checks.T309 import T309
from checker.config import build_rule_data, default_rule_data
from checker.document import build_document
from tests.test_rule_examples import findings_of


def found(text, data=None):
    rule = T309(data or default_rule_data())
    return [(text[f.start:f.end], f.variant, rule.render_help(f, "zh"))
            for f in rule.check(build_document("example.txt", text))]


def helped(name):
    return f"核对指标名称，规范名称为“{name}”"


# (sentence, the phrase reported, variant, the standard name)
FLAGGED = [
    ("年末全市医生技术人员达到1.2万人。", "医生技术人员", "substitution", "卫生技术人员"),
    ("城镇常往居民人均可支配收入突破5万元。", "城镇常往居民人均可支配收入", "substitution", "城镇常住居民人均可支配收入"),
    ("全年社会消废品零售总额增长6.3%。", "社会消废品零售总额", "substitution", "社会消费品零售总额"),
    ("一季度规模以上工亚增加值增长7.1%。", "规模以上工亚增加值", "substitution", "规模以上工业增加值"),
    ("完成全社会固定姿产投资120亿元。", "全社会固定姿产投资", "substitution", "全社会固定资产投资"),
    ("一般公共预箅收入完成18.6亿元。", "一般公共预箅收入", "substitution", "一般公共预算收入"),
    ("年末城镇登纪失业率为2.6%。", "城镇登纪失业率", "substitution", "城镇登记失业率"),
    ("农村常住居民人均可支陪收入增长7.5%。", "农村常住居民人均可支陪收入", "substitution", "农村常住居民人均可支配收入"),
    ("实际使用外姿金额3.2亿美元。", "实际使用外姿金额", "substitution", "实际使用外资金额"),
    ("城乡居民基本羊老保险实现全覆盖。", "城乡居民基本羊老保险", "substitution", "城乡居民基本养老保险"),
    ("失业保险参保人数和城乡居民基本羊老保险参保人数均有增加。", "城乡居民基本羊老保险参保人数", "substitution",
     "城乡居民基本养老保险参保人数"),
    ("新建社区卫生复务中心2个。", "社区卫生复务中心", "substitution", "社区卫生服务中心"),
    ("城镇非私营单位在刚职工平均工资增长6%。", "城镇非私营单位在刚职工平均工资", "substitution",
     "城镇非私营单位在岗职工平均工资"),
    ("基本医疗保验参保率稳定在95%以上。", "基本医疗保验参保率", "substitution", "基本医疗保险参保率"),
    ("全年城镇就业新增人数1.2万人。", "城镇就业新增人数", "swapped", "城镇新增就业人数"),
    ("社会零售消费品总额恢复增长。", "社会零售消费品总额", "swapped", "社会消费品零售总额"),
    ("居民价格消费指数上涨1.8%。", "居民价格消费指数", "swapped", "居民消费价格指数"),
    ("研究与发展试验经费支出占比提高。", "研究与发展试验经费支出", "swapped", "研究与试验发展经费支出"),
    ("城镇失业调查率为5.1%。", "城镇失业调查率", "swapped", "城镇调查失业率"),
    ("全县每千人口床位书为5.6张。", "每千人口床位书", "count-noun", "每千人口床位数"),
    ("全区卫生技术人员书比上年增加120人。", "卫生技术人员书", "count-noun", "卫生技术人员数"),
    ("执业(助理)医师术达到860人。", "执业(助理)医师术", "count-noun", "执业(助理)医师数"),
    ("每千人口执业（助理）医师书为2.9人。", "每千人口执业（助理）医师书", "count-noun", "每千人口执业(助理)医师数"),
    ("注册护士树逐年增加。", "注册护士树", "count-noun", "注册护士数"),
    ("城镇常住居民人均可支配收人增长5.2%。", "城镇常住居民人均可支配收人", "substitution", "城镇常住居民人均可支配收入"),
    ("全院注册护土46人。", "注册护土", "substitution", "注册护士"),
]

CLEAN = [
    "年末全市卫生技术人员达到1.2万人。",
    "城镇常住居民人均可支配收入突破5万元。",
    "全年社会消费品零售总额增长6.3%。",
    "规模以下工业增加值增长3%。",
    "全省居民人均可支配收入增长5.1%，全国居民人均可支配收入为3.9万元。",
    "第二产业增加值增长4.2%，第四产业的说法并不规范。",
    "进口总额和出口总额分别增长3%和5%。",
    "医院共有职工98人，其中技术人员32人。",
    "每万人口全科医生数达到3.5人。",
    "持续加大固定资产投入力度。",
    "高新技术产业产值占规模以上工业比重提高。",
    "全年注册护士和执业医师分别增加20人和15人。",
    "城镇调查失业率为5.2%，常住人口城镇化率达到68%。",
    "全体居民人均消费支出2.6万元。",
    "一般公共预算收支保持平衡，地方财政收支矛盾有所缓解。",
    "全区生产总值增长6%。",
    "城乡居民收入差距持续缩小。",
    "空气质量优良天数比例为92%。",
    "执业（助理）医师数达到1200人，卫生技术人员数比上年增加。",
    "组织注册护士书写规范护理文书。",
    "新增城镇就业1.5万人，坚决防范安全生产事故。",
    "全县有疾病預防控制中心1個。",
    "每千人口托位数达到3.5个。",
    "年末城镇登记失业人员1200人，城镇登记失业率为2.9%。",
    "货物进出口贸易总额增长4%，服务进出口贸易总额增长7%。",
    "普通高校招生1.2万人，普通高校毕业生1.1万人，普通高中招生3.4万人。",
    "城镇居住人口16.8万人，农村居住人口16.3万人。",
    "城镇常驻人员登记工作有序推进。",
]


def test_enough_examples():
    assert len(FLAGGED) >= 20 and len(CLEAN) >= 20


@pytest.mark.parametrize("text, written, variant, name", FLAGGED)
def test_slip_is_reported_with_the_standard_name(text, written, variant, name):
    assert found(text) == [(written, variant, helped(name))]


@pytest.mark.parametrize("text", CLEAN)
def test_names_written_right_and_their_siblings_stay_quiet(text):
    assert found(text) == []


def test_span_messages_and_no_fix():
    text = "其中医生技术人员1597人。"
    (finding,) = findings_of("T309", text)
    assert (finding.start, finding.end, finding.fix) == (2, 8, None)
    rule = T309(default_rule_data())
    assert rule.render_message(finding, "zh") == "“医生技术人员”疑为指标名称“卫生技术人员”之误"
    assert rule.render_help(finding, "en") == "check the name: the standard indicator is “卫生技术人员”"


def test_a_wrong_character_that_t306_reports_is_left_to_t306():
    text = "户藉人口城镇化率为52%。"
    assert found(text) == []
    alone = T309(default_rule_data(), selects=lambda code: code != "T306")
    (finding,) = alone.check(build_document("example.txt", text))
    assert (text[finding.start:finding.end], finding.args["name"]) == ("户藉人口城镇化率", "户籍人口城镇化率")
    assert [f.args["text"] for f in findings_of("T306", text)] == ["户藉"]


def test_users_names_extend_the_list():
    text = "城乡居民打病保险实现全覆盖。"
    assert found(text) == []
    data = build_rule_data({"indicators": ["城乡居民大病保险"]})
    assert found(text, data) == [("城乡居民打病保险", "substitution", helped("城乡居民大病保险"))]


def test_a_users_name_is_never_reported_as_a_slip():
    """Listing a phrase keeps it quiet, whatever name it is one character off."""
    text = "城乡居民基本羊老保险实现全覆盖。"
    data = build_rule_data({"indicators": ["城乡居民基本羊老保险"]})
    assert found(text, data) == []


def test_every_listed_name_written_out_is_quiet():
    """No name of the list reads as a slip of another, alone or between common words."""
    names = default_rule_data().indicators.names
    noisy = [name for name in names for text in (f"{name}。", f"全年{name}增长5%，")
             if found(text)]
    assert noisy == []
