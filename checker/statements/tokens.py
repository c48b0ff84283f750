"""The tokens the statement grammar reads: a paragraph as claims, cue words, punctuation and words.

A claim becomes a terminal of its kind (AMOUNT, PERCENT, POINTS, MULTIPLE, NUMBER, YEAR, DATE,
RANGE; a claim that is not a quantity — an ordinal, a code, an idiom — is a WORD). Between the
claims, the cue words of ``rules/cues.toml`` are read longest first, its shield words as plain
words; punctuation has a terminal each, white space is dropped, and any other run of text is one
WORD. A colon between two bare numbers or percentages (9.6:41.2) is a RATIO, a minus sign right
before a figure a MINUS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, Sequence

from checker.claims.model import Claim
from checker.prefilter import prefiltered
from checker.wordtrie import word_pattern

PUNCTUATION = {
    "，": "COMMA", ",": "COMMA", "、": "DUN", "；": "SEMI", ";": "SEMI", "：": "COLON", ":": "COLON",
    "∶": "RATIO", "﹕": "RATIO", "（": "LPAR", "(": "LPAR", "）": "RPAR", ")": "RPAR",
    "。": "END", "！": "END", "？": "END", "!": "END", "?": "END",
}
# The terminals that end a clause: a clause-opening shape starts after one.
CLAUSE_SEPARATORS = frozenset({"COMMA", "SEMI", "END", "COLON"})
_SPACE = " \t\u3000\u00a0\n\r"
_SPACES = frozenset(_SPACE)
_RATIO_ENDS = {"NUMBER", "PERCENT"}


@dataclass(slots=True, unsafe_hash=True)
class Tok:
    """One token: its terminal, where it is in the document, and its claim if it is one.

    Never changed once made, yet not ``frozen``: a frozen dataclass is built through
    ``object.__setattr__`` for each field, which made a paragraph's tokens cost four times as
    much to build; equality and hash are those of a frozen one."""

    type: str
    start: int
    end: int
    text: str
    claim: Claim | None = None


def claim_type(claim: Claim) -> str:
    """The terminal of a claim."""
    if claim.kind == "date":
        year_only = claim.date and claim.date[1] is None and claim.date_end is None
        return "YEAR" if year_only and claim.text.endswith("年") else "DATE"
    if claim.kind in ("percent", "points", "multiple"):
        return claim.kind.upper() if claim.value is not None else "RANGE"
    if not claim.is_quantity:
        return "WORD"
    if claim.value is None:
        return "RANGE"
    return "NUMBER" if claim.kind == "number" else "AMOUNT"


@lru_cache(maxsize=8)
def cue_pattern(cues: tuple[tuple[str, tuple[str, ...]], ...], shield: tuple[str, ...]) -> tuple[re.Pattern, dict]:
    """One pattern that finds, left to right, each punctuation mark, space and cue or shield word
    (longest first; tried in that order at each character), and each word's terminal (WORD for a
    shield word)."""
    terminal = {w: "WORD" for w in shield}
    for name, words in cues:
        for w in words:
            terminal.setdefault(w, name)
    punctuation = re.escape("".join(PUNCTUATION))
    return prefiltered(f"[{punctuation}]|[{re.escape(_SPACE)}]|{word_pattern(terminal)}"), terminal


def tokenize(text: str, start: int, end: int, claims: Sequence[Claim],
             cues: Mapping[str, tuple[str, ...]], shield: tuple[str, ...]) -> list[Tok]:
    """The tokens of ``text[start:end]``, whose claims (in text order) are ``claims``."""
    pattern, terminal = cue_pattern(tuple(sorted(cues.items())), shield)
    tokens: list[Tok] = []
    at = start
    for claim in claims:
        if claim.start < at:
            continue
        _words(text, at, claim.start, pattern, terminal, tokens)
        tokens.append(Tok(claim_type(claim), claim.start, claim.end, claim.text, claim))
        at = claim.end
    _words(text, at, end, pattern, terminal, tokens)
    return _signs(_ratios(tokens))


def _words(text: str, start: int, end: int, pattern: re.Pattern, terminal: dict, out: list[Tok]) -> None:
    """Cue words, punctuation and words of a stretch with no claim in it: a word is a run of text
    between two marks, spaces or cue words (a shield word is part of its word)."""
    word_start = None
    at = start
    for m in pattern.finditer(text, start, end):
        i, j = m.span()
        if word_start is None and i > at:
            word_start = at
        at = j
        found = m.group()
        kind = PUNCTUATION.get(found) or ("" if found in _SPACES else terminal[found])
        if kind == "WORD":  # a shield word
            if word_start is None:
                word_start = i
            continue
        if word_start is not None:
            out.append(Tok("WORD", word_start, i, text[word_start:i]))
            word_start = None
        if kind:
            out.append(Tok(kind, i, j, found))
    if word_start is None and at < end:
        word_start = at
    if word_start is not None:
        out.append(Tok("WORD", word_start, end, text[word_start:end]))


_MINUS = frozenset("-－−")


def _signs(tokens: list[Tok]) -> list[Tok]:
    """A minus sign written right before a figure (增长-22.4%) is a MINUS, not a word."""
    for i in range(len(tokens) - 1):
        t, after = tokens[i], tokens[i + 1]
        if t.type == "WORD" and t.text in _MINUS and after.claim is not None and after.start == t.end:
            tokens[i] = Tok("MINUS", t.start, t.end, t.text)
    return tokens


def _ratios(tokens: list[Tok]) -> list[Tok]:
    """A colon between two bare numbers or percentages is a RATIO sign (9.6:41.2:49.2)."""
    for i in range(1, len(tokens) - 1):
        t = tokens[i]
        if t.type == "COLON" and tokens[i - 1].type in _RATIO_ENDS and tokens[i + 1].type in _RATIO_ENDS:
            tokens[i] = Tok("RATIO", t.start, t.end, t.text)
    return tokens
