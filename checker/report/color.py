"""Whether output is coloured, by the conventions terminal programs share: ``--color always`` or
``never`` decide; otherwise ``NO_COLOR`` (any non-empty value, no-color.org) turns colour off,
``FORCE_COLOR`` (non-empty) turns it on, ``TERM=dumb`` turns it off, and else a terminal gets
colour and a file or pipe does not.

``paint`` writes the ANSI codes of the concise format itself, so that format never imports rich.
"""

from __future__ import annotations

import os
import sys

CODES = {"bold": "1", "dim": "2", "red": "31", "yellow": "33", "blue": "34", "cyan": "36"}


def wants_color(choice: bool | None = None, stream=None) -> bool:
    if choice is not None:
        return choice
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    stream = sys.stdout if stream is None else stream
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def paint(text: str, *styles: str, on: bool = True) -> str:
    if not on or not styles:
        return text
    return f"\x1b[{';'.join(CODES[s] for s in styles)}m{text}\x1b[0m"
