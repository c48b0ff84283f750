"""Typed relations between claims: which claims a stated figure is computed from."""

from __future__ import annotations

from dataclasses import dataclass

from checker.claims.model import Claim


@dataclass(frozen=True, slots=True)
class Average:
    """An average per unit (户均2383元) with the total (2860万元) and the count (1.2万户) of its
    sentence: ``average`` = ``total`` ÷ ``count``. ``word`` is how the text names it (户均, 平均每期)."""

    word: str
    average: Claim
    total: Claim
    count: Claim

    def to_json(self) -> dict:
        return {"kind": "average", "word": self.word, "average": self.average.text, "total": self.total.text,
                "count": self.count.text}


@dataclass(frozen=True, slots=True)
class Rate:
    """A stated rate ``name`` (开工率) with the claims it is built from.

    ``numerator`` is the claim named by the rate's stem (已开工 100个); ``denominators`` are the
    larger claims of the same unit before it in the paragraph, nearest first: the first is the
    likely whole, the others are why a rule must stay quiet when any of them fits.
    """

    name: str
    rate: Claim
    numerator: Claim
    denominators: tuple[Claim, ...]

    @property
    def denominator(self) -> Claim:
        return self.denominators[0]

    def to_json(self) -> dict:
        return {
            "kind": "rate",
            "name": self.name,
            "rate": self.rate.text,
            "numerator": self.numerator.text,
            "denominator": self.denominator.text,
            "other_denominators": [c.text for c in self.denominators[1:]],
        }


@dataclass(frozen=True, slots=True)
class Share:
    """"占{whole}的{share}": a percentage of a whole given in the same clause.

    ``parts`` are the claims of the whole's unit earlier in the sentence, nearest first; the
    sentence does not say which one the share is of, so a rule stays quiet when any of them fits.
    """

    share: Claim
    whole: Claim
    parts: tuple[Claim, ...]

    def to_json(self) -> dict:
        return {
            "kind": "share",
            "share": self.share.text,
            "whole": self.whole.text,
            "parts": [c.text for c in self.parts],
        }


@dataclass(frozen=True, slots=True)
class PercentOfWhole:
    """A rate or share ``name`` (及格率, 占比) that is a percentage of a stated whole: "全班参考
    学生45人，及格率为91.2%" or "占全班学生45人的42.5%".

    ``named`` says the percentage names what the whole counts (学校达标率 after 全县学校56所);
    without it, a whole that counts things rather than people may not be the rate's base
    (学校56所 and a 巩固率 of pupils).
    """

    name: str
    percentage: Claim
    whole: Claim
    named: bool

    def to_json(self) -> dict:
        return {
            "kind": "percent_of_whole",
            "name": self.name,
            "percentage": self.percentage.text,
            "whole": self.whole.text,
            "named": self.named,
        }


# Markers of a total stated after its parts (合计 …, a totals clause): a part larger than it is
# no 其中 part larger than its whole (A205) but a sum that does not add up (A201).
AFTER_PARTS = ("heji", "columns")


@dataclass(frozen=True, slots=True)
class Breakdown:
    """A total and its parts: "改造校舍9所（完工5所、在建4所）", "…，其中…", "共9所，分别为…"
    or "新建5所、改建4所，合计9所".

    ``marker`` says how the parts were introduced: ``paren`` (a parenthetical right after the
    total), ``qizhong`` (其中), ``baokuo`` (包括 right after the total), ``fenbie`` (分别为 right
    after the total), ``heji`` (合计,
    共计 or 总计 after the parts) or ``columns`` (a total stated in the clause after its parts'
    clauses: ``checker.relations.columns``). ``totals`` are the candidate totals, nearest first: for 其中
    the sentence may not say which figure is the whole, so a rule stays quiet when any of them
    fits. ``exhaustive`` says the parts claim to be all of the total, so they must add up to it,
    not merely stay under it: a parenthetical that classifies (not 其中, 含, 包括, 如, 等),
    分别为, 合计, a 其中 or 包括 list whose last part is the rest (其他…) or whose parts' names
    cover the whole (农业 … 渔业 … 服务业). ``open_end`` says the list's last part may begin the
    next statement instead (a ；-list of 其中: "其中：夏粮0.94万亩；秋粮3.57万亩；油料面积2857亩"),
    so a rule accepts the parts without it too. ``stages`` says each part is named by another
    stage of progress of the same items (立项, 开工, 建成): no part may exceed the total, but the
    parts do not add up.
    """

    marker: str
    totals: tuple[Claim, ...]
    parts: tuple[Claim, ...]
    exhaustive: bool = False
    open_end: bool = False
    stages: bool = False

    @property
    def total(self) -> Claim:
        return self.totals[0]

    def to_json(self) -> dict:
        return {
            "kind": "breakdown",
            "marker": self.marker,
            "exhaustive": self.exhaustive,
            "total": self.total.text,
            "other_totals": [c.text for c in self.totals[1:]],
            "parts": [c.text for c in self.parts],
        }


