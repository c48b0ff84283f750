"""Whether the names of a run of shares cover their whole, so that the shares must make up 100%.

Two ways: every share names one word of a group that splits the whole (``rules/complements.toml``:
城镇 / 乡村, 第一产业 / 第二产业 / 第三产业), each word once; or the shares are of age groups that
run from 0 without a gap to an open end (0-14岁, 15-59岁, 60岁及以上).
"""

from __future__ import annotations

import re
from typing import Sequence

from checker.statements.tokens import Tok

_OPEN_END = ("以上", "及以上")


def covers_whole(names: Sequence[Sequence[Tok]], groups: Sequence[Sequence[str]]) -> bool:
    """Whether shares named by ``names`` (the tokens of each) are all of one whole."""
    if len(names) < 2:
        return False
    texts = ["".join(t.text for t in tokens) for tokens in names]
    return _age_groups(names) or words_cover(texts, groups)


def stages(names: Sequence[str], stage_words: Sequence[str]) -> bool:
    """Whether two names or more each hold a different stage of progress of ``stage_words`` (立项,
    开工, 建成) and nothing else of the list: counts of the same items at stages they reached."""
    held = [[w for w in stage_words if w in name] for name in names]
    return len(names) >= 2 and all(len(h) == 1 for h in held) and len({h[0] for h in held}) == len(names)


def words_cover(texts: Sequence[str], groups: Sequence[Sequence[str]]) -> bool:
    """Whether the names hold one word each of one group, all of its words, or are two names
    that split a whole in two (税收收入 / 非税收入, 城镇学生 / 农村学生)."""
    if len(texts) == 2 and complementary(texts[0], texts[1], [g for g in groups if len(g) == 2]):
        return True
    return len(texts) >= 2 and any(words_named(texts, group) is not None for group in groups)


def complementary(first: str, second: str, pairs: Sequence[Sequence[str]]) -> bool:
    """Whether two names split a whole in two: swapping one word of a pair (城镇 / 农村) or
    dropping a leading 非 turns one into the end of the other ("学生中男生" / "女生")."""
    return bool(first and second) and (_splits(first, second, pairs) or _splits(second, first, pairs))


def _splits(words: str, other: str, pairs: Sequence[Sequence[str]]) -> bool:
    if other.startswith("非") and _negates(words, other[1:]):
        return True
    swapped = [other.replace(b, a, 1) for a, b in pairs if b in other]
    return any(s and s != other and words.endswith(s) for s in swapped)


def _negates(words: str, rest: str) -> bool:
    """Whether 非 + ``rest`` is the complement of ``words``: 非国有企业 of 国有企业, and 非税收入 of
    税收收入 (or of 地方税收收入, named with its scope), whose shared noun (收入) is written once
    after 非税."""
    if words.endswith(rest):
        return True
    shared = 0
    while shared < min(len(words), len(rest)) and words[-1 - shared] == rest[-1 - shared]:
        shared += 1
    head = rest[:len(rest) - shared]
    return shared >= 2 and bool(head) and head in words[:len(words) - shared]


def decomposes(whole: str, names: Sequence[str], decompositions: Sequence[Sequence[str]]) -> bool:
    """Whether the parts named ``names`` are all of a whole named ``whole`` by a decomposition
    (第二产业 of 工业 and 建筑业): the whole's word in its name, one part's word in each name, and
    the names otherwise alike (工业增加值, 建筑业增加值; not 规模以上工业增加值)."""
    for group in decompositions:
        named = words_named(names, group[1:]) if group[0] in whole else None
        if named is not None and len({name.replace(word, "", 1) for name, word in zip(names, named)}) == 1:
            return True
    return False


def siblings(whole: str, name: str, groups: Sequence[Sequence[str]]) -> bool:
    """Whether ``name`` holds another word of a group the whole's name holds one of, and only
    one (第三产业 beside 第二产业, 农村居民 beside 城镇居民): it stands beside the whole, it is no
    part of it. A whole that marks the others too (农林牧渔业 holds 渔业, and the 农 of 农业) is
    all of them."""
    for group in groups:
        common = set.intersection(*map(set, group))
        held = [w for w in group if w in whole]
        if (len(held) == 1 and not any(set(v) - common & set(whole) for v in group if v != held[0])
                and held[0] not in name and any(v in name for v in group)):
            return True
    return False


