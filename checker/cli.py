"""The ``hegao`` command line: check, claims, rules, rule.

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or input errors (only when
nothing could be checked; an unreadable file among others is reported and skipped).
Heavy modules (lark, rich, jieba) are imported inside the commands that need them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from checker import __version__

CHECKED_SUFFIXES = (".txt", ".md")


class UsageError(Exception):
    """A wrong command line: reported in one line, exit 2."""


def _codes(value: str) -> tuple[str, ...]:
    return tuple(part.strip().upper() for part in value.split(",") if part.strip())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hegao", description="核稿: lint Chinese work reports")
    parser.add_argument("--version", action="version", version=f"hegao {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="check reports and print findings")
    check.add_argument("paths", nargs="+", help="files, directories, or - for standard input")
    check.add_argument("--format", default="full",
                       choices=["full", "concise", "json", "jsonl", "sarif", "github", "html"])
    check.add_argument("-o", "--output", help="write the report to this file")
    check.add_argument("--select", type=_codes, default=(), help="rule codes or prefixes, comma separated")
    check.add_argument("--ignore", type=_codes, default=(), help="rule codes or prefixes to skip")
    check.add_argument("--fail-on", default="warning", choices=["info", "warning", "error"])
    check.add_argument("--lang", default="zh", choices=["zh", "en"])
    check.add_argument("--statistics", action="store_true", help="print counts per rule")
    check.add_argument("--color", choices=["auto", "always", "never"], default="auto")

    claims = sub.add_parser("claims", help="list the numeric claims of a report")
    claims.add_argument("path")
    claims.add_argument("--format", default="table", choices=["table", "json"])
    claims.add_argument("--relations", action="store_true",
                        help="show the relations between claims (totals and parts, rates, shares …)")

    sub.add_parser("rules", help="list all rules")
    rule = sub.add_parser("rule", help="show a rule's documentation and examples")
    rule.add_argument("code")
    return parser


def iter_paths(paths: list[str], errors: list[str]):
    """Files to check: given files as they are, directories walked for report files."""
    for name in paths:
        if name == "-":
            yield name
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in CHECKED_SUFFIXES and p.is_file())
            yield from (str(p) for p in found)
        elif path.exists():
            yield name
        else:
            errors.append(f"{name}: no such file or directory")


def load(name: str):
    """The document of one input; InputError when it cannot be read."""
    from checker.document import build_document
    from checker.read import read_source
    from checker.read.text import decode

    if name == "-":
        text, _ = decode(sys.stdin.buffer.read(), "<stdin>")
        return build_document("<stdin>", text)
    source = read_source(name)
    return build_document(source.path, source.text, source.places)


def cmd_check(args) -> int:
    from checker.config import Config
    from checker.engine import check_document, exit_code, selected_rules
    from checker.findings import FileResult, Severity
    from checker.read import InputError
    from checker.report import ReportOptions, render

    config = Config(select=args.select, ignore=args.ignore, fail_on=Severity.parse(args.fail_on),
                    lang=args.lang)
    rules = selected_rules(config)
    errors: list[str] = []
    results = []
    for name in iter_paths(args.paths, errors):
        try:
            doc = load(name)
        except InputError as error:
            errors.append(str(error))
            continue
        results.append(FileResult(doc.path, doc.text, tuple(check_document(doc, config, rules))))
    for error in errors:
        print(f"hegao: error: {error}", file=sys.stderr)
    if not results:
        if not errors:
            print("hegao: error: no report files found", file=sys.stderr)
        return 2
    color = {"auto": None, "always": True, "never": False}[args.color]
    options = ReportOptions(format=args.format, lang=args.lang, color=color, statistics=args.statistics)
    output = render(results, options)
    if args.output:
        Path(args.output).write_text(output, encoding="utf-8")
    else:
        sys.stdout.write(output)
    return exit_code([d for r in results for d in r.diagnostics], config.fail_on)


def cmd_claims(args) -> int:
    doc = load(args.path)
    if args.relations:
        from checker.relations.show import show_relations

        sys.stdout.write(show_relations(doc, args.format))
    else:
        from checker.claims.show import show_claims

        sys.stdout.write(show_claims(doc, args.format))
    return 0


def cmd_rules(args) -> int:
    from checker.checks.show import list_rules

    sys.stdout.write(list_rules())
    return 0


def cmd_rule(args) -> int:
    from checker.checks.show import show_rule

    text = show_rule(args.code)
    if text is None:
        raise UsageError(f"no rule {args.code!r} (see: hegao rules)")
    sys.stdout.write(text)
    return 0


COMMANDS = {"check": cmd_check, "claims": cmd_claims, "rules": cmd_rules, "rule": cmd_rule}


def main(argv: list[str] | None = None) -> int:
    from checker.read import InputError

    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (InputError, UsageError) as error:
        print(f"hegao: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
