"""The typed claim: one numeric expression of a report with its value, unit and kind."""

from __future__ import annotations

from dataclasses import dataclass, field

# Kinds that are not quantities: no rule may count, sum or compare them.
NON_QUANTITIES = frozenset({"ordinal", "code", "name", "idiom", "version"})


@dataclass(frozen=True, slots=True)
class Claim:
    """A numeric claim at ``text[start:end]``.

    ``value`` has its magnitude multiplied out (2.7万余名 → 27000) and is None for a range (see
    ``lo``/``hi``), a date and a non-quantity. ``unit`` is the unit after the magnitude ("名",
    "元", "%", "个百分点") or None. ``kind`` is the unit's kind (count, money, area, age, score,
    duration …), ``percent``, ``points``, ``multiple``, ``date``, ``number`` (no unit), or a
    non-quantity (ordinal, code, name, idiom, version), or ``malformed``.
    ``bound`` says what an approximation means: at_least (余 多 以上 超过), at_most (近 不到
    以下), about (约 左右). ``date`` is (year, month, day) with None for a part not given;
    impossible values are kept (month 202110). ``decimals`` is the number of digits stated after
    the decimal point, which bounds the rounding a rule must allow.
    ``number_end`` is where the numeral itself ends (before magnitude and unit).
    """

    start: int
    end: int
    text: str
    kind: str
    value: int | float | None = None
    lo: int | float | None = None
    hi: int | float | None = None
    unit: str | None = None
    bound: str | None = None
    date: tuple[int | None, int | None, int | None] | None = None
    date_end: tuple[int | None, int | None, int | None] | None = None
    decimals: int = 0
    number_end: int = 0
    flags: frozenset[str] = field(default_factory=frozenset)

    @property
    def approx(self) -> bool:
        return self.bound is not None

    @property
    def is_quantity(self) -> bool:
        return self.kind not in NON_QUANTITIES and self.kind not in ("date", "malformed")

    @property
    def significant_digits(self) -> int:
        """Significant digits of the numeral as written: 785820333 → 9, 1700余万 → 2, 2.7万 → 2."""
        numeral = self.text[:self.number_end - self.start] if self.number_end > self.start else ""
        return len("".join(ch for ch in numeral if ch.isdigit()).strip("0"))

    def to_json(self) -> dict:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "value": self.value,
            "lo": self.lo,
            "hi": self.hi,
            "unit": self.unit,
            "approx": self.approx,
            "bound": self.bound,
            "date": list(self.date) if self.date else None,
            "date_end": list(self.date_end) if self.date_end else None,
            "flags": sorted(self.flags),
        }
