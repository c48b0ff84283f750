"""``--format github``: one workflow command a finding, escaped as GitHub requires."""

import re

from checker.cli import main
from checker.findings import Severity
from checker.report import render
from checker.report.github import escape_data, escape_property
from tests.report_helpers import diagnostic, options, result, span

COMMAND = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")


def parse(line: str) -> tuple[str, dict[str, str], str]:
    command, props, message = COMMAND.match(line).groups()
    return command, dict(p.split("=", 1) for p in props.split(",")), message


def github(*results, **fields) -> list[str]:
    return render(list(results), options("github", **fields)).splitlines()


def test_one_command_a_finding_with_severity_and_place():
    text = "第一行\n全年共接待1243万人次，其中１２项。"
    res = result(text,
                 diagnostic(text, span(text, "1243万人次"), calc="1100 + 134 = 1234 ≠ 1243", help="核对"),
                 diagnostic(text, span(text, "１２项"), rule="N102", severity=Severity.WARNING, name="missing-unit"),
                 diagnostic(text, span(text, "第一"), rule="S401", severity=Severity.INFO, name="heading"))
    commands = [parse(line) for line in github(res)]
    assert [c for c, _, _ in commands] == ["error", "warning", "notice"]
    _, props, message = commands[0]
    assert props == {"file": "报告.txt", "line": "2", "col": "6", "endLine": "2", "endColumn": "13",
                     "title": "A201 breakdown-sum"}
    assert message.split("%0A")[1:] == ["计算：1100 + 134 = 1234 ≠ 1243", "建议：核对"]


def test_span_across_lines_gives_lines_only():
    text = "开头跨\n行的内容"
    props = parse(github(result(text, diagnostic(text, (1, 6))))[0])[1]
    assert props["line"] == "1" and props["endLine"] == "2"
    assert "col" not in props and "endColumn" not in props


def test_escaping():
    assert escape_data("100%\r\n完成: a,b") == "100%25%0D%0A完成: a,b"
    assert escape_property("dir/a:b,c%.txt") == "dir/a%3Ab%2Cc%25.txt"
    text = "增长100%，完成"
    d = diagnostic(text, span(text, "100%"), path="报告,2021:终稿.txt", message="比率 100% 有误\n第二行")
    command, props, message = parse(github(result(text, d, path=d.path))[0])
    assert props["file"] == "报告%2C2021%3A终稿.txt"
    assert message.startswith("比率 100%25 有误%0A第二行")


def test_end_to_end(capsys):
    main(["check", "seeds/001_fe85392cbbe105c4.txt", "--format", "github"])
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(COMMAND.match(line) for line in lines)
    assert all(parse(line)[1]["file"] == "seeds/001_fe85392cbbe105c4.txt" for line in lines)
