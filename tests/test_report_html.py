"""``--format html``: a standalone page where every finding has a highlight, the report text is
kept exactly and escaped, and nothing is loaded from outside."""

from html.parser import HTMLParser

from checker.cli import main
from checker.findings import Severity
from checker.report import render
from tests.report_helpers import diagnostic, options, result, span

VOID = {"meta", "br", "link", "img", "input", "hr"}


class Page(HTMLParser):
    """What the tests look at: ids, marks, links, resource attributes, and the text of each
    ``.text`` block without the explanations inside it."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, set[str]]] = []
        self.ids: dict[str, str] = {}
        self.marks: list[dict[str, str]] = []
        self.links: list[str] = []
        self.resources: list[str] = []
        self.texts: list[str] = []
        self.feed(html)
        self.close()
        assert not self.stack, f"unclosed {self.stack}"

    def inside(self, cls: str) -> bool:
        return any(cls in classes for _, classes in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = set((attrs.get("class") or "").split())
        if "id" in attrs:
            assert attrs["id"] not in self.ids, f"duplicate id {attrs['id']}"
            self.ids[attrs["id"]] = tag
        if tag == "mark":
            self.marks.append(attrs)
        if tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])
        self.resources += [v for k, v in attrs.items() if k in ("src", "href", "action", "srcset") and v]
        if tag in ("script", "link", "img", "iframe", "object"):
            self.resources.append(tag)
        if "text" in classes:
            self.texts.append("")
        if tag not in VOID:
            self.stack.append((tag, classes))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        if self.inside("text") and not self.inside("tip") and not self.inside("gap"):
            self.texts[-1] += data


def html(*results, **fields) -> str:
    return render(list(results), options("html", **fields))


def test_every_finding_has_a_highlight_and_a_link():
    text = "全年共接待1243万人次，其中国内1100万人次、入境134万人次。\n共有XX所学校"
    total = span(text, "1243万人次")
    res = result(text,
                 diagnostic(text, total, labels=(span(text, "1100万人次") + ("分项",),), calc="1100 + 134 = 1234"),
                 diagnostic(text, span(text, "XX"), rule="T302", severity=Severity.WARNING),
                 diagnostic(text, span(text, "1243"), rule="N101", severity=Severity.INFO))  # overlaps the first
    page = Page(html(res))
    covered = {f for mark in page.marks for f in mark["data-findings"].split()}
    assert covered == {"file0-0", "file0-1", "file0-2"}
    assert all(f"#{id_}" in page.links for id_ in covered)
    assert all(page.ids[id_] in ("mark", "span") for id_ in covered)
    assert page.texts == [text]
    assert {mark["class"] for mark in page.marks} == {"error", "warning"}  # the overlap shows the worse


def test_text_and_messages_are_escaped():
    text = '<script>alert("x")</script> & 共有<b>XX</b>所'
    d = diagnostic(text, span(text, "XX"), message='<img src=x onerror="y">', help="<i>", calc="1 < 2 & 3 > 2",
                   path="<a>.txt")
    out = html(result(text, d, path=d.path))
    page = Page(out)
    assert page.texts == [text]
    assert "<script>" not in out and "<img" not in out and "<b>" not in out and "<i>" not in out
    assert "&lt;img src=x" in out


def test_loads_nothing_from_outside():
    text = "详见 https://example.org 共有XX所"
    page = Page(html(result(text, diagnostic(text, span(text, "XX")))))
    assert all(value.startswith("#") for value in page.resources), page.resources


def test_several_files_get_sections_and_empty_spans_a_mark():
    first, second = "共有XX所", "文末缺正文"
    page = Page(html(result(first, diagnostic(first, span(first, "XX")), path="a.txt"),
                     result(second, diagnostic(second, (len(second), len(second)), path="b.txt"), path="b.txt"),
                     result("没有问题", path="c.txt")))
    assert {"file0", "file1", "file2"} <= set(page.ids)
    assert {"#file0", "#file1", "#file2"} <= set(page.links)
    assert page.texts == [first, second, "没有问题"]
    assert {f for mark in page.marks for f in mark["data-findings"].split()} == {"file0-0", "file1-0"}


def test_end_to_end(tmp_path):
    out = tmp_path / "report.html"
    main(["check", "seeds", "--format", "html", "-o", str(out)])
    page = Page(out.read_text(encoding="utf-8"))
    assert page.marks and all(v.startswith("#") for v in page.resources)
