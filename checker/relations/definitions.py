"""Derived figures: a result defined by a standard formula (rules/definitions.toml) whose inputs
are stated anywhere in the document, and conversions stated right after a figure.

A figure is found by its name (``figure_name``): 城镇化率 44.5% is checked against the one
城镇人口 and the one 常住人口 of the report. Precision comes first, so a result is left alone
when an input is missing, approximate (约, 余) or stated twice with different values (two years'
常住人口), when an input's sentence names another year than the result's, and when the result's
or an input's sentence names another basis (户籍 for the 常住 城镇化率).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Iterator

from checker.claims.model import Claim
from checker.claims.subject import subject_of
from checker.definitions import DefinitionData, FormulaDefinition
from checker.relations.arithmetic import half_unit, rounding
from checker.relations.model import Definition
from checker.relations.scope import is_count

if TYPE_CHECKING:
    from checker.document import Document

_WINDOW = 32  # characters before a figure searched for its name
# Between a name and its figure: white space, a footnote mark ([3], (2)), an alias ((GDP)), the
# figure's sign (自然增长率为-0.99‰, 为负1.07‰) or the one a ratio is to (医护比为1:1.18).
_TRAILING = re.compile(r"(?:\s+|\[\d+\]|[（(][^（）()]{0,30}[）)]|[-－−]|负|(?<![\d.])1\s*[:：∶])$")
_SIGN = re.compile(r"(?:[-－−]|负)\s*$")
# An age group before a name of people: 16—59岁, 60岁 (of 60岁及以上人口).
_AGE = re.compile(r"\d+\s*(?:[—\-–~至到]\s*\d+\s*)?岁$")
_AGE_REACH = 12
# What ends a sentence for good (not ；), and how far back its start is looked for.
_FULL_STOP = re.compile(r"[。！？!?\n]")
_FULL_SENTENCE_REACH = 300
# A short Chinese parenthetical inside a name is part of it: 执业(助理)医师 → 执业助理医师.
_INNER = re.compile(r"[（(]([\u4e00-\u9fff]{1,6})[）)]")
_CONVERSION_GAP = 4  # characters between a figure and its stated conversion: "（折合"
# A figure per area: "5628.0公斤/公顷" (the claim is 5628.0公斤; the area unit follows it).
_PER = re.compile(r"\s*[/／]\s*([\u4e00-\u9fff]{1,3})")


def figure_name(text: str, claim: Claim, verbs: tuple[str, ...], kinds: tuple[str, ...] = ()) -> str:
    """The words that name a figure: "全年全区生产总值(2)实现355.2亿元" → 全年全区生产总值,
    "执业(助理)医师1520人" → 执业助理医师; a parenthesis right after one of ``kinds`` (the
    scope words: 夏粮) is an alias and is dropped: "夏粮(冬小麦)播种面积" → 夏粮播种面积. The one
    place that asks what a figure is about, so that it can move to the subject of the statement
    grammar."""
    window = text[max(0, claim.start - _WINDOW):claim.start]
    while True:
        trimmed = _TRAILING.sub("", window)
        trimmed = next((trimmed[:-len(v)] for v in verbs if trimmed.endswith(v)), trimmed)
        if trimmed == window:
            break
        window = trimmed
    window = _INNER.sub(lambda m: "" if window[:m.start()].endswith(kinds) and kinds else m[1], window)
    return subject_of(window, Claim(len(window), len(window), "", claim.kind))


# A place's name, all that is left before a figure's name: the report's own region (平昌县 of
# "2024年平昌县地区生产总值").
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,5}[省市县区旗州盟]")


def qualifier(name: str, words: tuple[str, ...], neutral: tuple[str, ...],
              topics: tuple[str, ...] = ()) -> str | None:
    """What is left of ``name`` before the longest of ``words`` it ends with, once a topic word it
    opens with (人口 of 人口年末常住人口) and the neutral words are taken out (常住人口城镇化率 → ""
    with 常住人口 neutral; 夏粮平均亩产 → 夏粮), and "" when that is a place's name (平昌县地区
    生产总值); None when it ends with none of them."""
    if not name.endswith(words):
        return None
    word = max((w for w in words if name.endswith(w)), key=len)
    rest = name[:-len(word)]
    rest = rest[len(next((t for t in topics if rest.startswith(t)), "")):]
    for n in sorted(neutral, key=len, reverse=True):
        rest = rest.replace(n, "")
    return "" if _PLACE.fullmatch(rest) else rest


class _Figures:
    """The figures of a document with their names, sentences and years, computed once."""

    def __init__(self, doc: "Document", data: DefinitionData):
        self.doc, self.data = doc, data
        self.claims = [c for c in doc.claims if is_count(c) or c.kind == "percent"]
        kinds = doc.data.subjects.scope
        self._names = {c.start: figure_name(doc.text, c, data.verbs, kinds) for c in self.claims}
        self._negative = {c.start for c in self.claims if _SIGN.search(doc.text, max(0, c.start - 3), c.start)}
        self._years = sorted((c.start, c.date[0]) for c in doc.claims if c.kind == "date" and c.date and c.date[0])

    def name(self, claim: Claim) -> str:
        return self._names[claim.start]

    def signed(self, claim: Claim) -> float:
        """The figure's value with the sign written before it (-0.99‰ is negative)."""
        return -claim.value if claim.start in self._negative else claim.value

    def sentence(self, claim: Claim) -> str:
        s = self.doc.sentences[self.doc.sentence_at(claim.start)] if self.doc.sentences else None
        return self.doc.text[s.start:s.end] if s else ""

    def full_sentence(self, claim: Claim) -> str:
        """The sentence up to its full stop, with the ；-clauses before it: in "户籍总人口为496954人，
        …；城镇人口295115人" the 城镇人口 is of the 户籍 population the first clause names."""
        end = self.doc.sentences[self.doc.sentence_at(claim.start)].end if self.doc.sentences else claim.end
        before = self.doc.text[max(0, claim.start - _FULL_SENTENCE_REACH):claim.start]
        stops = [m.end() for m in _FULL_STOP.finditer(before)]
        return before[stops[-1] if stops else 0:] + self.doc.text[claim.start:end]

    def year(self, claim: Claim) -> int | None:
        """The year named before the figure in its sentence (2019年,全市…), if any."""
        start = self.doc.sentences[self.doc.sentence_at(claim.start)].start if self.doc.sentences else 0
        years = [y for at, y in self._years if start <= at < claim.start]
        return years[-1] if years else None

    def shown(self, claim: Claim, words=(), neutral=()) -> str:
        """The name of an input as a message shows it: without the neutral words around it, with
        the age group a name of people starts after (16—59岁人口, not 岁人口), without the topic
        word a paragraph opens with (人口 of "人口年末常住人口", 国民经济 of "国民经济全年实现地区
        生产总值")."""
        name = self.name(claim)
        for n in sorted(self.data.neutral + tuple(neutral), key=len, reverse=True):
            if n not in words:
                name = name.replace(n, "")
        word = max((w for w in words if name.endswith(w)), key=len, default="")
        lead = next((t for t in self.data.topics if name.startswith(t) and len(t) + len(word) <= len(name)), "")
        name = name[len(lead):]
        if name.startswith("岁") and (at := self.doc.text.rfind(name, 0, claim.start)) >= 0:
            age = _AGE.search(self.doc.text, max(0, at - _AGE_REACH), at + 1)
            name = (age.group()[:-1] if age else "") + name
        return name

    def named(self, words, neutral, like: Claim | None = None) -> list[tuple[Claim, str]]:
        """(figure, qualifier) of every count named by one of ``words``; with ``like`` (a rate),
        of every figure of its kind and unit stated the same way (‰ beside ‰)."""
        fits = is_count if like is None else lambda c: c.value is not None and (
            c.kind, c.unit, "permille" in c.flags) == (like.kind, like.unit, "permille" in like.flags)
        found = [(c, qualifier(self.name(c), words, neutral, self.data.topics)) for c in self.claims if fits(c)]
        return [(c, q) for c, q in found if q is not None]


    def bare(self, wanted: str, neutral, kinds) -> list[tuple[Claim, str]]:
        """(figure, ``wanted``) of every count in a unit of one of ``kinds`` named by ``wanted``
        alone, the neutral words aside: 粮食作物27.05万亩 for 粮食 (a crop's area is its sown area)."""
        found = []
        for c in self.claims:
            if is_count(c) and self.data.kind(c.unit) in kinds:
                rest = self.name(c)
                for n in sorted(neutral, key=len, reverse=True):
                    rest = rest.replace(n, "")
                if rest == wanted:
                    found.append((c, wanted))
        return found


