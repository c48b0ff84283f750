"""-o and --write-baseline: a path that cannot be written is one line and exit 2, before any
file is written; a file name that is not valid UTF-8 never cuts a report short."""

import json
import os
import stat

import pytest

from checker.cli import main

DRAFT = "全区共有XX所学校。\n"
# A file name that is not valid UTF-8, as Python holds it (surrogate escapes).
NOT_UTF8 = os.fsdecode(b"r\xff.txt")


@pytest.fixture
def report(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text(DRAFT, encoding="utf-8")
    return tmp_path / "r.txt"


def run(*args):
    return main(["check", "--format", "concise", "--select", "T302", *args])


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_missing_folder_is_one_line(report, capsys, option):
    assert run("r.txt", option, "missing/out.txt") == 2
    assert capsys.readouterr().err == "hegao: error: missing/out.txt: no such directory: missing\n"


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_directory_is_one_line(report, tmp_path, capsys, option):
    (tmp_path / "out").mkdir()
    assert run("r.txt", option, "out") == 2
    assert capsys.readouterr().err == "hegao: error: out: is a directory\n"


@pytest.mark.parametrize("spelling", ["r.txt", "./r.txt", "link.txt", "hard.txt"])
def test_report_over_an_input_is_refused(report, tmp_path, capsys, spelling):
    os.symlink("r.txt", tmp_path / "link.txt")
    os.link(report, tmp_path / "hard.txt")
    assert run("r.txt", "-o", spelling) == 2
    assert capsys.readouterr().err == f"hegao: error: {spelling}: is the input r.txt; write to another file\n"
    assert report.read_text(encoding="utf-8") == DRAFT


def test_bad_output_is_refused_before_any_fix(report, capsys):
    report.write_text("全区共有XX所学校, 其中小学3所。\n", encoding="utf-8")
    assert main(["check", "--fix", "r.txt", "-o", "missing/out.txt"]) == 2
    assert report.read_text(encoding="utf-8") == "全区共有XX所学校, 其中小学3所。\n"


def test_report_gets_umask_permissions_and_an_existing_one_keeps_its_own(report, tmp_path):
    old = os.umask(0o027)
    try:
        assert run("r.txt", "-o", "new.txt") == 1
        (tmp_path / "kept.txt").write_text("old", encoding="utf-8")
        (tmp_path / "kept.txt").chmod(0o600)
        assert run("r.txt", "-o", "kept.txt") == 1
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o640
    assert stat.S_IMODE((tmp_path / "kept.txt").stat().st_mode) == 0o600
    assert "T302" in (tmp_path / "kept.txt").read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.txt", "new.txt", "r.txt"]


def test_report_through_a_symlink_writes_its_target(report, tmp_path):
    (tmp_path / "target.txt").write_text("old", encoding="utf-8")
    os.symlink("target.txt", tmp_path / "link.txt")
    assert run("r.txt", "-o", "link.txt") == 1
    assert (tmp_path / "link.txt").is_symlink()
    assert "r.txt:1:5" in (tmp_path / "target.txt").read_text(encoding="utf-8")


def test_report_to_a_device_is_written_not_replaced(report):
    assert run("r.txt", "-o", os.devnull) == 1
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


@pytest.mark.parametrize("fmt", ["sarif", "json", "concise", "full"])
def test_name_not_utf8_is_written_escaped(tmp_path, monkeypatch, fmt):
    monkeypatch.chdir(tmp_path)
    (tmp_path / NOT_UTF8).write_text(DRAFT, encoding="utf-8")
    assert main(["check", "--format", fmt, "--select", "T302", NOT_UTF8, "-o", "out"]) == 1
    written = (tmp_path / "out").read_bytes().decode("utf-8")  # valid UTF-8
    if fmt == "sarif":
        run_ = json.loads(written)["runs"][0]
        assert run_["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "r%FF.txt"
    elif fmt == "json":
        assert json.loads(written)[0]["path"] == NOT_UTF8  # \udcff in JSON decodes to the same name
    else:  # escaped for people, one byte as \xff
        assert "r\\xff.txt:1:5" in written


def test_baseline_of_a_name_not_utf8_matches_on_the_next_run(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / NOT_UTF8).write_text(DRAFT, encoding="utf-8")
    assert run(NOT_UTF8, "--write-baseline", "base.json") == 0
    capsys.readouterr()
    assert run(NOT_UTF8, "--baseline", "base.json") == 0
    assert capsys.readouterr().out.strip() == ""
