"""Totals stated in the clause after the clauses of their parts (``Breakdown`` marked
``columns``).

A list of rows of figures: "普通高中在校生11455人，教职工821人；职业高中在校生5279人，教职工268人；
…。在园幼儿19177人，在编教职工116人。全县学生总数110637人，教职工总数5516人" — each clause states
the same figures in the same units (students, staff), and the last one their totals. Nothing but
the figures says which clause is the totals', so the list is read as such only where one column
adds up exactly to its total (821 + 268 + 4311 + 116 = 5516, three significant digits or more):
then the rows are all of the totals, in every column, and each column must add up too.

Parts named alike: "幼儿专任教师14551人，比去年减少81人；小学专任教师32009人，…；普通高校专任教师
2540人。全市教职工数…99750人，其中专任教师76413人" — each clause opens with a kind (幼儿, 小学 …) of
what the total names alone (专任教师). Nothing says the kinds are all of it, so they may add up
to less, never to more; read with three kinds or more, all different, in the clauses right
before the total's.
"""

from __future__ import annotations

import re
from math import isclose
from typing import TYPE_CHECKING, Iterator, Sequence

from checker.claims.model import Claim
from checker.relations.definitions import figure_name
from checker.relations.model import Breakdown
from checker.relations.scope import is_count

if TYPE_CHECKING:
    from checker.document import Document

# What ends a row: a clause of its own (；) or a sentence.
_ROW_END = re.compile(r"[；;。！？!?\n]")
_SIGNIFICANT = 3  # digits of a total that an exact sum of its parts does not reach by chance


def find_column_breakdowns(doc: "Document", claims: Sequence[Claim], verbs: Sequence[str],
                           neutral: Sequence[str]) -> Iterator[Breakdown]:
    """Both readings of a paragraph's rows of clauses: totals after their rows, kinds before them."""
    rows = _rows(doc, claims)
    yield from _column_totals(rows)
    yield from _kinds_before(doc, rows, verbs, neutral)


def _column_totals(rows: list[list[Claim]]) -> Iterator[Breakdown]:
    for last in range(2, len(rows)):
        pattern = _pattern(rows[last])
        if pattern is None or len(pattern) < 2:
            continue
        first = last
        while first > 0 and _pattern(rows[first - 1]) == pattern:
            first -= 1
        starts = [s for s in range(first, last - 1) if _adding_columns(rows[s:last], rows[last])]
        if len(starts) == 1:
            parts = rows[starts[0]:last]
            for c, total in enumerate(rows[last]):
                yield Breakdown("columns", (total,), tuple(row[c] for row in parts), exhaustive=True)


def _kinds_before(doc: "Document", rows: list[list[Claim]], verbs: Sequence[str],
                  neutral: Sequence[str]) -> Iterator[Breakdown]:
    if len(rows) <= _LEAST_KINDS:
        return
    names: dict[int, str] = {}

    def name(claim: Claim) -> str:
        if claim.start not in names:
            names[claim.start] = figure_name(doc.text, claim, verbs)
        return names[claim.start]

    for t in range(_LEAST_KINDS, len(rows)):
        for total in rows[t]:
            if not is_count(total) or total.approx:
                continue
            noun = _without_lead(name(total), neutral)
            if len(noun) < 2:
                continue
            parts, kinds = [], set()
            for row in reversed(rows[:t]):
                first = row[0]
                kind = name(first).removesuffix(noun)
                if (not kind or kind == noun or kind in kinds or not is_count(first) or first.unit != total.unit
                        or first.approx or not name(first).endswith(noun)):
                    break
                parts.insert(0, first)
                kinds.add(kind)
            if len(parts) >= _LEAST_KINDS:
                yield Breakdown("columns", (total,), tuple(parts))


_LEAST_KINDS = 3


def _without_lead(name: str, neutral: Sequence[str]) -> str:
    """The name without the neutral words it opens with: 专任教师 of 其中专任教师, 全市专任教师."""
    while lead := next((n for n in neutral if name.startswith(n)), None):
        name = name[len(lead):]
    return name


def _rows(doc: "Document", claims: Sequence[Claim]) -> list[list[Claim]]:
    """The claims of a paragraph outside tables, a list for each clause ended by ；or a sentence end."""
    rows: list[list[Claim]] = []
    previous = None
    for claim in claims:
        if doc.in_table(claim.start):
            continue
        if previous is None or _ROW_END.search(doc.text, previous.end, claim.start):
            rows.append([])
        rows[-1].append(claim)
        previous = claim
    return rows


def _pattern(row: list[Claim]) -> tuple | None:
    """The units of a row of exact whole counts, or None for a row with any other figure."""
    if not all(is_count(c) and not c.approx and isinstance(c.value, int) for c in row):
        return None
    return tuple(c.unit for c in row)


def _adding_columns(parts: list[list[Claim]], totals: list[Claim]) -> list[int]:
    """The columns whose parts add up exactly to a total of three significant digits or more."""
    return [c for c, total in enumerate(totals) if total.significant_digits >= _SIGNIFICANT
            and isclose(sum(row[c].value for row in parts), total.value, abs_tol=1e-9)]
