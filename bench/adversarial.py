"""Time and peak memory of ``hegao check`` on adversarial inputs (tests/adversarial.py) at 8, 32
and 128 KB: a linear check takes about four times as long at each step.

    python bench/adversarial.py [--timeout SECONDS] [--sizes 8,32,128]

Each check runs in a fresh process of the running interpreter (so ``/other/venv/bin/python
bench/adversarial.py`` measures the hegao installed there), writing its report to /dev/null.
The time is that of the check alone (imports and a warm-up excluded), the memory the process's
peak resident size. A check slower than the timeout is stopped, and larger sizes of that input
are skipped.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from adversarial import INPUTS, adversarial_text  # noqa: E402

_CHILD = """
import os, resource, sys, time
from checker.cli import main
main(["check", sys.argv[2], "-o", os.devnull])  # warm-up: grammar tables, rules
start = time.perf_counter()
main(["check", sys.argv[1], "-o", os.devnull])
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def measure(path: Path, warm: Path, timeout: float) -> tuple[float, float] | None:
    """(seconds, peak MB) of one check, or None when it took longer than ``timeout``."""
    try:
        done = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(warm)], capture_output=True,
                              text=True, timeout=timeout, cwd=path.parent, check=True)
    except subprocess.TimeoutExpired:
        return None
    seconds, kilobytes = done.stdout.split()
    return float(seconds), int(kilobytes) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--sizes", default="8,32,128", help="sizes in KB, comma separated")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"python: {sys.executable}")
    header = "| input | " + " | ".join(f"{s} KB" for s in sizes) + " |"
    print(header)
    print("|---" * (len(sizes) + 1) + "|")
    with tempfile.TemporaryDirectory() as folder:
        warm = Path(folder) / "warm.txt"
        warm.write_text("全年新建学校5所，其中小学3所、初中2所。\n", encoding="utf-8")
        for name in INPUTS:
            cells, stopped = [], False
            for size in sizes:
                if stopped:
                    cells.append("—")
                    continue
                path = Path(folder) / f"{name}-{size}.txt"
                path.write_text(adversarial_text(name, size * 1024), encoding="utf-8")
                result = measure(path, warm, args.timeout)
                if result is None:
                    cells.append(f"> {args.timeout:.0f} s")
                    stopped = True
                else:
                    cells.append(f"{result[0]:.2f} s, {result[1]:.0f} MB")
            print(f"| {name} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
