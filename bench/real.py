"""Score hegao on real text: the samples and the labelled sets of ``../shared/corpus/real-dev/``.

    python bench/real.py                 # one summary line a set, then recall per category
    python bench/real.py --verbose arith # every miss, false alarm and unlabelled finding of a set
    python bench/real.py --quiet-on provincial  # findings on the carefully edited reports

The labels are read in place (never copied into the project). A finding matches a label when
the spans overlap in the same file, as ``../shared/tools/seedscore.py`` scores them; this script
imports nothing from there and keeps its own copy of that one comparison so that it can report
per set and per category in one run. It measures; it is not a test.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SETS = {
    "seeds": SHARED / "seeds",
    "natural": SHARED / "corpus/real-dev/natural",
    "injected": SHARED / "corpus/real-dev/injected",
    "arith": SHARED / "corpus/real-dev/arith",
}
PROVINCIAL = SHARED / "corpus/provincial-2026"
ARITHMETIC = {"breakdown_sum", "rate_mismatch", "share_mismatch", "change_mismatch", "percent_sum",
              "subset_exceeds_total", "percent_over_100", "enumeration_count", "repeated_figure"}


def findings(folder: Path, extra: list[str]) -> list[dict]:
    out = subprocess.run([sys.executable, "-m", "checker", "check", str(folder), "--format", "jsonl",
                          "--fail-on", "error", *extra], capture_output=True, text=True, cwd=ROOT)
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def labels(folder: Path, name: str) -> list[dict]:
    path = folder / name
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"] or a["start"] == b["start"]


def score(folder: Path, found: list[dict]):
    by_doc = defaultdict(list)
    for f in found:
        by_doc[Path(f["path"]).name].append(f)
    hit, total, missed, used = Counter(), Counter(), [], set()
    for d in labels(folder, "defects.jsonl"):
        total[d["category"]] += 1
        hits = [i for i, f in enumerate(by_doc[d["doc"]]) if overlaps(f, d)]
        hit[d["category"]] += bool(hits)
        used.update((d["doc"], i) for i in hits)
        if not hits:
            missed.append(d)
    false_alarms = []
    for c in labels(folder, "clean.jsonl"):
        for i, f in enumerate(by_doc[c["doc"]]):
            if overlaps(f, c):
                false_alarms.append((c, f))
                used.add((c["doc"], i))
    for c in labels(folder, "ignore.jsonl"):
        used.update((c["doc"], i) for i, f in enumerate(by_doc[c["doc"]]) if overlaps(f, c))
    unlabelled = [f for doc, fs in by_doc.items() for i, f in enumerate(fs) if (doc, i) not in used]
    return hit, total, missed, false_alarms, unlabelled


def summary(name: str, hit: Counter, total: Counter, false_alarms, unlabelled) -> str:
    arith = [c for c in total if c in ARITHMETIC]
    a_hit, a_total = sum(hit[c] for c in arith), sum(total[c] for c in arith)
    n = sum(total.values())
    return (f"{name:9s} recall {sum(hit.values())}/{n} = {sum(hit.values()) / max(n, 1):.1%}"
            f"   arithmetic {a_hit}/{a_total} = {a_hit / max(a_total, 1):.1%}"
            f"   false alarms {len(false_alarms)}   unlabelled {len(unlabelled)}")


def provincial(extra: list[str], verbose: bool) -> None:
    found = [f for f in findings(PROVINCIAL, extra) if f["severity"] in ("error", "warning")]
    chars = sum(len(p.read_text(encoding="utf-8")) for p in PROVINCIAL.glob("*.txt"))
    rules = Counter(f["rule"] for f in found)
    print(f"provincial {len(found)} errors and warnings in {chars} characters "
          f"({len(found) / chars * 20000:.2f} per 20,000): {dict(sorted(rules.items()))}")
    if verbose:
        for f in found:
            print(f"  {Path(f['path']).name}:{f['line']} {f['rule']} {f['message']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", default=list(SETS) + ["provincial"])
    parser.add_argument("--verbose", action="store_true", help="list misses, false alarms, unlabelled findings")
    parser.add_argument("--select", help="passed to hegao check")
    args = parser.parse_args()
    extra = ["--select", args.select] if args.select else []
    for name in args.sets:
        if name == "provincial":
            provincial(extra, args.verbose)
            continue
        folder = SETS[name]
        hit, total, missed, false_alarms, unlabelled = score(folder, findings(folder, extra))
        print(summary(name, hit, total, false_alarms, unlabelled))
        print("   " + "  ".join(f"{c} {hit[c]}/{total[c]}" for c in sorted(total)))
        if args.verbose:
            for d in missed:
                print(f"  missed  {d['doc']}:{d['start']}-{d['end']} {d['category']}: {d['text'][:80]!r}")
            for c, f in false_alarms:
                print(f"  FALSE   {c['doc']}:{c['start']} {c['text'][:60]!r} by {f['rule']}: {f['message']}")
            for f in unlabelled:
                print(f"  unlab.  {Path(f['path']).name}:{f['start']}-{f['end']} {f['rule']}: {f['message']}")


if __name__ == "__main__":
    main()
