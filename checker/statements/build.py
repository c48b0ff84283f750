"""Turn a shape the statement grammar found into typed statements (``checker.relations.model``).

The grammar says where a statement is and what its pieces are; this module says which figures
take part, by their kinds and units: a part has its total's unit, a change's difference has its
level's, a change is not a part. Each ``build_<shape>`` returns the statements of one shape.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Iterator, Sequence

from lark import Token, Tree

from checker.claims.model import Claim
from checker.relations.model import (AverageChange, Breakdown, Change, ChangeSince, LevelChange, Pairing,
                                     PercentParts, Trend, UnitSlip)
from checker.relations.enumerations import is_counted_noun
from checker.relations.scope import is_count, names_a_class
from checker.statements.cover import (covers_whole, decomposes, elided, optional_cover, shared_ending, siblings,
                                      stages, structure_words,
                                      words_cover, words_named)
from checker.statements.parse import Parsed
from checker.statements.tokens import CLAUSE_SEPARATORS, Tok

if TYPE_CHECKING:
    from checker.config import RuleData
    from checker.subjects import SubjectWords

_CHANGE_VERBS = {"UP", "DOWN"}
_RISING = {"UP", "UPTO", "AVG_UP"}
_FALLING = {"DOWN", "DOWNTO", "AVG_DOWN"}
_COMPARING = {"BI", "THAN", "FROM", "GAP", "LASTYEAR", "UPTO", "DOWNTO", "TO"}
# Tokens after which a figure in a list item is a change or a comparison, never a part.
_NOT_A_PART_AFTER = {"UP", "DOWN", "THAN", "BI", "ZHAN", "SHARE", "CONTRIB", "GAP", "LASTYEAR"}


class Paragraph:
    """The tokens of one paragraph and what the builders ask of them."""

    def __init__(self, tokens: Sequence[Tok]):
        self.tokens = tokens
        self._ends = [i for i, t in enumerate(tokens) if t.type == "END"]

    def toks(self, node: Tree | Token) -> list[Tok]:
        """The paragraph tokens under a node of a parse tree, in order."""
        if isinstance(node, Token):
            return [self.tokens[node.start_pos]]
        return [self.tokens[t.start_pos] for t in node.scan_values(lambda v: isinstance(v, Token))]

    def sentence(self, index: int) -> tuple[int, int]:
        """The token range of the sentence around token ``index`` (between END tokens)."""
        k = bisect_left(self._ends, index)
        start = self._ends[k - 1] + 1 if k else 0
        end = self._ends[k] if k < len(self._ends) else len(self.tokens)
        return start, end

    def sentence_has(self, index: int, kind: str) -> bool:
        """Whether the sentence around token ``index`` holds a token of ``kind``: COMPARABLE
        (按可比价格计算: its changes are in real terms), RANK (排名: smaller is better)."""
        start, end = self.sentence(index)
        return any(t.type == kind for t in self.tokens[start:end])

    def clause_start(self, index: int) -> int:
        """The first token of the clause of token ``index`` (after a separator)."""
        start = index
        while start > 0 and self.tokens[start - 1].type not in CLAUSE_SEPARATORS:
            start -= 1
        return start

    def clause_words(self, index: int) -> str:
        """The words of the clause before token ``index``: 三次产业 of 三次产业结构, 平均亩产 of
        "平均亩产达到398.98公斤"."""
        return "".join(t.text for t in self.tokens[self.clause_start(index):index] if t.type == "WORD")

    def text_before(self, index: int) -> str:
        """The text of the clause before token ``index``, every token's: 共有执业(助理)医师."""
        return "".join(t.text for t in self.tokens[self.clause_start(index):index])

    def name_before(self, index: int) -> str:
        """The words right before token ``index``: 执业助理 of "…、执业助理504人"."""
        start = index
        while start > 0 and self.tokens[start - 1].type == "WORD":
            start -= 1
        return "".join(t.text for t in self.tokens[start:index])

    def compared(self, index: int) -> bool:
        """Whether the figure at ``index`` is what another is compared with or grows from
        (较“十三五”末的9323.1亿元, 由120所): a base, not a level."""
        return any(t.type in _COMPARING for t in self.tokens[self.clause_start(index):index])


def _claims(toks: Sequence[Tok], *types: str) -> list[Claim]:
    return [t.claim for t in toks if t.type in types and t.claim is not None]


def _same_measure(a: Claim, b: Claim) -> bool:
    return a.unit == b.unit and a.kind == b.kind


# ---- changes ------------------------------------------------------------------------------

def _change_parts(p: Paragraph, change: Tree) -> tuple[str, Claim | None, Claim | None]:
    """(verb type, the figure compared with if the change names one, the stated change)."""
    toks = p.toks(change)
    verb = next((t for t in toks if t.type in _CHANGE_VERBS), None)
    if verb is None:
        return "", None, None
    compare = next((c for c in change.children if isinstance(c, Tree) and c.data == "compare"), None)
    base = _claims(p.toks(compare), "AMOUNT", "PERCENT") if compare is not None else []
    after = [t for t in toks if t.start > verb.start]
    stated = _claims(after, "AMOUNT", "PERCENT", "POINTS", "MULTIPLE")
    return verb.type, (base[0] if base else None), (stated[0] if stated else None)


def _fits(base: Claim, current: Claim, stated: Claim) -> bool:
    """Both ends are the same kind of figure, and the change is a percentage, points or a
    difference in their unit."""
    if not _same_measure(base, current) or not base.value or current.value is None or stated.value is None:
        return False
    if base.kind == "percent":
        return stated.kind == "points"
    return is_count(base) and (stated.kind == "percent" or stated.unit == base.unit)


