"""Where the tables of a document are, as grids of cell spans, in each layout a report uses.

- ``docx``: the cells of a Word table, from the places the reader gave them ("表2 第3行第4列").
- ``pipe``: one row a line, cells separated by ``|`` (Markdown pipe tables, and rows pasted
  from a web page: "指标 | 年末数(人) | 比重(%) |").
- ``cells``: one cell a line, each ending with ``|`` or followed by a line of ``|`` alone, as a
  PDF table flattens; a header cell may wrap onto a line without ``|``. The row width is the one that makes every row a label and its
  figures (``_row_width``).
- ``aligned``: columns aligned with tabs (as HTML tables are read) or spaces; a data row is a
  label followed by figures, and the header row above it has one word per column.

A grid is a list of rows, each a list of (start, end) spans into the text, stripped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from rich.cells import cell_len

PLACE = re.compile(r"表(\d+) 第(\d+)行第(\d+)列")
NUMBER = re.compile(r"[-−－+]?\d[\d,，]*(?:\.\d+)?[%％‰]?")
EMPTY_CELL = re.compile(r"[-－—–…\s]*")  # a cell with no figure: "", "-", "—", "…"
MD_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
LINE = re.compile(r"[^\n]*")
# The numbers of a row's label, by level: 一、, （一）, 1., （1）.
NUMBERING = (re.compile(r"[一二三四五六七八九十]{1,3}[、.．]"), re.compile(r"[（(][一二三四五六七八九十]{1,3}[)）]"),
             re.compile(r"\d{1,2}[、.．](?!\d)"), re.compile(r"[（(]\d{1,2}[)）]"))


@dataclass
class Grid:
    layout: str
    rows: list[list[tuple[int, int]]]
    number: int | None = None  # a Word table's own number
    ragged: bool = False  # rows were left out that had a cell missing: the others are no whole


def is_number(text: str) -> bool:
    return bool(NUMBER.fullmatch(text.replace(" ", "")))


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    return [(m.start(), m.end()) for m in LINE.finditer(text) if m.start() == 0 or text[m.start() - 1] == "\n"]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\u3000|":
        start += 1
    while end > start and text[end - 1] in " \t\u3000|":
        end -= 1
    return start, end


def _split(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """The stripped spans between separators on ``text[start:end]``."""
    spans, cell = [], start
    for i in range(start, end + 1):
        if i == end or text[i] == separator:
            spans.append(_strip(text, cell, i))
            cell = i + 1
    return spans


def find_grids(text: str, places=()) -> list[Grid]:
    grids = _word_grids(places)
    taken = [(g.rows[0][0][0], g.rows[-1][-1][1]) for g in grids]
    lines = _lines(text)
    i = 0
    while i < len(lines):
        if any(s <= lines[i][0] < e for s, e in taken):
            i += 1
            continue
        for finder in (_pipe_rows, _cell_lines, _aligned_rows):
            found = finder(text, lines, i)
            if found:
                grid, i = found
                grids.append(grid)
                break
        else:
            i += 1
    return sorted(grids, key=lambda g: g.rows[0][0][0])


def _word_grids(places) -> list[Grid]:
    tables: dict[int, dict[tuple[int, int], tuple[int, int]]] = {}
    for start, end, name in places:
        m = PLACE.fullmatch(name)
        if m:
            tables.setdefault(int(m[1]), {})[int(m[2]), int(m[3])] = (start, end)
    grids = []
    for number, cells in tables.items():
        height = max(r for r, _ in cells)
        rows = [[span for (r, _), span in sorted(cells.items()) if r == row] for row in range(1, height + 1)]
        if len([r for r in rows if r]) >= 2:
            grids.append(Grid("docx", [r for r in rows if r], number))
    return grids


def _pipe_cells(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    line = text[start:end]
    if line.strip().strip("|").count("|") < 1:
        return None
    spans = _split(text, start, end, "|")
    if line.lstrip().startswith("|"):
        spans = spans[1:]
    if line.rstrip().endswith("|"):
        spans = spans[:-1]
    return spans if len(spans) >= 2 else None


def _pipe_rows(text, lines, i):
    """Rows of ``|``-separated cells. Around them, as a PDF or web page flattens a table: a header
    wrapped onto lines of a few cells each ("| 项目名称 | 计算单位 |", "3月 | 1-3月累计 |", "结构(%) |"),
    a header without the first column's empty cell, and a section row ("分产业 |") whose empty
    cells are lines of "|" alone."""
    rows = []
    j = i
    while j < len(lines):
        start, end = lines[j]
        if MD_RULE.match(text[start:end]) and rows:
            j += 1
            continue
        cells = _pipe_cells(text, start, end)
        if cells is None:
            cells, j = _short_row(text, lines, j, rows)
            if cells is None:
                break
            rows.append(cells)
            continue
        rows.append(cells)
        j += 1
    rows = _whole_header(text, _group_rows(text, rows))
    joined = _joined_rows(text, rows)
    if joined:
        return Grid("pipe", joined), j
    if len(rows) >= 2 and _has_figures(text, rows):
        return Grid("pipe", rows), j
    return None


def _group_rows(text, rows):
    """Rows of a pipe table that open with the cell of a group of rows, merged in the page and
    written once, on the group's first row ("三、本年度办理结果 | （一）予以公开 | 2 | 1 | 3" over
    "（二）部分公开 | 16 | 1 | 17"): a row a cell or two wider than most figure rows, whose cells
    up to its own numbered label are labels. The group's cell becomes a row of its own with no
    figure (a section), so that every figure stands in its column."""
    figure_rows = [r for r in rows if _has_figures(text, [r])]
    if len(figure_rows) < 3:
        return rows
    width = Counter(map(len, figure_rows)).most_common(1)[0][0]
    grouped = []
    for row in rows:
        extra = len(row) - width
        values = [text[s:e] for s, e in row]
        if (0 < extra <= 2 and all(_WORDS.search(v) and not is_number(v) for v in values[:extra + 1])
                and any(mark.match(values[extra]) for mark in NUMBERING) and _has_figures(text, [row])):
            grouped.extend([(s, e), *[(e, e)] * (width - 1)] for s, e in row[:extra])
            row = row[extra:]
        grouped.append(row)
    return grouped


# A pipe row this many times as wide as the others holds several rows a copy joined into one line.
_JOINED = 3
_UNIT_CELL = re.compile(r"\s*(?:计量)?单位\s*[:：]")


def _joined_rows(text, rows):
    """The rows of a pipe table whose figure rows a copy joined into one line after the header
    ("| 指标名称 | 本月 | 累计 | 企业单位数" then "| 4326 | 5.5 | 其中:规模以上 | 501 | …"): the
    header's and that line's cells, a leading 单位： cell left out, cut at the width at which
    every row is a label and its figures (``_row_width``)."""
    if len(rows) < 2:
        return None
    longest = max(range(len(rows)), key=lambda k: len(rows[k]))
    others = max(len(r) for k, r in enumerate(rows) if k != longest)
    if longest == 0 or len(rows[longest]) < _JOINED * others:
        return None
    cells = rows[longest - 1] + rows[longest]
    while cells and _UNIT_CELL.match(text, cells[0][0]):
        cells = cells[1:]
    width = _row_width(text, _rstrip_empty(cells))
    if width is None:
        return None
    cells = _rstrip_empty(cells)
    return [cells[k:k + width] for k in range(0, len(cells), width)]


def _short_row(text, lines, j, rows):
    """A line of one cell ending in "|": a piece of a wrapped header (before any figure row),
    or a section row followed by one line of "|" alone for each of its empty cells."""
    start, end = lines[j]
    line = text[start:end].rstrip()
    if not line.endswith("|") or line[:-1].count("|") or not line[:-1].strip():
        return None, j
    cell = _strip(text, start, end)
    if not rows or not _has_figures(text, rows):
        return [cell], j + 1
    width = max(map(len, rows))
    k = j + 1
    while k < len(lines) and k - j < width and text[lines[k][0]:lines[k][1]].strip() == "|":
        k += 1
    if k - j != width:
        return None, j
    return [cell] + [(lines[m][0], lines[m][0]) for m in range(j + 1, k)], k


def _whole_header(text, rows):
    """Header rows joined into one when a header wrapped over lines of a few cells each adds up to
    the width of the figure rows; a header one cell short gets an empty first cell."""
    figure_rows = [r for r in rows if _has_figures(text, [r])]
    if not figure_rows:
        return rows
    width = max(map(len, figure_rows))
    first = rows.index(figure_rows[0])
    header, cells = 0, 0
    while header < first and cells < width:
        cells += len(rows[header])
        header += 1
    if header > 1 and cells == width:
        rows = [[span for row in rows[:header] for span in row]] + rows[header:]
    elif first == 1 and len(rows[0]) == width - 1:
        start = rows[0][0][0]
        rows = [[(start, start)] + rows[0]] + rows[1:]
    return rows


def _cell_lines(text, lines, i):
    """One cell a line ending with "|"; a line without "|" continues into the next cell."""
    cells: list[tuple[int, int]] = []
    j, pending = i, None
    while j < len(lines):
        start, end = lines[j]
        line = text[start:end].rstrip()
        if (pending is None and line.strip() and "|" not in line and j + 1 < len(lines)
                and text[lines[j + 1][0]:lines[j + 1][1]].strip() == "|"):
            cells.append(_strip(text, start, end))  # a cell, then its "|" alone on the next line
            j += 2
            continue
        if line.endswith("|") and line[:-1].count("|") == 0:
            cells.append(_strip(text, pending if pending is not None else start, end))
            pending = None
        elif cells and line.strip() and "|" not in line and pending is None and j + 1 < len(lines) \
                and text[lines[j + 1][0]:lines[j + 1][1]].rstrip().endswith("|"):
            pending = start
        else:
            break
        j += 1
    # the last row's empty cells, a closing "|" alone, or a note after the table (注：…): as
    # many as leave whole rows
    empty = len(cells) - len(_rstrip_empty(cells))
    for trailing in range(min(len(cells), empty + _NOTE_CELLS) + 1):
        kept = cells[:len(cells) - trailing]
        if trailing > empty and is_number(text[slice(*cells[len(cells) - trailing])]):
            break
        width = _row_width(text, kept)
        if width is not None:
            return Grid("cells", [kept[k:k + width] for k in range(0, len(kept), width)]), j
    read = _ragged_rows(text, _rstrip_empty(cells))
    return (Grid("cells", read[0], ragged=read[1]), j) if read else None


_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z]")
# A flattened table with a row that lost a cell: at most this many such rows are left out.
_MOST_RAGGED = 2


def _ragged_rows(text: str, cells: list[tuple[int, int]]) -> tuple[list[list[tuple[int, int]]], bool] | None:
    """The rows of a flattened table one of whose rows lost a cell (普通高中 | 56 | 1853 | 89750 |
    6996 | 12.83 under seven columns), and whether a row is still left out: the header is the
    first run of labels, a row starts at each label after a figure, and the rows as wide as the
    header are kept — when all but one or two are, and three or more are. A row one cell short
    is kept too where the table's last row totals the others (``_restored``)."""
    values = [text[s:e] for s, e in cells]
    labels = [bool(_WORDS.search(v)) and not is_number(v) for v in values]
    width = next((k for k, is_label in enumerate(labels) if not is_label), 0) - 1
    if width < 2:
        return None
    rows, row = [cells[:width]], []
    for k in range(width, len(cells)):
        if row and labels[k] and not labels[k - 1]:
            rows.append(row)
            row = []
        row.append(cells[k])
    rows.append(row)
    kept = [r for r in rows if len(r) == width]
    if len(kept) < 4 or not 0 < len(rows) - len(kept) <= _MOST_RAGGED:
        return None
    restored = [_restored(text, rows, r, width) if len(r) == width - 1 else None for r in rows]
    whole = [r if len(r) == width else restored[k] for k, r in enumerate(rows)]
    if None not in whole:
        return whole, False
    return kept, True


