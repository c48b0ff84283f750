"""Check one input: read it, pick its configuration, run the rules, drop suppressed findings."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from checker.config import Config
from checker.findings import FileResult

TEXT_SUFFIXES = (".txt", ".md")  # read as text on disk: suppression comments and --fix apply


def load(name: str):
    """The document of one input; InputError when it cannot be read."""
    from checker.document import build_document
    from checker.read import read_source
    from checker.read.text import decode

    if name == "-":
        text, _ = decode(sys.stdin.buffer.read(), "<stdin>")
        return build_document("<stdin>", text)
    source = read_source(name)
    return build_document(source.path, source.text, source.places)


@dataclass(frozen=True)
class Checked:
    """One checked input: its result, the configuration used, and the file's own text (``raw``:
    what suppression comments and fixes apply to; None for Word and HTML files)."""

    name: str
    result: FileResult
    config: Config
    raw: str | None


def raw_text(name: str, doc) -> str | None:
    """The text of a plain-text or Markdown input as it is on disk, same offsets as ``doc.text``
    (the Markdown reader blanks comments and code, so the comments must be read here)."""
    from checker.read import InputError
    from checker.read.text import decode

    if name == "-":
        return doc.text
    if Path(name).suffix.lower() not in TEXT_SUFFIXES:
        return None
    try:
        text, _ = decode(Path(name).read_bytes(), name)
    except OSError as error:
        raise InputError(f"{name}: {error.strerror or error}") from None
    return text if len(text) == len(doc.text) else None


class Checker:
    """Checks inputs, each with the configuration of its own folder; rules are built once per
    configuration."""

    def __init__(self, settings):
        self.settings = settings
        self._rules: dict = {}

    def check(self, name: str) -> Checked:
        """Read and check input ``name``; InputError when it cannot be read."""
        from checker.engine import check_document, selected_rules
        from checker.suppress import unsuppressed

        doc = load(name)
        raw = raw_text(name, doc)
        config = self.settings.for_path(name)
        if config not in self._rules:
            self._rules[config] = selected_rules(config)
        diagnostics = unsuppressed(check_document(doc, config, self._rules[config]), raw or doc.text)
        return Checked(name, FileResult(doc.path, doc.text, diagnostics), config, raw)