def words_named(texts: Sequence[str], group: Sequence[str]) -> tuple[str, ...] | None:
    """The word of ``group`` each name holds, when each holds exactly one, a different one, and
    all are named; else None."""
    if len(texts) != len(group):
        return None
    named = []
    for text in texts:
        # the longest word wins where one contains another (基本满意 holds 满意)
        hits = [w for w in group if w in text and not any(w != v and w in v and v in text for v in group)]
        if len(hits) != 1:
            return None
        named.append(hits[0])
    return tuple(named) if len(set(named)) == len(group) else None


def _age_groups(names: Sequence[Sequence[Tok]]) -> bool:
    """0-14岁, 15-59岁, 60岁及以上: from 0, one year after another, to an open end."""
    spans = []
    for tokens in names:
        span = _age_span(tokens)
        if span is None:
            return False
        spans.append(span)
    spans.sort()
    if spans[0][0] != 0 or spans[-1][1] is not None:
        return False
    return all(a[1] is not None and b[0] == a[1] + 1 for a, b in zip(spans, spans[1:]))


def _age_span(tokens: Sequence[Tok]) -> tuple[float, float | None] | None:
    for i, t in enumerate(tokens):
        claim = t.claim
        if claim is None or claim.unit not in ("岁", "周岁"):
            continue
        if claim.lo is not None and claim.hi is not None:
            return claim.lo, claim.hi
        after = "".join(u.text for u in tokens[i + 1:i + 3])
        if claim.value is not None and after.startswith(_OPEN_END):
            return claim.value, None
    return None


_ORDINAL = re.compile(r"^(第?)([一二三四五六七八九十]+)(.*)$")


def elided(names: Sequence[str]) -> list[str]:
    """Names of a list written short, filled in from its ends: 第一、二、三产业 is 第一产业, 第二产业
    and 第三产业 — the first item's 第 and the last item's tail are shared."""
    parts = [_ORDINAL.match(n) for n in names]
    if len(names) < 2 or not all(parts):
        return list(names)
    prefix, tail = parts[0].group(1), parts[-1].group(3)
    return [(m.group(1) or prefix) + m.group(2) + (m.group(3) or tail) for m in parts]


def structure_words(name: str, size: int, groups: Sequence[Sequence[str]]) -> tuple[str, ...] | None:
    """The words of the parts of a structure named ``name`` with ``size`` parts, in order: a group
    of that size whose words share an ending of two or more characters that the name holds
    (三次产业结构 → 第一产业, 第二产业, 第三产业); None when no group is named so."""
    for group in groups:
        if len(group) == size and len(ending := shared_ending(group)) >= 2 and ending in name:
            return tuple(group)
    return None


def shared_ending(words: Sequence[str]) -> str:
    """The longest ending all ``words`` share: 产业 of 第一产业, 第二产业."""
    n = 0
    while n < min(map(len, words)) and len({w[-1 - n] for w in words}) == 1:
        n += 1
    return words[0][len(words[0]) - n:]


# A name with a part in parentheses that may be left out: 执业(助理)医师.
_OPTIONAL = re.compile(r"([\u4e00-\u9fff]{1,6})[（(]([\u4e00-\u9fff]{1,4})[)）]([\u4e00-\u9fff]{0,6})$")


def optional_cover(whole: str, names: Sequence[str]) -> bool:
    """Whether two parts are the two readings of a total's name with a part in parentheses:
    执业医师 and 执业助理(医师) are all of 执业(助理)医师."""
    m = _OPTIONAL.search(whole)
    if not m or len(names) != 2:
        return False
    words, optional, tail = m.groups()
    for k in range(1, len(words) + 1):  # the head the names share: 执业 of 共有执业
        short, long_ = words[-k:] + tail, words[-k:] + optional
        if any(a.endswith(short) and b.endswith((long_, long_ + tail)) for a, b in (names, names[::-1])):
            return True
    return False
