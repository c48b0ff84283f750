"""Find every claim of a document: a regex pre-scan proposes where a claim may start, the
grammar decides what it is.

Each candidate is parsed once, on a window that runs from its start to the end of its line
(at most ``WINDOW`` characters); the grammar's REST terminal takes whatever follows the claim,
so the claim is the longest prefix the grammar accepts. A window the grammar rejects is cut at
the point of failure and parsed again (at most ``RETRIES`` times) — "48.全县" is the claim "48".
A window seen lately in the run (the last ``REMEMBERED``: 十四五, 进一步, 2023年 recur in every
report) is not parsed again; more would hold some 1.3 KB a window for little gain, since most
windows hold figures that differ.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from functools import cache, lru_cache

from checker.claims.build import Parsed, Point
from checker.claims.grammar import claims_parser
from checker.claims.lalr import LeanParser, Rejected
from checker.claims.model import Claim
from checker.claims.numerals import NUMERAL_CHARS
from checker.config import RuleData, default_rule_data
from checker.prefilter import prefiltered
from checker.wordtrie import word_pattern

WINDOW = 32
RETRIES = 3
REMEMBERED = 2048

# Full-width digits and signs, and ℅ (care of) typed for % (N107 reports it; the figure is read
# as the percentage it is meant to be).
_FULL_WIDTH = str.maketrans("０１２３４５６７８９％．＋℅", "0123456789%.+%")
_HAS_FULL_WIDTH = re.compile(f"[{re.escape(''.join(map(chr, _FULL_WIDTH)))}]")
_OPEN_QUOTES = "“\"‘「『"
_RATIO_SIGNS = ":：∶﹕"
_CLOSE_QUOTES = "”\"’」』"
_PREFIXES = ("大约", "将近", "接近", "超过", "不到", "不足", "至少", "最多", "多达", "约", "近", "超", "逾")
_DATE_MEASURES = {"YEAR", "MONTH", "DAY", "DATE"}


@lru_cache(maxsize=4)
def _start_pattern(data: RuleData) -> re.Pattern:
    """Where a claim may start. A run of Chinese numerals is a candidate only when a unit-like
    character follows it: 三所, 五项, 万余人次 — not 一 in 进一步 (an idiom) or 一是.

    A numeral run counts up to ``WINDOW`` characters (what one parse sees): unbounded, a long
    run (十二三四五… in a table of numerals) was scanned again from every position inside it,
    and the time grew with the cube of its length."""
    follow = set("年月日号%％℅‰倍成分点余多以左上万亿之-—～~至到")
    follow |= {unit[0] for unit in data.units}
    follow -= set(NUMERAL_CHARS) - set("万亿")
    cn = re.escape(NUMERAL_CHARS)
    return prefiltered(
        rf"(?P<idiom>{word_pattern(data.idioms)}|上半年|下半年)"
        rf"|(?:{word_pattern(_PREFIXES)})?"
        rf"(?:百分之[{cn}0-9０-９]"
        rf"|第?(?:[0-9０-９]|[{cn}]{{1,{WINDOW}}}(?=[{re.escape(''.join(sorted(follow)))}])"
        rf"|(?=[{cn}]{{0,{WINDOW}}}?[十百千])[{cn}]{{1,{WINDOW}}}+(?=[0-9０-９])))"
    )


@lru_cache(maxsize=8)
def _reading(traditional: tuple[str, ...]) -> tuple[dict[int, str], re.Pattern]:
    """How a window is read: full-width digits and signs as ASCII, traditional characters as
    simplified (萬 → 万, 個 → 个), one character for one, so that offsets stay; and a pattern
    of the characters it changes (most windows hold none and need no translation)."""
    table = {**_FULL_WIDTH, **{ord(pair[0]): pair[1] for pair in traditional}}
    return table, re.compile(f"[{re.escape(''.join(map(chr, table)))}]")


@cache
def _window_parser(data: RuleData) -> Callable[[str], tuple[Parsed, int] | None]:
    """The window parser for ``data``; it remembers the latest windows, keyed on the text
    alone (hashing ``data`` for every window would cost more than parsing a short one)."""
    parser = LeanParser(claims_parser(data))

    @lru_cache(maxsize=REMEMBERED)
    def parse_window(window: str) -> tuple[Parsed, int] | None:
        """Parse the longest claim at the start of ``window``: (parsed, length) or None."""
        for _ in range(RETRIES):
            try:
                parsed, rest = parser.parse(window)
            except Rejected as error:
                window = window[:error.cut].rstrip(" \u3000")
                if not window:
                    return None
                continue
            return parsed, (rest if rest is not None else len(window))
        return None

    return parse_window


def extract_claims(doc, data: RuleData | None = None) -> list[Claim]:
    """Every claim of ``doc`` in text order."""
    data = data or default_rule_data()
    text = doc.text
    markers = {i: h.marker_end for h in doc.headings for i in range(h.marker_start, h.marker_end)}
    pattern = _start_pattern(data)
    parse_window = _window_parser(data)
    reading, changed = _reading(data.traditional)
    claims: list[Claim] = []
    pos = 0
    while (match := pattern.search(text, pos)) is not None:
        start = match.start()
        if start in markers:
            pos = markers[start]
            continue
        line_end = text.find("\n", start)
        end_limit = min(start + WINDOW, len(text) if line_end == -1 else line_end)
        window = text[start:end_limit]
        if changed.search(window):
            window = window.translate(reading)
        result = parse_window(window)
        if result is None:
            pos = max(match.end(), start + 1)
            continue
        claim = None if _wrapped_magnitude(text, start) else _claim(text, start, *result, data)
        if claim is None:  # a parsed word, such as a bare Chinese numeral: nothing inside it is a claim
            pos = start + result[1]
            continue
        claims.append(claim)
        pos = claim.end
    return claims


_MAGNITUDES = "万亿"


def _wrapped_magnitude(text: str, start: int) -> bool:
    """Whether a line opens with a magnitude and its unit (万元) that a hard wrap cut from the
    figure ending the line before ("第一产业增加值 138608\n万元"): the rest of that figure, not
    ten thousand of its own."""
    if text[start] not in _MAGNITUDES:
        return False
    before = text[max(0, start - 4):start]
    return "\n" in before and before.rstrip()[-1:].isdigit()


def _value(value: Decimal | None, factor: int = 1) -> int | float | None:
    if value is None:
        return None
    value *= factor
    return int(value) if value == value.to_integral_value() else float(value)


def _point_kind(point: Point, data: RuleData) -> tuple[str, str | None]:
    """Kind and unit of one point."""
    measure, unit = point.measure, point.unit
    value = point.num.value
    if measure is None:
        return "number", None
    if measure == "UNIT":
        unit = data.unit_aliases.get(unit, unit)
        return data.units.get(unit, "count"), unit
    if measure in ("PERCENT", "PERMILLE"):
        return "percent", "%"
    if measure in ("POINTS", "PERMILLE_POINTS"):
        return "points", "个百分点"
    if measure == "TIMES":
        return "multiple", "倍"
    if measure == "YEAR":
        is_year = value is not None and point.factor == 1 and value == int(value) and value >= 1000
        return ("date", None) if is_year else ("duration", "年")
    if measure in ("MONTH", "DAY"):
        if value is not None and value != int(value):
            return "duration", unit
        return "date", None
    return "date", None  # DATE, ISO


def _date_of(point: Point) -> tuple | None:
    if point.date is not None:
        return point.date
    value = None if point.num.value is None else int(point.num.value)
    return {
        "YEAR": (value, None, None),
        "MONTH": (None, value, None),
        "DAY": (None, None, value),
    }.get(point.measure)


def _claim(text: str, start: int, parsed: Parsed, length: int, data: RuleData) -> Claim | None:
    end = start + length
    flags = set(parsed.flags)
    if _HAS_FULL_WIDTH.search(text, start, end):
        flags.add("fullwidth")
    common = dict(start=start, end=end, text=text[start:end])
    if parsed.kind in ("code", "idiom", "malformed"):
        unit = parsed.points[0].unit if parsed.points else None
        unit = data.unit_aliases.get(unit, unit)
        return Claim(**common, kind=parsed.kind, unit=unit, flags=frozenset(flags))
    if parsed.kind == "half_year":
        return Claim(**common, kind="date", flags=frozenset(flags))
    if parsed.kind == "ordinal":
        point = parsed.points[0]
        return Claim(**common, kind="ordinal", value=_value(point.num.value), unit=point.unit,
                     flags=frozenset(flags))

    points = parsed.points
    if parsed.kind == "range":
        first, second = points
        if first.measure is None:
            first.measure, first.unit = second.measure, second.unit
            if first.factor == 1:
                first.factor = second.factor
        points = [first, second]
        flags.add("range")
    for point in points:
        flags |= point.flags
    last = points[-1]
    kind, unit = _point_kind(last, data)
    if kind == "number" and "chinese" in flags:
        return None  # a Chinese numeral with nothing after it is a word, not a claim
    bound = parsed.bound or next((p.bound for p in points if p.bound), None)
    number_end = start + points[0].num.end
    decimals = max(p.num.decimals for p in points)
    if parsed.suffix:
        flags.add("suffix:" + parsed.suffix)

    if kind == "date":
        date = _date_of(points[0])
        date_end = _date_of(last) if len(points) > 1 else None
        return Claim(**common, kind="date", date=date, date_end=date_end, bound=bound,
                     number_end=number_end, flags=frozenset(flags))

    if len(points) > 1:
        lo, hi = _value(points[0].num.value, points[0].factor), _value(last.num.value, last.factor)
        if kind == "number" and lo is not None and hi is not None and (lo > hi or text[start] == "0"):
            kind = "code"  # 0533-8181818, GB/T 15835-2011
        return Claim(**common, kind=kind, lo=lo, hi=hi, unit=unit, bound=bound, decimals=decimals,
                     number_end=number_end, flags=frozenset(flags))

    num = last.num
    if num.value is None and num.lo is not None:  # 七八十所
        flags.add("range")
        return Claim(**common, kind=kind, lo=_value(num.lo, last.factor), hi=_value(num.hi, last.factor),
                     unit=unit, bound=bound, number_end=number_end, flags=frozenset(flags))
    if num.value is None:
        return Claim(**common, kind="malformed", unit=unit, number_end=number_end, flags=frozenset(flags))
    value = _value(num.value, last.factor)
    if last.measure in ("PERMILLE", "PERMILLE_POINTS"):  # 7.43‰ is 0.743%, 0.75个千分点 0.075 points
        value = _value(num.value / 10)
        flags.add("permille")
    if kind == "number":
        kind = _context_kind(text, start, end, decimals)
        if kind != "number":
            value = None
        if kind == "code":  # the letters are part of the code: 5G, 4K
            end = _code_end(text, end)
            common.update(end=end, text=text[start:end])
    return Claim(**common, kind=kind, value=value, unit=unit, bound=bound, decimals=decimals,
                 number_end=number_end, flags=frozenset(flags))


def _code_end(text: str, end: int) -> int:
    while end < len(text) and text[end].isascii() and text[end].isalnum():
        end += 1
    return end


def _context_kind(text: str, start: int, end: int, decimals: int) -> str:
    """A bare number may be a name ("1530" in quotes), a version (2.0) or a code (5G, G20)."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before and before in _OPEN_QUOTES and after and after in _CLOSE_QUOTES:
        return "name"
    if (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()):
        return "code"
    if decimals == 1 and text[end - 2:end] == ".0" and not (before and before in _RATIO_SIGNS or after and after in _RATIO_SIGNS):
        return "version"  # 工业4.0, not a part of 22.0:38.0:40.0
    return "number"
