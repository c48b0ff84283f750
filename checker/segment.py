"""Word boundaries of a short text by jieba's dictionary, in milliseconds instead of a second.

Importing jieba and building its prefix dictionary takes about a second, twice hegao's budget
for checking a file on commit, while the one rule that segments (T301) only asks where the word
boundaries of one sentence fall. So hegao reads jieba's dictionary file itself, keeps the words
made only of the sentence's characters (one regular-expression pass over the file), and routes
through the sentence the way jieba does without its HMM: the segmentation whose words have the
highest product of dictionary frequencies, an unknown character counting as a word of frequency
1. ``tests/test_segment.py`` checks the boundaries against ``jieba.tokenize(text, HMM=False)``.
"""

from __future__ import annotations

import importlib.util
import math
import re
from functools import cache
from pathlib import Path
from typing import Iterable

# The sum of all frequencies in jieba's dict.txt: the probability of a word is its frequency
# over this total. Computing it costs a tenth of a second; the test suite checks the constant
# against the installed dictionary.
JIEBA_TOTAL = 60101967
_LOG_TOTAL = math.log(JIEBA_TOTAL)


def dictionary_path() -> Path:
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("jieba is not installed")
    return Path(spec.origin).parent / "dict.txt"


@cache
def _dictionary() -> str:
    """jieba's dictionary, one "word frequency tag" line each, with a newline before the first."""
    return "\n" + dictionary_path().read_text(encoding="utf-8")


def frequencies(texts: Iterable[str]) -> dict[str, int]:
    """The dictionary words that occur in any of ``texts``, with their frequencies: one pass over
    the dictionary for all the texts a document needs segmented."""
    texts = list(texts)
    chars = re.escape("".join(sorted(set("".join(texts)))))
    lines = re.compile(rf"^([{chars}]+) (\d+)", re.MULTILINE)
    return {m[1]: int(m[2]) for m in lines.finditer(_dictionary()) if any(m[1] in t for t in texts)}


# After this many documents in one process, the whole dictionary is read into a table once
# (about 0.7 s and 60 MB) instead of scanned again for each document (about 0.1 s each): a
# single report stays quick to start, an archive stays quick to run.
SCANS_BEFORE_INDEX = 3
_scans = 0


@cache
def _index() -> dict[str, tuple[int, str]]:
    return {w: (int(f), tag) for w, f, tag in re.findall(r"^(\S+) (\d+) ?(\S*)$", _dictionary(), re.MULTILINE)}


def entries(words: Iterable[str]) -> dict[str, tuple[int, str]]:
    """The frequency and part-of-speech tag (n, v, ns for a place …) of those of ``words`` that
    are dictionary words: one pass over the dictionary, for a rule that asks about many short
    strings at once (or the table of the whole dictionary, once a process has asked often)."""
    global _scans
    words = set(words)
    if _scans >= SCANS_BEFORE_INDEX:
        index = _index()
        return {w: index[w] for w in words if w in index}
    _scans += 1
    chars = re.escape("".join(sorted(set("".join(words)))))
    if not chars:
        return {}
    lines = re.compile(rf"^([{chars}]+) (\d+) ?(\w*)", re.MULTILINE)
    return {m[1]: (int(m[2]), m[3]) for m in lines.finditer(_dictionary()) if m[1] in words}


def log_probability(text: str, freq: dict[str, int]) -> float:
    """The log probability of the best segmentation of ``text`` (``freq`` must hold the
    dictionary words among its substrings)."""
    return _best(text, freq)[0][0]


def word_starts(text: str, freq: dict[str, int] | None = None) -> set[int]:
    """The offsets in ``text`` where a word starts, plus ``len(text)``. ``freq`` is
    ``frequencies`` of texts that include this one, when several are segmented together."""
    if freq is None:
        freq = frequencies([text])
    best = _best(text, freq)
    n = len(text)
    starts, i = {n}, 0
    while i < n:
        starts.add(i)
        i = best[i][1]
    return starts


def _best(text: str, freq: dict[str, int]) -> list[tuple[float, int]]:
    """best[i]: (log probability of the best segmentation of text[i:], end of its first word),
    the route jieba takes without its HMM."""
    n = len(text)
    best: list[tuple[float, int]] = [(0.0, n)] * (n + 1)
    for i in reversed(range(n)):
        best[i] = max(
            (math.log(freq.get(text[i:j]) or 1) - _LOG_TOTAL + best[j][0], j)
            for j in range(i + 1, n + 1)
            if j == i + 1 or text[i:j] in freq
        )
    return best
