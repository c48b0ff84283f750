"""A210 granularity: the message, the relation it reads and what it leaves to A202."""

from checker.checks import all_rules
from checker.config import default_rule_data
from checker.document import build_document
from checker.relations import find_relations
from checker.relations.model import PercentOfWhole
from checker.relations.show import show_relations
from tests.test_rule_examples import findings_of

TEXT = "全班参考学生45人，及格率为91.2%。"


def test_the_message_shows_the_two_nearest_fractions():
    rule = all_rules()["A210"](default_rule_data())
    [finding] = rule.check(build_document("g.txt", TEXT))
    assert rule.render_message(finding, "zh") == "及格率91.2%不能由45人中的整数个数得到：41 ÷ 45 = 91.11%，42 ÷ 45 = 93.33%"
    assert rule.render_message(finding, "en").startswith("no whole number out of 45人 gives 及格率 91.2%")
    assert finding.calc == "41 ÷ 45 = 91.11% < 91.2% < 42 ÷ 45 = 93.33%"
    assert "91.1%（41）和93.3%（42）" in rule.render_help(finding, "zh")
    assert [(TEXT[l.start:l.end], l.en) for l in finding.labels] == [("45人", "whole")]


def test_the_relation_names_the_rate_and_its_whole():
    [r] = find_relations(build_document("g.txt", TEXT))
    assert isinstance(r, PercentOfWhole)
    assert (r.name, r.percentage.text, r.whole.text, r.named) == ("及格率", "91.2%", "45人", False)
    assert "percent of whole 及格率" in show_relations(build_document("g.txt", TEXT), "table")


def test_two_decimals_on_a_whole_of_thousands():
    assert findings_of("A210", "全区参加体质测试学生3215人，合格率为87.41%。")
    assert not findings_of("A210", "全区参加体质测试学生3215人，合格率为87.43%。")


def test_a_rate_whose_numerator_is_stated_is_left_to_A202():
    # 45所 is the only count of its sentence, but 学校达标率 is 45 ÷ 56, which A202 checks.
    text = "全县共有学校56所。农村学校45所，学校达标率91.2%。"
    assert not findings_of("A210", text)
    assert [f.rule for f in findings_of("A202", text)] == ["A202"]
