"""Regenerate the golden files of the sample reports; review the result as a git diff.

    python tests/golden/regenerate.py

For each report in seeds/: ``claims/NAME.json`` (every claim, as ``hegao claims --format
json`` prints it) and ``check/NAME.txt`` (the exact terminal output of ``hegao check``, plain
text at width 100). Golden files are generated, never edited by hand; tests/test_golden.py
fails when the code's output differs from them.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SEEDS = ROOT / "seeds"


def golden_outputs() -> dict[Path, str]:
    """The golden files' paths and the text they must hold."""
    from checker.cli import main

    outputs = {}
    for seed in sorted(SEEDS.glob("*.txt")):
        relative = seed.relative_to(ROOT)
        for folder, argv in (
            ("claims", ["claims", str(relative), "--format", "json"]),
            ("check", ["check", str(relative), "--color", "never"]),
        ):
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                main(argv)
            suffix = ".json" if folder == "claims" else ".txt"
            outputs[HERE / folder / (seed.stem + suffix)] = out.getvalue()
    return outputs


def main() -> int:
    os.chdir(ROOT)
    os.environ["COLUMNS"] = "100"
    for path, text in golden_outputs().items():
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
