"""Tables of a document: Word, Markdown and HTML tables, and text laid out as a table.

``find_tables`` is computed once per document (``Document.tables``); the table rules (A220–A229)
read the rows and columns, and prose rules skip what lies inside a table (``Document.in_table``).
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from checker.tables.layouts import find_grids
from checker.tables.model import Cell, Table
from checker.tables.structure import build_table
from checker.tables.words import TableWords, default_table_words

if TYPE_CHECKING:
    from checker.document import Document

__all__ = ["Cell", "Table", "TableWords", "find_tables", "tables_of"]

_cache: dict[tuple[int, TableWords], list[Table]] = {}


def find_tables(text: str, places=(), words: TableWords | None = None) -> list[Table]:
    words = words or default_table_words()
    return [build_table(text, grid, grid.number or n, words) for n, grid in enumerate(find_grids(text, places), start=1)]


def tables_of(doc: "Document", words: TableWords) -> list[Table]:
    """The tables of ``doc`` read with a configuration's ``words``, once per document and words.
    Where the tables are does not depend on the words (``Document.tables`` reads them with the
    default words for the prose rules); their total rows, sub-rows and column kinds do."""
    if words == default_table_words():
        return doc.tables
    key = (id(doc), words)
    if key not in _cache:
        _cache[key] = find_tables(doc.text, doc.places, words)
        weakref.finalize(doc, _cache.pop, key, None)
    return _cache[key]
