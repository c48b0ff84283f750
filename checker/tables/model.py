"""The table model: cells at character offsets, header rows, units, column kinds, the total row.

A ``Table`` is built from a grid of cells by ``checker.tables.structure``; the grid comes from a
Word table, a Markdown or HTML table, or text laid out as a table (``checker.tables.layouts``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.claims.model import Claim


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell at ``text[start:end]``, 1-based ``row`` and ``column``; ``claim`` is its number
    when the cell holds a number and nothing else."""

    row: int
    column: int
    start: int
    end: int
    text: str
    claim: Claim | None = None


@dataclass
class Table:
    """A table of a document.

    ``rows`` are lists of cells (rows may be shorter than others); the first ``header_rows``
    rows are headers. ``units[c]`` and ``kinds[c]`` describe column c (0-based): a unit from
    the header ("产量（万吨）") or the caption's 单位, and one of level, share, change (%),
    points (个百分点), rate, label. ``total_row`` (0-based, or None) is the row the others break
    down; ``sub_rows`` are rows introduced by 其中 under another part, not parts themselves.
    """

    number: int
    caption: str
    layout: str  # docx, pipe, cells (one cell a line), aligned (spaces or tabs)
    start: int
    end: int
    rows: list[list[Cell]]
    header_rows: int = 0
    units: list[str | None] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    total_row: int | None = None
    sub_rows: frozenset[int] = frozenset()
    parts_from: int | None = None  # the first row of the total's parts
    sub_words: tuple[str, ...] = ("其中",)  # the words that open a total's parts (其中)
    decompositions: tuple[tuple[str, ...], ...] = ()  # wholes made of exactly their parts (第二产业: 工业, 建筑业)
    sections: tuple[int, ...] = ()  # rows that name a section of the parts (分产业, 分行业)
    wrapped_header: tuple[str, ...] = ()  # a header row a copy broke into lines: one name a column
    groups: dict = field(default_factory=dict, repr=False, compare=False)  # parts.part_groups, read once

    def place(self, cell: Cell) -> str:
        return f"表{self.number} 第{cell.row}行第{cell.column}列"

    def cell(self, row: int, column: int) -> Cell | None:
        """The cell at 0-based (row, column), if the row has one."""
        cells = self.rows[row]
        return cells[column] if column < len(cells) else None

    def number_at(self, row: int, column: int) -> Claim | None:
        cell = self.cell(row, column)
        return cell.claim if cell else None

    def label(self, row: int) -> str:
        return self.rows[row][0].text if self.rows[row] else ""

    def header(self, column: int) -> str:
        """The column's name: its last non-empty header cell, else 第N列."""
        if self.wrapped_header:
            return "".join(self.wrapped_header[column].split())
        for row in reversed(self.rows[:self.header_rows]):
            if column < len(row) and row[column].text.strip():
                return "".join(row[column].text.split())
        return f"第{column + 1}列"

    @property
    def width(self) -> int:
        return max(map(len, self.rows), default=0)
