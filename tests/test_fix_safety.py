"""--fix changes the text it fixes and nothing else: not the other lines' endings, not the link,
owner or permissions of the file, not an edit saved meanwhile; and never adds a finding."""

import os
import re
import stat
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import checker.engine
import checker.fix
from checker.checks.T304 import T304
from checker.checks.base import Message, Rule
from checker.cli import main
from checker.fix import write_fixes
from tests.test_fix import DoubledWord, diag


class BracketAfterCampaign(Rule):
    """A stand-in rule with an unsafe fix: 整治 -> 整治（, which leaves a bracket open (T304)."""

    code = "X903"
    name = "bad-fix"
    category = "text"
    title = Message("坏修复", "bad fix")
    messages = {"default": Message("整治", "campaign")}

    def check(self, doc):
        start = doc.text.find("整治")
        while start >= 0:
            yield self.finding(start, start + 2, fix="整治（")
            start = doc.text.find("整治", start + 2)


@pytest.fixture
def rules(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(checker.engine, "all_rules",
                        lambda: {"X901": DoubledWord, "X903": BracketAfterCampaign, "T304": T304})


def fix(*names):
    return main(["check", "--format", "concise", "--fix", *names])


def leftovers(folder):
    return [p for p in os.listdir(folder) if p.endswith(".hegao")]


def test_edit_saved_while_fixing_is_kept(rules, tmp_path, monkeypatch, capsys):
    report = tmp_path / "r.txt"
    report.write_text("我们的的工作\n", encoding="utf-8")

    def editor_saves(path):
        with open(path, "a", encoding="utf-8") as f:
            f.write("新增一段。\n")

    monkeypatch.setattr(checker.fix, "_before_replace", editor_saves)
    assert fix("r.txt") == 1
    err = capsys.readouterr().err
    assert err == "hegao: error: r.txt: changed while it was being fixed; kept as it is, not fixed\n"
    assert report.read_text(encoding="utf-8") == "我们的的工作\n新增一段。\n"
    assert not leftovers(tmp_path)


def test_same_size_edit_in_the_same_instant_is_kept(rules, tmp_path, monkeypatch, capsys):
    report = tmp_path / "r.txt"
    report.write_text("我们的的工作\n", encoding="utf-8")
    before = report.stat()

    def editor_saves(path):  # same size, same modification time: only the content tells
        path.write_text("他们的的工作\n", encoding="utf-8")
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))

    monkeypatch.setattr(checker.fix, "_before_replace", editor_saves)
    fix("r.txt")
    assert "kept as it is, not fixed" in capsys.readouterr().err
    assert report.read_text(encoding="utf-8") == "他们的的工作\n"


@pytest.mark.parametrize("content, expected", [
    (b"\xe7\x9a\x84\xe7\x9a\x84\xe4\xb8\x80\r\n\xe7\x9a\x84\xe7\x9a\x84\xe4\xba\x8c\n"
     b"\xe7\x9a\x84\xe7\x9a\x84\xe4\xb8\x89\r\n", "的一\r\n的二\n的三\r\n"),
    ("的的一\r的的二\r的的三".encode("utf-8"), "的一\r的二\r的三"),
    ("一\r\n\r\n二\n\n的的三\r\n".encode("utf-8"), "一\r\n\r\n二\n\n的三\r\n"),
], ids=["crlf-and-lf", "cr-only", "blank-lines-mixed"])
def test_each_line_keeps_its_own_ending(rules, tmp_path, content, expected):
    report = tmp_path / "r.txt"
    report.write_bytes(content)
    assert fix("r.txt") == 0
    assert report.read_bytes() == expected.encode("utf-8")


def test_symlink_stays_and_its_target_is_fixed(rules, tmp_path, capsys):
    (tmp_path / "docs").mkdir()
    target = tmp_path / "docs" / "报告.txt"
    target.write_text("我们的的工作\n", encoding="utf-8")
    os.symlink("docs/报告.txt", tmp_path / "r.txt")
    assert fix("r.txt") == 0
    assert os.readlink(tmp_path / "r.txt") == "docs/报告.txt"
    assert target.read_text(encoding="utf-8") == "我们的工作\n"
    assert capsys.readouterr().err == "hegao: fixed r.txt\n"
    assert not leftovers(tmp_path / "docs")


