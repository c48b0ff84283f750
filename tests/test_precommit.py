"""The pre-commit hook, end to end: a commit of a report with a placeholder is refused.

Slow (pre-commit builds its own virtualenv of hegao, fetching the dependencies from PyPI), so it
runs in CI and skips when git or pre-commit is not installed. The hook is installed from a
snapshot of this checkout's working tree, so it tests the code as it is, committed or not.
"""

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parent.parent
PACKAGE_FILES = ["pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "checker", "rules", "grammars"]

pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.skipif(importlib.util.find_spec("pre_commit") is None,
                       reason="pre-commit is not installed (pip install -e '.[test]')"),
]


def git(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env=ENV)


ENV = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
       "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}


def snapshot(target: Path) -> str:
    """A git repository holding this checkout's package files; its commit id."""
    for name in PACKAGE_FILES:
        source = CHECKOUT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy(source, target / name)
    git(target, "init", "-q")
    git(target, "add", ".")
    git(target, "commit", "-q", "-m", "snapshot")
    return git(target, "rev-parse", "HEAD").stdout.strip()


def test_commit_with_a_placeholder_is_refused(tmp_path):
    hegao_repo, work = tmp_path / "hegao", tmp_path / "work"
    hegao_repo.mkdir()
    work.mkdir()
    rev = snapshot(hegao_repo)
    env = {**ENV, "PRE_COMMIT_HOME": str(tmp_path / "cache")}
    git(work, "init", "-q")
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {hegao_repo}\n  rev: {rev}\n  hooks:\n  - id: hegao\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=work, env=env, check=True,
                   capture_output=True)
    (work / "报告.txt").write_text("全区共有XX所学校参加了比赛。\n", encoding="utf-8")
    git(work, "add", ".")
    refused = subprocess.run(["git", "commit", "-m", "draft"], cwd=work, env=env, capture_output=True, text=True)
    assert refused.returncode != 0, refused.stdout + refused.stderr
    assert "T302" in refused.stdout + refused.stderr

    (work / "报告.txt").write_text("全区共有12所学校参加了比赛。\n", encoding="utf-8")
    git(work, "add", ".")
    accepted = subprocess.run(["git", "commit", "-m", "final"], cwd=work, env=env, capture_output=True, text=True)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr


@pytest.mark.parametrize("name, checked", [
    ("报告.txt", True), ("报告.md", True), ("报告.markdown", True), ("报告.docx", True),
    ("通知.html", True), ("通知.htm", True), ("data.csv", False), ("logo.png", False),
])
def test_hook_selects_every_kind_of_report(tmp_path, name, checked):
    """pre-commit's own filter (files, then types_or by identify's tags) on each kind of file."""
    import re

    import yaml
    from identify.identify import tags_from_path

    hook = yaml.safe_load((CHECKOUT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04\x00\x00" if name.endswith((".docx", ".png")) else "共有XX所。\n".encode())
    selected = re.search(hook["files"], name) is not None and bool(set(hook["types_or"]) & tags_from_path(str(path)))
    assert selected == checked
