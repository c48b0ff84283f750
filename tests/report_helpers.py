"""Diagnostics built by hand for the reporter tests: reporters take diagnostics as they come,
so no rule is needed, and the tests compare codes, spans and structure, not wording."""

from __future__ import annotations

from checker.document.lines import LineIndex
from checker.findings import Diagnostic, FileResult, Severity
from checker.report import ReportOptions


def span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def diagnostic(text: str, where: tuple[int, int], rule: str = "A201", severity: Severity = Severity.ERROR,
               path: str = "报告.txt", **fields) -> Diagnostic:
    """A diagnostic on ``where`` located as the engine locates it (1-based, exclusive end column)."""
    start, end = where
    index = LineIndex(text)
    line, column = index.position(start)
    end_line, end_column = index.position(max(start, end - 1))
    fields = {"name": "breakdown-sum", "category": "arithmetic", "message": "分项之和与合计不符", **fields}
    return Diagnostic(path=path, rule=rule, severity=severity, start=start, end=end, line=line, column=column,
                      end_line=end_line, end_column=end_column + 1, **fields)


def result(text: str, *diagnostics: Diagnostic, path: str = "报告.txt") -> FileResult:
    return FileResult(path, text, tuple(diagnostics))


def options(format: str, **fields) -> ReportOptions:
    return ReportOptions(format=format, **{"color": False, "width": 100, **fields})
