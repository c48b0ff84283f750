"""The word lists of N102, D202, A206 and A207 come from rules/ and a user's configuration extends
them."""

import pytest

from checker.checks import all_rules
from checker.config import build_rule_data
from checker.document import build_document
from checker.settings import ConfigError, Overrides, Settings

# key, an added word, rule, a text flagged only with the word added
CASES = [
    ("counted-nouns", "民警", "N102", "社区民警12覆盖全部村居。"),
    ("count-verbs", "修缮", "N102", "全年修缮古建筑14延续历史文脉。"),
    ("year-words", "第一季度", "D202", "做好2024第一季度教学视导。"),
    ("part-rates", "留存率", "A206", "新教师留存率为108%。"),
    ("complements", ["公费", "自费"], "A207", "学生中公费生占60%，自费生占30%。"),
]


def findings(code, text, data):
    return list(all_rules()[code](data).check(build_document("example.txt", text, data=data)))


@pytest.mark.parametrize("key, word, code, text", CASES)
def test_user_words_extend_the_rule(key, word, code, text):
    assert findings(code, text, build_rule_data({})) == []
    assert len(findings(code, text, build_rule_data({key: [word]}))) == 1


@pytest.mark.parametrize("key, word, code, text", CASES)
def test_config_key_is_accepted(tmp_path, key, word, code, text):
    path = tmp_path / "hegao.toml"
    path.write_text(f"{key} = [{word!r}]\n", encoding="utf-8")
    config = Settings(Overrides(), str(path)).for_path("-")
    assert len(findings(code, text, config.data)) == 1


@pytest.mark.parametrize("value", ["['公费']", "[['公费']]", "[['公费', 1]]"])
def test_complements_must_be_word_pairs(tmp_path, value):
    path = tmp_path / "hegao.toml"
    path.write_text(f"complements = {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="complements must be a list of word pairs"):
        Settings(Overrides(), str(path)).for_path("-")
