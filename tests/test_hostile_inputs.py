"""Hostile input: zip bombs and entities in Word files, oversized standard input, file names that
are not UTF-8 or hold control characters, UTF-16 and cut-off UTF-8, symbolic link loops.
Each gives a one-line message or a correct reading, never a traceback or a hang."""

import io
import json
import os
import signal
import subprocess
import sys
import zipfile

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

import checker.read.docx as docx_reader
from checker.cli import main
from checker.read import MAX_TEXT_BYTES, InputError, read_source
from checker.report.names import printable

BODY = "全区共有学校12所。"


def make_docx(path, document_xml=None):
    """A Word file with one paragraph; ``document_xml`` (bytes) replaces its document part."""
    document = docx.Document()
    document.add_paragraph(BODY)
    document.save(path)
    if document_xml is not None:
        rewrite_part(path, "word/document.xml", document_xml)
    return path


def rewrite_part(path, name, data):
    with zipfile.ZipFile(path) as old:
        parts = [(info, old.read(info)) for info in old.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info, blob in parts:
            new.writestr(info, data if info.filename == name else blob)


def one_line_error(path) -> str:
    with pytest.raises(InputError) as error:
        read_source(path)
    message = str(error.value)
    assert "\n" not in message and str(path) in message
    return message


def word_xml(run_xml: str, doctype: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{doctype}'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:body><w:p><w:r>{run_xml}</w:r></w:p></w:body></w:document>').encode()


# --- Word files --------------------------------------------------------------------------------

def test_docx_part_inflating_past_the_limit_is_refused_by_its_declared_size(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_reader, "MAX_PART_BYTES", 100_000)
    path = make_docx(tmp_path / "炸弹.docx", word_xml(f"<w:t>{'全' * 40_000}</w:t>"))  # 120 kB, deflates well
    assert "word/document.xml inflates to more than" in one_line_error(path)


def test_docx_part_is_counted_while_inflating_since_declared_sizes_can_lie(tmp_path, monkeypatch):
    path = make_docx(tmp_path / "炸弹.docx")
    real_open = zipfile.ZipFile.open

    def open_inflating_more_than_declared(self, name, *args, **kwargs):
        if getattr(name, "filename", name) == "word/document.xml":
            return io.BytesIO(b" " * (docx_reader.MAX_PART_BYTES + 1))
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", open_inflating_more_than_declared)
    assert "word/document.xml inflates to more than 50 MB" in one_line_error(path)


def test_docx_with_all_parts_inflating_past_the_package_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_reader, "MAX_PACKAGE_BYTES", 20_000)
    path = make_docx(tmp_path / "图多.docx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as package:
        for i in range(3):
            package.writestr(f"word/media/image{i}.png", b"\x89PNG" + b"\0" * 9_000)
    assert "the package inflates to more than" in one_line_error(path)


def test_docx_entity_reference_keeps_the_text_around_it_and_resolves_nothing(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("机密内容", encoding="utf-8")
    doctype = f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "{secret.as_uri()}"><!ENTITY y "内部">]>'
    path = make_docx(tmp_path / "实体.docx", word_xml("<w:t>全区共有&x;学校12所，&y;教师30人。</w:t>", doctype))
    assert read_source(path).text == "全区共有学校12所，教师30人。"


def test_docx_entity_reference_at_the_start_of_a_run(tmp_path):
    doctype = '<!DOCTYPE w:document [<!ENTITY x SYSTEM "http://192.0.2.1/x">]>'
    path = make_docx(tmp_path / "实体.docx", word_xml("<w:t>&x;学校12所</w:t><w:t>。</w:t>", doctype))
    assert read_source(path).text == "学校12所。"


# --- standard input ----------------------------------------------------------------------------

class CountingStdin:
    """Standard input of ``size`` bytes that counts what is read of it."""

    def __init__(self, size):
        self.buffer = io.BufferedReader(io.BytesIO(b"a" * size))

    @property
    def consumed(self):
        return self.buffer.tell()


def test_standard_input_over_the_limit_is_refused_after_reading_one_byte_more(monkeypatch, capsys):
    stdin = CountingStdin(MAX_TEXT_BYTES + 4096)
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["check", "-"]) == 2
    err = capsys.readouterr().err
    assert err == "hegao: error: <stdin>: too large (more than 20 MB; hegao reads text up to 20 MB)\n"
    assert stdin.consumed == MAX_TEXT_BYTES + 1


