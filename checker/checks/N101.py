"""Counts that cannot be right: beyond any plausible size, pasted, or falsely approximate."""

from __future__ import annotations

import re
from collections import defaultdict

from checker.checks.base import Message, Rule
from checker.claims.subject import subject_of
from checker.findings import Label, Severity

# A figure with this many significant digits is an exact count from a table or a paste.
LONG_FIGURE = 7
# A hedged figure (以上, 左右, 约) with this many decimals was garbled or pasted: 70.9606%以上.
HEDGED_DECIMALS = 3
# 多 and 余 right after the digits say "more than a round figure": 9700多万元, 80余场次; after
# decimals (80.5余场次, 740.26多万) the figure is not round (3.5万余人 keeps its 万 between).
_ROUNDED_WORDS = "多余"


def _rounded_word(text: str, claim) -> bool:
    """True when 多 or 余 follows the claim's digits directly."""
    return text[claim.number_end:claim.number_end + 1] in tuple(_ROUNDED_WORDS)


# Words that make a count of people the whole population: 全区学生, 现有教师, 在校学生总数.
_WHOLE = r"全[区县市省州盟旗镇乡街校院]|现有|共有|在校|在园|在职|常住|户籍"
_WHOLE_BEFORE = re.compile(rf"^(?:{_WHOLE})+")
_WHOLE_RIGHT_BEFORE = re.compile(rf"(?:{_WHOLE})$")
_COUNT_WORDS = re.compile(r"(?:总数|人数|总量)$")
_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{2,6}")
_RESIDENTS = re.compile(r"人口|居民|群众|人民|村民|市民")
_VISITORS = re.compile(r"游客|旅客|客流|访客|来访|游览|接待|过境")
# Units of people (not households, which may be firms): a population, and what it bounds.
_PERSONS = frozenset({"人", "名"})
_PERSONS_OR_TIMES = _PERSONS | {"人次"}


def population_of(text: str, claim, averages: tuple[str, ...] = ()) -> str:
    """The people a count of the whole population counts, or "": 学生 for "全区在校学生约10万人"
    and "全县3.2万名学生", 百岁老人 for "全区现有百岁老人47名"; never a figure per head or per
    thousand (全市每千常住人口卫生技术人员5.47人: ``averages``)."""
    subject = subject_of(text, claim)
    if any(w in subject for w in averages):
        return ""
    if _WHOLE_RIGHT_BEFORE.search(subject):
        after = _NOUN_AFTER.match(text, claim.end)
        return after.group() if after else ""
    if not _WHOLE_BEFORE.search(subject):
        return ""
    noun = _COUNT_WORDS.sub("", _WHOLE_BEFORE.sub("", subject))
    return noun if len(noun) >= 2 else ""


# The title of a report: its first lines that are short and hold no full stop.
_TITLE_LINES = 6
_TITLE_MAX = 60


def region_of(text: str, regions) -> tuple[str, int] | None:
    """(region word, scale) of the most local region the title names — 县 of "某县2023年政府
    工作报告" or "县教育局工作总结" — or None when it names none (precision first: no
    bound is narrowed on a guess). An ending right after a character of ``not_after`` is
    part of another word (社区, 城市, 自治区)."""
    title = "\n".join(_title_lines(text)[1])
    for kind, endings, scale in regions.kinds:
        for ending in endings:
            for m in re.finditer(re.escape(ending), title):
                before = title[m.start() - 1:m.start()]
                if not before or before not in regions.not_after and not title.startswith("自治", m.start() - 2):
                    return ending, scale
    return None


def of_the_nation(text: str, regions) -> bool:
    """Whether a report speaks of the whole country: its title or its first sentence names it
    (中华人民共和国…统计公报, "2019年年末全国共有…")."""
    start = _title_and_first_sentence(text)
    return any(name in start for name in regions.nation)


def _title_and_first_sentence(text: str) -> str:
    lines, title = _title_lines(text)
    body = next((line for line in lines if line not in title), "")
    return "\n".join(title) + "\n" + body.split("。")[0]