def _lost_unit_end(change: Claim, level: Claim) -> bool:
    """The change's unit is the level's cut short (人 of 人次)."""
    return (is_count(level) and change.unit is not None and level.unit is not None
            and len(change.unit) < len(level.unit) and level.unit.startswith(change.unit))


def build_level_change(p: Paragraph, found: Parsed) -> Iterator:
    level = p.tokens[found.first].claim
    if level is None or level.value is None or p.compared(found.first):
        return
    real_terms = p.sentence_has(found.first, "COMPARABLE")
    differences, percents = [], []
    last_year = next((c for c in found.tree.children if isinstance(c, Tree) and c.data == "last_year"), None)
    last_year_base = _claims(p.toks(last_year), "AMOUNT") if last_year is not None else []
    for change in (c for c in found.tree.children if isinstance(c, Tree) and c.data == "change"):
        verb, base, stated = _change_parts(p, change)
        if stated is None:
            continue
        for b in [base] if base is not None else last_year_base:
            if _fits(b, level, stated) and not (real_terms and stated.kind == "percent"):
                yield Change(b, level, stated)
        if base is None and not last_year_base:
            if stated.kind == "percent":
                percents.append((verb, stated))
            elif is_count(stated) and _same_measure(stated, level):
                differences.append((verb, stated))
            elif is_count(stated) and _lost_unit_end(stated, level):
                yield UnitSlip(level, stated)
    if len(differences) == 1 and len(percents) == 1 and not real_terms and is_count(level):
        (verb, difference), (verb2, percent) = differences[0], percents[0]
        if verb == verb2 and difference.value < level.value:
            yield LevelChange(level, difference, percent, falling=verb == "DOWN")


def build_from_to(p: Paragraph, found: Parsed) -> Iterator:
    ends = [c for c in found.tree.children if isinstance(c, Tree) and c.data == "end_point"]
    start_toks, end_toks = p.toks(ends[0]), p.toks(ends[1])
    base, current = start_toks[-1].claim, end_toks[-1].claim
    if base is None or current is None or not _same_measure(base, current) or base.value is None:
        return
    to = [t for t in p.tokens[found.first:found.last + 1] if start_toks[-1].end <= t.start < end_toks[0].start]
    direction = {t.type for t in to}
    if (direction & _RISING or direction & _FALLING) and not p.sentence_has(found.first, "RANK"):
        rising = bool(direction & _RISING)
        yield Trend(base, current, rising, "".join(t.text for t in to))
    real_terms = p.sentence_has(found.first, "COMPARABLE")
    years = [next((t.claim.date[0] for t in toks if t.type == "YEAR"), None) for toks in (start_toks, end_toks)]
    for step in (c for c in found.tree.children if isinstance(c, Tree)):
        toks = p.toks(step)
        stated = _claims(toks, "AMOUNT", "PERCENT", "POINTS")
        if not stated:
            continue
        if step.data == "change" and _fits(base, current, stated[0]) and not real_terms:
            yield Change(base, current, stated[0])
        elif step.data == "average" and None not in years and years[1] > years[0] and stated[0].kind == "percent":
            yield AverageChange(base, current, years[1] - years[0], stated[0])


def build_since(p: Paragraph, found: Parsed) -> Iterator:
    """The base after 与…的, its one change in its own unit, and the yearly rate at the end."""
    toks = p.tokens[found.first:found.last + 1]
    at = next(i for i, t in enumerate(toks) if t.type == "AMOUNT")
    base, stated = toks[at].claim, toks[-1].claim
    differences = []
    for change in (c for c in found.tree.children if isinstance(c, Tree) and c.data == "change"):
        verb, compared, figure = _change_parts(p, change)
        if compared is None and figure is not None and _same_measure(figure, base):
            differences.append((verb, figure))
    if base is not None and base.value and stated is not None and len(differences) == 1:
        verb, difference = differences[0]
        yield ChangeSince(base, difference, verb == "DOWN", stated, "".join(t.text for t in toks[1:at - 1]))


def build_gap(p: Paragraph, found: Parsed) -> Iterator:
    toks = p.toks(found.tree)
    percents, points = _claims(toks, "PERCENT"), _claims(toks, "POINTS")
    if len(percents) == 2 and len(points) == 1:
        yield Change(percents[1], percents[0], points[0])


# ---- wholes and their parts ------------------------------------------------------------------

# The sum of a structure's parts that only percentages reach, however one part was mistyped.
_PERCENT_SIZED = (50, 150)


def build_structure(p: Paragraph, found: Parsed, data: "RuleData") -> Iterator:
    cover_sets = data.cover_sets
    ratios = list(found.tree.find_data("ratio"))
    ratios.sort(key=lambda r: p.toks(r)[0].start)
    for ratio in ratios:
        parts = tuple(_claims(p.toks(ratio), "NUMBER", "PERCENT"))
        if len(parts) < 2 or any(c.value is None for c in parts):
            continue
        # the parts are named only in the structure now (由…调整为…: the last ratio)
        now = ratio is ratios[-1]
        names = structure_words(p.clause_words(found.first), len(parts), cover_sets) if now else None
        total = sum(c.value for c in parts)
        # a structure of percentages, not a ratio such as 生师比 1:15 or 城乡收入比2.5:1: near 100,
        # or named part by part by a group that covers a whole (三次产业结构为3.4:41.4:25.2, a
        # part mistyped) and of a size only percentages have
        if 90 <= total <= 110 or (names and _PERCENT_SIZED[0] <= total <= _PERCENT_SIZED[1]):
            yield PercentParts(parts, whole=True, names=names or ())
    if len(ratios) == 2:
        yield from _shifted_shares(p, found, *(_claims(p.toks(r), "NUMBER", "PERCENT") for r in ratios), cover_sets)


