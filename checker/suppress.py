"""Inline suppression: ``<!-- hegao: ignore N101 T302 -->``.

On a line of its own the comment silences the next line; at the end of a line of text, that
line (as ruff's ``# noqa``). It names codes or prefixes (comma or space separated); with none it
silences every rule. It works in Markdown, where the comment is invisible once rendered, and in
plain text. A code that names no rule is a warning (the comment would silence nothing); with
``--report-unused-suppressions`` a comment that silenced no finding is named (ruff's RUF100).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.findings import Diagnostic

_COMMENT = re.compile(r"<!--\s*hegao:\s*ignore\b(?P<codes>[^>]*?)-->")


@dataclass(frozen=True)
class Suppression:
    line: int  # the line of the comment
    target: int  # the line it silences
    codes: tuple[str, ...]  # code prefixes; empty: every rule

    def silences(self, d: Diagnostic) -> bool:
        return d.line == self.target and (not self.codes or any(d.rule.startswith(c) for c in self.codes))


def suppressions(text: str) -> list[Suppression]:
    found = []
    for number, line in enumerate(text.split("\n"), start=1):
        match = _COMMENT.search(line)
        if match:
            codes = tuple(c.upper() for c in re.split(r"[\s,，]+", match["codes"]) if c)
            alone = not (line[:match.start()] + line[match.end():]).strip()
            found.append(Suppression(number, number + 1 if alone else number, codes))
    return found


def unknown_codes(found: list[Suppression], name: str) -> list[str]:
    """A warning for each code of a comment that is no rule code or prefix of one."""
    from checker.checks import all_rules

    known = all_rules()
    return [f"{name}:{s.line}: hegao: ignore names no rule {code!r} (see: hegao rules)"
            for s in found for code in s.codes if not any(rule.startswith(code) for rule in known)]


def apply(diagnostics, text: str, name: str = ""):
    """(the diagnostics no comment silences, warnings of unknown codes, the comments that
    silenced nothing)."""
    found = suppressions(text)
    if not found:
        return tuple(diagnostics), [], []
    kept, used = [], set()
    for d in diagnostics:
        by = [s for s in found if s.silences(d)]
        used.update(by)
        if not by:
            kept.append(d)
    return tuple(kept), unknown_codes(found, name), [s for s in found if s not in used]
