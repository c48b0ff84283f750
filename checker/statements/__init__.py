"""Statements: what a report says about its figures, read by the grammar ``grammars/statements.lark``
from each paragraph's tokens (claims, cue words, punctuation, words) and built into the typed
relations of ``checker.relations.model`` (changes, levels with their changes, breakdowns,
structures, shares of one whole, items paired with values).
"""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING, Iterator

from checker.statements.build import (Paragraph, build_breakdown, build_from_to, build_gap, build_level_change,
                                      build_paired, build_share_run, build_structure, build_sum_after)
from checker.statements.parse import find_shapes
from checker.statements.tokens import tokenize

if TYPE_CHECKING:
    from checker.config import RuleData
    from checker.document import Document

BUILDERS = {
    "level_change": build_level_change,
    "from_to": build_from_to,
    "gap": build_gap,
    "structure": build_structure,
    "sum_after": build_sum_after,
}


def find_statements(doc: "Document", data: "RuleData") -> Iterator:
    """The statements of every paragraph of ``doc`` that holds a claim."""
    claims = sorted(doc.claims, key=lambda c: c.start)
    for index, group in groupby(claims, key=lambda c: doc.paragraph_at(c.start)):
        block = doc.paragraphs[index]
        tokens = tokenize(doc.text, block.start, block.end, list(group), data.cues, data.shield)
        paragraph = Paragraph(tokens)
        reach: dict[str, int] = {}
        for found in find_shapes(tokens):
            if found.last <= reach.get(found.shape, -1):
                continue  # the tail of a run already read (占65.89%；… after 0-14岁…占19.32%；…)
            reach[found.shape] = found.last
            if found.shape == "share_run":
                yield from build_share_run(paragraph, found, data.cover_sets)
            elif found.shape == "breakdown":
                yield from build_breakdown(paragraph, found, data.cover_sets)
            elif found.shape == "paired":
                yield from build_paired(paragraph, found, data.cover_sets)
            else:
                yield from BUILDERS[found.shape](paragraph, found)
