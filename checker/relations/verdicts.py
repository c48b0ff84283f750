"""Whether a relation's stated figure follows from its inputs.

The arithmetic of each relation kind lives here once: the rules that report a mismatch use it,
and so does ``confirmation``, which finds another relation that vouches for a figure, so that a
rule can say which figure of a mismatch is most likely wrong (a count that gives a correct share
elsewhere is right; the rate computed from it is the suspect).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from checker.claims.model import Claim
from checker.memo import per_document
from checker.relations import find_relations
from checker.relations.arithmetic import amount, change_of, fmt, half_unit, percent, rounding, rounding_allows
from checker.relations.model import AverageChange, Breakdown, Change, LevelChange, Rate, Share, Trend

if TYPE_CHECKING:
    from checker.document import Document


def exact(*claims: Claim) -> bool:
    """None of the claims is approximate (余, 约, 近, 以上): only exact figures are recomputed."""
    return not any(c.approx for c in claims)


# Rates of a cut: "由138家压减至21家，压减率84.8%" is (138 − 21) ÷ 138, what was cut.
_REDUCTION = re.compile(r"压减|减少|下降|降低|缩减|削减|压降|压缩")


def fitting_denominator(r: Rate) -> Claim | None:
    """The first of the rate's candidate denominators that gives the stated rate, if any; for a
    rate of a cut (压减率) the numerator may be what is left, so what was cut counts too."""
    cut = bool(_REDUCTION.search(r.name))
    for d in r.denominators:
        shares = [r.numerator.value] + ([d.value - r.numerator.value] if cut else [])
        if any(rounding_allows(r.rate, percent(n, d.value)) for n in shares):
            return d
    return None


def fitting_part(s: Share) -> Claim | None:
    """The first of the share's candidate parts that gives the stated share, if any, within the
    rounding of the share, the part and the whole (4.50亿 ÷ 4.92亿 may be 91.4%)."""
    for p in s.parts:
        computed = percent(p.value, s.whole.value)
        slack = computed * (rounding(p) / p.value + rounding(s.whole) / s.whole.value) if p.value else 0.0
        if rounding_allows(s.share, computed, slack):
            return p
    return None


def parts_fit(total: Claim, parts: Sequence[Claim], exhaustive: bool) -> bool:
    """The parts add up to no more than the total (to exactly the total when ``exhaustive``),
    within the rounding of every figure: 0.86亿 + 1.1亿 + 0.4亿 may be 2.36亿."""
    gap = sum(p.value for p in parts) - total.value
    slack = sum(map(rounding, (total, *parts))) + 1e-9
    return gap <= slack and (not exhaustive or gap >= -slack)


def breakdown_candidates(b: Breakdown) -> list[tuple[Claim, tuple[Claim, ...]]]:
    """The (total, parts) readings of a breakdown: each candidate total with all the parts, or
    for 合计 the one total with each tail of at least two parts (the list may start later in the
    sentence than the first figure of its unit)."""
    if b.marker == "heji":
        return [(b.total, b.parts[k:]) for k in range(len(b.parts) - 1)]
    readings = [b.parts]
    if b.open_end and not b.exhaustive:
        readings.append(b.parts[:-1])
    return [(t, parts) for t in b.totals for parts in readings]


def ends_early(b: Breakdown) -> bool:
    """A list of 其中 whose first parts add up to one of the totals exactly: the list ends there,
    and what follows are the total's siblings (税收收入 + 非税收入 = 一般公共预算收入；政府性基金收入…)
    or a figure of another measure (新增专利40件，其中实用新型21件，外观设计19件，有效发明专利6件)."""
    return not b.exhaustive and any(
        parts_fit(t, b.parts[:k], exhaustive=True) for t in b.totals for k in range(2, len(b.parts)))


def without_sub_breakdowns(parts: Sequence[Claim]) -> list[tuple[Claim, ...]]:
    """The parts with a run of the parts after one of them left out where the run adds up to it
    exactly: those break that part down, one level deeper (其中公共财政预算收入13.68亿元；税收收入
    6.20亿元，非税收入7.48亿元 — 6.20 + 7.48 = 13.68)."""
    return [parts[:i + 1] + parts[j:] for i in range(len(parts)) for j in range(i + 3, len(parts) + 1)
            if parts_fit(parts[i], parts[i + 1:j], exhaustive=True)]


def breakdown_holds(b: Breakdown) -> bool:
    readings = [*breakdown_candidates(b), *((t, p) for t in b.totals for p in without_sub_breakdowns(b.parts))]
    return ends_early(b) or any(parts_fit(total, parts, b.exhaustive) for total, parts in readings)


def change_holds(c: Change) -> bool:
    """The stated change follows from its ends, allowing for their rounding too: 个百分点
    between two rounded percentages, or a growth from 1.16亿 to 1.41亿 (each ± 0.005亿)."""
    if c.base.kind == "percent" and not c.relative:
        slack = half_unit(c.base) + half_unit(c.current)
    elif c.relative:
        slack = percent(rounding(c.current) + c.current.value * rounding(c.base) / c.base.value, c.base.value)
    else:
        slack = rounding(c.current) + rounding(c.base)
    return rounding_allows(c.stated, change_of(c), slack)


def confirmation(doc: "Document", claim: Claim, excluding: object) -> tuple[str, Claim] | None:
    """Another relation that holds with ``claim`` as one of its counts: its arithmetic
    ("513 ÷ 3735 = 13.73%") and its other count (3735人), or None when none vouches for it."""
    for r, part, whole in _vouching(doc).get(claim, ()):
        if r is not excluding:
            calc = (f"{amount(part.value, part)} ÷ {amount(whole.value, whole)} = "
                    f"{fmt(round(percent(part.value, whole.value), 2))}%")
            return calc, whole if claim == part else part
    return None


@per_document
def _vouching(doc: "Document") -> dict[Claim, list[tuple[object, Claim, Claim]]]:
    """The rates and shares of ``doc`` that hold, by each of their two counts, in text order;
    read once per document, however many mismatches ask."""
    found: dict[Claim, list[tuple[object, Claim, Claim]]] = {}
    for r in find_relations(doc):
        if isinstance(r, Rate) and exact(r.numerator, *r.denominators):
            part, whole = r.numerator, fitting_denominator(r)
        elif isinstance(r, Share) and exact(r.whole, *r.parts):
            part, whole = fitting_part(r), r.whole
        else:
            continue
        if part is not None and whole is not None:
            for count in (part, whole):
                found.setdefault(count, []).append((r, part, whole))
    return found


def level_change_percent(r: LevelChange) -> float:
    """The percentage a level's stated difference gives on its base (level − difference)."""
    return percent(r.difference.value, r.base_value)


