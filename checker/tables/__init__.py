"""Tables of a document: Word, Markdown and HTML tables, and text laid out as a table.

``find_tables`` is computed once per document (``Document.tables``); the table rules (A220–A229)
read the rows and columns, and prose rules skip what lies inside a table (``Document.in_table``).
"""

from __future__ import annotations

from checker.tables.layouts import find_grids
from checker.tables.model import Cell, Table
from checker.tables.structure import build_table

__all__ = ["Cell", "Table", "find_tables"]


def find_tables(text: str, places=()) -> list[Table]:
    return [build_table(text, grid, grid.number or n) for n, grid in enumerate(find_grids(text, places), start=1)]
