"""A copy of a Word report with each finding as a Word comment on exactly the text it is about.

The diagnostics' offsets are into the text ``checker.read.docx.extract`` makes of the file, which
keeps where each paragraph starts; runs are split at the span's ends (each half keeps the run's
formatting) so the comment covers the span and nothing else. A span that covers no run text
(it lies on a line break) is anchored on its whole paragraph.

The source file is never written: an output that is the source under any spelling (``./x.docx``,
a symbolic or hard link), a directory, a symbolic link or a path in a missing folder is refused
in one line before anything is written (``checker.output``). The copy is written atomically,
with the permissions a new file gets under the user's umask (or those of the file it replaces).
"""

from __future__ import annotations

import io
from bisect import bisect_right
from copy import deepcopy
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from checker.read.docx import Extraction, extract, open_docx, paragraph_runs

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    from checker.findings import Diagnostic

AUTHOR = "hegao"
# run children that hold text, as python-docx reads them (Run.text)
TEXT_TAGS = {"t", "tab", "br", "cr", "noBreakHyphen", "ptab"}


def annotate_docx(source_path, out_path, diagnostics: Iterable["Diagnostic"],
                  lang: str = "zh") -> int:
    """Write the commented copy of ``source_path`` to ``out_path``; the number of comments.
    OutputError when ``out_path`` cannot be written or is the source."""
    from checker.output import output_target, write_bytes

    output_target(str(out_path), [str(source_path)], follow_symlinks=False)
    document = open_docx(Path(source_path))
    extraction = extract(document)
    count = 0
    for diagnostic in diagnostics:
        runs = anchor_runs(extraction, diagnostic.start, diagnostic.end)
        document.add_comment(runs, comment_text(diagnostic, lang), author=AUTHOR, initials="HG")
        count += 1
    data = io.BytesIO()
    document.save(data)
    write_bytes(str(out_path), data.getvalue(), [str(source_path)], follow_symlinks=False)
    return count


def comment_text(diagnostic: "Diagnostic", lang: str) -> str:
    from checker.report.words import calc_label, help_label

    lines = [f"[{diagnostic.rule}] " + (f"{diagnostic.place}：" if diagnostic.place else "") + diagnostic.message]
    if diagnostic.calc:
        lines.append(calc_label(lang) + diagnostic.calc)
    if diagnostic.help:
        lines.append(help_label(lang) + diagnostic.help)
    return "\n".join(lines)


def anchor_runs(extraction: Extraction, start: int, end: int) -> list["Run"]:
    """The first and last run covering ``text[start:end]``, runs split at its ends."""
    first_paragraph, first_offset = _locate(extraction, start)
    if end > start:
        last_paragraph, last_offset = _locate(extraction, end - 1)
        last_offset += 1  # just after the span's last character
    else:
        last_paragraph, last_offset = first_paragraph, first_offset
    _split_at(first_paragraph, first_offset)
    _split_at(last_paragraph, last_offset)
    same = first_paragraph._p is last_paragraph._p
    first = _runs_within(first_paragraph, first_offset, last_offset if same else None)
    last = _runs_within(last_paragraph, first_offset if same else 0, last_offset)
    if first and last:
        return [first[0], last[-1]]
    runs = paragraph_runs(first_paragraph)
    return [runs[0], runs[-1]] if runs else [first_paragraph.add_run()]


def _runs_within(paragraph: "Paragraph", low: int, high: int | None) -> list["Run"]:
    """The runs with text that lie inside ``[low, high)`` of the paragraph's text."""
    return [run for run, run_start, run_end in _spans(paragraph)
            if run_end > run_start and run_start >= low and (high is None or run_end <= high)]


def _locate(extraction: Extraction, offset: int) -> tuple["Paragraph", int]:
    """The paragraph holding ``offset`` and the offset within its text."""
    starts = [start for start, _ in extraction.paragraphs]
    start, paragraph = extraction.paragraphs[max(0, bisect_right(starts, offset) - 1)]
    return paragraph, offset - start


def _spans(paragraph: "Paragraph") -> list[tuple["Run", int, int]]:
    spans, offset = [], 0
    for run in paragraph_runs(paragraph):
        length = len(run.text)
        spans.append((run, offset, offset + length))
        offset += length
    return spans


def _split_at(paragraph: "Paragraph", offset: int) -> None:
    """Make ``offset`` of the paragraph's text a run boundary."""
    for run, run_start, run_end in _spans(paragraph):
        if run_start < offset < run_end:
            _split_run(run._r, offset - run_start)
            return


def _split_run(r, k: int) -> None:
    """Split the ``w:r`` element ``r`` after ``k`` characters of its text; the right part, with the
    same properties, goes right after it."""
    right = deepcopy(r)
    r.addnext(right)
    position = 0
    for left_child, right_child in zip(_content(r), _content(right)):
        length = len(str(left_child)) if _local(left_child) in TEXT_TAGS else 0
        if position + length <= k:
            right.remove(right_child)
        elif position >= k:
            r.remove(left_child)
        else:  # a w:t that straddles the boundary
            cut = k - position
            _set_text(left_child, left_child.text[:cut])
            _set_text(right_child, right_child.text[cut:])
        position += length


def _content(r) -> list:
    return [child for child in r if _local(child) != "rPr"]


def _local(element) -> str:
    return element.tag.rsplit("}", 1)[-1]


def _set_text(t, text: str) -> None:
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
