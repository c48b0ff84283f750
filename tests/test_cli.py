"""The check command: suppression comments, walking folders, exit codes, bad input."""

import io
import os
import sys

import pytest

from checker.cli import main


def check(*args):
    return main(["check", "--format", "concise", *args])


@pytest.mark.parametrize("name", ["r.md", "r.txt"])
@pytest.mark.parametrize("comment, silenced", [
    ("<!-- hegao: ignore T302 -->", True),
    ("<!-- hegao: ignore S401, T302 -->", True),
    ("<!-- hegao: ignore S401 T3 -->", True),
    ("<!--hegao:ignore-->", True),
    ("<!-- hegao: ignore S401 -->", False),
])
def test_suppression_comment_silences_the_next_line(here, capsys, name, comment, silenced):
    (here / name).write_text(f"{comment}\n全区共有XX所学校。\n投入xx万元。\n", encoding="utf-8")
    check("--select", "T302", name)
    out = capsys.readouterr().out
    assert (":2:" not in out) == silenced
    assert ":3:" in out  # only the next line


def test_directory_walk_picks_report_files_in_order(here, capsys):
    for name in ["b/z.md", "a.txt", "b/y.txt", "c.csv"]:
        (here / name).parent.mkdir(exist_ok=True)
        (here / name).write_text("共有XX所。\n", encoding="utf-8")
    assert check("--select", "T302", ".") == 1
    paths = [line.split(":")[0] for line in capsys.readouterr().out.splitlines()]
    assert paths == ["a.txt", "b/y.txt", "b/z.md"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any folder")
def test_unreadable_folder_is_named_and_skipped(here, capsys):
    (here / "ok.txt").write_text("共有XX所。\n", encoding="utf-8")
    (here / "locked").mkdir()
    (here / "locked").chmod(0)
    try:
        assert check(".") == 1
    finally:
        (here / "locked").chmod(0o755)
    assert "locked" in capsys.readouterr().err


def test_broken_link_in_folder_is_named_and_skipped(here, capsys):
    (here / "ok.txt").write_text("共有XX所。\n", encoding="utf-8")
    (here / "gone.txt").symlink_to(here / "nowhere.txt")
    assert check("--select", "T302", ".") == 1
    captured = capsys.readouterr()
    assert "gone.txt" in captured.err and "ok.txt" in captured.out


def test_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("共有XX所。".encode("gb18030"))))
    assert check("--select", "T302", "-") == 1
    assert "<stdin>:1:3" in capsys.readouterr().out


def test_fail_on_and_severity_from_config(here):
    (here / "r.txt").write_text("共有XX所。\n", encoding="utf-8")
    assert check("--select", "T302", "r.txt") == 1
    (here / "hegao.toml").write_text("[severity]\nT302 = 'info'\n", encoding="utf-8")
    assert check("--select", "T302", "r.txt") == 0
    assert check("--select", "T302", "--fail-on", "info", "r.txt") == 1


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_code_is_a_usage_error(here, capsys, option):
    (here / "r.txt").write_text("共有XX所。\n", encoding="utf-8")
    assert check(option, "T302,Q9", "r.txt") == 2
    assert "Q9" in capsys.readouterr().err


def test_bad_input_gives_one_line_errors_never_a_traceback(here, capsys):
    (here / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (here / "empty.txt").write_bytes(b"")
    (here / "folder").mkdir()
    (here / "good.txt").write_text("共有XX所。\n", encoding="utf-8")
    assert check("--select", "T302", "binary.txt", "empty.txt", "folder", "good.txt") == 1
    assert check("--select", "T302", "binary.txt", "missing.txt", "good.txt") == 2  # a typo in a path
    err = capsys.readouterr().err
    assert "binary.txt" in err and "missing.txt" in err and "Traceback" not in err
    assert all(line.startswith("hegao: ") for line in err.splitlines())
    assert check("binary.txt") == 2
    assert check("missing.txt") == 2
    assert check("folder") == 2  # nothing to check
    assert check("empty.txt") in (0, 1)


def test_bad_config_is_one_line_exit_2(here, capsys):
    (here / "r.txt").write_text("共有XX所。\n", encoding="utf-8")
    (here / "pyproject.toml").write_text("[tool.hegao]\nseverity = {T302 = 'fatal'}\n", encoding="utf-8")
    assert check("r.txt") == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "pyproject.toml" in err and "T302" in err
    assert check("--config", "nowhere.toml", "r.txt") == 2


def test_rules_lists_every_rule_once(capsys):
    assert main(["rules"]) == 0
    codes = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert codes == sorted(set(codes)) and {"A201", "N101", "T301"} <= set(codes)


def test_rule_shows_docs_and_one_line_examples(capsys):
    assert main(["rule", "A209"]) == 0
    out = capsys.readouterr().out
    assert "What it finds" in out and "  ✗ 全县在校学生总数为3.2万人。各校办学条件持续改善。 ⏎ 全县" in out


def test_unknown_rule_is_a_usage_error(capsys):
    assert main(["rule", "Z999"]) == 2
    assert "Z999" in capsys.readouterr().err

