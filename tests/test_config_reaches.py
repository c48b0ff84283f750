"""The user's configuration reaches every step: the claims grammar, the statement grammar's cue
words and the groups that cover a whole — through a hegao.toml, end to end."""

from __future__ import annotations

import json

import pytest

from checker.cli import main


def findings(tmp_path, capsys, config: str, text: str, *args: str) -> list[tuple[str, str]]:
    (tmp_path / "hegao.toml").write_text(config, encoding="utf-8")
    report = tmp_path / "r.txt"
    report.write_text(text, encoding="utf-8")
    main(["check", str(report), "--format", "jsonl", *args])
    out = capsys.readouterr().out
    found = [json.loads(line) for line in out.splitlines() if line.strip()]
    return [(f["rule"], text[f["start"]:f["end"]]) for f in found]


def test_a_unit_of_the_configuration_reaches_the_claims_grammar(tmp_path, capsys):
    text = "全年新建充电桩120桩推动绿色出行。\n"
    assert ("N102", "120") in findings(tmp_path, capsys, "", text, "--select", "N102")
    assert findings(tmp_path, capsys, 'units = {count = ["桩"]}\n', text, "--select", "N102") == []


def test_a_cue_word_of_the_configuration_reaches_the_statement_grammar(tmp_path, capsys):
    text = "全区绿地面积12.40万亩，比上年猛增0.60万亩，猛增6.1%。\n"
    assert findings(tmp_path, capsys, "", text, "--select", "A204") == []
    config = '[cues]\nUP = ["猛增"]\n'
    assert findings(tmp_path, capsys, config, text, "--select", "A204") == [("A204", "6.1%")]


def test_a_shield_word_of_the_configuration_is_read_as_a_word(tmp_path, capsys):
    text = "全区绿地面积12.40万亩，比上年增加0.60万亩，增长6.1%。\n"
    assert findings(tmp_path, capsys, "", text, "--select", "A204") == [("A204", "6.1%")]
    config = '[cues]\nshield = ["增长"]\n'
    assert findings(tmp_path, capsys, config, text, "--select", "A204") == []


def test_an_average_word_of_the_configuration_keeps_a_figure_out_of_breakdowns(tmp_path, capsys):
    text = "全县粮食产量均值412公斤，其中早稻438公斤，晚稻401公斤。\n"
    assert findings(tmp_path, capsys, "", text, "--select", "A205") == [("A205", "438公斤")]
    config = '[subjects]\naverages = ["均值"]\n'
    assert findings(tmp_path, capsys, config, text, "--select", "A205") == []


def test_a_cover_set_of_the_configuration_makes_shares_a_whole(tmp_path, capsys):
    text = "游客中，省内游客占61.2%，省外游客占30.1%，境外游客占6.2%。\n"
    assert findings(tmp_path, capsys, "", text, "--select", "A207") == []
    config = 'cover-sets = [["省内", "省外", "境外"]]\n'
    assert findings(tmp_path, capsys, config, text, "--select", "A207") == [("A207", "61.2%，省外游客占30.1%，境外游客占6.2%")]


def test_a_stage_of_the_configuration_keeps_parts_from_adding_up(tmp_path, capsys):
    text = "今年启动改造小区10个（其中入场施工8个，通过验收5个）。\n"
    assert findings(tmp_path, capsys, "", text, "--select", "A201") == [("A201", "10个")]
    assert findings(tmp_path, capsys, 'stages = ["入场"]\n', text, "--select", "A201") == []


@pytest.mark.parametrize("config, error", [
    ('[cues]\nWHATEVER = ["x"]\n', "unknown terminal 'WHATEVER'"),
    ('[cues]\nUP = [""]\n', "empty word"),
    ('cover-sets = [["只有一个"]]\n', "cover-sets must be a list of word groups"),
])
def test_bad_cue_and_cover_set_keys_are_one_line_errors(tmp_path, capsys, config, error):
    (tmp_path / "hegao.toml").write_text(config, encoding="utf-8")
    (tmp_path / "r.txt").write_text("正文。\n", encoding="utf-8")
    assert main(["check", str(tmp_path / "r.txt")]) == 2
    err = capsys.readouterr().err
    assert error in err and err.count("\n") == 1


def test_a_rule_leaves_a_case_to_another_only_when_that_one_runs(tmp_path, capsys):
    text = "全年培训教师860人次，其中骨干教师920人次、新任教师100人次。\n"
    assert findings(tmp_path, capsys, "", text) == [("A205", "920人次")]
    assert findings(tmp_path, capsys, "", text, "--ignore", "A205") == [("A201", "860人次")]
