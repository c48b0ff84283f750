"""What users of ruff, Vale and AutoCorrect expect of a linter, and the README's own promises."""

import io
import json
import sys

import pytest

from checker.cli import main


def check(*args):
    return main(["check", "--format", "concise", *args])


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path, text="共有XX所。\n"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("glob, silenced", [
    ("报告/drafts/*.md", ["报告/drafts/x.md"]),
    ("**/drafts/*.md", ["drafts/y.md", "报告/drafts/x.md"]),
    ("drafts/*.md", ["drafts/y.md"]),  # anchored at the configuration's folder
    ("*.md", ["drafts/y.md", "报告/drafts/deeper/z.md", "报告/drafts/x.md"]),  # a name at any depth
    ("报告/drafts/**", ["报告/drafts/deeper/z.md", "报告/drafts/x.md"]),
])
def test_per_file_ignores_globs_are_relative_to_the_configuration(tmp_path, monkeypatch, capsys, glob, silenced):
    project = tmp_path / "project"
    for name in ["报告/drafts/x.md", "报告/drafts/deeper/z.md", "drafts/y.md"]:
        write(project / name)
    write(project / "hegao.toml", f'[per-file-ignores]\n"{glob}" = ["T302"]\n')
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    check("--select", "T302", "../project")
    flagged = {line.split(":")[0].removeprefix("../project/") for line in capsys.readouterr().out.splitlines()}
    assert sorted({"报告/drafts/x.md", "报告/drafts/deeper/z.md", "drafts/y.md"} - flagged) == silenced
