"""How far a table's figures may be from the exact values they round.

A cell carries no magnitude word of its own: 60194 in a column headed 产量(万吨) is rounded to
the 万吨 as surely as "6.02亿吨" in prose is, and a table's 元 are often averages rounded to the
元 (人均可支配收入 45100 = 28942 + 12214 + 301 + 3642 + 1), while 107365 under 年末数(人) is a
count. So a whole number is exact only when its unit counts things (人, 个, 人次: the count
units of rules/units.toml); otherwise it may be off by half a unit, like a decimal by half a
unit of its last digit.
"""

from __future__ import annotations

from functools import cache
from typing import Sequence

from checker.claims.model import Claim
from checker.relations.arithmetic import half_unit

def cell_rounding(claim: Claim) -> float:
    if not claim.decimals and claim.unit in _count_units():
        return 0.0
    return half_unit(claim)


@cache
def _count_units() -> frozenset[str]:
    from checker.config import default_rule_data

    return frozenset(unit for unit, kind in default_rule_data().units.items() if kind == "count")


def fits(total: Claim, parts: Sequence[Claim], exhaustive: bool = True) -> bool:
    """The parts add up to the total (to no more than it unless ``exhaustive``) within the
    rounding of every figure."""
    gap = sum(p.value for p in parts) - total.value
    slack = sum(map(cell_rounding, (total, *parts))) + 1e-9
    return gap <= slack and (not exhaustive or gap >= -slack)


def fitting_prefixes(total: Claim, parts: Sequence[Claim]) -> list[int]:
    """The lengths k ≥ 2 for which the first k parts add up to the total, in one pass."""
    found, shown, slack = [], 0.0, cell_rounding(total) + 1e-9
    for k, part in enumerate(parts, start=1):
        shown += part.value
        slack += cell_rounding(part)
        if k >= 2 and abs(shown - total.value) <= slack:
            found.append(k)
    return found