def _restored(text: str, rows, short, width: int) -> list[tuple[int, int]] | None:
    """A row one cell short, with an empty cell where the column totals say it is missing: the
    last row (总计) is the sum of the body rows in more columns with the empty cell there than
    anywhere else (普通高中's 教职工数, counted with 初中's: 62584 = the other rows' 教职工), and in
    two columns at least; None when no place is better than every other."""
    def figure(span):
        value = text[span[0]:span[1]].replace(",", "").replace(" ", "")
        return float(value.rstrip("%％")) if is_number(value) else None

    scores = []
    for at in range(1, width):
        cell = (short[at - 1][1], short[at - 1][1])
        body = [short[:at] + [cell] + short[at:] if r is short else r for r in rows[1:-1]]
        if any(len(r) != width for r in body) or len(rows[-1]) != width:
            return None
        total = [figure(span) for span in rows[-1]]
        adding = 0
        for c in range(1, width):
            figures = [figure(r[c]) for r in body]
            if total[c] is not None and sum(f is not None for f in figures) >= 2:
                adding += abs(sum(f for f in figures if f is not None) - total[c]) < 1e-6
        scores.append((adding, at))
    scores.sort(reverse=True)
    (best, at), runner_up = scores[0], scores[1][0] if len(scores) > 1 else -1
    if best < 2 or best == runner_up:
        return None
    cell = (short[at - 1][1], short[at - 1][1])
    return short[:at] + [cell] + short[at:]


