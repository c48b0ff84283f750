"""``--format github``: GitHub Actions workflow commands, which show as annotations on a pull
request::

    ::error file=报告.txt,line=14,col=8,endLine=14,endColumn=18,title=A201 breakdown-sum::分项之和与合计不符

Errors are ``error``, warnings ``warning``, infos ``notice``. The arithmetic and the help follow
the message on lines of their own. Columns count characters and ``endColumn`` is exclusive, as in
hegao's other formats; GitHub takes columns only within one line, so a span crossing lines gives
lines alone. Values are escaped as GitHub's toolkit does: ``%``, CR and LF everywhere, and also
``:`` and ``,`` in the properties.
"""

from __future__ import annotations

from checker.findings import Severity
from checker.report.words import calc_label, help_label

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(d, lang: str) -> str:
    properties = {"file": d.path.replace("\\", "/"), "line": d.line}
    if d.end_line == d.line:
        properties |= {"col": d.column, "endLine": d.end_line, "endColumn": d.end_column}
    else:
        properties["endLine"] = d.end_line
    properties["title"] = f"{d.rule} {d.name}"
    message = (f"{d.place}：" if d.place else "") + d.message
    if d.calc:
        message += "\n" + calc_label(lang) + d.calc
    if d.help:
        message += "\n" + help_label(lang) + d.help
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{COMMANDS[d.severity]} {props}::{escape_data(message)}"


def render(results, options) -> str:
    return "".join(command(d, options.lang) + "\n" for r in results for d in r.diagnostics)
