"""Repeats: one quantity of one subject stated twice, "在校学生总数3.2万人 … 在校学生总数3.5万人"
or "…建设项目，投资500万元 … 该项目投资300万元".

Two kinds are recognised:
- two levels (not changes, bases or bounds) whose subjects are the same quantity
  (``checker.subjects.same_quantity``: noun, unit, scope, qualifiers, region and time agree),
  anywhere in the document; the figures of the sentence a from-to or a comparison reads are
  compared only when the subject names its time;
- a mention that points back (该项目投资, 此次培训人数) at a figure under the same words in its
  own or the previous paragraph, whose sentence names what it points at.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from checker.claims.model import Claim
from checker.claims.subject import subject_of
from checker.relations.model import Repeat
from checker.relations.scope import is_count
from checker.subjects import SubjectReader

if TYPE_CHECKING:
    from checker.document import Document

_ANAPHOR = re.compile(r"^(?:该|此|上述|这)(?:次|项|个|些|批|期|届)?")


def find_repeats(doc: "Document") -> list[Repeat]:
    """The repeats of ``doc``, its subjects read with the document's subject words."""
    counts = [c for c in doc.claims if is_count(c) and not c.approx and c.unit]
    return _same_subject(doc, counts, SubjectReader(doc, doc.data.subjects)) + _anaphoric_repeats(doc, counts)


def _same_subject(doc: "Document", counts: list[Claim], reader: SubjectReader) -> list[Repeat]:
    """Each level whose subject is that of an earlier level, with the first of them; grouping by
    ``Subject.key`` is ``same_quantity`` on every pair."""
    first: dict[tuple, Claim] = {}
    found = []
    for claim in counts:
        if not reader.is_level(claim):
            continue
        subject = reader.subject(claim)
        if not (subject.noun or subject.scope):
            continue
        earlier = first.setdefault(subject.key, claim)
        if earlier is not claim:
            found.append(Repeat(subject.words or subject.scope, earlier, claim, subject.stock))
    return found


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