def _shifted_shares(p: Paragraph, found: Parsed, before: list[Claim], after: list[Claim],
                    groups: Sequence[Sequence[str]]) -> Iterator:
    """The changes in points a sentence states after a structure's two ratios (由14.9:33.2:51.9调整
    为15.3:31.3:53.4，一产业所占比重上升0.4个百分点，…): each clause naming one part by a word of a
    group of the structure's size, with one verb and one figure in points, is the change of that
    part from the first ratio to the second."""
    if len(before) != len(after) or len(before) < 2:
        return
    _, end = p.sentence(found.last)
    clause: list[Tok] = []
    for t in p.tokens[found.last + 1:end + 1]:
        if t.type not in ("COMMA", "SEMI", "END"):
            clause.append(t)
            continue
        points = [u for u in clause if u.claim is not None]
        verbs = [u for u in clause if u.type in ("UP", "DOWN")]
        if len(points) == 1 and points[0].type == "POINTS" and len(verbs) == 1:
            words = "".join(u.text for u in clause if u.end <= verbs[0].start)
            part = _named_part(words, len(before), groups)
            if part is not None:
                yield Change(before[part], after[part], points[0].claim)
        clause = []


def _named_part(words: str, size: int, groups: Sequence[Sequence[str]]) -> int | None:
    """Which part of a structure of ``size`` parts ``words`` name: the place of the one word it
    holds of a group of that size (二产业 of 一产业, 二产业, 三产业)."""
    for group in groups:
        hits = [i for i, w in enumerate(group) if w in words]
        if len(group) == size and len(hits) == 1:
            return hits[0]
    return None


def _items(p: Paragraph, items: Tree) -> list[tuple[str, list[Tok]]]:
    """The list's items, each with the separator before it ("" for the first). An item with no
    figure before 和/及/、 is the start of the next one's name (农林牧渔专业及辅助性活动产值3.9亿元);
    one with only a percentage (同比增长4.0%) is an item of its own, the change of the part before."""
    out: list[tuple[str, list[Tok]]] = []
    sep, name = "", []
    for child in items.children:
        if isinstance(child, Token):
            kind = p.tokens[child.start_pos].type
            if name and kind in ("AND", "DUN"):
                name.append(p.tokens[child.start_pos])
            else:
                sep = kind
            continue
        toks = p.toks(child)
        if _of_the_part(toks) and out and not name:
            out.append((sep, toks))  # the change of the part before: no name of the next one
            sep = ""
            continue
        if not any(t.type == "AMOUNT" for t in toks):
            name = (name or []) + toks
            continue
        out.append((sep, name + toks))
        sep, name = "", []
    if name:
        out.append((sep, name))
    return out


def _as_listed(items: list[tuple[str, list[Tok]]], unit: str | None, groups: Sequence[Sequence[str]] = (),
               openers: tuple[str, ...] = ()) -> tuple[list[tuple[str, list[Tok]]], bool]:
    """The items as the list separates its parts of ``unit``, and whether it separates them
    with ；. A bulletin's 其中：小学312所，学生91635人；初中32所，… puts one part a ；-item, and
    what ， joins is that part's other figures and changes; but where ， already joins two parts
    (其中税收收入16144万元，…，非税收入5710万元；一般公共预算支出…), the list ends at the ；,
    unless the items after it go on naming the words of a group of ``groups`` the parts before it
    began (第一产业…，第二产业…；第三产业…: a writer's ； among ，)."""
    semicolons = [i for i, (sep, _) in enumerate(items) if sep == "SEMI"]
    if not semicolons:
        return items, False
    first = [(sep, _part(item, unit)) for sep, item in items[:semicolons[0]]]
    if sum(part is not None for _, part in first) >= 2 and any(sep == "COMMA" and part for sep, part in first):
        return _going_on_in_group(items, semicolons[0], unit, groups), False
    merged: list[tuple[str, list[Tok]]] = []
    for sep, toks in items:
        if sep == "COMMA" and merged:
            merged[-1][1].extend(toks)
        else:
            merged.append((sep, list(toks)))
    return _before_a_new_statement(merged, openers), True


def _going_on_in_group(items: list[tuple[str, list[Tok]]], cut: int, unit: str | None,
                       groups: Sequence[Sequence[str]]) -> list[tuple[str, list[Tok]]]:
    """The items before ``cut``, and after it those whose parts each name one more word of a
    group whose words all the parts before named, one each (their changes go with them)."""
    names = [_name(item, part) for _, item in items[:cut] if (part := _part(item, unit)) is not None]
    end = cut
    for k in range(cut, len(items)):
        item = items[k][1]
        part = _part(item, unit)
        if part is None:
            if not _of_the_part(item):
                break
        elif any(_names_words_of(names + [_name(item, part)], group) for group in groups):
            names.append(_name(item, part))
        else:
            break
        end = k + 1
    return items[:end]


def _names_words_of(names: Sequence[str], group: Sequence[str]) -> bool:
    """Whether each name holds exactly one word of ``group``, each a different one."""
    held = [[w for w in group if w in name] for name in names]
    return all(len(h) == 1 for h in held) and len({h[0] for h in held}) == len(names)


def _statement_openers(words: "SubjectWords") -> tuple[str, ...]:
    """The words a new statement of the report's own period or region opens with (全年, 年末, 全县,
    我市)."""
    return (*words.current, *(p + level for p in words.region_prefixes for level in words.region_levels))


