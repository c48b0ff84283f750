"""Percentages of a stated whole: "全班参考学生45人，及格率为91.2%" — a rate or share of the one
population its sentence counts — and "占全班学生45人的42.5%", whose whole is in the share's
own clause.

A whole before the percentage is linked only when nothing else could be the percentage's base:

- it is the only figure of a discrete unit (人, 所, 项 … — kind ``count``) before the
  percentage in its sentence, and the last quantity before it;
- the percentage's clause comes after the whole's, and every clause between holds a percentage
  of the same whole or a gap in 个百分点 (a run of rates of one whole: "…45人，及格率91.1%，
  优秀率20%"; not after 教职工126人，专任教师合格率100%, a rate of another group);
- neither the whole nor the percentage is a change (比去年增加45人, 及格率提高到91.2%);
- a rate's core, the two characters before 率, is not named by the whole's clause, which does
  not say 已 either (接种45人 or 已整改45处 before 接种率, 整改完成率: 45 is the numerator), and
  anything before the core names what the whole counts
  (学生及格率 after 参考学生45人; not 义务教育巩固率 after 教师45人, a rate of other people);
- a share 占比 opens its clause with 其中 and has a subject of its own (其中女生占比); without
  其中 the count is as often the part (3个乡镇被评为卫生乡镇，全县卫生乡镇占比…) or of
  something else (教师86人，工资占比…).

``named`` records whether the percentage names what the whole counts (学校达标率 after
全县学校56所, or the whole inside 占…的): a rule needs it for wholes that do not count people.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from itertools import pairwise

from checker.claims.model import Claim
from checker.claims.subject import subject_of
from checker.relations.arithmetic import rounding
from checker.relations.model import PercentOfWhole
from checker.relations.rates import rate_name
from checker.relations.scope import SENTENCE_END, SHARE_OF, is_count

_CLAUSE_END = re.compile(r"[，,；;。：:！？!?]")
_CLAUSE_START = re.compile(r".*[，,；;。：:！？!?]", re.DOTALL)
_CLAUSE_LONGEST = 48  # characters searched for a clause's ends
_INTRO = re.compile(r"^其中")
# A percentage stated to the percent: not 七成 (a tenth) or 3‰, whose precision is another one.
_PERCENT_SIGN = re.compile(r"(?:^百分之.*|[%％])$")
_NOUN = 2  # characters of the noun a whole counts (学校 in 全县学校56所) and of a rate's core (及格)


def _prefix(text: str, claim: Claim) -> str:
    """The words of a claim's clause before it."""
    return _CLAUSE_START.sub("", text[max(0, claim.start - _CLAUSE_LONGEST):claim.start])


def _clause(text: str, claim: Claim) -> str:
    """The clause a claim stands in, the claim included."""
    end = _CLAUSE_END.search(text, claim.end, claim.end + _CLAUSE_LONGEST)
    return _prefix(text, claim) + text[claim.start:end.start() if end else claim.end + _CLAUSE_LONGEST]


def _counted_nouns(text: str, whole: Claim) -> list[str]:
    """What a whole counts: the end of its subject (全县学校56所) or the words after it (56所学校)."""
    after = re.match(r"[\u4e00-\u9fff]*", text[whole.end:whole.end + _NOUN]).group()
    return [n for n in (subject_of(text, whole)[-_NOUN:], after) if len(n) == _NOUN]


def _follows(text: str, whole: Claim, percentage: Claim, run: Sequence[int]) -> bool:
    """The percentage's clause comes after the whole's, and each clause between holds one of
    ``run`` (the offsets of the percentages of this whole and of gaps in 个百分点)."""
    ends = [m.end() for m in _CLAUSE_END.finditer(text, whole.end, percentage.start)]
    return bool(ends) and all(any(a <= s < b for s in run) for a, b in pairwise(ends))


