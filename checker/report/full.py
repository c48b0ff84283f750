"""``--format full`` (the default): compiler-style diagnostics, as rustc and ruff print them::

    error[A201]: 分项之和与合计不符 [breakdown-sum]
      --> 报告.txt:14:8
       |
    14 | 全年共接待1243万人次，其中国内1100万人次、入境134万人次。
       |        ^^^^^^^^^^        ----------    ---------
       |        合计                分项           分项
       = 计算：1100 + 134 = 1234 ≠ 1243（差 9）
       = help: 核对合计或分项；若另有未列分项，请写明

The header gives severity, code, message and rule name; ``-->`` gives path:line:column (columns
count characters, as editors do) and, in a Word file, the table cell. Under each source line that
holds a mark, the primary span is underlined with ``^`` and each secondary label with ``-`` and
its text below; a label on the primary span names it. ``checker.report.snippet`` lays the lines
out (display widths, tabs, windows on long lines).

After the findings comes a closing summary: one line of counts by severity and one by rule.
With ``--statistics`` the findings are left out and a per-rule count table (count, code, name)
stands before the severity line, as ruff's ``--statistics`` does.

Colour comes from rich, when ``checker.report.color.wants_color`` says so (``--color``,
``NO_COLOR``, ``FORCE_COLOR``, ``TERM=dumb``, a terminal); without it the output is plain text.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from checker.document.lines import LineIndex
from checker.findings import Severity
from checker.report.color import wants_color
from checker.report.snippet import Mark, SourceLine, source_lines
from checker.report.summary import rule_line, severity_line, statistics_table
from checker.report.words import calc_label

SEVERITY_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold cyan"}
GUTTER = "bold blue"
SECONDARY = "bold blue"


def render(results, options) -> str:
    return _printed(lambda console: print_results(console, results, options), options)


def render_file(result, options) -> str:
    """The findings of one file, as ``render`` prints them before its closing summary."""
    return _printed(lambda console: print_findings(console, result, options), options)


def render_closing(results, options) -> str:
    """The closing summary of ``render`` (it reads only the diagnostics of ``results``)."""
    return _printed(lambda console: print_summary(console, results, options), options)


def _printed(printer, options) -> str:
    color = wants_color(options.color)
    out = io.StringIO()
    console = Console(file=out, width=options.width, force_terminal=color, no_color=not color,
                      color_system="standard" if color else None, highlight=False, emoji=False)
    printer(console)
    return out.getvalue()


def print_results(console: Console, results, options) -> None:
    """Print the report on ``console``; its width bounds the shown source lines."""
    if not options.statistics:
        for result in results:
            print_findings(console, result, options)
    print_summary(console, results, options)


def print_findings(console: Console, result, options) -> None:
    lang = "zh" if options.lang == "zh" else "en"
    index = LineIndex(result.text)
    for d in result.diagnostics:
        for line in diagnostic_lines(d, result.text, index, console.width, lang):
            console.print(line, soft_wrap=True)
        console.print()


def print_summary(console: Console, results, options) -> None:
    lang = "zh" if options.lang == "zh" else "en"
    if options.statistics:
        for row in statistics_table(results):
            console.print(row, soft_wrap=True)
    console.print(Text(severity_line(results, lang), style="bold"), soft_wrap=True)
    if not options.statistics and rule_line(results, lang):
        console.print(rule_line(results, lang), soft_wrap=True)


def diagnostic_lines(d, text: str, index: LineIndex, width: int, lang: str) -> list[Text]:
    """The lines of one diagnostic, styled; ``width`` is the whole line's width."""
    style = SEVERITY_STYLES[d.severity]
    marks = marks_of(d)
    gutter = len(str(max(index.line_of(m.start) for m in marks) + 1))
    shown = source_lines(text, index, marks, width - gutter - len(" | "))
    pad = " " * gutter
    location = f"{d.path}:{d.line}:{d.column}" + (f" ({d.place})" if d.place else "")
    lines = [
        Text.assemble((f"{d.severity.label}[{d.rule}]", style), (f": {d.message}", "bold"), f" [{d.name}]"),
        Text.assemble((f"{pad}--> ", GUTTER), location),
        Text(f"{pad} |", style=GUTTER),
    ]
    previous = None
    for line in shown:
        if previous is not None and line.number > previous + 1:
            lines.append(Text("...", style=GUTTER))
        lines += source_line_texts(line, gutter, style)
        previous = line.number
    if d.calc:
        lines.append(Text.assemble((f"{pad} = ", GUTTER), (calc_label(lang), "bold"), d.calc))
    if d.help:
        lines.append(Text.assemble((f"{pad} = ", GUTTER), ("help: ", "bold"), d.help))
    return lines


def marks_of(d) -> list[Mark]:
    """The primary span and the labels; a label on the primary span gives it its text."""
    primary_text = next((t for s, e, t in d.labels if (s, e) == (d.start, d.end)), "")
    return [Mark(d.start, d.end, True, primary_text)] + [
        Mark(s, e, False, t) for s, e, t in d.labels if (s, e) != (d.start, d.end)
    ]


def source_line_texts(line: SourceLine, gutter: int, style: str) -> list[Text]:
    """The source line, its underline row and its label rows, each behind the gutter."""
    source = Text.assemble((f"{line.number:>{gutter}} | ", GUTTER), line.shown)
    rows = [underline_row(line, style), *(label_row(r, style) for r in line.label_rows)]
    return [source] + [Text.assemble((" " * gutter + " | ", GUTTER), r) for r in rows]


def underline_row(line: SourceLine, style: str) -> Text:
    """``^`` under the primary span, ``-`` under the labels; carets win where they overlap."""
    cells = [(" ", "")] * max(u.column + u.width for u in line.underlines)
    for u in sorted(line.underlines, key=lambda u: u.mark.primary):
        mark = ("^", style) if u.mark.primary else ("-", SECONDARY)
        cells[u.column:u.column + u.width] = [mark] * u.width
    return Text.assemble(*cells)


def label_row(row, style: str) -> Text:
    """The texts of marks placed apart by ``snippet``, each starting at its mark's column."""
    text = Text()
    for u in row:
        text.append(" " * (u.column - text.cell_len))
        text.append(u.mark.text, style=style if u.mark.primary else SECONDARY)
    return text
