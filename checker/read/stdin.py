"""Standard input read as the kind of file its name says (``--stdin-filename 报告.docx``).

The bytes are read with the limit of text files, put in a temporary file of the same suffix
(a Word file is a zip archive, which needs a file to seek in) and read by that suffix's reader;
the Source, its warnings and any error name ``name``, never the temporary file.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from checker.read import InputError, Source, read_limited, read_source


def read_stdin_as(name: str) -> Source:
    data = read_limited(sys.stdin.buffer, name)
    with tempfile.TemporaryDirectory(prefix="hegao-stdin-") as folder:
        stand_in = Path(folder) / ("stdin" + Path(name).suffix)
        stand_in.write_bytes(data)
        try:
            source = read_source(stand_in)
        except InputError as error:
            raise InputError(str(error).replace(str(stand_in), name)) from None
    return replace(source, path=name, warnings=tuple(w.replace(str(stand_in), name) for w in source.warnings))
