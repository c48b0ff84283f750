"""Averages per unit: "发放低保金2860万元，惠及1.2万户，户均2383元" states 2860万元 ÷ 1.2万户.

An average is read when its sentence, before it, holds exactly one figure in the average's own
unit (the total) and exactly one in a unit of what it is per (the count): 户均 is per 户, 人均 per
人 or 名 (``per-unit`` of rules/part-rates.toml), and 平均每 is per the unit written after it
(平均每期 after 举办培训班12期). An average of a change (户均增收500元), a total or a count that is
approximate or itself a change, and a sentence with two candidates leave nothing to check.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator, Sequence

from checker.claims.model import Claim
from checker.relations.model import Average
from checker.relations.scope import SENTENCE_END, clause_before, is_count
from checker.wordtrie import longest_first

if TYPE_CHECKING:
    from checker.document import Document

# The verbs between an average's word and its figure: 户均为2383元, 平均每期达155人次.
_VERB = "(?:为|达|达到|是|约为)?"
_LONGEST_UNIT = 2  # characters of a unit after 平均每: 期, 人次


@lru_cache(maxsize=8)
def _average_word(words: tuple[str, ...]) -> re.Pattern:
    named = "|".join(map(re.escape, longest_first(words)))
    return re.compile(rf"(?:(?P<word>{named})|平均每(?P<unit>[\u4e00-\u9fff]{{1,{_LONGEST_UNIT}}})){_VERB}$"
                      if named else rf"平均每(?P<unit>[\u4e00-\u9fff]{{1,{_LONGEST_UNIT}}}){_VERB}$")


def find_averages(doc: "Document", claims: Sequence[Claim]) -> Iterator[Average]:
    """The averages among the claims of one paragraph (in text order) whose total and count are
    the only candidates of their sentence."""
    text, per_unit = doc.text, doc.data.per_unit
    pattern = _average_word(tuple(per_unit))
    changes = [w for kind in ("UP", "DOWN", "UPTO", "DOWNTO") for w in doc.data.cues.get(kind, ())]
    for i, claim in enumerate(claims):
        if not is_count(claim) or claim.approx:
            continue
        m = pattern.search(clause_before(text, claim))
        if m is None:
            continue
        units = per_unit.get(m["word"], ()) if m["word"] else (m["unit"],)
        sentence = _sentence_before(text, claims[:i], claim)
        totals = [c for c in sentence if c.unit == claim.unit]
        counts = [c for c in sentence if c.unit in units]
        if len(totals) == 1 and len(counts) == 1 and _plain(text, totals[0], changes) and _plain(text, counts[0], changes):
            yield Average(m.group().rstrip("为达到是约"), claim, totals[0], counts[0])


def _sentence_before(text: str, before: Sequence[Claim], claim: Claim) -> list[Claim]:
    """The counts of the claim's sentence before it."""
    found = []
    for c in reversed(before):
        if SENTENCE_END.search(text, c.end, claim.start):
            break
        if is_count(c):
            found.append(c)
    return found


def _plain(text: str, claim: Claim, changes: Sequence[str]) -> bool:
    """A figure stated as it is, not approximately and not as a change (比上年增加1.2万户)."""
    return not claim.approx and claim.value and not clause_before(text, claim).endswith(tuple(changes))
