"""The tables of bench/tables/tables.toml, each written in the four layouts score.py writes: as
published no table rule fires; with its one wrong cell a table finding names that cell's row or
column."""

import importlib.util
import tomllib
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "tables"
_spec = importlib.util.spec_from_file_location("bench_tables_score", BENCH / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)
TABLES = tomllib.loads((BENCH / "tables.toml").read_text(encoding="utf-8"))["table"]
CASES = [(t, layout) for t in TABLES for layout in score.LAYOUTS]


def ids(case):
    return f"{case[0]['source'][:12]}-{case[1]}"


@pytest.mark.parametrize("case", CASES, ids=map(ids, CASES))
def test_published_table_is_quiet(case):
    table, layout = case
    assert score.findings(score.LAYOUTS[layout](table["rows"])) == []


@pytest.mark.parametrize("case", CASES, ids=map(ids, CASES))
def test_wrong_cell_is_named(case):
    table, layout = case
    row, column, value = table["wrong"]
    rows = [list(r) for r in table["rows"]]
    rows[row - 1][column - 1] = value
    places = [p for _, p in score.findings(score.LAYOUTS[layout](rows))]
    assert any(p and (f"第{row}行" in p or p.endswith(f"第{column}列")) for p in places), places
