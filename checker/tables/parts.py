"""Which rows of a table make up which whole, and which cells are the figures of a column: what
the table rules add up and divide.

A table breaks a whole down in one of these ways, each read as ``Group``s of a whole row and
its parts:

- a total row (合计, 全县, a first row that the others break down) and the rows below it, maybe
  in sections (分产业 …; 在总额中:) or in breakdowns each opened by the same mark (# 批发零售业 …
  # 吃的商品 …);
- rows numbered in blocks: 一、 heads the rows numbered 1、 2、 (or （一） （二）) under it, (一)
  heads 1. 2. 3., and unnumbered rows under a head are its parts when it has no numbered ones;
- a part followed by its own breakdown without a mark (第二产业, 工业, 建筑业): rows right
  after a part that add up to it are read as its detail, not as more parts (``part_readings``);
- in a table of indicators each named with its unit (卫生机构数(个), 实有床位数(张)) and no
  total, the rows of each indicator opened by # (``marked_blocks``), where # rows nest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import combinations

from checker.claims.model import Claim
from checker.statements.cover import decomposes
from checker.tables.layouts import EMPTY_CELL, NUMBERING
from checker.tables.model import Cell, Table
from checker.tables.tolerance import fits, fitting_prefixes

UNIT_HEADER = re.compile(r"(计算|计量)?单位")
_MARKS = ("#", "＃")  # the yearbooks' sign for 其中
# 公文 numbering of rows, outermost first: 一、  （一）  1. 1、  （1）


@dataclass(frozen=True)
class Group:
    """A whole (row ``total``) and its parts: ``readings`` are the ways to read which rows the
    parts are, as row indices (see ``part_readings``); ``partial`` when the parts, opened by
    其中 or following 在总额中, may be only some of the whole; ``rows`` every row of the block,
    parts and their details, for the rules that divide each row by the whole."""

    total: int
    readings: tuple[tuple[int, ...], ...]
    partial: bool
    rows: tuple[int, ...]
    decomposed: bool = False  # read from the rows' names (第二产业: 工业, 建筑业), not their order
    bounded: bool = False  # the parts' list is known to end where ``rows`` do: a partial one is added up whole


def is_blank(cell: Cell | None) -> bool:
    return cell is None or bool(EMPTY_CELL.fullmatch(cell.text))


def is_section(table: Table, row: int) -> bool:
    """A row that names a section of the parts and holds no figure: "分产业", "在总额中"."""
    cells = table.rows[row]
    return bool(label(table, row)) and all(is_blank(cells[c]) for c in range(1, len(cells))
                                           if c >= len(table.kinds) or table.kinds[c] != "label")


def label(table: Table, row: int) -> str:
    return re.sub(r"[\s\u3000]+", "", table.label(row))


def numbering(table: Table, row: int) -> int | None:
    """The level of the row's number (0 for 一、, 1 for （一）, 2 for 1., 3 for （1）), if any."""
    text = label(table, row)
    return next((level for level, mark in enumerate(NUMBERING) if mark.match(text)), None)


def unit_column(table: Table) -> int | None:
    """The column that names each row's unit (单位: 亿元, 人次), if the table has one."""
    for c in range(1, table.width):
        header = "".join(table.rows[r][c].text for r in range(table.header_rows) if c < len(table.rows[r]))
        if UNIT_HEADER.fullmatch(re.sub(r"\s+", "", header)):
            return c
    return None


def level_columns(table: Table) -> list[int]:
    """The columns that add up: levels and absolute changes."""
    return [c for c, kind in enumerate(table.kinds) if kind in ("level", "delta")]


def sub_rows_with_parents(table: Table) -> list[tuple[int, int]]:
    """(row, the row it breaks down) for each row opened by 其中 under a row of figures: the
    nearest row above it that is no such row nor a section. A row marked # is left out: the mark
    also opens a second breakdown of the total (# 批发零售业 … # 吃的商品 …), under no row above."""
    words = tuple(w for w in table.sub_words if w not in _MARKS)
    pairs = []
    for r in range(table.header_rows + 1, len(table.rows)):
        if not words or not label(table, r).startswith(words):
            continue
        parent = r - 1
        while parent > table.header_rows and (label(table, parent).startswith(table.sub_words)
                                              or is_section(table, parent)):
            parent -= 1
        if parent >= table.header_rows and not is_section(table, parent):
            pairs.append((r, parent))
    return pairs


