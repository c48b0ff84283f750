"""Changes whose both ends are in the text.

"由120所增加到150所，增长25%" (from-to, then the change) and "A+率为6.93%，高于全市5%的
1.93个百分点" (a figure, then the one it is compared with, then the gap).
"""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from checker.claims.model import Claim
from checker.relations.model import Change
from checker.relations.scope import is_count

_VERB = r"(?:增加|增长|提高|提升|上升|扩大|下降|减少|降低|缩小|增|降)"
_FROM = re.compile(r"(?:由|从)$")
_TO = re.compile(rf"^(?:{_VERB}|的)*(?:到|至)$")
_BY = re.compile(rf"^[，,]?(?:同比)?{_VERB}了?$")
_COMPARED = re.compile(r"^[，,](?:高于|低于|超过|超出)[^，,；;。]{0,16}$")
_GAP = re.compile(r"^的?$")


def _between(text: str, a: Claim, b: Claim) -> str:
    return text[a.end:b.start]


def _kind_fits(base: Claim, current: Claim, stated: Claim) -> bool:
    """Both ends are the same kind of figure, and the change is a percent, points or the same unit."""
    if not base.value or current.value is None or stated.value is None or base.unit != current.unit:
        return False
    if base.kind == "percent":
        return stated.kind == "points"
    return is_count(base) and (stated.kind == "percent" or stated.unit == base.unit)


def find_changes(text: str, claims: Sequence[Claim]) -> Iterator[Change]:
    """Changes among the claims of one paragraph (in text order)."""
    for a, b, c in zip(claims, claims[1:], claims[2:]):
        if (_FROM.search(text, max(0, a.start - 1), a.start) and _TO.match(_between(text, a, b))
                and _BY.match(_between(text, b, c)) and _kind_fits(a, b, c)):
            yield Change(a, b, c)
        elif (a.kind == "percent" and _COMPARED.match(_between(text, a, b))
                and _GAP.match(_between(text, b, c)) and _kind_fits(b, a, c)):
            yield Change(b, a, c)
