"""Phrases written one slip away from a standard indicator name (rules/indicators.toml).

A slip is one character written in place of another (医生技术人员 for 卫生技术人员), two adjacent
words of a name swapped (城镇失业登记率 for 城镇登记失业率), or a name's count noun 数 written
with a homophone (注册护士书 for 注册护士数). The table of names, their halves and their swapped
forms is built once per list of names; a text is read once, each position looked up in it (a
phrase one character off a name holds one of its two halves exactly), so the time is linear in
the text, whatever the number of names.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

from checker.segment import in_simplified_script
from checker.stored import stored

# The shortest name looked for: a shorter one is one slip away from too many words.
_SHORTEST = 4
# Characters around a phrase segmented with it, to see whether it starts and ends on word
# boundaries.
_CONTEXT = 4
# How frequent (in jieba's dictionary) a word across an end of the phrase must be to say that
# the phrase cuts it (书记员 of 注册护士书记员, 22): the dictionary also holds fragments such
# as 率控制 (2).
_COMMON = 10
# Tags (jieba's) of function words: pronouns, conjunctions, prepositions, adverbs, particles,
# numerals, measure words, place and time words. A substitution that writes one of them is text
# around a name, not a slip in it (其中技术人员 is not 其他技术人员).
_FUNCTION_TAGS = ("r", "c", "p", "d", "u", "m", "q", "f", "t")


@dataclass(frozen=True)
class IndicatorWords:
    """rules/indicators.toml extended by the user's ``indicators``."""

    names: tuple[str, ...]
    contrasts: tuple[str, ...]  # groups of characters that tell sibling names apart (上下, 进出)
    count_noun: str
    count_homophones: str
    lookalikes: tuple[str, ...]  # groups of characters confused inside a name, with rules/confusables.toml
    min_any_substitution: int

    @classmethod
    def build(cls, table: Mapping, extra: tuple[str, ...] = ()) -> "IndicatorWords":
        return cls(tuple(table["names"]) + tuple(extra), tuple(table["contrasts"]), table["count_noun"],
                   table["count_homophones"], tuple(table["lookalikes"]), int(table["min_any_substitution"]))


@dataclass(frozen=True)
class NameSlip:
    """A written phrase and the name it is a slip for."""

    start: int
    end: int
    written: str
    name: str
    kind: str  # "substitution", "swapped" or "count-noun"
    # For a word other than the name's first written with one of its characters replaced: where
    # that word is in the phrase. What is written there must be no dictionary word.
    must_break: tuple[int, int] | None = None


class _Phrases:
    """What is looked up at each position of a text: names, halves of names and swapped names,
    each phrase with its entries. The positions whose character begins a phrase are found by a
    character class (no regular expression of a thousand phrases is compiled), and a dictionary
    of the phrases' first two characters to their lengths says what to look up there."""

    def __init__(self, entries: Mapping[str, list]):
        self.entries = dict(entries)
        lengths: dict[str, set[int]] = defaultdict(set)
        for phrase in self.entries:
            lengths[phrase[:2]].add(len(phrase))
        self.lengths = {opening: sorted(found, reverse=True) for opening, found in lengths.items()}
        # the characters a phrase may start with, followed by one its second may be, found by the
        # regex engine (two character classes compile in no time and leave a fifth of the text's
        # characters to look up in ``lengths``)
        firsts, seconds = ("".join(sorted({o[k] for o in self.lengths})) for k in (0, 1))
        self.openings = re.compile(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])")


# Kinds of entries of the table of phrases.
_NAME, _HALF, _SWAPPED = "name", "half", "swapped"


