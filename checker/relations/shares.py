"""Shares: a percentage of a whole whose figure is in the text. (Percentages of one whole side by
side, "城镇学生占59%，农村学生占41%", are statements: ``checker.statements``.)

A share's whole is found one of three ways:

- its figure is in the 占…的 clause: "占全市总分A+3735人的13.73%";
- the clause names it and an earlier figure's subject says the same: "完成手术12460台次，其中四级
  手术4460台次，占手术总量的35.8%" (or "（占手术总量的35.8%）" right after the part) — only when
  exactly one figure, in the sentence or the one before, is so named (a figure with its own share of
  that whole right after it is a part beside this one, and the whole is looked for before the
  first such part: "收入17056万元。…税收收入15348万元，占收入的89.99%；非税收入1708万元，占收入的10.01%";
  男性人口…，占总人口的52.1%；女性人口…，占总人口的47.9%);
- 占比 or 占 right after a 其中 part, which is a share of the 其中 total: "办理结婚登记2356对，其中
  跨省通办412对，占比17.5%" (or "（占比17.5%）", "，占17.5%") — unless the total has a share of its
  own ("60岁及以上人口68685人，占14.79%，其中65岁及以上人口50174人，占10.80%": of one larger whole).

Shares after 分别占…的 are of the figures right before 分别, one each, in order, and of the one
earlier figure its clause names: "总人口86.92万人，…男性人口45.01万人，女性人口41.91万人，分别占总人口的
51.8%和48.2%".

And how much of a target stated in its clause a figure is: "到位资金52.3亿元，完成年度目标45亿元的
116.2%" (``targets`` of rules/part-rates.toml name the target).
"""

from __future__ import annotations

import re
from itertools import takewhile
from typing import Iterator, Sequence

from checker.claims.model import Claim
from checker.claims.subject import subject_of
from checker.relations.model import Share
from checker.relations.scope import SENTENCE_END, SHARE_OF, is_count

# "占" opening the clause that ends with the share: 占全市总分A+3735人的13.73%, 占固定资产投资的
# 比重为58.2%, 占常住人口比重63.96%; ``whole`` is what the clause says the share is of. A space a PDF or a page left
# before the figure (占总投资的 32.1%) changes nothing.
_OF_WHOLE = re.compile(r"占(?P<whole>[^，,；;。：:！？、]{0,24}?)"
                       r"(?P<of>的(?:比重|比例)?(?:为|是|达|达到)?|(?:比重|比例)(?:为|是|达|达到)?)?[ \t]*$")
_OF_WHOLE_LONGEST = 30
# 完成 opening the clause of a share of a target: 完成年度目标45亿元的116.2%, 为全年任务5000人的…
_OF_TARGET = re.compile(r"(?:完成|达到|为)(?P<whole>[^，,；;。：:！？、]{0,24}?)(?P<of>的)$")
# A figure right after these words is a change, never the part a share is of: "比去年多198人".
_CHANGE_BEFORE = re.compile(r"(?:多|少|增加|减少|增长|下降)了?$")
# 占比, or 占 alone, right after the figure it is the share of: 412对，占比17.5%; 412对（占比17.5%）;
# 小学86所，占68.8%.
_SHARE_OF_PART = re.compile(rf"[，,（(]?(?:{SHARE_OF.pattern}|占(?:为|达|达到)?$)")
# 分别占 opening the clause of the shares of the figures before it: 分别占总人口的51.8%和48.2%.
_RESPECTIVE_OF = re.compile(r"[，,]?分别占(?P<whole>[^，,；;。：:！？、]{1,24}?)的(?:比重|比例)?(?:为|是|达)?[ \t]*$")
# What stands between two shares of one 分别 list: 51.8%和48.2%, 12.1%、30.5%.
_NEXT_SHARE = re.compile(r"[和、与及]|[，,]")
# A share right after a figure, of whatever whole: 68685人，占14.79%.
_OWN_SHARE = re.compile(r"[，,（(]?占")
# A share right after a figure of a whole it names: 278098人，占总人口的52.1%.
_OWN_OF = re.compile(r"[，,（(]?占(?P<whole>[^，,；;。：:！？、]{0,24}?)的")
# What may stand between a part and the 占 of its share: 75.11亿元，占总投资的32.1%; 75.11亿元（占
# 总投资的32.1%）.
_BEFORE_OF = "，,（("
# The clause of a 其中 part, up to the part: 其中“跨省通办”412对, 其中三级手术4120台、四级手术1386台.
_QIZHONG_CLAUSE = re.compile(r"其中[，,：:]?[^，,；;。：:！？!?]*$")
_QIZHONG_LONGEST = 40
# What names a scope rather than a quantity (全省, 本市, 我县), and the words that say a whole is
# a total (手术总量, 总投资, 全部投资): the figure a whole names need not repeat them.
_SCOPE = re.compile(r"^[全本我][省市县区镇乡国]")
_TOTAL = re.compile(r"^(?:总|全部)|总(?:量|数|额)|总$")
# A figure compared with: "比上年的57.41万人次" is the base of a change, not a part or a whole.
_COMPARED_WITH = re.compile(r"[，,]?(?<![占同环])[比较](?:上年|去年)?(?:同期|末)?的?$")


