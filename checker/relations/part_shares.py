"""Shares named by a part of a breakdown stated before them: "收入4.92亿元。其中：税收收入4.50亿元，
…，税收占比91.4%；非税收入0.42亿元，…，非税占比8.6%" or, after the list, "农业产值占比60.2%".

The share's name is the words before 占比 / 比重 in its clause; it names a part when the part's
own name (the words before its figure) begins with it (税收 → 税收收入) and no other part's does.
The whole is the breakdown's total, the first candidate total its parts fit. A share the same
breakdown's parts do not name (全市占比, 工业占比 with no 工业 part) is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, Sequence

from checker.relations.model import Breakdown, Share
from checker.relations.scope import clause_before, without_verbs

if TYPE_CHECKING:
    from checker.document import Document

_SHORTEST_NAME = 2


def find_part_shares(doc: "Document", breakdowns: Sequence[Breakdown]) -> Iterator[Share]:
    """Shares of the parts of ``breakdowns`` stated after them in the same paragraph."""
    from checker.relations.verdicts import parts_fit  # verdicts reads the relations of this package

    share_words = tuple(sorted(doc.data.cues.get("SHARE", ()), key=len, reverse=True))
    verbs = tuple(sorted(doc.data.cues.get("IS", ()), key=len, reverse=True))
    openers = doc.data.cues.get("QIZHONG", ())
    percents = [c for c in doc.claims if c.kind == "percent" and c.value is not None and not c.approx]
    for b in breakdowns:
        total = next((t for t in b.totals if parts_fit(t, b.parts, exhaustive=False)), None)
        if total is None or len(b.parts) < 2:
            continue
        names = [_unmarked(without_verbs(clause_before(doc.text, p), verbs), openers) for p in b.parts]
        paragraph = doc.paragraph_at(b.parts[0].start)
        for share in percents:
            if share.start < b.parts[0].end or doc.paragraph_at(share.start) != paragraph:
                continue
            name = _share_name(clause_before(doc.text, share), share_words, verbs)
            named = [p for p, n in zip(b.parts, names) if name and n.startswith(name)]
            if len(named) == 1:
                yield Share(share, total, (named[0],))


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
