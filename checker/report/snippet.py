"""The source lines under a diagnostic, laid out in terminal columns.

Spans are character offsets; this module alone turns them into display columns, measuring each
character with ``rich.cells.cell_len`` (汉字 and full-width characters such as １２ and ％ take
two columns). A tab shows as four spaces and a control character as a visible symbol, in the
shown line and when counting the columns of the marks alike, so carets sit under the characters
they mark.

A long line (a report's paragraph runs to hundreds of characters) is cut to a window that holds
every mark on it, widened with context on both sides until it fills the available width; each cut
shows as ``…``. When the marks lie too far apart for one window (a label on a number two hundred
characters before the finding), each group of nearby marks gets a window of its own, sharing the
width, and the text between the windows is cut. Marks themselves are never cut, so a mark wider
than the width makes a line wider than the width. A span that crosses lines is marked on its
first line only; an empty span gets one mark at its place.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from rich.cells import cell_len

from checker.document.lines import LineIndex

TAB = "    "
ELLIPSIS = "…"
MIN_WIDTH = 20  # even a narrow terminal shows some context
GAP = 16  # marks closer than this many columns share a window: a cut would hide too little


@dataclass(frozen=True)
class Mark:
    """A span to underline: the primary one (``^``) or a secondary label (``-``) with its text."""

    start: int
    end: int
    primary: bool
    text: str = ""


@dataclass(frozen=True)
class Underline:
    column: int  # 0-based display column in the shown line
    width: int
    mark: Mark


@dataclass(frozen=True)
class SourceLine:
    number: int  # 1-based
    shown: str
    underlines: tuple[Underline, ...]
    label_rows: tuple[tuple[Underline, ...], ...]  # the marks' texts, spread over rows so none overlap


def shown_char(char: str) -> str:
    """What a character looks like in the shown line: tabs expanded, controls made visible."""
    if char == "\t":
        return TAB
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟
    if code == 0x7F or 0x80 <= code < 0xA0:
        return "\ufffd"
    return char


def source_lines(text: str, index: LineIndex, marks: list[Mark], width: int) -> list[SourceLine]:
    """One ``SourceLine`` for every line holding the start of a mark, in line order;
    ``width`` is the number of columns the shown text may take."""
    by_line = groupby(sorted(marks, key=lambda m: (m.start, not m.primary)), key=lambda m: index.line_of(m.start))
    return [_source_line(text, index, number, list(group), max(width, MIN_WIDTH)) for number, group in by_line]


def _source_line(text: str, index: LineIndex, number: int, marks: list[Mark], width: int) -> SourceLine:
    line_start, line_end = index.line_span(number)
    pieces = [shown_char(c) for c in text[line_start:line_end]]
    widths = [cell_len(p) for p in pieces]
    spans = [_clip(m, line_start, line_end) for m in marks]
    shown: list[str] = []
    window_columns = []  # (first character, its display column) of each window
    previous_end = 0
    for first, last in _windows(widths, spans, width):
        if first > previous_end:
            shown.append(ELLIPSIS)
        window_columns.append((first, sum(cell_len(part) for part in shown)))
        shown += pieces[first:last]
        previous_end = last
    if previous_end < len(pieces):
        shown.append(ELLIPSIS)

    def column(position: int) -> int:
        first, start_column = next(w for w in reversed(window_columns) if w[0] <= position)
        return start_column + sum(widths[first:position])

    underlines = tuple(
        Underline(column(s), max(1, sum(widths[s:e])), mark) for mark, (s, e) in zip(marks, spans)
    )
    return SourceLine(number + 1, "".join(shown), underlines, _label_rows(underlines))


def _clip(mark: Mark, line_start: int, line_end: int) -> tuple[int, int]:
    """The mark's span on its first line, relative to the line; at least one character."""
    start = mark.start - line_start
    end = min(mark.end, line_end) - line_start
    return start, max(end, start + 1)


def _windows(widths: list[int], spans: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """The parts of the line to show, in order: one window around all spans if they fit the
    width, else one around each group of nearby spans, each widened by a share of the width."""
    n = len(widths)
    groups: list[list[int]] = []
    for s, e in sorted(spans):
        if groups and sum(widths[groups[-1][1]:s]) <= GAP:
            groups[-1][1] = max(groups[-1][1], min(e, n))
        else:
            groups.append([s, min(e, n)])
    first, last = groups[0][0], groups[-1][1]
    if len(groups) == 1 or sum(widths[first:last]) + 2 <= width:
        return [_window(widths, first, last, width)]
    share = max(0, width - sum(sum(widths[a:b]) for a, b in groups) - len(groups) - 1) // len(groups)
    windows: list[tuple[int, int]] = []
    for a, b in groups:
        a, b = _window(widths, a, b, sum(widths[a:b]) + share + 2)
        if windows and a <= windows[-1][1]:
            a = windows.pop()[0]
        windows.append((a, b))
    return windows


def _window(widths: list[int], first: int, last: int, width: int) -> tuple[int, int]:
    """Widen ``[first, last)`` alternately left and right while it fits ``width`` columns,
    counting one column for each ``…`` a cut end needs."""
    used = sum(widths[first:last])

    def fits(extra: int, new_first: int, new_last: int) -> bool:
        ellipses = (new_first > 0) + (new_last < len(widths))
        return used + extra + ellipses <= width

    grown = True
    while grown:
        grown = False
        if first > 0 and fits(widths[first - 1], first - 1, last):
            first -= 1
            used += widths[first]
            grown = True
        if last < len(widths) and fits(widths[last], first, last + 1):
            used += widths[last]
            last += 1
            grown = True
    return first, last


def _label_rows(underlines: tuple[Underline, ...]) -> tuple[tuple[Underline, ...], ...]:
    """Place each mark's text at its column, on the first row where it does not touch the text
    before it."""
    rows: list[list[Underline]] = []
    ends: list[int] = []
    for u in sorted((u for u in underlines if u.mark.text), key=lambda u: u.column):
        row = next((i for i, end in enumerate(ends) if end < u.column), None)
        if row is None:
            rows.append([])
            ends.append(0)
            row = len(rows) - 1
        rows[row].append(u)
        ends[row] = u.column + cell_len(u.mark.text)
    return tuple(tuple(row) for row in rows)
