"""Configuration files: discovery, validation, overrides, per-file ignores, hashing."""

import pytest

from checker.config import Config
from checker.findings import Severity
from checker.settings import ConfigError, Overrides, Settings, find_config


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_nearest_file_wins_and_hegao_toml_beats_pyproject(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.hegao]\nignore = ['T302']\n")
    write(tmp_path / "sub" / "hegao.toml", "fail-on = 'error'\n")
    write(tmp_path / "sub" / "pyproject.toml", "[tool.hegao]\nlang = 'en'\n")
    assert find_config(tmp_path / "sub") == tmp_path / "sub" / "hegao.toml"
    settings = Settings(Overrides())
    top = settings.for_path(str(write(tmp_path / "a.txt", "")))
    sub = settings.for_path(str(write(tmp_path / "sub" / "b.txt", "")))
    assert top.ignore == ("T302",) and not top.selects("T302")
    assert sub.fail_on is Severity.ERROR and sub.selects("T302")  # files are not merged


def test_pyproject_without_hegao_table_is_skipped(tmp_path):
    write(tmp_path / "hegao.toml", "lang = 'en'\n")
    write(tmp_path / "sub" / "pyproject.toml", "[tool.black]\n")
    assert find_config(tmp_path / "sub") == tmp_path / "hegao.toml"


def test_command_line_overrides_the_file(tmp_path):
    write(tmp_path / "hegao.toml", "fail-on = 'error'\nlang = 'en'\nselect = ['T']\n")
    config = Settings(Overrides(fail_on="info", lang="zh", select=("S4",)),
                      str(tmp_path / "hegao.toml")).for_path("-")
    assert (config.fail_on, config.lang, config.select) == (Severity.INFO, "zh", ("S4",))


def test_severity_and_off(tmp_path):
    write(tmp_path / "hegao.toml", "[severity]\nT302 = 'info'\nS401 = 'off'\n")
    config = Settings(Overrides(), str(tmp_path / "hegao.toml")).for_path("-")
    assert config.severities["T302"] is Severity.INFO
    assert not config.selects("S401")


def test_per_file_ignores(tmp_path):
    write(tmp_path / "hegao.toml", "[per-file-ignores]\n'drafts/*.md' = ['T302']\n")
    settings = Settings(Overrides())
    assert not settings.for_path(str(write(tmp_path / "drafts" / "a.md", ""))).selects("T302")
    assert settings.for_path(str(write(tmp_path / "final" / "a.md", ""))).selects("T302")


def test_rule_data_extended_and_config_hashable(tmp_path):
    write(tmp_path / "hegao.toml", "scale = 5000\nplaceholders = ['某某']\n[units]\ncount = ['艇']\n")
    config = Settings(Overrides(), str(tmp_path / "hegao.toml")).for_path("-")
    assert config.data.scale == 5000 and "某某" in config.data.placeholder_words
    assert config.data.units["艇"] == "count"
    again = Settings(Overrides(), str(tmp_path / "hegao.toml")).for_path("-")
    assert again == config and hash(again) == hash(config)
    assert hash(Config()) == hash(Config())


@pytest.mark.parametrize("text, key", [
    ("colour = 'red'\n", "colour"),
    ("select = 'T302'\n", "select"),
    ("select = ['Q999']\n", "Q999"),
    ("[severity]\nT302 = 'loud'\n", "severity.T302"),
    ("[severity]\nQ1 = 'error'\n", "Q1"),
    ("fail-on = 'fatal'\n", "fail-on"),
    ("lang = 'fr'\n", "lang"),
    ("scale = -1\n", "scale"),
    ("[units]\ncount = '艇'\n", "units"),
    ("[per-file-ignores]\n'*.md' = ['ZZ']\n", "per-file-ignores"),
    ("select = [\n", "cannot read"),
])
def test_bad_configuration_names_file_and_key(tmp_path, text, key):
    path = write(tmp_path / "hegao.toml", text)
    with pytest.raises(ConfigError) as error:
        Settings(Overrides(), str(path)).for_path("-")
    message = str(error.value)
    assert str(path) in message and key in message and "\n" not in message
