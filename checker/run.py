"""Check one input: read it, pick its configuration, run the rules, drop suppressed findings."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from checker.config import Config
from checker.findings import FileResult


def read_input(name: str, stdin_name: str | None = None):
    """The Source of one input (``-``: standard input, read as file ``stdin_name`` when given);
    InputError when it cannot be read."""
    from checker.read import read_limited, read_source
    from checker.read.text import text_source

    if name == "-" and stdin_name:
        from checker.read.stdin import read_stdin_as

        return read_stdin_as(stdin_name)
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


def document_of(source, data=None):
    """The document of a read source, with the rule data of its configuration."""
    from checker.document import build_document

    return build_document(source.path, source.text, source.places, data)


def load(name: str, data=None):
    """The document of one input read with ``data``; InputError when it cannot be read."""
    return document_of(read_input(name), data)


@dataclass(frozen=True)
class Checked:
    """One checked input: its result, the configuration used, and the file's own text (``raw``:
    what suppression comments and fixes apply to; None for Word and HTML files, see
    ``Source.original``), the reader's warnings and those of its suppression comments."""

    name: str
    result: FileResult
    config: Config
    raw: str | None
    warnings: tuple[str, ...] = ()
    unused_suppressions: tuple = ()  # the suppression comments that silenced nothing


class Checker:
    """Checks inputs, each with the configuration of its own folder (``checker.api`` does the
    checking; rules are built once per configuration)."""

    def __init__(self, settings, stdin_name: str | None = None):
        self.settings = settings
        self.stdin_name = stdin_name  # what standard input is read as (--stdin-filename)

    def check(self, name: str, text: str | None = None) -> Checked:
        """Read and check input ``name``; InputError when it cannot be read, ConfigError when
        the configuration of its folder is bad. With ``text``: check that text as the contents of
        plain-text or Markdown file ``name`` (a fix not yet written)."""
        named = self.stdin_name if name == "-" and self.stdin_name else name
        config = self.settings.for_path(named)
        source = read_input(name, self.stdin_name) if text is None else text_as_source(named, text)
        return checked_source(name, source, config)


def checked_source(name: str, source, config: Config) -> Checked:
    """The ``Checked`` of input ``name`` read as ``source``: its document read with the rule data
    of ``config``, the rules ``config`` selects, its suppression comments applied."""
    from checker.api import rules_for
    from checker.engine import check_document
    from checker.suppress import apply

    doc = document_of(source, config.data)
    diagnostics, unknown, unused = apply(check_document(doc, config, rules_for(config)),
                                         source.original or doc.text, doc.path)
    return Checked(name, FileResult(doc.path, doc.text, diagnostics), config, source.original,
                   source.warnings + tuple(unknown), tuple(unused))
