"""Which cell of a table a figure of the text states: "第二产业增加值63.72亿元, 增长4.5%" is the
cell of row 第二产业 in the table's level column of 亿元, and its growth the cell of the same row
in the change column.

A level of the text is read as a cell when its clause (``subject_of``) names the row's label —
the nearest label when it names two (第二产业中工业) — and, after the label, nothing but filler,
the column's header, the caption or a level noun (rules/tables.toml ``[prose]``); the figure's
unit is the column's (or the row's, in a table with a 单位 column), written the same way (亿元
and 亿元, never 万元 and 亿元); and the row's label is at least two characters. The first row of
a table may be restated by the last words of its label ("全市实现生产总值" for 地区生产总值).
A growth rate of the text ("增长4.5%", "下降0.6%") is read as the change cell of the row its
level was read as, when the table has one change column in %.

The first row's restatement counts only when the clause names no row. A figure is read as a
cell only when exactly one cell fits, its sentence names no other year
than the table's caption and no other time (上年, 目标), and it is a level (not a base, a change
or a bound).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Iterator

from checker.claims.model import Claim
from checker.claims.subject import subject_of
from checker.tables.model import Table
from checker.tables.parts import unit_column

if TYPE_CHECKING:
    from checker.document import Document
    from checker.subjects import SubjectReader
    from checker.tables.words import TableWords

_YEAR = re.compile(r"((?:19|20)\d\d)年")
_LABEL_MARKS = re.compile(r"^(?:其中|内)[:：]?|^[#＃]+|^[（(]?[一二三四五六七八九十\d]+[)）、.．]|[（(][^）)]*[）)]$")
_NOT_A_WORD = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]")
_ITEM_END = re.compile(r"[。；;！？\n]")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_RESTATED_TAIL = 4  # the last characters of a first row's label that restate it (生产总值)


@dataclass(frozen=True)
class CellReading:
    """A figure of the text read as ``table``'s cell at 0-based (row, column)."""

    figure: Claim
    table: Table
    row: int
    column: int

    @property
    def cell(self) -> Claim:
        return self.table.number_at(self.row, self.column)


def row_label(table: Table, row: int) -> str:
    """A row's label as the text would write it: no spaces, no 其中 or numbering, no note in
    parentheses ("其中:城镇" → 城镇, "1、国内旅游收入" → 国内旅游收入)."""
    label = _NOT_A_WORD.sub("", _LABEL_MARKS.sub("", re.sub(r"\s+", "", table.label(row))))
    return _LABEL_MARKS.sub("", label)


def numeral(claim: Claim) -> tuple[float, str] | None:
    """The numeral of a figure written in digits and what is written after it: (63.72, "亿元")
    for 63.72亿元; None for 三十万元."""
    cut = claim.number_end - claim.start
    digits = claim.text[:cut].replace(",", "").replace("，", "")
    return (float(digits), claim.text[cut:]) if _DIGITS.fullmatch(digits) else None


def differ(figure: Claim, cell: Claim, value: float) -> bool:
    """Whether the text's ``value`` (its numeral, signed) and the cell differ by more than the
    rounding of both, at the same magnitude: 84528 is not a slip of 107365 but another figure."""
    slack = 0.5 * 10 ** -figure.decimals + 0.5 * 10 ** -cell.decimals + 1e-9
    return abs(value - cell.value) > slack and _digits(value) == _digits(cell.value)


def _digits(value: float) -> int:
    return len(str(int(abs(value))))


