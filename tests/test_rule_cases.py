"""Every rule's cases in tests/rule_cases/<CODE>.toml, run through that rule alone.

A case is a text and either ``clean = true`` or the whole list of findings the rule must give on
it, each as the flagged text (``span``, the ``nth`` occurrence of it in the text when it occurs
more than once), the message ``variant``, the ``fix`` (absent: no fix) and the ``severity`` (absent:
the rule's own). The list is compared as a whole, so a missing, extra or misplaced finding, a wrong
variant or a wrong fix all fail. ``xfail = "why"`` marks a case the rule gets wrong today (strict:
it fails the suite once the rule gets it right, so the mark is removed with the fix).

The meta-tests make sure the cases cover each rule: a clean case, a flagged case for every message
variant, and a case asserting a fix for every rule that can offer one.
"""

from __future__ import annotations

import ast
import inspect
import tomllib
from functools import cache
from pathlib import Path

import pytest

from checker.checks import all_rules
from checker.config import default_rule_data
from checker.document import build_document

CASE_DIR = Path(__file__).parent / "rule_cases"
RULES = all_rules()
_CASE_KEYS = {"text", "clean", "findings", "xfail", "note"}
_FINDING_KEYS = {"span", "nth", "variant", "fix", "severity"}


@cache
def cases_of(code: str) -> list[dict]:
    path = CASE_DIR / f"{code}.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))["case"] if path.exists() else []


def _expected(code: str, case: dict) -> list[tuple]:
    """(start, span, variant, fix, severity) of each finding the case expects, in text order."""
    text, out = case["text"], []
    for f in case.get("findings", ()):
        span = f["span"]
        nth = f.get("nth", 1)
        assert "nth" in f or text.count(span) == 1, f"{span!r} occurs {text.count(span)} times: say which with nth"
        start = -1
        for _ in range(nth):
            start = text.index(span, start + 1)
        out.append((start, span, f.get("variant", "default"), f.get("fix"), f.get("severity")))
    return sorted(out, key=lambda e: (e[0], len(e[1])))


def _found(code: str, text: str) -> list[tuple]:
    rule_class = RULES[code]
    findings = rule_class(default_rule_data()).check(build_document("case.txt", text))
    out = []
    for f in sorted(findings, key=lambda f: f.sort_key()):
        severity = f.severity.label if f.severity is not None and f.severity != rule_class.severity else None
        out.append((f.start, text[f.start:f.end], f.variant, f.fix, severity))
    return out


def _params():
    params = []
    for code in RULES:
        for i, case in enumerate(cases_of(code)):
            marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
            kind = "ok" if case.get("clean") else "bad"
            params.append(pytest.param(code, case, id=f"{code}-{kind}-{i}", marks=marks))
    return params


@pytest.mark.parametrize("code,case", _params())
def test_rule_case(code, case):
    assert set(case) <= _CASE_KEYS, f"unknown keys {set(case) - _CASE_KEYS}"
    assert case.get("clean", False) != bool(case.get("findings")), "a case is either clean or lists findings"
    for f in case.get("findings", ()):
        assert set(f) <= _FINDING_KEYS, f"unknown keys {set(f) - _FINDING_KEYS}"
        assert f.get("variant", "default") in RULES[code].messages, f"{code} has no variant {f.get('variant')}"
    assert _found(code, case["text"]) == _expected(code, case)


# ---- meta-tests --------------------------------------------------------------------------------

def _passing(code: str) -> list[dict]:
    return [c for c in cases_of(code) if "xfail" not in c]


def can_fix(rule_class) -> bool:
    """Whether the rule's module passes a ``fix`` to any finding it makes (other than None)."""
    tree = ast.parse(inspect.getsource(inspect.getmodule(rule_class)))
    return any(isinstance(node, ast.keyword) and node.arg == "fix"
               and not (isinstance(node.value, ast.Constant) and node.value.value is None)
               for node in ast.walk(tree))


def test_every_case_file_is_a_rule():
    stale = {p.stem for p in CASE_DIR.glob("*.toml")} - set(RULES)
    assert not stale, f"case files of no rule: {sorted(stale)}"


@pytest.mark.parametrize("code", RULES)
def test_rule_has_cases(code):
    assert cases_of(code), f"{code} has no tests/rule_cases/{code}.toml"
    passing = _passing(code)
    assert any(c.get("clean") for c in passing), f"{code} has no clean case"
    flagged = {f.get("variant", "default") for c in passing for f in c.get("findings", ())}
    missing = set(RULES[code].messages) - flagged
    assert not missing, f"{code}: no flagged case for the variants {sorted(missing)}"
    if can_fix(RULES[code]):
        assert any(f.get("fix") is not None for c in passing for f in c.get("findings", ())), \
            f"{code} can fix but no case asserts a fix"


def test_can_fix_reads_the_modules():
    """The fix detection is not vacuous: the rules known to fix are seen to, the others not."""
    assert can_fix(RULES["T301"]) and can_fix(RULES["N103"])
    assert not can_fix(RULES["A201"])
