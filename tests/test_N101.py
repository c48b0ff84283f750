import pytest

from tests.test_rule_examples import findings_of


def spans(text):
    return [(f.start, f.end, f.variant) for f in findings_of("N101", text)]


def test_age_beyond_bound():
    text = "最年长的志愿者为2019630周岁。"
    assert spans(text) == [(8, 17, "bound")]


def test_pasted_figure_flags_each_repeat_not_the_first():
    text = "接待家长4713862人次，印发手册4713862份，张贴海报4713862张。"
    assert [s[:2] for s in spans(text)] == [(18, 26), (31, 39)]
    assert {s[2] for s in spans(text)} == {"repeat"}


def test_same_long_figure_same_unit_is_not_a_paste():
    assert spans("上半年收入3456789元，下半年仍为3456789元。") == []


def test_approximation_on_exact_long_figure():
    assert spans("服务群众约2345678人次。") == [(4, 14, "approx")]


def test_rounded_approximations_are_quiet():
    assert spans("资助学生6000余名，投入1700余万元，覆盖2.7万余户。") == []


def test_large_plausible_values_are_quiet():
    assert spans("全省生产总值5.67万亿元，常住人口1.28亿人，阅卷总分4268374分。") == []


def test_scale_bounds_people(monkeypatch):
    from dataclasses import replace
    from checker.checks.N101 import N101
    from checker.config import default_rule_data
    from checker.document import build_document
    rule = N101(replace(default_rule_data(), scale=100000))
    found = list(rule.check(build_document("x.txt", "全区接待来访群众35000000人次。")))
    assert [(f.start, f.end, f.variant, f.calc) for f in found] == [(8, 18, "bound", "35000000 > 10000000")]


def test_population_bounds_person_times_of_the_same_people():
    [finding] = findings_of("N101", "全县现有教师3200人。\n组织教师参加线上培训4500000人次。")
    assert finding.variant == "population"
    assert finding.calc == "4500000 > 3200 × 100 = 320000"


def test_population_of_other_people_does_not_bound():
    assert findings_of("N101", "全县现有教师3200人。\n接待游客4500000人次。") == []


def test_population_needs_words_that_state_a_whole():
    # 新招聘教师 is a part of the teachers, not their number.
    assert findings_of("N101", "新招聘教师32人。\n组织教师参加线上培训4500人次。") == []


def test_population_of_households_or_firms_does_not_bound():
    assert findings_of("N101", "全区规模以上企业突破2000户，惠及企业300万户。") == []


def test_population_after_its_figure():
    [finding] = findings_of("N101", "全县3.2万名学生。\n组织学生参加研学4500000人次。")
    assert finding.variant == "population"


def test_population_of_a_subgroup_bounds_only_that_subgroup():
    # 百岁老人 are not all the old people a service reaches.
    assert findings_of("N101", "全区现有百岁老人47名。\n服务留守老人和困境儿童1.8万余人次。") == []


def test_people_counted_nowhere_else_are_bounded_by_the_largest_population():
    [finding] = findings_of("N101", "全镇4.3万名干部群众。\n惠及困难群众652071385人次。")
    assert finding.calc == "652071385 > 43000 × 1000 = 43000000"
    assert finding.args["population"] == "4.3万名干部群众"


def test_visitors_are_not_bounded_by_residents():
    assert findings_of("N101", "全镇4.3万名干部群众。\n全年接待游客65207138人次。") == []


def test_a_subgroup_does_not_bound_other_people():
    assert findings_of("N101", "全区现有百岁老人47名。\n注册志愿者达到12.6万人。") == []


def test_money_beyond_any_economy():
    [finding] = findings_of("N101", "完成交通投资186000000亿元。")
    assert finding.variant == "bound"
    assert findings_of("N101", "金融市场交易总额达到4059万亿元。") == []


def test_a_configured_scale_wins_over_the_region_of_the_title(tmp_path):
    """A user's ``scale`` is the population they know; the title's region does not replace it."""
    from checker.checks.N101 import N101
    from checker.config import build_rule_data
    from checker.document import build_document
    text = "某某县2025年政府工作报告\n新增宽带用户4680万户。"
    doc = build_document("a.txt", text)
    assert [f.variant for f in N101(build_rule_data({})).check(doc)] == ["region"]
    assert list(N101(build_rule_data({"scale": 100000000})).check(doc)) == []


@pytest.mark.parametrize("title, region", [
    ("某某县2025年政府工作报告", ("县", 1700000)),
    ("区民政局2023年工作总结", ("区", 6000000)),
    ("重庆市某某区教育局工作总结", ("区", 6000000)),
    ("广西壮族自治区2026年政府工作报告", ("自治区", 130000000)),
    ("2025年工作总结", None),
    ("社区2025年工作总结", None),
    ("城市管理局2025年工作总结", None),
])
def test_region_of_the_title(title, region):
    from checker.checks.N101 import region_of
    from checker.config import default_rule_data
    assert region_of(title + "\n全年工作稳步推进。", default_rule_data().regions) == region
