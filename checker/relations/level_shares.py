"""Shares whose parts' levels the report states before them: a structure (三次产业结构为25.72:
26.85:47.44) or a run of shares (第一产业增加值比重为…) named by a group of words that splits a
whole (``rules/complements.toml``), after figures named by each word of the group:
"第一产业增加值62857万元 … 第二产业增加值65585万元 … 第三产业增加值115952万元".

A level is the nearest figure before the shares, in their paragraph or the few before it, whose
clause names exactly one word of the group and goes on with the same words as the others'
(增加值 after each 产业): not a change (比上年增加…), not approximate. All levels must be found,
in one unit; otherwise the shares are left alone.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Iterator, Sequence

from checker.claims.model import Claim
from checker.relations.model import LevelShares, PercentParts
from checker.relations.scope import clause_before, is_count, names_a_change, verbs_of, without_verbs

if TYPE_CHECKING:
    from checker.document import Document

# How far before the shares their levels are looked for: characters, and paragraphs.
LEVEL_REACH = 1500
LEVEL_PARAGRAPHS = 3


def find_level_shares(doc: "Document", runs: Sequence[PercentParts]) -> Iterator[LevelShares]:
    """The runs of shares (with ``names``) whose levels are stated before them."""
    cues = doc.data.cues
    verbs = verbs_of(cues)
    claims = sorted(doc.claims, key=lambda c: c.start)
    starts = [c.start for c in claims]
    clauses: dict[int, str] = {}  # the clause before each claim, read once for all runs
    for run in runs:
        if not run.names:
            continue
        first = run.parts[0].start
        paragraph = doc.paragraph_at(first)
        levels: dict[str, tuple[Claim, str]] = {}
        window = claims[bisect_left(starts, first - LEVEL_REACH):bisect_left(starts, first)]
        for claim in reversed([c for c in window if c.end <= first]):
            if doc.paragraph_at(claim.start) < paragraph - LEVEL_PARAGRAPHS:
                break
            if not is_count(claim) or claim.approx:
                continue
            if claim.start not in clauses:
                clauses[claim.start] = clause_before(doc.text, claim)
            clause = clauses[claim.start]
            named = [w for w in run.names if w in clause]
            if len(named) != 1 or named[0] in levels or names_a_change(clause, cues, doc.data.shield):
                continue
            rest = clause[clause.index(named[0]) + len(named[0]):]
            levels[named[0]] = (claim, without_verbs(rest, verbs))
            if len(levels) == len(run.names):
                break
        if len(levels) != len(run.names):
            continue
        found = [levels[w] for w in run.names]
        rests = {rest for _, rest in found}
        if (len({c.unit for c, _ in found}) == 1 and len(rests) == 1 and _are_of(rests.pop(), run.of)
                and not _another_whole(doc, window, [c for c, _ in found], first, clauses)):
            yield LevelShares(run.parts, tuple(c for c, _ in found), run.names)


def _another_whole(doc: "Document", window: Sequence[Claim], levels: Sequence[Claim], first: int,
                   clauses: dict[int, str]) -> bool:
    """Whether a figure in the levels' unit and larger than each stands between them and the
    shares, not a change: the shares are of that whole ("…2021年全县生产总值现价总量为972846万元，
    …，三次产业增加值结构为5.5:50.6:43.9" after the 2022 levels), whose parts the report does not
    state. A smaller figure (人均地区生产总值19967元) is no whole of theirs."""
    last = max(c.end for c in levels)
    largest = max(c.value for c in levels)
    for claim in window:
        if (last <= claim.start and claim.end <= first and is_count(claim) and claim.unit == levels[0].unit
                and claim.value >= largest):
            clause = clauses.get(claim.start) or clause_before(doc.text, claim)
            if not names_a_change(clause, doc.data.cues, doc.data.shield):
                return True
    return False


def _are_of(rest: str, of: str) -> bool:
    """Whether levels named by ``rest`` after their group word (增加值) are what the shares say
    their parts are (增加值; 在校生 for 学生) — any, when the shares name nothing (a structure)."""
    return not of or bool(rest) and (rest in of or of in rest)