def column_figures(table: Table, rows, column: int) -> list[Claim]:
    """The figures of ``column`` in ``rows``, skipping empty cells."""
    return [c for c in (table.number_at(r, column) for r in rows) if c is not None]


def adds_up(table: Table, total: int, rows, exhaustive: bool = True, columns=None, least: int = 2) -> bool:
    """The ``rows``, ``least`` of them or more, add up to row ``total`` in some level column (of
    ``columns``) where all of them have a figure."""
    for c in level_columns(table) if columns is None else columns:
        whole, parts = table.number_at(total, c), [table.number_at(r, c) for r in rows]
        if whole is not None and len(parts) >= least and None not in parts and fits(whole, parts, exhaustive):
            return True
    return False


def adds_up_somewhere(table: Table) -> bool:
    """Some reading of the total row's parts adds up to it (the first rows, two or more, may do)
    in some column where the total is no round figure: 80 + 20 = 100 may be chance (targets of
    100, 80 and 20), 48.62 = 9.85 + 6.40 + 32.37 hardly."""
    for group in part_groups(table):
        for c in _telling_columns(table, group.total):
            for reading in group.readings:
                figures = [table.number_at(r, c) for r in reading]
                if None in figures:
                    figures = figures[:figures.index(None)]
                if fitting_prefixes(table.number_at(group.total, c), figures):
                    return True
    return False


def _telling_columns(table: Table, total: int) -> list[int]:
    """The level columns whose figure in row ``total`` has three significant digits or more."""
    def digits(claim):
        return len(re.sub(r"\D", "", claim.text).strip("0")) if claim else 0
    return [c for c in level_columns(table) if digits(table.number_at(total, c)) >= 3]


def part_groups(table: Table) -> list[Group]:
    """Every whole of the table with its parts (read once for a table's total row)."""
    key = (table.total_row, table.sections, table.sub_rows)
    if key not in table.groups:
        table.groups[key] = _part_groups(table)
    return table.groups[key]


def _part_groups(table: Table) -> list[Group]:
    return [*_breakdowns(table), *_decompositions(table), *_marked_blocks(table)]


def _marked_blocks(table: Table) -> list[Group]:
    """The breakdowns of a table of indicators with no total row, each indicator named with its
    unit (卫生机构数(个), 实有床位数(张), 卫生人员数(人)) and followed by its parts opened with #
    (# 医院, 社区卫生服务中心 …), up to the next indicator. # rows nest: a # row right after a #
    row opens the breakdown of that row (# 卫生技术人员, # 执业医师, 注册护士 …); a # row after
    an unmarked one opens another breakdown of one of the wholes still open (# 医院卫生人员 of
    卫生人员数). Each run of rows is read as the parts of the outermost of those wholes that it
    adds up to in some level column — to no more than it, or exactly when its last row is 其他…
    (the list is then all of it) — and a run that fits none is not read: rows a yearbook lists
    without a mark under a part (县及县以上医院 under # 医院、卫生院) add up to no whole."""
    if table.total_row is not None:
        return []
    rows = range(table.header_rows, len(table.rows))
    heads = [r for r in rows if not _marked(table, r) and _names_unit(table, r)]
    groups = []
    for head, end in zip(heads, [*heads[1:], len(table.rows)]):
        if head + 1 < end and _marked(table, head + 1):
            groups += _marked_runs(table, head, end)
    return groups


def _marked_runs(table: Table, head: int, end: int) -> list[Group]:
    starts = [r for r in range(head + 1, end) if _marked(table, r)]
    open_wholes, groups, previous = [head], [], None
    for start, stop in zip(starts, [*starts[1:], end]):
        run = tuple(range(start, stop))
        if previous is not None and len(previous) == 1:
            open_wholes.append(previous[0])  # # 执业医师 right under # 卫生技术人员
            candidates = [previous[0]]
        else:
            candidates = list(open_wholes)
        exhaustive = label(table, run[-1]).startswith(_OTHERS)
        whole = next((w for w in candidates if adds_up(table, w, run, exhaustive, least=1)), None)
        if whole is not None:
            del open_wholes[open_wholes.index(whole) + 1:]
            if len(run) >= 2:
                groups.append(Group(whole, (run,), not exhaustive, run, bounded=True))
        previous = run
    return groups


