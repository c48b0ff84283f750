"""From a grid of cell spans to a ``Table``: caption, header rows, units, column kinds, cell
figures, the total row and the sub-rows.

A cell's figure is read here, not by the claims grammar: a cell is a number only when the whole
cell is one ("3551817", "-1.8", "78.7", "19.32%"), its sign is part of it, and its unit comes from
the column's header or the caption — context the grammar, which reads prose, does not see.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checker.claims.model import Claim
from checker.tables.layouts import Grid, is_number
from checker.tables.model import Cell, Table
from checker.tables.parts import adds_up_somewhere, is_section, unit_column
from checker.tables.words import TableWords

UNIT_IN_HEADER = re.compile(r"[（(﹙]([^（）()﹙﹚]{1,8})[）)﹚]\s*$|([%％‰])\s*$")
UNIT_LINE = re.compile(r"单位\s*[:：]\s*([^\s)）]+)")
CAPTION = re.compile(r"^\s*(?:附)?表\s*\d+|[表情况构成统计]\s*$")
SPACES = re.compile(r"[\s\u3000]+")
YEAR = re.compile(r"(19|20)\d\d")


def build_table(text: str, grid: Grid, number: int, words: TableWords) -> Table:
    header_rows = _header_rows(text, grid.rows)
    grid = replace(grid, rows=[_stub_restored(text, row, len(grid.rows[-1])) if r < header_rows else row
                               for r, row in enumerate(grid.rows)])
    caption, table_unit = _caption(text, grid.rows[0][0][0])
    width = max(map(len, grid.rows))
    wrapped = _wrapped_header(text, grid.rows[:header_rows], width)
    headers = wrapped or [" ".join(text[s:e] for row in grid.rows[:header_rows] for c, (s, e) in enumerate(row) if c == col)
                          for col in range(width)]
    units = [_unit(h, table_unit) for h in headers]
    kinds = ["label"] + [_kind(h, units[c], words) for c, h in enumerate(headers) if c > 0]
    padded = _padded_columns(text, grid.rows[header_rows:], width)
    rows = []
    for r, spans in enumerate(grid.rows):
        cells = []
        for c, (s, e) in enumerate(spans):
            value = text[s:e]
            claim = _claim(value, s, e, units[c], c in padded) if r >= header_rows and c > 0 else None
            cells.append(Cell(r + 1, c + 1, s, e, value, claim))
        rows.append(cells)
    for c in _text_columns(rows[header_rows:], width):
        kinds[c] = "label"
    table = Table(number, caption, grid.layout, grid.rows[0][0][0], grid.rows[-1][-1][1], rows,
                  header_rows, units, kinds, sub_words=words.sub_rows, decompositions=words.decompositions,
                  wrapped_header=tuple(wrapped or ()))
    _row_units(table)
    if not grid.ragged:  # with a row left out, the others add up to no total
        _find_total(table, words)
    return table


def _stub_restored(text: str, row: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """A header row that a copy wrote without its empty corner cell ("播种面积(千公顷) | 总产量(万吨) |
    |" over "全年粮食 | 113340.5 | 62143.5"): its first cell heads a quantity (a unit in brackets)
    and its last is empty, so each heading stands one column to the right."""
    cells = [SPACES.sub("", text[s:e]) for s, e in row]
    if len(row) != width or width < 3 or cells[-1] or not all(cells[:-1]) or not UNIT_IN_HEADER.search(cells[0]):
        return row
    start = row[0][0]
    return [(start, start), *row[:-1]]


def _row_units(table: Table) -> None:
    """A table with a 单位 column gives each row's figures that row's unit (万元, 人次)."""
    column = unit_column(table)
    if column is None:
        return
    for cells in table.rows[table.header_rows:]:
        unit = SPACES.sub("", cells[column].text) if column < len(cells) else ""
        for c, cell in enumerate(cells):
            if cell.claim is not None and unit and table.units[c] is None:
                cells[c] = replace(cell, claim=replace(cell.claim, unit=unit))


def _text_columns(body: list[list[Cell]], width: int) -> list[int]:
    """Columns after the first that hold words and no figure (a yearbook's English names beside
    the Chinese ones: 春收粮食 | spring harvest | 44.55): more of the rows' labels."""
    found = []
    for c in range(1, width):
        cells = [row[c] for row in body if c < len(row)]
        words = [cell.text.strip() for cell in cells if cell.text.strip()]
        if (all(cell.claim is None for cell in cells) and len(words) >= 2
                and not any(ch.isdigit() for w in words for ch in w)):
            found.append(c)
    return found


def _wrapped_header(text: str, rows, width: int) -> list[str] | None:
    """The column headers of a header row that a copy broke into lines of a few cells each
    ("品名 | 播种面积" / "(亩) |" / "增减(%) | 产量(吨) | 增减(%) |"): its cells in order, a cell
    that opens with a bracket joined to the one before (播种面积(亩)), when they are exactly one a
    column; None for a header of full rows."""
    if len(rows) < 2 or any(len(row) >= width for row in rows):
        return None
    cells: list[str] = []
    for row in rows:
        for s, e in row:
            cell = text[s:e].strip()
            if cells and cell[:1] in _OPENING_BRACKETS:
                cells[-1] += cell
            elif cell:
                cells.append(cell)
    return cells if len(cells) == width else None


_OPENING_BRACKETS = "（(﹙"


def _header_rows(text: str, rows) -> int:
    """Leading rows with no figure after their first cell (a row of years is a header too)."""
    count = 0
    for row in rows:
        values = [SPACES.sub("", text[s:e]) for s, e in row[1:]]
        figures = [v for v in values if is_number(v)]
        if figures and not all(YEAR.fullmatch(v) for v in figures):
            break
        count += 1
    return min(count, len(rows) - 1)


def _caption(text: str, start: int) -> tuple[str, str | None]:
    """The caption (表3 2023年主要农产品产量) and the table's unit (单位：万元) from the few
    short lines above the table, up to a row of another table."""
    caption, unit = "", None
    lines = text[:text.rfind("\n", 0, start) + 1].rstrip("\n").split("\n")[-3:]  # not the table's own first line
    for line in reversed(lines):
        line = line.strip()
        if not line:
            continue
        if len(line) > 40 or line.endswith(("。", "；", ";")) or "|" in line:
            break
        m = UNIT_LINE.search(line)
        if m and unit is None:
            unit = m.group(1)
        if not caption and CAPTION.search(line.split("单位")[0].strip()):
            caption = line.split("单位")[0].strip()
    if unit is None and _unit(caption, None) == "%":
        unit = "%"  # 居民消费价格比上年涨跌幅度（%）: every figure a percentage
    return caption, unit


def _unit(header: str, table_unit: str | None) -> str | None:
    m = UNIT_IN_HEADER.search(header.strip())
    if m:
        return "%" if (m.group(2) or m.group(1).strip()) in ("%", "％") else (m.group(1) or m.group(2)).strip()
    if table_unit and not re.search(r"[、,，/]", table_unit):
        return table_unit
    return None


def _kind(header: str, unit: str | None, words: TableWords) -> str:
    """The column's kind from its header's words; a change in a unit other than % or points
    (比上年增收(亿元)) is an absolute change, a delta; a unit per another unit (公斤/公顷) an
    average."""
    header = SPACES.sub("", header)
    for kind, cues in words.column_kinds:
        if any(cue in header for cue in cues):
            return "delta" if kind == "change" and unit and unit not in ("%", "％", "‰") else kind
    if unit and "/" in unit:
        return "average"
    return "percent" if unit == "%" else "level"


def _padded_columns(text: str, rows, width: int) -> set[int]:
    """Columns whose figures, three or more, all end in a 0 after the decimal point (4.80, 70.30,
    24.90): a yearbook's one-decimal figures printed with two, rounded at the first decimal."""
    padded = set()
    for c in range(1, width):
        figures = [SPACES.sub("", text[s:e]).rstrip("%％") for row in rows if c < len(row)
                   for s, e in [row[c]] if is_number(SPACES.sub("", text[s:e]))]
        figures = [f for f in figures if f != "100"]  # a total's share
        if len(figures) >= 3 and all("." in f and len(f.split(".")[1]) >= 2 and f.endswith("0") for f in figures):
            padded.add(c)
    return padded


def _claim(value: str, start: int, end: int, unit: str | None, padded: bool = False) -> Claim | None:
    text = SPACES.sub("", value)
    if not is_number(text):
        return None
    digits = text.rstrip("%％‰").replace(",", "").replace("，", "").replace("−", "-").replace("－", "-")
    percent = text[-1] in "%％" or unit == "%"
    decimals = len(digits.split(".")[1]) - padded if "." in digits else 0
    number = float(digits) if "." in digits else int(digits)
    return Claim(start, end, value, "percent" if percent else "number", value=number,
                 unit="%" if percent else unit, decimals=decimals, number_end=end - start)


def _label(table: Table, row: int) -> str:
    return SPACES.sub("", table.label(row))


def _averages_of_groups(table: Table, total: int, words: TableWords) -> bool:
    """Row ``total`` names an average (全省常住居民人均可支配收入) and the row after it the same
    average of a group (城镇常住居民人均可支配收入): the rows are no whole and its parts."""
    name = _label(table, total)
    at = min((i for i in map(name.find, words.averages) if i >= 0), default=-1)
    return at >= 0 and total + 1 < len(table.rows) and name[at:] in _label(table, total + 1)


def _find_total(table: Table, words: TableWords) -> None:
    """The total row — its label starts with 合计, 总计, 全县 … or ends with 合计; or it is the
    first figure row and the next one opens with 其中 or a section (分产业), or the rows below add
    up to it in some column (a first row that the others break down) — and the 其中 rows under
    a part (sub-rows)."""
    first = table.header_rows
    if first >= len(table.rows):
        return
    sub = words.sub_rows
    total = next((r for r in range(first, len(table.rows))
                  if _label(table, r).startswith(words.total_rows) or _label(table, r).endswith(words.total_ends)), None)
    confirm = False
    if total is None and first + 1 < len(table.rows):
        # a first row with its own 其中 row is the total when no later row has one too: a list of
        # indicators each with its 其中 (企业单位数, 其中:规模以上; 工业总产值, 其中:规模以上) has none
        opens = [r for r in range(first + 1, len(table.rows)) if _label(table, r).startswith(sub)
                 and not _label(table, r - 1).startswith(sub)]
        own = opens[:1] == [first + 1] and len(opens) == 1
        total, confirm = first, not (own or is_section(table, first + 1))
    if total is None or _averages_of_groups(table, total, words):
        return
    table.total_row = total
    table.parts_from = total + 1
    table.sections = tuple(r for r in range(total + 1, len(table.rows)) if is_section(table, r))
    table.sub_rows = frozenset(r for r in range(total + 2, len(table.rows)) if _label(table, r).startswith(sub))
    if confirm and not adds_up_somewhere(table):
        table.total_row = table.parts_from = None
        table.sections, table.sub_rows = (), frozenset()
