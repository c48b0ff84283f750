"""Tolerance of a stated figure: how far from the computed value rounding lets it be."""

from __future__ import annotations

from checker.claims.model import Claim


def half_unit(claim: Claim) -> float:
    """Half a unit of the claim's last stated digit: how far rounding may have moved it (in the
    claim's value, where 7.43‰ is 0.743%: half of 0.001)."""
    return 0.5 * 10 ** -claim.decimals * _per_stated(claim)


def _per_stated(claim: Claim) -> float:
    """The claim's value for one of its stated units: 0.1 for a ‰ figure (read as %), else 1."""
    return 0.1 if "permille" in claim.flags else 1.0


_MAGNITUDES = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8, "萬": 10**4, "億": 10**8}


def _magnitude(claim: Claim) -> tuple[int, str]:
    """The magnitude written after the claim's numeral: (10000, "万") for 186.4万吨; none in a
    unit that starts with one (35.56千公顷, 12.5千米 are 35.56 and 12.5 of those units)."""
    scale, chars = 1, ""
    after = claim.text[claim.number_end - claim.start:]
    for i, ch in enumerate(after):
        if ch not in _MAGNITUDES or (claim.unit and after.startswith(claim.unit, i)):
            break
        scale, chars = scale * _MAGNITUDES[ch], chars + ch
    return scale, chars


def amount(value: float, like: Claim) -> str:
    """A value written in the magnitude of a stated figure, as the report would write it:
    1888000 beside 186.4万吨 is 188.8万."""
    scale, chars = _magnitude(like)
    return fmt(value / scale) + chars if scale > 1 else fmt(value)


def shown_like(value: float, like: Claim, extra: int) -> str:
    """A computed value written like the stated figure, with ``extra`` more decimals (at least
    two): 44.55 beside 44.2%, 114.996 beside 115.01, 30.79亿 beside 30.77亿斤."""
    if amount(like.value, like) != fmt(like.value):  # a figure with 万 or 亿
        return amount(value, like)
    if not extra:
        return f"{value:.{like.decimals}f}"
    return f"{value:.{max(2, like.decimals + extra)}f}".rstrip("0").rstrip(".")


def rounding(claim: Claim) -> float:
    """How far a stated figure may be from the exact value: half a unit of its last stated
    digit, worth 500,000 for 2.36亿元 (0.01亿) and 5,000 for 3200万元; 0 for a whole number
    written out in full (236人), which is exact."""
    scale, _ = _magnitude(claim)
    unit = scale * 10 ** -claim.decimals
    return 0.0 if unit == 1 else unit / 2 * _per_stated(claim)


_TWICE_ROUNDED = 0.1


def rounding_allows(stated: Claim, computed: float, slack: float = 0.0) -> bool:
    """Whether ``computed`` rounds to ``stated`` at its stated precision.

    A figure with d decimals may differ by half a unit of its last digit (86% covers 85.5–86.5);
    an approximate figure (约, 近, 余) gets a whole unit of slack on the side its bound allows.
    ``slack`` adds the rounding of the inputs when they are rounded figures themselves. A figure
    rounded twice, first to one more digit (17.249 → 17.25 → 17.3), is how many offices print a
    computed share: a computed value a tenth of the half unit short of it (in size) still fits.
    """
    half = half_unit(stated) + slack + 1e-9
    low, high = stated.value - half, stated.value + half
    twice = half_unit(stated) * _TWICE_ROUNDED
    low, high = (low - twice, high) if stated.value >= 0 else (low, high + twice)
    if stated.bound == "at_least":
        high = float("inf")
    elif stated.bound == "at_most":
        low = float("-inf")
    elif stated.bound == "about":
        low, high = low - 2 * half, high + 2 * half
    return low <= computed <= high


def percent(numerator: float, denominator: float) -> float:
    return numerator / denominator * 100


def change_of(change) -> float:
    """The size of a ``Change`` computed from its ends: a percent of the base, or a difference."""
    diff = abs(change.current.value - change.base.value)
    return percent(diff, change.base.value) if change.relative else diff


def fmt(value: float) -> str:
    """A number as a report writes it: no trailing zeros."""
    return f"{value:.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
