"""The README's promises, run as written: its sample output, its commands and its snippets."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checker import __version__

CHECKOUT = Path(__file__).resolve().parent.parent
README = (CHECKOUT / "README.md").read_text(encoding="utf-8")
HEGAO = [sys.executable, "-m", "checker"]


def test_sample_output_is_what_hegao_prints():
    block = re.search(r"## What a finding looks like\n\n```console\n\$ (.*?)\n(.*?)```", README, re.S)
    command, shown = block[1], block[2]
    env_part, _, args = command.partition(" hegao ")
    env = {**os.environ, **dict(part.split("=") for part in env_part.split())}
    env.pop("NO_COLOR", None)
    run = subprocess.run([*HEGAO, *args.split(), "--color", "never"], cwd=CHECKOUT, env=env,
                         capture_output=True, text=True)
    assert run.stdout == shown


def test_diff_then_fix_as_the_readme_writes_them(tmp_path):
    block = re.search(r"```sh\n(hegao check 报告.md --diff.*?)```", README, re.S)[1]
    assert "&&" not in block  # --diff exits 1 when there is a diff: a chain would never fix
    (tmp_path / "报告.md").write_text("全区参加参加了比赛。\n", encoding="utf-8")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "hegao").write_text(f"#!/bin/sh\nexec {sys.executable} -m checker \"$@\"\n", encoding="utf-8")
    (bin_dir / "hegao").chmod(0o755)
    if shutil.which("sh") is None:
        pytest.skip("no shell")
    subprocess.run(["sh", "-c", block], cwd=tmp_path, env={**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"},
                   capture_output=True)
    assert (tmp_path / "报告.md").read_text(encoding="utf-8") == "全区参加了比赛。\n"


def test_ci_snippet_installs_a_tagged_release_and_keeps_the_exit_code():
    ci = re.search(r"# \.github/workflows/hegao\.yml\n(.*?)```", README, re.S)[1]
    assert "|| true" not in ci and "pip install hegao " not in ci
    assert f"@v{__version__}\"" in ci  # the tag of this version
    assert re.search(r"upload-sarif@v3\n\s+if: \$\{\{ !cancelled\(\) \}\}", ci)


def test_precommit_snippet_names_the_release_tag():
    snippet = re.search(r"# \.pre-commit-config\.yaml\n(.*?)```", README, re.S)[1]
    assert f"rev: v{__version__}\n" in snippet
