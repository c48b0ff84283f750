"""A wrong character: a lookalike or homophone that turns a common word into a non-word."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from checker.checks.base import Message, Rule
from checker.stored import stored
from checker.wordtrie import word_pattern
from checker.findings import Severity

if TYPE_CHECKING:
    from checker.config import RuleData

_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
# Characters on either side of the swapped one that can change how the text segments.
_REACH = 4
# The longest dictionary word looked up in a window.
_LONGEST = 5
# Tags of names in jieba's dictionary (people, places, organisations, other proper nouns): a
# name is never suggested (因城施策 is not 固城).
_NAME_TAGS = ("nr", "ns", "nt", "nz")
# How much more probable the phrase around the swap must become (as a log of a ratio): the
# context vote that keeps 今年未完成 (未完成) from becoming 今年末完成.
_MIN_GAIN = math.log(10)


@dataclass(frozen=True)
class _Swap:
    """One character of a run of 汉字 replaced by a character of its confusion group."""

    run_start: int  # offset of the run in the text
    run: str
    index: int  # of the swapped character in the run
    replacement: str

    @property
    def bounds(self) -> tuple[int, int]:
        return max(0, self.index - _REACH), min(len(self.run), self.index + _REACH + 1)

    @property
    def written(self) -> str:
        lo, hi = self.bounds
        return self.run[lo:hi]

    @property
    def context(self) -> str:
        """The written window without the swapped character (which may be a variant: 复甦)."""
        lo, _ = self.bounds
        return self.written[:self.index - lo] + self.written[self.index - lo + 1:]

    @property
    def swapped(self) -> str:
        lo, _ = self.bounds
        i = self.index - lo
        return self.written[:i] + self.replacement + self.written[i + 1:]


def confusion_map(groups: tuple[str, ...]) -> dict[str, str]:
    """Each character of a group, with the other characters of its groups."""
    others: dict[str, str] = {}
    for group in groups:
        for ch in group:
            others[ch] = others.get(ch, "") + "".join(c for c in group if c != ch and c not in others.get(ch, ""))
    return others


@dataclass(frozen=True)
class _Candidates:
    """What a swap must produce to be worth scoring: a word of ``words`` (every word that could
    be suggested) over the swapped character. ``pairs`` holds their two-character pieces, one of
    which any such word puts around the swapped character: a cheap test that rules out most swaps."""

    others: dict[str, str]
    confusable: re.Pattern
    words: frozenset[str]
    pairs: frozenset[str]
    # the written two characters, a confusable one and its neighbour, that some swap turns into
    # one of ``pairs``: one look-up tells whether any swap of an occurrence is worth trying
    triggers: frozenset[str]


@lru_cache(maxsize=4)
@stored
def _candidates(confusables: tuple[str, ...], limits: tuple[int, int, float]) -> _Candidates:
    from checker.segment import suggestible_words

    others = confusion_map(confusables)
    min_short, min_long, _ = limits
    words = suggestible_words("".join(others), min(min_short, min_long), _LONGEST)
    pairs = frozenset(w[k:k + 2] for w in words for k in range(len(w) - 1))
    written_as = defaultdict(set)  # a replacement -> the characters it replaces
    for character, replacements in others.items():
        for replacement in replacements:
            written_as[replacement].add(character)
    triggers = frozenset({first + c for first, second in pairs for c in written_as.get(second, ())}
                         | {c + second for first, second in pairs for c in written_as.get(first, ())})
    return _Candidates(others, re.compile(f"[{re.escape(''.join(others))}]" if others else "(?!)"), words, pairs,
                       triggers)


def _swaps(text: str, candidates: _Candidates) -> Iterator[_Swap]:
    """The swaps that put a word of ``candidates.words`` over the swapped character: only those
    can be suggested (a suggested word covers it and is that frequent), and they are few."""
    runs: list[tuple[int, int]] = []  # the runs of 汉字, read when a first swap needs its run
    starts: list[int] = []
    triggers = candidates.triggers
    for c in candidates.confusable.finditer(text):
        at, character = c.start(), c.group()
        if text[at - 1:at + 1] not in triggers and text[at:at + 2] not in triggers:
            continue
        before, after = text[at - 1:at], text[at + 1:at + 2]
        before = before if _is_han(before) else ""
        after = after if _is_han(after) else ""
        if not _is_han(character) or not (before or after):
            continue  # not in a run of two 汉字 or more
        for replacement in candidates.others[character]:
            if before + replacement not in candidates.pairs and replacement + after not in candidates.pairs:
                continue
            if not runs:
                runs = [m.span() for m in _HAN_RUN.finditer(text)]
                starts = [start for start, _ in runs]
            start, end = runs[bisect_right(starts, at) - 1]
            swap = _Swap(start, text[start:end], at - start, replacement)
            swapped, i = swap.swapped, at - start - swap.bounds[0]
            if any(swapped[b:e] in candidates.words for b, e in _covering(len(swapped), i)):
                yield swap


# A count of years, not a year: 连续5年, 三年, 多年 (a year is four digits: 2023年末).
_SPAN_OF_YEARS = re.compile(r"(?:(?<!\d)\d{1,3}|[一二两三四五六七八九十多几数]+)$")


def _after_a_span_of_years(text: str, start: int, word: str) -> bool:
    """A word suggested from 年 where 年 ends a span of years (连续5年未发生, 三年未见): the
    character after it is the sentence's own (未 of 未发生), not a slip for 年末."""
    return word.startswith("年") and bool(_SPAN_OF_YEARS.search(text, max(0, start - 4), start))


