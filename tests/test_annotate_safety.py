"""--annotate never writes its input, nor through a symlink or into a directory; the copy gets the
permissions of a new file."""

import os
import stat

import docx
import pytest

from checker.annotate import annotate_docx
from checker.cli import main
from checker.output import OutputError
from tests.test_read_docx import make_report


@pytest.fixture
def source(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = make_report(tmp_path / "报告.docx")
    path.chmod(0o644)
    return path


def annotate(out):
    return main(["check", "--format", "concise", "报告.docx", "--annotate", out])


@pytest.mark.parametrize("spelling", ["报告.docx", "./报告.docx", "../{folder}/报告.docx", "{folder}/报告.docx", "hard.docx"])
def test_output_that_is_the_input_is_refused(source, tmp_path, capsys, spelling):
    os.link(source, tmp_path / "hard.docx")
    original = source.read_bytes()
    spelling = spelling.format(folder=tmp_path.name if "../" in spelling else tmp_path)
    assert annotate(spelling) == 2
    assert capsys.readouterr().err == f"hegao: error: {spelling}: is the input 报告.docx; write to another file\n"
    assert source.read_bytes() == original
    assert stat.S_IMODE(source.stat().st_mode) == 0o644
    assert not docx.Document(str(source)).comments


@pytest.mark.parametrize("target", ["报告.docx", "other.docx", "missing.docx"])
def test_symlink_output_is_refused_and_kept(source, tmp_path, capsys, target):
    (tmp_path / "other.docx").write_bytes(b"other")
    os.symlink(target, tmp_path / "link.docx")
    assert annotate("link.docx") == 2
    assert capsys.readouterr().err == "hegao: error: link.docx: is a symbolic link; give a new file or a regular one\n"
    assert os.readlink(tmp_path / "link.docx") == target
    assert (tmp_path / "other.docx").read_bytes() == b"other"


def test_directory_and_missing_folder_are_one_line(source, tmp_path, capsys):
    (tmp_path / "out").mkdir()
    assert annotate("out") == 2
    assert capsys.readouterr().err == "hegao: error: out: is a directory\n"
    assert annotate("/nonexistent/dir/x.docx") == 2
    assert capsys.readouterr().err == "hegao: error: /nonexistent/dir/x.docx: no such directory: /nonexistent/dir\n"


def test_copy_gets_the_permissions_of_a_new_file(source, tmp_path):
    old = os.umask(0o022)
    try:
        assert annotate("批注.docx") == 1
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "批注.docx").stat().st_mode) == 0o644
    assert len(docx.Document(str(tmp_path / "批注.docx")).comments) >= 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["批注.docx", "报告.docx"]


def test_annotate_docx_itself_refuses_its_source(source):
    with pytest.raises(OutputError, match="is the input"):
        annotate_docx(source, "./报告.docx", [], "zh")
