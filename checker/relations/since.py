"""The yearly rate of a count since the census before: "全县人口与2010年第六次全国人口普查的
458875人相比，增加5560人，增长1.2%，年平均增长率为0.12%" in the bulletin of the seventh census.

A ``ChangeSince`` statement gives the earlier count and the change; the years are those between
the census it names (by its ordinal, 第六次, or its year, 2010) and the latest census the
document names (its own: 第七次全国人口普查, 2020), and the count now is the one figure of the
document in the base's unit that the base and the change give (464435人, stated in its own
paragraph). A rate is read only when all three are found: a bulletin of another year that
compares with a census (2023年末 against 2020年第七次全国人口普查) names no later census.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator, Sequence

from checker.relations.arithmetic import rounding
from checker.relations.model import AverageChange, ChangeSince

if TYPE_CHECKING:
    from checker.document import Document

# The national censuses of China and their years.
_CENSUS_YEARS = {"三": 1982, "四": 1990, "五": 2000, "六": 2010, "七": 2020}
_CENSUS = re.compile(r"第([三四五六七])次(?:全国)?人口普查")
_YEAR = re.compile(r"((?:19|20)\d\d)年")


def find_averages_since(doc: "Document", statements: Sequence[ChangeSince]) -> Iterator[AverageChange]:
    named = [_CENSUS_YEARS[m[1]] for m in _CENSUS.finditer(doc.text)]
    if not statements or not named:
        return
    own = max(named)
    for s in statements:
        base_year = _base_year(s.since)
        current = _count_now(doc, s)
        if base_year is not None and base_year < own and current is not None:
            yield AverageChange(s.base, current, own - base_year, s.stated)


def _base_year(since: str) -> int | None:
    """The year of the census ``since`` names, by its ordinal or its year (both must agree)."""
    census = _CENSUS.search(since)
    year = _YEAR.search(since)
    if census and year and _CENSUS_YEARS[census[1]] != int(year[1]):
        return None
    if census:
        return _CENSUS_YEARS[census[1]]
    return int(year[1]) if year and int(year[1]) in _CENSUS_YEARS.values() else None


def _count_now(doc: "Document", s: ChangeSince):
    """The one figure (one value, however often stated) in the base's unit that the base and
    the change give, within their rounding."""
    now = s.base.value + (-1 if s.falling else 1) * s.difference.value
    found = [c for c in doc.claims if c.unit == s.base.unit and c.kind == s.base.kind and c.value is not None
             and c is not s.base and not c.approx
             and abs(c.value - now) <= rounding(s.base) + rounding(s.difference) + rounding(c) + 1e-9]
    return found[0] if len({c.value for c in found}) == 1 else None
