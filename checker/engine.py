"""Run the selected rules on a document and resolve their findings into diagnostics."""

from __future__ import annotations

from checker.checks import all_rules
from checker.checks.base import Rule
from checker.config import Config
from checker.document import Document
from checker.findings import Diagnostic, Finding, Severity


def selected_rules(config: Config) -> list[Rule]:
    return [cls(config.data, config.selects) for code, cls in all_rules().items() if config.selects(code)]


def check_document(doc: Document, config: Config, rules: list[Rule] | None = None) -> list[Diagnostic]:
    """Diagnostics of ``doc``, sorted by position; one per (rule, span)."""
    rules = selected_rules(config) if rules is None else rules
    seen: set[tuple[str, int, int]] = set()
    diagnostics = []
    for rule in rules:
        for finding in rule.check(doc):
            key = (finding.rule, finding.start, finding.end)
            if key not in seen:
                seen.add(key)
                diagnostics.append(resolve(finding, rule, doc, config))
    diagnostics.sort(key=lambda d: (d.start, d.end, d.rule))
    return diagnostics


def severity_of(finding: Finding, rule: Rule, config: Config) -> Severity:
    configured = config.severities.get(rule.code)
    if configured is not None:
        return configured
    return finding.severity or rule.severity


def resolve(finding: Finding, rule: Rule, doc: Document, config: Config) -> Diagnostic:
    line, column = doc.lines.position(finding.start)
    end_line, end_column = doc.lines.position(max(finding.start, finding.end - 1))
    return Diagnostic(
        path=doc.path,
        rule=rule.code,
        name=rule.name,
        category=rule.category,
        severity=severity_of(finding, rule, config),
        start=finding.start,
        end=finding.end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column + 1,
        message=rule.render_message(finding, config.lang),
        help=rule.render_help(finding, config.lang),
        calc=finding.calc,
        labels=tuple((l.start, l.end, l.text(config.lang)) for l in finding.labels),
        place=doc.place_of(finding.start),
        fix=finding.fix,
    )


def exit_code(diagnostics, fail_on: Severity) -> int:
    """0 when no diagnostic is at or above ``fail_on``, else 1."""
    return 1 if any(d.severity >= fail_on for d in diagnostics) else 0
