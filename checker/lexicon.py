"""jieba's dictionary as an indexed table, built once per installed dictionary and looked up by
word in microseconds.

Reading dict.txt (5 MB, 350,000 words) takes a tenth of a second a scan and a dictionary of it
60 MB and most of a second, for each process; the rules that segment (T301, T306) only ask
about a few hundred words of each document. So the first run writes the dictionary into an
SQLite file in the user's cache folder, keyed by where the dictionary is, its size and its
modification time (another jieba makes another file), and every run after opens it and asks for the words it
needs. Where that folder cannot be written, the table is built in memory for the run.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterable
from contextlib import suppress
from functools import cached_property
from pathlib import Path

from checker.cache import user_cache_dir, write_atomically

_FORMAT = 2  # bump when the layout of the table changes
# SQLite's least limit on the values of one statement.
_CHUNK = 900


def _rows(dictionary: Path) -> list[tuple[str, int, str]]:
    """(word, frequency, tag) of each line; a word listed twice keeps its last line."""
    rows: dict[str, tuple[int, str]] = {}
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word, frequency, *tag = line.split(" ")
        rows[word] = (int(frequency), tag[0] if tag else "")
    return sorted((word, frequency, tag) for word, (frequency, tag) in rows.items())  # in key order: quick to insert


def _build(db: sqlite3.Connection, dictionary: Path) -> sqlite3.Connection:
    db.execute("PRAGMA journal_mode = OFF")  # a file of this process, renamed when complete
    db.execute("PRAGMA synchronous = OFF")
    db.execute("CREATE TABLE words (word TEXT PRIMARY KEY, freq INTEGER, tag TEXT) WITHOUT ROWID")
    db.executemany("INSERT INTO words VALUES (?, ?, ?)", _rows(dictionary))
    db.execute("CREATE TABLE facts (longest INTEGER)")  # a scan of the table, done once
    db.execute("INSERT INTO facts SELECT max(length(word)) FROM words")
    db.commit()
    return db


class Lexicon:
    """Frequency and part-of-speech tag of the words of one dictionary file."""

    def __init__(self, dictionary: Path, folder: Path | None = None):
        stat = dictionary.stat()
        self._key = _digest(f"{_FORMAT}\0{dictionary.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}")
        self._path = (folder or user_cache_dir()) / f"lexicon-{self._key}.sqlite3"
        self._db = self._open(dictionary, self._path)
        self._frequent: dict[tuple, frozenset[str]] = {}

    @staticmethod
    def _open(dictionary: Path, path: Path) -> sqlite3.Connection:
        for _ in range(2):
            if not path.exists():
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
                    try:
                        _build(sqlite3.connect(tmp), dictionary).close()
                        os.replace(tmp, path)  # atomic: a parallel run sees no half-built table
                    finally:
                        tmp.unlink(missing_ok=True)
                except (OSError, sqlite3.Error):
                    break
            try:
                db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
                pages, = db.execute("PRAGMA page_count").fetchone()
                size, = db.execute("PRAGMA page_size").fetchone()
                if pages * size == path.stat().st_size and db.execute("SELECT 1 FROM words LIMIT 1").fetchone():
                    return db  # whole (a full check would read every page: a fifth of a second)
                db.close()
            except (OSError, sqlite3.Error):
                pass
            with suppress(OSError):  # damaged: built again
                path.unlink()
        return _build(sqlite3.connect(":memory:", check_same_thread=False), dictionary)

    def entries(self, words: Iterable[str]) -> dict[str, tuple[int, str]]:
        """(frequency, tag) of those of ``words`` that are dictionary words."""
        words = list(set(words))
        found: dict[str, tuple[int, str]] = {}
        for i in range(0, len(words), _CHUNK):
            chunk = words[i:i + _CHUNK]
            query = f"SELECT word, freq, tag FROM words WHERE word IN ({','.join('?' * len(chunk))})"
            found.update((word, (frequency, tag)) for word, frequency, tag in self._db.execute(query, chunk))
        return found

    def frequent(self, chars: str, min_frequency: int, longest: int) -> frozenset[str]:
        """The words of 2 to ``longest`` characters at least ``min_frequency`` frequent that
        hold any of ``chars`` (a scan of the table, so its answer is kept beside it)."""
        wanted = "".join(sorted(set(chars)))
        known = self._frequent.get((wanted, min_frequency, longest))
        if known is None:
            known = self._frequent[wanted, min_frequency, longest] = self._read_frequent(wanted, min_frequency, longest)
        return known

    def _read_frequent(self, wanted: str, min_frequency: int, longest: int) -> frozenset[str]:
        kept = self._path.with_name(f"{self._path.stem}-{_digest(f'{wanted} {min_frequency} {longest}')}.txt")
        try:
            count, *words = kept.read_text(encoding="utf-8").split("\n")
            if int(count) == len(words):  # not cut short
                return frozenset(words)
        except (OSError, ValueError):
            pass
        rows = self._db.execute("SELECT word FROM words WHERE freq >= ? AND length(word) BETWEEN 2 AND ?",
                                (min_frequency, longest))
        words = frozenset(word for (word,) in rows if not set(wanted).isdisjoint(word))
        write_atomically(kept, "\n".join([str(len(words)), *sorted(words)]).encode("utf-8"))
        return words

    @cached_property
    def longest(self) -> int:
        """The length of the longest word."""
        return self._db.execute("SELECT longest FROM facts").fetchone()[0]


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:24]


_opened: dict[int, Lexicon] = {}


def jieba_lexicon() -> Lexicon:
    """The lexicon of jieba's dictionary, opened once per process (a connection is not carried
    into a process forked from this one)."""
    from checker.segment import dictionary_path

    pid = os.getpid()
    if pid not in _opened:
        _opened.clear()
        _opened[pid] = Lexicon(dictionary_path())
    return _opened[pid]
