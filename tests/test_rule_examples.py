"""Every rule's documented examples are tests: flagged examples must get a finding of that rule,
clean ones must not. The meta-test makes sure no rule ships without both kinds of example."""

import pytest

from checker.checks import all_rules
from checker.config import default_rule_data
from checker.document import build_document

RULES = all_rules()


def findings_of(code: str, text: str):
    rule = RULES[code](default_rule_data())
    return list(rule.check(build_document("example.txt", text)))


@pytest.mark.parametrize("code", RULES)
def test_rule_has_examples_and_docs(code):
    cls = RULES[code]
    assert cls.flagged and cls.clean, f"{code} needs flagged and clean examples"
    doc = cls.doc()
    for section in ("What it finds", "Why it matters"):
        assert section in doc, f"{code} docstring lacks '{section}'"
    assert cls.name == cls.name.lower() and " " not in cls.name


EXAMPLES = [(code, text, True) for code, cls in RULES.items() for text in cls.flagged] + [
    (code, text, False) for code, cls in RULES.items() for text in cls.clean
]


@pytest.mark.parametrize("code,text,flagged", EXAMPLES, ids=[f"{c}-{'bad' if f else 'ok'}-{i}" for i, (c, _, f) in enumerate(EXAMPLES)])
def test_documented_example(code, text, flagged):
    found = findings_of(code, text)
    if flagged:
        assert found, f"{code} should flag: {text}"
    else:
        assert not found, f"{code} should not flag: {text} — got {found}"
