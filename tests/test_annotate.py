"""The commented Word copy: comments on exactly the findings' text; the source stays untouched."""

import docx
from docx.oxml.ns import qn

from checker.annotate import annotate_docx
from checker.findings import Diagnostic, Severity
from checker.read import read_source
from tests.test_read_docx import make_report


def diagnostic(start, end, rule="W101", message="词语重复", calc=None, help=None):
    return Diagnostic("报告.docx", rule, "name", "category", Severity.WARNING, start, end,
                      1, 1, 1, 1, message, help=help, calc=calc)


def anchored_texts(path):
    """Comment id -> the body text between its range start and end, in document order."""
    body = docx.Document(str(path)).element.body
    texts, open_ids = {}, set()
    for element in body.iter():
        if element.tag == qn("w:commentRangeStart"):
            open_ids.add(element.get(qn("w:id")))
            texts[element.get(qn("w:id"))] = ""
        elif element.tag == qn("w:commentRangeEnd"):
            open_ids.discard(element.get(qn("w:id")))
        elif element.tag == qn("w:t"):
            for comment_id in open_ids:
                texts[comment_id] += element.text or ""
    return {int(key): value for key, value in texts.items()}


def test_comments_are_anchored_on_the_findings_text(tmp_path):
    source_path = make_report(tmp_path / "报告.docx")
    original = source_path.read_bytes()
    text = read_source(source_path).text
    repeat, placeholder = text.index("参加参加"), text.index("XX")
    findings = [diagnostic(repeat, repeat + 4, calc="1 + 1 = 2", help="删去重复的词"),
                diagnostic(placeholder, placeholder + 2, rule="P201", message="占位符未替换")]
    out = tmp_path / "报告.核稿.docx"

    assert annotate_docx(source_path, out, findings, "zh") == 2

    comments = {c.comment_id: c for c in docx.Document(str(out)).comments}
    assert comments[0].text == "[W101] 词语重复\n计算：1 + 1 = 2\n建议：删去重复的词"
    assert comments[1].text == "[P201] 占位符未替换"
    assert comments[0].author == "hegao"
    assert anchored_texts(out) == {0: "参加参加", 1: "XX"}
    assert source_path.read_bytes() == original


def test_split_runs_keep_their_formatting_and_the_text_is_unchanged(tmp_path):
    source_path = make_report(tmp_path / "报告.docx")
    text = read_source(source_path).text
    start = text.index("加参")  # inside the bold run "参加参加"
    out = tmp_path / "out.docx"
    annotate_docx(source_path, out, [diagnostic(start, start + 2)], "zh")

    assert read_source(out).text == text
    runs = docx.Document(str(out)).paragraphs[0].runs
    assert [(r.text, bool(r.bold)) for r in runs if r.text] == [
        ("一、全年共", False), ("参", True), ("加参", True), ("加", True), ("培训1200人次。", False)]
    assert anchored_texts(out) == {0: "加参"}


def test_a_span_over_several_runs_and_paragraphs_is_one_comment(tmp_path):
    source_path = make_report(tmp_path / "报告.docx")
    text = read_source(source_path).text
    start, end = text.index("共参"), text.index("项目") + 1
    out = tmp_path / "out.docx"
    annotate_docx(source_path, out, [diagnostic(start, end)], "en")
    assert anchored_texts(out) == {0: "共参加参加培训1200人次。项"}


def test_an_empty_span_is_anchored_on_its_paragraph(tmp_path):
    source_path = make_report(tmp_path / "报告.docx")
    text = read_source(source_path).text
    offset = text.index("二、结尾")
    out = tmp_path / "out.docx"
    annotate_docx(source_path, out, [diagnostic(offset, offset)], "zh")
    assert anchored_texts(out) == {0: "二、结尾。"}


def test_writing_over_an_existing_output_leaves_no_temporary_file(tmp_path):
    source_path = make_report(tmp_path / "报告.docx")
    out = tmp_path / "out.docx"
    out.write_bytes(b"old")
    annotate_docx(source_path, out, [], "zh")
    assert docx.Document(str(out)).paragraphs[0].text.startswith("一、")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.docx", "报告.docx"]
