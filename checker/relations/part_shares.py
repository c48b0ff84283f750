"""Shares whose part and whole are stated in other clauses than the share.

- Named by a part of a breakdown stated before them: "收入4.92亿元。其中：税收收入4.50亿元，…，
  税收占比91.4%；非税收入0.42亿元，…，非税占比8.6%" or, after the list, "农业产值占比60.2%".
  The share's name is the words before 占比 / 比重 in its clause; it names a part when the part's
  own name (the words before its figure) begins with it (税收 → 税收收入) and no other part's
  does. The whole is the breakdown's total, the first candidate total its parts fit. A share the
  breakdown's parts do not name (全市占比, 工业占比 with no 工业 part) is left alone.
- Of a count whose whole is not stated at all: "已建立…学校21所，占比达91.17%" (ShareOfCount).
- Of the whole of the part's kind: "全省共有幼儿园6973所 … 普惠性幼儿园4747所，比上年增加510
  所，占总数的68.08%". The part is the nearest figure before the share in its sentence that is
  no change; the whole, the nearest figure of its unit before that (in the paragraph or the few
  before it) whose name is what is left of the part's name without a qualifier in front
  (幼儿园 of 普惠性幼儿园, 在园幼儿 of 普惠性幼儿园在园(班)幼儿).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import takewhile
from typing import TYPE_CHECKING, Iterator, Sequence

from checker.relations.model import Breakdown, Share, ShareOfCount
from checker.relations.scope import (CLAUSE_PUNCTUATION, NAME_REACH, clause_before, is_count, names_a_change, verbs_of,
                                     without_verbs)
from checker.subjects import without_region
from checker.wordtrie import longest_first

if TYPE_CHECKING:
    from checker.document import Document

_SHORTEST_NAME = 2


def find_part_shares(doc: "Document", breakdowns: Sequence[Breakdown]) -> Iterator[Share]:
    """Shares of the parts of ``breakdowns`` stated after them in the same paragraph."""
    from checker.relations.verdicts import parts_fit  # verdicts reads the relations of this package

    share_words = tuple(longest_first(doc.data.cues.get("SHARE", ())))
    verbs = verbs_of(doc.data.cues)
    openers = doc.data.cues.get("QIZHONG", ())
    percents = sorted((c for c in doc.claims if c.kind == "percent" and c.value is not None and not c.approx),
                      key=lambda c: c.start)
    starts = [c.start for c in percents]
    for b in breakdowns:
        total = next((t for t in b.totals if parts_fit(t, b.parts, exhaustive=False)), None)
        if total is None or len(b.parts) < 2:
            continue
        names = [_unmarked(without_verbs(clause_before(doc.text, p), verbs), openers) for p in b.parts]
        paragraph = doc.paragraph_at(b.parts[0].start)
        for share in percents[bisect_left(starts, b.parts[0].end):]:
            if doc.paragraph_at(share.start) != paragraph:
                break
            name = _share_name(clause_before(doc.text, share), share_words, verbs)
            named = [p for p, n in zip(b.parts, names) if name and n.startswith(name)]
            if not named and name and all(n.endswith(name) for n in names):
                # 其次为牧业，产值占比35.4%: the part is named by the clause before
                before = _clause_ending_at(doc.text, share)
                named = [p for p, n in zip(b.parts, names) if len(n) > len(name) and before.endswith(n[:-len(name)])]
            if len(named) == 1:
                yield Share(share, total, (named[0],))


_CLAUSES = re.compile(f"[{CLAUSE_PUNCTUATION}]")


def _clause_ending_at(text: str, share) -> str:
    """The clause before the share's own: 其次为牧业 of "其次为牧业，产值占比35.4%"."""
    pieces = _CLAUSES.split(text[max(0, share.start - 2 * NAME_REACH):share.start])
    return pieces[-2] if len(pieces) >= 2 else ""


def _unmarked(name: str, openers: Sequence[str]) -> str:
    """A part's name without the 其中 that opens its list: 其中农业产值 → 农业产值."""
    return next((name[len(w):] for w in openers if name.startswith(w)), name)


