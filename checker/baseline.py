"""Baselines: accept today's findings and report only new ones.

A finding is keyed by rule, path, the text of its span, a little context on the same line
(``CONTEXT`` characters either side) and its index among findings with the same key. Line
numbers and offsets are left out, so editing elsewhere in the file keeps the baseline valid;
changing the flagged text itself makes the finding new.

The file is written through ``checker.output`` (atomically; a missing folder or a directory is a
one-line error). JSON escapes keep a file name that is not valid UTF-8 readable and matching.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path, PurePath

from checker.findings import FileResult

CONTEXT = 10
VERSION = 1

Key = tuple[str, str, str, str, str, int]


def finding_keys(result: FileResult) -> list[Key]:
    """The key of each diagnostic of ``result``, in order."""
    text = result.text
    path = PurePath(result.path).as_posix()
    seen: Counter = Counter()
    keys = []
    for d in result.diagnostics:
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        line_end = len(text) if line_end < 0 else line_end
        before = text[max(line_start, d.start - CONTEXT):d.start]
        after = text[d.end:min(line_end, d.end + CONTEXT)]
        base = (d.rule, path, text[d.start:d.end], before, after)
        keys.append((*base, seen[base]))
        seen[base] += 1
    return keys


def write_baseline(results, path: str) -> None:
    """Record the findings of ``results`` in ``path``; OutputError when it cannot be written."""
    from checker.output import write_text

    entries = sorted(key for result in results for key in finding_keys(result))
    records = [dict(zip(("rule", "path", "text", "before", "after", "occurrence"), key)) for key in entries]
    document = json.dumps({"version": VERSION, "findings": records}, ensure_ascii=False, indent=1)
    write_text(path, document + "\n", inputs=[result.path for result in results])


def read_baseline(path: str) -> frozenset[Key]:
    """The keys of a baseline file; ValueError (one line) when it is not one."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return frozenset((r["rule"], r["path"], r["text"], r["before"], r["after"], r["occurrence"])
                         for r in data["findings"])
    except OSError as error:
        raise ValueError(f"{path}: cannot read baseline: {error.strerror or error}") from None
    except (ValueError, KeyError, TypeError) as error:
        raise ValueError(f"{path}: not a hegao baseline ({error})") from None


def new_findings(result: FileResult, baseline: frozenset[Key]) -> FileResult:
    """``result`` without the diagnostics recorded in ``baseline``."""
    kept = tuple(d for d, key in zip(result.diagnostics, finding_keys(result)) if key not in baseline)
    return replace(result, diagnostics=kept)
