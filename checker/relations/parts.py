"""Totals and parts: a parenthetical breakdown right after a total, or the figures after 其中.

Only parts of the total's own unit count (9所 is not broken down by "新增学位2700个"), and a
其中 list ends with its clause: "其中国内1100万人次、入境134万人次，…".
"""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from checker.claims.model import Claim
from checker.relations.model import Breakdown
from checker.relations.scope import SENTENCE_END, is_count

_OPEN = re.compile(r"\s*[（(]")
_CLOSE = re.compile(r"[）)]")
_QIZHONG = re.compile(r"其中[，,：:]?")
_CLAUSE_END = re.compile(r"[，,；;。！？!?]")


def _paren_breakdowns(text: str, claims: Sequence[Claim]) -> Iterator[Breakdown]:
    for i, total in enumerate(claims):
        if not is_count(total) or not (m := _OPEN.match(text, total.end)):
            continue
        close = _CLOSE.search(text, m.end(), m.end() + 80)
        if not close:
            continue
        inside = [c for c in claims[i + 1:] if c.end <= close.start()]
        if len(inside) >= 2 and all(is_count(c) and c.unit == total.unit for c in inside):
            yield Breakdown("paren", (total,), tuple(inside))


def _qizhong_breakdowns(text: str, claims: Sequence[Claim]) -> Iterator[Breakdown]:
    for m in _QIZHONG.finditer(text, claims[0].start if claims else 0, claims[-1].end if claims else 0):
        end = _CLAUSE_END.search(text, m.end())
        end = end.start() if end else len(text)
        parts = tuple(c for c in claims if m.end() <= c.start < end and is_count(c))
        if not parts:
            continue
        unit = parts[0].unit
        parts = tuple(c for c in parts if c.unit == unit)
        totals = tuple(
            c for c in reversed(claims)
            if c.end <= m.start() and is_count(c) and c.unit == unit
            and not SENTENCE_END.search(text, c.end, m.start())
        )
        if totals:
            yield Breakdown("qizhong", totals, parts)


def find_breakdowns(text: str, claims: Sequence[Claim]) -> Iterator[Breakdown]:
    """Breakdowns among the claims of one paragraph (in text order)."""
    yield from _paren_breakdowns(text, claims)
    yield from _qizhong_breakdowns(text, claims)
