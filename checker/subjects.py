"""What a figure is about, and whether two figures are about the same thing.

Reports state many figures under the same words: the 在校生 of the 小学 section and of the 初中
section, 城镇人口 counted by 常住 and by 户籍 residence, the 2010 census and the 2020 one. A
``Subject`` keeps what tells them apart:

- the scope: a school level, a sector or a crop named in the figure's sentence before it, else at
  the head of the last sentence of its paragraph that opens with one ("小学3989所，…。…校舍总面积"),
  else in a paragraph's leading label ("——小学。", "小学教育："), else in the heading above it;
- the qualifiers, in groups (户籍/常住, 新增/累计, 城镇/乡村, 男/女, an age group …): each group's
  last word in the sentence before the figure, so a 其中 part keeps its whole's 户籍;
- the region (全市, 我县; the document's most named one when none is named);
- the time: the last year, period or 上年 named before the figure in its sentence (not the base
  of a comparison, 比上年), else the previous sentence's in the paragraph, else the heading's;
  a plan word (目标, 力争, 下一步打算) makes it a plan; the document's most named year is the
  report's own period, as are 全年 and 今年;
- the head noun (the figure's own clause without those words) and the unit;
- the context, unless a scope anchors the noun: the first clause stating a figure before the
  figure's own ("民营企业1200家，从业人员5万人": 从业人员 of 民营企业), else the whole a part
  belongs to ("招生2.1万人，其中本科5422人": 本科 of 招生; "常住人口中，城镇人口…").

``same_quantity`` compares two subjects. The words are data: ``rules/subjects.toml``, extended by
``[tool.hegao] subjects``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Mapping

from checker.prefilter import prefiltered
from checker.wordtrie import longest_first

if TYPE_CHECKING:
    from checker.claims.model import Claim
    from checker.document import Document

# The keys a user's ``subjects`` table may extend: lists of words, except ``qualifiers``
# ({group: [word…]}) and ``synonyms`` ([[word…]…]).
LIST_KEYS = ("scope", "current", "previous", "plan", "comparison", "filler", "not-a-level", "stock", "averages",
             "whole-of-kind", "whole-marks")
KEYS = (*LIST_KEYS, "qualifiers", "synonyms")


@dataclass(frozen=True)
class SubjectWords:
    """The word lists of ``rules/subjects.toml``; see that file for what each one means."""

    scope: tuple[str, ...]
    qualifiers: tuple[tuple[str, tuple[str, ...]], ...]
    qualifier_patterns: tuple[tuple[str, str], ...]
    current: tuple[str, ...]
    previous: tuple[str, ...]
    plan: tuple[str, ...]
    comparison: tuple[str, ...]
    time_patterns: tuple[str, ...]
    region_prefixes: tuple[str, ...]
    region_levels: tuple[str, ...]
    filler: tuple[str, ...]
    not_a_level: tuple[str, ...]
    stock: tuple[str, ...]
    averages: tuple[str, ...]
    whole_of_kind: tuple[str, ...]
    whole_marks: tuple[str, ...]
    not_whole_marks: tuple[str, ...]
    synonyms: tuple[tuple[str, ...], ...]

    @classmethod
    def build(cls, table: Mapping, extra: Mapping) -> "SubjectWords":
        """The lists of ``table`` (the file) with a user's ``extra`` words added."""
        groups = {group: list(words) for group, words in table["qualifiers"].items()}
        for group, words in dict(extra.get("qualifiers", {})).items():
            groups.setdefault(group, []).extend(words)
        time, words = table["time"], table["words"]

        def listed(name: str, base) -> tuple[str, ...]:
            return tuple(base) + tuple(extra.get(name, ()))

        return cls(
            scope=listed("scope", table["scope"]),
            qualifiers=tuple((group, tuple(ws)) for group, ws in groups.items()),
            qualifier_patterns=tuple(table["qualifier-patterns"].items()),
            current=listed("current", time["current"]),
            previous=listed("previous", time["previous"]),
            plan=listed("plan", time["plan"]),
            comparison=listed("comparison", time["comparison"]),
            time_patterns=tuple(time["patterns"]),
            region_prefixes=tuple(table["region"]["prefixes"]),
            region_levels=tuple(table["region"]["levels"]),
            filler=listed("filler", words["filler"]),
            not_a_level=listed("not-a-level", words["not-a-level"]),
            stock=listed("stock", words["stock"]),
            averages=listed("averages", words["averages"]),
            whole_of_kind=listed("whole-of-kind", words["whole-of-kind"]),
            whole_marks=listed("whole-marks", words["whole-marks"]),
            not_whole_marks=listed("not-whole-marks", words["not-whole-marks"]),
            synonyms=tuple(tuple(g) for g in (*words["synonyms"], *extra.get("synonyms", ()))),
        )


