"""Read a file into text: plain text in UTF-8 or GB18030, and richer formats by extension.

Every reader returns a ``Source``; a file that cannot be read raises ``InputError`` with a
one-line message naming the file. Readers for .docx and .html import their libraries lazily.
Text formats (.txt, .md, .html) larger than ``MAX_TEXT_BYTES`` are refused: a work report is a
few hundred kilobytes, and a bigger file is almost always a log or data dump named by mistake.
Standard input gets the same limit: at most ``MAX_TEXT_BYTES`` + 1 bytes are read, and more is
refused. A .docx has no limit on its file size, since that is mostly pictures; its parts are
limited once inflated (``checker.read.docx``).

A reader that reads a file only in part (a UTF-8 file whose last character is cut off) says so in
``Source.warnings``, one line each, for the command line to print.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


class InputError(Exception):
    """A file hegao cannot read; the message is one line and names the file."""


@dataclass(frozen=True)
class Source:
    path: str
    text: str
    # (start, end, place) for spans that came from a table cell of a Word file
    places: tuple[tuple[int, int, str], ...] = field(default_factory=tuple)
    encoding: str = "utf-8"
    # The file's own text with the same offsets as ``text``, for formats read as text on disk
    # (.txt, .md): what suppression comments and fixes apply to. None for Word and web pages.
    original: str | None = None
    warnings: tuple[str, ...] = ()  # one line each, naming the file


MAX_TEXT_BYTES = 20 * 1024 * 1024

# suffix -> (module, function) of its reader; any other suffix is read as plain text
READERS = {
    ".docx": ("checker.read.docx", "read_docx"),
    ".doc": ("checker.read.docx", "read_docx"),  # refused with a hint to save as .docx
    ".html": ("checker.read.html", "read_html"),
    ".htm": ("checker.read.html", "read_html"),
    ".md": ("checker.read.markdown", "read_markdown"),
    ".markdown": ("checker.read.markdown", "read_markdown"),
}


def wraps_lines(path: str | Path) -> bool:
    """True for a format whose paragraphs may be wrapped over several lines (Markdown): a line
    break there is a space, not the end of a paragraph."""
    return READERS.get(Path(path).suffix.lower(), ("",))[0] == "checker.read.markdown"


def read_source(path: str | Path) -> Source:
    from importlib import import_module

    path = Path(path)
    module, function = READERS.get(path.suffix.lower(), ("checker.read.text", "read_text_file"))
    if module != "checker.read.docx":
        _check_size(path)
    return getattr(import_module(module), function)(path)


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError:
        return  # the reader reports why the file cannot be read
    if size > MAX_TEXT_BYTES:
        raise InputError(f"{path}: too large ({size / 2**20:.0f} MB; hegao reads text files "
                         f"up to {MAX_TEXT_BYTES // 2**20} MB)")


def read_bytes(path: Path) -> bytes:
    """The bytes of a text file, at most ``MAX_TEXT_BYTES`` (the file may have grown since
    ``_check_size`` looked at it)."""
    try:
        with path.open("rb") as file:
            return read_limited(file, str(path))
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None


def read_limited(stream, name: str) -> bytes:
    """All of ``stream`` (a binary file or standard input); InputError past ``MAX_TEXT_BYTES``,
    having read at most one byte more."""
    data = stream.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(f"{name}: too large (more than {MAX_TEXT_BYTES // 2**20} MB; hegao reads "
                         f"text up to {MAX_TEXT_BYTES // 2**20} MB)")
    return data