def _before_a_new_statement(items: list[tuple[str, list[Tok]]],
                            openers: tuple[str, ...]) -> list[tuple[str, list[Tok]]]:
    """The ；-items up to one that opens with a verb (实现, 完成 …), or with the report's own time
    or region (``openers``: 全年, 年末, 全县), where the first part opens otherwise: "其中增值税
    3.1亿元；实现农业总产值21.5亿元" and "其中住户存款余额209.29亿元；年末…各项贷款余额140.92亿元"
    state a new figure after the ；, not one more part — a part does not name again the period and
    place of its whole."""
    def opening(toks: list[Tok]) -> str | None:
        first = next((t for t in toks if t.type not in ("COMMA", "COLON")), None)
        if first is None:
            return None
        if first.type == "IS":
            return "IS"
        return next((w for w in openers if first.type == "WORD" and first.text.startswith(w)), None)

    if not items:
        return items
    own = opening(items[0][1])
    return next((items[:i] for i in range(1, len(items)) if opening(items[i][1]) not in (None, own)), items)


def _part(item: Sequence[Tok], unit: str | None) -> Tok | None:
    """The figure of ``unit`` an item gives as its part: not a change, a comparison or a figure
    inside a parenthesis (that breaks the item down)."""
    depth = 0
    for i, t in enumerate(item):
        depth += (t.type == "LPAR") - (t.type == "RPAR")
        if (t.type == "AMOUNT" and depth == 0 and t.claim.unit == unit and is_count(t.claim)
                and not any(u.type in _NOT_A_PART_AFTER for u in item[max(0, i - 2):i])):
            return t
    return None


def _of_the_part(item: Sequence[Tok]) -> bool:
    """An item that only states a percentage of the part before it: its change (同比增长6%, 比上年
    下降0.3个百分点), its share (税收占比91.4%) or how much of a plan it is (完成年初预算的47.0%)."""
    return any(t.type in ("PERCENT", "POINTS", "MULTIPLE") for t in item) and not any(t.type == "AMOUNT" for t in item)


def _first_figure_unit(item: Sequence[Tok]) -> str | None:
    return next((t.claim.unit for t in item if t.type == "AMOUNT"), None)


def _stated_with_is(item: Sequence[Tok], part: Tok) -> bool:
    """Whether a copula (为, 达, 实现) joins the item's name to its figure: 批发业销售额为103.8亿元."""
    before = [t for t in item if t.end <= part.start]
    return bool(before) and before[-1].type == "IS"


def _name(item: Sequence[Tok], part: Tok) -> str:
    return "".join(t.text for t in item if t.type in ("WORD", "REST") and t.end <= part.start)


def _list_parts(items: list[tuple[str, list[Tok]]], unit: str | None, whole: str = "",
                groups: Sequence[Sequence[str]] = (), whole_marks: tuple[Sequence[str], Sequence[str]] = ((), ()),
                decompositions: Sequence[Sequence[str]] = ()) -> list[Tok]:
    """The parts of ``unit`` a list gives. Items after a ；, 、 or 和 are parts; an item after a
    ， is one when it is a short name and a figure, or its name ends as the first's does
    ("其中城区学校9所，乡镇学校14所"; not "，新建学校3所") or with a kind the total's name
    ``whole`` lists (各类学校和幼儿园532所，其中…，义务教育阶段学校319所); the list stops at the first that is
    not, where it moves on to things counted otherwise (…头；马存栏2708匹；生猪存栏…头), and at a
    sibling of the total: an item named like the total but of another kind, after parts that
    were all of the total's kind (羊存栏…其中：山羊…；绵羊…；禽存栏…), or named by another word of a
    group of ``groups`` the total's name holds one of (第二产业…，其中工业…；第三产业…). An item
    that opens as the first part and the total do is one too (新设市场主体…，其中新设企业…，新设
    个体户…). An item named as a whole of its own (蔬菜总产量 after 其中油菜籽产量…；, a word of
    ``whole_marks``, the marks and the words holding a mark that name no whole) ends the list, unless the total or the first part was named so too. An item
    that breaks down a part before it by ``decompositions`` (地方税收收入 after 地方一般公共预算收入,
    工业 after 第二产业) is passed over: it is of that part, not one more part of the total."""
    parts: list[Tok] = []
    head = first = ""
    stated_with_is = False
    of_kind = _OfKind(whole)
    for sep, item in items:
        part = _part(item, unit)
        if part is None and parts and _first_figure_unit(item) not in (None, unit):
            break
        if part is not None and (of_kind.sibling(_name(item, part)) or siblings(whole, _name(item, part), groups)):
            break
        if parts and part is not None and _new_whole(_name(item, part), (whole, first), whole_marks):
            break
        if part is not None and _within_a_part(_name(item, part), [_name(i, q) for _, i in items
                                                                   if (q := _part(i, unit)) in parts], decompositions):
            continue
        if sep == "COMMA" and part is None and _of_the_part(item):
            continue  # the part's change: 其中税收收入2.5亿元，同比增长6%，非税收入…
        if sep == "COMMA":
            name = _name(item, part) if part else ""
            if part is None or not name or not (len(name) <= 4 or (head and name.endswith(head))
                                                    or _kind_of(name, whole) or _same_opening(name, first, whole)):
                break
            if parts and len(name) > 4 and _stated_with_is(item, part) and not stated_with_is:
                break  # 其中限额以上零售额4.0亿元，…，批发业销售额为103.8亿元: a new figure
        if part is not None and not parts:
            stated_with_is = _stated_with_is(item, part)
        if part is not None:
            if not parts:
                first = _name(item, part)
                head = first[-2:]
            parts.append(part)
            of_kind.add(_name(item, part))
    return parts


