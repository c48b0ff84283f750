"""A stated rate that its own numerator and denominator do not give."""

from __future__ import annotations

from checker.checks.base import Message, Rule
from checker.findings import Label, Severity
from checker.relations import relations_of
from checker.relations.arithmetic import amount, fmt, percent, rounding, rounding_allows, shown_like
from checker.relations.model import Average, Rate
from checker.relations.verdicts import confirmation, exact, fitting_denominator


class A202(Rule):
    """What it finds: a rate (开工率, 整改完成率, A+率 …) that disagrees with the numerator and
    denominator stated before it (in its sentence or the one before) — "参考人数8768人 … A+513人 … A+率为6.93%"
    where 513 ÷ 8768 = 5.85%.

    Why it matters: a reader checks the rate against the figures beside it; a rate that does not
    follow from them makes every figure of the paragraph doubtful.

    Tolerance: the stated rate may differ from the computed one by half a unit of its last stated
    digit (86% is right for 100 ÷ 116 = 86.2%, 95.1% would be wrong); 约/左右 doubles that, 余/多
    and 近/不到 open the bound on their side. A rate is only checked when its numerator, in the
    rate's sentence, repeats the rate's name (开工率 ↔ 已开工) and when no figure of the same
    unit that is at least as large, in that sentence or the one before, would give it: an
    ambiguous denominator keeps the rule quiet. A numerator or denominator that is itself
    approximate (余, 约) keeps it quiet too.

    Which figure is wrong: when the numerator also gives a correct share or rate elsewhere
    ("占全市A+3735人的13.73%"), the count is confirmed and the help says the rate is the suspect
    and what it should be; otherwise it gives the numerator the stated rate would need.

    Averages per unit are checked the same way: "发放低保金2860万元，惠及1.2万户，户均2583元" where
    2860万 ÷ 1.2万 = 2383.3 (``average``): the average's sentence must hold exactly one figure in
    its unit and one in the unit of what it is per (户均: 户; 平均每期: 期; ``per-unit`` of
    rules/part-rates.toml), within the rounding of all three.

    Not checked: rates whose denominator a report almost never states (登记失业率, 出生率 …,
    ``unchecked`` in ``rules/part-rates.toml``): the figures before them are other quantities.

    Options: add rate endings to leave alone with ``unchecked-rates = [...]`` in ``[tool.hegao]``.
    """

    code = "A202"
    name = "rate-mismatch"
    category = "arithmetic"
    severity = Severity.ERROR
    title = Message("比率与其分子分母不符", "rate does not match its numerator and denominator")
    messages = {
        **dict.fromkeys(("default", "rate_suspect"), Message(
            "{name}{stated}与{numerator} ÷ {denominator} = {computed}%不符",
            "{name} {stated} does not match {numerator} ÷ {denominator} = {computed}%",
        )),
        "average": Message("{name}{stated}与{numerator} ÷ {denominator} = {computed}不符",
                           "{name} {stated} does not match {numerator} ÷ {denominator} = {computed}"),
    }
    help = {
        "average": Message("核对平均数；若总量和数目无误，应约为{computed}",
                           "check the average; with this total and count it would be about {computed}"),
        "default": Message(
            "核对比率；若分母无误，{stated}需要分子约为{needed}",
            "check the rate; with this denominator, {stated} would need a numerator of about {needed}",
        ),
        "rate_suspect": Message(
            "{numerator}另由{confirmed}印证，有误的多半是{stated}：应为{computed}%（{stated}需要分子约为{needed}）",
            "{numerator} is confirmed by {confirmed}, so {stated} is most likely wrong: it should be "
            "{computed}% ({stated} would need a numerator of about {needed})",
        ),
    }
    flagged = (
        "参考人数为8768人。本届我区总分A+513人，A+率为6.93%。",
        "全年计划实施项目120个，已开工项目96个，开工率85%。",
        "排查发现隐患1250处，已整改1100处，整改率为90.5%。",
        "全市应接种人数4.2万人，已接种3.6万人，接种率达到92%。",
        "共受理投诉案件356件，办结案件300件，办结率为88.8%。",
    )
    clean = (
        "截止9月底，计划实施项目116个，100个项目已开工，开工率86%。",
        "发现问题839条，已整改798条，整改完成率95%。",
        "受理申请412件，已办结409件，办结率99.3%。",
        "应签约人数2000人，签约1850余人，签约率93%。",
        "全县学校56所，其中达标学校48所，达标率约86%。",
    )

    def check(self, doc):
        for r in relations_of(doc, Rate):
            if not r.name.endswith(self.data.unchecked_rates):
                yield from self._check(doc, r)
        for a in relations_of(doc, Average):
            yield from self._average(a)

    def _average(self, a: Average):
        total, count = a.total.value, a.count.value
        computed = total / count
        slack = rounding(a.total) / count + total * rounding(a.count) / count ** 2
        if rounding_allows(a.average, computed, slack):
            return
        shown = shown_like(computed, a.average, 1)
        unit = a.average.unit or ""
        args = dict(name=a.word, stated=a.average.text, numerator=amount(total, a.total),
                    denominator=amount(count, a.count), computed=shown + unit)
        yield self.finding(
            a.average.start, a.average.end, "average",
            labels=(Label(a.total.start, a.total.end, "总量", "total"), Label(a.count.start, a.count.end, "数目", "count")),
            calc=f"{args['numerator']} ÷ {args['denominator']} = {shown} ≠ {a.average.text}", **args)

    def _check(self, doc, r: Rate):
        if not exact(r.numerator, r.denominator) or fitting_denominator(r):
            return
        computed = round(percent(r.numerator.value, r.denominator.value), 2)
        needed = round(r.rate.value * r.denominator.value / 100)
        confirmed, witness = confirmation(doc, r.numerator, excluding=r) or (None, None)
        args = dict(confirmed=confirmed, name=r.name, stated=r.rate.text, numerator=amount(r.numerator.value, r.numerator),
                    denominator=amount(r.denominator.value, r.denominator), computed=fmt(computed), needed=amount(needed, r.numerator))
        yield self.finding(
            r.rate.start, r.rate.end, "rate_suspect" if confirmed else "default",
            labels=(Label(r.numerator.start, r.numerator.end, "分子", "numerator"),
                    Label(r.denominator.start, r.denominator.end, "分母", "denominator"))
            + ((Label(witness.start, witness.end, "印证分子", "confirms the numerator"),) if witness else ()),
            calc=f"{args['numerator']} ÷ {args['denominator']} = {args['computed']}% ≠ {r.rate.text}",
            **args,
        )
