"""Check one input: read it, pick its configuration, run the rules, drop suppressed findings."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from checker.config import Config
from checker.findings import FileResult


def read_input(name: str):
    """The Source of one input (``-``: standard input); InputError when it cannot be read."""
    from checker.read import read_limited, read_source
    from checker.read.text import text_source

    if name == "-":
        return text_source("<stdin>", read_limited(sys.stdin.buffer, "<stdin>"))
    return read_source(name)


def text_as_source(name: str, text: str):
    """The Source that plain-text or Markdown file ``name`` would give if it held ``text``."""
    from pathlib import Path

    from checker.read import READERS, Source
    from checker.read.markdown import prose

    markdown = READERS.get(Path(name).suffix.lower(), ("",))[0] == "checker.read.markdown"
    return Source(name, prose(text) if markdown else text, original=text)


def document_of(source):
    from checker.document import build_document

    return build_document(source.path, source.text, source.places)


def load(name: str):
    """The document of one input; InputError when it cannot be read."""
    return document_of(read_input(name))


@dataclass(frozen=True)
class Checked:
    """One checked input: its result, the configuration used, and the file's own text (``raw``:
    what suppression comments and fixes apply to; None for Word and HTML files, see
    ``Source.original``) and the reader's warnings."""

    name: str
    result: FileResult
    config: Config
    raw: str | None
    warnings: tuple[str, ...] = ()


class Checker:
    """Checks inputs, each with the configuration of its own folder (``checker.api`` does the
    checking; rules are built once per configuration)."""

    def __init__(self, settings):
        self.settings = settings

    def check(self, name: str, text: str | None = None) -> Checked:
        """Read and check input ``name``; InputError when it cannot be read, ConfigError when
        the configuration of its folder is bad. With ``text``: check that text as the contents of
        plain-text or Markdown file ``name`` (a fix not yet written)."""
        config = self.settings.for_path(name)
        source = read_input(name) if text is None else text_as_source(name, text)
        return checked_source(name, source, config)


def checked_source(name: str, source, config: Config) -> Checked:
    """The ``Checked`` of input ``name`` read as ``source``."""
    from checker.api import check_source

    return Checked(name, check_source(source, config), config, source.original, source.warnings)
