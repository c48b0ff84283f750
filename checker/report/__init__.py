"""Output formats. Each is a module with ``render(results, options) -> str``; finding and
reporting are separate, and the exit code is computed in ``checker.engine.exit_code``.
Modules load lazily so that ``--format jsonl`` never imports rich."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

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
    return module.render(results, options)
