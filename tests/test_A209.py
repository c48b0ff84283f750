"""A209 repeated-figure: the finding (span, message, label, arithmetic, help), which figures it
compares, and the configuration reaching it."""

from checker.checks import all_rules
from checker.config import build_rule_data, default_rule_data
from checker.document import build_document
from tests.test_rule_examples import findings_of

LEAD_AND_DETAIL = "全年粮食播种面积285.87万亩，总产量110.2万吨。\n一、农业\n全市全年粮食播种面积285.89万亩，比上年增加1.2万亩。"


def test_the_finding_names_both_values_and_labels_the_first():
    rule = all_rules()["A209"](default_rule_data())
    [finding] = rule.check(build_document("r.txt", LEAD_AND_DETAIL))
    assert LEAD_AND_DETAIL[finding.start:finding.end] == "285.89万亩"
    assert finding.variant == "default"
    assert rule.render_message(finding, "zh") == "“全市全年粮食播种面积”前文为285.87万亩，此处为285.89万亩"
    assert rule.render_message(finding, "en") == "“全市全年粮食播种面积” is 285.87万亩 earlier but 285.89万亩 here"
    assert finding.calc == "285.87万亩 ≠ 285.89万亩"
    assert rule.render_help(finding, "zh") == "统一为正确的数值"
    assert [(LEAD_AND_DETAIL[l.start:l.end], l.zh) for l in finding.labels] == [("285.87万亩", "前文")]


def test_a_slip_across_sections_is_found_when_scope_qualifiers_and_time_agree():
    text = "全区共有执业医师2318人，注册护士2960人。\n（二）卫生\n全区执业医师2381人中，女性1400人。"
    assert [text[f.start:f.end] for f in findings_of("A209", text)] == ["2381人"]


def test_quiet_when_the_subjects_differ():
    for text in (
        "二、小学\n在校生26540人。\n三、初中\n在校生26450人。",  # scope
        "常住人口中城镇人口32.4万人。\n户籍人口中城镇人口32.6万人。",  # qualifier
        "全年新增装机容量126万千瓦。\n全市总装机容量162万千瓦。",  # 新增 and 总
        "全县60岁及以上人口11.2万人，其中65岁及以上人口11.5万人。",  # age group
        "第六次全国人口普查全县常住人口48.6万人。\n全县常住人口46.8万人。",  # census and now
        "上年全县粮食总产量12.46万吨。\n全年全县粮食总产量12.64万吨。",  # last year and this
    ):
        assert findings_of("A209", text) == [], text


def test_a_flow_needs_a_slip_a_stock_any_difference():
    assert findings_of("A209", "全年新建村级活动场所125个。\n全年新建村级活动场所152个。")
    assert not findings_of("A209", "全年新建村级活动场所12个。\n全年新建村级活动场所40个。")
    assert findings_of("A209", "全县耕地总面积12万亩。\n全县耕地总面积40万亩。")


def test_changes_bases_and_attributes_are_not_levels():
    text = "投资8000万元的实验中学扩建项目完工；投资6000万元的北校区项目开工。"
    assert not findings_of("A209", text)
    text = "全市常住人口456万人，比上年增加4.6万人。\n全市常住人口由451.4万人增加到456万人。"
    assert not findings_of("A209", text)


def test_the_configured_words_reach_the_rule():
    text = "——职高。在校生1236人。\n——技校。在校生1263人。"
    rule = all_rules()["A209"]
    assert list(rule(default_rule_data()).check(build_document("c.txt", text)))
    data = build_rule_data({"subjects": {"scope": ("职高", "技校")}})
    assert not list(rule(data).check(build_document("c.txt", text, data=data)))
