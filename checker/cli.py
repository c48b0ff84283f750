"""The ``hegao`` command line: check, claims, rules, rule.

Exit codes: 0 no finding at or above --fail-on (or --exit-zero), 1 findings (with --diff: a file
would change; with --report-unused-suppressions: a comment silenced nothing), 2 usage,
configuration, output or input errors (input errors only when nothing could be checked; an
unreadable file among others is reported in one line and skipped; so are a path that does not
exist and the files of a folder whose configuration is bad, and the run ends with 2).
Heavy modules (lark, rich) are imported inside the commands that need them.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace

from checker import __version__
from checker.run import Checked, Checker, load

class UsageError(Exception):
    """A wrong command line: reported in one line, exit 2."""


def _codes(value: str) -> tuple[str, ...]:
    return tuple(part.strip().upper() for part in value.split(",") if part.strip())


def _patterns(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


class Parser(argparse.ArgumentParser):
    """argparse with a "did you mean" for a misspelled option, command or choice."""

    def error(self, message: str):
        from checker.suggest import suggestion

        super().error(message + suggestion(message, self))


FORMATS = ["full", "concise", "json", "jsonl", "sarif", "github", "html"]


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="hegao", description="核稿: lint Chinese work reports")
    parser.add_argument("-V", "--version", action="version", version=f"hegao {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)

    check = sub.add_parser("check", help="check reports and print findings")
    check.add_argument("paths", nargs="*", metavar="PATH",
                       help="files, directories, or - for standard input (with --stdin-filename: - by default)")
    check.add_argument("--format", default="full", choices=FORMATS,
                       help="output format: %(choices)s (default: %(default)s)")
    check.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE (default: standard output)")
    check.add_argument("--select", type=_codes, default=(),
                       help="rule codes or prefixes, comma separated (default: all rules)")
    check.add_argument("--ignore", type=_codes, default=(), help="rule codes or prefixes to skip (default: none)")
    check.add_argument("--fail-on", choices=["info", "warning", "error"],
                       help="lowest severity that makes the exit code 1: %(choices)s (default: warning)")
    check.add_argument("--exit-zero", action="store_true",
                       help="exit 0 even when there are findings (errors of use still exit 2)")
    check.add_argument("--lang", choices=["zh", "en"], help="language of the messages: %(choices)s (default: zh)")
    check.add_argument("--config", metavar="FILE",
                       help="configuration file to use instead of searching upward from each file")
    check.add_argument("--exclude", type=_patterns, metavar="PATTERNS",
                       help="patterns a folder walk passes over, comma separated; replaces the configured "
                            "and default ones (default: .* .git .venv venv node_modules __pycache__ .pytest_cache)")
    check.add_argument("--extend-exclude", type=_patterns, metavar="PATTERNS",
                       help="patterns to pass over in addition to the excluded ones")
    check.add_argument("--no-respect-gitignore", dest="respect_gitignore", action="store_false",
                       help="walk folders into what .gitignore files ignore (default: respected)")
    check.add_argument("--stdin-filename", metavar="NAME",
                       help="read standard input as file NAME: its kind from the suffix "
                            "(.md, .html, .docx …), its configuration from its folder, NAME in the report")
    check.add_argument("--baseline", metavar="FILE", help="report only findings not recorded in FILE")
    check.add_argument("--write-baseline", metavar="FILE", help="record the current findings in FILE, exit 0")
    check.add_argument("--fix", action="store_true", help="apply safe fixes to .txt and .md files")
    check.add_argument("--diff", action="store_true",
                       help="print the safe fixes as a diff, write nothing; exit 1 when a file would change")
    check.add_argument("--statistics", action="store_true",
                       help="print counts per rule instead of the findings (JSON with --format json)")
    check.add_argument("--report-unused-suppressions", action="store_true",
                       help="name each hegao: ignore comment that silenced nothing, and exit 1")
    check.add_argument("--annotate", metavar="OUT.docx",
                       help="write a copy of the .docx input with each finding as a Word comment")
    check.add_argument("--color", choices=["auto", "always", "never"], default="auto",
                       help="colour: %(choices)s (default: %(default)s: on a terminal, unless NO_COLOR is "
                            "set or TERM=dumb; FORCE_COLOR forces it)")
    add_run_options(check)

    claims = sub.add_parser("claims", help="list the numeric claims of a report")
    claims.add_argument("path")
    claims.add_argument("--format", default="table", choices=["table", "json"],
                        help="%(choices)s (default: %(default)s)")
    claims.add_argument("--relations", action="store_true",
                        help="show the relations between claims (totals and parts, rates, shares …)")
    claims.add_argument("--tables", action="store_true",
                        help="show the tables found: cells, header, units, column kinds, total row")

    clean = sub.add_parser("clean", help="remove the results cache of the current folder")
    clean.add_argument("--config", help="the configuration file whose cache to remove")
    rules = sub.add_parser("rules", help="list all rules")
    rules.add_argument("--format", default="table", choices=["table", "json"],
                       help="%(choices)s (default: %(default)s)")
    rule = sub.add_parser("rule", help="show a rule's documentation and examples")
    rule.add_argument("code")
    completion = sub.add_parser("completion", help="print a shell completion script")
    completion.add_argument("shell", choices=["bash", "zsh"], help="%(choices)s")
    return parser


def add_run_options(check) -> None:
    """How ``check`` runs: processes, a Dask cluster, the cache, the progress bar."""
    check.add_argument("--jobs", "-j", type=_jobs, default=None, metavar="N",
                       help="check files in N processes (default: the number of cores; 1: in this process)")
    check.add_argument("--dask", metavar="ADDRESS",
                       help="check files as tasks on the Dask cluster at ADDRESS ('local': start one here); "
                            "needs pip install 'hegao[dask]'")
    check.add_argument("--no-cache", action="store_true", help="neither read nor write the results cache")
    check.add_argument("-q", "--quiet", action="store_true", help="show no progress bar")


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, 1 or more, got {value!r}")
    return jobs


def make_settings(args):
    from checker.settings import Overrides, Settings, check_codes

    overrides = Overrides(select=check_codes(args.select, "--select"), ignore=check_codes(args.ignore, "--ignore"),
                          fail_on=args.fail_on, lang=args.lang, exclude=args.exclude,
                          extend_exclude=args.extend_exclude or ())
    return Settings(overrides, args.config)


def cmd_check(args) -> int:
    from checker.discover import Discovery
    from checker.findings import exit_code

    paths = check_paths(args)
    checker = Checker(make_settings(args), args.stdin_filename)
    discovery = Discovery(checker.settings, args.respect_gitignore)
    errors = discovery.errors
    names = list(discovery.files(paths))
    streamed = stream_report(args, checker.settings.default_lang())
    checked, config_errors = run_all(args, checker, names, errors, streamed)
    for warning in (*checker.settings.warnings, *(w for c in checked for w in c.warnings)):
        print_message("warning", warning)
    for error in (*discovery.missing, *config_errors, *errors):
        print_message("error", error)
    if not checked:
        if not errors and not config_errors and not discovery.missing:
            print("hegao: error: no report files found", file=sys.stderr)
        return 2
    failed = bool(config_errors or discovery.missing)
    if streamed:
        streamed.close(checked)
        return 2 if failed else max(exit_code(c.result.diagnostics, c.config.fail_on) for c in checked)
    check_outputs(args, checked)
    if args.write_baseline:
        return write_baseline_file(checked, args.write_baseline)
    if args.baseline:
        checked = filter_baseline(checked, args.baseline)
    if args.diff:
        return show_diffs(checked, checker)
    if args.fix:
        if any(c.name == "-" for c in checked):
            return fix_stdin(checked, checker)
        checked = apply_fixes(checked, checker)
    if args.annotate:
        annotate(checked, args.annotate, args.lang or checker.settings.default_lang())
    write_report(args, [c.result for c in checked], checker.settings.default_lang())
    if args.report_unused_suppressions and report_unused_suppressions(checked):
        return 2 if failed else 1
    return 2 if failed else max(exit_code(c.result.diagnostics, c.config.fail_on) for c in checked)


STATISTICS_FORMATS = ("full", "concise", "json", "jsonl")


def check_paths(args) -> list[str]:
    """The paths to check: standard input alone when only --stdin-filename names it."""
    if args.statistics and args.format not in STATISTICS_FORMATS:
        raise UsageError(f"--statistics works with --format {', '.join(STATISTICS_FORMATS)}, not {args.format}")
    if args.paths:
        return args.paths
    if args.stdin_filename:
        return ["-"]
    raise UsageError("no path to check (give files, folders, or - for standard input)")


def run_all(args, checker: Checker, names: list[str], errors: list[str], streamed):
    """Check ``names`` as ``--jobs``, ``--dask`` and the cache say: the checked inputs in order
    (with ``streamed``: each written as it comes, and kept without its text) and the lines of the
    configuration errors (one per bad configuration, however many files)."""
    from checker.batch import Plan, run_checks

    if args.dask:
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise UsageError("--dask needs Dask: pip install 'hegao[dask]'") from None
    plan = Plan(checker.settings.overrides, args.config, jobs=args.jobs or os.cpu_count() or 1,
                dask=args.dask, cache=None if args.no_cache else result_cache(args))
    config_errors: dict[str, None] = {}
    checked: list[Checked] = []
    try:
        for outcome in with_progress(run_checks(names, checker, plan), len(names), args):
            add_outcome(outcome, checked, config_errors, errors, streamed)
    except (OSError, TimeoutError) as error:
        if not args.dask:
            raise
        raise UsageError(f"--dask {args.dask}: {error}") from None
    return checked, config_errors


def add_outcome(outcome, checked: list[Checked], config_errors: dict, errors: list[str], streamed) -> None:
    from checker.batch import Failed

    if isinstance(outcome, Failed):
        if outcome.kind == "config":
            config_errors[outcome.message] = None
        else:
            errors.append(outcome.message)
    elif streamed:
        checked.append(streamed.write(outcome))
    else:
        checked.append(outcome)


def result_cache(args):
    from checker.cache import ResultCache, cache_dir

    return ResultCache(cache_dir(args.config))


def with_progress(outcomes, total: int, args):
    """``outcomes``, with a progress bar on standard error when a person watches a run of more
    than a few files: never when standard error is not a terminal, with --quiet, or for CI
    annotations (--format github, or $CI set)."""
    shown = (total > 4 and not args.quiet and args.format != "github" and not os.environ.get("CI")
             and sys.stderr.isatty())
    if not shown:
        yield from outcomes
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("hegao check", total=total)
        for outcome in outcomes:
            progress.advance(task)
            yield outcome


class StreamedReport:
    """A report written file by file to standard output as the run goes."""

    def __init__(self, options):
        self.options = options

    def write(self, c: Checked) -> Checked:
        """Write the findings of ``c``; ``c`` without its text (the closing summary needs only
        the findings), so that memory stays flat however many files are checked."""
        from checker.report import render_file

        write_stdout(render_file(c.result, self.options))
        return replace(c, result=replace(c.result, text=""), raw=None)

    def close(self, checked: list[Checked]) -> None:
        from checker.report import render_closing

        write_stdout(render_closing([c.result for c in checked], self.options))


def stream_report(args, default_lang: str) -> StreamedReport | None:
    """A StreamedReport when the run's report can be written as it goes: a streamed format to
    standard output, with no fix, diff, baseline, Word copy, statistics or count of unused
    suppressions (those need the whole run)."""
    from checker.report import STREAMED

    if (args.format not in STREAMED or args.output or args.statistics or args.fix or args.diff
            or args.write_baseline or args.annotate or args.baseline or args.report_unused_suppressions):
        return None
    return StreamedReport(report_options(args, default_lang))


def print_message(kind: str, message: str) -> None:
    """One line on standard error; file names in ``message`` cannot break it or drive the terminal."""
    from checker.report.names import printable

    print(f"hegao: {kind}: {printable(message)}", file=sys.stderr)


def report_unused_suppressions(checked: list[Checked]) -> int:
    """Name each suppression comment that silenced nothing (ruff's RUF100); how many."""
    unused = [(c.result.path, s) for c in checked for s in c.unused_suppressions]
    for path, s in unused:
        print_message("warning", f"{path}:{s.line}: unused suppression: hegao: ignore "
                                 f"{', '.join(s.codes) or '(all rules)'} silenced nothing on line {s.target}")
    return len(unused)


def check_outputs(args, checked: list[Checked]) -> None:
    """Refuse a report, baseline or Word copy path that cannot be written, before writing any."""
    from checker.output import output_target

    inputs = [c.name for c in checked if c.name != "-"]
    for name in (args.output, args.write_baseline):
        if name:
            output_target(name, inputs)
    if args.annotate:
        output_target(args.annotate, inputs, follow_symlinks=False)


def write_baseline_file(checked: list[Checked], path: str) -> int:
    from checker.baseline import write_baseline

    write_baseline([c.result for c in checked], path)
    count = sum(len(c.result.diagnostics) for c in checked)
    print(f"hegao: wrote {count} finding(s) to {path}", file=sys.stderr)
    return 0


def filter_baseline(checked: list[Checked], path: str) -> list[Checked]:
    """The findings not in the baseline; how many it hid is said on stderr, and a baseline that
    hid nothing is warned of (a wrong file, or paths that moved)."""
    from checker.baseline import baseline_root, new_findings, read_baseline

    try:
        keys = read_baseline(path)
    except ValueError as error:
        raise UsageError(str(error)) from None
    kept = [replace(c, result=new_findings(c.result, keys, baseline_root(path))) for c in checked]
    hidden = sum(len(c.result.diagnostics) for c in checked) - sum(len(c.result.diagnostics) for c in kept)
    if hidden:
        print(f"hegao: the baseline {path} hid {hidden} finding(s)", file=sys.stderr)
    elif keys:
        print_message("warning", f"{path}: the baseline matched no finding (its paths are relative to its folder)")
    return kept


def safe_fixes(c: Checked, checker: Checker) -> tuple:
    """The fixes of ``c`` that add no finding; the lines left unfixed are named on stderr."""
    from checker.fix import plan_fixes

    def recheck(text: str):
        return checker.check(c.name, text).result.diagnostics

    plan = plan_fixes(c.raw, c.result.diagnostics, recheck)
    for line, rules in plan.withheld:
        print(f"hegao: {c.name}:{line}: not fixed: the fix would add {', '.join(rules)} findings",
              file=sys.stderr)
    return plan.fixes


def show_diffs(checked: list[Checked], checker: Checker) -> int:
    """Print the diff of the safe fixes; exit 1 when a file would change."""
    from checker.fix import diff

    diffs = [diff(c.name, c.raw, safe_fixes(c, checker)) for c in checked if c.raw is not None]
    sys.stdout.write("".join(diffs))
    return 1 if any(diffs) else 0


def fix_stdin(checked: list[Checked], checker: Checker) -> int:
    """Standard input is fixed to standard output, with no report; exit 1 when findings remain."""
    from checker.findings import exit_code
    from checker.fix import fixed_text

    if len(checked) > 1:
        raise UsageError("--fix reads standard input only on its own")
    result = checked[0].result
    fixes = safe_fixes(checked[0], checker)
    sys.stdout.write(fixed_text(result.text, fixes))
    return exit_code([d for d in result.diagnostics if d not in fixes], checked[0].config.fail_on)


def apply_fixes(checked: list[Checked], checker: Checker) -> list[Checked]:
    """Write the safe fixes of plain-text and Markdown files and check the fixed files again."""
    from checker.fix import FixError, write_fixes
    from checker.read import InputError

    rechecked = []
    for c in checked:
        try:
            if c.raw is not None and write_fixes(c.name, c.raw, safe_fixes(c, checker)):
                print(f"hegao: fixed {c.name}", file=sys.stderr)
                c = checker.check(c.name)
        except (FixError, InputError) as error:
            print(f"hegao: error: {error}", file=sys.stderr)
        except OSError as error:
            print(f"hegao: error: {c.name}: cannot write: {error.strerror or error}", file=sys.stderr)
        rechecked.append(c)
    return rechecked


def annotate(checked: list[Checked], out_path: str, lang: str) -> None:
    """Write the commented copy of the one Word file checked (the original stays untouched)."""
    from checker.annotate import annotate_docx

    word_files = [c.result for c in checked if c.result.path.lower().endswith(".docx")]
    if len(word_files) != 1:
        raise UsageError("--annotate needs exactly one .docx file to check")
    annotate_docx(word_files[0].path, out_path, word_files[0].diagnostics, lang)


def report_options(args, default_lang: str):
    from checker.report import ReportOptions

    # A report written to a file gets colour only when asked for: the terminal is not its reader.
    color = {"auto": False if args.output else None, "always": True, "never": False}[args.color]
    return ReportOptions(format=args.format, lang=args.lang or default_lang, color=color,
                         statistics=args.statistics)


def write_report(args, results, default_lang: str) -> None:
    from checker.report import render

    output = render(results, report_options(args, default_lang))
    if args.output:
        from checker.output import write_text

        write_text(args.output, output, [r.path for r in results])
    else:
        write_stdout(output)


def write_stdout(output: str) -> None:
    if getattr(sys.stdout, "errors", None) == "strict":  # a file name that is not UTF-8
        sys.stdout.reconfigure(errors="backslashreplace")
    sys.stdout.write(output)
    sys.stdout.flush()


def cmd_claims(args) -> int:
    from checker.settings import Overrides, Settings

    doc = load(args.path, Settings(Overrides()).for_path(args.path).data)
    if args.tables:
        from checker.tables.show import show_tables

        sys.stdout.write(show_tables(doc, args.format))
    elif args.relations:
        from checker.relations.show import show_relations

        sys.stdout.write(show_relations(doc, args.format))
    else:
        from checker.claims.show import show_claims

        sys.stdout.write(show_claims(doc, args.format))
    return 0


def cmd_rules(args) -> int:
    from checker.checks.show import list_rules, rules_json

    sys.stdout.write(rules_json() if args.format == "json" else list_rules())
    return 0


def cmd_completion(args) -> int:
    from checker.completion import SCRIPTS

    sys.stdout.write(SCRIPTS[args.shell](build_parser()))
    return 0


def cmd_rule(args) -> int:
    from checker.checks.show import show_rule

    text = show_rule(args.code)
    if text is None:
        raise UsageError(f"no rule {args.code!r} (see: hegao rules)")
    sys.stdout.write(text)
    return 0


def cmd_clean(args) -> int:
    from checker.cache import cache_dir, clean

    folder = cache_dir(args.config)
    removed = clean(folder)
    print(f"hegao: {'removed' if removed else 'no cache at'} {folder}", file=sys.stderr)
    return 0


COMMANDS = {"check": cmd_check, "clean": cmd_clean, "claims": cmd_claims, "rules": cmd_rules, "rule": cmd_rule,
            "completion": cmd_completion}


def main(argv: list[str] | None = None) -> int:
    from checker.output import OutputError
    from checker.read import InputError
    from checker.regexcache import install
    from checker.settings import ConfigError

    install()
    args = build_parser().parse_args(argv)
    try:
        code = COMMANDS[args.command](args)
        return 0 if code == 1 and getattr(args, "exit_zero", False) else code
    except (InputError, UsageError, ConfigError, OutputError) as error:
        print_message("error", str(error))
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
