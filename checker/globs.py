"""Path patterns as gitignore writes them, for ``exclude``, ``.gitignore`` and ``per-file-ignores``.

A pattern is matched against a path relative to the folder it belongs to (the configuration
file's or the ``.gitignore``'s), written with ``/``. ``*`` and ``?`` stay within one folder name,
``**/`` stands for any number of folders (none included), a trailing ``/**`` for everything
inside. A pattern without a ``/`` (other than a trailing one) matches a name at any depth
(``node_modules``, ``*.md``); one with a ``/`` is anchored at its folder (``drafts/*.md``). A
trailing ``/`` matches folders only; a leading ``!`` takes a path back out (gitignore only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Pattern:
    regex: re.Pattern
    negated: bool = False
    folders_only: bool = False


@cache
def compile_pattern(text: str, negation: bool = False) -> Pattern:
    """``text`` as a Pattern; with ``negation``, a leading ``!`` negates it (gitignore)."""
    negated = negation and text.startswith("!")
    text = text[1:] if negated else text
    folders_only = text.endswith("/")
    text = text.rstrip("/")
    anchored = "/" in text
    text = text.lstrip("/")
    if text.startswith("**/"):
        anchored, text = False, text[3:]
    body = _translate(text)
    regex = re.compile(body if anchored else f"(?:.*/)?{body}", re.DOTALL)
    return Pattern(regex, negated, folders_only)


def _translate(glob: str) -> str:
    out, i = [], 0
    while i < len(glob):
        if glob.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif glob.startswith("**", i):
            out.append(".*")
            i += 2
        elif glob[i] == "*":
            out.append("[^/]*")
            i += 1
        elif glob[i] == "?":
            out.append("[^/]")
            i += 1
        elif glob[i] == "[" and "]" in glob[i + 2:]:
            end = glob.index("]", i + 2)
            inner = glob[i + 1:end]
            out.append("[" + ("^" + inner[1:] if inner[0] == "!" else inner).replace("\\", "\\\\") + "]")
            i = end + 1
        else:
            out.append(re.escape(glob[i]))
            i += 1
    return "".join(out)


def matches(relative: str, pattern: str, is_folder: bool = False) -> bool:
    """Whether path ``relative`` (``/``-separated, relative to the pattern's folder) matches."""
    compiled = compile_pattern(pattern)
    return (is_folder or not compiled.folders_only) and compiled.regex.fullmatch(relative) is not None


def ignored(relative: str, patterns, is_folder: bool) -> bool | None:
    """gitignore's verdict on ``relative`` from ``patterns`` (the last match wins; ``!`` takes a
    path back); None when no pattern matches."""
    verdict = None
    for text in patterns:
        compiled = compile_pattern(text, negation=True)
        if (is_folder or not compiled.folders_only) and compiled.regex.fullmatch(relative):
            verdict = not compiled.negated
    return verdict


def is_anchored(pattern: str) -> bool:
    """Whether ``pattern`` is matched from its folder rather than against a name at any depth."""
    text = pattern.rstrip("/")
    return "/" in text and not (text.startswith("**/") and "/" not in text[3:])