def is_share(text: str, claim: Claim, targets: Sequence[str]) -> bool:
    """Whether a percentage is a share of a whole that it cannot exceed: "占全省的12%", "占比12%"
    — not of a target (占全年目标任务的111.2%: how much of a plan was done)."""
    of = _OF_WHOLE.search(text, max(0, claim.start - _OF_WHOLE_LONGEST), claim.start)
    if of:
        return not _of_a_target(of, targets)
    return bool(SHARE_OF.search(text, max(0, claim.start - 4), claim.start))


def _of_a_target(of: re.Match, targets: Sequence[str]) -> bool:
    return any(word in of["whole"] for word in targets)


def _may_take_part(text: str, claim: Claim, unit: str | None) -> bool:
    """A count of ``unit`` that is not a change or the base of one ("比上年的57.41万人次")."""
    return (is_count(claim) and claim.unit == unit and not _COMPARED_WITH.search(text, max(0, claim.start - 8), claim.start)
            and not _CHANGE_BEFORE.search(text, max(0, claim.start - 3), claim.start))


def _parts(text: str, before: Sequence[Claim], unit: str | None, start: int, end: int) -> tuple[Claim, ...]:
    """The claims of ``unit`` from ``start`` to ``end`` and in the sentence ``end`` is in, nearest
    first: each may be the part a share is of."""
    return tuple(c for c in reversed(before)
                 if c.start >= start and c.end <= end and _may_take_part(text, c, unit)
                 and not SENTENCE_END.search(text, c.end, end))


def _qizhong_of(text: str, claim: Claim) -> re.Match | None:
    """The 其中 clause the claim is a part in, if any."""
    return _QIZHONG_CLAUSE.search(text, max(0, claim.start - _QIZHONG_LONGEST), claim.start)


def _is_named(text: str, claim: Claim, name: str) -> bool:
    """Whether a figure's subject (全年完成手术) names the whole a share is of (手术总量): it holds
    the name's scope, if any, and the rest of the name without the words that say "total". A
    其中 figure is a part, never the whole."""
    subject = subject_of(text, claim)
    scope = _SCOPE.match(name)
    rest = _TOTAL.sub("", name[scope.end():] if scope else name)
    return (len(rest) >= 2 and rest in subject and (not scope or scope.group() in subject)
            and not _qizhong_of(text, claim))


def _stated_whole(text: str, before: Sequence[Claim], share: Claim, of: re.Match) -> Share | None:
    """占全市新招教师800人的20%: the last figure in the 占…的 clause is the whole."""
    wholes = [c for c in before if c.start >= of.start() and is_count(c)]
    if not wholes:
        return None
    whole = wholes[-1]
    parts = _parts(text, before, whole.unit, 0, of.start())
    return Share(share, whole, parts) if parts else None


def _named_whole(text: str, before: Sequence[Claim], share: Claim, of: re.Match) -> Share | None:
    """占手术总量的35.8%: the whole is the one earlier figure, at least the part, whose subject
    names it; the part is the figure nearest before 占, and 占 opens its clause (in "民间投资占
    固定资产投资的40%" the part is 民间投资, which has no figure)."""
    if not of["of"] or any(is_count(c) for c in takewhile(lambda c: c.start >= of.start(), reversed(before))):
        return None
    part = next((c for c in reversed(before) if c.end <= of.start() and _may_take_part(text, c, c.unit)), None)
    if part is None or SENTENCE_END.search(text, part.end, of.start()):
        return None
    if of.start() != part.end and text[of.start() - 1] not in _BEFORE_OF:
        return None
    first = part
    while True:
        limit = _sentence_before(text, first.start)
        named = [c for c in before
                 if limit <= c.start < part.start
                 and _may_take_part(text, c, part.unit) and c.value >= part.value and _is_named(text, c, of["whole"])]
        siblings = [c for c in named if _share_of_same(text, c, of["whole"])]
        wholes = [c for c in named if c not in siblings]
        if wholes or not siblings or siblings[0].start >= first.start:
            break
        first = siblings[0]  # the whole is before the parts that share it: look before the first
    if len(wholes) != 1:
        return None
    return Share(share, wholes[0], _parts(text, before, part.unit, wholes[0].end, of.start()))


def _share_of_same(text: str, claim: Claim, whole: str) -> bool:
    """The figure has a share of its own of the same whole: "男性人口为278098人，占总人口的52.1%；
    女性人口为255354人，占总人口的47.9%" — a part beside the next one, never its whole."""
    own = _OWN_OF.match(text, claim.end)
    return bool(own) and own["whole"] == whole