def _title_lines(text: str) -> tuple[list[str], list[str]]:
    """The first lines of the text, and those of them that are short and hold no full stop."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:_TITLE_LINES]
    return lines, [line for line in lines if len(line) <= _TITLE_MAX and "。" not in line]


def plain(value: float) -> str:
    """A value as digits, without exponent: 785820333, 1.752e9 → 1752000000."""
    return f"{value:.0f}" if float(value).is_integer() else f"{value}"


class N101(Rule):
    """What it finds: a count that cannot be right, in three variants:

    - bound: a value beyond the plausible bound of its unit — 785820333份, an age of
      2021619周岁, more person-times than the people a report speaks of can make;
    - region: more people, person-times, households or cases than the residents of the kind
      of region the title names can account for (县, 区, 市, 省 of "某县2023年政府工作报告",
      "区民政局工作总结"; ``regions`` of ``rules/bounds.toml``): a 9-digit count of people or
      "宽带用户5320万户" in a county report; quiet when the title names no region;
    - population: more people or person-times than the report's own population of the same
      people can make — "组织学生785820333人次" where the report says "全区学生约10万人"
      (bounded at 10万 × people_factor). The population is a count whose words state a whole
      (全区, 现有, 在校, 常住 …), and what it counts (学生; 百岁老人, not 老人) must be named
      in the words before the count; other people are bounded at ten times that by the
      residents (常住人口, 全镇4.3万名干部群众), visitors excepted: they come from outside;
    - repeat: the same long figure (7 or more significant digits) under different units, as
      when one cell was pasted into several sentences;
    - approx (info): 余, 多 or 约 on a figure with 7 or more significant digits (785820333余人),
      or 余 or 多 right after decimals (80.5余场次: 余 and 多 follow a round figure),
      or 以上, 左右 or 约 on one with 3 or more decimals (70.9606%以上) — an exact figure cannot be
      approximate, so digits were garbled or pasted.

    Why it matters: a garbled figure is the first thing a reader notices and discredits the
    whole report.

    Options: ``rules/bounds.toml`` holds the bounds by unit kind; ``scale`` in ``[tool.hegao]``
    sets the population the report speaks of (a district: 100000), which bounds counts of
    people at scale × people_factor; without it, the region the title names sets the scale
    (``regions`` of ``rules/bounds.toml``: the endings of its name, its residents and what one
    resident accounts for in each unit). A report of the whole country (its title or first
    sentence names 中华人民共和国, 全国, 我国 or 中国, and the title no smaller region) bounds
    counts of people by the nation's residents: 全年国内出游人次48.9亿人次 is a national figure.
    """

    code = "N101"
    name = "garbled-number"
    category = "numbers"
    title = Message("数字不合常理", "implausible number")
    messages = {
        "bound": Message("“{text}”超出{unit}的合理上限 {limit}",
                         "“{text}” is beyond the plausible bound {limit} for {unit}"),
        "region": Message("“{text}”超出一个{region}的合理上限 {limit}",
                          "“{text}” is more than a {region} can have, at most {limit}"),
        "population": Message("“{text}”超出按“{population}”推算的合理上限 {limit}",
                              "“{text}” is more than “{population}” can make, at most {limit}"),
        "repeat": Message("“{text}”与前文不同事项的数字 {value} 完全相同",
                          "“{text}” repeats the figure {value} of an unrelated item"),
        "approx": Message("“{text}”是 {digits} 位有效数字的精确数，却带有约数词",
                          "“{text}” is an exact {digits}-digit figure marked as approximate"),
    }
    help = Message("核对原始数据，改正数字或单位",
                   "check the source figure and correct the number or unit")
    flagged = (
        "全年开展安全教育活动536218472余人次。",
        "全县参加体质测试学生总分数351862447分。",
        "全县退休教师年龄最大的为1956107周岁。",
        "全区在校学生约10万人。组织学生观看安全教育视频78582033人次。",
        "印发宣传册3518624份，接待咨询3518624人次。",
        "惠及学生约1234567名。",
    )
    clean = (
        "全省地区生产总值达5.67万亿元。",
        "全县参加体质测试学生总分数3268374分。",
        "全省常住人口1.27亿人。",
        "粮食产量1302万吨，建成千亿县3个。",
        "全年接待游客17.52亿人次，快递业务量5.66亿件。",
        "全区在校学生约10万人。组织学生观看安全教育视频58万人次，接待游客2000万人次。",
        "发放资助金1700余万元，惠及学生2.7万余名。",
        "投入资金8500亿元，其中中央资金1.2亿元。",
    )

    def check(self, doc):
        populations = self._populations(doc)
        region = None if self.data.scale_configured else region_of(doc.text, self.data.regions)
        people_bound = self.data.people_bound
        if region is None and not self.data.scale_configured and of_the_nation(doc.text, self.data.regions):
            people_bound = max(people_bound, self.data.regions.nation_scale * self.data.people_factor)
        first_by_value = {}
        units_by_value = defaultdict(set)
        for claim in doc.claims:
            if claim.is_quantity and claim.value and claim.significant_digits >= LONG_FIGURE:
                units_by_value[claim.value].add(claim.unit)
        for claim in doc.claims:
            digits = claim.significant_digits
            if not claim.is_quantity or claim.value is None or not digits:
                continue
            limit = self._limit(claim, people_bound)
            if (in_region := self._region_limit(claim, region)) and claim.value > in_region:
                yield self.finding(claim.start, claim.end, "region", text=claim.text, region=region[0],
                                   limit=plain(in_region), calc=f"{plain(claim.value)} > {plain(in_region)}")
            elif limit and claim.value > limit:
                yield self.finding(claim.start, claim.end, "bound", text=claim.text, unit=claim.unit,
                                   limit=plain(limit), calc=f"{plain(claim.value)} > {plain(limit)}")
            elif outnumbered := self._outnumbered(doc, claim, populations):
                words, population, factor = outnumbered
                limit = population.value * factor
                yield self.finding(
                    claim.start, claim.end, "population", text=claim.text, population=words,
                    limit=plain(limit), labels=(Label(population.start, population.end, "总体", "population"),),
                    calc=f"{plain(claim.value)} > {plain(population.value)} × {factor} = {plain(limit)}",
                )
            elif len(units_by_value.get(claim.value, ())) > 1 and claim.value in first_by_value:
                first = first_by_value[claim.value]
                yield self.finding(claim.start, claim.end, "repeat", text=claim.text,
                                   value=plain(claim.value), labels=(Label(first.start, first.end, "前文", "earlier"),))
            elif claim.bound in ("at_least", "about") and (digits >= LONG_FIGURE or claim.decimals >= HEDGED_DECIMALS
                                                          or claim.decimals and _rounded_word(doc.text, claim)):
                yield self.finding(claim.start, claim.end, "approx", text=claim.text, digits=digits,
                                   severity=Severity.INFO)
            first_by_value.setdefault(claim.value, claim)

    def _populations(self, doc) -> dict[str, tuple[str, object]]:
        """The largest whole-population count of each noun the report states, with its words:
        学生 → ("全区在校学生约10万人", 约10万人)."""
        found = {}
        for claim in doc.claims:
            if claim.unit in _PERSONS and claim.value and claim.bound in (None, "about"):
                noun = population_of(doc.text, claim, self.data.subjects.averages)
                if noun and (noun not in found or claim.value > found[noun][1].value):
                    subject = subject_of(doc.text, claim)
                    words = claim.text + noun if doc.text.startswith(noun, claim.end) else subject + claim.text
                    found[noun] = (words, claim)
        return found

    def _outnumbered(self, doc, claim, populations):
        """(words, count, factor) of a population the claim exceeds factor times over, or None:
        the population its clause names, people_factor times; or for other people, the
        residents ten times that (visitors come from outside)."""
        if claim.unit not in _PERSONS_OR_TIMES:
            return None
        subject = subject_of(doc.text, claim)
        named = [p for noun, p in populations.items() if noun in subject]
        factor = self.data.people_factor
        if not named and not _VISITORS.search(subject):
            named = [p for noun, p in populations.items() if _RESIDENTS.search(noun)]
            factor *= 10
        population = max(named, key=lambda p: p[1].value, default=None)
        if population and claim.value > population[1].value * factor:
            return (*population, factor)
        return None

    def _region_limit(self, claim, region) -> float | None:
        """The bound a report about a region of its kind sets: its residents times what one
        resident accounts for in the claim's unit (``per_resident``)."""
        per_resident = dict(self.data.regions.per_resident)
        if region is None or claim.unit not in per_resident:
            return None
        return region[1] * per_resident[claim.unit]

    def _limit(self, claim, people_bound: float) -> float | None:
        if claim.unit in self.data.people_units:
            return people_bound
        return self.data.bounds.get(claim.kind) or None
