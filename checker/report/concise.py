"""``--format concise``: one line a finding, ``path:line:col: severity[CODE] message``, then
the table cell in brackets (``[表2 第3行第4列]``) and the arithmetic in parentheses.

The lines stay easy to parse: no closing summary. On a terminal they are coloured as ruff's are
(``checker.report.color``): the path bold, the severity and code in the severity's colour, the
arithmetic dim. With ``--statistics`` the per-rule count table and the severity line stand in
place of the findings, as in ``--format full``.
"""

from checker.findings import Severity
from checker.report.color import paint, wants_color
from checker.report.summary import severity_line, statistics_table

COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def render(results, options) -> str:
    if options.statistics:
        lines = [*statistics_table(results), severity_line(results, options.lang)]
    else:
        on = wants_color(options.color)
        lines = [line(d, on) for r in results for d in r.diagnostics]
    return "".join(line + "\n" for line in lines)


def line(d, on: bool) -> str:
    return (paint(f"{d.path}:{d.line}:{d.column}:", "bold", on=on) + " "
            + paint(f"{d.severity.label}[{d.rule}]", "bold", COLORS[d.severity], on=on) + f" {d.message}"
            + (f" [{d.place}]" if d.place else "") + (paint(f" ({d.calc})", "dim", on=on) if d.calc else ""))
