"""Score hegao's table rules on bench/tables/tables.toml.

Each table is written in every layout a report carries a table in — a Word table (.docx), a
Markdown table, an HTML <table>, and text: ``|`` rows, one cell a line, columns aligned with
spaces — as published and with its one wrong cell. Printed: per layout, how many wrong cells a
table finding points at (its place is the cell, or the cell is underlined as one of the figures
of its arithmetic: the part of a total that does not add up), how many it names exactly (its
place, 表1 第3行第4列), and how many consistent tables draw a finding; then the misses and false
alarms.

    python bench/tables/score.py [-v]
"""

from __future__ import annotations

import copy
import html
import sys
import tomllib
from collections import Counter
from functools import cache
from pathlib import Path

from rich.cells import cell_len

from checker.config import Config
from checker.document import build_document
from checker.engine import check_document
from checker.read.docx import extract
from checker.read.html import html_text
from checker.read.markdown import prose

TABLES = tomllib.loads((Path(__file__).parent / "tables.toml").read_text(encoding="utf-8"))["table"]
LEAD = "下表为统计公报中的数据。\n"


def _aligned(rows: list[list[str]]) -> str:
    """Columns padded with spaces to a common display width, as a PDF's text layer gives them."""
    width = max(map(len, rows))
    widths = [max(cell_len(r[c]) for r in rows if c < len(r)) for c in range(width)]
    lines = ["   ".join(v + " " * (widths[c] - cell_len(v)) for c, v in enumerate(r)).rstrip() for r in rows]
    return "\n".join(lines)


def _markdown(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    lines.insert(1, "|" + "---|" * len(rows[0]))
    return "\n".join(lines)


def _html(rows: list[list[str]]) -> str:
    body = "".join("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in r) + "</tr>" for r in rows)
    return f"<table>{body}</table>"


# Text layouts: the text hegao reads from a .txt, .md or .html file holding the table.
TEXT_LAYOUTS = {
    "markdown": lambda rows: prose(_markdown(rows)),
    "html": lambda rows: html_text(f"<div class='content'><p>{LEAD}</p>{_html(rows)}</div>"),
    "pipe": lambda rows: "\n".join("| " + " | ".join(r) + " |" for r in rows),
    "cells": lambda rows: "\n".join(f"{v} |" for r in rows for v in r),
    "aligned": _aligned,
}
LAYOUTS = ("docx", *TEXT_LAYOUTS)


@cache
def _blank_docx():
    import docx

    return docx.Document()


def _docx_source(caption: str, rows: list[list[str]]):
    """The text and cell places hegao reads from a Word file with the table (built in memory:
    the reader walks the same document a saved file opens to)."""
    document = copy.deepcopy(_blank_docx())
    document.add_paragraph(LEAD.strip())
    if caption:
        document.add_paragraph(caption)
    table = document.add_table(rows=len(rows), cols=max(map(len, rows)))
    for cells, row in zip((r.cells for r in table.rows), rows):  # table.cell(r, c) walks the table each call
        for cell, value in zip(cells, row):
            cell.text = value
    extraction = extract(document)
    return extraction.text, tuple(extraction.places)


def document(layout: str, rows: list[list[str]], caption: str = ""):
    """The document hegao reads from a file holding the table in ``layout``."""
    if layout == "docx":
        text, places = _docx_source(caption, rows)
        return build_document("bench.docx", text, places)
    text = TEXT_LAYOUTS[layout](rows)
    if layout == "html":
        return build_document("bench.html", text.replace(LEAD.strip(), LEAD.strip() + ("\n" + caption if caption else ""), 1))
    return build_document(f"bench.{'md' if layout == 'markdown' else 'txt'}",
                          LEAD + (caption + "\n" if caption else "") + text + "\n")


def table_findings(layout: str, rows: list[list[str]], caption: str = ""):
    """The document and its table findings (A22x) on the table in ``layout``."""
    doc = document(layout, rows, caption)
    return doc, [d for d in check_document(doc, Config(select=("A22",)))]


def findings(layout: str, rows: list[list[str]], caption: str = "") -> list[tuple[str, str | None]]:
    """(rule, place) of each table finding on the table in ``layout``."""
    return [(d.rule, d.place) for d in table_findings(layout, rows, caption)[1]]


def points_at(doc, found, row: int, column: int) -> bool:
    """Whether a finding's span or one of its labels is the cell at ``row``, ``column``."""
    cells = [t.rows[row - 1][column - 1] for t in doc.tables
             if row <= len(t.rows) and column <= len(t.rows[row - 1])]
    spans = {(cell.start, cell.end) for cell in cells}
    return any((d.start, d.end) in spans or any(lb[:2] in spans for lb in d.labels) for d in found)


def wrong_rows(table) -> list[list[str]]:
    row, column, value = table["wrong"]
    rows = [list(r) for r in table["rows"]]
    rows[row - 1][column - 1] = value
    return rows


def names(places, row: int, column: int, exactly: bool) -> bool:
    cell = f"第{row}行第{column}列"
    if exactly:
        return any(p and p.endswith(cell) for p in places)
    return any(p and (f"第{row}行" in p or p.endswith(f"第{column}列")) for p in places)


def main(verbose: bool = False) -> None:
    exact, pointed, near, wrong, flagged, consistent = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    by_what, by_what_found = Counter(), Counter()
    notes = []
    for table in TABLES:
        caption = table.get("caption", "")
        for layout in LAYOUTS:
            consistent[layout] += 1
            clean = findings(layout, table["rows"], caption)
            if clean:
                flagged[layout] += 1
                notes.append(f"false alarm  {layout:8} {table['source']}: {clean}")
            if "wrong" not in table:
                continue
            row, column, _ = table["wrong"]
            wrong[layout] += 1
            by_what[table["what"]] += 1
            doc, found = table_findings(layout, wrong_rows(table), caption)
            places = [d.place for d in found]
            exact[layout] += names(places, row, column, exactly=True)
            hit = names(places, row, column, exactly=True) or points_at(doc, found, row, column)
            pointed[layout] += hit
            near[layout] += names(places, row, column, exactly=False)
            by_what_found[table["what"]] += hit
            if not hit or (verbose and not names(places, row, column, exactly=True)):
                notes.append(f"{'missed' if not hit else 'near'}       {layout:8} {table['source']}: "
                             f"cell {row},{column} → {places}")
    print("\n".join(notes))
    print(f"\n{len(TABLES)} tables, {sum(1 for t in TABLES if 'wrong' in t)} with a wrong cell, "
          f"{len(LAYOUTS)} layouts")
    print(f"{'layout':9} {'wrong cell found':>17} {'named exactly':>17} {'row/column named':>17} {'consistent flagged':>19}")
    for layout in (*LAYOUTS, "all"):
        pick = (lambda c: sum(c.values())) if layout == "all" else (lambda c: c[layout])
        print(f"{layout:9}" + "".join(f" {pick(c):>8}/{pick(wrong):<4} {pick(c) / max(pick(wrong), 1):5.1%}"
                                      for c in (pointed, exact, near)) + f" {pick(flagged):>10}/{pick(consistent):<4}")
    print("by wrong cell: " + "  ".join(f"{w} {by_what_found[w]}/{n}" for w, n in sorted(by_what.items())))


if __name__ == "__main__":
    main("-v" in sys.argv)
