"""Every word list of rules/*.toml has a configuration key, and the key reaches the rules: users
extend hegao through [tool.hegao], never by editing the installed package."""

from pathlib import Path

import pytest

from checker.checks import all_rules
from checker.document import build_document
from checker.settings import KNOWN_KEYS, ConfigError, Overrides, Settings

RULES = Path(__file__).resolve().parent.parent / "rules"
# rules/<file>.toml -> the configuration keys that extend it
KEYS = {
    "units": ["units"], "idioms": ["idioms"], "placeholders": ["placeholders"], "debris": ["debris", "garbled"],
    "reduplication": ["reduplication"], "counted-nouns": ["counted-nouns", "count-verbs", "measure-nouns", "share-nouns",
                                                       "money-nouns"],
    "year-words": ["year-words", "year-prepositions"], "part-rates": ["part-rates", "targets", "per-unit"], "complements": ["complements", "cover-sets", "decompositions", "stages", "peers"],
    "cues": ["cues"], "definitions": ["definitions"], "subjects": ["subjects"], "bounds": ["scale"],
    "confusables": ["confusables"], "indicators": ["indicators"], "usage": ["time-words", "region-slips", "spun-phrases", "approximate-words", "approximate-ends", "growth-verbs", "rate-words", "year-joiners", "frame-endings", "frame-subjects", "person-nouns"], "tables": ["tables"],
}


def configured(tmp_path, text):
    path = tmp_path / "hegao.toml"
    path.write_text(text, encoding="utf-8")
    return Settings(Overrides(), str(path)).for_path("-")


@pytest.mark.parametrize("name", sorted(p.stem for p in RULES.glob("*.toml")))
def test_each_rules_file_has_a_configuration_key(name):
    assert KEYS[name] and set(KEYS[name]) <= KNOWN_KEYS


def test_cues_and_cover_sets_are_configuration_keys(tmp_path):
    config = configured(tmp_path, 'cover-sets = [["甲类", "乙类", "丙类"]]\n[cues]\nUP = ["猛增"]\nshield = ["增量"]\n')
    assert ("甲类", "乙类", "丙类") in config.data.cover_sets
    assert "猛增" in config.data.cues["UP"] and "增加" in config.data.cues["UP"]
    assert "增量" in config.data.shield


@pytest.mark.parametrize("text, error", [
    ('[cues]\nUPP = ["猛增"]\n', "cues: unknown terminal 'UPP'"),
    ('[cues]\nUP = [""]\n', "empty word"),
    ('cover-sets = [["甲类"]]\n', "cover-sets must be a list of word groups"),
])
def test_bad_cues_and_cover_sets_are_one_line_errors(tmp_path, text, error):
    with pytest.raises(ConfigError, match=error):
        configured(tmp_path, text)


def test_a_users_unit_reaches_the_rules(tmp_path):
    """A unit added with ``units`` is read by the claims grammar of the document the rules get."""
    config = configured(tmp_path, '[units]\ncount = ["羽"]\n')
    doc = build_document("x.txt", "全县共有家禽30羽，其中鸡20羽、鸭20羽。", data=config.data)
    assert [f.rule for f in all_rules()["A201"](config.data).check(doc)] == ["A201"]


def test_a_users_cue_reaches_the_rules(tmp_path):
    config = configured(tmp_path, '[cues]\nUPTO = ["猛增到"]\n')
    doc = build_document("x.txt", "全县在校生由100人猛增到150人，增长60%。", data=config.data)
    assert [f.rule for f in all_rules()["A204"](config.data).check(doc)] == ["A204"]


def test_a_users_not_unit_reaches_the_claims_grammar(tmp_path):
    """``not-units`` under ``units`` names words that begin with a unit but are no unit."""
    text = "全镇有家具厂12家具规模以上。"
    plain = [c.unit for c in build_document("x.txt", text).claims]
    config = configured(tmp_path, '[units]\nnot-units = ["家具"]\n')
    doc = build_document("x.txt", text, data=config.data)
    assert plain == ["家"] and [c.unit for c in doc.claims] == [None]