def test_standard_input_at_the_limit_is_read(monkeypatch):
    monkeypatch.setattr("checker.read.MAX_TEXT_BYTES", 10)
    monkeypatch.setattr(sys, "stdin", CountingStdin(10))
    assert main(["check", "--format", "concise", "-"]) == 0


# --- file names --------------------------------------------------------------------------------

def run_hegao(*args, cwd, env=None):
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True,
                          env={**os.environ, **(env or {})})


@pytest.fixture
def bad_name(tmp_path):
    """A report whose name has a byte that is not UTF-8 (as a Windows-1252 or GBK name)."""
    name = b"\xb1\xa8\xb8\xe6.txt"  # 报告 in GBK
    (tmp_path / os.fsdecode(name)).write_text("全区共有XX所学校。\n", encoding="utf-8")
    return name


@pytest.mark.parametrize("format", ["sarif", "json", "jsonl", "github", "full", "concise", "html"])
def test_name_not_utf8_in_every_format_with_strict_utf8_output(tmp_path, bad_name, format):
    result = run_hegao("check", "--format", format, "--color", "never", os.fsdecode(bad_name),
                       cwd=tmp_path, env={"PYTHONIOENCODING": "utf-8"})
    assert result.returncode == 1, result.stderr.decode(errors="replace")
    out = result.stdout.decode("utf-8")  # valid UTF-8
    if format == "sarif":
        uri = json.loads(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert uri == "%B1%A8%B8%E6.txt"  # the name's own bytes
    elif format in ("json", "jsonl"):  # the name exactly, as JSON escapes: it reads back the same
        found = json.loads(out.splitlines()[0]) if format == "jsonl" else json.loads(out)[0]
        assert found["path"] == os.fsdecode(bad_name)
    elif format == "github":
        assert "\ufffd\ufffd\ufffd\ufffd.txt" in out
    else:
        assert "\\xb1\\xa8\\xb8\\xe6.txt" in out


def test_unreadable_name_not_utf8_is_one_escaped_line(tmp_path):
    result = run_hegao("check", os.fsdecode(b"\xff\xfe.txt"), cwd=tmp_path, env={"PYTHONIOENCODING": "utf-8"})
    assert result.returncode == 2
    assert result.stderr == b"hegao: error: \\xff\\xfe.txt: no such file or directory\n"


@pytest.mark.parametrize("format", ["full", "concise", "html"])
def test_name_with_line_break_and_terminal_escape_is_escaped(tmp_path, monkeypatch, capsys, format):
    monkeypatch.chdir(tmp_path)
    name = "a\nb\x1b[31m\u202e.txt"
    (tmp_path / name).write_text("全区共有XX所学校。\n", encoding="utf-8")
    assert main(["check", "--format", format, "--color", "never", name]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and "a\nb" not in out
    assert "a\\nb\\x1b[31m\\u202e.txt" in out


@pytest.mark.parametrize("format", ["json", "jsonl"])
def test_name_with_line_break_in_json_is_the_name_itself(tmp_path, monkeypatch, capsys, format):
    monkeypatch.chdir(tmp_path)
    name = "a\nb\x1b.txt"
    (tmp_path / name).write_text("全区共有XX所学校。\n", encoding="utf-8")
    main(["check", "--format", format, name])
    out = capsys.readouterr().out
    first = json.loads(out.splitlines()[0]) if format == "jsonl" else json.loads(out)[0]
    assert first["path"] == name and "\x1b" not in out


def test_name_with_line_break_in_github_stays_in_one_command(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a\nb.txt").write_text("全区共有XX所学校。\n", encoding="utf-8")
    main(["check", "--format", "github", "a\nb.txt"])
    assert capsys.readouterr().out.startswith("::error file=a%0Ab.txt,line=1,")


@given(st.text(alphabet=st.characters(codec=None, categories=None)))
def test_printable_is_one_line_of_valid_utf8_without_controls_and_keeps_ordinary_names(name):
    shown = printable(name)
    shown.encode("utf-8")  # never raises: no lone surrogates
    assert not any(ord(c) < 0x20 or 0x7f <= ord(c) <= 0x9f for c in shown)
    assert "\u202e" not in shown
    if name.isprintable():
        assert shown == name


def test_error_line_escapes_the_name(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["check", "x\n\x1b[2Jy.txt"]) == 2
    assert capsys.readouterr().err == "hegao: error: x\\n\\x1b[2Jy.txt: no such file or directory\n"


# --- encodings ---------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_read_and_never_fixed(tmp_path, encoding):
    path = tmp_path / "记事本.txt"
    path.write_bytes("\ufeff全区共有学校12所。\r\n教师30人。\r\n".encode(encoding))
    source = read_source(path)
    assert (source.text, source.encoding, source.original) == ("全区共有学校12所。\n教师30人。\n", "utf-16", None)


def test_utf16_with_bom_cut_in_half_is_one_line(tmp_path):
    path = tmp_path / "坏.txt"
    path.write_bytes("\ufeff全区".encode("utf-16-le") + b"\x00")
    assert "cannot decode as UTF-16" in one_line_error(path)


def test_utf8_with_last_character_cut_is_read_with_a_warning(tmp_path):
    path = tmp_path / "截断.txt"
    data = "全区共有学校12所。教".encode()
    path.write_bytes(data[:-1])
    source = read_source(path)
    assert source.text == "全区共有学校12所。\ufffd" and source.original is None
    assert source.warnings == (f"{path}: ends in the middle of a UTF-8 character (byte {len(data) - 2}); "
                               "read up to it",)


def test_cut_utf8_warning_is_printed_and_the_file_checked(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "截断.md").write_bytes("全区共有XX所学校。".encode()[:-2])
    assert main(["check", "--format", "concise", "--select", "T302", "截断.md"]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("截断.md:1:5: error[T302]")
    assert captured.err == "hegao: warning: 截断.md: ends in the middle of a UTF-8 character (byte 24); read up to it\n"


def test_invalid_utf8_in_the_middle_is_still_gb18030_or_refused(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("全区共有学校12所。".encode("gb18030"))
    assert read_source(path).encoding == "gb18030"


# --- symbolic links ----------------------------------------------------------------------------

def test_symlink_loop_given_directly_is_named_a_loop(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    os.symlink("loop.txt", tmp_path / "loop.txt")
    assert main(["check", "loop.txt"]) == 2
    assert capsys.readouterr().err == "hegao: error: loop.txt: a loop of symbolic links\n"


def test_walk_with_symlink_loops_inside_ends_and_checks_the_rest(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    signal.signal(signal.SIGALRM, lambda *_: pytest.fail("the walk hangs"))
    signal.alarm(30)
    (tmp_path / "d" / "sub").mkdir(parents=True)
    (tmp_path / "d" / "sub" / "r.txt").write_text("全区共有XX所学校。\n", encoding="utf-8")
    os.symlink("..", tmp_path / "d" / "sub" / "up")  # a folder loop
    os.symlink("b.txt", tmp_path / "d" / "a.txt")  # a file loop
    os.symlink("a.txt", tmp_path / "d" / "b.txt")
    os.mkfifo(tmp_path / "d" / "pipe.txt")  # reading it would wait forever
    assert main(["check", "--format", "concise", "--select", "T302", "d"]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith(os.path.join("d", "sub", "r.txt") + ":1:5: error[T302]")
    signal.alarm(0)
    assert captured.err.splitlines() == [
        "hegao: error: d/a.txt: a loop of symbolic links",
        "hegao: error: d/b.txt: a loop of symbolic links",
        "hegao: error: d/pipe.txt: not a regular file",
    ]
