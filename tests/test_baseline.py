"""Baselines survive unrelated edits and let changed findings through."""

import json

from checker.cli import main

DRAFT = "全区共有XX所学校。\n\n投入资金xx万元。\n"


def run(*args):
    return main(["check", "--format", "concise", "--select", "T302", *args])


def test_write_then_check_against_baseline(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text(DRAFT, encoding="utf-8")
    assert run("r.txt", "--write-baseline", "base.json") == 0
    data = json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))
    assert [f["text"] for f in data["findings"]] == ["XX", "xx"]
    assert all("line" not in f and "start" not in f for f in data["findings"])
    capsys.readouterr()
    assert run("r.txt", "--baseline", "base.json") == 0
    assert capsys.readouterr().out.strip() == ""


def test_baseline_file_is_stable(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text(DRAFT, encoding="utf-8")
    run("r.txt", "--write-baseline", "one.json")
    run("r.txt", "--write-baseline", "two.json")
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()


def test_paragraph_inserted_above_stays_baselined(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    report = tmp_path / "r.txt"
    report.write_text(DRAFT, encoding="utf-8")
    run("r.txt", "--write-baseline", "base.json")
    report.write_text("一、总体情况\n今年工作进展顺利。\n\n" + DRAFT, encoding="utf-8")
    capsys.readouterr()
    assert run("r.txt", "--baseline", "base.json") == 0


def test_changed_finding_is_reported(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    report = tmp_path / "r.txt"
    report.write_text(DRAFT, encoding="utf-8")
    run("r.txt", "--write-baseline", "base.json")
    report.write_text(DRAFT.replace("XX所", "××所"), encoding="utf-8")
    capsys.readouterr()
    assert run("r.txt", "--baseline", "base.json") == 1
    out = capsys.readouterr().out
    assert "T302" in out and ":1:" in out and ":3:" not in out


def test_repeated_identical_finding_counts(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    report = tmp_path / "r.txt"
    report.write_text("共有XX所。\n", encoding="utf-8")
    run("r.txt", "--write-baseline", "base.json")
    report.write_text("共有XX所。\n共有XX所。\n", encoding="utf-8")
    capsys.readouterr()
    assert run("r.txt", "--baseline", "base.json") == 1


def test_bad_baseline_is_a_usage_error(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "base.json").write_text("[1, 2]", encoding="utf-8")
    assert run("r.txt", "--baseline", "base.json") == 2
    assert "base.json" in capsys.readouterr().err


def test_baseline_works_from_another_working_directory(tmp_path, monkeypatch, capsys):
    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    (project / "docs" / "r.txt").write_text(DRAFT, encoding="utf-8")
    monkeypatch.chdir(project)
    assert run("docs", "--write-baseline", ".hegao-baseline.json") == 0
    data = json.loads((project / ".hegao-baseline.json").read_text(encoding="utf-8"))
    assert {f["path"] for f in data["findings"]} == {"docs/r.txt"}  # relative to the baseline's folder
    monkeypatch.chdir(project / "docs")
    capsys.readouterr()
    assert run("r.txt", "--baseline", "../.hegao-baseline.json") == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "hegao: the baseline ../.hegao-baseline.json hid 2 finding(s)\n"


def test_a_baseline_that_matches_nothing_is_warned_of(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text(DRAFT, encoding="utf-8")
    run("r.txt", "--write-baseline", "base.json")
    (tmp_path / "r.txt").rename(tmp_path / "moved.txt")
    capsys.readouterr()
    assert run("moved.txt", "--baseline", "base.json") == 1
    assert capsys.readouterr().err == (
        "hegao: warning: base.json: the baseline matched no finding (its paths are relative to its folder)\n")