def _only(candidates: list[Claim]) -> Claim | None:
    """The one figure among the candidates (the same value stated twice is one figure); None when
    there is none, when they disagree, or when one is approximate."""
    if not candidates or any(c.approx for c in candidates) or len({c.value for c in candidates}) > 1:
        return None
    return candidates[0]


def _input(figures: _Figures, d: FormulaDefinition, words, result: Claim, wanted: str) -> Claim | None:
    """The one figure named by ``words`` that may be an input of ``result`` (its qualifier
    ``wanted``): of the same year, on the same basis, with the same qualifier; for a qualified
    result without one (单产 beside 粮食播种面积), in the result's sentence, all with one
    qualifier."""
    neutral = figures.data.neutral + d.neutral
    year = figures.year(result)
    sentence = figures.doc.sentence_at(result.start)
    found = []
    named = figures.named(words, neutral, result if d.operation == "difference" else None)
    if words is d.denominator and d.denominator_kinds and wanted:
        named += figures.bare(wanted, neutral, d.denominator_kinds)
    for c, q in named:
        if c is result or any(w in figures.full_sentence(c) for w in d.unless):
            continue
        if year and figures.year(c) not in (None, year):
            continue
        if d.qualified and not wanted:
            if figures.doc.sentence_at(c.start) != sentence:
                continue
        elif q != wanted:
            continue
        found.append((c, q))
    if len({q for _, q in found}) > 1:
        return None
    return _only([c for c, _ in found])


