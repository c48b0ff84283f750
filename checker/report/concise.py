"""``--format concise``: one line a finding, ``path:line:col: severity[CODE] message``, then
the table cell in brackets (``[表2 第3行第4列]``) and the arithmetic in parentheses.

The lines stay easy to parse: no closing summary. With ``--statistics`` the per-rule count table
and the severity line stand in place of the findings, as in ``--format full``.
"""

from checker.report.summary import severity_line, statistics_table


def render(results, options) -> str:
    if options.statistics:
        lines = [*statistics_table(results), severity_line(results, options.lang)]
    else:
        lines = [
            f"{d.path}:{d.line}:{d.column}: {d.severity.label}[{d.rule}] {d.message}"
            + (f" [{d.place}]" if d.place else "") + (f" ({d.calc})" if d.calc else "")
            for r in results
            for d in r.diagnostics
        ]
    return "".join(line + "\n" for line in lines)