def _within_a_part(name: str, earlier: Sequence[str], decompositions: Sequence[Sequence[str]]) -> bool:
    """Whether ``name`` holds a part's word of a decomposition whose whole's word a name of
    ``earlier`` holds (工业增加值 after 第二产业增加值)."""
    return any(any(w in name for w in parts) and whole not in name and any(whole in e for e in earlier)
               for whole, *parts in decompositions)


def _new_whole(name: str, before: Sequence[str], whole_marks: tuple[Sequence[str], Sequence[str]]) -> bool:
    """Whether ``name`` holds a mark of ``whole_marks`` that none of the names ``before`` holds,
    once the words that hold a mark but name no whole (总结 of 计划总结) are set aside."""
    marks, not_marks = whole_marks
    for word in not_marks:
        name = name.replace(word, "")
    return any(w in name and not any(w in b for b in before) for w in marks)


def _same_opening(name: str, first: str, whole: str) -> bool:
    """Whether ``name`` opens with the two characters or more the first part's name opens with,
    and the total's name holds them: 新设个体户 after 新设企业, of 新设市场主体."""
    shared = 0
    while shared < min(len(name), len(first)) and name[shared] == first[shared]:
        shared += 1
    return shared >= 2 and name[:shared] in whole


class _OfKind:
    """Tells a sibling of a total from its parts: an item named as the total is (…存栏) with
    another kind (禽存栏 beside 羊存栏), after parts that were all of the total's kind and named
    otherwise (山羊, 绵羊)."""

    def __init__(self, whole: str):
        self.ending, self.kind = (whole[-2:], whole[-3]) if len(whole) >= 3 else ("", "")
        self.parts_of_kind = None  # no part yet

    def add(self, name: str) -> None:
        fits = bool(self.kind) and self.kind in name and not name.endswith(self.ending)
        self.parts_of_kind = fits if self.parts_of_kind is None else self.parts_of_kind and fits

    def sibling(self, name: str) -> bool:
        return bool(self.parts_of_kind) and name.endswith(self.ending) and self.kind not in name


def _kind_of(name: str, whole: str) -> bool:
    """Whether a part's name ends with a kind the total's name lists before its end (学校 of 各类
    学校和幼儿园) — not with the total's own last word (人口 of 户籍总人口: 出生人口 is no part)."""
    kind = name[-2:]
    return len(kind) == 2 and kind in whole and not whole.endswith(kind)


def _candidate_totals(p: Paragraph, found: Parsed, unit: str | None, averages: Sequence[str]) -> list[int]:
    """The tokens of the figures of ``unit`` that may be a 其中 list's total, nearest first: the
    one the shape began at and the others of its sentence before 其中 (or 按…分) that are not
    changes or averages (平均亩产398.98公斤 is no sum of parts)."""
    start, _ = p.sentence(found.first)
    qizhong = next(i for i in range(found.first, found.last + 1) if p.tokens[i].type in _OPENERS)
    end = qizhong
    if p.tokens[qizhong].type in _CLASSIFIERS:
        # 按消费类型分 after "按经营单位所在地分，城镇…；乡村…。": both classify the total before them
        while start > 0 and p.tokens[start].type in _CLASSIFIERS:
            end = start - 1
            start, _ = p.sentence(end)
        # "零售总额38.03亿元。其中限额以上…4.83亿元。按经营地统计，城镇…": a sentence opening with
        # 其中 states a part, and the classification may be of the total before it
        if start > 0 and p.tokens[start].type == "QIZHONG":
            start, _ = p.sentence(start - 1)
    totals = []
    for i in range(end - 1, max(start, qizhong - TOTALS_REACH if end == qizhong else start) - 1, -1):
        t = p.tokens[i]
        if (t.type == "AMOUNT" and t.claim.unit == unit and is_count(t.claim) and not names_a_class(t.claim)
                and not any(u.type in _NOT_A_PART_AFTER for u in p.tokens[max(start, i - 2):i])
                and not _names_an_average(p, i, averages)):
            totals.append(i)
    return totals


def _not_named_by_a_peer(p: Paragraph, totals: list[int], names: Sequence[str],
                         peers: Sequence[Sequence[str]]) -> list[int]:
    """The candidate totals less those named by a word of a ``peers`` group when every part is
    named by another word of it: after "各项存款余额266.89亿元…；各项贷款余额140.92亿元。其中：住户
    贷款…；企业贷款…", the deposits are no total of the loans. All of them when none is left."""
    def beside(i: int) -> bool:
        name = p.name_before(i)
        return any(any(w in name for w in group)
                   and (shared := [w for w in group if names and all(w in n for n in names)])
                   and not any(w in name for w in shared) for group in peers)
    return [i for i in totals if not beside(i)] or totals


def _names_an_average(p: Paragraph, index: int, averages: Sequence[str]) -> bool:
    words = p.clause_words(index)
    return any(w in words for w in averages)


