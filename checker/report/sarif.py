"""``--format sarif``: SARIF 2.1.0, as GitHub code scanning and editors' SARIF viewers read it.

Columns are counted in UTF-16 code units (``"columnKind": "utf16CodeUnits"``), the unit of
GitHub's and VS Code's viewers: a character outside the Basic Multilingual Plane (such as the
rare 汉字 𠀀) takes two. ``endColumn`` is exclusive, as SARIF defines it. Paths are made relative
to the working directory where they can be, with forward slashes, and percent-encoded.

This is the one format that looks rules up: the rule list carries each rule's title and its
documentation as help text. Secondary labels become related locations. ``partialFingerprints``
hash the rule, the flagged text and its line's text, so a finding keeps its identity when lines
are added above it.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from urllib.parse import quote

from checker import __version__
from checker.checks import rule_class
from checker.document.lines import LineIndex
from checker.findings import Severity

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/hegao/"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(results, options) -> str:
    examples = {d.rule: d for r in results for d in reversed(r.diagnostics)}
    codes = sorted(examples)
    rule_index = {code: i for i, code in enumerate(codes)}
    sarif_results = []
    for r in results:
        index = LineIndex(r.text)
        sarif_results += [sarif_result(d, rule_index[d.rule], r.text, index) for d in r.diagnostics]
    driver = {"name": "hegao", "version": __version__, "informationUri": INFORMATION_URI,
              "rules": [rule_descriptor(code, examples[code], options.lang) for code in codes]}
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "columnKind": "utf16CodeUnits", "results": sarif_results}],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def rule_descriptor(code: str, example, lang: str) -> dict:
    """The rule's metadata; ``example`` (one of its diagnostics) stands in for a rule that is
    not registered."""
    cls = rule_class(code)
    if cls is None:
        title, doc, severity = example.name, example.name, example.severity
    else:
        title, doc, severity = cls.title.zh if lang == "zh" else cls.title.en, cls.doc() or cls.name, cls.severity
    return {
        "id": code,
        "name": example.name,
        "shortDescription": {"text": title},
        "fullDescription": {"text": " ".join(doc.split("\n\n")[0].split())},
        "help": {"text": doc, "markdown": doc},
        "defaultConfiguration": {"level": LEVELS[severity]},
        "properties": {"tags": [example.category]},
    }


def sarif_result(d, rule_index: int, text: str, index: LineIndex) -> dict:
    message = (f"{d.place}：" if d.place else "") + d.message + (f" ({d.calc})" if d.calc else "")
    result = {
        "ruleId": d.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[d.severity],
        "message": {"text": message},
        "locations": [location(d.path, region(text, index, d.start, d.end))],
        "partialFingerprints": {"hegaoFindingHash/v1": fingerprint(d, text, index)},
    }
    if d.place:  # a table cell, for viewers that list findings by logical location
        result["locations"][0]["logicalLocations"] = [{"name": d.place, "kind": "element"}]
    if d.labels:
        result["relatedLocations"] = [
            location(d.path, region(text, index, s, e), {"text": label}, id=i)
            for i, (s, e, label) in enumerate(d.labels)
        ]
    return result


def location(path: str, region_: dict, message: dict | None = None, id: int | None = None) -> dict:
    loc: dict = {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(path)}, "region": region_}}
    if id is not None:
        loc["id"] = id
    if message is not None:
        loc["message"] = message
    return loc


def artifact_uri(path: str) -> str:
    """A relative URI reference with forward slashes where the path allows, else a file URI."""
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return p.as_uri()
    return quote(os.fsencode(p.as_posix()))  # the name's own bytes, also those not UTF-8


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def region(text: str, index: LineIndex, start: int, end: int) -> dict:
    """1-based lines and UTF-16 columns of ``[start, end)``; ``endColumn`` is exclusive."""
    last = max(start, end - 1)  # the last character of the span, on the region's end line
    start_line, end_line = index.line_of(start), index.line_of(last)
    start_column = utf16_len(text[index.starts[start_line]:start]) + 1
    end_column = utf16_len(text[index.starts[end_line]:end]) + 1
    return {"startLine": start_line + 1, "startColumn": start_column,
            "endLine": end_line + 1, "endColumn": end_column}


def fingerprint(d, text: str, index: LineIndex) -> str:
    line_start, line_end = index.line_span(index.line_of(d.start))
    key = "\0".join((d.rule, text[d.start:d.end], text[line_start:line_end].strip()))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
