"""Repeats: one quantity of one subject stated twice, "在校学生总数3.2万人 … 在校学生总数3.5万人"
or "…建设项目，投资500万元 … 该项目投资300万元".

Reports state many figures under the same words for different periods (last year's output,
five-year totals, this year's target), so a repeat is only recognised where the words leave no
room for that:
- the subject is a stock, not a flow (总数, 人数, 总投资, 常住人口, 共有: see ``_STOCK``),
  both mentions are in the same top-level section (一、…), and neither clause names a time, a
  comparison or a plan (去年, 目标, 确保, 增加 …) nor its sentence a year;
- or the second mention points back (该项目投资, 此次培训人数) at a figure under the same words
  in its own or the previous paragraph, whose sentence names what it points at.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from checker.claims.model import Claim
from checker.claims.subject import subject_of
from checker.relations.model import Repeat
from checker.relations.scope import is_count

if TYPE_CHECKING:
    from checker.document import Document

_STOCK = re.compile(r"总|人数|人口|在校生|在园|户数|面积|规模|存量|余额|里程|床位数|共有|现有|拥有")
_NOT_THE_SAME_TIME = re.compile(
    r"年|月|同期|目标|计划|预计|预期|确保|力争|争取|新增|原|由|从|到|至|比|增|减|提高|下降|降低|超过|突破"
)
_ANAPHOR = re.compile(r"^(?:该|此|上述|这)(?:次|项|个|些|批|期|届)?")


def find_repeats(doc: "Document") -> list[Repeat]:
    mentions = [(c, subject_of(doc.text, c)) for c in doc.claims if is_count(c) and not c.approx]
    return _stock_repeats(doc, mentions) + _anaphoric_repeats(doc, mentions)


def _section_starts(doc: "Document") -> list[int]:
    return [h.start for h in doc.headings if h.style == "cn"]


def _sentences_with_a_year(doc: "Document") -> set[int]:
    """The sentences that name a year (2023年，全县…): their figures may be of another time."""
    return {doc.sentence_at(c.start) for c in doc.claims if c.kind == "date" and c.date and c.date[0] is not None}


def _stock_repeats(doc: "Document", mentions) -> list[Repeat]:
    sections = _section_starts(doc)
    dated = _sentences_with_a_year(doc)
    first: dict[tuple, Claim] = {}
    found = []
    for claim, subject in mentions:
        # the words name no time, comparison or plan that could set the figure apart
        if (len(subject) < 3 or not _STOCK.search(subject) or _NOT_THE_SAME_TIME.search(subject)
                or doc.sentence_at(claim.start) in dated):
            continue
        key = (subject, claim.unit, bisect_right(sections, claim.start))
        earlier = first.setdefault(key, claim)
        if earlier is not claim:
            found.append(Repeat(subject, earlier, claim))
    return found


def _anaphoric_repeats(doc: "Document", mentions) -> list[Repeat]:
    found = []
    for i, (claim, subject) in enumerate(mentions):
        if not (m := _ANAPHOR.match(subject)):
            continue
        rest = subject[m.end():]
        paragraph = doc.paragraph_at(claim.start)
        for earlier, words in reversed(mentions[:i]):
            if doc.paragraph_at(earlier.start) < paragraph - 1:
                break
            referent = rest[:len(rest) - len(words)]
            sentence = doc.sentences[doc.sentence_at(earlier.start)]
            if (len(words) >= 2 and rest.endswith(words) and earlier.unit == claim.unit
                    and referent in doc.text[sentence.start:earlier.start]):
                found.append(Repeat(words, earlier, claim))
                break
    return found