@lru_cache(maxsize=4)
def _negated_amount(data: "RuleData") -> re.Pattern:
    """未 before a change and its figure (比上年未增加0.64万人): a change that did not happen has
    no amount, so the 未 is a slip (for 末) whatever the words around it make of it."""
    verbs = data.cues["UP"] + data.cues["DOWN"]
    return re.compile(f"未(?:{word_pattern(verbs)})了?\\d")


def _is_han(character: str) -> bool:
    return "\u4e00" <= character <= "\u9fff"


def _covering(length: int, at: int) -> Iterator[tuple[int, int]]:
    """The spans of two to ``_LONGEST`` characters of a window of ``length`` that cover ``at``."""
    for i in range(at + 1):
        for j in range(max(i + 2, at + 1), min(length, i + _LONGEST) + 1):
            yield i, j


def _substrings(text: str) -> Iterator[str]:
    for i in range(len(text)):
        for j in range(i + 1, min(len(text), i + _LONGEST) + 1):
            yield text[i:j]


def _reads_as_words(written: str, at: int, span: tuple[int, int], freq: dict[str, int]) -> bool:
    """True when the written text puts the character at ``at`` into a word of its own other
    than the suggested span (重若千钧: 千 belongs to 千钧, so 若千 is no slip for 若干)."""
    from checker.segment import word_starts

    starts = sorted(word_starts(written, freq))
    begin = max(s for s in starts if s <= at)
    end = min(s for s in starts if s > at)
    return end - begin >= 2 and (begin, end) != span


# What may join two words written out in full (财政、金融; 财政和金融).
_JOINERS = "、和与及"


def _written_out_pairs(pair: str, text: str) -> list[tuple[str, str]]:
    """(first word, second word) candidates where ``text`` writes out two words that begin with
    the two characters of ``pair``, side by side or joined (财政金融, 财政、金融 for 财金)."""
    first, second = pair
    found = []
    for i in (m.start() for m in re.finditer(first, text)):
        for length in (2, 3):
            j = i + length
            if text[j:j + 1] and text[j] in _JOINERS:
                j += 1
            if text[j:j + 1] == second:
                found += [(text[i:i + length], text[j:j + k]) for k in (2, 3)]
    return found


def is_abbreviation(written: str, text: str) -> bool:
    """True when a two-character ``written`` abbreviates two words that the text also writes
    out in full: 财金联动 in a report that speaks of 财政金融 is no slip for 财经."""
    from checker.segment import entries

    if len(written) != 2:
        return False
    pairs = _written_out_pairs(written, text)
    known = entries(w for pair in pairs for w in pair)
    return any(a in known and b in known for a, b in pairs)


