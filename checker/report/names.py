"""How file names are shown. A name comes from the file system and may hold anything: a line
break, a terminal escape sequence (ESC [31m), bytes that are not UTF-8 (Python keeps them as lone
surrogates, which no encoder accepts), bidirectional controls that reorder what the reader sees.

``printable`` is for text read by people (full, concise, html and error lines): each such
character is written as an escape, ``\\n``, ``\\x1b``, ``\\u202e``, and each undecodable byte as
``\\xff``, so a name is always one line and never drives the terminal. ``json_text`` is for
GitHub's workflow commands, which escape line breaks themselves: undecodable bytes become U+FFFD,
so the output is valid UTF-8. The JSON formats keep the name exactly (JSON's own escapes), and
SARIF percent-encodes the name's own bytes in its URIs.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, lone surrogates, and the bidirectional embedding/override/isolate marks
UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
SURROGATE = re.compile("[\ud800-\udfff]")
NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    if char in NAMED:
        return NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with control characters, undecodable bytes and bidi marks escaped."""
    return UNPRINTABLE.sub(_escape, text)


def json_text(name: str) -> str:
    """``name`` as valid Unicode: undecodable bytes as U+FFFD."""
    return SURROGATE.sub("\ufffd", name)