@dataclass(frozen=True, slots=True)
class Change:
    """A stated change between two figures both in the text.

    "由{base}增加到{current}，增长{stated}" or "{current}，高于…{base}…{stated}个百分点". The
    stated change is relative (``%``: (current − base) ÷ base) or a difference (个百分点, or a
    figure of the base's unit: current − base).
    """

    base: Claim
    current: Claim
    stated: Claim

    @property
    def relative(self) -> bool:
        return self.stated.kind == "percent"

    def to_json(self) -> dict:
        return {
            "kind": "change",
            "base": self.base.text,
            "current": self.current.text,
            "stated": self.stated.text,
            "relative": self.relative,
        }


@dataclass(frozen=True, slots=True)
class LevelChange:
    """A level with its change against the year before stated twice, as a difference and as a
    percentage: "茶园面积12.40万亩，增加0.60万亩，增长5.1%". The base is the level less the
    difference (plus it, when ``falling``), and the percentage is the difference over the base."""

    level: Claim
    difference: Claim
    percent: Claim
    falling: bool

    @property
    def base_value(self) -> float:
        return self.level.value + self.difference.value if self.falling else self.level.value - self.difference.value

    def to_json(self) -> dict:
        return {"kind": "level_change", "level": self.level.text, "difference": self.difference.text,
                "percent": self.percent.text, "falling": self.falling}


@dataclass(frozen=True, slots=True)
class Trend:
    """"由A增加到B" or "从A下降到B": the verb (``verb``) says which way the figure went, so the
    two ends must differ that way."""

    base: Claim
    current: Claim
    rising: bool
    verb: str

    def to_json(self) -> dict:
        return {"kind": "trend", "base": self.base.text, "current": self.current.text, "rising": self.rising}


@dataclass(frozen=True, slots=True)
class AverageChange:
    """"由2021年的860万元增加到2024年的1520万元，年均增长20.9%": a yearly rate over ``years``
    years, (current ÷ base)^(1/years) − 1."""

    base: Claim
    current: Claim
    years: int
    stated: Claim

    def to_json(self) -> dict:
        return {"kind": "average_change", "base": self.base.text, "current": self.current.text,
                "years": self.years, "stated": self.stated.text}


@dataclass(frozen=True, slots=True)
class ChangeSince:
    """"与2010年第六次全国人口普查的458875人相比，增加5560人，…，年平均增长率为0.12%": a count
    against an earlier one (``base``), its change (``difference``, down when ``falling``) and a
    yearly rate stated over the years since (``stated``); ``since`` names the earlier time (the
    text between 与 and the base). The years and the count now come from the document
    (``checker.relations.since``), which turns it into an ``AverageChange``."""

    base: Claim
    difference: Claim
    falling: bool
    stated: Claim
    since: str

    def to_json(self) -> dict:
        return {"kind": "change_since", "base": self.base.text, "difference": self.difference.text,
                "stated": self.stated.text, "since": self.since}


@dataclass(frozen=True, slots=True)
class PercentParts:
    """Percentages of one whole side by side: "城镇学生占59%，农村学生占41%". ``whole`` says
    they are all of it, so they must make up 100: a structure (三次产业结构为9.6∶41.2∶49.2) or
    shares whose names cover the whole (第一、第二、第三产业; 0-14岁, 15-59岁, 60岁及以上)."""

    parts: tuple[Claim, ...]
    whole: bool = False
    names: tuple[str, ...] = ()  # the word naming each part (第一产业 …), when a group of words names them
    of: str = ""  # what the parts are of, when the statement says: 增加值 of 第一产业增加值比重, 全市投资 of 占全市投资的比重

    def to_json(self) -> dict:
        return {"kind": "percent_parts", "parts": [c.text for c in self.parts], "whole": self.whole,
                "names": list(self.names)}


@dataclass(frozen=True, slots=True)
class ShareOfCount:
    """占比 right after a whole count whose whole the report does not state: "已建立校长负责制学
    校21所，占比达91.17%". The whole is some whole number, so the share must be a ratio of two."""

    part: Claim
    share: Claim

    def to_json(self) -> dict:
        return {"kind": "share_of_count", "part": self.part.text, "share": self.share.text}


@dataclass(frozen=True, slots=True)
class LevelShares:
    """Percentages of a whole whose parts' levels the report states: "三次产业结构为25.72:26.85:
    47.44" after 第一/二/三产业增加值 of 62857, 65585 and 115952万元. Each percentage is its
    level ÷ the sum of the levels."""

    shares: tuple[Claim, ...]
    levels: tuple[Claim, ...]
    names: tuple[str, ...]

    def to_json(self) -> dict:
        return {"kind": "level_shares", "shares": [c.text for c in self.shares],
                "levels": [c.text for c in self.levels], "names": list(self.names)}