_OTHERS = ("其他", "其它")


def _marked(table: Table, row: int) -> bool:
    return label(table, row).startswith(_MARKS)


def _names_unit(table: Table, row: int) -> bool:
    """The row's label ends with a unit in brackets: 卫生机构数(个), 财政收入（万元）."""
    m = re.search(r"[（(]([^（）()]{1,4})[）)]$", label(table, row))
    return bool(m) and m.group(1).lstrip("万亿千百十") in _known_units()


@cache
def _known_units() -> frozenset[str]:
    from checker.config import default_rule_data

    return frozenset(default_rule_data().units)


def _breakdowns(table: Table) -> list[Group]:
    blocks = _numbered_groups(table)
    if blocks or table.total_row is None:
        return blocks
    starts = _section_starts(table)
    if not starts:
        return [_group(table, table.total_row, table.parts_from, len(table.rows))]
    bounds = [*starts, len(table.rows)]
    return [_group(table, table.total_row, start + is_section(table, start), end) for start, end in zip(bounds, bounds[1:])]


def _decompositions(table: Table) -> list[Group]:
    """A row named by a whole made of exactly its parts (第二产业) with rows after it named by
    those parts in parallel (工业, 建筑业), wherever they stand in its section: the parts of that
    whole (in another section, 分行业 after 分产业, they break down the table's total)."""
    labels = {r: label(table, r) for r in range(table.header_rows, len(table.rows))}
    groups = []
    for whole, *parts in table.decompositions:
        total = next((r for r, name in labels.items() if whole in name), None)  # a table names a whole once
        if total is None:
            continue
        rows = [next((r for r, n in labels.items() if r > total and part in n and whole not in n), None)
                for part in parts]
        if (None not in rows and decomposes(labels[total], [labels[r] for r in rows], [(whole, *parts)])
                and {_section(table, r) for r in rows} == {_section(table, total)}):
            groups.append(Group(total, (tuple(rows),), False, tuple(rows), decomposed=True))
    return groups


def _section(table: Table, row: int) -> int:
    """The section row a row stands under (-1 before the first)."""
    return max((s for s in table.sections if s <= row), default=-1)


def _section_starts(table: Table) -> list[int]:
    """Rows that start a breakdown of the total: section rows (分产业), or a row opened by the
    word that opened the parts (# 吃的商品 after # 批发零售业, 住宿餐饮业) when the rows before
    it add up to the total."""
    opening = _opening_word(table, table.parts_from)
    if table.sections or not opening:
        return list(table.sections)
    starts, start = [], table.parts_from
    for r in sorted(table.sub_rows):
        if label(table, r).startswith(opening) and adds_up(table, table.total_row, _plain(table, range(start, r))):
            starts.append(start)
            start = r
    return [*starts, start] if starts else []


def _plain(table: Table, rows) -> list[int]:
    return [r for r in rows if r not in table.sub_rows and not is_section(table, r)]


def _opening_word(table: Table, row: int | None) -> str | None:
    if row is None or row >= len(table.rows):
        return None
    return next((w for w in table.sub_words if label(table, row).startswith(w)), None)


def _group(table: Table, total: int, start: int, end: int, partial: bool | None = None) -> Group:
    readings = part_readings(table, total, start, end)
    opened = _opening_word(table, start) is not None or (start > 0 and "总额中" in label(table, start - 1))
    if partial is None:
        partial = opened and not any(adds_up(table, total, r) for r in readings)
    return Group(total, tuple(map(tuple, readings)), partial, tuple(range(start, end)))


