"""A share ("占…的X%") that its part and whole do not give."""

from __future__ import annotations

from bisect import bisect_left

from checker.checks.base import Message, Rule
from checker.findings import Label, Severity
from checker.relations import relations_of
from checker.relations.arithmetic import amount, fmt, half_unit, percent, rounding
from checker.relations.model import LevelShares, Share, ShareOfCount
from checker.relations.shares import is_share
from checker.relations.verdicts import confirmation, exact, fitting_part, whole_counts_missed


class A203(Rule):
    """What it finds: a share whose part and whole are both stated and do not give it —
    "招聘教师120人，占全市新招教师800人的20%" where 120 ÷ 800 = 15%. The whole is in the 占…的
    clause, or named there and stated earlier ("完成投资9.8亿元，其中工业投资6.1亿元，占固定
    资产投资的比重为58.2%"), or the total of a 其中 ("其中跨省通办412对，占比21.5%", "其中小学86所，
    占68.8%") — unless that total has a share of its own, which the part's is then of too.

    Why it matters: the share is computed from two figures the reader can see; when it does not
    follow from them, one of the three is wrong.

    The same holds for how much of a target stated in its clause a figure is: "到位资金52.3亿元，
    完成年度目标45亿元的126.2%" (52.3 ÷ 45 = 116.2%; ``targets`` of rules/part-rates.toml).

    Shares after 分别占…的 are of the figures right before it, one each, in order, and of the whole
    named in the clause (男性人口45.01万人，女性人口41.91万人，分别占总人口的51.8%和48.2% after
    总人口86.92万人).

    The part and whole may also be stated before the share's clause: a part of a 其中 list that
    names the share (税收收入4.50亿元，…，税收占比91.4%), or whose name the clause before gives
    (其次为牧业，产值占比35.4%); a whole of the part's own kind for 占总数的 (全省共有幼儿园6973所 …
    普惠性幼儿园4747所，占总数的68.08%).

    Tolerance: as for rates, half a unit of the share's last stated digit, widened by 约/余/近,
    plus the rounding of the part and the whole (4.50亿 ÷ 4.92亿 may be 91.4%); approximate parts
    or wholes are not checked. When the sentence has several figures of the
    whole's unit before 占, the share is right if any of them gives it; if none does, the finding
    is only information, since the sentence does not say which figure the share is of.

    Which figure is wrong: when the part also gives a correct rate elsewhere, the count is
    confirmed and the help says the share is the suspect and what it should be.

    Counts of an unstated whole: 占比 right after a count of things or people whose whole the
    report does not state ("已建立…学校21所，占比达91.17%") is checked against every whole number:
    21 is 91.30% of 23 and 87.50% of 24, so no number of schools gives 91.17% (a warning: the
    share may be of another quantity the sentence does not name).

    Structures: the parts of a structure or of a run of shares named by a group of words that
    splits a whole (三次产业结构为25.72:26.85:47.44; 第一产业增加值比重为…) are checked against
    the levels stated before them for each word (第一/二/三产业增加值 …): each share must be its
    level ÷ the sum of the levels, within the rounding of the share and of the levels.

    Options: none.
    """

    code = "A203"
    name = "share-mismatch"
    category = "arithmetic"
    severity = Severity.ERROR
    title = Message("占比与其分项和合计不符", "share does not match its part and whole")
    messages = {
        **dict.fromkeys(("default", "share_suspect"), Message(
            "占比{stated}与{part} ÷ {whole} = {computed}%不符",
            "share {stated} does not match {part} ÷ {whole} = {computed}%",
        )),
        "whole_number": Message(
            "占比{stated}不是{part}与任何整数之比",
            "no whole number has {part} as {stated} of it",
        ),
        "structure": Message(
            "{name}的比重{stated}与{part} ÷ 各部分之和{whole} = {computed}%不符",
            "the share {stated} of {name} does not match {part} ÷ the sum of the parts {whole} = {computed}%",
        ),
    }
    help = {
        "default": Message(
            "核对占比；若合计无误，{stated}需要分项约为{needed}",
            "check the share; with this whole, {stated} would need a part of about {needed}",
        ),
        "share_suspect": Message(
            "{part}另由{confirmed}印证，有误的多半是{stated}：应为{computed}%（{stated}需要分项约为{needed}）",
            "{part} is confirmed by {confirmed}, so {stated} is most likely wrong: it should be "
            "{computed}% ({stated} would need a part of about {needed})",
        ),
        "structure": Message("核对该比重或{name}的数值", "check the share or the figure of {name}"),
        "whole_number": Message("{part}是{low}的{at_low}%、{high}的{at_high}%：核对占比或计数",
                                "{part} is {at_low}% of {low} and {at_high}% of {high}: check the share or the count"),
    }
    flagged = (
        "今年招聘教师120人，占全市新招教师800人的20%。",
        "全省高新技术企业1.2万家，占全国高新技术企业40万家的5%。",
        "我县森林面积36万亩，占全县国土面积90万亩的45%。",
        "农村学生2300人，占全校学生5000人的56%。",
        "本年度完成投资18亿元，占五年计划投资60亿元的35%。",
    )
    clean = (
        "本届我区总分A+513人，比去年多198人，占全市总分A+3735人的13.73%。",
        "今年招聘教师120人，占全市新招教师800人的15%。",
        "农村学生2300人，占全校学生5000人的46%。",
        "全县学生约5000人，占全市学生2万人的25%。",
        "参考人数为8768人，占全市参考人数的11.85%。",
    )

    def check(self, doc):
        shares = relations_of(doc, Share)
        moved = _moved_to_make_100(doc, shares)
        for r in shares:
            if r.share not in moved:
                yield from self._check(doc, r)
        for r in relations_of(doc, LevelShares):
            yield from self._check_levels(r)
        for r in relations_of(doc, ShareOfCount):
            yield from self._check_count(r)

    def _check_count(self, r: ShareOfCount):
        missed = whole_counts_missed(r.part, r.share)
        if missed is None:
            return
        low, high = missed
        yield self.finding(
            r.share.start, r.share.end, "whole_number", severity=Severity.WARNING,
            labels=(Label(r.part.start, r.part.end, "分项", "part"),),
            calc=f"{r.part.text} ÷ {low} = {fmt(round(percent(r.part.value, low), 2))}%，"
                 f"÷ {high} = {fmt(round(percent(r.part.value, high), 2))}%",
            stated=r.share.text, part=r.part.text, low=low, high=high,
            at_low=fmt(round(percent(r.part.value, low), 2)), at_high=fmt(round(percent(r.part.value, high), 2)),
        )

    def _check_levels(self, r: LevelShares):
        whole = sum(c.value for c in r.levels)
        slack = sum(map(rounding, r.levels)) / whole
        computed = [percent(level.value, whole) for level in r.levels]
        adjusted = _adjustment(r.shares, computed)
        for share, level, name, given in zip(r.shares, r.levels, r.names, computed):
            tolerance = half_unit(share) + given * (rounding(level) / level.value + slack) + 1e-9
            if abs(share.value - given) <= tolerance or share is adjusted:
                continue
            args = dict(name=name, stated=share.text, part=amount(level.value, level),
                        whole=amount(whole, level), computed=fmt(round(given, 2)))
            yield self.finding(
                share.start, share.end, "structure",
                labels=(Label(level.start, level.end, name, name),),
                calc=f"{args['part']} ÷ ({' + '.join(amount(c.value, c) for c in r.levels)}) = {args['computed']}% ≠ {share.text}",
                **args,
            )

    def _check(self, doc, r: Share):
        if not exact(r.whole, *r.parts) or fitting_part(r):
            return
        part = r.parts[0]
        computed = round(percent(part.value, r.whole.value), 2)
        confirmed, witness = confirmation(doc, part, excluding=r) or (None, None)
        args = dict(confirmed=confirmed, stated=r.share.text, part=amount(part.value, part),
                    whole=amount(r.whole.value, r.whole), computed=fmt(computed),
                    needed=amount(round(r.share.value * r.whole.value / 100), part))
        yield self.finding(
            r.share.start, r.share.end, "share_suspect" if confirmed else "default",
            labels=(Label(part.start, part.end, "分项", "part"),
                    Label(r.whole.start, r.whole.end, "合计", "total"))
            + ((Label(witness.start, witness.end, "印证分项", "confirms the part"),) if witness else ()),
            calc=f"{args['part']} ÷ {args['whole']} = {args['computed']}% ≠ {r.share.text}",
            severity=None if len(r.parts) == 1 else Severity.INFO,
            **args,
        )


