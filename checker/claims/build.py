"""Turn a parse tree of the claims grammar into the fields of a typed claim.

The transformer works on one parsed window; positions are relative to it and the extractor adds
the window's offset. Values are computed in Decimal so that 2.7万 is exactly 27000.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from lark import Token, Transformer, v_args

from checker.claims.numerals import chinese_decimal, chinese_integer, chinese_range

_PRE_BOUND = {
    "约": "about", "大约": "about",
    "近": "at_most", "将近": "at_most", "接近": "at_most", "不到": "at_most", "不足": "at_most",
    "最多": "at_most",
    "超过": "at_least", "超": "at_least", "逾": "at_least", "至少": "at_least", "多达": "at_least",
}
_POST_BOUND = {"以上": "at_least", "以下": "at_most", "以内": "at_most", "左右": "about", "上下": "about"}
_MAGNITUDE = {"万": 10**4, "亿": 10**8, "万亿": 10**12}


@dataclass
class Num:
    value: Decimal | None  # None: malformed, or a range of adjacent numerals (lo/hi)
    end: int
    decimals: int = 0
    lo: Decimal | None = None
    hi: Decimal | None = None
    flags: set[str] = field(default_factory=set)


@dataclass
class Point:
    """One number with its qualifiers, before ranges and dates are combined."""

    num: Num
    measure: str | None = None  # the unit token's type: UNIT, YEAR, PERCENT …
    unit: str | None = None  # the unit's text
    factor: int = 1
    bound: str | None = None
    date: tuple | None = None
    flags: set[str] = field(default_factory=set)


@dataclass
class Parsed:
    """What the extractor needs to make a Claim (offsets relative to the window)."""

    kind: str  # provisional: quantity, range, date, ordinal, code, idiom, half_year, malformed
    points: list[Point] = field(default_factory=list)
    bound: str | None = None
    suffix: str | None = None  # a date suffix such as 底 or 上旬
    flags: set[str] = field(default_factory=set)


def _number_flags(token: Token) -> set[str]:
    return {"grouped"} if "," in token else set()


@v_args(inline=True)
class ClaimBuilder(Transformer):
    # -- numbers ------------------------------------------------------------------------
    def integer(self, token):
        return Num(Decimal(token.replace(",", "")), token.end_pos, flags=_number_flags(token))

    def decimal(self, whole, _dot, fraction):
        return Num(Decimal(f"{whole}.{fraction}"), fraction.end_pos, decimals=len(fraction))

    def chinese(self, token):
        try:
            return Num(Decimal(chinese_integer(token)), token.end_pos, flags={"chinese"})
        except ValueError:
            pair = chinese_range(token)
            if pair is None:
                return Num(None, token.end_pos, flags={"chinese", "malformed"})
            lo, hi = pair
            return Num(None, token.end_pos, lo=Decimal(lo), hi=Decimal(hi), flags={"chinese"})

    def chinese_decimal(self, whole, _point, fraction):
        # CN_NUM takes 万/亿 along, so 二点五亿 arrives as 二 点 五亿: the magnitude is split off here
        digits = fraction.rstrip("万亿")
        magnitude = fraction[len(digits):]
        try:
            value = chinese_decimal(whole, digits) * (_MAGNITUDE[magnitude] if magnitude else 1)
        except (ValueError, KeyError):
            return Num(None, fraction.end_pos, flags={"chinese", "malformed"})
        return Num(value, fraction.end_pos, decimals=len(digits), flags={"chinese"})

    # -- qualifiers ---------------------------------------------------------------------
    def scale(self, *tokens):
        return [t for t in tokens]

    def measure(self, *tokens):
        return [t for t in tokens]

    def quantity(self, *children):
        point = None
        pending_bound = None
        for child in children:
            if isinstance(child, Num):
                point = Point(child, flags=set(child.flags))
                point.bound = pending_bound
            elif isinstance(child, Token) and child.type == "PRE":
                pending_bound = _PRE_BOUND[child]
            elif isinstance(child, Token) and child.type == "APPROX":
                point.bound = point.bound or "at_least"
            elif isinstance(child, list):  # scale or measure
                for token in child:
                    if token.type == "SPACE":
                        point.flags.add("spaced")
                    elif token.type == "MAG":
                        point.factor = _MAGNITUDE[token]
                    elif token.type == "APPROX":
                        point.bound = point.bound or "at_least"
                    else:
                        point.measure, point.unit = token.type, str(token)
        return point

    def percent_of(self, *children):
        point = self.quantity(*[c for c in children if not (isinstance(c, Token) and c.type == "PERCENT_OF")])
        point.measure, point.unit = "PERCENT", "%"
        point.flags.add("percent_of")
        return point

    def fraction(self, *children):
        pre = [c for c in children if isinstance(c, Token) and c.type == "PRE"]
        denominator, _, numerator = [c for c in children if not (isinstance(c, Token) and c.type == "PRE")]
        value = None
        if denominator.value and numerator.value is not None:
            value = numerator.value / denominator.value * 100
        point = Point(Num(value, numerator.end, flags={"fraction"}), "PERCENT", "%")
        point.bound = _PRE_BOUND[pre[0]] if pre else None
        point.flags.add("fraction")
        return point

    def slash_fraction(self, *children):
        pre = [c for c in children if c.type == "PRE"]
        numerator, _, denominator = [c for c in children if c.type != "PRE"]
        value = Decimal(numerator) / Decimal(denominator) * 100 if int(denominator) else None
        point = Point(Num(value, denominator.end_pos), "PERCENT", "%", flags={"fraction"})
        point.bound = _PRE_BOUND[pre[0]] if pre else None
        return point

    def tenths(self, *children):
        tokens = list(children)
        pre = [t for t in tokens if t.type == "PRE"]
        number = next(t for t in tokens if t.type == "CN_NUM")
        num = self.chinese(number)
        if num.value is not None:
            num.value *= 10
        point = Point(num, "PERCENT", "%", flags={"tenths"})
        point.bound = _PRE_BOUND[pre[0]] if pre else ("at_least" if any(t.type == "APPROX" for t in tokens) else None)
        return point

    def date(self, *children):
        nums = [c for c in children if isinstance(c, Num)]
        marks = [c.type for c in children if isinstance(c, Token)]
        parts = {"YEAR": None, "MONTH": None, "DAY": None}
        for num, mark in zip(nums, marks):
            parts[mark] = int(num.value) if num.value is not None and num.value == int(num.value) else None
        point = Point(nums[-1], "DATE", None)
        point.date = (parts["YEAR"], parts["MONTH"], parts["DAY"])
        return point

    def iso_date(self, token):
        year, month, day = (int(p) for p in re.split(r"[-.]", token))
        point = Point(Num(None, token.end_pos), "DATE", None, flags={"iso"})
        point.date = (year, month, day)
        return point

    def slash_date(self, year, _slash, month, _slash2, day):
        point = Point(Num(None, day.end_pos), "DATE", None, flags={"slashed"})
        point.date = (int(year), int(month), int(day))
        return point

    # -- claims -------------------------------------------------------------------------
    def _with_post(self, parsed: Parsed, children) -> Parsed:
        for child in children:
            if isinstance(child, Token) and child.type == "POST":
                if child in _POST_BOUND:
                    parsed.bound = _POST_BOUND[child]
                else:
                    parsed.suffix = str(child)
        return parsed

    def single(self, point, *post):
        return self._with_post(Parsed("quantity", [point]), post)

    def range(self, first, _sep, second, *post):
        return self._with_post(Parsed("range", [first, second]), post)

    def ordinal(self, _mark, num, measure=None):
        unit = next((str(t) for t in measure or () if t.type != "SPACE"), None)
        return Parsed("ordinal", [Point(num, "UNIT" if unit else None, unit)])

    def code(self, *children):
        return Parsed("code")

    def idiom(self, token):
        return Parsed("idiom")

    def half_year(self, token):
        return Parsed("half_year", flags={str(token)})

    def malformed(self, *children):
        measure = next((c for c in children if isinstance(c, list)), None)
        unit = next((str(t) for t in measure or () if t.type != "SPACE"), None)
        return Parsed("malformed", [Point(Num(None, 0), "UNIT" if unit else None, unit)])

    def start(self, parsed, rest=None):
        return parsed, (rest.start_pos if rest is not None else None)


BUILDER = ClaimBuilder()


