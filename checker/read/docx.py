"""Word (.docx) files: body paragraphs and table cells in document order, one paragraph a line.

Headers, footers, footnotes and comments are left out: they are not the report's text. Each
table cell gets a place ("表2 第3行第4列", tables counted in document order, nested ones
included); a merged cell is read once, at its top-left position.

``extract`` keeps, beside the text, the offset where each paragraph starts, so that
``checker.annotate`` can map a finding back to the runs of the Word file it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from checker.read import InputError, Source

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 files and encrypted .docx
ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")


@dataclass
class Extraction:
    """The text of a Word document and where its parts came from.

    ``paragraphs`` holds (offset, paragraph) in text order; paragraph ``i`` covers
    ``text[offset:offset + len(paragraph_text(p))]`` and is followed by one "\\n".
    """

    text: str
    places: list[tuple[int, int, str]]
    paragraphs: list[tuple[int, "Paragraph"]]


def paragraph_runs(paragraph: "Paragraph") -> list["Run"]:
    """The runs of a paragraph in order, those inside hyperlinks included."""
    from docx.text.run import Run

    runs: list[Run] = []
    for item in paragraph.iter_inner_content():
        runs.extend([item] if isinstance(item, Run) else item.runs)
    return runs


def paragraph_text(paragraph: "Paragraph") -> str:
    return "".join(run.text for run in paragraph_runs(paragraph))


def extract(document: "WordDocument") -> Extraction:
    lines: list[str] = []
    paragraphs: list[tuple[int, Paragraph]] = []
    places: list[tuple[int, int, str]] = []
    offset = 0
    table_count = 0

    def add_paragraph(paragraph: "Paragraph") -> None:
        nonlocal offset
        text = paragraph_text(paragraph)
        paragraphs.append((offset, paragraph))
        lines.append(text)
        offset += len(text) + 1

    def add_table(table: "Table") -> None:
        nonlocal table_count
        table_count += 1
        number = table_count
        for row_index, column_index, cell in _unique_cells(table):
            start = offset
            add_blocks(cell.iter_inner_content())
            end = max(start, offset - 1)  # the cell's last line, without its "\n"
            # appended after the places of nested tables' cells, so those are found first
            places.append((start, end, f"表{number} 第{row_index}行第{column_index}列"))

    def add_blocks(blocks: Iterator) -> None:
        from docx.table import Table

        for block in blocks:
            if isinstance(block, Table):
                add_table(block)
            else:
                add_paragraph(block)

    add_blocks(document.iter_inner_content())
    return Extraction("\n".join(lines), places, paragraphs)


def _unique_cells(table: "Table"):
    """(row, column, cell), 1-based, each merged cell once at its first position."""
    seen = set()  # the cells' XML elements; kept alive here so their identity is stable
    for row_index, row in enumerate(table.rows, start=1):
        for column_index, cell in enumerate(row.cells, start=1):
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            yield row_index, column_index, cell


def open_docx(path: Path) -> "WordDocument":
    """The Word document at ``path``; InputError for .doc, encrypted or corrupt files."""
    import docx

    try:
        with path.open("rb") as file:
            head = file.read(len(OLE_SIGNATURE))
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None
    if head == OLE_SIGNATURE:
        if ENCRYPTION_STREAM in path.read_bytes():
            raise InputError(f"{path}: password-protected Word file; save a copy without password")
        raise InputError(f"{path}: old Word 97-2003 format (.doc); save it as .docx")
    try:
        return docx.Document(str(path))
    except Exception as error:  # python-docx raises many kinds on a damaged package
        raise InputError(f"{path}: not a readable Word file ({type(error).__name__})") from None


def read_docx(path: Path) -> Source:
    extraction = extract(open_docx(path))
    return Source(str(path), extraction.text, tuple(extraction.places))
