"""Acceptance on the sample reports: every labelled defect is found, no known-clean claim is
flagged. The labels are copies of the shared sample labels (tests/data/seed_labels/)."""

import contextlib
import io
import json
from pathlib import Path

import pytest

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
LABELS = Path(__file__).resolve().parent / "data" / "seed_labels"


def _load(name):
    return [json.loads(line) for line in (LABELS / name).read_text(encoding="utf-8").splitlines() if line]


def _overlaps(a, b):
    return (a["start"] < b["end"] and b["start"] < a["end"]) or a["start"] == b["start"]


@pytest.fixture(scope="module")
def findings():
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["check", str(ROOT / "seeds"), "--format", "jsonl"])
    by_doc = {}
    for line in out.getvalue().splitlines():
        finding = json.loads(line)
        by_doc.setdefault(Path(finding["path"]).name, []).append(finding)
    return by_doc


def test_labels_point_into_the_samples():
    for label in _load("defects.jsonl") + _load("clean.jsonl"):
        text = (ROOT / "seeds" / label["doc"]).read_text(encoding="utf-8")
        assert text[label["start"]:label["end"]] == label["text"]


@pytest.mark.parametrize("defect", _load("defects.jsonl"), ids=lambda d: f"{d['doc'][:3]}:{d['start']}:{d['category']}")
def test_every_labelled_defect_is_found(findings, defect):
    hits = [f for f in findings.get(defect["doc"], []) if _overlaps(f, defect)]
    assert hits, f"missed {defect['category']}: {defect['text']!r} ({defect['note']})"


@pytest.mark.parametrize("claim", _load("clean.jsonl"), ids=lambda c: f"{c['doc'][:3]}:{c['start']}")
def test_no_clean_claim_is_flagged(findings, claim):
    hits = [f for f in findings.get(claim["doc"], []) if _overlaps(f, claim)]
    assert not hits, f"{claim['text']!r} ({claim.get('note')}) flagged by {[h['rule'] for h in hits]}"
