"""Fuzz the whole check of a document (read → document → claims → relations → every rule) with
generated report-like documents (tests/generated_reports.py), far longer than the test suite's
run of the same property.

    python bench/fuzz.py [--examples 20000] [--seed 0]

Prints the number of inputs tried and of crashes, and for each place that raised (exception
type, file and line) how many inputs hit it and the shortest of them.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.generated_reports import report_document  # noqa: E402
from tests.test_never_crashes import check_strictly  # noqa: E402


def fuzz(examples: int, random_seed: int) -> tuple[int, dict]:
    """(inputs tried, {(exception, file, line): [count, shortest input, message]})."""
    crashes: dict = {}
    tried = 0

    @seed(random_seed)
    @settings(max_examples=examples, database=None, phases=[Phase.generate], deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(report_document)
    def check(text):
        nonlocal tried
        tried += 1
        try:
            check_strictly(text)
        except Exception as error:  # noqa: BLE001 - every crash is what this script collects
            frame = traceback.extract_tb(error.__traceback__)[-1]
            where = (type(error).__name__, str(Path(frame.filename).relative_to(ROOT))
                     if frame.filename.startswith(str(ROOT)) else frame.filename, frame.lineno)
            entry = crashes.setdefault(where, [0, text, str(error)])
            entry[0] += 1
            if len(text) < len(entry[1]):
                entry[1:] = [text, str(error)]

    check()
    return tried, crashes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    start = time.perf_counter()
    tried, crashes = fuzz(args.examples, args.seed)
    count = sum(entry[0] for entry in crashes.values())
    print(f"inputs tried: {tried}, crashes: {count} ({count / max(tried, 1):.2%}), "
          f"places: {len(crashes)}, {time.perf_counter() - start:.0f} s")
    for (kind, path, line), (hits, text, message) in crashes.items():
        print(f"\n{kind} at {path}:{line} ({hits} inputs): {message}\n  shortest: {text!r}")
    sys.exit(1 if crashes else 0)


if __name__ == "__main__":
    main()
