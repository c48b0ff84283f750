"""Output formats. Each is a module with ``render(results, options) -> str``; finding and
reporting are separate, and the exit code is computed in ``checker.findings.exit_code``.
Modules load lazily so that ``--format jsonl`` never imports rich."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, replace

FORMATS = {
    "full": "checker.report.full",
    "concise": "checker.report.concise",
    "json": "checker.report.jsonfmt",
    "jsonl": "checker.report.jsonfmt",
    "sarif": "checker.report.sarif",
    "github": "checker.report.github",
    "html": "checker.report.html",
}


@dataclass(frozen=True)
class ReportOptions:
    format: str = "full"
    lang: str = "zh"
    color: bool | None = None  # None: decide from the terminal
    width: int | None = None
    statistics: bool = False


def render(results, options: ReportOptions) -> str:
    module = importlib.import_module(FORMATS[options.format])
    return module.render([shown_names(r, options.format) for r in results], options)


# Formats written file by file as the run goes (``render_file`` then ``render_closing`` give what
# ``render`` gives); the others need the whole run.
STREAMED = ("full", "concise", "jsonl", "github")


def render_file(result, options: ReportOptions) -> str:
    """What ``render`` writes for one file of a streamed format, before its closing summary."""
    module = importlib.import_module(FORMATS[options.format])
    result = shown_names(result, options.format)
    return module.render_file(result, options) if hasattr(module, "render_file") else module.render([result], options)


def render_closing(results, options: ReportOptions) -> str:
    """The closing summary of a streamed format ("" for those that have none)."""
    module = importlib.import_module(FORMATS[options.format])
    return module.render_closing(results, options) if hasattr(module, "render_closing") else ""


def shown_names(result, format: str):
    """``result`` with its file name as ``format`` shows it (``checker.report.names``): escaped
    for people; valid Unicode in GitHub's workflow commands, whose own escaping keeps line breaks
    out; JSON keeps the name exactly (an undecodable byte is written as the escape \\udcff, which
    reads back as the same name, so a baseline still matches); SARIF keeps the name and
    percent-encodes its bytes."""
    from checker.report.names import json_text, printable

    if format in ("sarif", "json", "jsonl"):
        return result
    show = json_text if format == "github" else printable
    path = show(result.path)
    if path == result.path:
        return result
    return replace(result, path=path, diagnostics=tuple(replace(d, path=path) for d in result.diagnostics))