@dataclass(frozen=True)
class Subject:
    """What one figure is about. ``words`` are the figure's own words, for messages; ``stock``
    says they name a stock (总数, 人口, 面积), stated once for its time."""

    noun: str
    unit: str | None
    scope: str = ""
    qualifiers: frozenset[tuple[str, str]] = frozenset()
    region: str = ""
    time: str = ""
    context: str = ""
    words: str = field(default="", compare=False)
    stock: bool = field(default=False, compare=False)

    @property
    def key(self) -> tuple:
        """Everything ``same_quantity`` compares: equal keys, same quantity."""
        return (self.noun, self.unit, self.scope, self.qualifiers, self.region, self.time, self.context)


def same_quantity(a: Subject, b: Subject) -> bool:
    """Whether two figures are about the same thing: the same noun (or, for a bare "小学49所",
    scope) and unit, in the same scope, region and time, with the same qualifiers."""
    return bool(a.noun or a.scope) and a.key == b.key


# -- reading subjects ------------------------------------------------------------------------

_SEPARATOR = re.compile(r"[，,；;：:、\s|]")
_CLAUSE = re.compile(r"[^，,；;：:、\s|]+")
_STATEMENT_END = re.compile(r"[。！？!?]")
_ITEM_END = re.compile(r"[；;]")
# Words that open the parts of a whole: 其中, or a clause ending in 中 ("常住人口中，城镇人口…").
_PARTS = re.compile(r"其中|中(?=[，,：:])")
_DIGIT = re.compile(r"[0-9０-９]")
_NOT_A_WORD = re.compile(r"[^\u4e00-\u9fffA-Za-z+]")
_DASH = re.compile(r"\s*[—–~至到]\s*")
_PERIOD_MARKS = re.compile(r"[年末底\s“”\"‘’]")
_PLAN_YEAR = re.compile(r"^(?:到|至)")
_YEAR = re.compile(r"(?<![\d到至])((?:19|20)\d{2})\s*年")  # a year named, not a plan's (到2030年)
# Heading levels, outermost first; a plain short line ("教育", "人口") is a top-level heading.
_RANK = {"part": 0, "plain": 1, "cn": 1, "cn_paren": 2, "arabic": 3, "arabic_paren": 4}
_TITLE_END = re.compile(r"[。，,；;：:！？!?\n]")
# A paragraph's leading label: "——小学。", "小学教育：", "人口 年末全县…".
_LABEL = re.compile(r"(?:——|—|－－|--)?\s*([^\d\s，,。；;：:！？!?|]{1,10}?)(?:[。：:]|\s+)")
_OPENING_MARKS = re.compile(r"[\s—–－\-]*")  # before a sentence's first word: "——初中。"
_PLAIN_HEADING = re.compile(r"[^\d，,。；;：:！？!?|]{1,12}")


def _alternation(words) -> re.Pattern:
    """One pattern matching any of ``words``, the longest first."""
    ordered = longest_first(words)
    return re.compile("|".join(map(re.escape, ordered)) if ordered else r"(?!)")


