"""Tables of a document: Word, Markdown and HTML tables, and text laid out as a table.

``find_tables`` is computed once per document (``Document.tables``); the table rules (A220–A229)
read the rows and columns, and prose rules skip what lies inside a table (``Document.in_table``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.memo import per_document
from checker.tables.layouts import find_grids
from checker.tables.model import Cell, Table
from checker.tables.structure import build_table
from checker.tables.words import TableWords, default_table_words

if TYPE_CHECKING:
    from checker.document import Document

__all__ = ["Cell", "Table", "TableWords", "find_tables", "tables_of"]


def find_tables(text: str, places=(), words: TableWords | None = None) -> list[Table]:
    words = words or default_table_words()
    return [build_table(text, grid, grid.number or n, words) for n, grid in enumerate(find_grids(text, places), start=1)]


def tables_of(doc: "Document", words: TableWords) -> list[Table]:
    """The tables of ``doc`` read with a configuration's ``words``, once per document and words.
    Where the tables are does not depend on the words (``Document.tables`` reads them with the
    default words for the prose rules); their total rows, sub-rows and column kinds do."""
    return doc.tables if words == default_table_words() else _tables_read_with(doc, words)


@per_document
def _tables_read_with(doc: "Document", words: TableWords) -> list[Table]:
    return find_tables(doc.text, doc.places, words)
