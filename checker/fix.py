"""Safe fixes (``--fix``) and their preview (``--diff``).

Only a rule's ``Finding.fix`` is applied: a replacement for the primary span that cannot change
the meaning (a duplicated word, a stray space in a number, a half-width comma in Chinese text).
Fixes are applied from the end of the text backwards; one that overlaps an earlier fix is left
for the next run. Word and HTML files are never rewritten: only plain text and Markdown.

A fix never makes a file worse. The fixed text is checked again, and the fixes are applied only
if that finds nothing that was not found before (findings compared by rule and message, since
offsets move). Otherwise the fixes are tried line by line, the fixes of one line together (so
both halves of a bracket pair change or neither), and a line whose fixes would add a finding is
left as it is and named. ``--diff`` shows the same fixes ``--fix`` would make.

A fix changes the file's text and nothing else about it:
- the file's encoding and byte-order mark are kept, and each line keeps its own ending (CRLF,
  LF or CR, mixed as they were): the fixes are applied to the text as it is on disk;
- it is written atomically (a temporary file in the same folder, then ``os.replace``) with its
  permissions, owner and group; one whose owner or group cannot be kept is not fixed;
- a symbolic link is followed: its target is fixed and the link stays;
- a file with more than one hard link is not fixed: a new file would break the links, and
  writing in place (what would keep them) is not atomic and would also change every other name
  of the file, such as a snapshot in a backup made with hard links;
- a read-only file is not fixed, as editors refuse to save one;
- a file that changed since it was checked is not fixed. Its size, modification time and
  SHA-256 are taken when it is read for fixing and compared again right before the rename, so an
  edit saved while the fix was being written wins and the fix is dropped. What remains is the
  instant between that comparison and the rename, which only a lock every editor honoured could
  close.
"""

from __future__ import annotations

import codecs
import difflib
import hashlib
import os
import stat
import tempfile
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Callable, Iterable

# Only files that are text on disk are written (never a Word file or a saved web page).
TEXT_SUFFIXES = (".txt", ".md", ".markdown")


class FixError(Exception):
    """A file that could not be fixed; one line naming it. The file is left untouched."""


@dataclass(frozen=True)
class FixPlan:
    """The fixes to apply, and those withheld because they would add findings: per line left
    as it is, its number (1-based) and the rules of the findings its fixes would add."""

    fixes: tuple
    withheld: tuple[tuple[int, tuple[str, ...]], ...] = ()


def chosen_fixes(diagnostics) -> list:
    """The diagnostics with a fix, in text order; of two overlapping fixes the one that starts
    first is taken, the other is left for the next run."""
    chosen = []
    taken_to = 0
    for d in sorted((d for d in diagnostics if d.fix is not None), key=lambda d: (d.start, d.end)):
        if d.start >= taken_to:
            chosen.append(d)
            taken_to = d.end
    return chosen


def fixed_text(text: str, diagnostics) -> str:
    """``text`` with the fixes of ``diagnostics`` applied (see ``chosen_fixes``)."""
    return _apply(text, chosen_fixes(diagnostics), lambda offset: offset)


def plan_fixes(text: str, diagnostics, recheck: Callable[[str], Iterable]) -> FixPlan:
    """The fixes of ``diagnostics`` that add no finding when ``recheck`` (text -> diagnostics)
    checks the fixed text."""
    fixes = chosen_fixes(diagnostics)
    if not fixes:
        return FixPlan(())
    before = _counts(recheck(text))
    if not _added(recheck(fixed_text(text, fixes)), before):
        return FixPlan(tuple(fixes))
    kept: list = []
    withheld = []
    for line, group in groupby(fixes, key=lambda d: text.count("\n", 0, d.start) + 1):
        trial = kept + list(group)
        added = _added(recheck(fixed_text(text, trial)), before)
        if added:
            withheld.append((line, added))
        else:
            kept = trial
    return FixPlan(tuple(kept), tuple(withheld))


def _counts(diagnostics) -> Counter:
    return Counter((d.rule, d.message) for d in diagnostics)


def _added(diagnostics, before: Counter) -> tuple[str, ...]:
    """The rules of the findings in ``diagnostics`` beyond those counted in ``before``."""
    return tuple(sorted({rule for rule, _ in _counts(diagnostics) - before}))