def build_breakdown(p: Paragraph, found: Parsed, data: "RuleData") -> Iterator:
    cover_sets = data.cover_sets
    marker = found.tree.data
    total = p.tokens[found.first].claim
    items_tree = next(found.tree.find_data("items"))
    items = _items(p, items_tree)
    units = []
    for _, item in items:
        for t in item:
            if t.type == "AMOUNT" and t.claim.unit not in units and is_count(t.claim):
                units.append(t.claim.unit)
    rest = any(t.type == "REST" for t in items[-1][1]) if items else False
    groups = []
    for unit in units:
        if marker in ("qizhong", "classified") and (columns := _attribute_columns(items, unit)):
            groups.extend(_column_groups(p, found, unit, columns, data.subjects.averages))
            continue
        listed, semicolons = _as_listed(items, unit, cover_sets, _statement_openers(data.subjects))
        # a ；-list cut at its first ； (two parts joined by ，) has no part a ；-item
        one_a_row = semicolons or not any(sep == "SEMI" for sep, _ in items)
        parts = _list_parts(listed, unit, p.clause_words(found.first), (*cover_sets, *data.peers),
                            (data.subjects.whole_marks, data.subjects.not_whole_marks),
                            data.decompositions)
        if marker in ("qizhong", "classified"):
            totals = _candidate_totals(p, found, unit, data.subjects.averages)
        else:
            totals = [found.first] if (unit == total.unit and not names_a_class(total)
                                       and not _names_an_average(p, found.first, data.subjects.averages)) else []
        if parts and totals:
            names = [_name(item, part) for _, item in listed if (part := _part(item, unit)) in parts]
            if marker in ("qizhong", "classified"):
                totals = _not_named_by_a_peer(p, totals, names, data.peers)
            covered = (words_cover(names, cover_sets) or optional_cover(p.text_before(totals[0]), names)
                       or decomposes(p.clause_words(totals[0]), names, data.decompositions))
            groups.append((tuple(p.tokens[i].claim for i in totals), tuple(c.claim for c in parts), covered,
                           semicolons and len(parts) >= 3, one_a_row, stages(names, data.stages)))
    complete = (marker == "fenbie" or (marker == "paren" and _paren_classifies(p, found, items)) or rest
                or (marker == "classified" and _by_classes(p, found)))
    parallel = _parallel_and_one_adds_up([g for g in groups if g[4]])
    # a 其中 right after the list breaks its last part down, and the list may go on after it
    after = [t.type for t in p.tokens[found.last + 1:found.last + 3]]
    cut = after[:1] == ["QIZHONG"] or after == ["COMMA", "QIZHONG"]
    for totals, parts, covered, open_end, one_a_row, of_stages in groups:
        yield Breakdown(_MARKERS.get(marker, marker), totals, parts,
                        exhaustive=(complete or covered or parallel and one_a_row) and not cut, open_end=open_end,
                        stages=of_stages)
    for nested in found.tree.find_data("nested"):
        yield from _nested(p, nested, data.stages)


# Tokens before 其中 searched for its candidate totals: a clause or two, not a whole paragraph
# with no sentence end.
TOTALS_REACH = 40
_MARKERS = {"including": "baokuo", "classified": "qizhong"}
# What opens a list of parts after its total: 其中, and a classification (按…分, 分产业看).
_CLASSIFIERS = frozenset({"BY", "SORT"})
_OPENERS = _CLASSIFIERS | {"QIZHONG"}


def _by_classes(p: Paragraph, found: Parsed) -> bool:
    """按经营单位所在地分, 分产业看: a classification, whose classes are all of the total."""
    by = next(i for i in range(found.first, found.last + 1) if p.tokens[i].type in _CLASSIFIERS)
    return p.tokens[by].type == "SORT" or p.tokens[by + 1].text.endswith(("分", "划分", "分类", "分组"))


def _paren_classifies(p: Paragraph, found: Parsed, items: list[tuple[str, list[Tok]]]) -> bool:
    """A parenthesis right after its total that names all of it: not （其中…） or （如…等）, nor
    parts all of a kind the total's name lacks."""
    total = p.tokens[found.first].claim
    names = [_name(item, part) for _, item in items if (part := _part(item, total.unit))]
    return not _partial(found, items) and not _kinds_of_another(names, p.name_before(found.first))


def _partial(found: Parsed, items: list[tuple[str, list[Tok]]]) -> bool:
    """A parenthesis that names only some items: （其中…）, （含…）, （如…等）."""
    opener = any(isinstance(c, Token) and c.type in ("INCLUDE", "QIZHONG") for c in found.tree.children)
    first = items[0][1] if items else []
    return opener or (bool(first) and first[0].text.startswith(("如", "主要", "重点"))) or any(
        "等" in t.text for _, item in items for t in item if t.type == "WORD")


def _attribute_columns(items: list[tuple[str, list[Tok]]], unit: str | None) -> list[tuple[str, list[Tok]]]:
    """A ；-list whose parts each state the same attributes in ``unit``, in the same order
    (其中普通高中6所，招生5735人，在校生22506人；中等职业学校2所，招生2322人，在校生6894人): each
    attribute's column of figures, one a part, with the ending its names share (招生, 在校生;
    "" where they share none: then the column is the parts' own figures). Empty for any other
    list, whose parts of ``unit`` are one figure a ；-item."""
    rows: list[list[tuple[str, Tok]]] = []
    for sep, item in items:
        if sep == "SEMI" or not rows:
            rows.append([])
        if (part := _part(item, unit)) is not None:
            rows[-1].append((_name(item, part), part))
    if len(rows) < 2 or len({len(row) for row in rows}) != 1 or len(rows[0]) < 2:
        return []
    columns = [(_shared_ending([name for name, _ in column]), [part for _, part in column]) for column in zip(*rows)]
    endings = [ending for ending, _ in columns]
    # columns that end alike (城镇人口, 乡村人口；男性人口, 女性人口) are no attributes: each ；-item
    # is another breakdown of the whole
    return columns if any(endings) and len(set(endings)) == len(endings) else []


