"""Word (.docx) files: body paragraphs and table cells in document order, one paragraph a line.

Headers, footers, footnotes and comments are left out: they are not the report's text. Each
table cell gets a place ("表2 第3行第4列", tables counted in document order, nested ones
included); a merged cell is read once, at its top-left position.

``extract`` keeps, beside the text, the offset where each paragraph starts, so that
``checker.annotate`` can map a finding back to the runs of the Word file it came from.

A .docx is a zip, and python-docx inflates each part whole into memory before lxml parses it: a
"zip bomb" part of 1 GB takes gigabytes. So every part is first inflated in chunks and counted,
and a package with a part over ``MAX_PART_BYTES`` (or parts over ``MAX_PACKAGE_BYTES`` in all) is
refused. The declared sizes are checked first, but the count is what decides: they can lie.

The XML is parsed as python-docx does, never resolving entities and never going to the network.
An entity reference (``<!ENTITY x SYSTEM "file:///etc/passwd">`` … ``&x;``) is read as nothing:
the text around it is kept (python-docx alone drops what follows it in the run).
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
# A report's document.xml is rarely over 5 MB; pictures are stored compressed, as they are.
MAX_PART_BYTES = 50 * 1024 * 1024
MAX_PACKAGE_BYTES = 1024 * 1024 * 1024


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
        _check_inflated_sizes(path)
        document = docx.Document(str(path))
    except InputError:
        raise
    except Exception as error:  # zipfile and python-docx raise many kinds on a damaged package
        raise InputError(f"{path}: not a readable Word file ({type(error).__name__})") from None
    _drop_entity_references(document.element)
    return document


def _check_inflated_sizes(path: Path) -> None:
    """InputError when a part of the package inflates to more than ``MAX_PART_BYTES`` or all of
    them to more than ``MAX_PACKAGE_BYTES``; memory stays at one chunk."""
    import zipfile

    def refuse(what: str, limit: int) -> InputError:
        return InputError(f"{path}: {what} inflates to more than {limit // 2**20} MB; "
                          f"not a report hegao reads")

    with zipfile.ZipFile(path) as package:
        members = package.infolist()
        for info in members:
            if info.file_size > MAX_PART_BYTES:
                raise refuse(info.filename, MAX_PART_BYTES)
        if sum(info.file_size for info in members) > MAX_PACKAGE_BYTES:
            raise refuse("the package", MAX_PACKAGE_BYTES)
        total = 0
        for info in members:
            inflated = 0
            with package.open(info) as part:
                while chunk := part.read(1 << 20):
                    inflated += len(chunk)
                    total += len(chunk)
                    if inflated > MAX_PART_BYTES:
                        raise refuse(info.filename, MAX_PART_BYTES)
                    if total > MAX_PACKAGE_BYTES:
                        raise refuse("the package", MAX_PACKAGE_BYTES)


def _drop_entity_references(root) -> None:
    """Remove the unresolved entity references from the document's XML, keeping the text after
    each one where it was."""
    from lxml import etree

    for entity in list(root.iter(etree.Entity)):
        previous, parent = entity.getprevious(), entity.getparent()
        if previous is not None:
            previous.tail = (previous.tail or "") + (entity.tail or "")
        else:
            parent.text = (parent.text or "") + (entity.tail or "")
        parent.remove(entity)


def read_docx(path: Path) -> Source:
    extraction = extract(open_docx(path))
    return Source(str(path), extraction.text, tuple(extraction.places))