def _share_name(clause: str, share_words: Sequence[str], verbs: Sequence[str]) -> str:
    """What a share's clause names before its share word: 税收 of 税收占比, 农业产值 of 农业产值
    比重为; "" when the clause does not end so or the name is too short to tell parts apart."""
    clause = without_verbs(clause, verbs)
    word = next((w for w in share_words if clause.endswith(w)), None)
    if word is None:
        return ""
    name = clause[:-len(word)].removesuffix("的")
    return name if len(name) >= _SHORTEST_NAME else ""


# How far before a share of a kind its part is looked for (figures), and its whole (paragraphs
# and characters): a long paragraph costs no more per share than a short one.
PART_REACH = 6
KIND_PARAGRAPHS = 3
KIND_REACH = 1500


def find_kind_shares(doc: "Document") -> Iterator[Share]:
    """Shares "占总数的…" of the whole of the part's own kind, stated before the part."""
    words = doc.data.subjects.whole_of_kind
    verbs = verbs_of(doc.data.cues)
    share_words = tuple(doc.data.cues.get("SHARE", ()))
    claims = sorted(doc.claims, key=lambda c: c.start)
    for i, share in enumerate(claims):
        if share.kind != "percent" or share.value is None or share.approx:
            continue
        clause = without_verbs(clause_before(doc.text, share), verbs)
        clause = next((clause[:-len(w)] for w in share_words if clause.endswith(w)), clause).removesuffix("的")
        if not any(clause == "占" + w for w in words):
            continue
        sentence = doc.sentence_at(share.start)
        before = takewhile(lambda c: doc.sentence_at(c.start) == sentence, reversed(claims[max(0, i - PART_REACH):i]))
        part = next((c for c in before if is_count(c) and not _after_change(doc, c)), None)
        if part is None or part.approx:
            continue
        name = _bare(doc, clause_before(doc.text, part), verbs)
        earlier = (claims[k] for k in range(i - 1, -1, -1))
        whole = _whole_of_kind(doc, earlier, part, name, verbs)
        if whole is not None:
            yield Share(share, whole, (part,))


def _whole_of_kind(doc, earlier, part, name, verbs):
    """The nearest earlier count (``earlier`` runs backwards) named by ``name`` less a qualifier."""
    paragraph = doc.paragraph_at(part.start)
    for c in earlier:
        if c.start >= part.start:
            continue
        if doc.paragraph_at(c.start) < paragraph - KIND_PARAGRAPHS or c.start < part.start - KIND_REACH:
            return None
        if c.unit != part.unit or not is_count(c) or c.approx or c.value <= part.value or _after_change(doc, c):
            continue
        whole = _bare(doc, clause_before(doc.text, c), verbs)
        if len(whole) >= 2 and name != whole and name.endswith(whole):
            return c
    return None


def _after_change(doc, claim) -> bool:
    return names_a_change(clause_before(doc.text, claim), doc.data.cues, doc.data.shield)


def _bare(doc, name: str, verbs) -> str:
    """A figure's name without the region and verbs before it: 幼儿园 of 全省共有幼儿园."""
    name = without_verbs(without_region(doc.data.subjects, name), verbs)
    return next((name[len(v):] for v in verbs if v and name.startswith(v)), name)


def find_shares_of_counts(doc: "Document", stated: Sequence[Share]) -> Iterator[ShareOfCount]:
    """占比 right after a count of things or people ("…21所，占比达91.17%") whose whole no Share
    found: the whole is unstated."""
    with_whole = {s.share.start for s in stated}
    verbs = verbs_of(doc.data.cues)
    share_words = tuple(doc.data.cues.get("SHARE", ()))
    claims = sorted(doc.claims, key=lambda c: c.start)
    for part, share in zip(claims, claims[1:]):
        if (share.kind != "percent" or share.value is None or share.approx or share.start in with_whole
                or part.kind != "count" or part.approx or part.value is None or part.value != int(part.value)
                or part.number_end != part.end - len(part.unit or "")):
            continue
        between = without_verbs(doc.text[part.end:share.start], verbs)
        if between[:1] in "，," and between[1:] in share_words:
            yield ShareOfCount(part, share)
