"""Plain text files: UTF-8 (with or without BOM), else GB18030 (Word/WPS exports on Windows).

The encoding is decided by decoding the whole file, not by sniffing a few bytes: UTF-8 is strict
enough that Chinese text in GB18030 practically never decodes as UTF-8 by accident.
"""

from pathlib import Path

from checker.read import InputError, Source


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Text and encoding name of ``data``; InputError when it is not text."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: not a text file (binary content)")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text.replace("\r\n", "\n").replace("\r", "\n"), encoding
    raise InputError(f"{name}: cannot decode as UTF-8 or GB18030")


def read_text_file(path: Path) -> Source:
    from checker.read import read_bytes

    text, encoding = decode(read_bytes(path), str(path))
    return Source(str(path), text, encoding=encoding, original=text)
