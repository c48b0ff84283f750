"""Findings: what a rule reports, as typed values.

A finding carries the rule code, the primary span, the arguments of its message and the secondary
labels. The Chinese and English texts are rendered from the rule's templates and these arguments
(``checker.checks.base.Rule.render``), so tests compare codes and spans, never wording.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, Mapping


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> "Severity":
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {name!r} (info, warning, error)") from None

    @property
    def label(self) -> str:
        return self.name.lower()


def exit_code(diagnostics, fail_on: Severity) -> int:
    """0 when no diagnostic is at or above ``fail_on``, else 1."""
    return 1 if any(d.severity >= fail_on for d in diagnostics) else 0


@dataclass(frozen=True, slots=True)
class Label:
    """A secondary span with a short role name, e.g. 合计 / total or 分子 / numerator."""

    start: int
    end: int
    zh: str
    en: str

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True, slots=True)
class Finding:
    """One defect at one place.

    ``variant`` picks one of the rule's message templates, ``args`` fill it in. ``fix`` is an
    optional safe replacement for the primary span (used by ``--fix``); ``severity`` overrides
    the rule's own for this finding (a rule may lower it when the evidence is weaker).
    """

    rule: str
    start: int
    end: int
    args: Mapping[str, Any] = field(default_factory=dict)
    variant: str = "default"
    labels: tuple[Label, ...] = ()
    calc: str | None = None  # the arithmetic, language neutral: "513 ÷ 8768 = 5.85%"
    severity: Severity | None = None  # None: the rule's configured severity
    fix: str | None = None

    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.rule)


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A finding resolved for output: located, with its texts rendered in one language.

    Reporters take diagnostics only; they never look a rule up. ``calc`` is the arithmetic that
    proves the finding (language neutral, e.g. ``513 ÷ 8768 = 5.85%``); ``place`` names a
    table cell of a Word file.
    """

    path: str
    rule: str
    name: str
    category: str
    severity: Severity
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    help: str | None = None
    calc: str | None = None
    labels: tuple[tuple[int, int, str], ...] = ()
    place: str | None = None
    fix: str | None = None


@dataclass(frozen=True)
class FileResult:
    """The diagnostics of one checked file with the text they point into."""

    path: str
    text: str
    diagnostics: tuple[Diagnostic, ...]
