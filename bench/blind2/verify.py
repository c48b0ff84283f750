#!/usr/bin/env python3
"""Verify the blind2 labels: offsets, overlaps, arithmetic, and scan the texts for unlabelled slips.

    python3 bench/blind2/verify.py        (from /work/main)

Each label's optional "check" is "EXPR ~ STATED": EXPR recomputes the figure from the other
figures in the text, STATED is the figure the text gives. Clean labels must agree within the
rounding of STATED; defect labels must disagree by more than twice that rounding.
AUX lists correct, unlabelled arithmetic in the texts (breakdowns, rates) that must also agree.
"""
import datetime, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
AUX = [
    ('200_market_regulation.txt', '8.12+20.03+0.49 ~ 28.64'),
    ('200_market_regulation.txt', '26.69+3.96-2.01 ~ 28.64'),
    ('200_market_regulation.txt', '11.94/12.6*100 ~ 94.8'),
    ('200_market_regulation.txt', '312/18600*100 ~ 1.68'),
    ('200_market_regulation.txt', '612+238+175+326+455 ~ 1806'),
    ('200_market_regulation.txt', '412/1030*100 ~ 40'),
    ('201_agriculture.txt', '(32.64-31.88)/31.88*100 ~ 2.4'),
    ('201_agriculture.txt', '(12.36-12.80)/12.80*100 ~ -3.4'),
    ('201_agriculture.txt', '(6.82-6.55)/6.55*100 ~ 4.1'),
    ('202_university.txt', '21480+9260+1910 ~ 32650'),
    ('202_university.txt', '2314/2440*100 ~ 94.8'),
    ('202_university.txt', '5420+2440 ~ 7860'),
    ('202_university.txt', '4998+2314 ~ 7312'),
    ('202_university.txt', '416/2380*100 ~ 17.5'),
    ('202_university.txt', '16.2+7.9+4.5 ~ 28.6'),
    ('203_transport.txt', '1012+128+146 ~ 1286'),
    ('203_transport.txt', '0.6218+2.18+18.56 ~ 21.36'),
    ('203_transport.txt', '(21.36-21.05)/21.05*100 ~ 1.5'),
    ('203_transport.txt', '(6218-5906)/5906*100 ~ 5.3'),
    ('203_transport.txt', '5906+312 ~ 6218'),
    ('203_transport.txt', '(18.2-15.6)/15.6*100 ~ 16.7'),
    ('205_housing.txt', '14+12+11+9 ~ 46'),
    ('205_housing.txt', '3860+3420+2980+2540 ~ 12800'),
    ('205_housing.txt', '1200+960+700 ~ 2860'),
    ('205_housing.txt', '108.6/126.8*100 ~ 85.6')
]

def load(name):
    return [json.loads(l) for l in open(HERE / name, encoding="utf-8") if l.strip()]

def compute(check):
    expr, stated = (s.strip() for s in check.split("~"))
    got = eval(expr, {"__builtins__": {}})
    dec = len(stated.split(".")[1]) if "." in stated else 0
    tol = 0.5 * 10 ** -dec + 1e-9
    # a planted figure must miss by more than its rounding; decimals get a double margin
    return got, float(stated), tol, (2 * tol if dec else tol)

errors = []
def err(msg):
    errors.append(msg); print("ERROR", msg)

defects, clean = load("defects.jsonl"), load("clean.jsonl")
texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(HERE.glob("*.txt"))}
for lab in defects + clean:
    t = texts[lab["doc"]]
    if t[lab["start"]:lab["end"]] != lab["text"]:
        err(f"offset mismatch {lab}")
    if "check" in lab:
        got, stated, tol, margin = compute(lab["check"])
        if lab["category"] == "clean" and abs(got - stated) > tol:
            err(f"clean figure is wrong: {lab['doc']} {lab['text']!r} {lab['check']} -> {got:.4f}")
        if lab["category"] != "clean" and abs(got - stated) <= margin:
            err(f"planted figure is within rounding: {lab['doc']} {lab['text']!r} {lab['check']} -> {got:.4f}")
        print(f"  {lab['category']:18s} {lab['doc'][:3]} {lab['text']!r:14s} {lab['check']:42s} computed {got:.3f}")
for doc, check in AUX:
    got, stated, tol, _ = compute(check)
    if abs(got - stated) > tol:
        err(f"unlabelled arithmetic is wrong: {doc} {check} -> {got:.4f}")
for doc in texts:
    labs = sorted((l for l in defects + clean if l["doc"] == doc), key=lambda l: l["start"])
    for a, b in zip(labs, labs[1:]):
        if b["start"] < a["end"]:
            err(f"overlap {doc}: {a['text']!r} / {b['text']!r}")
    n = len(texts[doc])
    nd = sum(l["doc"] == doc for l in defects); nc = sum(l["doc"] == doc for l in clean)
    print(f"{doc}: {n} chars, {nd} defects, {nc} clean")
    if not 2500 <= n <= 5000: err(f"{doc} length {n}")
    if not 10 <= nd <= 14 or not 6 <= nc <= 10: err(f"{doc} label counts {nd}/{nc}")

# Scan outside the defect spans for slips the labels lack.
for doc, t in texts.items():
    mask = list(t)
    for l in defects:
        if l["doc"] == doc:
            for i in range(l["start"], l["end"]): mask[i] = "\0"
    s = "".join(mask)
    for m in re.finditer(r"[,;:?!()]", s):
        err(f"{doc}:{m.start()} half-width {m.group()!r} in {t[max(0,m.start()-10):m.start()+10]!r}")
    for o, c in ("“”", "（）", "《》", "【】", "〔〕"):
        if s.count(o) != s.count(c):
            err(f"{doc}: unbalanced {o}{c} outside labels: {s.count(o)} vs {s.count(c)}")
    for m in re.finditer(r"××|XX|xx|○○|TODO|【待定】|202X|X月|X日", s):
        err(f"{doc}:{m.start()} placeholder {m.group()!r}")
    for m in re.finditer(r"\d [\u4e00-\u9fff%]|[\u4e00-\u9fff] \d", s):
        err(f"{doc}:{m.start()} number spacing {m.group()!r}")
    for m in re.finditer(r"([\u4e00-\u9fff]{2})\1|([\u4e00-\u9fff])\2", s):
        print(f"  note {doc}:{m.start()} doubled {m.group()!r} in {t[max(0,m.start()-6):m.end()+6]!r}")
    for m in re.finditer(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s):
        try: datetime.date(*map(int, m.groups()))
        except ValueError: err(f"{doc}:{m.start()} invalid date {m.group()!r}")
    heads = re.findall(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|（\d+）)", t, re.M)
    print("  headings:", " ".join(heads))
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
