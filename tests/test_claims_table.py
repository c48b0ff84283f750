"""Every case of tests/claims_cases.toml: the claim read from a report sentence."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from checker.document import build_document

CASES = tomllib.loads((Path(__file__).parent / "claims_cases.toml").read_text(encoding="utf-8"))["case"]
_FIELDS = ("lo", "hi", "unit", "kind", "bound")


def _date_text(date) -> str | None:
    return None if date is None else "-".join("?" if part is None else str(part) for part in date)


@pytest.mark.parametrize("case", CASES, ids=[c.get("text", c["sentence"]) for c in CASES])
def test_claim(case):
    sentence = case["sentence"]
    claims = build_document("case.txt", sentence).claims
    if "claims" in case:
        assert len(claims) == case["claims"], claims
        return
    start = case.get("start", sentence.index(case["text"]))
    found = [c for c in claims if c.start == start]
    assert found, f"no claim at {start}: {[c.text for c in claims]}"
    claim = found[0]
    assert claim.text == case["text"]
    assert claim.end == start + len(case["text"])
    assert claim.value == pytest.approx(case.get("value"))
    for name in _FIELDS:
        if name in case:
            assert getattr(claim, name) == case[name], name
    for name in ("date", "date_end"):
        if name in case:
            assert _date_text(getattr(claim, name)) == case[name], name
    assert set(case.get("flags", ())) <= claim.flags
