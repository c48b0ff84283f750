"""Compiled regular expressions kept between runs: a pattern read from the store matches as the
compiler's own, and a store that cannot be used only costs a compile."""

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Patterns of the kinds hegao compiles: classes of Han characters, named groups, look-arounds,
# flags given and flags written inline.
PATTERNS = [
    (r"[\u4e00-\u9fff]{2,4}(?=[0-9])", 0),
    (r"(?P<year>(?:19|20)\d{2})\s*年(?P<month>\d{1,2})月", 0),
    (r"(?<![\d.])(\d+(?:\.\d+)?)\s*[%％]", 0),
    (r"[^\u4e00-\u9fffA-Za-z0-9]+", 0),
    (r"gdp|cpi", 2),  # re.IGNORECASE
    (r"(?x) 增长 \s* (\d+)  # verbose", 0),
]
TEXT = "全市2023年12月生产总值增长5.2%，GDP与CPI 增长 3，城镇居民收入增长6.1％。"

SCRIPT = """
import json, re, sys
import checker.regexcache
checker.regexcache._MOST = int(sys.argv[4])
checker.regexcache.install()
if sys.argv[1] == "stored":  # every pattern must come from the store: the compiler is not asked
    import re._compiler
    def refuse(*args):
        raise AssertionError("compiled again")
    re._compiler._code = refuse
out = []
for pattern, flags in json.loads(sys.argv[2]):
    rx = re.compile(pattern, flags)
    out.append([rx.flags, rx.groups, sorted(rx.groupindex.items()),
                [[m.span(), m.groups()] for m in rx.finditer(sys.argv[3])]])
print(json.dumps(out, ensure_ascii=False))
"""


def run(tmp_path, mode, patterns=PATTERNS, most=2000):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    return subprocess.run([sys.executable, "-c", SCRIPT, mode, json.dumps(patterns), TEXT, str(most)],
                          capture_output=True, text=True, cwd=ROOT, env=env)


def expected(patterns=PATTERNS):
    import re

    return [[rx.flags, rx.groups, [list(item) for item in sorted(rx.groupindex.items())],
             [[list(m.span()), list(m.groups())] for m in rx.finditer(TEXT)]]
            for rx in (re.compile(p, f) for p, f in patterns)]


def store_of(tmp_path):
    [path] = (tmp_path / "hegao").glob("regex-*.marshal")
    return path


def test_patterns_read_from_the_store_match_as_compiled_ones(tmp_path):
    first = run(tmp_path, "compile")
    assert first.returncode == 0, first.stderr
    again = run(tmp_path, "stored")
    assert again.returncode == 0, again.stderr
    assert json.loads(first.stdout) == json.loads(again.stdout) == expected()


def test_a_damaged_store_is_compiled_again_and_rewritten(tmp_path):
    run(tmp_path, "compile")
    store_of(tmp_path).write_bytes(b"\xdbnot marshal")
    result = run(tmp_path, "compile")
    assert result.returncode == 0 and json.loads(result.stdout) == expected()
    assert len(marshal.loads(store_of(tmp_path).read_bytes())) >= len(PATTERNS)


def test_codes_the_engine_refuses_are_compiled_again(tmp_path):
    run(tmp_path, "compile")
    path = store_of(tmp_path)
    store = marshal.loads(path.read_bytes())
    key = (PATTERNS[1][0], PATTERNS[1][1])
    flags, code, *rest = store[key]
    store[key] = (flags, code[:5], *rest)  # cut short: _sre refuses it
    path.write_bytes(marshal.dumps(store))
    result = run(tmp_path, "compile")
    assert result.returncode == 0 and json.loads(result.stdout) == expected()


def test_a_bad_pattern_fails_as_it_does_without_the_store(tmp_path):
    script = ("import re; from checker.regexcache import install; install()\n"
              "try:\n    re.compile('(?P<n>年')\nexcept re.error as e:\n    print(e)")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, env=env)
    assert out.stdout.strip() == "missing ), unterminated subpattern at position 0"


def test_patterns_of_earlier_runs_are_kept_until_the_store_is_full(tmp_path):
    # a run of many files compiles the rules' patterns in its workers, which do not save: the
    # patterns a run did not use stay, until the store passes its bound
    run(tmp_path, "compile", PATTERNS + [("城关镇|城南镇", 0)])
    run(tmp_path, "compile", PATTERNS[:2] + [("东坝乡|西坝乡", 0)])
    assert set(marshal.loads(store_of(tmp_path).read_bytes())) == {*PATTERNS, ("城关镇|城南镇", 0), ("东坝乡|西坝乡", 0)}
    run(tmp_path, "compile", PATTERNS[:2] + [("南坪乡", 0)], most=len(PATTERNS) + 2)
    assert set(marshal.loads(store_of(tmp_path).read_bytes())) == {*PATTERNS[:2], ("南坪乡", 0)}