@dataclass(frozen=True, slots=True)
class Pairing:
    """Items and their values, one for one: "城镇和农村居民收入分别为41520元和18930元".
    ``counts`` are the numbers of items the names may be read as (和 may join two items or sit
    inside one: 软件和信息服务业), ``names`` their span, ``values`` the figures after 分别."""

    counts: tuple[int, ...]
    names: tuple[int, int]
    values: tuple[Claim, ...]
    items: tuple[tuple[int, int], ...] = ()  # each item's span, when the names list them one by one

    def to_json(self) -> dict:
        return {"kind": "pairing", "items": list(self.counts), "values": [c.text for c in self.values]}


@dataclass(frozen=True, slots=True)
class Enumeration:
    """A counted noun (四所学校, 五项改革) and the items that spell it out: a 、-separated list
    right before it (``source`` "list"), the 一是…N是 run of its section (``source`` "shi") or
    the numbered items after its colon (``source`` "numbered").
    ``items`` are the (start, end) spans of the items found."""

    count: Claim
    items: tuple[tuple[int, int], ...]
    source: str

    def to_json(self) -> dict:
        return {
            "kind": "enumeration",
            "count": self.count.text,
            "source": self.source,
            "items": len(self.items),
        }


@dataclass(frozen=True, slots=True)
class Repeat:
    """The same quantity of the same ``subject`` stated twice: ``first`` and ``again``.
    ``definite``: the words leave one value possible (a stock such as 总数 or 人口, or 该项目
    pointing back), so any two values disagree; otherwise only a typing slip is a sure error."""

    subject: str
    first: Claim
    again: Claim
    definite: bool = True

    def to_json(self) -> dict:
        return {"kind": "repeat", "subject": self.subject, "first": self.first.text, "again": self.again.text}


@dataclass(frozen=True, slots=True)
class Retimed:
    """One figure and its change stated under two periods: 一季度…第三产业增加值19.6亿元，增长6.3%
    … 上半年…第三产业增加值19.6亿元，增长6.3%. A flow does not stay the same to the decimal over
    two periods, so one period word is wrong: ``slip`` is where that word is written, the period
    of the two that the report's first sentence does not name (else the later one's)."""

    subject: str
    first: Claim
    again: Claim
    change: Claim
    first_time: str
    again_time: str
    slip: tuple[int, int]

    def to_json(self) -> dict:
        return {"kind": "retimed", "subject": self.subject, "first": self.first.text, "again": self.again.text,
                "first_time": self.first_time, "again_time": self.again_time}


@dataclass(frozen=True, slots=True)
class Definition:
    """A figure defined by a standard formula (``rules/definitions.toml``) whose inputs are all
    stated in the document: ``result`` = ``numerator`` ÷ ``denominator`` × ``scale`` (城镇化率 =
    城镇人口 ÷ 常住人口 × 100), or ``numerator`` × ``scale`` for a stated conversion
    ("153.96万吨（折合30.79亿斤）": ``denominator`` None, ``scale`` 2000).

    With ``operation`` "difference", ``result`` = ``numerator`` − ``denominator`` (出生率 − 死亡率).

    ``computed`` is what the inputs give, in the result's unit; ``slack`` is how far the rounding
    of the inputs and the definition's tolerance let the stated result be from it. ``inputs`` are
    the names of the numerator and denominator as the report writes them.
    """

    name: str
    result: Claim
    numerator: Claim
    denominator: Claim | None
    scale: float
    computed: float
    slack: float
    inputs: tuple[str, str] = ("", "")
    operation: str = "ratio"
    signs: tuple[int, int, int] = (1, 1, 1)  # of result, numerator, denominator: -1 where a minus is written

    @property
    def stated(self) -> float:
        """The result's value with its sign."""
        return self.signs[0] * self.result.value

    def to_json(self) -> dict:
        return {
            "kind": "definition",
            "operation": self.operation,
            "name": self.name,
            "result": self.result.text,
            "numerator": self.numerator.text,
            "denominator": self.denominator.text if self.denominator else None,
            "scale": self.scale,
            "computed": self.computed,
        }


@dataclass(frozen=True, slots=True)
class UnitSlip:
    """A level's change stated in the level's unit with its last characters lost: 诊疗量85.78万人次，
    增加9.43万人 (人次 → 人), 发电量3.2亿千瓦时，增加0.4亿千瓦. A person is not a visit, so the
    change cannot be the level's."""

    level: Claim
    change: Claim

    def to_json(self) -> dict:
        return {"kind": "unit_slip", "level": self.level.text, "change": self.change.text}
