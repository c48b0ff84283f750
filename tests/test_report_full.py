"""``--format full``: carets under the right characters at any display width, labels, the
arithmetic and help lines, windows on long lines, colour, the closing summary."""

import io
import re

import pytest
from rich.cells import cell_len
from rich.console import Console

from checker.cli import main
from checker.findings import Severity
from checker.report import render
from checker.report.full import print_results
from checker.report.snippet import TAB
from tests.report_helpers import diagnostic, options, result, span


def full(*results, **fields) -> str:
    return render(list(results), options("full", **fields))


def marked_row(output: str, line: int, marker: str = "^") -> tuple[str, str]:
    """The shown text of source line ``line`` and the row of ``marker`` under it, both without
    the gutter."""
    return snippet_rows(output, line, marker)[:2]


def snippet_rows(output: str, line: int, marker: str = "^") -> list[str]:
    """Source line ``line``, its mark row and the rows after it, without the gutter."""
    rows = output.splitlines()
    for i, row in enumerate(rows):
        if re.match(rf"\s*{line} \| ", row) and marker in rows[i + 1]:
            return [r.split(" | ", 1)[1] if " | " in r else "" for r in rows[i:]]
    raise AssertionError(f"no line {line} with {marker} in\n{output}")


def assert_under(shown: str, marks: str, part: str, marker: str = "^") -> None:
    """``marks`` has ``marker`` exactly under ``part`` of ``shown`` (measured in cells)."""
    column = cell_len(shown[:shown.index(part)])
    width = cell_len(part)
    assert marks[column:column + width] == marker * width, (shown, marks, part)
    assert marks[column - 1:column] in ("", " ", "-") and marks[column + width:column + width + 1] in ("", " ", "-")


@pytest.mark.parametrize("text, part", [
    ("全年共接待1243万人次，其中国内1100万人次。", "1243万人次"),
    ("合计１２３项，占比５０％，增长12.5%。", "５０％"),
    ("ASCII text 与汉字 mixed：１２ and 34％ here", "34％"),
    ("甲\t乙\t１２\t丙 3 个", "１２"),
    ("\t\t缩进后的段落共有XX所学校", "XX"),
    ("罕见字𠀀𠀁之后有9９个", "9９"),
])
def test_carets_sit_under_the_span(text, part):
    d = diagnostic(text, span(text, part))
    shown, marks = marked_row(full(result(text, d)), 1)
    assert "\t" not in shown
    assert_under(shown, marks, part.replace("\t", TAB))


def test_tabs_are_expanded_alike_in_line_and_carets():
    text = "a\tb\t1243万"
    d = diagnostic(text, span(text, "1243万"))
    shown, marks = marked_row(full(result(text, d)), 1)
    assert shown == text.replace("\t", TAB)
    assert marks.index("^") == cell_len("a" + TAB + "b" + TAB)


def test_labels_are_dashed_and_named_below():
    text = "全年共接待1243万人次，其中国内1100万人次、入境134万人次。"
    total, first, second = span(text, "1243万人次"), span(text, "1100万人次"), span(text, "134万人次")
    d = diagnostic(text, total, labels=(total + ("合计",), first + ("分项",), second + ("分项",)),
                   calc="1100 + 134 = 1234 ≠ 1243（差 9）", help="核对合计或分项")
    out = full(result(text, d))
    shown, marks, label_row, *_ = snippet_rows(out, 1)
    assert_under(shown, marks, "1243万人次")
    assert_under(shown, marks, "1100万人次", "-")
    assert_under(shown, marks, "134万人次", "-")
    assert label_row.split() == ["合计", "分项", "分项"]
    for name, part in [("合计", "1243万人次"), ("分项", "1100万人次")]:
        assert cell_len(label_row[:label_row.index(name)]) == cell_len(shown[:shown.index(part)])
    assert " = 计算：1100 + 134 = 1234 ≠ 1243（差 9）" in out
    assert " = help: 核对合计或分项" in out


def test_close_label_texts_go_on_separate_rows():
    text = "合计12项，其中3项、4项、5项"
    labels = tuple(span(text, p) + ("分项名称较长",) for p in ("3项", "4项", "5项"))
    out = full(result(text, diagnostic(text, span(text, "12项"), labels=labels)))
    rows = [r for r in out.splitlines() if "分项名称较长" in r]
    assert len(rows) == 3


