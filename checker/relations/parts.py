"""Totals and parts: a parenthetical breakdown right after a total, the figures after 其中 or
after "共9所，分别为", and a list closed by its sum ("新建5所、改建4所，合计9所").

Only parts of the total's own unit count (9所 is not broken down by "新增学位2700个"), a 其中
list ends with its clause ("其中国内1100万人次、入境134万人次，…"), and a 分别为 list with its
sentence.
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
# The name of one part in a list: a few words, no verb of change or comparison.
_NAME = re.compile(r"(?![^，,]*(?:增|减|降|比|占|同比|达|为|超))[\u4e00-\u9fff“”]{1,12}")
# "职工1286人，其中卫生技术人员1104人，包括医师386人、护士582人": parts of the figure before it.
_THE_REST = re.compile(r"其他|其余|其它")
_INCLUDING = re.compile(r"[，,：:]?(?:包括|包含)[：:]?")
# A parenthetical that names only some of the items: "（其中…）", "（含…）", "（如…等）".
_PARTIAL = re.compile(r"\s*(?:其中|含|包括|包含|如|主要|重点)")
# "共9所，分别为5所、4所": 分别为 opening the clause after the total says the parts are all of
# it ("46503元和16935元分别提高到…" pairs figures instead).
_FENBIE = re.compile(r"[，,：:]分别(?:为|是|有)[：:]?")
# "…，合计9所": the figure after it sums the list before it.
_HEJI = re.compile(r"(?:合计|共计|总计|总共)(?:为|有|达)?[：:]?$")


def _paren_breakdowns(text: str, claims: Sequence[Claim]) -> Iterator[Breakdown]:
    for i, total in enumerate(claims):
        if not is_count(total) or not (m := _OPEN.match(text, total.end)):
            continue
        close = _CLOSE.search(text, m.end(), m.end() + 80)
        if not close:
            continue
        inside = [c for c in claims[i + 1:] if c.end <= close.start()]
        if len(inside) >= 2 and all(is_count(c) and c.unit == total.unit for c in inside):
            partial = _PARTIAL.match(text, m.end()) or "等" in text[m.end():close.start()]
            yield Breakdown("paren", (total,), tuple(inside), exhaustive=not partial)


def _list_end(text: str, claims: Sequence[Claim], start: int, unit: str | None) -> int:
    """Where a list of parts that opens at ``start`` ends: its clause, and each following
    clause that is only a short name, or one with the first part's last two characters, and
    one figure of the parts' unit ("其中夏粮产量72.5万吨，秋粮产量116.3万吨"; not "，同比增长5%",
    nor "，修复治理退化草原517万亩")."""
    end = _CLAUSE_END.search(text, start)
    end = end.start() if end else len(text)
    first = next((c for c in claims if start <= c.start < end), None)
    head = text[max(start, first.start - 2):first.start] if first else ""
    while text[end:end + 1] in ("，", ","):
        following = _CLAUSE_END.search(text, end + 1)
        following = following.start() if following else len(text)
        inside = [c for c in claims if end < c.start < following]
        name = text[end + 1:inside[0].start] if inside else ""
        if not (len(inside) == 1 and inside[0].unit == unit and inside[0].end == following
                and _NAME.fullmatch(name) and (len(name) <= 4 or name.endswith(head))):
            break
        end = following
    return end


def _ends_with_the_rest(text: str, parts: Sequence[Claim]) -> bool:
    """Whether the last part is "the rest" (其他合作社890家): then the parts are all of the total."""
    return len(parts) >= 2 and bool(_THE_REST.search(text, parts[-2].end, parts[-1].start))


def _qizhong_breakdowns(text: str, claims: Sequence[Claim]) -> Iterator[Breakdown]:
    for m in _QIZHONG.finditer(text, claims[0].start if claims else 0, claims[-1].end if claims else 0):
        first = next((c for c in claims if c.start >= m.end() and is_count(c)), None)
        end = _list_end(text, claims, m.end(), first.unit if first else None)
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
            yield Breakdown("qizhong", totals, parts, exhaustive=_ends_with_the_rest(text, parts))


def _including_breakdowns(text: str, claims: Sequence[Claim]) -> Iterator[Breakdown]:
    for i, total in enumerate(claims):
        if not is_count(total) or not (m := _INCLUDING.match(text, total.end)):
            continue
        end = _list_end(text, claims, m.end(), total.unit)
        parts = tuple(c for c in claims[i + 1:] if c.start < end and is_count(c) and c.unit == total.unit)
        if len(parts) >= 2:
            yield Breakdown("baokuo", (total,), parts, exhaustive=_ends_with_the_rest(text, parts))


def _fenbie_breakdowns(text: str, claims: Sequence[Claim]) -> Iterator[Breakdown]:
    for i, total in enumerate(claims):
        if not is_count(total) or not (m := _FENBIE.match(text, total.end)):
            continue
        end = SENTENCE_END.search(text, m.end())
        end = end.start() if end else len(text)
        parts = tuple(c for c in claims[i + 1:] if c.start < end and is_count(c) and c.unit == total.unit)
        if len(parts) >= 2:
            yield Breakdown("fenbie", (total,), parts, exhaustive=True)


def _heji_breakdowns(text: str, claims: Sequence[Claim]) -> Iterator[Breakdown]:
    """The list of the total's unit right before 合计, back to the start of the sentence. A rule
    must accept the sum of any tail of it: "学校120所，新建3所、改建5所，合计8所"."""
    for i, total in enumerate(claims):
        if not is_count(total) or not _HEJI.search(text, max(0, total.start - 5), total.start):
            continue
        parts: list[Claim] = []
        for c in reversed(claims[:i]):
            if SENTENCE_END.search(text, c.end, total.start):
                break
            if is_count(c) and c.unit == total.unit:
                parts.insert(0, c)
        if len(parts) >= 2:
            yield Breakdown("heji", (total,), tuple(parts), exhaustive=True)


def find_breakdowns(text: str, claims: Sequence[Claim]) -> Iterator[Breakdown]:
    """Breakdowns among the claims of one paragraph (in text order)."""
    yield from _paren_breakdowns(text, claims)
    yield from _qizhong_breakdowns(text, claims)
    yield from _including_breakdowns(text, claims)
    yield from _fenbie_breakdowns(text, claims)
    yield from _heji_breakdowns(text, claims)
