"""Inline suppression: ``<!-- hegao: ignore N101 T302 -->`` on the line before a finding.

The comment names codes or prefixes (comma or space separated); with none it silences every
rule. It works in Markdown, where the comment is invisible once rendered, and in plain text.
"""

from __future__ import annotations

import re

from checker.findings import Diagnostic

_COMMENT = re.compile(r"<!--\s*hegao:\s*ignore\b(?P<codes>[^>]*?)-->")


def suppressions(text: str) -> dict[int, tuple[str, ...]]:
    """Line number (1-based) -> code prefixes silenced there; an empty tuple silences all."""
    found = {}
    for number, line in enumerate(text.split("\n"), start=1):
        match = _COMMENT.search(line)
        if match:
            found[number + 1] = tuple(c.upper() for c in re.split(r"[\s,，]+", match["codes"]) if c)
    return found


def unsuppressed(diagnostics, text: str) -> tuple[Diagnostic, ...]:
    """The diagnostics not silenced by a comment in ``text``."""
    silenced = suppressions(text)
    if not silenced:
        return tuple(diagnostics)

    def kept(d: Diagnostic) -> bool:
        codes = silenced.get(d.line)
        return codes is None or (bool(codes) and not any(d.rule.startswith(c) for c in codes))

    return tuple(d for d in diagnostics if kept(d))
