"""Score hegao's table rules on bench/tables/tables.toml: each table is written in four layouts
(pipe rows, one cell a line, aligned with spaces, an HTML <table>), as published and with its one
wrong cell; a wrong cell counts as found when a table finding names a cell in its row or column.

    python bench/tables/score.py
"""

from __future__ import annotations

import html
import tomllib
from pathlib import Path

from checker.config import Config
from checker.document import build_document
from checker.engine import check_document
from checker.read.html import html_text

LAYOUTS = {
    "pipe": lambda rows: "\n".join("| " + " | ".join(r) + " |" for r in rows),
    "cells": lambda rows: "\n".join(f"{v} |" for r in rows for v in r),
    "aligned": lambda rows: "\n".join("   ".join(r) for r in rows),
    "html": lambda rows: html_text("<div class='content'><table>" + "".join(
        "<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in r) + "</tr>" for r in rows) + "</table></div>"),
}


def findings(text: str):
    doc = build_document("bench.txt", "下表为统计公报中的数据。\n" + text + "\n")
    return [(d.rule, d.place) for d in check_document(doc, Config()) if d.rule.startswith("A22")]


def main() -> None:
    tables = tomllib.loads((Path(__file__).parent / "tables.toml").read_text(encoding="utf-8"))["table"]
    found = wrong = false_alarms = consistent = 0
    for table in tables:
        row, column, value = table["wrong"]
        bad = [list(r) for r in table["rows"]]
        bad[row - 1][column - 1] = value
        for name, layout in LAYOUTS.items():
            consistent += 1
            clean = findings(layout(table["rows"]))
            false_alarms += bool(clean)
            if clean:
                print(f"false alarm  {name:8} {table['source']}: {clean}")
            wrong += 1
            hits = findings(layout(bad))
            named = [p for _, p in hits if p and (f"第{row}行" in p or p.endswith(f"第{column}列"))]
            found += bool(named)
            if not named:
                print(f"missed       {name:8} {table['source']}: cell {row},{column} → {hits}")
    print(f"wrong cells found {found}/{wrong}; consistent tables flagged {false_alarms}/{consistent}")


if __name__ == "__main__":
    main()
