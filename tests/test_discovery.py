"""Which files a run checks: missing paths, default and configured excludes, .gitignore."""

import subprocess

from checker.cli import main


def check(*args):
    return main(["check", "--format", "concise", "--select", "T302", *args])


def write(root, *names, text="共有XX所。\n"):
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def checked(capsys):
    return sorted({line.split(":")[0] for line in capsys.readouterr().out.splitlines()})


def test_a_missing_path_among_others_exits_2_after_checking_the_rest(here, capsys):
    write(here, "ok.txt")
    (here / "clean.txt").write_text("全区共有学校12所。\n", encoding="utf-8")
    assert check("clean.txt", "reprots/", "ok.txt") == 2
    captured = capsys.readouterr()
    assert "ok.txt:1:3" in captured.out
    assert captured.err.strip() == "hegao: error: reprots/: no such file or directory"
    assert check("clean.txt", "nowhere.md") == 2


def test_default_excludes_pass_over_hidden_folders_and_environments(here, capsys):
    write(here, "a.md", ".hidden/b.md", ".venv/c.md", "venv/d.md", "node_modules/e.md",
          "__pycache__/f.md", "sub/.git/g.md", "sub/h.md")
    assert check(".") == 1
    assert checked(capsys) == ["a.md", "sub/h.md"]
    assert check("venv/d.md") == 1  # a file named on the command line is always checked
    assert checked(capsys) == ["venv/d.md"]


def test_own_html_report_is_not_checked_again(here, capsys):
    write(here, "r.md")
    assert main(["check", "--select", "T302", "r.md", "--format", "html", "-o", "核稿报告.html"]) == 1
    (here / "page.html").write_text("<html><body><p>全区共有XX所学校。</p></body></html>", encoding="utf-8")
    assert check(".") == 1
    assert checked(capsys) == ["page.html", "r.md"]


def test_exclude_and_extend_exclude_in_configuration(here, capsys):
    write(here, "drafts/a.md", "old/b.md", "2023/old/c.md", "venv/d.md", "e.md")
    (here / "hegao.toml").write_text('extend-exclude = ["drafts", "2023/old/"]\n', encoding="utf-8")
    assert check(".") == 1
    assert checked(capsys) == ["e.md", "old/b.md"]
    (here / "hegao.toml").write_text('exclude = ["old"]\n', encoding="utf-8")  # replaces the defaults
    assert check(".") == 1
    assert checked(capsys) == ["drafts/a.md", "e.md", "venv/d.md"]


def test_exclude_on_the_command_line(here, capsys):
    write(here, "drafts/a.md", "b.md", "venv/c.md")
    assert check(".", "--extend-exclude", "drafts,*.txt") == 1
    assert checked(capsys) == ["b.md"]
    assert check(".", "--exclude", "b.md") == 1
    assert checked(capsys) == ["drafts/a.md", "venv/c.md"]


def test_gitignore_is_respected_unless_told_otherwise(here, capsys):
    subprocess.run(["git", "init", "-q"], cwd=here, check=True)
    write(here, "out/a.md", "reports/b.md", "reports/tmp-c.md", "reports/keep/tmp-d.md", "e.md")
    (here / ".gitignore").write_text("out/\ntmp-*.md\n!**/keep/tmp-*.md\n", encoding="utf-8")
    assert check(".") == 1
    assert checked(capsys) == ["e.md", "reports/b.md", "reports/keep/tmp-d.md"]
    assert check("reports") == 1  # a .gitignore above the folder walked applies too
    assert checked(capsys) == ["reports/b.md", "reports/keep/tmp-d.md"]
    assert check(".", "--no-respect-gitignore") == 1
    assert checked(capsys) == ["e.md", "out/a.md", "reports/b.md", "reports/keep/tmp-d.md", "reports/tmp-c.md"]


def test_nested_gitignore_applies_below_its_folder_only(here, capsys):
    write(here, "a/x.md", "a/y.md", "b/x.md")
    (here / "a" / ".gitignore").write_text("x.md\n", encoding="utf-8")
    assert check(".") == 1
    assert checked(capsys) == ["a/y.md", "b/x.md"]
