"""A211 derived-figure: the finding of each case of tests/arithmetic/definitions.toml (span,
variant, calculation), its message and help, what the relation names, and the user's
``definitions``."""

import tomllib
from pathlib import Path

import pytest

from checker.checks import all_rules
from checker.config import build_rule_data, default_rule_data
from checker.document import build_document
from checker.relations import find_relations
from checker.relations.definitions import figure_name
from checker.relations.model import Definition
from checker.relations.show import show_relations
from checker.settings import ConfigError, Overrides, Settings

CASES = tomllib.loads((Path(__file__).parent / "arithmetic" / "definitions.toml").read_text(encoding="utf-8"))["case"]
FLAGGED = [c for c in CASES if "calc" in c]


def a211(text, data=None):
    data = data or default_rule_data()
    rule = all_rules()["A211"](data)
    return rule, list(rule.check(build_document("d.txt", text, data=data)))


def test_at_least_twelve_flagged_and_twelve_consistent_cases():
    assert len(FLAGGED) >= 12 and len([c for c in CASES if not c["expect"]]) >= 12


@pytest.mark.parametrize("case", FLAGGED, ids=[c["text"][:12] for c in FLAGGED])
def test_flagged_case_span_variant_and_calc(case):
    _, [finding] = a211(case["text"])
    span = next(text for code, text in case["expect"] if code == "A211")
    assert case["text"][finding.start:finding.end] == span
    assert (finding.variant, finding.calc) == (case["variant"], case["calc"])


def test_message_help_and_labels_of_a_rate():
    text = "年末常住人口94.5万人，其中城镇人口42.1万人。常住人口城镇化率44.2%。"
    rule, [finding] = a211(text)
    assert rule.render_message(finding, "zh") == "城镇化率44.2%与城镇人口42.1万 ÷ 常住人口94.5万 = 44.55%不符"
    assert rule.render_help(finding, "zh") == "核对44.2%；若城镇人口和常住人口无误，城镇化率应约为44.6%"
    assert rule.render_message(finding, "en").startswith("城镇化率 44.2% does not match")
    assert [(text[l.start:l.end], l.zh) for l in finding.labels] == [("42.1万人", "分子"), ("94.5万人", "分母")]


def test_message_and_help_of_a_conversion():
    rule, [finding] = a211("全年粮食总产量48.6万吨（折合9.62亿斤）。")
    assert rule.render_message(finding, "zh") == "9.62亿斤与48.6万吨折合的9.72亿斤不符"
    assert rule.render_help(finding, "zh") == "核对9.62亿斤；若48.6万吨无误，应约为9.72亿斤"


def test_rounding_of_the_inputs_is_allowed():
    # 42.1万 ÷ 94.5万 = 44.55%, but 42.05万 ÷ 94.55万 = 44.47%: 44.5% is right
    assert a211("年末常住人口94.5万人，其中城镇人口42.1万人。常住人口城镇化率44.5%。")[1] == []


def test_an_input_of_another_year_is_not_taken():
    text = "2022年末常住人口41.0万人。2023年末常住人口40.2万人，城镇人口19.8万人。2023年城镇化率50.1%。"
    _, [finding] = a211(text)
    assert finding.calc == "城镇人口19.8万 ÷ 常住人口40.2万 = 49.25% ≠ 50.1%"


def test_the_relation_names_its_inputs():
    text = "全县小学在校生24860人，小学专任教师1320人，小学生师比为18.83。"
    [r] = [r for r in find_relations(build_document("d.txt", text)) if isinstance(r, Definition)]
    assert (r.name, r.result.text, r.numerator.text, r.denominator.text) == ("生师比", "18.83", "24860人", "1320人")
    assert r.inputs == ("小学在校生", "小学专任教师")
    assert "definition 生师比" in show_relations(build_document("d.txt", text), "table")


@pytest.mark.parametrize("before, name", [
    ("全年全区生产总值(2)实现", "全年全区生产总值"),
    ("全市共有执业(助理)医师", "全市共有执业助理医师"),
    ("男性人口为 ", "男性人口"),
    ("全县共有家庭户[3]", "全县共有家庭户"),
    ("全县实现地区生产总值（GDP）", "全县实现地区生产总值"),
])
def test_figure_name(before, name):
    text = before + "1520人。"
    doc = build_document("d.txt", text)
    claim = next(c for c in doc.claims if c.text == "1520人")
    assert figure_name(text, claim, default_rule_data().definitions.verbs) == name


LAWYERS = {"name": "每万人口律师数", "result": ["律师数", "律师"], "per": ["每万人口"], "numerator": ["律师"],
           "denominator": ["常住人口"], "scale": 10000, "units": ["人"], "neutral": ["执业"]}
LAWYER_TEXT = "全市执业律师860人。年末常住人口215万人。每万人口律师数达到5.2人。"