@dataclass(frozen=True)
class _Index:
    names: frozenset[str]
    ordered: tuple[str, ...]  # name id -> name
    heads: tuple[int, ...]  # name id -> where its head (the word it ends on) starts
    pieces: tuple[tuple[tuple[int, int], ...], ...]  # name id, character -> the shortest word holding it
    phrases: _Phrases  # a name (_NAME, None), a half of one (_HALF, (name id, offset)), a swapped name (_SWAPPED, name)
    contrast: dict[str, frozenset[int]]  # character -> its contrast groups
    confusable: dict[str, str]  # character -> the characters confused with it (lookalikes, rules/confusables.toml)


@lru_cache(maxsize=4)
@stored
def _index(words: IndicatorWords, confusables: tuple[str, ...]) -> _Index:
    from checker.checks.T306 import confusion_map

    ordered = tuple(sorted({n for n in words.names if len(n) >= _SHORTEST}))
    known = _known_words(ordered, words.count_noun)
    entries: dict[str, list] = defaultdict(list)
    for nid, name in enumerate(ordered):
        k = len(name) // 2
        entries[name].append((_NAME, None))
        entries[name[:k]].append((_HALF, (nid, 0)))
        entries[name[k:]].append((_HALF, (nid, k)))
    for variant, name in _swapped_names(ordered, known).items():
        entries[variant].append((_SWAPPED, name))
    contrast: dict[str, set[int]] = defaultdict(set)
    for i, group in enumerate(words.contrasts):
        for ch in group:
            contrast[ch].add(i)
    return _Index(frozenset(words.names), ordered, _heads(ordered, words.count_noun, known), _pieces(ordered, known),
                  _Phrases(entries),
                  {ch: frozenset(g) for ch, g in contrast.items()}, confusion_map(confusables + words.lookalikes))


def _known_words(names: tuple[str, ...], count_noun: str) -> frozenset[str]:
    """The dictionary words among the pieces of the names that the index asks about (words of two
    to four characters, and the candidate heads): one look-up for them all."""
    from checker.segment import entries

    pieces = {n[i:j] for n in names for i in range(len(n)) for j in range(i + 2, min(len(n), i + 4) + 1)}
    pieces.update(name[i:j] for name in names for i, j in _head_spans(name, count_noun)[1])
    return frozenset(entries(pieces))


def _pieces(names: tuple[str, ...], known: frozenset[str]) -> tuple[tuple[tuple[int, int], ...], ...]:
    """For each character of each name, the shortest dictionary word of the name that holds it
    (the earlier of two as short): 常住 of 城镇常住人口 for 常 and 住."""
    out = []
    for n in names:
        spans = sorted((j - i, i, j) for i in range(len(n)) for j in range(i + 2, min(len(n), i + 4) + 1)
                       if n[i:j] in known)
        out.append(tuple(next(((i, j) for _, i, j in spans if i <= at < j), (at, at + 1)) for at in range(len(n))))
    return tuple(out)


def _head_spans(name: str, count_noun: str) -> tuple[int, list[tuple[int, int]]]:
    """Where the name ends once a count noun at its end is left out, and the spans that may be
    its head: words holding its last but one character that end at its end or one before."""
    n = len(name) - 1 if name.endswith(count_noun) and len(name) > 3 else len(name)
    return n, [(i, j) for j in (n, n - 1) for i in range(n - 1) if j - i >= 2 and i <= n - 2 < j]


def _heads(names: tuple[str, ...], count_noun: str, known: frozenset[str]) -> tuple[int, ...]:
    """Where each name's head starts: the shortest dictionary word that holds its last but one
    character and ends at its end (人员 of 卫生技术人员, 中心 of 社区卫生服务中心), or else one
    character before it (收入 of 城乡居民收入比). A count noun at the end is left out first
    (床位 of 每千人口床位数)."""
    heads = []
    for name in names:
        n, candidates = _head_spans(name, count_noun)
        words = sorted((n - j, j - i, i) for i, j in candidates if name[i:j] in known)
        heads.append(words[0][2] if words else n - 2)
    return tuple(heads)


