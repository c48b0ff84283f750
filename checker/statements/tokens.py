"""The tokens the statement grammar reads: a paragraph as claims, cue words, punctuation and words.

A claim becomes a terminal of its kind (AMOUNT, PERCENT, POINTS, MULTIPLE, NUMBER, YEAR, DATE,
RANGE; a claim that is not a quantity — an ordinal, a code, an idiom — is a WORD). Between the
claims, the cue words of ``rules/cues.toml`` are read longest first, its shield words as plain
words; punctuation has a terminal each, white space is dropped, and any other run of text is one
WORD. A colon between two bare numbers or percentages (9.6:41.2) is a RATIO.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, Sequence

from checker.claims.model import Claim

PUNCTUATION = {
    "，": "COMMA", ",": "COMMA", "、": "DUN", "；": "SEMI", ";": "SEMI", "：": "COLON", ":": "COLON",
    "∶": "RATIO", "﹕": "RATIO", "（": "LPAR", "(": "LPAR", "）": "RPAR", ")": "RPAR",
    "。": "END", "！": "END", "？": "END", "!": "END", "?": "END",
}
_SPACE = " \t\u3000\u00a0\n\r"
_RATIO_ENDS = {"NUMBER", "PERCENT"}


@dataclass(frozen=True, slots=True)
class Tok:
    """One token: its terminal, where it is in the document, and its claim if it is one."""

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
    """One alternation of every cue and shield word, longest first, and each word's terminal
    (WORD for a shield word)."""
    terminal = {w: "WORD" for w in shield}
    for name, words in cues:
        for w in words:
            terminal.setdefault(w, name)
    alternation = "|".join(re.escape(w) for w in sorted(terminal, key=len, reverse=True))
    return re.compile(alternation), terminal


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
    return _ratios(tokens)


def _words(text: str, start: int, end: int, pattern: re.Pattern, terminal: dict, out: list[Tok]) -> None:
    """Cue words, punctuation and words of a stretch with no claim in it."""
    word_start = None
    i = start
    while i < end:
        ch = text[i]
        kind = PUNCTUATION.get(ch)
        m = None if kind or ch in _SPACE else pattern.match(text, i, end)
        if kind or ch in _SPACE or (m and terminal[m.group()] != "WORD"):
            if word_start is not None:
                out.append(Tok("WORD", word_start, i, text[word_start:i]))
                word_start = None
            if kind:
                out.append(Tok(kind, i, i + 1, ch))
                i += 1
            elif m:
                out.append(Tok(terminal[m.group()], i, m.end(), m.group()))
                i = m.end()
            else:
                i += 1
            continue
        if word_start is None:
            word_start = i
        i = m.end() if m else i + 1
    if word_start is not None:
        out.append(Tok("WORD", word_start, end, text[word_start:end]))


def _ratios(tokens: list[Tok]) -> list[Tok]:
    """A colon between two bare numbers or percentages is a RATIO sign (9.6:41.2:49.2)."""
    for i in range(1, len(tokens) - 1):
        t = tokens[i]
        if t.type == "COLON" and tokens[i - 1].type in _RATIO_ENDS and tokens[i + 1].type in _RATIO_ENDS:
            tokens[i] = Tok("RATIO", t.start, t.end, t.text)
    return tokens
