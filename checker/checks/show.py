"""``hegao rules`` and ``hegao rule CODE``: the rule list and one rule's documentation."""

from __future__ import annotations

from checker.checks import all_rules, rule_class


def list_rules() -> str:
    rows = [
        f"{cls.code}  {cls.severity.label:<7}  {cls.name:<28} {cls.title.zh} / {cls.title.en}"
        for cls in all_rules().values()
    ]
    return "\n".join(rows) + "\n"


def _example(text: str) -> str:
    """An example on one line: its line breaks shown as ⏎."""
    return text.replace("\n", " ⏎ ")


def show_rule(code: str) -> str | None:
    cls = rule_class(code)
    if cls is None:
        return None
    lines = [
        f"{cls.code} {cls.name} ({cls.category}, default severity {cls.severity.label})",
        f"{cls.title.zh} / {cls.title.en}",
        "",
        cls.doc(),
        "",
        "Flagged:",
        *(f"  ✗ {_example(text)}" for text in cls.flagged),
        "",
        "Not flagged:",
        *(f"  ✓ {_example(text)}" for text in cls.clean),
    ]
    return "\n".join(lines) + "\n"


def rules_json() -> str:
    """``hegao rules --format json``: code, name, category, default severity, titles and the
    documentation of every rule, as ``ruff rule --all --output-format json`` gives them."""
    import json

    rules = [{"code": cls.code, "name": cls.name, "category": cls.category, "severity": cls.severity.label,
              "title": {"zh": cls.title.zh, "en": cls.title.en}, "doc": cls.doc(),
              "flagged": list(cls.flagged), "clean": list(cls.clean)}
             for cls in all_rules().values()]
    return json.dumps(rules, ensure_ascii=False, indent=2) + "\n"