def _exact_count(text: str, claim: Claim, changes: re.Pattern) -> bool:
    """A whole number of discrete things written out in full (45人, not 4.5万人 or 约45人), and
    not a change (比去年增加45人)."""
    return (claim.kind == "count" and isinstance(claim.value, int) and claim.value > 0
            and not claim.approx and rounding(claim) == 0 and not changes.search(_prefix(text, claim)))


def _inside_share(text: str, whole: Claim, percentage: Claim) -> bool:
    """Whether the whole is the one a share names: 占全班学生45人的42.5%."""
    return text[whole.end:percentage.start] == "的" and "占" in _prefix(text, whole)


def _sentence_wholes(text: str, claims: Sequence[Claim], changes: re.Pattern) -> list[Claim | None]:
    """For each claim of a paragraph, the one count of a discrete unit in its sentence before
    it, if that is also the sentence's last quantity before it (else None).

    The sentence ends are found once and each claim's sentence start is bisected, so that a long
    line without 。 costs time in proportion to its length."""
    if not claims:
        return []
    ends = [m.start() for m in SENTENCE_END.finditer(text, claims[0].end, claims[-1].start)]
    claim_ends = [c.end for c in claims]
    found: list[Claim | None] = []
    discrete = [0]  # discrete[i]: counts of a discrete unit among claims[:i]
    last = None  # index of the last quantity so far
    for i, p in enumerate(claims):
        before = bisect_left(ends, p.start)
        # the sentence's claims are those that end after its last end mark before p
        first = bisect_right(claim_ends, ends[before - 1], 0, i) if before else 0
        whole = claims[last] if last is not None and last >= first else None
        if whole is not None and not (whole.kind == "count" and discrete[i] - discrete[first] == 1
                                      and _exact_count(text, whole, changes)):
            whole = None
        found.append(whole)
        if is_count(p):
            last = i
        discrete.append(discrete[i] + (is_count(p) and p.kind == "count"))
    return found


def _named(subject: str, nouns: Sequence[str]) -> bool:
    return any(n in subject for n in nouns)


def counts_around(r: PercentOfWhole) -> tuple[int, int]:
    """The two whole numbers of items out of the whole whose percentages enclose the stated one:
    41 and 42 of 45 for 91.2%."""
    low = min(int(r.percentage.value * r.whole.value // 100), r.whole.value - 1)
    return low, low + 1


def find_percents_of_wholes(text: str, claims: Sequence[Claim], changes: re.Pattern) -> Iterator[PercentOfWhole]:
    """Percentages of a stated whole among the claims of one paragraph (in text order);
    ``changes``: the change words (``scope.change_pattern``)."""
    run = [c.start for c in claims if c.kind == "points"]
    wholes = _sentence_wholes(text, claims, changes)
    for i, p in enumerate(claims):
        prefix = _prefix(text, p)
        if (p.kind != "percent" or p.value is None or p.approx or not _PERCENT_SIGN.search(p.text)
                or changes.search(prefix)):
            continue
        whole = wholes[i]
        if whole is not None and _inside_share(text, whole, p):
            yield PercentOfWhole("占比", p, whole, named=True)
            continue
        if whole is None or not _follows(text, whole, p, run):
            continue
        whole_clause, nouns = _clause(text, whole), _counted_nouns(text, whole)
        if name := rate_name(text, p):
            core, qualifier = name[-1 - _NOUN:-1], _INTRO.sub("", name[:-1 - _NOUN])
            # 接种45人 or 已整改45处 before 接种率, 整改完成率: the whole is the numerator;
            # 教师45人 before 义务教育巩固率: the rate is of another population.
            if core in whole_clause or "已" in whole_clause or (qualifier and not _named(qualifier, nouns)):
                continue
            named = bool(qualifier)
        elif (share := SHARE_OF.search(prefix)) and _INTRO.match(prefix):
            subject = _INTRO.sub("", prefix[:share.start()])
            if not subject or subject in whole_clause:
                continue  # 农村学校56所，其中农村学校占比…: the whole is the share's part
            named = _named(subject, nouns)
        else:
            continue
        run.append(p.start)
        yield PercentOfWhole(name or "占比", p, whole, named)
