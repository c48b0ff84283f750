"""Which files a run checks: the paths given, and report files found by walking folders.

A walk passes over what the configuration's ``exclude`` names (by default hidden folders,
``venv``, ``node_modules``, ``__pycache__`` …), what ``.gitignore`` files ignore (unless
``--no-respect-gitignore``), Word's lock files (``~$报告.docx``) and hegao's own HTML reports. A
path named on the command line is checked whatever the excludes say, as in ruff. Symbolic links
to folders are not followed, so a walk always ends. A given path that does not exist is noted in
``missing``; entries that cannot be listed or are not regular files (a symlink loop, a pipe) in
``errors``.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from checker.globs import ignored

# What a directory walk picks up; .doc is walked so that its owner is told to save it as .docx.
CHECKED_SUFFIXES = (".txt", ".md", ".markdown", ".docx", ".doc", ".html", ".htm")
# The mark of a page written by ``--format html`` (checker.report.html), read at its start
REPORT_MARK = b'<meta name="generator" content="hegao">'  # checker.report.html.REPORT_MARK


class Discovery:
    def __init__(self, settings, respect_gitignore: bool = True):
        self.settings = settings
        self.respect_gitignore = respect_gitignore
        self.errors: list[str] = []
        self.missing: list[str] = []

    def files(self, paths: list[str]):
        """The files to check, in the order given, each folder's files sorted."""
        for name in paths:
            path = Path(name)
            if name == "-" or path.is_file():
                yield name
            elif path.is_dir():
                yield from self._walk(path)
            else:
                message = _not_a_file(name)
                (self.missing if not os.path.lexists(name) else self.errors).append(message)

    def _walk(self, top: Path):
        # (absolute folder, its patterns) of each .gitignore that applies to the current folder
        gitignores = _outer_gitignores(top) if self.respect_gitignore else []
        found = []
        for folder, dirs, files in os.walk(top, onerror=lambda e: self.errors.append(f"{e.filename}: {e.strerror}")):
            here = Path(folder)
            if self.respect_gitignore and (here / ".gitignore").is_file():
                absolute = _absolute(here)
                gitignores = [g for g in gitignores if _inside(absolute, g[0])] + [(absolute, _read_patterns(here))]
            dirs[:] = sorted(d for d in dirs if not self._skipped(here / d, True, gitignores))
            found += [os.path.join(folder, f) for f in files
                      if Path(f).suffix.lower() in CHECKED_SUFFIXES and not f.startswith("~$")
                      and not self._skipped(here / f, False, gitignores)]
        for file in sorted(found):
            if not Path(file).is_file():
                self.errors.append(_not_a_file(file))
            elif not _is_own_report(Path(file)):
                yield file

    def _skipped(self, path: Path, is_folder: bool, gitignores) -> bool:
        if self.settings.excluded(path, is_folder):
            return True
        verdict = None
        absolute = _absolute(path)
        for folder, patterns in gitignores:
            if _inside(absolute, folder):
                verdict = _last(verdict, ignored(absolute.relative_to(folder).as_posix(), patterns, is_folder))
        return bool(verdict)


def _last(verdict, new):
    return verdict if new is None else new


def _absolute(path: Path) -> Path:
    """``path`` made absolute without following links (a link's own name is what is ignored)."""
    return Path(os.path.abspath(path))


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _read_patterns(folder: Path) -> tuple[str, ...]:
    try:
        lines = (folder / ".gitignore").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ()
    return tuple(line.rstrip() for line in lines if line.strip() and not line.startswith("#"))


def _outer_gitignores(top: Path) -> list[tuple[Path, tuple[str, ...]]]:
    """The .gitignore files above ``top`` that apply to it: up to the root of its git
    repository (none when ``top`` is in no repository)."""
    folder = _absolute(top)
    chain = []
    for parent in folder.parents:
        chain.append(parent)
        if (parent / ".git").exists():
            return [(p, _read_patterns(p)) for p in reversed(chain) if (p / ".gitignore").is_file()]
    return []


def _is_own_report(path: Path) -> bool:
    if path.suffix.lower() not in (".html", ".htm"):
        return False
    try:
        with path.open("rb") as f:
            return REPORT_MARK in f.read(512)
    except OSError:
        return False


def _not_a_file(name: str) -> str:
    """Why ``name`` is not a file to read: the system's reason (no such file, a symlink loop …)."""
    try:
        os.stat(name)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return f"{name}: a loop of symbolic links"
        return f"{name}: {(error.strerror or str(error)).lower()}"
    return f"{name}: not a regular file"
