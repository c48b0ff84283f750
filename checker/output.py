"""The files hegao creates: the report (``-o``), a baseline (``--write-baseline``) and the
commented Word copy (``--annotate``). ``--fix`` writes the user's own files: see ``checker.fix``.

An output path is checked before anything is written, so a wrong one costs one line and exit 2,
never a traceback or a half-done run: its folder must exist, it must not be a directory, and it
must not be one of the inputs under any spelling (``./x.txt``, a symbolic or a hard link: files
are compared by device and inode). A symbolic link is followed for the report and the baseline
(as the shell's ``>`` does); the Word copy refuses one, since it replaces what is at its path.

A regular file is written atomically (a temporary file beside it, then a rename): a new one gets
the permissions the user's umask gives new files, an existing one keeps its own. Anything else
that exists (``/dev/null``, ``/dev/stdout``, a pipe) is written to, never replaced. Text goes out
as UTF-8; a file name that is not valid UTF-8 (held by Python as surrogate escapes) is written
with backslash escapes (``\\udcff``), so the report is never cut short and a JSON report stays
valid and decodes to the same name.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import Iterable


class OutputError(Exception):
    """An output hegao cannot write; one line naming it."""


def output_target(name: str, inputs: Iterable[str] = (), follow_symlinks: bool = True) -> Path:
    """The path to write for output ``name``; OutputError when it cannot be one."""
    path = Path(name)
    if path.is_symlink():
        if not follow_symlinks:
            raise OutputError(f"{name}: is a symbolic link; give a new file or a regular one")
        path = Path(os.path.realpath(path))
    if path.is_dir():
        raise OutputError(f"{name}: is a directory")
    if not path.parent.is_dir():
        raise OutputError(f"{name}: no such directory: {path.parent}")
    for source in inputs:
        if _same_file(path, source):
            raise OutputError(f"{name}: is the input {source}; write to another file")
    return path


def write_text(name: str, text: str, inputs: Iterable[str] = ()) -> None:
    write_bytes(name, text.encode("utf-8", "backslashreplace"), inputs)


def write_bytes(name: str, data: bytes, inputs: Iterable[str] = (), follow_symlinks: bool = True) -> None:
    path = output_target(name, inputs, follow_symlinks)
    try:
        try:
            mode = os.stat(path).st_mode
        except FileNotFoundError:
            mode = None
        if mode is not None and not stat.S_ISREG(mode):
            with open(path, "wb") as f:
                f.write(data)
        else:
            _replace(path, data, stat.S_IMODE(mode) if mode is not None else 0o666 & ~_umask())
    except OSError as error:
        raise OutputError(f"{name}: cannot write: {error.strerror or error}") from None


def _replace(path: Path, data: bytes, mode: int) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as f:
            f.write(data)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _same_file(path: Path, other: str) -> bool:
    try:
        return os.path.samefile(path, other)
    except (OSError, ValueError):
        return False
