"""Word files: body and table text in order, places of table cells, refused non-.docx files."""

import zipfile

import docx
import pytest

from checker.read import InputError, read_source
from checker.read.docx import OLE_SIGNATURE


def make_report(path):
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "页眉不检查"
    document.sections[0].footer.paragraphs[0].text = "页脚不检查"
    paragraph = document.add_paragraph("一、全年共")
    paragraph.add_run("参加参加").bold = True
    paragraph.add_run("培训1200人次。")
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text = "项目"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "数量"
    table.cell(1, 0).text = "学校"
    table.cell(1, 1).text = "XX所"
    table.cell(1, 2).text = "10%"
    document.add_paragraph("二、结尾。")
    document.save(path)
    return path


def test_paragraphs_and_cells_in_document_order_one_a_line(tmp_path):
    source = read_source(make_report(tmp_path / "报告.docx"))
    assert source.text.split("\n") == [
        "一、全年共参加参加培训1200人次。", "项目", "数量", "学校", "XX所", "10%", "二、结尾。"]


def test_each_cell_is_placed_once_merged_cells_included(tmp_path):
    source = read_source(make_report(tmp_path / "报告.docx"))
    places = {source.text[start:end]: name for start, end, name in source.places}
    assert places == {"项目": "表1 第1行第1列", "数量": "表1 第1行第2列", "学校": "表1 第2行第1列",
                      "XX所": "表1 第2行第2列", "10%": "表1 第2行第3列"}


def test_nested_tables_are_numbered_in_document_order(tmp_path):
    document = docx.Document()
    outer = document.add_table(rows=1, cols=1)
    outer.cell(0, 0).add_table(rows=1, cols=1).cell(0, 0).text = "内表"
    document.add_table(rows=1, cols=1).cell(0, 0).text = "第二张"
    document.save(tmp_path / "n.docx")
    source = read_source(tmp_path / "n.docx")
    names = {source.text[start:end]: name for start, end, name in source.places}
    assert names["内表"] == "表2 第1行第1列"
    assert names["第二张"] == "表3 第1行第1列"


def test_empty_document_reads_as_empty_text(tmp_path):
    docx.Document().save(tmp_path / "empty.docx")
    assert read_source(tmp_path / "empty.docx").text == ""


@pytest.mark.parametrize("name, content, words", [
    ("corrupt.docx", b"PK\x03\x04 not really a zip", "not a readable Word"),
    ("old.doc", OLE_SIGNATURE + b"\x00" * 600, "97-2003"),
    ("locked.docx", OLE_SIGNATURE + "EncryptionInfo".encode("utf-16-le"), "password"),
    ("text.docx", "这是文本".encode(), "not a readable Word"),
])
def test_unreadable_word_files_raise_one_line_input_error(tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as error:
        read_source(path)
    message = str(error.value)
    assert words in message and name in message and "\n" not in message


def test_a_zip_that_is_not_a_word_file_raises_input_error(tmp_path):
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(InputError, match="other.docx"):
        read_source(path)