@dataclass(frozen=True)
class _Lexicon:
    """The compiled word lists."""

    scope: re.Pattern
    qualifiers: tuple[tuple[str, re.Pattern], ...]
    times: re.Pattern  # time patterns first, then the words of current, previous and plan
    canonical: Mapping[str, str]  # a time word -> "" (the report's period), "上年" or "计划"
    comparison: re.Pattern  # a comparison word ending the text searched
    comparison_longest: int  # so that only the text's last characters are searched
    region: re.Pattern
    filler_edges: re.Pattern
    not_a_level: re.Pattern
    stock: re.Pattern
    synonyms: Mapping[str, str]


@cache
def _lexicon(w: SubjectWords) -> _Lexicon:
    canonical = {**{x: "" for x in w.current}, **{x: "上年" for x in w.previous}, **{x: "计划" for x in w.plan}}
    words = _alternation(canonical).pattern
    filler = _alternation(w.filler).pattern
    return _Lexicon(
        scope=_alternation(w.scope),
        qualifiers=tuple((group, _alternation(ws)) for group, ws in w.qualifiers)
        + tuple((group, re.compile(p)) for group, p in w.qualifier_patterns),
        times=prefiltered("|".join([*w.time_patterns, words])),
        canonical=canonical,
        comparison=re.compile(f"(?:{_alternation(w.comparison).pattern})$"),
        comparison_longest=max(map(len, w.comparison), default=0),
        region=re.compile(f"(?:{_alternation(w.region_prefixes).pattern})(?:{_alternation(w.region_levels).pattern})"),
        filler_edges=prefiltered(f"^(?:{filler})+|(?:{filler})+$"),
        not_a_level=re.compile(f"(?:{_alternation(w.not_a_level).pattern})$"),
        stock=_alternation(w.stock),
        synonyms={word: group[0] for group in w.synonyms for word in group},
    )


def without_region(words: SubjectWords, name: str) -> str:
    """``name`` without the region word at its start: 幼儿园 of 全省幼儿园."""
    m = _lexicon(words).region.match(name)
    return name[m.end():] if m else name


def _after_last(char: re.Pattern, text: str, start: int, end: int, default: int) -> int:
    """Where the text after the last match of ``char`` (one character) in ``text[start:end]``
    begins, else ``default``. The stretch is searched reversed: the search stops at the last
    match instead of visiting every one."""
    found = char.search(text[start:end][::-1]) if end > start else None
    return end - found.start() if found else default


def _blank_parentheses(text: str) -> str:
    """``text`` with every closed （…） or (…) blanked (by NUL, which is neither a word nor a
    separator): an aside names no scope, and "入园（班）幼儿" stays one clause."""
    if "(" not in text and "（" not in text:
        return text
    chars, opened = list(text), []
    for i, ch in enumerate(text):
        if ch in "（(":
            opened.append(i)
        elif ch in "）)" and opened:
            start = opened.pop()
            chars[start:i + 1] = "\0" * (i + 1 - start)
    return "".join(chars)


@dataclass(frozen=True)
class _Time:
    """The time words of a stretch of text: whether one is a plan word, and the last period."""

    plan: bool
    period: str | None

    @property
    def named(self) -> bool:
        return self.plan or self.period is not None


STATEMENT_LONGEST = 300  # characters


# A stock named in this many characters or more (高速公路通车里程, 在校学生总数) needs no context.
_NAMED_STOCK = 4