def level_change_holds(r: LevelChange) -> bool:
    """The stated percentage follows from the difference over the base, allowing for the
    rounding of the level and the difference: 12.40万亩, 增加0.60万亩 gives 5.08% ± 0.05%."""
    base = r.base_value
    if base <= 0:
        return True
    slack = percent(rounding(r.difference) + r.difference.value * (rounding(r.level) + rounding(r.difference)) / base,
                    base)
    return rounding_allows(r.percent, level_change_percent(r), slack)


def average_percent(r: AverageChange) -> float:
    """The yearly rate that takes the base to the current value in ``years`` years."""
    return ((r.current.value / r.base.value) ** (1 / r.years) - 1) * 100


def average_holds(r: AverageChange) -> bool:
    """The stated yearly rate follows from the ends, allowing for their rounding (each end's
    relative error, spread over the years)."""
    if r.base.value <= 0 or r.current.value <= 0:
        return True
    growth = r.current.value / r.base.value
    slack = 100 * growth ** (1 / r.years) * (rounding(r.current) / r.current.value
                                             + rounding(r.base) / r.base.value) / r.years
    computed = average_percent(r)
    return rounding_allows(r.stated, abs(computed) if r.stated.value >= 0 else computed, slack)


def trend_holds(r: Trend) -> bool:
    """The ends differ the way the verb says (增加到: up, 下降到: down), within their rounding;
    two equal ends never do. An end 约 or 左右 widens the rounding by a unit of its last digit;
    an end with a bound (以上, 不到, 余) says too little to tell."""
    if any(c.bound not in (None, "about") for c in (r.base, r.current)):
        return True
    gap = r.current.value - r.base.value
    if gap == 0:
        return r.current.bound == "about" or r.base.bound == "about"
    slack = sum(_trend_rounding(c) for c in (r.base, r.current))
    return gap > -slack if r.rising else gap < slack


def _trend_rounding(claim: Claim) -> float:
    """How far an end of a trend may be from its stated value: its rounding, and a unit of its
    last digit more when it is approximate (2.3%左右)."""
    unit = 2 * rounding(claim) or 1.0  # 0.1 for 2.3%, 10000 for 3000万元, 1 for 300人
    return rounding(claim) + (unit if claim.bound == "about" else 0.0)


def whole_counts_missed(part: Claim, share: Claim) -> tuple[int, int] | None:
    """The two whole numbers that come nearest to giving ``share`` of a count ``part`` (21 is
    91.30% of 23 and 87.50% of 24), when no whole number gives it within its rounding; None
    when one does (or the share is above 100%, another rule's case, or the count is none)."""
    if not 0 < share.value <= 100 or not part.value > 0:
        return None
    exact_whole = part.value * 100 / share.value
    near = {max(int(part.value), int(exact_whole) + k) for k in (-1, 0, 1, 2)}
    if any(rounding_allows(share, percent(part.value, n)) for n in near if n):
        return None
    below = max(int(part.value), int(exact_whole))
    return below, below + 1
