"""Every rule, on any text, finishes without an exception and reports spans inside the text; a
rule that raises all the same is reported in one line and the run goes on."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.checks.S401 import S401
from checker.checks.T302 import T302
from checker.cli import main
from checker.config import Config
from checker.document import build_document
from checker.engine import check_document, raise_internal_error, selected_rules
from checker.read import InputError
from checker.read.text import decode
from checker.relations import find_relations
from checker.relations.model import Share
from checker.run import document_of
from checker.read import Source
from tests.generated_reports import report_document

# Report-like alphabet: digits of both widths, numerals, units, punctuation of both widths,
# quotes and brackets, heading markers, white space — plus any character at all.
REPORT_CHARS = (
    "0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两零〇余多近约第年月日号"
    "%％‰个名人次所项元率占其中共计分别为增长减少比去年是、，。；：,.;:()（）“”‘’《》【】"
    "-—～~ \n\t\u3000XxNone学校教师完成率"
)
report_text = st.text(alphabet=st.sampled_from(REPORT_CHARS) | st.characters(), max_size=300)
CONFIG = Config()
RULES = selected_rules(CONFIG)


def check_strictly(text: str):
    """The whole check of ``text`` as a file's bytes, a rule's exception raised, not reported."""
    try:
        decoded = decode(text.encode("utf-8", "replace"), "fuzz.txt").text  # no lone surrogate in a file
    except InputError:
        return []  # not text (a NUL byte): a one-line error, not a crash
    doc = document_of(Source("fuzz.txt", decoded, original=decoded))
    diagnostics = check_document(doc, CONFIG, RULES, on_error=raise_internal_error)
    for d in diagnostics:
        assert 0 <= d.start <= d.end <= len(decoded)
        for start, end, _ in d.labels:
            assert 0 <= start <= end <= len(decoded)
    return diagnostics


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report_text)
def test_check_never_raises_on_any_text(text):
    check_strictly(text)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(report_document)
def test_check_never_raises_on_report_like_documents(text):
    """Headings of every style, lists, 其中 breakdowns, percentages, Chinese numerals, tables."""
    check_strictly(text)


# -- crashes the fuzzing found, each at its cause ---------------------------------------------

def test_a_numeral_that_is_no_number_makes_no_heading():
    """七八、 opens a range (七八、九十人), 十十、 is a slip: neither is a heading number."""
    text = "七八、九十名志愿者参加服务\n十十、内容\n（五六）内容\n工作中，三四是常态，一是稳住。\n"
    doc = build_document("a.txt", text)
    assert [(h.style, h.number, text[h.marker_start:h.marker_end]) for h in doc.headings] == [("shi", 1, "一是")]
    assert check_strictly(text) == []


def test_a_broken_marker_after_heading_ninety_nine_is_due_one_hundred():
    text = "（九十九）完善制度\n内容。\n)健全机制\n内容。\n"
    found = [d for d in check_strictly(text) if d.rule == "S401"]
    start = text.index(")")
    assert [(d.start, d.end, d.message) for d in found] == [
        (start, start + 1, "标题序号“)”残缺，按顺序应为“（一百）”")]


def test_a_whole_of_zero_has_no_shares():
    """A share of 0 is undefined: no share is linked (A205 still sees the part above its whole)."""
    text = "今年安排专项经费0万元，其中市级经费3万元，占比20%。"
    doc = build_document("a.txt", text)
    assert not [r for r in find_relations(doc) if isinstance(r, Share)]
    assert [(d.rule, text[d.start:d.end]) for d in check_strictly(text)] == [("A205", "3万元")]


# -- a rule that raises does not end the run --------------------------------------------------

def _raise(self, doc):
    raise RuntimeError("boom")


def _reports(tmp_path):
    first, second = tmp_path / "一.txt", tmp_path / "二.txt"
    first.write_text("全县有XX所学校。\n", encoding="utf-8")
    second.write_text("开展3+4”贯通培养。\n", encoding="utf-8")
    return first, second


def test_a_rule_that_raises_is_reported_in_one_line_and_the_others_run(tmp_path, monkeypatch, capsys):
    first, second = _reports(tmp_path)
    monkeypatch.setattr(T302, "check", _raise)
    code = main(["check", str(first), str(second), "--format", "concise"])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == f"{second}:1:6: warning[T304] “””没有对应的前半\n"  # T302 (XX) did not run
    lines = err.splitlines()
    assert len(lines) == 2  # one per file
    for line, path in zip(lines, (first, second)):
        assert line.startswith(f"hegao: internal error: rule T302 failed on {path} (RuntimeError: boom); ")
        assert "please report this" in line


def test_rules_failing_alike_share_one_line(monkeypatch):
    reported = []
    monkeypatch.setattr(T302, "check", _raise)
    monkeypatch.setattr(S401, "check", _raise)
    doc = build_document("a.txt", "全县有XX所学校。")
    check_document(doc, CONFIG, RULES, on_error=lambda codes, path, error: reported.append((codes, path, str(error))))
    assert reported == [(["S401", "T302"], "a.txt", "boom")]


def test_exit_2_when_every_rule_fails_on_every_file(tmp_path, monkeypatch, capsys):
    first, second = _reports(tmp_path)
    for rule in RULES:
        monkeypatch.setattr(type(rule), "check", _raise)
    assert main(["check", str(first), str(second)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 4  # per file: the failed rules, and that it was not checked
    assert err[0].startswith(f"hegao: internal error: rules A201, A202, ") and str(first) in err[0]
    assert err[2] == f"hegao: error: {first}: not checked: every rule failed on it (an internal error)"


def test_a_share_of_a_count_of_none_is_no_whole_to_guess():
    """学生〇所，占比35%: no whole number of schools is tried for a count of none."""
    check_strictly("全县学生〇所，占比35%。")