def _clause_subject(figures: _Figures, result: Claim, wanted: str, like: Claim) -> Claim | None:
    """The figure a share's clause is about: "民营经济增加值3708236万元，…，占GDP的52.9%" (the one
    figure of the whole's unit before the share in its sentence), or the one figure the share's
    name starts with ("工业增加值占地区生产总值的比重"), a measure word added ("民营经济占GDP的
    比重" of the 民营经济增加值 stated before it)."""
    if wanted:
        names = (wanted,) + tuple(wanted + m for m in figures.data.measures)
        return _only([c for c, q in figures.named(names, figures.data.neutral) if q == "" and c.unit == like.unit])
    start = figures.doc.sentences[figures.doc.sentence_at(result.start)].start
    # in a ；-list of parts each with its share, the share's own ；-clause: "其中，第一产业增加值…，
    # 占地区生产总值的比重6.2%；第二产业增加值1051.7亿元，…，占地区生产总值的比重42.8%"
    start = max(start, *(figures.doc.text.rfind(mark, start, result.start) + 1 for mark in "；;"))
    before = [c for c in figures.claims if start <= c.start < result.start and is_count(c) and c.unit == like.unit]
    return before[0] if len(before) == 1 and not before[0].approx else None


def _per(figures: _Figures, claim: Claim) -> float:
    """How many base units of area the unit a figure is per is ("5628.0公斤/公顷": 15 亩), 1 when
    it is per none or per a unit of no listed kind."""
    m = _PER.match(figures.doc.text, claim.end)
    return figures.data.factor(m[1]) if m and figures.data.kind(m[1]) == "area" else 1


def _relation(name, result, numerator, denominator, scale, tolerance, factor, inputs=("", "")) -> Definition:
    """The relation with what its inputs give, in the result's unit, and the slack the
    rounding of the inputs, the result's magnitude (30.79亿斤 is good to 0.005亿) and the
    tolerance allow. ``factor`` turns a unit into its kind's base unit; ``scale`` includes the
    area the result is per (×15 for 公斤/公顷)."""

    def bounds(claim: Claim) -> tuple[float, float, float]:
        r, f = rounding(claim), factor(claim.unit)
        return claim.value * f, (claim.value - r) * f, (claim.value + r) * f

    n, n_lo, n_hi = bounds(numerator)
    d, d_lo, d_hi = bounds(denominator) if denominator else (1.0, 1.0, 1.0)
    unit = scale / factor(result.unit)
    computed = n / d * unit
    low, high = n_lo / d_hi * unit, n_hi / max(d_lo, 1e-12) * unit
    slack = max(high - computed, computed - low) + tolerance * computed + max(0.0, rounding(result) - half_unit(result))
    return Definition(name, result, numerator, denominator, scale, computed, slack, inputs)


def _formulas(figures: _Figures, d: FormulaDefinition) -> Iterator[Definition]:
    data = figures.data
    neutral = data.neutral + d.neutral
    for result in figures.claims:
        name = figures.name(result)
        if not name.endswith(d.result):
            continue
        if d.per:
            if not any(p in name for p in d.per):
                continue
            for p in d.per:
                name = name.replace(p, "")
        wanted = qualifier(name, d.result, neutral, data.topics)
        if wanted is None or (wanted and not d.qualified and d.numerator) or result.approx or result.value is None:
            continue
        if d.units and (result.unit or "") not in d.units:
            continue
        sentence = figures.sentence(result)
        if any(w in sentence for w in d.unless) or (d.when and not any(w in sentence for w in d.when)):
            continue
        denominator = _input(figures, d, d.denominator, result, wanted if d.qualified else "")
        if denominator is None:
            continue
        if d.numerator:
            numerator = _input(figures, d, d.numerator, result, wanted if d.qualified else "")
        else:
            numerator = _clause_subject(figures, result, wanted, denominator)
        if numerator is None or numerator is denominator or not denominator.value:
            continue
        inputs = (figures.shown(numerator, d.numerator), figures.shown(denominator, d.denominator))
        if d.operation == "difference":
            yield _difference(figures, d.name, result, numerator, denominator, inputs)
        else:
            yield _relation(d.name, result, numerator, denominator, d.scale * _per(figures, result), d.tolerance,
                            data.factor, inputs)