class ProseReader:
    """Reads the figures of a document's text as cells of its tables."""

    def __init__(self, doc: "Document", words: "TableWords", cues):
        self.doc, self.words = doc, words
        self.up = tuple(sorted(cues["UP"], key=len, reverse=True))
        self.down = tuple(sorted(cues["DOWN"], key=len, reverse=True))
        self.rows = [(table, r, row_label(table, r)) for table in doc.tables
                     for r in range(table.header_rows, len(table.rows))]
        self.rows = [(t, r, label) for t, r, label in self.rows if len(label) >= 2]

    @cached_property
    def levels(self) -> "SubjectReader":
        """Read only when the document has a table row to read a figure as."""
        from checker.subjects import SubjectReader
        from checker.config import default_rule_data

        return SubjectReader(self.doc, default_rule_data().subjects)

    def readings(self) -> Iterator[CellReading]:
        """Each figure of the text read as exactly one cell, and the growth rate after it."""
        if not self.rows:
            return  # no row to read a figure as
        claims = [c for c in self.doc.claims if not self.doc.in_table(c.start)]
        for i, claim in enumerate(claims):
            reading = self._level(claim)
            if reading is None:
                continue
            yield reading
            if i + 1 < len(claims):
                growth = self._growth(reading, claims[i + 1])
                if growth is not None:
                    yield growth

    def signed(self, reading: CellReading) -> tuple[float, str]:
        """The text's figure as the table writes it (a decline is negative), and as the text
        writes it ("下降1.5%")."""
        value, _ = numeral(reading.figure) or (0.0, "")
        if reading.table.kinds[reading.column] != "change":
            return value, reading.figure.text
        words = subject_of(self.doc.text, reading.figure)
        verb = next((w for w in self.up + self.down if words.endswith(w)), "")
        return (-value if verb in self.down else value), verb + reading.figure.text

    # -- levels ---------------------------------------------------------------------------

    def _level(self, claim: Claim) -> CellReading | None:
        if not claim.is_quantity or claim.value is None or claim.approx or claim.kind == "percent":
            return None
        if not self._own_time(claim) or not self.levels.is_level(claim):
            return None
        written = numeral(claim)
        if written is None:
            return None
        clause, unit = subject_of(self.doc.text, claim), written[1]
        found: list[tuple[int, CellReading]] = []
        named = any(label in clause for _, _, label in self.rows)
        for table, row, label in self.rows:
            end = self._names(clause, table, row, label, named)
            if end is None or not self._caption_year_fits(claim, table):
                continue
            for column in self._level_columns(table, row, unit):
                if self._rest_fits(clause[end:], table, column):
                    found.append((end, CellReading(claim, table, row, column)))
        if not found:
            return None
        nearest = max(end for end, _ in found)
        found = [r for end, r in found if end == nearest]
        return found[0] if len(found) == 1 else None

    def _names(self, clause: str, table: Table, row: int, label: str, named: bool) -> int | None:
        """Where the row's label ends in the clause, if the clause names the row; the first row
        by the end of its label when the clause names no row."""
        at = clause.rfind(label)
        if at >= 0:
            return at + len(label)
        if not named and row == table.header_rows and len(label) > _RESTATED_TAIL \
                and clause.endswith(label[-_RESTATED_TAIL:]):
            return len(clause)
        return None

    def _level_columns(self, table: Table, row: int, unit: str) -> list[int]:
        units = unit_column(table)
        return [c for c in range(1, table.width)
                if table.kinds[c] in ("level", "average") and table.number_at(row, c) is not None
                and (table.cell(row, units).text.strip() if units else table.units[c]) == unit]

    def _rest_fits(self, rest: str, table: Table, column: int) -> bool:
        """After the label, the clause names nothing the column does not hold: filler, the
        column's header, the caption's words or a level noun."""
        for word in sorted(self.words.prose_filler, key=len, reverse=True):
            rest = rest.replace(word, "")
        if not rest:
            return True
        header = _NOT_A_WORD.sub("", table.header(column))
        return rest in self.words.level_nouns or rest in header or rest in _NOT_A_WORD.sub("", table.caption)

    def _own_time(self, claim: Claim) -> bool:
        """The figure's clause names no other time (上年, 目标) before it."""
        clause = subject_of(self.doc.text, claim)
        return not any(word in clause for word in self.words.other_time)

    def _caption_year_fits(self, claim: Claim, table: Table) -> bool:
        caption = {m.group(1) for m in _YEAR.finditer(table.caption)}
        named = {m.group(1) for m in _YEAR.finditer(self._item(claim))}
        return not (caption and named) or bool(caption & named)

    def _item(self, claim: Claim) -> str:
        text = self.doc.text
        start = max((m.end() for m in _ITEM_END.finditer(text, max(0, claim.start - 200), claim.start)),
                    default=max(0, claim.start - 200))
        return text[start:claim.start]

    # -- growth ---------------------------------------------------------------------------

    def _growth(self, level: CellReading, claim: Claim) -> CellReading | None:
        """The growth rate right after a level read as a cell, in the same item: "…37.11亿元，
        增长2.6%" is the row's cell in the table's only change column in %."""
        between = self.doc.text[level.figure.end:claim.start]
        if claim.kind != "percent" or claim.approx or _ITEM_END.search(between) or numeral(claim) is None:
            return None
        words = subject_of(self.doc.text, claim)
        if not words.endswith(self.up + self.down):
            return None
        table = level.table
        changes = [c for c in range(1, table.width) if table.kinds[c] == "change" and table.units[c] == "%"]
        if len(changes) != 1 or table.number_at(level.row, changes[0]) is None:
            return None
        return CellReading(claim, table, level.row, changes[0])
