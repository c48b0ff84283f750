"""Repeats: one quantity of one subject stated twice, "在校学生总数3.2万人 … 在校学生总数3.5万人"
or "…建设项目，投资500万元 … 该项目投资300万元".

Two kinds are recognised:
- two levels (not changes, bases or bounds) whose subjects are the same quantity
  (``checker.subjects.same_quantity``: noun, unit, scope, qualifiers, region and time agree),
  anywhere in the document; the figures of the sentence a from-to or a comparison reads are
  compared only when the subject names its time;
- a mention that points back (该项目投资, 此次培训人数) at a figure under the same words in its
  own or the previous paragraph, whose sentence names what it points at.

And one figure with its change stated twice under two named periods (Retimed: 一季度 … 上半年,
19.6亿元，增长6.3% both times), where a period word was not updated.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from checker.claims.model import Claim
from checker.claims.subject import subject_of
from checker.relations.model import Repeat, Retimed
from checker.relations.scope import is_count
from checker.subjects import Subject, SubjectReader

if TYPE_CHECKING:
    from checker.document import Document

_ANAPHOR = re.compile(r"^(?:该|此|上述|这)(?:次|项|个|些|批|期|届)?")
# Digits a figure needs before two periods' equal figures are no coincidence (19.6亿元, not 5所).
_LEAST_DIGITS = 3
# Between a level and its change, the percentage right after it: ，增长6.3%
_CHANGE_GAP = 8


def find_repeats(doc: "Document") -> list[Repeat | Retimed]:
    """The repeats of ``doc``, its subjects read with the document's subject words."""
    counts = [c for c in doc.claims if is_count(c) and not c.approx and c.unit]
    reader = SubjectReader(doc, doc.data.subjects)
    levels = [(claim, reader.subject(claim)) for claim in counts if reader.is_level(claim)]
    return [*_same_subject(doc.text, levels), *_anaphoric_repeats(doc, counts), *_retimed(doc, levels, reader)]


def _retimed(doc: "Document", levels: list[tuple[Claim, Subject]], reader: SubjectReader) -> list[Retimed]:
    """Figures stated with their change under two named periods, identical to the decimal."""
    percents = sorted((c for c in doc.claims if c.kind == "percent"), key=lambda c: c.start)
    starts = [c.start for c in percents]
    first: dict[tuple, tuple[Claim, str, Claim]] = {}
    found = []
    own = None
    for claim, subject in levels:
        k = bisect_left(starts, claim.end)
        change = percents[k] if k < len(percents) and percents[k].start <= claim.end + _CHANGE_GAP else None
        if not subject.time or subject.stock or not (subject.noun or subject.scope) or change is None:
            continue
        key = subject.key[:5] + subject.key[6:]  # all but the time
        earlier = first.setdefault(key, (claim, subject.time, change))
        e_claim, e_time, e_change = earlier
        if e_claim is not claim and e_time != subject.time and e_claim.text == claim.text \
                and e_change.text == change.text and claim.significant_digits >= _LEAST_DIGITS:
            own = reader.opening_period() if own is None else own
            first_word, again_word = _written(doc.text, e_time, e_claim), _written(doc.text, subject.time, claim)
            slip = first_word if subject.time == own else again_word
            found.append(Retimed(subject.words or subject.scope, e_claim, claim, change,
                                 doc.text[first_word[0]:first_word[1]],
                                 doc.text[again_word[0]:again_word[1]], slip))
    return found


def _written(text: str, time: str, claim: Claim) -> tuple[int, int]:
    """Where the period ``time`` (a subject's time: 上半 of 上半年) is written last before
    ``claim``, with the 年 or 度 that ends it; the claim's own span when it is not found."""
    at = text.rfind(time, 0, claim.start)
    if at < 0:
        return claim.start, claim.end
    end = at + len(time)
    while end < claim.start and text[end] in "年度":
        end += 1
    return at, end


def _same_subject(text: str, levels: list[tuple[Claim, Subject]]) -> list[Repeat]:
    """Each level whose subject is that of an earlier level, with the first of them; grouping by
    ``Subject.key`` is ``same_quantity`` on every pair. Two of one sentence's ；-items are not
    compared: the items list things of one kind, each its own (其中，黑龙江…粮食增产42.7亿斤；新疆…，
    粮食增产42.2亿斤), and a sentence does not state one figure twice."""
    first: dict[tuple, Claim] = {}
    found = []
    for claim, subject in levels:
        if not (subject.noun or subject.scope):
            continue
        earlier = first.setdefault(subject.key, claim)
        if earlier is not claim and not _items_of_one_sentence(text, earlier, claim):
            found.append(Repeat(subject.words or subject.scope, earlier, claim, subject.stock))
    return found


_ITEM_SEPARATOR = re.compile("[；;]")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _items_of_one_sentence(text: str, a: Claim, b: Claim) -> bool:
    """Whether two figures stand in two ；-items of one sentence."""
    between = text[a.end:b.start]
    return bool(_ITEM_SEPARATOR.search(between)) and not _SENTENCE_END.search(between)


def _anaphoric_repeats(doc: "Document", counts: list[Claim]) -> list[Repeat]:
    mentions = [(c, subject_of(doc.text, c)) for c in counts]
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
