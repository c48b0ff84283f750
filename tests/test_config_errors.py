"""Bad configuration files: one line naming the file and key, never a traceback; a bad
configuration of one folder skips that folder's files only; unrelated pyproject.toml files
upward never stop a run."""

import pytest

from checker.cli import main
from checker.settings import ConfigError, Overrides, Settings, find_config

REPORT = "全区共有XX所学校。\n"


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def config_error(tmp_path, report="r.txt") -> str:
    with pytest.raises(ConfigError) as error:
        Settings(Overrides()).for_path(str(write(tmp_path / report, REPORT)))
    assert "\n" not in str(error.value)
    return str(error.value)


def test_tool_hegao_that_is_not_a_table(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool]\nhegao = 1\n")
    assert config_error(tmp_path) == f"{tmp_path / 'pyproject.toml'}: tool.hegao must be a table ([tool.hegao])"


def test_tool_that_is_not_a_table_is_a_pyproject_without_hegao(tmp_path):
    write(tmp_path / "hegao.toml", "lang = 'en'\n")
    write(tmp_path / "sub" / "pyproject.toml", 'tool = "x"\n')
    assert find_config(tmp_path / "sub") == tmp_path / "hegao.toml"


def test_hegao_toml_not_utf8(tmp_path):
    write(tmp_path / "hegao.toml", b"lang = '\xd6\xd0'\n")
    assert config_error(tmp_path) == f"{tmp_path / 'hegao.toml'}: cannot read configuration: not UTF-8"


def test_malformed_unrelated_pyproject_upward_is_skipped_with_a_warning(tmp_path):
    write(tmp_path / "pyproject.toml", "[project\nname = 'x'\n")
    write(tmp_path / "sub" / "hegao.toml", "lang = 'en'\n")
    settings = Settings(Overrides())
    assert settings.for_path(str(write(tmp_path / "sub" / "r.txt", REPORT))).lang == "en"
    assert settings.for_path(str(write(tmp_path / "other" / "r.txt", REPORT))).lang == "zh"
    assert list(settings.warnings) == [
        f"{tmp_path / 'pyproject.toml'}: cannot read configuration: Expected ']' at the end of a table "
        "declaration (at line 1, column 9); skipped"]


def test_malformed_pyproject_meant_for_hegao_is_an_error(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.hegao]\nlang = 'en\n")
    assert config_error(tmp_path).startswith(f"{tmp_path / 'pyproject.toml'}: cannot read configuration: ")


def test_malformed_unrelated_pyproject_does_not_stop_the_run(here, capsys):
    write(here / "pyproject.toml", "[project\n")
    write(here / "r.txt", REPORT)
    assert main(["check", "--format", "concise", "r.txt"]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("r.txt:1:5: error[T302]")
    assert captured.err.startswith(f"hegao: warning: {here / 'pyproject.toml'}: cannot read configuration: ")
    assert captured.err.endswith("; skipped\n") and captured.err.count("\n") == 1


def test_one_bad_folder_configuration_skips_only_its_files(here, capsys):
    write(here / "a" / "hegao.toml", "fail-on = 'sometimes'\n")
    for name in ("a/1.txt", "a/2.txt", "b/1.txt", "c/1.txt"):
        write(here / name, REPORT)
    assert main(["check", "--format", "concise", "--select", "T302", "a", "b", "c"]) == 2
    captured = capsys.readouterr()
    assert [line.split(":")[0] for line in captured.out.splitlines()] == ["b/1.txt", "c/1.txt"]
    assert captured.err.splitlines() == [
        f"hegao: error: {here / 'a' / 'hegao.toml'}: fail-on: unknown severity 'sometimes' "
        "(info, warning, error)"]


def test_bad_configuration_of_every_folder_exits_2_with_no_report(here, capsys):
    write(here / "hegao.toml", "colour = 'red'\n")
    write(here / "r.txt", REPORT)
    assert main(["check", "r.txt"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"hegao: error: {here / 'hegao.toml'}: unknown key 'colour'\n"


@pytest.mark.parametrize("key", ["placeholders", "debris", "reduplication", "idioms", "counted-nouns",
                                 "count-verbs", "year-words", "part-rates"])
@pytest.mark.parametrize("word", ["", " ", "\u3000"])
def test_empty_word_in_a_word_list_is_refused(tmp_path, key, word):
    write(tmp_path / "hegao.toml", f'{key} = ["甲", "{word}"]\n')
    assert config_error(tmp_path) == f"{tmp_path / 'hegao.toml'}: {key}: empty word (it would match everywhere)"


def test_empty_unit_is_refused(tmp_path):
    write(tmp_path / "hegao.toml", '[units]\ncount = [""]\n')
    assert config_error(tmp_path) == f"{tmp_path / 'hegao.toml'}: units: count: empty word (it would match everywhere)"


def test_empty_word_in_a_complement_pair_is_refused(tmp_path):
    write(tmp_path / "hegao.toml", 'complements = [["公费", ""]]\n')
    assert config_error(tmp_path) == f"{tmp_path / 'hegao.toml'}: complements: empty word (it would match everywhere)"


@pytest.mark.parametrize("key", ["select", "ignore"])
def test_empty_rule_code_is_refused(tmp_path, key):
    write(tmp_path / "hegao.toml", f'{key} = [""]\n')
    assert config_error(tmp_path) == f"{tmp_path / 'hegao.toml'}: {key}: empty rule code"
