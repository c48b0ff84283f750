"""Safe fixes (``--fix``) and their preview (``--diff``).

Only a rule's ``Finding.fix`` is applied: a replacement for the primary span that cannot change
the meaning (a duplicated word, a stray space in a number, a half-width comma in Chinese text).
Fixes are applied from the end of the text backwards; one that overlaps an earlier fix is left
for the next run. Files are written atomically (a temporary file in the same folder, then
``os.replace``) in their original encoding, byte-order mark and line endings, with their
permissions kept; a file that changed since it was checked is not written. Word and HTML files
are never rewritten: only plain text and Markdown.
"""

from __future__ import annotations

import codecs
import difflib
import os
import stat
import tempfile
from pathlib import Path

from checker.read import InputError
from checker.read.text import decode


# Only files that are text on disk are written (never a Word file or a saved web page).
TEXT_SUFFIXES = (".txt", ".md", ".markdown")


class FixError(Exception):
    """A file that could not be fixed; one line naming it. The file is left untouched."""


def fixed_text(text: str, diagnostics) -> str:
    """``text`` with the safe fixes of ``diagnostics`` applied; of two overlapping fixes the one
    that starts first is taken, the other is left for the next run."""
    chosen = []
    taken_to = 0
    for d in sorted((d for d in diagnostics if d.fix is not None), key=lambda d: (d.start, d.end)):
        if d.start >= taken_to:
            chosen.append(d)
            taken_to = d.end
    for d in reversed(chosen):  # from the end backwards, so earlier offsets stay valid
        text = text[:d.start] + d.fix + text[d.end:]
    return text


def diff(path: str, text: str, diagnostics) -> str:
    """The unified diff the fixes would make to ``text`` ('' when none)."""
    new = fixed_text(text, diagnostics)
    return "".join(difflib.unified_diff(text.splitlines(keepends=True), new.splitlines(keepends=True),
                                        f"a/{path}", f"b/{path}"))


def write_fixes(name: str, text: str, diagnostics) -> bool:
    """Apply the fixes to file ``name`` whose checked text is ``text``; True when it changed."""
    new = fixed_text(text, diagnostics)
    if new == text:
        return False
    path = Path(name)
    if path.suffix.lower() not in TEXT_SUFFIXES:
        raise FixError(f"{name}: only .txt and .md files are fixed")
    encoding, newline = _file_format(path.read_bytes())
    payload = (codecs.BOM_UTF8 if encoding == "utf-8-bom" else b"") + \
        new.replace("\n", newline).encode("utf-8" if encoding == "utf-8-bom" else encoding)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".hegao")
    try:
        with os.fdopen(handle, "wb") as f:
            f.write(payload)
        os.chmod(temp, stat.S_IMODE(path.stat().st_mode))
        if _current_text(path) != text:
            raise FixError(f"{name}: changed since it was checked; not fixed")
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return True


def _file_format(data: bytes) -> tuple[str, str]:
    """(encoding, newline) of the file's bytes: utf-8-bom, utf-8 or gb18030; \\r\\n or \\n."""
    newline = "\r\n" if b"\r\n" in data else "\n"
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-bom", newline
    try:
        data.decode("utf-8")
        return "utf-8", newline
    except UnicodeDecodeError:
        return "gb18030", newline


def _current_text(path: Path) -> str | None:
    try:
        return decode(path.read_bytes(), str(path))[0]
    except (OSError, InputError):
        return None
