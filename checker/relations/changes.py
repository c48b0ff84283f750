"""Changes whose both ends are in the text, read from three figures in a row:

- from-to, then the change: "由120所增加到150所，增长25%", "由上年的21460元增加到23180元，增长9.6%";
- a figure, the one it is compared with, then the change: "62.35万人次，比上年的57.41万人次增长
  8.6%", "A+率为6.93%，高于全市5%的1.93个百分点";
- a figure, its change, then last year's figure in parentheses: "18.62亿元，同比增长9.3%（上年为
  17.04亿元）".

A change at comparable prices (按可比价格计算) is a change in real terms, which figures at current
prices do not give: its sentence is left alone.
"""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from checker.claims.model import Claim
from checker.relations.model import Change
from checker.relations.scope import SENTENCE_END, is_count

_VERB = r"(?:增加|增长|提高|提升|上升|扩大|下降|减少|降低|缩小|增|降)"
# The year before, which a base figure may be introduced by: 上年, 去年末, 上年同期.
_LAST_YEAR = r"(?:上年|去年)(?:同期|末)?"
_FROM = re.compile(rf"(?:由|从)(?:{_LAST_YEAR}|年初)?的?$")
_TO = re.compile(rf"(?:{_VERB}|的)*(?:到|至)")
_BY = re.compile(rf"[，,]?(?:同比|[比较]{_LAST_YEAR})?{_VERB}了?")
# Not 占比, 同比, 环比: "占比35%" is a share, not a figure compared with.
_THAN = re.compile(rf"[，,]?(?<![占同环])[比较](?:{_LAST_YEAR})?的?$")
_LAST_YEAR_WAS = re.compile(rf"[（(](?:{_LAST_YEAR}|(?:19|20)\d\d年)(?:为|是)?")  # （上年为, （2022年为
_COMPARED = re.compile(r"[，,](?:高于|低于|超过|超出)[^，,；;。]{0,16}")
_GAP = re.compile(r"的?")
_COMPARABLE = re.compile(r"可比")
_SENTENCE_OR_PARAGRAPH_END = re.compile(rf"{SENTENCE_END.pattern}|\n")
_SENTENCE_LONGEST = 80


def is_base(text: str, claim: Claim) -> bool:
    """A figure another is compared with ("比上年的57.41万人次"): the base of a change, never a
    part or a whole of something else in its sentence."""
    return bool(_THAN.search(text, max(0, claim.start - 8), claim.start))


def _kind_fits(change: Change) -> bool:
    """Both ends are the same kind of figure, and the change is a percent, points or the same unit."""
    base, current, stated = change.base, change.current, change.stated
    if not base.value or current.value is None or stated.value is None or base.unit != current.unit:
        return False
    if base.kind == "percent":
        return stated.kind == "points"
    return is_count(base) and (stated.kind == "percent" or stated.unit == base.unit)


def _change(text: str, a: Claim, b: Claim, c: Claim) -> Change | None:
    """The change three figures in a row state, if they state one."""
    ab, bc = text[a.end:b.start], text[b.end:c.start]
    if _FROM.search(text, max(0, a.start - 8), a.start) and _TO.fullmatch(ab) and _BY.fullmatch(bc):
        return Change(a, b, c)
    if _THAN.fullmatch(ab) and _BY.fullmatch(bc):
        return Change(b, a, c)
    if _BY.fullmatch(ab) and _LAST_YEAR_WAS.fullmatch(bc):
        return Change(c, a, b)
    if a.kind == "percent" and _COMPARED.fullmatch(ab) and _GAP.fullmatch(bc):
        return Change(b, a, c)
    return None


def _in_real_terms(text: str, start: int, end: int) -> bool:
    """The sentence around ``text[start:end]`` says its changes are at comparable prices."""
    head = _SENTENCE_OR_PARAGRAPH_END.split(text[max(0, start - _SENTENCE_LONGEST):start])[-1]
    tail = _SENTENCE_OR_PARAGRAPH_END.split(text[end:end + _SENTENCE_LONGEST])[0]
    return bool(_COMPARABLE.search(head + text[start:end] + tail))


def find_changes(text: str, claims: Sequence[Claim]) -> Iterator[Change]:
    """Changes among the claims of one paragraph (in text order). A date is never an end, and
    may stand between them: "下降2.8%（2022年为3.61亿吨）"."""
    claims = [c for c in claims if c.kind != "date"]
    for a, b, c in zip(claims, claims[1:], claims[2:]):
        change = _change(text, a, b, c)
        if change and _kind_fits(change) and not _in_real_terms(text, a.start, c.end):
            yield change