def _shared_ending(names: list[str]) -> str:
    """The ending all ``names`` share, when it is two characters or more (在校生 of 小学在校生 and
    初中在校生); "" otherwise."""
    ending = names[0]
    for name in names[1:]:
        while ending and not name.endswith(ending):
            ending = ending[1:]
    return ending if len(ending) >= 2 else ""


def _column_groups(p: Paragraph, found: Parsed, unit: str | None, columns: list[tuple[str, list[Tok]]],
                   averages: Sequence[str]) -> Iterator[tuple]:
    """Each attribute column with the totals before 其中 that name the same attribute (招生8057人
    for the 招生 column); a column of the parts' own figures with the totals that name none of
    the attributes. A column with no such total is no breakdown the text states."""
    endings = [ending for ending, _ in columns if ending]
    candidates = _candidate_totals(p, found, unit, averages)
    for ending, parts in columns:
        totals = [i for i in candidates if (p.clause_words(i).endswith(ending) if ending
                                            else not p.clause_words(i).endswith(tuple(endings)))]
        if totals:
            yield tuple(p.tokens[i].claim for i in totals), tuple(t.claim for t in parts), False, False, True, False


def _parallel_and_one_adds_up(groups) -> bool:
    """Parts in two units item by item (小学312所，学生91635人；初中32所，学生44949人) whose parts
    of one unit add up to their total exactly: then the list is all of it, in every unit."""
    from checker.relations.verdicts import parts_fit

    if len(groups) < 2 or len({len(parts) for _, parts, *_ in groups}) != 1 or len(groups[0][1]) < 2:
        return False
    return any(parts_fit(totals[0], parts, exhaustive=True) for totals, parts, *_ in groups)


def _nested(p: Paragraph, nested: Tree, stage_words: Sequence[str]) -> Iterator:
    """A parenthesis inside a list item that breaks the item down: 中学20所（完全中学6所、初级中学14所）."""
    toks = p.toks(nested)
    index = p.tokens.index(toks[0])
    if index == 0 or p.tokens[index - 1].type != "AMOUNT":
        return
    total = p.tokens[index - 1].claim
    taken = [k for k, t in enumerate(toks) if t.type == "AMOUNT" and t.claim.unit == total.unit and is_count(t.claim)]
    parts = tuple(toks[k].claim for k in taken)
    names = [toks[k - 1].text if toks[k - 1].type == "WORD" else "" for k in taken]
    partial = toks[1].type in ("INCLUDE", "QIZHONG") if len(toks) > 1 else True
    if len(parts) >= 2:
        exhaustive = not partial and not _kinds_of_another(names, p.name_before(index - 1))
        yield Breakdown("paren", (total,), parts, exhaustive=exhaustive, stages=stages(names, stage_words))


def _kinds_of_another(names: Sequence[str], whole: str) -> bool:
    """Parts that all end with a word their total's name lacks are kinds of a subset of it: in
    执业助理医师504人（乡村全科162人、执助全科8人） the parts are 全科 doctors, not all of them."""
    if len(names) < 2 or not all(names):
        return False
    ending = shared_ending(names)
    return len(ending) >= 2 and ending not in whole


def build_sum_after(p: Paragraph, found: Parsed) -> Iterator:
    total_tok = p.tokens[found.last]
    total = total_tok.claim
    items = [toks for _, toks in _items(p, Tree("items", [c for c in found.tree.children
                                                          if isinstance(c, Tree) and c.data == "item"]))]
    parts = [t.claim for item in items if (t := _part(item, total.unit)) is not None]
    if len(parts) >= 2 and is_count(total):
        yield Breakdown("heji", (total,), tuple(parts), exhaustive=True)


# ---- items and values, shares of one whole -----------------------------------------------------

def build_paired(p: Paragraph, found: Parsed, data: "RuleData") -> Iterator:
    cover_sets = data.cover_sets
    names = next(c for c in found.tree.children if isinstance(c, Tree) and c.data in ("listed", "span_of_items"))
    values_tree = next(found.tree.find_data("values"))
    values = tuple(_claims(p.toks(values_tree), "AMOUNT", "PERCENT", "POINTS", "MULTIPLE"))
    name_toks = p.toks(names)
    if _figures_begun_before(p, found.first, names):
        return
    if names.data == "listed":
        # 和 may join two items (城镇和农村) or be inside one (软件和信息服务业): either reading
        separators = [p.tokens[c.start_pos].type for c in names.children if isinstance(c, Token)]
        counts = {separators.count("DUN") + 1, len(separators) + 1} if "DUN" in separators else {len(separators) + 1}
        # 有色金属冶炼和压延加工业，电气机械和器材制造业4个行业增加值分别增长…: the items' own count
        # is a reading too (items whose names hold 、 are listed with ， before the clause)
        counts |= {t.claim.value for t in p.toks(names.children[-1]) if t.claim is not None and is_counted_noun(t.claim)}
    else:
        counts = {_span_count(next((t.claim for t in name_toks if t.type in ("RANGE", "DATE")), None))}
    if 0 not in counts and values and len({v.kind for v in values}) == 1:
        items = tuple((toks[0].start, toks[-1].end) for n in names.children if isinstance(n, Tree) and (toks := p.toks(n)))
        yield Pairing(tuple(sorted(counts)), (name_toks[0].start, name_toks[-1].end), values,
                      items if names.data == "listed" else ())
        yield from _named_parts_of_total(p, found, names, values, data)
    # 第一、二、三产业的贡献率分别为7.5%、38.0%和54.5%: shares of one whole, if the names cover it
    kinds = {t.type for t in name_toks}
    if names.data == "listed" and values[0].kind == "percent" and kinds & _SHARE_WORDS:
        texts = elided([_name_text(p, n) for n in names.children if isinstance(n, Tree)])
        if len(texts) == len(values) and words_cover(texts, cover_sets):
            words = _level_words(texts, kinds, cover_sets)
            yield PercentParts(values, whole=True, names=words, of=_parts_of(texts, words, name_toks))


