"""Baselines: accept today's findings and report only new ones.

A finding is keyed by rule, path (relative to the baseline file's folder, so the baseline works
from any working directory), the text of its span, a little context on the same line
(``CONTEXT`` characters either side) and its index among findings with the same key. Line
numbers and offsets are left out, so editing elsewhere in the file keeps the baseline valid;
changing the flagged text itself makes the finding new.

The file is written through ``checker.output`` (atomically; a missing folder or a directory is a
one-line error). JSON escapes keep a file name that is not valid UTF-8 readable and matching.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import replace
from pathlib import Path, PurePath

from checker.findings import FileResult

CONTEXT = 10
VERSION = 1

Key = tuple[str, str, str, str, str, int]


def key_path(name: str, root: str) -> str:
    """``name`` relative to folder ``root``, with ``/``; standard input as it is named."""
    if name == "<stdin>":
        return name
    return PurePath(os.path.relpath(os.path.abspath(name), root)).as_posix()


def baseline_root(path: str) -> str:
    return os.path.dirname(os.path.abspath(path))


def finding_keys(result: FileResult, root: str) -> list[Key]:
    """The key of each diagnostic of ``result``, in order; paths relative to folder ``root``."""
    text = result.text
    path = key_path(result.path, root)
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

    entries = sorted(key for result in results for key in finding_keys(result, baseline_root(path)))
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


def new_findings(result: FileResult, baseline: frozenset[Key], root: str) -> FileResult:
    """``result`` without the diagnostics recorded in ``baseline`` (written in folder ``root``)."""
    kept = tuple(d for d, key in zip(result.diagnostics, finding_keys(result, root)) if key not in baseline)
    return replace(result, diagnostics=kept)
