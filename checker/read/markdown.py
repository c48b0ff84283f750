"""Markdown files: the prose only, at its exact offsets in the file.

Code blocks (fenced and indented), inline code, link and image targets, bare URLs, reference
definitions and HTML comments are replaced by spaces of the same length (line breaks kept), so
every finding's line and column point into the real file. Headings, lists and emphasis marks stay:
they are short ASCII marks no rule reads as a number or a word.
"""

from __future__ import annotations

import re
from pathlib import Path

from checker.read import Source
from checker.read.text import read_text_file

FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
INDENTED = re.compile(r"^(?: {4}|\t)")
HIDDEN = re.compile(
    r"<!--[\s\S]*?(?:-->|\Z)"          # HTML comment, may span lines
    r"|(`+)[^\n]+?(?<!`)\1(?!`)"       # inline code on one line, any run length of backticks
    r"|(?<=\])\([^()\s]*(?:\s+\"[^\"]*\")?\)"  # (target "title") after [text] or ![alt]
    r"|<https?://[^>\s]*>"           # autolink
    r"|https?://[^\s<>()\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+"  # bare URL, up to 汉字 or ，
    r"|^ {0,3}\[[^\]]+\]:\s*\S.*$",    # reference definition: [id]: url
    re.MULTILINE,
)


def blank(text: str) -> str:
    """``text`` with everything but line breaks replaced by spaces."""
    return re.sub(r"[^\n]", " ", text)


def prose(text: str) -> str:
    """The Markdown ``text`` with its non-prose spans blanked; same length, same lines."""
    lines = text.split("\n")
    out: list[str] = []
    fence = ""
    previous_blank = True
    for line in lines:
        opening = FENCE.match(line)
        if fence:
            out.append(blank(line))
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence) \
                    and not line.strip().strip(fence[0]):
                fence = ""
        elif opening:
            fence = opening.group(1)
            out.append(blank(line))
        elif INDENTED.match(line) and line.strip() and (previous_blank or _in_code(out)):
            out.append(blank(line))
        else:
            out.append(line)
        previous_blank = not line.strip()
    return HIDDEN.sub(lambda m: blank(m.group()), "\n".join(out))


def _in_code(out: list[str]) -> bool:
    """Whether the previous output line was an indented code line (now blank but not empty)."""
    return bool(out) and out[-1] != "" and not out[-1].strip()


def read_markdown(path: Path) -> Source:
    source = read_text_file(path)
    return Source(source.path, prose(source.text), encoding=source.encoding,
                  original=source.original, warnings=source.warnings)