# The figures before a share searched for its part and whole: the nearest (a paragraph of hundreds
# of figures costs no more per share than a short one).
CANDIDATES = 40
# How far back the sentence before a part is looked for: a paragraph with no sentence end costs
# no more per share than a short one.
_SENTENCE_REACH = 600


def _sentence_before(text: str, offset: int) -> int:
    """Where the sentence before the one at ``offset`` starts (at most _SENTENCE_REACH back)."""
    start = max(0, offset - _SENTENCE_REACH)
    ends = [m.end() for m in SENTENCE_END.finditer(text, start, offset)]
    return ends[-2] if len(ends) >= 2 else start


def _qizhong_whole(text: str, before: Sequence[Claim], share: Claim) -> Share | None:
    """其中跨省通办412对，占比17.5%: the whole is the figure of the part's unit nearest before 其中 —
    unless that figure has a share of its own, which the part's share is then of too."""
    part = before[-1] if before else None
    if part is None or not _SHARE_OF_PART.fullmatch(text[part.end:share.start]):
        return None
    qizhong = _qizhong_of(text, part) if _may_take_part(text, part, part.unit) else None
    wholes = _parts(text, before, part.unit, 0, qizhong.start()) if qizhong else ()
    if not wholes or _OWN_SHARE.match(text, wholes[0].end):
        return None  # 60岁及以上68685人，占14.79%，其中65岁及以上50174人，占10.80%: both of one larger whole
    return Share(share, wholes[0], (part,))


def _share(text: str, before: Sequence[Claim], share: Claim, targets: Sequence[str]) -> Share | None:
    """The share a percentage states, with the claims before it in its paragraph."""
    of = _OF_WHOLE.search(text, max(0, share.start - _OF_WHOLE_LONGEST), share.start)
    found = of and (_stated_whole(text, before, share, of) or _named_whole(text, before, share, of))
    return found or _qizhong_whole(text, before, share) or _share_of_target(text, before, share, targets)


def _share_of_target(text: str, before: Sequence[Claim], share: Claim, targets: Sequence[str]) -> Share | None:
    """完成年度目标45亿元的116.2%: how much of a target stated in the clause the figure before it is."""
    of = _OF_TARGET.search(text, max(0, share.start - _OF_WHOLE_LONGEST), share.start)
    return _stated_whole(text, before, share, of) if of and _of_a_target(of, targets) else None


def _respective_shares(text: str, claims: Sequence[Claim], i: int) -> list[Share]:
    """男性人口45.01万人，女性人口41.91万人，分别占总人口的51.8%和48.2%: the shares after 分别占…的,
    one for each of as many figures of one unit right before 分别, in order; the whole is the one
    earlier figure, at least each part, whose subject names it (总人口86.92万人)."""
    of = _RESPECTIVE_OF.search(text, max(0, claims[i].start - _OF_WHOLE_LONGEST), claims[i].start)
    if not of:
        return []
    shares = [claims[i]]
    for claim in claims[i + 1:]:
        if claim.kind != "percent" or claim.value is None or not _NEXT_SHARE.fullmatch(text, shares[-1].end, claim.start):
            break
        shares.append(claim)
    before = claims[max(0, i - CANDIDATES):i]
    parts = list(takewhile(lambda c: c.end <= of.start(), reversed(before)))[:len(shares)][::-1]
    if (len(shares) < 2 or len(parts) != len(shares) or any(p.unit != parts[0].unit or not _may_take_part(text, p, p.unit)
                                                            for p in parts)
            or SENTENCE_END.search(text, parts[0].start, of.start())):
        return []
    limit = _sentence_before(text, parts[0].start)
    wholes = [c for c in before if limit <= c.start < parts[0].start and _may_take_part(text, c, parts[0].unit)
              and c.value >= max(p.value for p in parts) and _is_named(text, c, of["whole"])]
    if len(wholes) != 1 or not wholes[0].value:
        return []
    return [Share(share, wholes[0], (part,)) for share, part in zip(shares, parts)]


def find_shares(text: str, claims: Sequence[Claim], targets: Sequence[str] = ()) -> Iterator[Share]:
    """Shares among the claims of one paragraph (in text order) whose whole is a claim; a whole
    of 0 (投入资金0万元，其中…占比10%) has no shares, as a rate has no denominator of 0. (A share of
    a target, 占五年计划投资60亿元的35%, is checked as any share; only its bound differs: A206.)"""
    respective: set[Claim] = set()
    for i, claim in enumerate(claims):
        if claim in respective or claim.kind != "percent" or claim.value is None:
            continue
        if found := _respective_shares(text, claims, i):
            respective.update(r.share for r in found)
            yield from found
            continue
        before = claims[max(0, i - CANDIDATES):i]
        if share := _share(text, before, claim, targets):
            if share.whole.value:
                yield share