class SubjectReader:
    """Reads the subject of any figure of one document with one set of words."""

    def __init__(self, doc: "Document", words: SubjectWords):
        self.doc, self.lex = doc, _lexicon(words)
        text = doc.text
        years = Counter(m.group(1) for m in _YEAR.finditer(text))
        self.year = max(years, key=lambda y: (years[y], y)) if years else None
        regions = Counter(m.group()[-1] for m in self.lex.region.finditer(text))
        self.region = max(regions, key=lambda r: (regions[r], r)) if regions else ""
        self._claim_starts = [c.start for c in doc.claims]
        self._statements: dict["Claim", tuple[str, str, int]] = {}
        self._times_before: dict[tuple[int, int], _Time] = {}  # (sentence, paragraph) -> _time_before
        self._openings: dict[int, str] = {}  # sentence -> _opening_scope_from
        self._headings = self._read_headings()
        self._heading_starts = [h[0] for h in self._headings]

    # -- the parts of a subject ----------------------------------------------------------------

    def subject(self, claim: "Claim") -> Subject:
        lex = self.lex
        lead, item, clause_start = self._statement(claim)
        own = item[clause_start:]
        named = [w for w in (self._last(lex.scope, lead), self._last(lex.scope, item)) if w]
        scope = ("/".join(dict.fromkeys(named)) or self._opening_scope(claim) or self._label_scope(claim)
                 or self._heading(claim)[0])
        noun = self.noun(own)
        words = _NOT_A_WORD.sub("", own)
        stock = bool(lex.stock.search(words))
        named_stock = stock and len(noun) >= _NAMED_STOCK
        # a stock named in full is never new or cumulative because the clause before it was
        # (全年新建公路410公里，公路总里程3568公里)
        qualifiers = frozenset((group, self._canonical_qualifier(m)) for group, rx in lex.qualifiers
                               if (m := self._last(rx, own) if named_stock and group == "flow"
                                   else self._last(rx, item) or self._last(rx, lead)))
        region = (self._last(lex.region, item) or self._last(lex.region, lead) or self.region)[-1:]
        # a scope anchors a noun ("小学…，在校生"), and so does a stock's own name (高速公路通车
        # 里程); a bare part ("其中本科5422人") is of its whole
        anchored = scope and noun or named_stock
        context = "" if anchored else self._context(item) or self._context(lead, lead=True)
        return Subject(noun, claim.unit, scope, qualifiers, region, self._time(claim, lead + "|" + item),
                       context, words=words, stock=stock)

    def _statement(self, claim: "Claim") -> tuple[str, str, int]:
        """(lead, item, where the figure's own clause starts in the item), read once a figure."""
        if claim not in self._statements:
            lead, item_start, item = self._read_statement(claim)
            self._statements[claim] = lead, item, self._clause_start(item_start, claim, item)
        return self._statements[claim]

    def _read_statement(self, claim: "Claim") -> tuple[str, int, str]:
        """(lead, start of item, item) of a figure, parentheses blanked: the item is its
        statement (from the last 。！？) up to it, from the last ；after any 其中; the lead is
        what the statement says before 其中 — the statement before, when it opens with 其中 —
        whose scope and qualifiers the parts keep."""
        text, doc = self.doc.text, self.doc
        paragraph = doc.paragraphs[doc.paragraph_at(claim.start)]
        # a statement is read back at most STATEMENT_LONGEST characters: a paragraph with no
        # sentence end costs no more per figure than a short one
        first = max(paragraph.start, claim.start - STATEMENT_LONGEST)
        start = _after_last(_STATEMENT_END, text, first, claim.start, first)
        before = _blank_parentheses(text[start:claim.start])
        opening = _PARTS.search(before)
        lead = ""
        if opening and opening.start() == len(before) - len(before.lstrip()):
            earliest = max(paragraph.start, start - STATEMENT_LONGEST)
            previous = _after_last(_STATEMENT_END, text, earliest, start - 1, earliest)
            lead = _blank_parentheses(text[previous:start])
        elif opening:
            lead = before[:opening.start()]
        rest = opening.end() if opening else 0
        item = _after_last(_ITEM_END, before, rest, len(before), rest)
        return lead, start + item, before[item:]

    def is_level(self, claim: "Claim") -> bool:
        """Whether a figure states a level of its subject, not a change, a base or a bound
        ("比上年增加2.2万亩", "由120所", "增加到150所"), nor one that describes what follows it
        ("投资8000万元的扩建项目")."""
        _, item, clause_start = self._statement(claim)
        words = _NOT_A_WORD.sub("", item[clause_start:])
        attributive = self.doc.text.startswith("的", claim.end)  # 投资8000万元的…项目
        return not attributive and not self.lex.not_a_level.search(self.lex.filler_edges.sub("", words))

    def noun(self, words: str) -> str:
        """The head noun of a figure's own words: without time, qualifier, scope and region
        words, the filler at either end, and a leading 总 (户籍总人口 → 人口)."""
        lex = self.lex
        for rx in (lex.times, *(rx for _, rx in lex.qualifiers), lex.scope, lex.region):
            words = rx.sub("", words)
        words = lex.filler_edges.sub("", _NOT_A_WORD.sub("", words))
        if words.startswith("总") and len(words) > 2:
            words = words[1:]
        return lex.synonyms.get(words, words)

    @staticmethod
    def _last(rx: re.Pattern, text: str) -> str:
        if not rx.groups:  # findall lists the matches themselves, in one call
            found = rx.findall(text)
            return found[-1] if found else ""
        found = ""
        for m in rx.finditer(text):
            found = m.group()
        return found

    @staticmethod
    def _canonical_qualifier(word: str) -> str:
        return _DASH.sub("-", re.sub(r"\s+", "", word))

    def _clause_start(self, sentence_start: int, claim: "Claim", before: str) -> int:
        """Where the figure's own clause starts in ``before`` (``text[sentence_start:claim.start]``):
        after the last separator or the figure before it."""
        start = _after_last(_SEPARATOR, before, 0, len(before), 0)
        i = bisect_right(self._claim_starts, claim.start - 1) - 1
        if i >= 0 and self.doc.claims[i].end <= claim.start:
            start = max(start, self.doc.claims[i].end - sentence_start)
        return start

    def _context(self, text: str, lead: bool = False) -> str:
        """The noun of the first clause of an item that states a figure before the figure's own
        clause (民营企业 of "民营企业1200家，从业人员5万人"; "" when the figure's clause comes
        first), or of the first clause with a noun of a lead ("常住人口中，")."""
        pieces = [m.group() for m in _CLAUSE.finditer(text)]
        for i, piece in enumerate(pieces):
            if not lead and i == len(pieces) - 1:
                return ""
            words = _DIGIT.split(piece, maxsplit=1)
            if (lead or len(words) > 1) and (noun := self.noun(words[0])):
                return noun
        return ""

    # -- time ------------------------------------------------------------------------------------

    def opening_period(self) -> str:
        """The period the document's first sentence names (上半年 of "今年上半年，我县经济运行…"):
        the report's own, in the form of ``Subject.time``; "" when it names none."""
        first = self.doc.sentences[0] if self.doc.sentences else None
        found = self._times_in(self.doc.text[first.start:first.end]) if first else _Time(False, None)
        return found.period or ""

    def _period(self, word: str) -> str:
        if word in self.lex.canonical:
            return self.lex.canonical[word]
        return _DASH.sub("-", _PERIOD_MARKS.sub("", _PLAN_YEAR.sub("", word)))

    def _times_in(self, text: str) -> _Time:
        plan, period = False, None
        for m in self.lex.times.finditer(text):
            # a comparison word ends there, perhaps before a line break ($ matches before one)
            if self.lex.comparison.search(text, max(0, m.start() - self.lex.comparison_longest - 1), m.start()):
                continue  # 比上年, 较2022年: the base of a comparison
            word = m.group()
            if self.lex.canonical.get(word) == "计划" or _PLAN_YEAR.match(word):
                plan = True
            if self.lex.canonical.get(word) != "计划":
                period = self._period(word)
        return _Time(plan, period)

    def _time(self, claim: "Claim", before: str) -> str:
        found = self._times_in(before)
        if not found.named:
            found = self._earlier_sentence_time(claim)
        if not found.named:
            found = self._heading(claim)[1]
        period = "" if found.period is None or found.period == self.year else found.period
        return ("计划" if found.plan else "") + period

    def _earlier_sentence_time(self, claim: "Claim") -> _Time:
        """The time the last sentence before the figure's that names one says, in its paragraph."""
        index = self.doc.sentence_at(claim.start)
        return self._time_before(index, self.doc.paragraph_at(claim.start))

    def _time_before(self, index: int, paragraph: int) -> _Time:
        """The time of the last sentence before sentence ``index`` in ``paragraph`` that names one,
        read once a sentence: a paragraph of many sentences naming none costs no more per figure."""
        doc, walked, found = self.doc, [], _Time(False, None)
        while (index, paragraph) not in self._times_before:
            walked.append(index)
            index -= 1
            if index < 0 or doc.paragraph_at(doc.sentences[index].start) != paragraph:
                break
            sentence = doc.sentences[index]
            found = self._times_in(_blank_parentheses(doc.text[sentence.start:sentence.end]))
            if found.named:
                break
        else:
            found = self._times_before[index, paragraph]
        for i in walked:
            self._times_before[i, paragraph] = found
        return found

    # -- headings and labels ---------------------------------------------------------------------

    def _read_headings(self) -> list[tuple[int, str, _Time]]:
        """(start, scope, time) in force from each heading on: the innermost heading above
        that names a scope, and the innermost that names a time."""
        doc, text = self.doc, self.doc.text
        marked = [(h.start, _RANK[h.style], h.marker_end) for h in doc.headings if h.style in _RANK]
        starts = {h[0] for h in marked}
        plain = [(p.start, _RANK["plain"], p.start) for p in doc.paragraphs
                 if p.start not in starts and _PLAIN_HEADING.fullmatch(text, p.start, p.end)]
        stack: list[tuple[int, str, _Time]] = []
        result = []
        for start, rank, title_start in sorted(marked + plain):
            end = _TITLE_END.search(text, title_start)
            title = text[title_start:end.start() if end else len(text)]
            while stack and stack[-1][0] >= rank:
                stack.pop()
            stack.append((rank, self._last(self.lex.scope, title), self._times_in(title)))
            scope = next((s for _, s, _ in reversed(stack) if s), "")
            time = next((t for _, _, t in reversed(stack) if t.named), _Time(False, None))
            result.append((start, scope, time))
        return result

    def _heading(self, claim: "Claim") -> tuple[str, _Time]:
        i = bisect_right(self._heading_starts, claim.start) - 1
        return self._headings[i][1:] if i >= 0 else ("", _Time(False, None))

    def _opening_scope(self, claim: "Claim") -> str:
        """The scope the last sentence of the figure's paragraph up to its own opens with: a report
        that runs its levels into one paragraph names each at the head of its first sentence
        ("小学3989所，…。…校舍总面积2297.8万平方米": the 校舍 of 小学; "初中入学率…。校舍总面积…").
        A sentence opening with a region and no scope ("全省…") speaks of the whole: "" from it on."""
        return self._opening_scope_from(self.doc.sentence_at(claim.start), self.doc.paragraph_at(claim.start))

    def _opening_scope_from(self, index: int, paragraph: int) -> str:
        """``_opening_scope`` of sentence ``index``, read once a sentence."""
        doc, walked, found = self.doc, [], ""
        while index not in self._openings:
            if index < 0 or doc.paragraph_at(doc.sentences[index].start) != paragraph:
                break
            walked.append(index)
            opens = self._opens_with(doc.sentences[index])
            if opens is not None:
                found = opens
                break
            index -= 1
        else:
            found = self._openings[index]
        for i in walked:
            self._openings[i] = found
        return found

    def _opens_with(self, sentence) -> str | None:
        """The scope a sentence opens with (after a region word or a dash: "全省义务教育中小学",
        "——初中"), "" when it opens with a region and no scope, None when it opens with neither."""
        text = self.doc.text
        start = _OPENING_MARKS.match(text, sentence.start, sentence.end).end()
        region = self.lex.region.match(text, start, sentence.end)
        after = region.end() if region else start
        if not self.lex.scope.match(text, after, sentence.end):
            return "" if region else None
        clause = _CLAUSE.match(_blank_parentheses(text[after:sentence.end]))
        return self._last(self.lex.scope, _DIGIT.split(clause.group(), maxsplit=1)[0])

    def _label_scope(self, claim: "Claim") -> str:
        paragraph = self.doc.paragraphs[self.doc.paragraph_at(claim.start)]
        label = _LABEL.match(self.doc.text, paragraph.start, claim.start)
        return self._last(self.lex.scope, label.group(1)) if label else ""