def _swapped_names(names: tuple[str, ...], known: frozenset[str]) -> dict[str, str]:
    """Each name with two adjacent dictionary words inside it swapped (城镇登记失业率 →
    城镇失业登记率), unless that is a listed name too. The name's first and last characters stay in
    place: a qualifier moved to the front or the back reads as another phrase (安全生产事故,
    常住人口城镇化率), a swap inside a name does not."""
    listed = set(names)
    out: dict[str, str] = {}
    for name in names:
        for i in range(1, len(name)):
            for j in range(i + 2, min(len(name), i + 4) + 1):
                for k in range(j + 2, min(len(name) - 1, j + 4) + 1):
                    if name[i:j] in known and name[j:k] in known:
                        variant = name[:i] + name[j:k] + name[i:j] + name[k:]
                        if variant not in listed:
                            out.setdefault(variant, name)
    return out


def name_slips(text: str, words: IndicatorWords, confusables: tuple[str, ...]) -> Iterator[NameSlip]:
    """The slips of ``text``, in text order, overlapping ones reduced to the longest."""
    index = _index(words, confusables)
    if "（" in text or "）" in text:
        text = text.replace("（", "(").replace("）", ")")
    exact, halves, swaps = _scan(text, index)
    covered = {p for start, name in exact for p in range(start, start + len(name))}
    found = [*_substitutions(text, index, words, halves, covered), *swaps, *_count_nouns(text, exact, words)]
    reach = _reach(exact)
    # a listed name written out in full that holds the whole phrase (常住人口城镇化率 holds 常住人口城镇)
    found = [slip for slip in found if reach(slip.start) < slip.end and slip.written not in index.names]
    known = _lexicon(text, found)
    found = [slip for slip in found if _stands_alone(text, slip, known)]
    taken = bytearray(len(text))
    kept: list[NameSlip] = []
    for slip in sorted(found, key=lambda s: (-(s.end - s.start), s.start)):
        if not any(taken[slip.start:slip.end]):
            taken[slip.start:slip.end] = b"\1" * (slip.end - slip.start)
            kept.append(slip)
    yield from sorted(kept, key=lambda s: s.start)


def _reach(exact: list[tuple[int, str]]) -> Callable[[int], int]:
    """reach(p): the furthest end of a listed name written out that starts at or before ``p``."""
    starts, ends, furthest = [], [], 0
    for start, name in exact:  # in text order
        furthest = max(furthest, start + len(name))
        starts.append(start)
        ends.append(furthest)

    def reach(p: int) -> int:
        k = bisect_right(starts, p)
        return ends[k - 1] if k else 0

    return reach


def _scan(text: str, index: _Index) -> tuple[list[tuple[int, str]], set[tuple[int, int]], list[NameSlip]]:
    """One pass over the text: (offset, name) of the longest name at each offset; (name id,
    offset) where a half of a name puts the whole name; the swapped names written."""
    table, lengths = index.phrases.entries, index.phrases.lengths
    exact, halves, swaps = [], set(), []
    for m in index.phrases.openings.finditer(text):
        p = m.start()
        longest = True
        for length in lengths.get(text[p:p + 2], ()):
            phrase = text[p:p + length]
            for kind, payload in table.get(phrase, ()):
                if kind == _NAME and longest:
                    exact.append((p, phrase))
                    longest = False
                elif kind == _HALF:
                    halves.add((payload[0], p - payload[1]))
                elif kind == _SWAPPED:
                    swaps.append(NameSlip(p, p + length, phrase, payload, "swapped"))
    return exact, halves, swaps