def test_hard_linked_file_is_refused(rules, tmp_path, capsys):
    report = tmp_path / "r.txt"
    report.write_text("我们的的工作\n", encoding="utf-8")
    os.link(report, tmp_path / "backup.txt")
    assert fix("r.txt") == 1
    assert capsys.readouterr().err == ("hegao: error: r.txt: has 2 hard links; not fixed (a new file would break "
                                       "them, writing in place would change every linked copy)\n")
    assert os.path.samefile(report, tmp_path / "backup.txt")
    assert report.read_text(encoding="utf-8") == "我们的的工作\n"


def test_read_only_file_is_refused(rules, tmp_path, capsys):
    report = tmp_path / "r.txt"
    report.write_text("我们的的工作\n", encoding="utf-8")
    report.chmod(0o444)
    assert fix("r.txt") == 1
    assert capsys.readouterr().err == "hegao: error: r.txt: is read-only; not fixed\n"
    assert report.read_text(encoding="utf-8") == "我们的的工作\n"
    assert stat.S_IMODE(report.stat().st_mode) == 0o444


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another owner needs root")
def test_owner_and_group_are_kept(rules, tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("我们的的工作\n", encoding="utf-8")
    os.chown(report, 4321, 4322)
    report.chmod(0o664)
    assert fix("r.txt") == 0
    assert report.read_text(encoding="utf-8") == "我们的工作\n"
    assert (report.stat().st_uid, report.stat().st_gid, stat.S_IMODE(report.stat().st_mode)) == (4321, 4322, 0o664)


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another owner needs root")
def test_file_whose_owner_cannot_be_kept_is_refused(rules, tmp_path, monkeypatch, capsys):
    report = tmp_path / "r.txt"
    report.write_text("我们的的工作\n", encoding="utf-8")
    os.chown(report, 4321, 4322)

    def not_permitted(*args):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "chown", not_permitted)
    assert fix("r.txt") == 1
    assert capsys.readouterr().err == "hegao: error: r.txt: its owner or group could not be kept; not fixed\n"
    assert report.read_text(encoding="utf-8") == "我们的的工作\n"
    assert not leftovers(tmp_path)


def test_fix_that_adds_a_finding_is_left_out(rules, tmp_path, capsys):
    report = tmp_path / "r.txt"
    report.write_text("我们的的工作\n开展整治行动\n", encoding="utf-8")
    assert fix("r.txt") == 1
    assert report.read_text(encoding="utf-8") == "我们的工作\n开展整治行动\n"
    err = capsys.readouterr().err
    assert err == "hegao: r.txt:2: not fixed: the fix would add T304 findings\nhegao: fixed r.txt\n"


def test_file_whose_only_fix_adds_a_finding_is_not_fixed(rules, tmp_path, capsys):
    report = tmp_path / "r.txt"
    report.write_text("开展整治行动\n", encoding="utf-8")
    assert fix("r.txt") == 1
    assert report.read_text(encoding="utf-8") == "开展整治行动\n"
    assert "fixed r.txt" not in capsys.readouterr().err


def test_diff_shows_only_the_fixes_fix_would_make(rules, tmp_path, capsys):
    (tmp_path / "r.txt").write_text("我们的的工作\n开展整治行动\n", encoding="utf-8")
    assert main(["check", "--diff", "r.txt"]) == 1
    out = capsys.readouterr().out
    assert "+我们的工作" in out and "整治（" not in out


def test_table_header_bracket_is_not_half_converted(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    report = tmp_path / "r.md"
    report.write_text("全年新建学校5所，改扩建3所,新增学位2000个；成效明显，群众满意。\n\n"
                      "| 指标 | 比上年增长(%) |\n|---|---|\n| 粮食 | 5.0 |\n", encoding="utf-8")
    main(["check", "--fix", "--select", "T", "r.md"])
    capsys.readouterr()
    assert "改扩建3所，新增" in report.read_text(encoding="utf-8")
    assert "| 比上年增长(%) |" in report.read_text(encoding="utf-8")
    assert main(["check", "--format", "concise", "--select", "T304", "r.md"]) == 0


@given(st.lists(st.tuples(st.text("的工作", max_size=6), st.sampled_from(["\r\n", "\n", "\r"])), max_size=6))
def test_fixes_touch_nothing_but_the_fixed_characters(lines):
    raw = "".join(text + ending for text, ending in lines)
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    doubled = [diag(m.start(), m.end(), "的") for m in re.finditer("的的", text)]
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "r.txt"
        report.write_bytes(raw.encode("gb18030"))
        write_fixes(str(report), text, doubled)
        assert report.read_bytes() == raw.replace("的的", "的").encode("gb18030")
