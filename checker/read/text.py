"""Plain text files: UTF-8 (with or without BOM), else GB18030 (Word/WPS exports on Windows), and
UTF-16 with a byte-order mark (Windows Notepad's "Unicode").

The encoding is decided by decoding the whole file, not by sniffing a few bytes: UTF-8 is strict
enough that Chinese text in GB18030 practically never decodes as UTF-8 by accident.

A UTF-8 file whose last character is cut off (a copy or download that stopped a few bytes short)
is read whole: the incomplete bytes become one U+FFFD and a warning names the file and the byte
where the broken character starts. Such files and UTF-16 files are checked but never fixed
(``Source.original`` is None): writing them back would change more than the fix.
"""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import NamedTuple

from checker.read import InputError, Source

UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class Decoded(NamedTuple):
    text: str
    encoding: str  # utf-8-sig, gb18030 or utf-16
    warning: str | None = None  # set when the text was read only in part
    exact: bool = True  # False when writing ``text`` back in ``encoding`` would not give the file


def decode(data: bytes, name: str) -> Decoded:
    """Text and encoding name of ``data``; InputError when it is not text."""
    if data.startswith(UTF16_BOMS):
        try:
            return Decoded(_lines(data.decode("utf-16")), "utf-16", exact=False)
        except UnicodeDecodeError:
            raise InputError(f"{name}: cannot decode as UTF-16") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: not a text file (binary content)")
    try:
        return Decoded(_lines(data.decode("utf-8-sig")), "utf-8-sig")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and error.end == len(data):
            return Decoded(_lines(data[:error.start].decode("utf-8-sig") + "\ufffd"), "utf-8-sig",
                           f"{name}: ends in the middle of a UTF-8 character (byte {error.start + 1}); "
                           f"read up to it", exact=False)
    try:
        return Decoded(_lines(data.decode("gb18030")), "gb18030")
    except UnicodeDecodeError:
        raise InputError(f"{name}: cannot decode as UTF-8 or GB18030") from None


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def text_source(name: str, data: bytes) -> Source:
    """The Source of text ``data`` read from file ``name`` (or standard input)."""
    decoded = decode(data, name)
    return Source(name, decoded.text, encoding=decoded.encoding,
                  original=decoded.text if decoded.exact else None,
                  warnings=(decoded.warning,) if decoded.warning else ())


def read_text_file(path: Path) -> Source:
    from checker.read import read_bytes

    return text_source(str(path), read_bytes(path))
