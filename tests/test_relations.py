"""The relation layer and the arithmetic rules, driven by the cases in tests/arithmetic/*.toml."""

import tomllib
from pathlib import Path

import pytest

from checker.checks import all_rules
from checker.config import default_rule_data
from checker.document import build_document
from checker.relations import find_relations
from checker.relations.model import Rate, Share
from checker.relations.show import show_relations
from tests.test_rule_examples import findings_of

CASES = [
    (path.stem, case)
    for path in sorted((Path(__file__).parent / "arithmetic").glob("*.toml"))
    for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]
]
ARITHMETIC_RULES = [cls for code, cls in all_rules().items() if code.startswith("A2")]


def a2_findings(text: str) -> list[tuple[str, str]]:
    doc = build_document("case.txt", text)
    data = default_rule_data()
    found = [f for cls in ARITHMETIC_RULES for f in cls(data).check(doc)]
    return sorted((f.rule, text[f.start:f.end]) for f in found)


@pytest.mark.parametrize("kind,case", CASES, ids=[f"{k}-{i}" for i, (k, _) in enumerate(CASES)])
def test_arithmetic_case(kind, case):
    assert a2_findings(case["text"]) == sorted(tuple(e) for e in case["expect"])


def test_each_relation_kind_has_twelve_cases_half_flagged():
    for kind in {k for k, _ in CASES}:
        cases = [c for k, c in CASES if k == kind]
        flagged = [c for c in cases if c["expect"]]
        assert len(cases) >= 12 and len(flagged) >= 5 and len(cases) - len(flagged) >= 5, kind


def test_rate_relation_names_its_inputs():
    text = "参考人数为8768人。本届我区总分A+513人，比去年多198人，A+率为6.93%。"
    [rate] = find_relations(build_document("r.txt", text))
    assert isinstance(rate, Rate)
    assert (rate.name, rate.numerator.text, rate.denominator.text) == ("A+率", "513人", "8768人")


def test_share_relation_keeps_every_candidate_part_but_changes():
    text = "全县教师2100人，本届我区总分A+513人，比去年多198人，占全市总分A+3735人的13.73%。"
    [share] = find_relations(build_document("s.txt", text))
    assert isinstance(share, Share)
    assert share.whole.text == "3735人" and [p.text for p in share.parts] == ["513人", "2100人"]


def test_rate_mismatch_shows_the_arithmetic_and_labels():
    text = "参考人数为8768人。本届我区总分A+513人，A+率为6.93%。"
    rule = all_rules()["A202"](default_rule_data())
    [finding] = rule.check(build_document("r.txt", text))
    assert finding.calc == "513 ÷ 8768 = 5.85% ≠ 6.93%"
    assert [(text[l.start:l.end], l.en) for l in finding.labels] == [("513人", "numerator"), ("8768人", "denominator")]
    assert finding.args["needed"] == "608"


def test_relations_are_cached_per_document():
    doc = build_document("c.txt", "计划项目116个，100个项目已开工，开工率86%。")
    assert find_relations(doc) is find_relations(doc)


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_show_relations(fmt):
    doc = build_document("c.txt", "计划项目116个，100个项目已开工，开工率86%。")
    out = show_relations(doc, fmt)
    assert "116个" in out and "86%" in out


# One sentence for each kind of relation that has a row of its own in the table.
SHOWN = {
    "pairing": "城镇和农村居民人均可支配收入分别增长5.1%和6.8%。",
    "level change": "茶园面积12.40万亩，增加0.60万亩，增长5.1%。",
    "unit slip": "全年诊疗量85.78万人次，增加9.43万人。",
    "average change": "由2021年的860万元增加到2024年的1520万元，年均增长20.9%。",
}


@pytest.mark.parametrize("kind", sorted(SHOWN))
def test_show_relations_has_a_row_for_each_kind(kind):
    """Every relation is shown: a kind without a row once ended `hegao claims --relations` in a
    traceback (a 分别 pairing in a bulletin)."""
    out = show_relations(build_document("k.txt", SHOWN[kind]), "table")
    assert f" {kind} " in out


def test_show_relations_names_every_kind_of_relation():
    import inspect

    from checker.relations import model
    from checker.relations.show import _row

    kinds = [name for name, cls in vars(model).items() if inspect.isclass(cls) and cls.__module__ == model.__name__]
    source = inspect.getsource(_row)
    assert [k for k in kinds if f"isinstance(r, {k})" not in source] == []


def test_relations_never_cross_paragraphs():
    doc = build_document("p.txt", "计划项目116个。\n100个项目已开工，开工率96%。")
    assert find_relations(doc) == []


def test_rate_mismatch_blames_the_rate_when_its_numerator_is_confirmed_elsewhere():
    text = "参考人数为8768人，本届A+513人，A+率为6.93%，占全市A+3735人的13.73%。"
    [finding] = findings_of("A202", text)
    assert finding.variant == "rate_suspect" and finding.args["confirmed"] == "513 ÷ 3735 = 13.73%"
    assert [text[l.start:l.end] for l in finding.labels] == ["513人", "8768人", "3735人"]


def test_rate_mismatch_without_confirmation_asks_for_the_numerator():
    [finding] = findings_of("A202", "参考人数为8768人，本届A+513人，A+率为6.93%，占全市A+3735人的15%。")
    assert finding.variant == "default" and finding.args["needed"] == "608"


def test_share_mismatch_blames_the_share_when_its_part_gives_a_correct_rate():
    text = "应接种2000人，已接种1900人，接种率95%，占全市已接种10000人的25%。"
    [finding] = findings_of("A203", text)
    assert finding.variant == "share_suspect" and finding.args["confirmed"] == "1900 ÷ 2000 = 95%"
