"""Rates: a stated X率 with its numerator and denominator in the same paragraph.

The numerator is the claim before the rate, in its sentence, whose clause repeats most of the rate's
stem, the nearest of those (开工率 ↔ 100个项目已开工, 整改完成率 ↔ 已整改798条, A+率 ↔ A+513人,
集中供养率 ↔ 集中供养326人 rather than 分散供养486人). The denominators are the
claims of the same unit before the numerator with a value at least as large, nearest first: at
least one in the numerator's sentence or the one before it, and any earlier in the paragraph (a
rule stays quiet if any of them gives the rate: 本科毕业生5420人 … ；…；深造1626人，深造率30.0%).
When no figure repeats the stem, a rate right after two counts of one noun in its sentence is the
second over the first (共有行政村186个，…的行政村171个，覆盖率95.7%).

A count followed by a rate of its own below 100% is a part of a whole the text does not state, not
a denominator: in "开工298个，开工率96.75%，完工266个，完工率86.36%" both rates are of the 308
projects planned, so 完工率 is not 266 ÷ 298.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterator, Sequence

from checker.claims.model import Claim
from checker.relations.model import Rate
from checker.relations.scope import SENTENCE_END, is_count

# The rate's name right before its figure: "开工率86%", "A+率为6.93%", "整改完成率达到95%".
_RATE_NAME = re.compile(r"([A-Za-z+\u4e00-\u9fff]{1,8}?)率(?:为|是|达|达到|约为|提高到|达到了)?$")
# Words that end a rate's stem on the left: "截止9月底的开工率" → 开工.
_STEM_START = re.compile(r".*(?:的|，|,|、|；|。)")
# Characters between a rate's name and its figure (为, 达到, a space).
_NAME_GAP = 4
_CONTEXT = 8  # characters either side of a claim searched for the stem
# The figures before a rate that may be its numerator or denominator: the nearest ones (a
# paragraph of hundreds of figures costs no more per rate than a short one).
CANDIDATES = 40
_CLAUSE_END = re.compile(r"[，,；;。：:！？、（）()]")
# A rate named by a verb alone (覆盖率, 入住率), which is about the figures before it.
_BARE_RATE = 3
# The noun right before a count, as its last characters: 行政村 of 已纳入…的行政村171个.
_NOUN = 3
_NOUN_BEFORE = re.compile(rf"[\u4e00-\u9fff]{{2,{_NOUN}}}$")


def stem_keys(stem: str) -> list[str]:
    """The pieces of a stem that name the numerator: Latin tokens whole, Chinese as bigrams."""
    latin = re.findall(r"[A-Za-z][A-Za-z+]*", stem)
    han = re.sub(r"[A-Za-z+]", "", stem)
    return latin + [han[i:i + 2] for i in range(len(han) - 1)]


def _stem_keys_named(text: str, claim: Claim, keys: Sequence[str]) -> int:
    """How many stem keys the words of the claim's own clause, either side of it, contain."""
    before = _CLAUSE_END.split(text[max(0, claim.start - _CONTEXT):claim.start])[-1]
    after = _CLAUSE_END.split(text[claim.end:claim.end + _CONTEXT])[0]
    return sum(k in before or k in after for k in keys)


def rate_name(text: str, claim: Claim) -> str | None:
    """The name of the rate a percentage states ("开工率" for "开工率86%"), or None."""
    m = _RATE_NAME.search(text, max(0, claim.start - 12), claim.start)
    stem = _STEM_START.sub("", m.group(1)) if m else ""
    return stem + "率" if stem else None


def find_rates(text: str, claims: Sequence[Claim]) -> Iterator[Rate]:
    """Rates among the claims of one paragraph (in text order)."""
    ends = [m.end() for m in SENTENCE_END.finditer(text, claims[0].start, claims[-1].end)] if claims else []

    def sentence_of(offset: int) -> int:
        """How many sentence ends of the paragraph come before ``offset``."""
        return bisect_right(ends, offset)

    parts = _parts_with_own_rate(text, claims)
    for i, claim in enumerate(claims):
        if claim.kind != "percent" or claim.value is None:
            continue
        name = rate_name(text, claim)
        keys = _keys(name)
        if not keys:
            continue
        window = claims[max(0, i - CANDIDATES):i]
        named_from = text.rfind(name, max(0, claim.start - len(name) - _NAME_GAP), claim.start)
        # a figure inside the rate's own name (三年 of 学前三年毛入园率) is no count of it
        before = [c for c in window if is_count(c) and not _per_unit(text, c, window)
                  and not (named_from >= 0 and c.start >= named_from)]
        # the claim naming most of the stem, the nearest of those: 集中供养率 ↔ 集中供养326人,
        # not the nearer 分散供养486人
        sentence = sentence_of(claim.start)
        named = [(_stem_keys_named(text, c, keys), c.start, c) for c in before if sentence_of(c.end) == sentence]
        score, _, numerator = max(named, key=lambda n: n[:2], default=(0, 0, None))
        if not score:
            yield from _of_the_same_noun(text, name, claim, [c for _, _, c in named])
            continue
        larger = [c for c in reversed(before) if c.start < numerator.start and c.unit == numerator.unit
                  and c.value >= numerator.value > 0 and c.start not in parts]
        near = [c for c in larger if sentence_of(numerator.start) - sentence_of(c.end) <= 1]
        if near:  # farther figures of the paragraph are candidates too, never the only one
            yield Rate(name, claim, numerator, tuple(near + [c for c in larger if c not in near]))


def _keys(name: str | None) -> list[str]:
    """The stem keys of a rate's name: its last four characters name what is counted (核查处置 of
    不合格产品核查处置率)."""
    return stem_keys(name[:-1][-4:]) if name else []


def _parts_with_own_rate(text: str, claims: Sequence[Claim]) -> set[int]:
    """Starts of the counts right before a rate below 100% whose stem their clause names (开工298个，
    开工率96.75%): each is that rate's numerator, so a part of a whole, never another rate's whole."""
    parts = set()
    for count, rate in zip(claims, claims[1:]):
        if (is_count(count) and rate.kind == "percent" and rate.value is not None and rate.value < 100
                and not SENTENCE_END.search(text, count.end, rate.start)
                and _stem_keys_named(text, count, _keys(rate_name(text, rate)))):
            parts.add(count.start)
    return parts


def _per_unit(text: str, claim: Claim, claims: Sequence[Claim]) -> bool:
    """Whether the figure is the basis of a per-unit figure (百元 of 每百元主营业务收入中的成本)
    or the per-unit figure itself (its 85.95元): neither counts a part of a whole."""
    return any(text.endswith("每", 0, b.start) and b.start <= claim.start
               and not _CLAUSE_END.search(text, b.end, claim.start) for b in claims)


def _of_the_same_noun(text: str, name: str, rate: Claim, sentence: Sequence[Claim]) -> Iterator[Rate]:
    """A rate whose stem no figure repeats, right after two counts of one noun in its sentence,
    the second smaller: "共有行政村186个，已纳入收运体系的行政村171个，覆盖率达到95.7%" (171 of
    the 186)."""
    if not sentence or len(name) > _BARE_RATE:
        return  # 学龄儿童入学率 names its own subject, not the figures before it
    if len(sentence) < 2:
        return
    whole, numerator = sentence[-2], sentence[-1]
    noun = _NOUN_BEFORE.search(text, max(0, numerator.start - _NOUN), numerator.start)
    if (noun is not None and whole.unit == numerator.unit and whole.value and whole.value > numerator.value > 0
            and text.endswith(noun.group(), 0, whole.start)):
        yield Rate(name, rate, numerator, (whole,))