def wrong_characters(text: str, data: "RuleData") -> Iterator[tuple[int, int, str, str, float]]:
    """(start, end, written, suggested word, gain) for each suspected wrong character, the
    best-scoring one where suggestions overlap.

    A swap is suggested when a dictionary word of at least two characters covers the swapped
    one, is at least ``min_frequency`` (``min_frequency_long`` for longer words) frequent and ``min_ratio`` times as frequent as what is
    written there, and when the swapped phrase around it is ten times as probable as the written
    one by the best segmentation of each (so 今年未完成 keeps its 未完成). A written word that the
    dictionary lists at ``real_word_frequency`` or more is a word in its own right (扎实苦干).
    未 before a change and its figure is suggested whatever the words make of it: 比上年未增加0.64
    万人 states an amount, which a change that did not happen has none of."""
    from checker.segment import entries, in_simplified_script, log_probability

    # jieba's dictionary is of simplified text: a window with a traditional character around the
    # swapped one (埋頭苦干) segments into no word, and the suggestion would win by default
    swaps = [swap for swap in _swaps(text, _candidates(data.confusables, data.confusable_limits))
             if all(in_simplified_script(c) for c in swap.context)]
    if not swaps:
        return
    known = entries(s for swap in swaps for w in (swap.written, swap.swapped) for s in _substrings(w))
    freq = {word: frequency for word, (frequency, _) in known.items()}
    min_short, min_long, min_ratio = data.confusable_limits
    found = []
    negated_amount = _negated_amount(data)
    for swap in swaps:
        gain = log_probability(swap.swapped, freq) - log_probability(swap.written, freq)
        if gain < _MIN_GAIN and not negated_amount.match(text, swap.run_start + swap.index):
            continue
        lo, _ = swap.bounds
        at = swap.index - lo
        swapped, written_window = swap.swapped, swap.written
        covering = [(freq.get(swapped[i:j], 0), i, j) for i, j in _covering(len(swapped), at)]
        frequency, begin, end = max(covering, default=(0, 0, 0))
        word, written = swapped[begin:end], written_window[begin:end]
        min_frequency = min_short if len(word) == 2 else min_long
        if (frequency < max(min_frequency, min_ratio * freq.get(written, 1))
                or freq.get(written, 0) >= data.real_word_frequency):
            continue
        start = swap.run_start + lo + begin
        if (known[word][1].startswith(_NAME_TAGS) or _reads_as_words(written_window, at, (begin, end), freq)
                or _after_a_span_of_years(text, start, word)):
            continue
        found.append((start, start + len(word), written, word, gain))
    kept: list[tuple[int, int, str, str, float]] = []
    found = [item for item in found if not is_abbreviation(item[2], text)]
    for item in sorted(found, key=lambda f: -f[4]):
        if all(item[1] <= k[0] or k[1] <= item[0] for k in kept):
            kept.append(item)
    yield from sorted(kept)


class T306(Rule):
    """What it finds: a character replaced by a lookalike or a homophone, so that a common word
    of reports becomes a word that does not exist — 己经 for 已经, 部暑 for 部署, 布署 for 部署,
    巩因 for 巩固, 载止 for 截止, 既使 for 即使, 年未 for 年末, 溶合 for 融合, 防犯 for 防范.

    Why it matters: a wrong character is the slip a reader notices first, and no spelling
    checker of Western text sees it: every character is a real character.

    How: the characters that are confused with each other are listed in groups in
    ``rules/confusables.toml``. Where swapping one character for another of its group makes
    the text segment (with jieba's dictionary) into a word that is at least ``min_frequency``
    frequent and ``min_ratio`` times as frequent as what is written — and makes the whole
    phrase around it that much more probable — the written word is reported with the suggested
    one. Names, rare terms and correct words (今年未完成, 品味) stay quiet, and so does a
    phrase in traditional characters (埋頭苦干: the dictionary is of simplified text), and a
    two-character abbreviation of two words that the report also writes out (财金联动 beside
    财政金融 is not 财经). ``--fix`` does not apply the suggestion: a reader decides.

    Options: add groups of characters with ``confusables = ["…"]`` in ``[tool.hegao]``.
    """

    code = "T306"
    name = "wrong-character"
    category = "text"
    severity = Severity.WARNING
    title = Message("疑似错别字", "suspected wrong character")
    messages = {"default": Message("“{text}”疑为“{word}”之误", "“{text}” looks like a slip for “{word}”")}
    help = Message("核对用字，应为“{word}”", "check the character: “{word}”")
    flagged = (
        "各项工作己经全面展开。",
        "认真部暑安全生产工作。",
        "义务教育巩因率达到99%。",
        "载止目前，已完成投资3亿元。",
        "产业溶合发展势头良好。",
    )
    clean = (
        "各项工作已经全面展开。",
        "今年未完成的任务转入明年。",
        "提升城市品味。",
        "自己经常下乡调研。",
        "截止日期为6月30日。",
    )

    def check(self, doc):
        for start, end, written, word, _ in wrong_characters(doc.text, self.data):
            yield self.finding(start, end, text=written, word=word)