def diff(path: str, text: str, diagnostics) -> str:
    """The unified diff the fixes would make to ``text`` ('' when none)."""
    new = fixed_text(text, diagnostics)
    return "".join(difflib.unified_diff(text.splitlines(keepends=True), new.splitlines(keepends=True),
                                        f"a/{path}", f"b/{path}"))


def write_fixes(name: str, text: str, diagnostics) -> bool:
    """Apply the fixes to file ``name`` whose checked text is ``text``; True when it changed.
    FixError (and the file untouched) when it cannot be fixed safely."""
    fixes = chosen_fixes(diagnostics)
    if fixed_text(text, fixes) == text:
        return False
    if Path(name).suffix.lower() not in TEXT_SUFFIXES:
        raise FixError(f"{name}: only .txt and .md files are fixed")
    path = Path(os.path.realpath(name))  # a symbolic link: its target
    data, status, version = _snapshot(name, path)
    _check_writable(name, path, status)
    encoding = _encoding(data)
    on_disk = data.decode(encoding)
    if _normalized(on_disk) != text:
        raise FixError(f"{name}: changed since it was checked; not fixed")
    payload = _apply(on_disk, fixes, _disk_offsets(on_disk)).encode(encoding)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".hegao")
    try:
        with os.fdopen(handle, "wb") as f:
            f.write(payload)
        _keep_attributes(name, temporary, status)
        _before_replace(path)
        if _snapshot(name, path)[2] != version:
            raise FixError(f"{name}: changed while it was being fixed; kept as it is, not fixed")
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


def _before_replace(path: Path) -> None:
    """The last moment before the file is compared with what was read and replaced (tests
    simulate an edit saved at this moment)."""


def _snapshot(name: str, path: Path) -> tuple[bytes, os.stat_result, tuple]:
    """The file's bytes, status, and what identifies this version of it: device, inode, size,
    modification time and SHA-256."""
    try:
        with open(path, "rb") as f:
            data = f.read()
            status = os.fstat(f.fileno())
    except OSError as error:
        raise FixError(f"{name}: cannot read: {error.strerror or error}") from None
    version = (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns,
               hashlib.sha256(data).digest())
    return data, status, version


def _check_writable(name: str, path: Path, status: os.stat_result) -> None:
    if status.st_nlink > 1:
        raise FixError(f"{name}: has {status.st_nlink} hard links; not fixed (a new file would "
                       f"break them, writing in place would change every linked copy)")
    if not stat.S_IMODE(status.st_mode) & 0o222 or not os.access(path, os.W_OK):
        raise FixError(f"{name}: is read-only; not fixed")


def _keep_attributes(name: str, temporary: str, old: os.stat_result) -> None:
    """Give the new file the permissions, owner and group of the old one."""
    new = os.stat(temporary)
    if (new.st_uid, new.st_gid) != (old.st_uid, old.st_gid):
        try:
            os.chown(temporary, old.st_uid, old.st_gid)
        except OSError:
            raise FixError(f"{name}: its owner or group could not be kept; not fixed") from None
    os.chmod(temporary, stat.S_IMODE(old.st_mode))  # after chown, which clears set-id bits


def _encoding(data: bytes) -> str:
    """The codec that reads and writes the file's bytes back as they were (a BOM included)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "gb18030"


def _normalized(text: str) -> str:
    """The text as hegao reads it: every line ending a \\n."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _disk_offsets(on_disk: str) -> Callable[[int], int]:
    """Maps an offset into the normalized text to the same place in ``on_disk``: each CRLF
    before it adds one character."""
    crlf, index = [], on_disk.find("\r\n")
    while index >= 0:
        crlf.append(index - len(crlf))  # where this line ending is in the normalized text
        index = on_disk.find("\r\n", index + 2)
    return lambda offset: offset + bisect_left(crlf, offset)


def _apply(text: str, fixes: list, place: Callable[[int], int]) -> str:
    for d in reversed(fixes):  # from the end backwards, so earlier offsets stay valid
        start, end = place(d.start), place(d.end)
        text = text[:start] + d.fix + text[end:]
    return text
