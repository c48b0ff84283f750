"""What users of ruff, Vale and AutoCorrect expect of a linter, and the README's own promises."""

import io
import json
import sys

import pytest

from checker.cli import main


def check(*args):
    return main(["check", "--format", "concise", *args])


def write(path, text="共有XX所。\n"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("glob, silenced", [
    ("报告/drafts/*.md", ["报告/drafts/x.md"]),
    ("**/drafts/*.md", ["drafts/y.md", "报告/drafts/x.md"]),
    ("drafts/*.md", ["drafts/y.md"]),  # anchored at the configuration's folder
    ("*.md", ["drafts/y.md", "报告/drafts/deeper/z.md", "报告/drafts/x.md"]),  # a name at any depth
    ("报告/drafts/**", ["报告/drafts/deeper/z.md", "报告/drafts/x.md"]),
])
def test_per_file_ignores_globs_are_relative_to_the_configuration(tmp_path, monkeypatch, capsys, glob, silenced):
    project = tmp_path / "project"
    for name in ["报告/drafts/x.md", "报告/drafts/deeper/z.md", "drafts/y.md"]:
        write(project / name)
    write(project / "hegao.toml", f'[per-file-ignores]\n"{glob}" = ["T302"]\n')
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    check("--select", "T302", "../project")
    flagged = {line.split(":")[0].removeprefix("../project/") for line in capsys.readouterr().out.splitlines()}
    assert sorted({"报告/drafts/x.md", "报告/drafts/deeper/z.md", "drafts/y.md"} - flagged) == silenced


def stdin(monkeypatch, data: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_stdin_filename_reads_standard_input_as_that_kind_of_file(here, monkeypatch, capsys):
    page = "<html><body><nav>首页 XX栏目</nav><div class='TRS_Editor'><p>全区共有XX所学校。</p></div></body></html>"
    stdin(monkeypatch, page.encode("utf-8"))
    assert check("--select", "T302", "--stdin-filename", "通知/通知.html") == 1
    assert capsys.readouterr().out == "通知/通知.html:1:5: error[T302] 占位符“XX”未替换为实际内容\n"


def test_stdin_filename_finds_the_configuration_of_its_folder(here, monkeypatch, capsys):
    write(here / "drafts" / "hegao.toml", 'ignore = ["T302"]\n')
    stdin(monkeypatch, "<!-- 草稿 -->\n共有XX所。\n".encode("utf-8"))
    assert check("--select", "T302", "--stdin-filename", "drafts/a.md", "-") == 0
    stdin(monkeypatch, "共有XX所。\n".encode("utf-8"))
    assert check("--select", "T302", "--stdin-filename", "final/a.md") == 1
    assert capsys.readouterr().out.startswith("final/a.md:1:3: ")


def test_stdin_filename_of_a_word_file(here, monkeypatch, capsys):
    import docx

    document = docx.Document()
    document.add_paragraph("全区共有XX所学校。")
    buffer = io.BytesIO()
    document.save(buffer)
    stdin(monkeypatch, buffer.getvalue())
    assert check("--select", "T302", "--stdin-filename", "报告.docx") == 1
    assert capsys.readouterr().out.startswith("报告.docx:1:5: error[T302]")


def test_exit_zero_keeps_findings_but_exits_0(here, capsys):
    write(here / "r.txt")
    assert check("--select", "T302", "--exit-zero", "r.txt") == 0
    assert "r.txt:1:3" in capsys.readouterr().out
    assert check("--exit-zero", "missing.txt") == 2  # errors of use are still errors


def test_version_short_option(capsys):
    from checker import __version__

    with pytest.raises(SystemExit) as exit:
        main(["-V"])
    assert exit.value.code == 0 and capsys.readouterr().out == f"hegao {__version__}\n"


@pytest.mark.parametrize("argv, hint", [
    (["check", "--formt", "json", "x"], "did you mean '--format'?"),
    (["check", "--format", "jsno", "x"], "did you mean 'json'?"),
    (["check", "--fail-on", "warn", "x"], "did you mean 'warning'?"),
    (["chekc", "x"], "did you mean 'check'?"),
    (["check", "--no-respect-gitingore", "x"], "did you mean '--no-respect-gitignore'?"),
])
def test_did_you_mean(capsys, argv, hint):
    with pytest.raises(SystemExit) as exit:
        main(argv)
    assert exit.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1].endswith(hint)


def test_help_shows_every_choice_and_default(capsys):
    import argparse

    from checker.cli import build_parser

    for name, sub in build_parser()._subparsers._group_actions[0].choices.items():
        text = " ".join(sub.format_help().split())
        for action in sub._actions:
            if action.choices and not isinstance(action, argparse._SubParsersAction):
                assert ", ".join(action.choices) in text, (name, action.dest)
            if action.default not in (None, (), argparse.SUPPRESS) and not isinstance(action.default, bool):
                assert f"(default: {action.default}" in text, (name, action.dest)


def test_rules_as_json(capsys):
    from checker.checks import all_rules

    assert main(["rules", "--format", "json"]) == 0
    rules = json.loads(capsys.readouterr().out)
    assert [r["code"] for r in rules] == list(all_rules())
    a202 = next(r for r in rules if r["code"] == "A202")
    assert a202["name"] == "rate-mismatch" and a202["severity"] == "error" and a202["flagged"]


def test_bash_completion_completes_options_and_choices(capsys, tmp_path):
    import shutil
    import subprocess

    assert main(["completion", "bash"]) == 0
    script = tmp_path / "hegao.bash"
    script.write_text(capsys.readouterr().out, encoding="utf-8")
    if shutil.which("bash") is None:
        pytest.skip("bash is not installed")

    def complete(*words):
        probe = (f"source {script}; COMP_WORDS=({' '.join(repr(w) for w in words)}); "
                 f"COMP_CWORD={len(words) - 1}; _hegao; echo \"${{COMPREPLY[@]}}\"")
        return subprocess.run(["bash", "-c", probe], capture_output=True, text=True, check=True).stdout.split()

    assert complete("hegao", "ru") == ["rules", "rule"]
    assert complete("hegao", "check", "--stat") == ["--statistics"]
    assert complete("hegao", "check", "--format", "j") == ["json", "jsonl"]
    assert complete("hegao", "check", "--lang", "") == ["zh", "en"]


def test_zsh_completion_names_every_command_and_option(capsys):
    assert main(["completion", "zsh"]) == 0
    script = capsys.readouterr().out
    assert script.startswith("#compdef hegao\n")
    assert "'--format[]:value:(full concise json jsonl sarif github html)'" in script
    assert "check) _arguments" in script and "'--stdin-filename[]:file:_files'" in script


class Terminal(io.StringIO):
    def isatty(self):
        return True


@pytest.mark.parametrize("fmt", ["concise", "full"])
@pytest.mark.parametrize("env, tty, option, coloured", [
    ({}, True, "auto", True),
    ({}, False, "auto", False),
    ({"NO_COLOR": "1"}, True, "auto", False),
    ({"NO_COLOR": ""}, True, "auto", True),  # set but empty: no effect (no-color.org)
    ({"TERM": "dumb"}, True, "auto", False),
    ({"FORCE_COLOR": "1"}, False, "auto", True),
    ({"NO_COLOR": "1"}, True, "always", True),  # the command line wins
    ({"FORCE_COLOR": "1"}, False, "never", False),
])
def test_colour_follows_no_color_force_color_and_term(here, monkeypatch, fmt, env, tty, option, coloured):
    for name in ("NO_COLOR", "FORCE_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    write(here / "r.txt")
    out = Terminal() if tty else io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    main(["check", "--format", fmt, "--select", "T302", "--color", option, "r.txt"])
    assert ("\x1b[" in out.getvalue()) == coloured


def test_concise_on_a_terminal_is_coloured_as_ruff_does(here, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    write(here / "r.txt")
    out = Terminal()
    monkeypatch.setattr(sys, "stdout", out)
    check("--select", "T302", "--color", "always", "r.txt")
    assert out.getvalue() == "\x1b[1mr.txt:1:3:\x1b[0m \x1b[1;31merror[T302]\x1b[0m 占位符“XX”未替换为实际内容\n"


def test_statistics_honour_format_json(here, capsys):
    write(here / "a.txt", "共有XX所，投入xx万元。\n")
    write(here / "b.txt", "2022工作打算\n")
    assert main(["check", "--select", "T302,D202", "--statistics", "--format", "json", "."]) == 1
    assert json.loads(capsys.readouterr().out) == [
        {"code": "T302", "name": "placeholder", "count": 2},
        {"code": "D202", "name": "year-without-nian", "count": 1},
    ]
    assert main(["check", "--statistics", "--format", "sarif", "."]) == 2
    assert "--statistics works with" in capsys.readouterr().err


@pytest.mark.parametrize("lang, expected", [
    ("zh", "检查 3 个文件，发现 2 个问题（1 个文件）：错误 2"),
    ("en", "Checked 3 files, found 2 problems in 1 file: 2 errors"),
])
def test_summary_counts_the_files_checked(here, capsys, lang, expected):
    write(here / "a.txt", "共有XX所，投入xx万元。\n")
    write(here / "b.txt", "全区共有学校12所。\n")
    write(here / "c.md", "全区共有学校12所。\n")
    main(["check", "--select", "T302", "--lang", lang, "--color", "never", "."])
    assert expected in capsys.readouterr().out.splitlines()
    (here / "a.txt").unlink()
    main(["check", "--select", "T302", "--lang", lang, "--color", "never", "."])
    assert capsys.readouterr().out.splitlines()[-1] == {"zh": "检查 2 个文件，未发现问题",
                                                        "en": "Checked 2 files, no problems found"}[lang]


@pytest.mark.parametrize("name", ["r.md", "r.txt"])
def test_suppression_at_the_end_of_the_line_it_applies_to(here, capsys, name):
    write(here / name, "全区共有XX所学校。<!-- hegao: ignore T302 -->\n投入xx万元。\n")
    assert check("--select", "T302", name) == 1
    assert [line.split(":")[1] for line in capsys.readouterr().out.splitlines()] == ["2"]


def test_unknown_code_in_a_suppression_comment_is_a_warning(here, capsys):
    write(here / "r.md", "<!-- hegao: ignore T3O2 -->\n共有XX所。\n")
    assert check("--select", "T302", "r.md") == 1
    captured = capsys.readouterr()
    assert "r.md:2:3" in captured.out
    assert captured.err == "hegao: warning: r.md:1: hegao: ignore names no rule 'T3O2' (see: hegao rules)\n"


def test_report_unused_suppressions(here, capsys):
    write(here / "r.md", "<!-- hegao: ignore T302 -->\n共有XX所。\n<!-- hegao: ignore N101 -->\n共有学校12所。\n"
                         "全区平安。<!-- hegao: ignore -->\n")
    assert check("--select", "T302", "r.md") == 0
    assert capsys.readouterr().err == ""
    assert check("--select", "T302", "--report-unused-suppressions", "r.md") == 1
    assert capsys.readouterr().err.splitlines() == [
        "hegao: warning: r.md:3: unused suppression: hegao: ignore N101 silenced nothing on line 4",
        "hegao: warning: r.md:5: unused suppression: hegao: ignore (all rules) silenced nothing on line 5",
    ]


@pytest.mark.parametrize("fmt", ["html", "github"])
def test_chinese_reports_label_the_help_in_chinese(here, capsys, fmt):
    write(here / "r.txt", "全区共有学校12所，其中小学8所、初中6所。\n")
    main(["check", "--select", "A201", "--format", fmt, "r.txt"])
    out = capsys.readouterr().out
    assert "help:" not in out and "建议：" in out
    main(["check", "--select", "A201", "--format", fmt, "--lang", "en", "r.txt"])
    assert "help: " in capsys.readouterr().out
