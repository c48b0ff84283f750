"""--fix and --diff: safe fixes only, written atomically in the file's own encoding."""

import codecs
import os
import stat

import pytest

import checker.engine
from checker.checks.base import Message, Rule
from checker.cli import main
from checker.findings import Diagnostic, Severity
from checker.fix import FixError, fixed_text, write_fixes


class DoubledWord(Rule):
    """A stand-in rule with a safe fix: 的的 -> 的."""

    code = "X901"
    name = "doubled-word"
    category = "text"
    title = Message("重复字", "doubled word")
    messages = {"default": Message("重复“的”", "doubled 的")}

    def check(self, doc):
        start = doc.text.find("的的")
        while start >= 0:
            yield self.finding(start, start + 2, fix="的")
            start = doc.text.find("的的", start + 2)


@pytest.fixture
def fixing_rule(monkeypatch):
    monkeypatch.setattr(checker.engine, "all_rules", lambda: {"X901": DoubledWord})


def diag(start, end, fix):
    return Diagnostic("r.txt", "X901", "x", "text", Severity.WARNING, start, end, 1, 1, 1, 1, "m", fix=fix)


def test_fixes_apply_from_the_end_and_skip_overlaps():
    text = "abcdef"
    diagnostics = [diag(0, 2, "X"), diag(1, 3, "Y"), diag(4, 6, "Z"), diag(3, 3, None)]
    assert fixed_text(text, diagnostics) == "XcdZ"


def test_fix_writes_file_keeping_encoding_bom_newlines_and_mode(tmp_path, monkeypatch, fixing_rule, capsys):
    monkeypatch.chdir(tmp_path)
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("我们的的工作\r\n很好的的。\r\n".encode("gb18030"))
    gbk.chmod(0o640)
    bom = tmp_path / "bom.md"
    bom.write_bytes(codecs.BOM_UTF8 + "<!-- 注释的的 -->\n工作的的成效\n".encode("utf-8"))
    assert main(["check", "--format", "concise", "--fix", "gbk.txt", "bom.md"]) == 0
    assert gbk.read_bytes() == "我们的工作\r\n很好的。\r\n".encode("gb18030")
    assert stat.S_IMODE(gbk.stat().st_mode) == 0o640
    # the Markdown comment is not prose: left alone, and kept in the file
    assert bom.read_bytes() == codecs.BOM_UTF8 + "<!-- 注释的的 -->\n工作的成效\n".encode("utf-8")
    assert "fixed gbk.txt" in capsys.readouterr().err
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".hegao")]


def test_diff_previews_without_writing(tmp_path, monkeypatch, fixing_rule, capsys):
    monkeypatch.chdir(tmp_path)
    report = tmp_path / "r.txt"
    report.write_text("我们的的工作\n", encoding="utf-8")
    assert main(["check", "--diff", "r.txt"]) == 1
    out = capsys.readouterr().out
    assert "-我们的的工作" in out and "+我们的工作" in out and "a/r.txt" in out
    assert report.read_text(encoding="utf-8") == "我们的的工作\n"
    report.write_text("我们的工作\n", encoding="utf-8")
    assert main(["check", "--diff", "r.txt"]) == 0


def test_file_changed_since_checked_is_refused(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("我们的的工作\n", encoding="utf-8")
    checked = report.read_text(encoding="utf-8")
    report.write_text("我们的的工作，已改\n", encoding="utf-8")
    with pytest.raises(FixError, match="changed since"):
        write_fixes(str(report), checked, [diag(2, 4, "的")])
    assert report.read_text(encoding="utf-8") == "我们的的工作，已改\n"
    assert os.listdir(tmp_path) == ["r.txt"]


def test_stdin_fix_prints_fixed_text(monkeypatch, fixing_rule, capsys):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("我们的的工作\n".encode("utf-8"))))
    assert main(["check", "--fix", "-"]) == 0
    assert capsys.readouterr().out == "我们的工作\n"


def test_word_files_are_never_written(tmp_path):
    with pytest.raises(FixError, match="only .txt and .md"):
        write_fixes(str(tmp_path / "r.docx"), "的的", [diag(0, 2, "的")])
