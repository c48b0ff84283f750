"""What the benchmarks share: their input — at least 3 MB of report text with the digits of every
copy changed — and the cold-start timer.

Copies of the sample reports (seeds/) and of the edited provincial reports (../shared/corpus,
when present beside the checkout) are concatenated until the size is reached; every digit of
every copy is replaced at random (fixed seed), so that no cache of repeated strings inflates a
throughput figure.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT.parent / "shared" / "corpus" / "provincial-2026"]
_DIGIT = re.compile(r"[0-9]")


def report_texts(min_bytes: int = 3_000_000, seed: int = 2026) -> list[str]:
    """Report texts adding up to at least ``min_bytes`` of UTF-8."""
    originals = [p.read_text(encoding="utf-8") for d in SOURCES if d.is_dir() for p in sorted(d.glob("*.txt"))]
    rng = random.Random(seed)
    texts, size = [], 0
    while size < min_bytes:
        for text in originals:
            copy = _DIGIT.sub(lambda _: str(rng.randrange(10)), text)
            texts.append(copy)
            size += len(copy.encode("utf-8"))
    return texts


# A cold start as an installed hegao has it: with the modules' bytecode (pip compiles it when it
# installs; PYTHONDONTWRITEBYTECODE would make every start compile every module again).
WITH_BYTECODE = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def cold_start(args: list[str], runs: int = 5) -> float:
    """Best wall time of ``hegao ARGS`` in a fresh interpreter (the first run writes bytecode)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "checker", *args], cwd=ROOT, env=WITH_BYTECODE,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times)