def _moved_to_make_100(doc, shares) -> set:
    """The shares a report moved by one unit of their last digit so that the shares of one
    sentence, each stated on its own, add up to 100 (第一产业…占地区生产总值的比重6.2%；第二产业…
    42.8%；第三产业…51.0%: 153.8 ÷ 2458.8 = 6.26% is written 6.2, as 6.3 would make 100.1)."""
    text, targets = doc.text, doc.data.targets
    starts = [c.start for c in doc.claims]
    shares_of: dict[tuple[int, int], list] = {}  # a sentence's span -> its shares
    moved = set()
    for r in shares:
        if len(r.parts) != 1 or not r.whole.value:
            continue
        span = _full_sentence(text, r.share.start)
        if span not in shares_of:
            claims = doc.claims[bisect_left(starts, span[0]):bisect_left(starts, span[1])]
            shares_of[span] = [c for c in claims if c.kind == "percent" and c.value is not None
                               and is_share(text, c, targets)]
        siblings = [c for c in shares_of[span] if c.decimals == r.share.decimals]
        unit = 10 ** -r.share.decimals
        computed = percent(r.parts[0].value, r.whole.value)
        if (len(siblings) >= 2 and abs(sum(c.value for c in siblings) - 100) < unit / 2
                and abs(round(computed / unit) - round(r.share.value / unit)) == 1):
            moved.add(r.share)
    return moved


def _full_sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence around ``at`` up to its full stops (its ；-clauses included)."""
    start = max(text.rfind(mark, 0, at) for mark in _FULL_STOPS) + 1
    ends = [e for e in (text.find(mark, at) for mark in _FULL_STOPS) if e >= 0]
    return start, min(ends, default=len(text))


_FULL_STOPS = ("。", "！", "？", "\n")


def _adjustment(shares, computed: list[float]):
    """The share a report moved by the units its rounded parts miss of 100 (22.04, 37.82, 40.14
    round to 99.9, so one part is written a tenth higher: 22.0:37.8:40.2), if one was moved so."""
    decimals = {s.decimals for s in shares}
    if len(decimals) != 1:
        return None
    unit = 10 ** -decimals.pop()
    rounded = [round(c / unit) for c in computed]
    missing = round(100 / unit) - sum(rounded)
    moved = [s for s, r in zip(shares, rounded) if missing and round(s.value / unit) - r == missing]
    return moved[0] if len(moved) == 1 else None
