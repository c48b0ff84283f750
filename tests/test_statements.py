"""Every clause of tests/statements_cases.toml: the statements the grammar must read from it.

A case is a clause (or a sentence or two) and either ``none = true`` or the whole list of
statements ``checker.statements.find_statements`` must yield, each as its class name (``kind``)
and its figures by their text. The list is compared as a whole, so a missing, extra or wrongly
built statement fails. ``xfail = "what is wrong"`` marks a clause the grammar reads wrongly today
(strict: the mark goes when the grammar is fixed).
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from checker.config import default_rule_data
from checker.document import build_document
from checker.relations.model import (AverageChange, Breakdown, Change, ChangeSince, LevelChange, Pairing,
                                     PercentParts, Trend, UnitSlip)
from checker.statements import find_statements

CASES = tomllib.loads((Path(__file__).parent / "statements_cases.toml").read_text(encoding="utf-8"))["case"]


def _texts(claims) -> list[str]:
    return [c.text for c in claims]


def describe(statement) -> dict:
    """A statement as the table writes it: its kind and its figures by text."""
    match statement:
        case LevelChange():
            fields = dict(level=statement.level.text, difference=statement.difference.text,
                          percent=statement.percent.text, falling=statement.falling)
        case Change():
            fields = dict(base=statement.base.text, current=statement.current.text, stated=statement.stated.text)
        case Trend():
            fields = dict(base=statement.base.text, current=statement.current.text, rising=statement.rising)
        case AverageChange():
            fields = dict(base=statement.base.text, current=statement.current.text, years=statement.years,
                          stated=statement.stated.text)
        case ChangeSince():
            fields = dict(base=statement.base.text, difference=statement.difference.text,
                          falling=statement.falling, stated=statement.stated.text, since=statement.since)
        case Breakdown():
            fields = dict(totals=_texts(statement.totals), parts=_texts(statement.parts),
                          exhaustive=statement.exhaustive)
        case PercentParts():
            fields = dict(parts=_texts(statement.parts), whole=statement.whole)
            if statement.names:
                fields["names"] = list(statement.names)
            if statement.of:
                fields["of"] = statement.of
        case Pairing():
            fields = dict(counts=list(statement.counts), values=_texts(statement.values))
        case UnitSlip():
            fields = dict(level=statement.level.text, change=statement.change.text)
        case _:
            raise AssertionError(f"a statement of an unknown kind: {statement!r}")
    return {"kind": type(statement).__name__, **fields}


def statements_of(text: str) -> list[dict]:
    doc = build_document("clause.txt", text)
    return _sorted(describe(s) for s in find_statements(doc, default_rule_data()))


def _sorted(statements) -> list[dict]:
    return sorted(statements, key=lambda s: json.dumps(s, ensure_ascii=False, sort_keys=True))


def _params():
    out = []
    for i, case in enumerate(CASES):
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
        out.append(pytest.param(case, id=f"{i}-{case['text'][:16]}", marks=marks))
    return out


@pytest.mark.parametrize("case", _params())
def test_statements(case):
    assert set(case) <= {"text", "none", "statements", "xfail", "note"}, set(case)
    assert case.get("none", False) != bool(case.get("statements")), "a case is either none or lists statements"
    assert statements_of(case["text"]) == _sorted(case.get("statements", ()))


def test_the_table_is_large_and_varied():
    """At least 120 clauses, every kind of statement expected somewhere, and clauses that must
    yield nothing."""
    assert len(CASES) >= 120
    kinds = {s["kind"] for c in CASES if "xfail" not in c for s in c.get("statements", ())}
    assert kinds == {"LevelChange", "Change", "Trend", "AverageChange", "ChangeSince", "Breakdown", "PercentParts",
                     "Pairing", "UnitSlip"}
    assert sum(bool(c.get("none")) for c in CASES) >= 15
    assert len({c["text"] for c in CASES}) == len(CASES), "a clause is listed twice"