def _difference(figures: _Figures, name, result, minuend, subtrahend, inputs) -> Definition:
    """result = minuend − subtrahend, all three of one kind and unit and with their signs, with
    the rounding of the two inputs as slack (7.43‰ − 7.04‰ may be 0.38‰ to 0.40‰)."""
    computed = figures.signed(minuend) - figures.signed(subtrahend)
    signs = tuple(-1 if figures.signed(c) < 0 else 1 for c in (result, minuend, subtrahend))
    return Definition(name, result, minuend, subtrahend, 1, computed, half_unit(minuend) + half_unit(subtrahend),
                      inputs, operation="difference", signs=signs)


def _unit_conversions(figures: _Figures) -> Iterator[Definition]:
    """"153.96万吨（折合30.79亿斤）", "26613千公顷（39920万亩）": a figure and, right after it, its
    conversion into another unit of the same kind (per the same kind of unit: 公斤/公顷 into 公斤/亩)."""
    data, text = figures.data, figures.doc.text
    for first, second in zip(figures.claims, figures.claims[1:]):
        gap = text[first.end:second.start]
        if (data.kind(first.unit) is None or data.kind(first.unit) != data.kind(second.unit)
                or first.approx or second.approx or not _states_conversion(figures, first, second, gap)):
            continue
        per_first, per_second = _per(figures, first), _per(figures, second)
        if first.unit == second.unit and per_first == per_second:
            continue
        scale = data.factor(first.unit) / data.factor(second.unit) * per_second / per_first
        converted = _relation("折合", second, first, None, scale, 0.0, lambda unit: 1.0)
        # a conversion may be cut at its last digit rather than rounded (11989.9万吨 is 2397.98亿斤,
        # printed 2397.9亿斤 in the national bulletin): a whole unit of that digit either way
        yield replace(converted, slack=converted.slack + rounding(second))


def _states_conversion(figures: _Figures, first: Claim, second: Claim, gap: str) -> bool:
    """Whether ``second`` is stated as ``first`` converted: after a cue (（折合), or alone in a
    parenthesis right after it ("26613千公顷（39920万亩）", "5628.0公斤/公顷（375.2公斤/亩）")."""
    if len(gap) <= _CONVERSION_GAP and any(cue in gap for cue in figures.data.conversion_cues):
        return True
    text = figures.doc.text
    per = _PER.match(text, first.end)
    opened = text[per.end() if per else first.end:second.start].strip()
    per = _PER.match(text, second.end)
    closed = text[per.end() if per else second.end:second.end + 8].lstrip()
    return opened in ("(", "（") and closed[:1] in (")", "）")


def _exchange(figures: _Figures) -> Iterator[Definition]:
    """"…人均生产总值为141647元，…按…平均汇率6.8985折算，人均生产总值约合20533美元": the money
    figure before the rate, in its sentence, divided by the rate."""
    data, doc = figures.data, figures.doc
    for rate in doc.claims:
        if rate.kind != "number" or rate.value is None or rate.approx:
            continue
        word = next((w for w in data.exchange_rate if figure_name(doc.text, rate, data.verbs).endswith(w)), None)
        if word is None:
            continue
        same = [c for c in figures.claims if doc.sentence_at(c.start) == doc.sentence_at(rate.start)]
        money = [c for c in same if c.start < rate.start and c.unit == "元"]
        results = [c for c in same if c.start > rate.start and c.unit in data.currencies
                   and doc.text.endswith(data.conversion_cues, max(0, c.start - 4), c.start)]
        if money and not money[-1].approx and len(results) == 1 and not results[0].approx:
            name = figures.name(results[0])
            for cue in data.conversion_cues:
                name = name.removesuffix(cue)
            inputs = (figures.shown(money[-1]), word)
            yield _relation(name or "折算", results[0], money[-1], rate, 1, 0.0, lambda unit: 1.0, inputs)


def find_definitions(doc: "Document") -> list[Definition]:
    """Derived figures of ``doc`` whose inputs are all stated, by the document's definitions."""
    data = doc.data.definitions
    figures = _Figures(doc, data)
    found = [r for d in data.definitions for r in _formulas(figures, d)]
    found.extend(_unit_conversions(figures))
    found.extend(_exchange(figures))
    return found
