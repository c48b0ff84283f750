"""hegao as a library: check a text or a file with a configuration and get its diagnostics.

    from checker.api import check_file, check_text
    from checker.config import Config

    for d in check_text("共有学生120人，其中男生70人、女生60人。", path="报告.txt"):
        print(d.line, d.column, d.rule, d.message)

    check_file("报告.docx", config=Config(select=("A",)))

The result is a pure function of the text, the file kind (the suffix of ``path``: ``.md`` is
read as Markdown, anything else as plain text) and the configuration: the same call gives the
same diagnostics in any process, which is what lets the command line, its process pool
(``--jobs``) and a Dask cluster (``--dask``) run it alike. Suppression comments
(``<!-- hegao: ignore … -->``) are applied; a configuration's ``fail-on`` is not (see
``checker.findings.exit_code``). Unlike the command line, ``config`` is used as given: no
configuration file is searched for (``checker.settings.Settings.for_path`` does that).
"""

from __future__ import annotations

from checker.config import Config
from checker.findings import Diagnostic, FileResult

__all__ = ["check_text", "check_file", "check_source"]


def check_text(text: str, path: str = "<text>", config: Config | None = None) -> list[Diagnostic]:
    """The diagnostics of ``text`` read as the contents of file ``path``, sorted by position."""
    from checker.run import text_as_source

    return list(check_source(text_as_source(path, text), config or Config()).diagnostics)


def check_file(path: str, config: Config | None = None) -> list[Diagnostic]:
    """The diagnostics of the file at ``path`` (.txt .md .docx .html .htm); ``InputError`` (from
    ``checker.read``) when it cannot be read."""
    from checker.run import read_input

    return list(check_source(read_input(path), config or Config()).diagnostics)


def check_source(source, config: Config) -> FileResult:
    """The result of one read input (a ``checker.read.Source``): its document text and
    diagnostics."""
    from checker.run import checked_source

    return checked_source(source.path, source, config).result


_RULES: dict = {}


def rules_for(config: Config) -> list:
    """The rules ``config`` selects, built once per configuration (and set of rules) in a process."""
    key = (config, rule_classes(config))
    rules = _RULES.get(key)
    if rules is None:
        from checker.engine import selected_rules

        rules = _RULES[key] = selected_rules(config)
    return rules


def rule_classes(config: Config) -> tuple:
    """The classes of the rules ``config`` selects."""
    from checker import engine

    return tuple(cls for code, cls in engine.all_rules().items() if config.selects(code))