def test_a_users_definition_adds_to_the_defaults():
    assert a211(LAWYER_TEXT)[1] == []
    data = build_rule_data({"definitions": [LAWYERS]})
    _, [finding] = a211(LAWYER_TEXT, data)
    assert finding.calc == "执业律师860 ÷ 常住人口215万 × 10000 = 4人 ≠ 5.2人"
    assert len(data.definitions.definitions) == len(default_rule_data().definitions.definitions) + 1


def test_definitions_from_a_configuration_file(tmp_path):
    path = tmp_path / "hegao.toml"
    path.write_text('[[definitions]]\nname = "每万人口律师数"\nresult = ["律师数"]\nper = ["每万人口"]\n'
                    'numerator = ["律师"]\ndenominator = ["常住人口"]\nscale = 10000\nneutral = ["执业"]\n', encoding="utf-8")
    data = Settings(Overrides(), str(path)).for_path("-").data
    assert len(a211(LAWYER_TEXT, data)[1]) == 1


@pytest.mark.parametrize("entry, error", [
    ('definitions = "城镇化率"', "definitions must be a list of tables"),
    ('[[definitions]]\nname = "x"\nresult = ["x"]\ndenominator = ["y"]', r"definitions\[0\]: missing key 'numerator'"),
    ('[[definitions]]\nname = "x"\nresult = ["x"]\nnumerator = "a"\ndenominator = ["y"]',
     r"definitions\[0\]\.numerator must be a list of strings"),
    ('[[definitions]]\nname = "x"\nresult = ["x"]\nnumerator = []\ndenominator = ["y"]\nscale = 0',
     r"definitions\[0\]\.scale must be a positive number"),
    ('[[definitions]]\nname = "x"\nresult = ["x"]\nnumerator = []\ndenominator = ["y"]\nformula = "x/y"',
     r"definitions\[0\]: unknown key 'formula'"),
    ('[[definitions]]\nname = "x"\nresult = ["x"]\nnumerator = ["a"]\ndenominator = ["y"]\noperation = "sum"',
     r"definitions\[0\]\.operation must be one of ratio, difference"),
    ('[[definitions]]\nname = "x"\nresult = ["x"]\nnumerator = []\ndenominator = ["y"]\noperation = "difference"',
     r"definitions\[0\]: a difference needs a numerator"),
])
def test_a_malformed_definition_is_a_one_line_error(tmp_path, entry, error):
    path = tmp_path / "hegao.toml"
    path.write_text(entry + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=error) as raised:
        Settings(Overrides(), str(path)).for_path("-")
    assert str(raised.value).startswith(str(path)) and "\n" not in str(raised.value)


def test_a_difference_from_a_configuration_file(tmp_path):
    """A user's definition of one rate as the difference of two (结婚率 − 离婚率 is no standard
    figure; the shape is what is tested)."""
    path = tmp_path / "hegao.toml"
    path.write_text('[[definitions]]\nname = "净迁入率"\noperation = "difference"\nresult = ["净迁入率"]\n'
                    'numerator = ["迁入率"]\ndenominator = ["迁出率"]\nunits = ["%"]\n', encoding="utf-8")
    data = Settings(Overrides(), str(path)).for_path("-").data
    _, [finding] = a211("全年迁入率12.6‰，迁出率10.9‰，净迁入率1.5‰。", data)
    assert (finding.variant, finding.calc) == ("difference", "迁入率12.6‰ − 迁出率10.9‰ = 1.7‰ ≠ 1.5‰")
    assert a211("全年迁入率12.6‰，迁出率10.9‰，净迁入率1.7‰。", data)[1] == []


def test_a_difference_shows_the_signs_as_written():
    _, [finding] = a211("全年人口出生率5.48‰，人口死亡率8.02‰，人口自然增长率为负2.45‰。")
    assert finding.variant == "difference"
    assert finding.calc == "人口出生率5.48‰ − 人口死亡率8.02‰ = -2.54‰ ≠ -2.45‰"
    assert finding.args["needed"] == "-2.54‰"


def test_a_share_that_a203_reads_is_reported_once():
    """One wrong share, one finding: A203 reads it with its whole; A211 reports it only where A203
    is not selected."""
    from checker.api import check_text
    from checker.config import Config

    text = "全市地区生产总值860亿元。数字经济核心产业增加值95亿元，占地区生产总值的比重为12.0%。"
    assert [d.rule for d in check_text(text)] == ["A203"]
    assert [d.rule for d in check_text(text, config=Config(ignore=("A203",)))] == ["A211"]


def test_a_range_is_no_input_of_a_difference():
    """出生率7%-8% states no one value: the natural growth rate after it is left alone."""
    assert a211("人口出生率7%-8%，人口死亡率6.0%，人口自然增长率1.1%。")[1] == []
