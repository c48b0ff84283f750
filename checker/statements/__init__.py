"""Statements: what a report says about its figures, read by the grammar ``grammars/statements.lark``
from each paragraph's tokens (claims, cue words, punctuation, words) and built into the typed
relations of ``checker.relations.model`` (changes, levels with their changes, breakdowns,
structures, shares of one whole, items paired with values).
"""

from __future__ import annotations

from itertools import groupby
from math import isclose
from typing import TYPE_CHECKING, Iterator

from checker.relations.model import Breakdown
from checker.statements.build import (Paragraph, build_breakdown, build_from_to, build_gap, build_level_change,
                                      build_paired, build_share_run, build_since, build_structure, build_sum_after)
from checker.statements.parse import find_shapes
from checker.statements.tokens import Tok, tokenize

if TYPE_CHECKING:
    from checker.config import RuleData
    from checker.document import Document

BUILDERS = {
    "level_change": build_level_change,
    "from_to": build_from_to,
    "since": build_since,
    "gap": build_gap,
    "sum_after": build_sum_after,
}
# builders that also read the names of the parts (cover sets, the words of averages)
NAMING_BUILDERS = {
    "share_run": build_share_run,
    "breakdown": build_breakdown,
    "structure": build_structure,
    "paired": build_paired,
}


def find_statements(doc: "Document", data: "RuleData") -> Iterator:
    """The statements of every paragraph of ``doc`` that holds a claim."""
    claims = sorted(doc.claims, key=lambda c: c.start)
    recent: list[tuple[int, list[Tok]]] = []  # the paragraphs before, with claims: index and tokens
    for index, group in groupby(claims, key=lambda c: doc.paragraph_at(c.start)):
        block = doc.paragraphs[index]
        tokens = tokenize(doc.text, block.start, block.end, list(group), data.cues, data.shield)
        siblings = _sibling_list(recent, index, tokens)
        if siblings:
            yield from _sibling_breakdowns(siblings, data)
        lead = _lead(recent, index, tokens[0].type) if tokens and tokens[0].type in _GOES_ON and not siblings else []
        recent = (recent + [(index, tokens)])[-_LEAD_PARAGRAPHS:]
        yield from _statements(Paragraph(lead + tokens), len(lead), data)


# A paragraph that opens with these goes on from the sentence before it: "…总额19.99亿元。\n按经营
# 单位所在地分，城镇…", "…学校58所。\n其中，小学38所…".
_GOES_ON = frozenset({"BY", "SORT", "QIZHONG"})
# Paragraphs remembered for what a paragraph goes on from: a total's and a list of 其中 paragraphs.
_LEAD_PARAGRAPHS = 6
# Shapes whose runs start again at each of their items: one that starts inside another is its
# tail, even where it reaches further (a run longer than the longest one read).
_RUNS = frozenset({"share_run"})


def _lead(recent: list[tuple[int, list[Tok]]], index: int, opener: str) -> list[Tok]:
    """The end of the paragraphs right before paragraph ``index`` that a paragraph opening with
    按…分 or 其中 goes on from: their last sentence, and the sentences before it while it is itself
    such a sentence (按经营单位所在地分… then 按消费类型分… both classify the total before them).
    其中 goes on only from a paragraph of one sentence: after several, which one's figures it
    breaks down is a guess."""
    lead: list[Tok] = []
    for before, tokens in reversed(recent):
        if before != index - 1 or not tokens or tokens[-1].type != "END":
            break
        ends = [i for i, t in enumerate(tokens) if t.type == "END"]
        if opener == "QIZHONG" and len(ends) > 1:
            break
        k = len(ends) - 1
        start = ends[k - 1] + 1 if k else 0
        while k and tokens[start].type in _GOES_ON:
            k -= 1
            start = ends[k - 1] + 1 if k else 0
        lead = tokens[start:] + lead
        if tokens[start].type not in _GOES_ON:
            break
        index = before
    return lead


def _sibling_list(recent: list[tuple[int, list[Tok]]], index: int, tokens: list[Tok]) -> tuple[list[Tok], int] | None:
    """Paragraph ``index`` as the last of a run of paragraphs that each open with 其中 after one
    that states the totals ("…共有学校8所，在校生29400人。\n其中普通高中6所，在校生22506人。\n
    其中中等职业学校2所，在校生6894人。"): the totals' sentence and each 其中 paragraph's first
    sentence as one list (其中 A…；B…), with the number of tokens of the totals' sentence; None
    for a paragraph that is no such last one."""
    if not tokens or tokens[0].type != "QIZHONG":
        return None
    run: list[list[Tok]] = [tokens]
    k = len(recent) - 1
    while k >= 0 and recent[k][0] == index - len(run) and recent[k][1] and recent[k][1][0].type == "QIZHONG":
        run.insert(0, recent[k][1])
        k -= 1
    if len(run) < 2 or k < 0 or recent[k][0] != index - len(run) or not recent[k][1] or recent[k][1][-1].type != "END":
        return None
    totals = recent[k][1]
    ends = [i for i, t in enumerate(totals) if t.type == "END"]
    merged = list(totals[ends[-2] + 1 if len(ends) > 1 else 0:])
    lead = len(merged)
    for n, paragraph in enumerate(run):
        end = next((i for i, t in enumerate(paragraph) if t.type == "END"), len(paragraph) - 1)
        sentence = paragraph[:end + 1]
        if n:  # the list's 其中 opens it once
            skip = 2 if len(sentence) > 1 and sentence[1].type in ("COMMA", "COLON") else 1
            sentence = sentence[skip:]
        if n < len(run) - 1 and sentence and sentence[-1].type == "END":
            sentence[-1] = Tok("SEMI", sentence[-1].start, sentence[-1].end, sentence[-1].text)
        merged.extend(sentence)
    return merged, lead


def _sibling_breakdowns(siblings: tuple[list[Tok], int], data: "RuleData") -> Iterator:
    """The breakdowns of a list of 其中 paragraphs (``_sibling_list``) of the totals before it,
    where the list shows it is all of them: an attribute's parts add up exactly to a total of two
    significant digits or more (5735人 and 2322人 of 8057人). A run of nested parts (其中小学…。
    \n其中农村小学…) shows no such sum, but for a coincidence that round figures make likely
    (3万人 and 2万人 of 5万人)."""
    tokens, lead = siblings
    found = [b for b in _statements(Paragraph(tokens), lead, data)
             if isinstance(b, Breakdown) and b.exhaustive and b.total.end <= tokens[lead].start]
    if any(b.total.significant_digits >= 2 and isclose(sum(p.value for p in b.parts), b.total.value, abs_tol=1e-9)
           for b in found):
        yield from found


def _statements(paragraph: Paragraph, lead: int, data: "RuleData") -> Iterator:
    """The statements of one paragraph whose first ``lead`` tokens are the end of the paragraph
    before it, read only as the start of a statement that goes on into this one."""
    reach: dict[str, int] = {}
    for found in find_shapes(paragraph.tokens):
        read = reach.get(found.shape, -1)
        if found.last <= read or found.shape in _RUNS and found.first <= read:
            continue  # the tail of a run already read (占65.89%；… after 0-14岁…占19.32%；…)
        if found.last < lead or (found.first < lead and found.shape != "breakdown"):
            continue  # read with the paragraph before
        reach[found.shape] = found.last
        if found.shape in NAMING_BUILDERS:
            yield from NAMING_BUILDERS[found.shape](paragraph, found, data)
        else:
            yield from BUILDERS[found.shape](paragraph, found)
