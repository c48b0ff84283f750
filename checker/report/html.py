"""``--format html``: one standalone page for an editor to open in a browser
(``hegao check 报告.txt --format html -o report.html``).

For each file the page lists the findings by severity, each linking to its place, and then shows
the whole text with every finding highlighted in its severity's colour. Hovering, focusing
(Tab) or following a link to a highlight opens its explanation in a panel at the bottom right of
the window: code and name, message, arithmetic, help, the labelled numbers. Secondary labels are
underlined with a dotted line. Where findings overlap, the text is cut at every span boundary and
each piece is marked with the most severe of the findings covering it and explains them all.

The page loads nothing: its CSS is inline, it has no script and no outside link, and every text
from the report or the findings is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from checker.report.summary import severity_line

# Marks the page as hegao's, so that a folder walk does not check it again (checker.discover)
REPORT_MARK = '<meta name="generator" content="hegao">'
from checker.report.words import calc_label, help_label, severity_name

WORDS = {
    "zh": {"title": "核稿报告", "findings": "问题", "text": "正文", "none": "未发现问题", "files": "文件"},
    "en": {"title": "hegao report", "findings": "Findings", "text": "Text", "none": "No problems found",
           "files": "Files"},
}

CSS = """
body { font: 15px/1.6 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0 auto;
       max-width: 62em; padding: 1em 2em; color: #1f2328; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1em; margin: .8em 0 .2em; }
h4 { font-size: .9em; margin: .6em 0 .2em; border-left: 4px solid; padding-left: .5em; }
code { font: .9em ui-monospace, monospace; }
ul.findings { list-style: none; padding-left: 0; margin: 0; }
ul.findings li { padding: .15em .5em; border-left-width: 4px; border-left-style: solid; margin: .15em 0; }
ul.findings a { font-family: ui-monospace, monospace; font-size: .9em; margin-right: .5em; }
.calc { color: #57606a; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa; padding: 1em;
        border-radius: 6px; line-height: 2; }
mark { color: inherit; border-bottom: 3px solid; padding: 0 1px; cursor: pointer;
       scroll-margin-top: 30vh; }
mark:target { outline: 2px solid #0969da; }
.label { border-bottom: 2px dotted #0969da; }
.tip { display: none; position: fixed; right: 1em; bottom: 1em; z-index: 1; width: 28em;
       max-width: calc(100vw - 2em); white-space: normal; background: #fff; border: 1px solid #d0d7de;
       border-radius: 6px; box-shadow: 0 4px 12px rgba(0,0,0,.15); padding: .5em .7em;
       line-height: 1.5; font-size: .9em; cursor: auto; }
mark:hover .tip, mark:focus .tip, mark:target .tip { display: block; }
.tip .finding { display: block; }
.tip .finding + .finding { border-top: 1px solid #d0d7de; margin-top: .4em; padding-top: .4em; }
.tip .head { font-weight: 600; }
.gap { color: #57606a; }
.error { border-color: #cf222e; } mark.error { background: #ffebe9; }
.warning { border-color: #bf8700; } mark.warning { background: #fff8c5; }
.info { border-color: #0969da; } mark.info { background: #ddf4ff; }
"""


@dataclass(frozen=True)
class Piece:
    """A stretch of text with the findings and labels covering it."""

    start: int
    end: int
    findings: tuple[int, ...]  # indexes into the file's diagnostics
    labels: tuple[tuple[int, str], ...]  # (diagnostic index, label text)


def render(results, options) -> str:
    lang = "zh" if options.lang == "zh" else "en"
    words = WORDS[lang]
    body = [f"<h1>{escape(words['title'])}</h1>", f"<p>{escape(severity_line(results, lang))}</p>"]
    if len(results) > 1:
        body.append(f"<nav><h2>{escape(words['files'])}</h2><ul>")
        body += [f'<li><a href="#file{i}">{escape(r.path)}</a> ({len(r.diagnostics)})</li>'
                 for i, r in enumerate(results)]
        body.append("</ul></nav>")
    for i, result in enumerate(results):
        body += file_section(result, f"file{i}", lang)
    return (
        f'<!DOCTYPE html>\n<html lang="{"zh-CN" if lang == "zh" else "en"}">\n<head>\n<meta charset="utf-8">\n'
        f'{REPORT_MARK}\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(words['title'])}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body) + "\n</body>\n</html>\n"
    )


def file_section(result, file_id: str, lang: str) -> list[str]:
    words = WORDS[lang]
    ids = [f"{file_id}-{n}" for n in range(len(result.diagnostics))]
    parts = [f'<section id="{file_id}">', f"<h2>{escape(result.path)}</h2>"]
    if result.diagnostics:
        parts.append(f"<h3>{escape(words['findings'])}</h3>")
        parts += finding_list(result.diagnostics, ids, lang)
    else:
        parts.append(f"<p>{escape(words['none'])}</p>")
    parts.append(f"<h3>{escape(words['text'])}</h3>")
    parts.append('<div class="text">' + marked_text(result.text, result.diagnostics, ids, lang) + "</div>")
    parts.append("</section>")
    return parts


def finding_list(diagnostics, ids: list[str], lang: str) -> list[str]:
    """The findings grouped by severity, the most severe first, each linking to its highlight."""
    items = []
    for severity in sorted({d.severity for d in diagnostics}, reverse=True):
        group = [n for n, d in enumerate(diagnostics) if d.severity == severity]
        items.append(f'<h4 class="{severity.label}">{escape(severity_name(severity, lang))} {len(group)}</h4>')
        items.append('<ul class="findings">')
        for n in group:
            d = diagnostics[n]
            calc = f' <span class="calc">{escape(calc_label(lang) + d.calc)}</span>' if d.calc else ""
            items.append(f'<li class="{severity.label}"><a href="#{ids[n]}">{d.line}:{d.column}</a>'
                         f"<code>{escape(d.rule)}</code> {escape(d.message)}{calc}</li>")
        items.append("</ul>")
    return items


def pieces(text: str, diagnostics) -> list[Piece]:
    """The text cut at every span boundary. An empty span covers the character after it, or
    stays empty at the end of the text."""
    spans = [(d.start, max(d.end, min(d.start + 1, len(text)))) for d in diagnostics]
    labels = [(s, e, n, t) for n, d in enumerate(diagnostics) for s, e, t in d.labels if s < e]
    cuts = sorted({0, len(text), *(x for span in spans for x in span), *(x for s, e, *_ in labels for x in (s, e))})
    result = []
    for a, b in zip(cuts, cuts[1:]):
        result.append(Piece(a, b, tuple(n for n, (s, e) in enumerate(spans) if s <= a and b <= e),
                            tuple((n, t) for s, e, n, t in labels if s <= a and b <= e)))
    result += [Piece(s, s, (n,), ()) for n, (s, e) in enumerate(spans) if s == e]  # empty at the end
    return result


def marked_text(text: str, diagnostics, ids: list[str], lang: str) -> str:
    out = []
    anchored: set[int] = set()
    for piece in pieces(text, diagnostics):
        content = escape(text[piece.start:piece.end]) or '<span class="gap">‸</span>'
        if piece.labels:
            title = "; ".join(f"{t} ({diagnostics[n].rule})" for n, t in piece.labels)
            content = f'<span class="label" title="{escape(title)}">{content}</span>'
        if not piece.findings:
            out.append(content)
            continue
        new = [n for n in piece.findings if n not in anchored]
        anchored.update(new)
        out += [f'<span id="{ids[n]}"></span>' for n in new[1:]]
        severity = max(diagnostics[n].severity for n in piece.findings)
        id_attr = f' id="{ids[new[0]]}"' if new else ""
        covering = " ".join(ids[n] for n in piece.findings)
        tip = "".join(explanation(diagnostics[n], text, lang) for n in piece.findings)
        out.append(f'<mark{id_attr} class="{severity.label}" tabindex="0" data-findings="{covering}">'
                   f'{content}<span class="tip">{tip}</span></mark>')
    return "".join(out)


def explanation(d, text: str, lang: str) -> str:
    """One finding's explanation in a highlight's tip."""
    lines = [f'<span class="head">{escape(severity_name(d.severity, lang))}[{escape(d.rule)}] '
             f"{escape(d.name)}</span>", escape(d.message)]
    if d.calc:
        lines.append(escape(calc_label(lang) + d.calc))
    lines += [f"{escape(label)}：{escape(text[s:e])}" if lang == "zh" else f"{escape(label)}: {escape(text[s:e])}"
              for s, e, label in d.labels]
    if d.help:
        lines.append(escape(help_label(lang) + d.help))
    if d.place:
        lines.append(escape(d.place))
    return f'<span class="finding">{"<br>".join(lines)}</span>'