def test_header_location_and_english_arithmetic():
    text = "第一行\n全年共接待1243万人次。"
    d = diagnostic(text, span(text, "1243"), rule="A202", severity=Severity.WARNING, name="rate-mismatch",
                   calc="1 + 1 = 2", place="表1 第2行第3列")
    out = full(result(text, d), lang="en")
    lines = out.splitlines()
    assert re.match(r"warning\[A202\]: .+ \[rate-mismatch\]$", lines[0])
    assert lines[1].strip() == "--> 报告.txt:2:6 (表1 第2行第3列)"
    assert " = arithmetic: 1 + 1 = 2" in out
    assert_under(*marked_row(out, 2), "1243")


def test_long_line_is_cut_to_a_window_around_the_span():
    text = "前" * 150 + "共有XX所学校" + "后" * 150
    out = full(result(text, diagnostic(text, span(text, "XX"))))
    shown, marks = marked_row(out, 1)
    assert shown.startswith("…") and shown.endswith("…")
    assert cell_len("1 | " + shown) <= 100
    assert_under(shown, marks, "XX")


def test_marks_far_apart_get_windows_of_their_own():
    text = "参考人数8768人" + "，" * 120 + "A+513人" + "。" * 120 + "A+率为6.93%，完" + "尾" * 100
    d = diagnostic(text, span(text, "6.93%"), labels=(span(text, "8768人") + ("分母",), span(text, "513人") + ("分子",)))
    shown, marks = marked_row(full(result(text, d)), 1)
    assert cell_len(shown) <= 95
    assert shown.count("…") >= 3
    assert_under(shown, marks, "6.93%")
    assert_under(shown, marks, "8768人", "-")
    assert_under(shown, marks, "513人", "-")


def test_span_crossing_lines_is_underlined_on_its_first_line():
    text = "标题\n开头的内容跨行\n继续的内容"
    start, _ = span(text, "内容跨行")
    _, end = span(text, "继续")
    shown, marks = marked_row(full(result(text, diagnostic(text, (start, end)))), 2)
    assert_under(shown, marks, "内容跨行")


def test_labels_on_other_lines_are_shown_with_their_lines():
    text = "合计100人。\n\n\n其中男50人，女60人。"
    d = diagnostic(text, span(text, "100人"), labels=(span(text, "50人") + ("分项",), span(text, "60人") + ("分项",)))
    out = full(result(text, d))
    assert_under(*marked_row(out, 1), "100人")
    shown, marks = marked_row(out, 4, "-")
    assert_under(shown, marks, "50人", "-")
    assert "..." in out  # lines 2 and 3 are skipped


def test_empty_span_and_control_characters():
    text = "结尾\x1b[31m没有句号"
    out = full(result(text, diagnostic(text, (len(text), len(text)))))
    assert "\x1b" not in out
    shown, marks = marked_row(out, 1)
    assert marks.index("^") == cell_len(shown) and marks.count("^") == 1


def test_colour_only_when_asked():
    text = "共有XX所学校"
    res = result(text, diagnostic(text, span(text, "XX")))
    assert "\x1b[" not in full(res, color=False)
    assert "\x1b[" in full(res, color=True)


def test_closing_summary_and_statistics():
    text = "甲XX乙YY丙ZZ"
    res = result(text, diagnostic(text, span(text, "XX"), rule="T302"), diagnostic(text, span(text, "YY"), rule="T302"),
                 diagnostic(text, span(text, "ZZ"), rule="N102", severity=Severity.WARNING, name="missing-unit"))
    tail = full(res, lang="en").splitlines()[-2:]
    assert tail == ["Found 3 problems: 2 errors, 1 warning", "By rule: T302 ×2, N102 ×1"]
    stats = full(res, statistics=True).splitlines()
    assert [row.split()[:2] for row in stats[:2]] == [["2", "T302"], ["1", "N102"]]
    assert "^" not in "\n".join(stats)
    assert full(result("没有问题"), lang="en").strip() == "No problems found"


def test_renders_on_a_given_console_width():
    text = "前" * 200 + "XX" + "后" * 200
    console = Console(width=60, file=io.StringIO(), color_system=None)
    print_results(console, [result(text, diagnostic(text, span(text, "XX")))], options("full"))
    out = console.file.getvalue()
    shown, marks = marked_row(out, 1)
    assert cell_len("1 | " + shown) <= 60
    assert_under(shown, marks, "XX")


def test_end_to_end(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    main(["check", "seeds/001_fe85392cbbe105c4.txt", "--color", "never"])
    out = capsys.readouterr().out
    headers = re.findall(r"^(error|warning|info)\[([A-Z]\d{3})\]: ", out, re.M)
    assert headers and out.count("^") >= len(headers)
    assert "\x1b" not in out
    assert re.search(r"^发现 \d+ 个问题", out, re.M)
