"""The document model: the text of a report and its parts, all as character offsets into it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from checker.document.lines import LineIndex

if TYPE_CHECKING:
    from checker.config import RuleData
    from checker.claims.model import Claim
    from checker.tables import Table


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph or a sentence: ``text[start:end]`` without surrounding white space."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Heading:
    """A numbered 公文 heading or 一是/二是 run item.

    ``style`` names the numbering family: ``cn`` 一、, ``cn_paren`` （一）, ``arabic`` 1. / 1、,
    ``arabic_paren`` （1）, ``shi`` 一是, ``broken`` a marker that lost a character (")加快…").
    ``number`` is the marker's value (None for a broken marker); the marker is
    ``text[marker_start:marker_end]``, the heading line ends at ``end``.
    """

    start: int
    end: int
    marker_start: int
    marker_end: int
    style: str
    number: int | None
    paragraph: int  # index into Document.paragraphs


@dataclass
class Document:
    """A report's text and structure, and the rule data it is read with.

    ``data`` is the user's configuration of words and units (``RuleData``): the claims and the
    relations of a document are built with it, once, and every rule reads them from here, so no
    step falls back to the defaults behind the user's back. A document read under two
    configurations is two ``Document`` objects.
    """

    path: str
    text: str
    paragraphs: list[Block]
    sentences: list[Block]
    headings: list[Heading]
    # Where a span came from when the text was extracted from a richer format
    # (a .docx table cell): (start, end, "表2 第3行第4列").
    places: list[tuple[int, int, str]] = field(default_factory=list)
    data: "RuleData | None" = None

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    @cached_property
    def claims(self) -> list["Claim"]:
        from checker.claims import extract_claims

        return extract_claims(self, self.data)

    @cached_property
    def tables(self) -> list["Table"]:
        from checker.tables import find_tables

        return find_tables(self.text, self.places)

    @cached_property
    def _table_starts(self) -> list[int]:
        return [t.start for t in self.tables]

    def table_at(self, offset: int) -> "Table | None":
        """The table holding ``offset`` (tables come in text order and do not overlap)."""
        k = bisect_right(self._table_starts, offset)
        return self.tables[k - 1] if k and offset < self.tables[k - 1].end else None

    def in_table(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a table: prose rules (end of text, pairs, counts of
        list items, units of bare numbers) do not read table cells as sentences."""
        return self.table_at(offset) is not None

    def place_of(self, offset: int) -> str | None:
        for start, end, name in self.places:
            if start <= offset < end:
                return name
        table = self.table_at(offset)
        if table is not None:
            cell = next((c for row in table.rows for c in row if c.start <= offset < max(c.end, c.start + 1)), None)
            return table.place(cell) if cell else None
        return None

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _claim_starts(self) -> list[int]:
        return [c.start for c in self.claims]

    def claims_between(self, start: int, end: int) -> list["Claim"]:
        """The claims that start from ``start`` up to ``end``, in text order."""
        starts = self._claim_starts
        return self.claims[bisect_left(starts, start):bisect_left(starts, end)]

    def paragraph_at(self, offset: int) -> int:
        """Index of the paragraph containing ``offset`` (or the last one before it)."""
        return max(0, bisect_right(self._paragraph_starts, offset) - 1)

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (or the last one before it)."""
        return max(0, bisect_right(self._sentence_starts, offset) - 1)