# Cells of text after a flattened table that are no part of it (a note, a source line).
_NOTE_CELLS = 2


def _rstrip_empty(cells):
    while cells and cells[-1][0] == cells[-1][1]:
        cells = cells[:-1]
    return cells


def _row_width(text: str, cells: list[tuple[int, int]]) -> int | None:
    """The number of columns of a flattened table: the smallest width ≥ 2 at which the header
    cells hold no figure, every row starts with a label and all but a last row are full, and a
    figure stands in every row but section rows (分产业, then empty cells), in two rows at least."""
    values = [text[s:e] for s, e in cells]
    for width in range(2, min(12, len(values) // 2) + 1):
        rows = [values[k:k + width] for k in range(0, len(values), width)]
        if len(rows) < 2 or len(rows[-1]) != width:
            continue
        header, body = rows[0], rows[1:]
        if any(is_number(v) for v in header) or any(is_number(r[0]) or not r[0].strip() for r in body):
            continue
        with_figures = [any(is_number(v) for v in r[1:]) for r in body]
        sections = [all(EMPTY_CELL.fullmatch(v) for v in r[1:]) for r in body]
        if sum(with_figures) >= 2 and all(f or s for f, s in zip(with_figures, sections)) and with_figures[0]:
            return width
    return None


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cells of an aligned line: tab-separated fields, else runs of non-space characters."""
    if "\t" in text[start:end]:
        return _split(text, start, end, "\t")
    return [(start + m.start(), start + m.end()) for m in re.finditer(r"[^ \u3000]+", text[start:end])]


def _figures(text: str, tokens) -> int:
    """How many of the last tokens are figures or empty cells, with at least one figure."""
    k = 0
    for s, e in reversed(tokens):
        if is_number(text[s:e]) or (EMPTY_CELL.fullmatch(text[s:e]) and k):
            k += 1
        else:
            break
    return k if k < len(tokens) or k == 0 else k - 1


def _aligned_row(text, start, end, width=None, columns=None):
    """A data row: a label then figures; the label is every token before the figures. A row of
    tab-separated cells may lack its last empty cells (a web page's reader drops them); a row
    aligned with spaces may lack some, and its figures go to the columns under which they stand
    (``columns``: the display column where each figure column starts)."""
    tokens = _tokens(text, start, end)
    k = _figures(text, tokens)
    if k == 0 or len(tokens) - k < 1:
        return None
    if "\t" in text[start:end]:  # tab-separated cells are cells: a 单位 column stays one
        if width is None or len(tokens) == width:
            return tokens
        return tokens + [(end, end)] * (width - len(tokens)) if len(tokens) < width else None
    label = (tokens[0][0], tokens[len(tokens) - k - 1][1])
    figures = tokens[len(tokens) - k:]
    if width is None or k + 1 == width:
        return [label] + figures
    if columns is None or k + 1 > width:
        return None
    return _placed(text, start, end, label, figures, columns)


def _display_column(text: str, line_start: int, position: int) -> int:
    return cell_len(text[line_start:position].replace("\t", "    "))


def _placed(text, start, end, label, figures, columns):
    """``label`` and ``figures`` placed in the columns they stand under; None when two figures
    fall in one column."""
    row = [label] + [(end, end)] * len(columns)
    for s, e in figures:
        at = _display_column(text, start, s)
        column = max((c for c, left in enumerate(columns) if left <= at + 1), default=None)
        if column is None or row[column + 1] != (end, end):
            return None
        row[column + 1] = (s, e)
    return row


def _section_row(text, lines, j, width, columns):
    """A line naming a section of the rows (分产业, 在总额中:) between rows of the table: a short
    label alone, followed by a row of the table."""
    start, end = lines[j]
    line = text[start:end].strip()
    if not line or len(line) > 20 or any(is_number(text[s:e]) for s, e in _tokens(text, start, end)) \
            or re.search(r"[。；;，,]", line) or j + 1 >= len(lines) \
            or _aligned_row(text, *lines[j + 1], width=width, columns=columns) is None:
        return None
    span = _strip(text, start, end)
    return [span] + [(span[1], span[1])] * (width - 1)


def _split_label_column(text, lines, i, header, rows):
    """Rows aligned with spaces whose label is two words standing under the header's first two
    words (项目名称 | 计算单位: 一、社会消费品零售总额 | 万元): the second word is a column."""
    width = len(rows[0])
    if "\t" in text[lines[i][0]:lines[i][1]] or len(header) != width + 1:
        return rows
    at = _display_column(text, lines[i][0], header[1][0])
    split = []
    for (start, end), row in zip(lines[i + 1:], rows):
        words = [(s, e) for s, e in _tokens(text, *row[0])] if row[0][1] > row[0][0] else []
        if len(words) == 1 and all(EMPTY_CELL.fullmatch(text[s:e]) for s, e in row[1:]):
            split.append([words[0], (words[0][1], words[0][1])] + row[1:])  # a section row
            continue
        if len(words) != 2 or abs(_display_column(text, start, words[1][0]) - at) > 1:
            return rows
        split.append(words + row[1:])
    return split


def _widened(text, lines, first, j, rows):
    """The rows so far and row ``j`` when row ``j`` has more figures than the first row and the
    rows so far fit under its columns (a first row whose last cells are empty: 财政总收入 with no
    share), with those columns; else None."""
    wider = _aligned_row(text, *lines[j])
    if wider is None or len(wider) <= len(rows[0]):
        return None
    columns = [_display_column(text, lines[j][0], s) for s, _ in wider[1:]]
    placed = []
    for (start, end), row in zip(lines[first:j], rows):
        if all(s == e for s, e in row[1:]):  # a section row
            placed.append(row[:1] + [(row[0][1], row[0][1])] * (len(wider) - 1))
            continue
        tokens = _tokens(text, start, end)
        k = _figures(text, tokens)
        again = _placed(text, start, end, (tokens[0][0], tokens[len(tokens) - k - 1][1]), tokens[len(tokens) - k:], columns)
        if again is None:
            return None
        placed.append(again)
    return placed + [wider], columns


def _aligned_rows(text, lines, i):
    start, end = lines[i]
    tokens = _tokens(text, start, end)
    if len(tokens) < 2 or any(is_number(text[s:e]) for s, e in tokens):
        return None
    rows, columns = [], None
    j = i + 1
    tabs = "\t" in text[start:end]
    while j < len(lines):
        width = len(rows[0]) if rows else len(tokens) if tabs and j == i + 1 else None
        row = _aligned_row(text, *lines[j], width=width, columns=columns)
        if row is None and tabs and j == i + 1:  # a header whose first cell is empty
            row = _aligned_row(text, *lines[j], width=len(tokens) + 1)
        if row is None and rows:
            row = _section_row(text, lines, j, width, columns)
        if row is None and rows and not tabs and (widened := _widened(text, lines, i + 1, j, rows)):
            rows, columns = widened
            j += 1
            continue
        if row is None or len(row) < 2:
            break
        if columns is None and "\t" not in text[lines[j][0]:lines[j][1]]:
            columns = [_display_column(text, lines[j][0], s) for s, _ in row[1:]]
        rows.append(row)
        j += 1
    if sum(1 for r in rows if any(is_number(text[s:e]) for s, e in r[1:])) < 2:
        return None
    rows = _split_label_column(text, lines, i, tokens, rows)
    width = len(rows[0])
    if len(tokens) == width - 1:  # a header whose first cell is empty
        tokens = [(start, start)] + tokens
    if len(tokens) < width:
        return None
    header = [(tokens[0][0], tokens[len(tokens) - width][1])] + tokens[len(tokens) - width + 1:]
    return Grid("aligned", [header] + rows), j


def _has_figures(text, rows) -> bool:
    return sum(is_number(text[s:e]) for row in rows for s, e in row[1:]) >= 2 or \
        any(sum(is_number(text[s:e]) for s, e in row[1:]) >= 1 for row in rows if len(rows) == 1)
