"""Many files: the Python API, --jobs, streamed output, the results cache and --dask give what one
in-process run gives, byte for byte and in the same order."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import checker.api
import checker.run
import checker.batch
from checker.api import check_file, check_text
from checker.cache import ResultCache, cache_dir
from checker.cli import main
from checker.config import Config

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))


def run(capsys, *args):
    code = main(["check", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_check_text_gives_the_findings_of_the_command_line(capsys):
    _, out, _ = run(capsys, SEEDS[0], "--format", "jsonl", "--jobs", "1", "--no-cache")
    from_cli = [(d["rule"], d["start"], d["end"]) for d in map(json.loads, out.splitlines())]
    text = Path(SEEDS[0]).read_text(encoding="utf-8")
    from_api = [(d.rule, d.start, d.end) for d in check_text(text, path=SEEDS[0])]
    assert from_api == from_cli
    assert [(d.rule, d.start, d.end) for d in check_file(SEEDS[0])] == from_cli


def test_check_text_follows_the_configuration_and_the_file_kind():
    text = "全市共有学校12所，其中小学8所、中学6所。\n"
    assert [(d.rule, d.start, d.end) for d in check_text(text, path="a.txt")] == [("A201", 6, 9)]
    assert check_text(text, path="a.txt", config=Config(ignore=("A",))) == []
    fenced = f"```\n{text}```\n"
    assert [(d.rule, d.start, d.end) for d in check_text(fenced, path="a.txt")] == [("A201", 10, 13)]
    assert check_text(fenced, path="a.md") == []  # Markdown: a code block is not prose


@pytest.mark.parametrize("format", ["full", "concise", "jsonl", "github", "json", "sarif"])
def test_jobs_output_is_byte_identical_in_order(capsys, format):
    one = run(capsys, *SEEDS, "--format", format, "--color", "never", "--jobs", "1", "--no-cache")
    two = run(capsys, *SEEDS, "--format", format, "--color", "never", "--jobs", "2", "--no-cache")
    assert one == two
    assert one[1]


def test_streamed_output_equals_the_whole_report(capsys):
    """--format full is written file by file; its closing summary counts every file."""
    streamed = run(capsys, *SEEDS, "--color", "never", "--jobs", "1", "--no-cache")
    whole = run(capsys, *SEEDS, "--color", "never", "--jobs", "1", "--no-cache", "-o", "/dev/stdout")
    assert streamed[0] == whole[0] == 1
    from checker.report import ReportOptions, render
    from checker.run import Checker
    from checker.settings import Overrides, Settings

    results = [Checker(Settings(Overrides())).check(name).result for name in SEEDS]
    assert streamed[1] == render(results, ReportOptions(color=False))


def test_a_file_that_breaks_the_check_is_one_line_and_the_others_are_kept(capsys, monkeypatch):
    real = checker.run.checked_source

    def breaks_on_one(name, source, config):
        if source.path == SEEDS[1]:
            raise ValueError("a rule failed")
        return real(name, source, config)

    monkeypatch.setattr(checker.run, "checked_source", breaks_on_one)
    code, out, err = run(capsys, *SEEDS, "--format", "concise", "--jobs", "1", "--no-cache")
    assert err == f"hegao: error: {SEEDS[1]}: cannot be checked: ValueError: a rule failed\n"
    assert SEEDS[1] not in out and SEEDS[0] in out and SEEDS[3] in out  # 002 has no finding


def test_second_run_reads_the_cache(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("HEGAO_CACHE_DIR", str(tmp_path / "cache"))
    first = run(capsys, *SEEDS, "--format", "jsonl", "--jobs", "1")

    def no_check(*args):
        raise AssertionError("checked again")

    monkeypatch.setattr(checker.batch, "_outcome", no_check)
    assert run(capsys, *SEEDS, "--format", "jsonl", "--jobs", "1") == first
    with pytest.raises(AssertionError, match="checked again"):  # --no-cache: read nothing
        run(capsys, *SEEDS, "--format", "jsonl", "--jobs", "1", "--no-cache")
    with pytest.raises(AssertionError, match="checked again"):  # another configuration
        run(capsys, *SEEDS, "--format", "jsonl", "--jobs", "1", "--ignore", "T3")


def test_a_run_served_from_the_cache_imports_no_rule(tmp_path):
    """What makes a check of unchanged files start fast: the cache key is read from the rule
    modules' names and the configuration's own keys, not from the built rules."""
    env = {**os.environ, "HEGAO_CACHE_DIR": str(tmp_path / "cache")}
    args = ["check", *SEEDS, "--format", "concise", "--jobs", "1"]
    script = ("import sys; from checker.cli import main; code = main(%r); "
              "print(sorted(m for m in sys.modules if m == 'checker.engine' or m.startswith('checker.checks.')))")
    first = subprocess.run([sys.executable, "-c", script % (args,)], capture_output=True, text=True, cwd=ROOT, env=env)
    again = subprocess.run([sys.executable, "-c", script % (args,)], capture_output=True, text=True, cwd=ROOT, env=env)
    assert "'checker.checks.N101'" in first.stdout.splitlines()[-1]
    assert again.stdout.splitlines()[-1] == "[]"
    assert again.stdout.splitlines()[:-1] == first.stdout.splitlines()[:-1]


def test_a_changed_word_list_of_the_configuration_checks_again(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("HEGAO_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    report = tmp_path / "r.txt"
    report.write_text("全年接待游客12.5万批次。\n", encoding="utf-8")
    (tmp_path / "hegao.toml").write_text('[units]\ncount = ["人次"]\n', encoding="utf-8")
    run(capsys, "r.txt", "--format", "concise", "--jobs", "1")
    (tmp_path / "hegao.toml").write_text('[units]\ncount = ["批次"]\n', encoding="utf-8")

    def no_check(*args):
        raise AssertionError("checked again")

    monkeypatch.setattr(checker.batch, "_outcome", no_check)
    with pytest.raises(AssertionError, match="checked again"):
        run(capsys, "r.txt", "--format", "concise", "--jobs", "1")


def test_changed_file_is_checked_again(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("HEGAO_CACHE_DIR", str(tmp_path / "cache"))
    report = tmp_path / "r.txt"
    report.write_text("参加参加会议。\n", encoding="utf-8")
    assert "T301" in run(capsys, str(report), "--format", "concise", "--jobs", "1")[1]
    report.write_text("参加会议。\n", encoding="utf-8")
    assert run(capsys, str(report), "--format", "concise", "--jobs", "1")[1] == ""


def test_corrupt_cache_entry_is_ignored_and_rewritten(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("HEGAO_CACHE_DIR", str(tmp_path / "cache"))
    first = run(capsys, SEEDS[0], "--format", "jsonl", "--jobs", "1")
    entries = [p for p in (tmp_path / "cache").rglob("*") if p.is_file() and len(p.name) > 20]
    assert len(entries) == 1
    entries[0].write_bytes(b"\x80\x05not a pickle")
    assert run(capsys, SEEDS[0], "--format", "jsonl", "--jobs", "1") == first
    assert entries[0].read_bytes() != b"\x80\x05not a pickle"


def test_cache_lives_beside_the_configuration(tmp_path, monkeypatch):
    monkeypatch.delenv("HEGAO_CACHE_DIR")
    (tmp_path / "hegao.toml").write_text("ignore = []\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    assert cache_dir() == tmp_path / ".hegao_cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user"))
    monkeypatch.setattr("checker.settings.find_config", lambda folder: None)
    assert cache_dir() == tmp_path / "user" / "hegao"
    assert cache_dir(str(tmp_path / "hegao.toml")) == tmp_path / ".hegao_cache"


def test_clean_removes_the_cache(capsys, tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("HEGAO_CACHE_DIR", str(folder))
    run(capsys, SEEDS[0], "--format", "jsonl", "--jobs", "1")
    assert folder.is_dir()
    assert main(["clean"]) == 0
    assert not folder.exists()
    assert capsys.readouterr().err == f"hegao: removed {folder}\n"


def test_unwritable_cache_is_not_kept(capsys, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("HEGAO_CACHE_DIR", str(blocker / "cache"))  # under a file: cannot be made
    code, out, err = run(capsys, SEEDS[0], "--format", "concise", "--jobs", "1")
    assert code == 1 and out and err == ""
    assert ResultCache(blocker / "cache").get(SEEDS[0], Config(), "x") is None


def test_no_progress_bar_when_piped():
    out = subprocess.run([sys.executable, "-m", "checker", "check", *SEEDS, "--format", "concise", "--no-cache"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.stderr == ""


def test_jobs_must_be_a_positive_number(capsys):
    with pytest.raises(SystemExit) as exit:
        main(["check", SEEDS[0], "--jobs", "0"])
    assert exit.value.code == 2
    assert "expected a whole number of processes, 1 or more, got '0'" in capsys.readouterr().err


def test_dask_without_the_extra_is_a_clear_error(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    code, out, err = run(capsys, SEEDS[0], "--dask", "local")
    assert (code, out) == (2, "")
    assert err == "hegao: error: --dask needs Dask: pip install 'hegao[dask]'\n"


def test_dask_local_cluster_gives_the_jsonl_of_one_process(capsys, tmp_path):
    pytest.importorskip("distributed")
    unreadable = tmp_path / "gone.txt"
    unreadable.write_bytes(b"\xff\xfe\x00")  # odd UTF-16: cannot be read
    names = [*SEEDS, str(unreadable)]
    one = run(capsys, *names, "--format", "jsonl", "--jobs", "1", "--no-cache")
    on_dask = run(capsys, *names, "--format", "jsonl", "--dask", "local", "--no-cache")
    assert on_dask == one
    assert one[1].count("\n") > 10 and str(unreadable) in one[2]


@pytest.mark.parametrize("extra, shown", [((), True), (("--quiet",), False), (("--format", "github"), False)])
def test_progress_bar_only_for_a_person_at_a_terminal(capsys, monkeypatch, extra, shown):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.setenv("TERM", "xterm")
    code, out, err = run(capsys, *SEEDS, "--format", "concise", "--jobs", "1", "--no-cache", *extra)
    assert ("hegao check" in err) is shown
    assert "hegao check" not in out
