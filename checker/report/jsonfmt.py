"""``--format json`` (one array) and ``--format jsonl`` (one finding a line).

Offsets ``start``/``end`` are character offsets into the file's text; ``line``/``column`` are
1-based, ``end_column`` is exclusive. With ``--statistics``: ``{"code", "name", "count"}`` a rule,
the most frequent first.
"""

from __future__ import annotations

import json


def diagnostic_json(d) -> dict:
    return {
        "path": d.path,
        "start": d.start,
        "end": d.end,
        "line": d.line,
        "column": d.column,
        "end_line": d.end_line,
        "end_column": d.end_column,
        "rule": d.rule,
        "name": d.name,
        "category": d.category,
        "severity": d.severity.label,
        "message": d.message,
        "help": d.help,
        "calc": d.calc,
        "labels": [{"start": s, "end": e, "label": t} for s, e, t in d.labels],
        "place": d.place,
        "fix": d.fix,
    }


def render(results, options) -> str:
    if options.statistics:  # one object a rule, as ruff's --statistics --output-format json
        from checker.report.summary import rule_counts

        items = [{"code": code, "name": name, "count": n} for code, name, n in rule_counts(results)]
    else:
        items = [diagnostic_json(d) for r in results for d in r.diagnostics]
    if options.format == "jsonl":
        return "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items)
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
