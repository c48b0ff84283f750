"""Word boundaries of a short text by jieba's dictionary, in milliseconds instead of a second.

Importing jieba and building its prefix dictionary takes about a second, twice hegao's budget
for checking a file on commit, while the one rule that segments (T301) only asks where the word
boundaries of one sentence fall. So hegao looks the sentence's substrings up in jieba's
dictionary itself (``checker.lexicon``: an indexed copy of the dictionary file), and routes
through the sentence the way jieba does without its HMM: the segmentation whose words have the
highest product of dictionary frequencies, an unknown character counting as a word of frequency
1. ``tests/test_segment.py`` checks the boundaries against ``jieba.tokenize(text, HMM=False)``.
"""

from __future__ import annotations

import importlib.util
import math
import re
from pathlib import Path
from typing import Iterable

# The sum of all frequencies in jieba's dict.txt: the probability of a word is its frequency
# over this total. Computing it costs a tenth of a second; the test suite checks the constant
# against the installed dictionary.
JIEBA_TOTAL = 60101967
_LOG_TOTAL = math.log(JIEBA_TOTAL)


def in_simplified_script(character: str) -> bool:
    """A 汉字 of GB 2312. jieba's dictionary is of simplified text: a traditional form (預 for
    预, 頭 for 头) is the text's script, and words around it are not in the dictionary."""
    try:
        character.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return "\u4e00" <= character <= "\u9fff"


def dictionary_path() -> Path:
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("jieba is not installed")
    return Path(spec.origin).parent / "dict.txt"


def frequencies(texts: Iterable[str]) -> dict[str, int]:
    """The dictionary words that occur in any of ``texts``, with their frequencies: one look-up
    for all the texts a document needs segmented."""
    from checker.lexicon import jieba_lexicon

    longest = jieba_lexicon().longest
    words = {t[i:j] for t in texts for i in range(len(t)) for j in range(i + 1, min(len(t), i + longest) + 1)}
    return {word: frequency for word, (frequency, _) in entries(words).items()}


def entries(words: Iterable[str]) -> dict[str, tuple[int, str]]:
    """The frequency and part-of-speech tag (n, v, ns for a place …) of those of ``words`` that
    are dictionary words."""
    from checker.lexicon import jieba_lexicon

    return jieba_lexicon().entries(words)


def suggestible_words(chars: str, min_frequency: int, longest: int) -> frozenset[str]:
    """The dictionary words of 2 to ``longest`` characters, at least ``min_frequency`` frequent,
    that hold any of ``chars``."""
    from checker.lexicon import jieba_lexicon

    return jieba_lexicon().frequent(chars, min_frequency, longest)


_HAN_BEFORE = re.compile(r"[\u4e00-\u9fff]*$")
_HAN_AFTER = re.compile(r"[\u4e00-\u9fff]*")


def han_around(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The bounds of the run of 汉字 around ``text[start:end]``, at most ``reach`` characters
    either side: what segmentation needs to read, since a digit or a mark ends a word."""
    return (_HAN_BEFORE.search(text, max(0, start - reach), start).start(),
            _HAN_AFTER.match(text, end, end + reach).end())


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
