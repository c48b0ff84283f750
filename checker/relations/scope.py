"""What bounds a relation and which claims may take part in one, shared by every relation kind."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping, Sequence

from checker.claims.model import Claim
from checker.wordtrie import longest_first

# A relation never reaches across these (except where a kind allows the sentence before).
SENTENCE_END = re.compile(r"[。；;！？!?]")
# 占比 right before a share, with its verb: "占比17.5%", "占比达91.2%".
SHARE_OF = re.compile(r"占比(?:为|达|达到)?$")


def is_count(claim: Claim) -> bool:
    """A quantity that can be a numerator, denominator, part or whole: not itself a ratio."""
    return claim.is_quantity and claim.value is not None and claim.kind not in ("percent", "points", "multiple")


_BARE_MAGNITUDE = re.compile(r"[十百千万亿萬億]+")


def names_a_class(claim: Claim) -> bool:
    """A magnitude with no digit before it (千万元, 亿元, 百亿): the name of a class of projects
    or firms (过千万元项目8个, 亿元以上企业), not an amount a list of parts could add up to."""
    numeral = claim.text[:claim.number_end - claim.start]
    return "chinese" in claim.flags and bool(_BARE_MAGNITUDE.fullmatch(numeral))


# What ends a clause (a parenthesis ends a name's clause too).
CLAUSE_PUNCTUATION = "，,；;。：:！？!?\n"
_CLAUSE_TAIL = re.compile(f"[^{CLAUSE_PUNCTUATION}（()）]*\\Z")
# The longest clause read before a figure for its name.
NAME_REACH = 24


# A short parenthesis inside a name: a footnote mark, an alias or a qualifier (在园(班)幼儿).
_INNER_PARENTHESIS = re.compile(r"[（(][^（）()，,；;。]{0,8}[）)]")


def clause_before(text: str, claim: Claim) -> str:
    """The words of the claim's clause before it, short parentheses left out: 第一产业增加值 of
    "其中：第一产业增加值62857万元", 在园幼儿 of "在园(班)幼儿987853人"."""
    window = _INNER_PARENTHESIS.sub("", text[max(0, claim.start - NAME_REACH):claim.start])
    return _CLAUSE_TAIL.search(window).group().strip()


def without_verbs(words: str, verbs: Sequence[str]) -> str:
    """``words`` without the verbs at their end: 增加值完成 → 增加值."""
    trimmed = True
    while trimmed:
        trimmed = False
        for v in verbs:
            if v and words.endswith(v):
                words, trimmed = words[:-len(v)], True
                break
    return words


# The cue words (rules/cues.toml) that make a figure a change or a base, not a level: right
# before it, and anywhere in its clause (比上年, 较 …).
_CHANGE_CUES = ("UP", "DOWN", "UPTO", "DOWNTO", "THAN", "AVG_UP", "AVG_DOWN")
_CHANGE_CLAUSE_CUES = ("UP", "DOWN", "THAN", "BI", "LASTYEAR", "AVG_UP", "AVG_DOWN")


def verbs_of(cues: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The verbs between a name and its figure (为, 达到, 共有 …: cues ``IS``), longest first."""
    return tuple(longest_first(cues.get("IS", ())))


def names_a_change(clause: str, cues: Mapping[str, tuple[str, ...]], shield: Sequence[str]) -> bool:
    """Whether a figure's clause holds a change or comparison word (比上年增加…), not counting
    the shield words that contain one (增加值)."""
    for word in shield:
        clause = clause.replace(word, "")
    return any(w in clause for kind in _CHANGE_CLAUSE_CUES for w in cues.get(kind, ()))


def change_pattern(cues: Mapping[str, tuple[str, ...]]) -> re.Pattern:
    """A pattern of the change words of the statement grammar's cues (增长, 比上年, 降至 …) of two
    characters or more — one character (增, 多) says too little inside a name — and 从 / 由 at
    the end, which open a from-to."""
    return _change_pattern(tuple(w for kind in _CHANGE_CUES for w in cues.get(kind, ()) if len(w) >= 2),
                           tuple(cues.get("FROM", ())))


@lru_cache(maxsize=8)
def _change_pattern(words: tuple[str, ...], openers: tuple[str, ...]) -> re.Pattern:
    alternatives = longest_first(words)
    ends = "|".join(re.escape(w) for w in openers)
    return re.compile("|".join(map(re.escape, alternatives)) + (f"|(?:{ends})$" if ends else ""))
