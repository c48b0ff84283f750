"""Configuration: one frozen object built once per run.

``RuleData`` is the declarative data of ``rules/*.toml`` (units, idioms, placeholders, debris,
reduplication allow-list, counted nouns and count verbs, year words, part rates, complements,
plausibility bounds, definitions of derived figures), extended by the user's configuration.
``Config`` adds the run's choices (selected rules, severities, language). Both are immutable and
hashable, so a cache may key on them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from functools import cache, cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING, Mapping

from checker.findings import Severity
from checker.resources import data_dir
from checker.stored import stored

if TYPE_CHECKING:  # built on first use: a run served from the results cache never needs them
    from checker.definitions import DefinitionData
    from checker.indicators import IndicatorWords
    from checker.subjects import SubjectWords
    from checker.tables.words import TableWords


@dataclass(frozen=True)
class RegionScales:
    """Kinds of region a report may be about (rules/bounds.toml, ``regions``): how each one's
    name ends and the residents of its largest ones."""

    kinds: tuple[tuple[str, tuple[str, ...], int], ...]  # (kind, endings, scale), smallest first
    not_after: str  # characters that make an ending part of another word (社区, 城市)
    per_resident: tuple[tuple[str, int], ...]  # unit -> the most of it one resident accounts for
    nation: tuple[str, ...]  # words that name the whole country (全国, 中华人民共和国)
    nation_scale: int

    @classmethod
    def build(cls, table: Mapping) -> "RegionScales":
        kinds = [(k, tuple(v["endings"]), int(v["scale"])) for k, v in table.items()
                 if isinstance(v, Mapping) and "endings" in v]
        return cls(tuple(sorted(kinds, key=lambda k: k[2])), table["not_after"],
                   tuple((unit, int(n)) for unit, n in table["per_resident"].items()),
                   tuple(table["nation"]["names"]), int(table["nation"]["scale"]))


@dataclass(frozen=True)
class RuleData:
    units: Mapping[str, str]  # unit -> kind
    traditional: tuple[str, ...]  # pairs of a traditional character and its simplified form (萬万)
    unit_aliases: Mapping[str, str]  # unit -> the unit it counts the same as (名 -> 人)
    not_units: tuple[str, ...]  # words that begin with a unit but are no unit after a number (台阶)
    idioms: tuple[str, ...]
    placeholder_patterns: tuple[str, ...]
    placeholder_words: tuple[str, ...]
    debris_words: tuple[str, ...]
    debris_label_words: tuple[str, ...]
    debris_counters: tuple[str, ...]  # a site's counters and related-article headers (访问量, 关联稿件)
    debris_navigation: tuple[str, ...]
    debris_breadcrumbs: tuple[str, ...]  # words that open a breadcrumb line (首页 > …)
    debris_cues: tuple[str, ...]  # words of a sharing site's sentences (小编, 如有侵权)
    debris_openers: tuple[str, ...]
    debris_closers: tuple[str, ...]
    garbled: tuple[str, ...]  # what a conversion between encodings leaves (锟斤拷), for T310
    debris_shapes: tuple[str, ...]  # regular expressions of site text (- 3 -, file names)
    debris_title_endings: tuple[str, ...]  # words that end a report's title (总结, 报告)
    reduplication_allow: frozenset[str]
    confusables: tuple[str, ...]  # groups of characters written one for another (己已巳)
    time_words: tuple[str, ...]  # words of time after which 截止 means 截至 (T307)
    seasons: tuple[str, ...]
    person_nouns: tuple[str, ...]  # nouns of people, counted in 人 or 名 (N108)
    year_joiners: tuple[str, ...]  # words that join a year to their sentence (到2030年，; T308)
    frame_endings: tuple[str, ...]  # words that end an opening phrase 在…领导下 (T308)
    frame_subjects: tuple[str, ...]  # words that open a sentence's subject after such a phrase (我们, 全县)
    growth_verbs: tuple[str, ...]  # a level's growth after 同比: a percentage, never points (N108)
    rate_words: tuple[str, ...]  # words naming a rate, whose change is in points (N108)
    region_slips: Mapping[str, tuple[str, ...]]  # region ending -> wholes of its peers written for its own (T307)
    spun_phrases: tuple[tuple[str, str], ...]  # (written, meant): a rewriting tool's synonym swaps (公共效劳; T307)
    approximate_words: tuple[str, ...]  # words before a figure that make it approximate (约, 大约; T307)
    approximate_ends: tuple[str, ...]  # words after a figure that make it approximate (左右, 上下; T307)
    confusable_limits: tuple[int, int, float]  # min frequency of a suggestion (2, 3+ chars), min ratio
    real_word_frequency: int  # a written word this frequent in the dictionary is never a slip
    indicators: "IndicatorWords"  # standard indicator names and what tells a slip from a sibling (T309)
    counted_nouns: tuple[str, ...]  # endings of the nouns a count follows
    count_verbs: tuple[str, ...]  # verbs whose object is counted
    measure_nouns: tuple[str, ...]  # nouns of quantities always stated with a unit (面积, 里程)
    share_nouns: tuple[str, ...]  # nouns of shares, always in % (比重)
    money_nouns: tuple[str, ...]  # nouns (or their ends) of money, stated in 元 (资金, 金)
    number_labels: tuple[str, ...]  # words after which a number is a name (编号, 国道)
    hotline: str  # regular expression of service numbers (120急救)
    year_words: tuple[str, ...]
    year_prepositions: tuple[str, ...]  # words before a bare number that make it a year (到, 根据)
    part_rates: tuple[str, ...]  # endings of rate names that cannot exceed 100%
    targets: tuple[str, ...]  # words that make a 占…的 whole a target, not a whole (目标任务)
    unchecked_rates: tuple[str, ...]  # endings of rates whose denominator is not stated (失业率)
    not_parts: tuple[str, ...]  # words that make a rate a growth or completion (增长, 完成)
    per_unit: Mapping[str, tuple[str, ...]]  # an average's word -> the units of what it is per (户均: 户)
    complements: tuple[tuple[str, str], ...]  # word pairs that split a whole in two
    cover_sets: tuple[tuple[str, ...], ...]  # groups of words that split a whole (pairs included)
    decompositions: tuple[tuple[str, ...], ...]  # a whole's word, then the words of all its parts
    stages: tuple[str, ...]  # stages of progress (立项, 开工, 建成): parts named by them never add up
    peers: tuple[tuple[str, ...], ...]  # groups of words of things listed side by side (粮食, 油料, 棉花)
    cues: Mapping[str, tuple[str, ...]]  # terminal of the statement grammar -> its cue words
    shield: tuple[str, ...]  # words read as words though they contain a cue
    subjects: "SubjectWords"  # scope, qualifier and time words that tell figures apart
    people_units: frozenset[str]
    bounds: Mapping[str, float]
    scale: int
    scale_configured: bool  # the user set scale: the region a title names does not replace it
    regions: "RegionScales"
    people_factor: int
    definitions: "DefinitionData"  # derived figures and their formulas (A211)
    tables: "TableWords"  # total rows, sub-rows, column kinds, words around a table (A220–A229)

    def __hash__(self) -> int:
        """Every field's value, its mappings as their items (a MappingProxyType has no hash);
        computed once (every cache keyed on the data hashes it, a few times a document)."""
        return self._hash

    @cached_property
    def _hash(self) -> int:
        return hash(tuple(_hashable(getattr(self, f.name)) for f in fields(self)))

    def __getstate__(self) -> dict:
        """The fields without the hash, which holds this process's string hashes (another
        process, as one reading the data from the cache folder, hashes strings otherwise)."""
        return {name: value for name, value in self.__dict__.items() if name != "_hash"}

    @property
    def people_bound(self) -> float:
        return self.bounds.get("people") or self.scale * self.people_factor


def _hashable(value):
    return tuple(value.items()) if isinstance(value, Mapping) else value


def _load(name: str) -> dict:
    with open(data_dir("rules") / f"{name}.toml", "rb") as f:
        return tomllib.load(f)


def default_rule_data() -> RuleData:
    """The rule data of ``rules/`` alone."""
    return rule_data(())


@cache
def rule_data(extra: tuple = ()) -> RuleData:
    """The rule data of a configuration's own keys, ``extra`` frozen as (key, value) pairs in
    key order (mappings as their sorted items): read once per run for each distinct value."""
    return _stored_rule_data(extra)


@stored
def _stored_rule_data(extra: tuple) -> RuleData:
    """Built from the word lists at a fifth of a second, read back from the user's cache folder
    in a millisecond (the files of ``rules/`` are part of the key)."""
    return build_rule_data({key: dict(value) if key in _MAPPING_KEYS else value for key, value in extra})


_MAPPING_KEYS = ("units", "region-slips", "per-unit", "subjects", "cues", "tables")


def build_rule_data(extra: Mapping) -> RuleData:
    """Rule data from ``rules/`` extended by ``extra`` (the user's configuration keys
    ``units`` {kind: [unit…]}, ``idioms``, ``placeholders``, ``debris``, ``reduplication``,
    ``indicators``, ``counted-nouns``, ``count-verbs``, ``measure-nouns``, ``share-nouns``, ``money-nouns``, ``year-words``, ``year-prepositions``, ``part-rates``, ``targets``, ``per-unit``, ``unchecked-rates``,
    ``not-parts``, ``complements``, ``stages``
    [[a, b]…], ``cover-sets`` and ``peers`` [[a, b, c]…], ``cues`` {TERMINAL: [word…], shield: [word…]},
    ``subjects`` {list: [word…]}, ``definitions`` [{name, result, numerator, denominator …}…],
    ``tables`` {list: [word…], column-kinds: {kind: [word…]}}, ``scale``)."""
    from checker.definitions import definition_data
    from checker.indicators import IndicatorWords
    from checker.subjects import SubjectWords
    from checker.tables.words import TableWords, load_tables_file  # checker.tables reads claims

    units = {}
    unit_file = _load("units")
    extra_units = dict(extra.get("units", {}))
    not_units = tuple(unit_file["not_units"]) + tuple(extra_units.pop("not-units", ()))
    for kinds in (unit_file["kinds"], extra_units):
        units.update({unit: kind for kind, names in kinds.items() for unit in names})
    placeholders = _load("placeholders")
    debris = _load("debris")
    bounds = _load("bounds")
    counted = _load("counted-nouns")
    complements = _load("complements")
    cues = _load("cues")
    extra_cues = dict(extra.get("cues", {}))
    shield = tuple(cues["shield"]["words"]) + tuple(extra_cues.pop("shield", ()))
    pairs = tuple(tuple(pair) for pair in (*complements["pairs"], *extra.get("complements", ())))
    decompositions = tuple(tuple(group) for group in (*complements["decompositions"], *extra.get("decompositions", ())))
    confusables = _load("confusables")
    usage = _load("usage")
    return RuleData(
        units=MappingProxyType(units),
        traditional=tuple(_load("units")["traditional"]["pairs"]),
        unit_aliases=MappingProxyType(dict(_load("units")["aliases"])),
        not_units=not_units,
        idioms=tuple(_load("idioms")["words"]) + tuple(extra.get("idioms", ())),
        placeholder_patterns=tuple(placeholders["patterns"]),
        placeholder_words=tuple(placeholders["words"]) + tuple(extra.get("placeholders", ())),
        debris_words=tuple(debris["words"]) + tuple(extra.get("debris", ())),
        debris_label_words=tuple(debris["label_words"]),
        debris_counters=tuple(debris["counters"]) + tuple(extra.get("debris-counters", ())),
        debris_navigation=tuple(debris["navigation"]),
        debris_breadcrumbs=tuple(debris["breadcrumbs"]),
        debris_cues=tuple(debris["cues"]) + tuple(extra.get("debris-phrases", ())),
        debris_openers=tuple(debris["openers"]),
        debris_closers=tuple(debris["closers"]),
        garbled=tuple(debris["garbled"]) + tuple(extra.get("garbled", ())),
        debris_shapes=tuple(debris["shapes"]),
        debris_title_endings=tuple(debris["title_endings"]) + tuple(extra.get("title-endings", ())),
        reduplication_allow=frozenset(_load("reduplication")["allow"])
        | frozenset(extra.get("reduplication", ())),
        confusables=tuple(confusables["groups"]) + tuple(extra.get("confusables", ())),
        time_words=tuple(usage["time_words"]) + tuple(extra.get("time-words", ())),
        seasons=tuple(usage["seasons"]),
        person_nouns=tuple(usage["person_nouns"]) + tuple(extra.get("person-nouns", ())),
        year_joiners=tuple(usage["year_joiners"]) + tuple(extra.get("year-joiners", ())),
        frame_endings=tuple(usage["frame_endings"]) + tuple(extra.get("frame-endings", ())),
        frame_subjects=tuple(usage["frame_subjects"]) + tuple(extra.get("frame-subjects", ())),
        growth_verbs=tuple(usage["growth_verbs"]) + tuple(extra.get("growth-verbs", ())),
        rate_words=tuple(usage["rate_words"]) + tuple(extra.get("rate-words", ())),
        region_slips=MappingProxyType({
            ending: tuple(usage["region_slips"].get(ending, ())) + tuple(extra.get("region-slips", {}).get(ending, ()))
            for ending in {*usage["region_slips"], *extra.get("region-slips", {})}}),
        spun_phrases=tuple(tuple(pair) for pair in (*usage["spun_phrases"], *extra.get("spun-phrases", ()))),
        approximate_words=tuple(usage["approximate_words"]) + tuple(extra.get("approximate-words", ())),
        approximate_ends=tuple(usage["approximate_ends"]) + tuple(extra.get("approximate-ends", ())),
        confusable_limits=(int(confusables["min_frequency"]), int(confusables["min_frequency_long"]),
                           float(confusables["min_ratio"])),
        real_word_frequency=int(confusables["real_word_frequency"]),
        indicators=IndicatorWords.build(_load("indicators"), tuple(extra.get("indicators", ()))),
        counted_nouns=tuple(counted["endings"]) + tuple(extra.get("counted-nouns", ())),
        count_verbs=tuple(counted["verbs"]) + tuple(extra.get("count-verbs", ())),
        measure_nouns=tuple(counted["measures"]) + tuple(extra.get("measure-nouns", ())),
        share_nouns=tuple(counted["shares"]) + tuple(extra.get("share-nouns", ())),
        money_nouns=tuple(counted["money"]) + tuple(extra.get("money-nouns", ())),
        number_labels=tuple(counted["labels"]),
        hotline=counted["hotline"],
        year_words=tuple(_load("year-words")["words"]) + tuple(extra.get("year-words", ())),
        year_prepositions=tuple(_load("year-words")["before"]) + tuple(extra.get("year-prepositions", ())),
        part_rates=tuple(_load("part-rates")["endings"]) + tuple(extra.get("part-rates", ())),
        targets=tuple(_load("part-rates")["targets"]) + tuple(extra.get("targets", ())),
        unchecked_rates=tuple(_load("part-rates")["unchecked"]) + tuple(extra.get("unchecked-rates", ())),
        not_parts=tuple(_load("part-rates")["not-parts"]) + tuple(extra.get("not-parts", ())),
        per_unit=MappingProxyType({
            word: tuple(_load("part-rates")["per-unit"].get(word, ())) + tuple(extra.get("per-unit", {}).get(word, ()))
            for word in {*_load("part-rates")["per-unit"], *extra.get("per-unit", {})}}),
        complements=pairs,
        cover_sets=pairs + tuple(tuple(group) for group in (*complements["sets"], *extra.get("cover-sets", ()))),
        decompositions=decompositions,
        stages=tuple(complements["stages"]) + tuple(extra.get("stages", ())),
        peers=tuple(tuple(group) for group in (*complements["peers"], *extra.get("peers", ()))),
        cues=MappingProxyType({name: tuple(words) + tuple(extra_cues.get(name, ()))
                               for name, words in cues["cues"].items()}),
        shield=shield,
        subjects=SubjectWords.build(_load("subjects"), extra.get("subjects", {})),
        people_units=frozenset(bounds["people"]["units"]),
        bounds=MappingProxyType(dict(bounds["max"])),
        scale=int(extra.get("scale", bounds["scale"])),
        scale_configured="scale" in extra,
        regions=RegionScales.build(bounds["regions"]),
        people_factor=int(bounds["people_factor"]),
        definitions=definition_data(_load("definitions"), extra.get("definitions", ())),
        tables=TableWords.build(load_tables_file(), extra.get("tables", {}), decompositions),
    )


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()  # code prefixes; empty: all rules
    ignore: tuple[str, ...] = ()
    severities: Mapping[str, Severity] = field(default_factory=lambda: MappingProxyType({}))  # code -> severity
    fail_on: Severity = Severity.WARNING
    lang: str = "zh"
    extra: tuple = ()  # the configuration's own rule-data keys, frozen (see ``rule_data``)

    def __hash__(self) -> int:
        return hash((self.select, self.ignore, tuple(sorted(self.severities.items())),
                     self.fail_on, self.lang, self.extra))

    @property
    def data(self) -> RuleData:
        """``rules/`` extended by the configuration's keys, built when a file is checked (the
        results cache keys on ``extra``; the files of ``rules/`` are part of the program's key)."""
        return rule_data(self.extra)

    def selects(self, code: str) -> bool:
        chosen = not self.select or any(code.startswith(p) for p in self.select)
        return chosen and not any(code.startswith(p) for p in self.ignore)