def _substitutions(text: str, index: _Index, words: IndicatorWords, candidates: set[tuple[int, int]],
                   covered: set[int]) -> Iterator[NameSlip]:
    """A name written with one character replaced, where ``candidates`` (name id, offset) put it."""
    for nid, start in candidates:
        name = index.ordered[nid]
        written = text[start:start + len(name)] if start >= 0 else ""
        if len(written) != len(name):
            continue
        wrong = [i for i in range(len(name)) if written[i] != name[i]]
        if len(wrong) != 1:
            continue
        i = wrong[0]
        was, now = name[i], written[i]
        if not in_simplified_script(now) or start + i in covered or _contrasting(was, now, index):
            continue
        kind = "count-noun" if was == words.count_noun and now in words.count_homophones else "substitution"
        free = len(name) >= words.min_any_substitution and i < index.heads[nid]
        if not free and kind != "count-noun" and was not in index.confusable.get(now, ""):
            continue
        if i in (0, len(name) - 1) and (written[1:] if i == 0 else written[:-1]) in index.names:
            continue  # a name and the character after it (注册护士和 is not 注册护士数)
        begin, end = index.pieces[nid][i]
        confused = was in index.confusable.get(now, "")
        must_break = (begin, end) if begin > 0 and end - begin >= 2 and not confused and kind != "count-noun" else None
        yield NameSlip(start, start + len(name), written, name, kind, must_break)


def _contrasting(a: str, b: str, index: _Index) -> bool:
    return not index.contrast.get(a, frozenset()).isdisjoint(index.contrast.get(b, ()))


def _count_nouns(text: str, exact: list[tuple[int, str]], words: IndicatorWords) -> Iterator[NameSlip]:
    """A name followed by a homophone of its count noun (注册护士书分别为)."""
    for start, name in exact:
        end = start + len(name)
        if text[end:end + 1] and text[end] in words.count_homophones and not name.endswith(words.count_noun):
            yield NameSlip(start, end + 1, text[start:end + 1], name + words.count_noun, "count-noun")


def _context(text: str, slip: NameSlip) -> tuple[int, str]:
    lo = max(0, slip.start - _CONTEXT)
    return lo, text[lo:slip.end + _CONTEXT]


def _lexicon(text: str, slips: list[NameSlip]) -> dict[str, tuple[int, str]]:
    """The dictionary words (frequency, tag) around all ``slips``: one look-up for a document."""
    from checker.lexicon import jieba_lexicon

    lexicon = jieba_lexicon()
    contexts = {_context(text, slip)[1] for slip in slips}
    return lexicon.entries(c[i:j] for c in contexts for i in range(len(c))
                           for j in range(i + 1, min(len(c), i + lexicon.longest) + 1))


def _stands_alone(text: str, slip: NameSlip, known: dict[str, tuple[int, str]]) -> bool:
    """True when the written phrase is no dictionary word, writes no function word in place of a
    word of the name, and no common word of its sentence runs across either of its ends
    (注册护士书记 is 书记; 其中医生技术人员 segments as 其中 | 医生技术人员)."""
    from checker.segment import word_starts

    freq = {word: frequency for word, (frequency, _) in known.items()}
    if slip.written in known or slip.kind == "substitution" and _writes_a_function_word(slip, known, freq):
        return False
    if slip.must_break and slip.written[slip.must_break[0]:slip.must_break[1]] in known:
        return False  # 城镇居住人口 beside 城镇常住人口, 小学适龄儿童 beside 小学学龄儿童
    lo, context = _context(text, slip)
    starts = sorted(word_starts(context, freq))
    for edge in (slip.start - lo, slip.end - lo):
        before = max(s for s in starts if s <= edge)
        if before < edge and freq.get(context[before:min(s for s in starts if s > edge)], 0) >= _COMMON:
            return False
    return True


def _writes_a_function_word(slip: NameSlip, known: dict[str, tuple[int, str]], freq: dict[str, int]) -> bool:
    from checker.segment import word_starts

    at = next(i for i, (a, b) in enumerate(zip(slip.written, slip.name)) if a != b)
    starts = sorted(word_starts(slip.written, freq))
    begin = max(s for s in starts if s <= at)
    word = slip.written[begin:min(s for s in starts if s > at)]
    return len(word) >= 2 and known.get(word, (0, ""))[1].startswith(_FUNCTION_TAGS)
