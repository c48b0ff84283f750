"""The tables of bench/tables/tables.toml, each written in every layout score.py writes (Word,
Markdown, HTML, and text: pipes, one cell a line, aligned columns): as published no table rule
fires; with its one wrong cell the table findings are exactly the ones the data lists (rule,
cell, message variant), and one of them points at the wrong cell."""

import importlib.util
from pathlib import Path

import pytest

from checker.checks import all_rules
from checker.config import default_rule_data

BENCH = Path(__file__).resolve().parent.parent / "bench" / "tables"
_spec = importlib.util.spec_from_file_location("bench_tables_score", BENCH / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)
CASES = [(t, layout) for t in score.TABLES for layout in score.LAYOUTS]
RULES = [rule(default_rule_data()) for code, rule in all_rules().items() if code.startswith("A22")]


def ids(case):
    return f"{case[0]['source'][:16]}-{case[1]}"


def table_findings(doc):
    """(finding, "RULE 表1 第r行第c列[ variant]") of every table rule on ``doc``."""
    found = [f for rule in RULES for f in rule.check(doc)]
    return [(f, f"{f.rule} {doc.place_of(f.start)}" + ("" if f.variant == "default" else f" {f.variant}")) for f in found]


@pytest.mark.parametrize("case", CASES, ids=map(ids, CASES))
def test_published_table_is_quiet(case):
    table, layout = case
    doc = score.document(layout, table["rows"], table.get("caption", ""))
    assert [named for _, named in table_findings(doc)] == []


def _expected_miss(table, layout):
    missed = table.get("missed", {})
    return missed.get(layout) or missed.get("all")


@pytest.mark.parametrize("case", CASES, ids=map(ids, CASES))
def test_wrong_cell_is_named(case, request):
    table, layout = case
    if reason := _expected_miss(table, layout):
        request.applymarker(pytest.mark.xfail(reason=reason, strict=True))
    row, column, _ = table["wrong"]
    doc = score.document(layout, score.wrong_rows(table), table.get("caption", ""))
    found = table_findings(doc)
    if not _expected_miss(table, layout):
        assert sorted({named for _, named in found}) == table["findings"]
    [wrong_cell] = [t.rows[row - 1][column - 1] for t in doc.tables]
    spans = [(f.start, f.end) for f, _ in found] + [(lb.start, lb.end) for f, _ in found for lb in f.labels]
    assert (wrong_cell.start, wrong_cell.end) in spans


def test_every_layout_and_kind_of_slip_is_measured():
    """At least ten tables a layout, half of them or more with a wrong cell, and every kind of
    wrong cell the issue names."""
    assert len(score.TABLES) >= 30 and all("wrong" in t for t in score.TABLES)
    assert {t["what"] for t in score.TABLES} >= {"part", "total", "share", "growth", "rate", "change"}
    assert set(score.LAYOUTS) == {"docx", "markdown", "html", "pipe", "cells", "aligned"}
