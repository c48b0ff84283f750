"""Read a file into text: plain text in UTF-8 or GB18030, and richer formats by extension.

Every reader returns a ``Source``; a file that cannot be read raises ``InputError`` with a
one-line message naming the file. Readers for .docx and .html import their libraries lazily.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


class InputError(Exception):
    """A file hegao cannot read; the message is one line and names the file."""


@dataclass(frozen=True)
class Source:
    path: str
    text: str
    # (start, end, place) for spans that came from a table cell of a Word file
    places: tuple[tuple[int, int, str], ...] = field(default_factory=tuple)
    encoding: str = "utf-8"


def read_source(path: str | Path) -> Source:
    from checker.read.text import read_text_file

    return read_text_file(Path(path))