_SHARE_WORDS = {"SHARE", "CONTRIB"}


def _named_parts_of_total(p: Paragraph, found: Parsed, names: Tree, values: Sequence[Claim], data: "RuleData") -> Iterator:
    """A total right before names that make it up, and their values after 分别为: "旅客运输量1.86亿
    人次，公路、铁路、水路、民航分别为1.12亿人次、…" is all of the total. Names that do not make a
    whole up (工业投资和民间投资) may overlap, averages (人均可支配收入 of 城镇 and 农村) are no
    parts, and bounds (分别超过8万元) say too little: all are left alone."""
    before = p.tokens[found.first - 2:found.first]
    if len(before) != 2 or before[0].type != "AMOUNT" or before[1].type != "COMMA" or names.data != "listed":
        return
    total = before[0].claim
    texts = [_name_text(p, n) for n in names.children if isinstance(n, Tree)]
    named = p.clause_words(found.first - 2) + "".join(t.text for t in p.toks(names))
    if (len(texts) == len(values) and all(v.kind == total.kind and v.unit == total.unit for v in values)
            and not any(c.approx or c.bound for c in (total, *values))
            and not any(w in named for w in data.subjects.averages)
            and words_cover(texts, data.cover_sets)):
        yield Breakdown("fenbie", (total,), tuple(values), exhaustive=True)


def _level_words(texts: Sequence[str], kinds: set[str], cover_sets) -> tuple[str, ...]:
    """The word of a group that names each share's part, by which its level is looked up (the
    longest that do: 一产业 over 一产); () for shares of a change (贡献率) and for one-character
    words (男, 女), which name too much else."""
    if "CONTRIB" in kinds:
        return ()
    named = [w for g in cover_sets if (w := words_named(texts, g)) is not None and min(map(len, w)) >= 2]
    return max(named, key=lambda w: sum(map(len, w)), default=())


def _parts_of(texts: Sequence[str], words: Sequence[str], toks: Sequence[Tok]) -> str:
    """What shares' parts are (增加值 after 第一产业 in 第一产业增加值比重), else the whole they are
    of (全市投资 of 占全市投资的比重), else ""."""
    if words and (tail := texts[0][texts[0].index(words[0]) + len(words[0]):]):
        return tail
    after = [i for i, t in enumerate(toks) if t.type == "ZHAN"]
    return "".join(t.text for t in toks[after[0] + 1:] if t.type == "WORD") if after else ""


def _figures_begun_before(p: Paragraph, first: int, names: Tree) -> bool:
    """Items that are only figures, in a list that began before the clause: "…为0.6万户，4.0万人
    和226.1亿元，分别增长…" pairs three figures with the changes, not the two of its clause."""
    items = [p.toks(n) for n in names.children if isinstance(n, Tree)]
    only_figures = all(all(t.claim is not None for t in item) for item in items)
    return only_figures and first >= 2 and p.tokens[first - 2].claim is not None


def _name_text(p: Paragraph, name: Tree) -> str:
    """An item's name up to its first cue word: 三产业 of 三产业对经济增长的贡献率."""
    words = []
    for t in p.toks(name):
        if t.type != "WORD":
            break
        words.append(t.text)
    return "".join(words)


def _span_count(claim: Claim | None) -> int:
    """How many months or years a range names: 2-5月 is four months."""
    if claim is None:
        return 0
    if claim.date and claim.date_end:
        (y1, m1, d1), (y2, m2, d2) = claim.date, claim.date_end
        if d1 is None and d2 is None and m1 and m2 and (y1 == y2 or y2 is None) and m2 > m1:
            return m2 - m1 + 1
    return 0


def build_share_run(p: Paragraph, found: Parsed, data: "RuleData") -> Iterator:
    cover_sets = data.cover_sets
    shares = [p.toks(s) for s in found.tree.find_data("share")]
    shares.sort(key=lambda toks: toks[0].start)
    parts = tuple(toks[-1].claim for toks in shares)
    if any(c.value is None or c.approx for c in parts) or any(t.type == "APPROX" for toks in shares for t in toks):
        return
    names = [_share_names(toks) for toks in shares]
    if covers_whole(names, cover_sets):
        texts = ["".join(t.text for t in tokens) for tokens in names]
        kinds = {t.type for toks in shares for t in toks}
        words = _level_words(texts, kinds, cover_sets)
        yield PercentParts(parts, whole=True, names=words, of=_parts_of(texts, words, shares[0]))
    else:
        # shares of the one whole the sentence is about, no whole named: 城镇学生占59%，农村学生占41%
        plain = [toks for toks in shares if toks[-2].type == "ZHAN"]
        if len(plain) == len(shares) and len({p.sentence(p.tokens.index(t[0]))[0] for t in shares}) == 1:
            yield PercentParts(parts)


def _share_names(toks: Sequence[Tok]) -> list[Tok]:
    """The tokens that name a share's part: its words and age ranges before 占 or 比重."""
    names = []
    for t in toks:
        if t.type == "ZHAN" or t.type in _SHARE_WORDS:
            break
        if t.type in ("WORD", "RANGE", "AMOUNT", "AND"):
            names.append(t)
    return names
