"""Web pages saved from a browser: the article's text, one paragraph a line.

The standard library's ``html.parser`` is enough: pages are read once, and only their text
matters. Scripts, styles, forms, navigation, headers, footers and asides are dropped.

The article is found in two steps. First the *paragraph parent*: the element whose own text and
paragraph-like children (p, span, font, strong …) hold the most 汉字 — on a government page this
is the list of <p> of the article body. Then, if a common content container (div.TRS_Editor,
#zoom, .article, .content, <article>, <main> …) encloses it, the innermost such container is
taken instead, so an article split over several blocks is read whole. An enclosing container
that adds little text is taken in turn (``WIDEN``): the ``.article`` that holds the title ``<h1>``,
the 【字号】/打印 line and the ``TRS_Editor`` of the body is read whole, while a page-wide
``.content`` holding lists of links is not. Page controls inside the article (打印, 【字号】)
stay: they are page text, not markup, and T303 reports them.

The encoding is the BOM's, else the <meta> charset's, else UTF-8 or GB18030 as for text files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from checker.read import InputError, Source, read_bytes
from checker.read.text import decode

SKIPPED = {"script", "style", "noscript", "template", "head", "title", "nav", "header", "footer",
           "aside", "form", "select", "button", "iframe", "svg", "object"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
BREAKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "ul", "ol",
          "dl", "dt", "dd", "blockquote", "section", "article", "main", "pre", "hr", "center"}
CELLS = {"td", "th"}
PARAGRAPH_LIKE = {"p", "span", "font", "strong", "b", "em", "i", "u", "br", "center"}
CONTAINER_NAMES = {"trs_editor", "zoom", "article", "content", "article-content", "article_content",
                   "articlecontent", "main-content", "pages_content", "view", "text", "detail",
                   "con", "news_content", "arti_content", "mainbody"}
CONTAINER_TAGS = {"article", "main"}

META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_-]+)", re.IGNORECASE)
MAX_DEPTH = 200  # deeper elements (unclosed tags by the thousand) join their ancestor's text
HAN = re.compile(r"[\u3400-\u9fff]")
# An enclosing container is taken when the 汉字 it adds are at most this many, or this share of
# the article's: a title and a line of page controls, not a column of links.
WIDEN = (80, 0.25)
SPACES = re.compile(r"[ \t\r\n\f]+")


@dataclass(eq=False)
class Element:
    tag: str
    attrs: dict[str, str]
    parent: "Element | None" = None
    children: list["Element | str"] = field(default_factory=list)

    def is_container(self) -> bool:
        names = {self.attrs.get("id") or ""} | set((self.attrs.get("class") or "").split())
        return self.tag in CONTAINER_TAGS or bool({n.lower() for n in names} & CONTAINER_NAMES)


class TreeBuilder(HTMLParser):
    """A lenient element tree without the skipped elements; unmatched end tags are ignored,
    and nesting stops at ``MAX_DEPTH`` so that walking the tree never hits the recursion limit."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {})
        self.stack = [self.root]
        self.skipping = 0  # depth inside a skipped element

    def handle_starttag(self, tag, attrs):
        if self.skipping:
            self.skipping += tag not in VOID
            return
        if tag in SKIPPED:
            self.skipping = 1
            return
        if len(self.stack) > MAX_DEPTH:
            return
        element = Element(tag, {k: v or "" for k, v in attrs}, self.stack[-1])
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag):
        if self.skipping:
            self.skipping -= tag not in VOID
            return
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        if not self.skipping:
            self.stack[-1].children.append(data)


def han_counts(root: Element) -> dict[Element, int]:
    """汉字 in each element's whole text."""
    counts: dict[Element, int] = {}

    def visit(element: Element) -> int:
        counts[element] = sum(visit(c) if isinstance(c, Element) else len(HAN.findall(c))
                              for c in element.children)
        return counts[element]

    visit(root)
    return counts


def main_content(root: Element) -> Element:
    counts = han_counts(root)

    def own_text(element: Element) -> int:
        return sum(len(HAN.findall(c)) if isinstance(c, str)
                   else counts[c] if c.tag in PARAGRAPH_LIKE else 0 for c in element.children)

    best = max(counts, key=own_text)
    node: Element | None = best
    while node is not None and not node.is_container():
        node = node.parent
    if node is None:
        return best
    article = node
    while (node := node.parent) is not None:
        added = counts[node] - counts[article]
        if added > max(WIDEN[0], WIDEN[1] * counts[article]):
            break
        if node.is_container():
            article = node
    return article


def render(element: Element) -> str:
    parts: list[str] = []

    def visit(node: Element | str) -> None:
        if isinstance(node, str):
            parts.append(SPACES.sub(" ", node))
            return
        if node.tag in BREAKS:
            before, after = "\n", "\n"
        else:
            before, after = "", "\t" if node.tag in CELLS else ""
        parts.append(before)
        for child in node.children:
            visit(child)
        parts.append(after)

    visit(element)
    lines = (line.strip(" \t") for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def decode_html(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16").replace("\r\n", "\n")
        except UnicodeDecodeError:
            raise InputError(f"{name}: cannot decode as UTF-16") from None
    declared = META_CHARSET.search(data[:4096])
    if declared and not data.startswith(b"\xef\xbb\xbf"):
        charset = declared.group(1).decode("ascii").lower()
        if charset in ("gb2312", "gbk", "x-gbk"):
            charset = "gb18030"  # a superset; pages declared GB2312 often hold GBK characters
        try:
            return data.decode(charset).replace("\r\n", "\n")
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data, name)[0]


def html_text(markup: str) -> str:
    """The article text of an HTML page."""
    builder = TreeBuilder()
    builder.feed(markup)
    builder.close()
    return render(main_content(builder.root))


def read_html(path: Path) -> Source:
    data = read_bytes(path)
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: not a text file (binary content)")
    markup = decode_html(data, str(path))
    try:
        return Source(str(path), html_text(markup))
    except AssertionError as error:  # html.parser's way to refuse a broken <![ declaration
        raise InputError(f"{path}: malformed HTML ({error})") from None
