"""Shares: "占全市总分A+3735人的13.73%" — a percentage with its whole named in the same clause —
and percentages of one unnamed whole side by side: "城镇学生占59%，农村学生占41%"."""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from checker.claims.model import Claim
from checker.relations.model import PercentParts, Share
from checker.relations.scope import SENTENCE_END, is_count

# "占" opening the clause that ends with the share: 占全市总分A+3735人的13.73%
_OF_WHOLE = re.compile(r"占[^，,；;。：:！？、]{0,24}?的?$")
# A figure right after these words is a change, never the part a share is of: "比去年多198人".
_CHANGE_BEFORE = re.compile(r"(?:多|少|增加|减少|增长|下降)了?$")
_SHARE_OF = re.compile(r"占比(?:为|达)?$")
# A share of the whole the sentence is about, no whole named: "农村学生占41%". Not 占比: "装机
#占比54.8%、发电量占比51.3%" are shares of two different wholes.
_SHARE_OF_UNNAMED = re.compile(r"[^约近]占$")


def is_share(text: str, claim: Claim) -> bool:
    """Whether a percentage is a share of a whole: "占全省的12%", "占比12%"."""
    return bool(_OF_WHOLE.search(text, max(0, claim.start - 26), claim.start)
                or _SHARE_OF.search(text, max(0, claim.start - 4), claim.start))


def find_shares(text: str, claims: Sequence[Claim]) -> Iterator[Share]:
    """Shares among the claims of one paragraph (in text order) whose whole is a claim."""
    for i, claim in enumerate(claims):
        if claim.kind != "percent" or claim.value is None:
            continue
        window_start = max(0, claim.start - 26)
        m = _OF_WHOLE.search(text, window_start, claim.start)
        if not m:
            continue
        wholes = [c for c in claims[:i] if c.start >= m.start() and is_count(c)]
        if not wholes:
            continue
        whole = wholes[-1]  # the figure right before 的X%: "占五年计划投资60亿元的35%"
        parts = tuple(
            c for c in reversed(claims[:i])
            if c.end <= m.start() and is_count(c) and c.unit == whole.unit
            and not SENTENCE_END.search(text, c.end, m.start())
            and not _CHANGE_BEFORE.search(text, max(0, c.start - 3), c.start)
        )
        if parts:
            yield Share(claim, whole, parts)


def find_percent_parts(text: str, claims: Sequence[Claim]) -> Iterator[PercentParts]:
    """Runs of two or more unnamed-whole shares within one sentence of a paragraph."""
    run: list[Claim] = []
    for claim in claims:
        if claim.kind == "percent" and claim.value is not None and _SHARE_OF_UNNAMED.search(
                text, max(0, claim.start - 2), claim.start):
            if run and SENTENCE_END.search(text, run[-1].end, claim.start):
                yield from _run(run)
                run = []
            run.append(claim)
    yield from _run(run)


def _run(run: list[Claim]) -> Iterator[PercentParts]:
    if len(run) >= 2:
        yield PercentParts(tuple(run))