def part_readings(table: Table, total: int, start: int, end: int) -> list[list[int]]:
    """The readings of the parts of row ``total`` in rows ``start``–``end``, as row indices in
    order: the rows that are not 其中 rows under a part, in the total's unit when rows have units
    of their own. A row right after a 其中 row may be one more sub-row or the next part, so it is
    read both ways; rows right after a part that add up to it are its detail (第二产业, 工业,
    建筑业), read as such in one more reading."""
    units = unit_column(table)
    unit_of = (lambda r: table.cell(r, units).text if table.cell(r, units) else None) if units else (lambda r: None)
    rows = [r for r in range(start, end)
            if (r == start or r not in table.sub_rows) and not is_section(table, r) and unit_of(r) == unit_of(total)]
    doubtful = sorted(r for r in rows if r - 1 in table.sub_rows)
    # each doubtful row read both ways (#小麦 then 甘薯, a part; #大豆 then 杂豆, a sub-row), or, past
    # a few, all of them one way
    left_out = ([set(c) for k in range(1, len(doubtful) + 1) for c in combinations(doubtful, k)]
                if len(doubtful) <= _MAX_DOUBTFUL else [set(doubtful)])
    readings = [rows, *([r for r in rows if r not in out] for out in left_out)]
    for reading in list(readings):
        top = _without_details(table, reading)
        if top not in readings:
            readings.append(top)
    return readings


MAX_DETAIL = 20  # rows of a part's own detail: a longer run is not read as one
_MAX_DOUBTFUL = 3  # rows after a 其中 row read each both ways (2³ readings); more are read all one way


def _without_details(table: Table, rows: list[int]) -> list[int]:
    """``rows`` without the runs of rows right after a row that add up to it (the shortest run,
    of at most ``MAX_DETAIL`` rows, in some level column)."""
    kept, i = [], 0
    while i < len(rows):
        kept.append(rows[i])
        runs = []
        for c in level_columns(table):
            whole = table.number_at(rows[i], c)
            figures = [table.number_at(r, c) for r in rows[i + 1:i + 1 + MAX_DETAIL]]
            if whole is not None and None not in figures[:2]:
                runs += fitting_prefixes(whole, figures[:figures.index(None)] if None in figures else figures)
        i += 1 + min(runs, default=0)
    return kept


def _numbered_groups(table: Table) -> list[Group]:
    """The groups of a table whose rows are numbered in blocks (一、 1、 2、 二、 …): each
    numbered row with the rows under it, and a total row above them with the outermost ones."""
    rows = range(table.header_rows, len(table.rows))
    level = {r: numbering(table, r) for r in rows}
    heads = [r for r in rows if level[r] is not None]
    if len(heads) < 2:
        return []
    groups = []
    total = table.total_row
    if total is not None and level[total] is None and total < heads[0]:
        top = min(level[r] for r in heads)
        parts = [r for r in heads if level[r] == top]
        groups.append(Group(total, (tuple(parts),), False, tuple(range(total + 1, len(table.rows)))))
    for head in heads:
        groups.extend(_block(table, head, level))
    return [g for g in groups if any(len(r) >= 2 for r in g.readings)]


def _block(table: Table, head: int, level: dict[int, int | None]) -> list[Group]:
    """The groups of one numbered row: its numbered rows of the next level, or its unnumbered
    rows; rows after a section row (在总额中:) under it are a second breakdown, maybe partial."""
    end, inner, sections = len(table.rows), False, []
    for r in range(head + 1, len(table.rows)):
        if level[r] is not None and level[r] <= level[head]:
            end = r
            break
        if is_section(table, r):
            if not inner:
                end = r
                break
            sections.append(r)
        inner = inner or level[r] is not None
    first_section = sections[0] if sections else end
    inside = range(head + 1, first_section)
    numbered = [r for r in inside if level[r] is not None]
    if numbered:
        depth = min(level[r] for r in numbered)
        direct = [r for r in numbered if level[r] == depth]
        groups = [Group(head, (tuple(direct),), False, tuple(inside))]
    else:
        groups = [_group(table, head, head + 1, first_section)]
    for start, stop in zip(sections, [*sections[1:], end]):
        groups.append(_group(table, head, start + 1, stop, partial=True))
    return groups


def level_column_for(table: Table, column: int, total: int) -> int | None:
    """The level column a share column divides: the nearest one to its left with a total."""
    for c in range(column - 1, 0, -1):
        if table.kinds[c] == "level" and table.number_at(total, c) is not None:
            return c
    return None
