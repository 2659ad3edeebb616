"""Rich Text uploads (.rtf, WordPad's and many CV builders' format): striprtf (BSD-3) turns the RTF into
text; tables are read row by row as the Word reader reads them (:func:`core.documents.docx.row_lines`),
not as striprtf's ``a|b`` lines. RTF 1.9.1 (Microsoft, 2008): a row's cells end with ``\\cell``, the row
with ``\\row``, and each row opens with its definition ``\\trowd`` (some writers repeat it before ``\\row``).
"""

from __future__ import annotations

import re

from striprtf.striprtf import rtf_to_text

from core.documents.clean import clean_text
from core.documents.docx import labelled_table, row_lines
from core.documents.errors import document_error

# Private-use characters put in for the table's control words before striprtf, so cells and rows are known.
_CELL, _ROW, _ROW_START = "\ue000", "\ue001", "\ue002"
_TABLE_WORDS = re.compile(r"\\(nestcell|cell|nestrow|row|trowd)(?![a-z])(-?\d+)? ?")
_MARK = {"cell": _CELL, "nestcell": _CELL, "row": _ROW, "nestrow": _ROW, "trowd": _ROW_START}


def extract_rtf(data: bytes, filename: str) -> str:
    """Clean text of an RTF document; raises ``DocumentError`` (no text for an empty or picture-only one,
    damaged for bytes that are not RTF)."""
    source = data.decode("latin-1")  # RTF is 7-bit; \\'xx escapes carry the code page's bytes
    if not source.lstrip("\ufeff \t\r\n").startswith("{\\rtf"):
        raise document_error("damaged", filename)
    marked = _TABLE_WORDS.sub(lambda m: "\\u" + str(ord(_MARK[m.group(1)]) - 65536) + "?", source)
    text = rtf_to_text(marked, errors="replace")
    text = clean_text("\n".join(_lines(text)))
    if not text.strip():
        raise document_error("no_text_doc", filename)
    return text


def _lines(text: str) -> list[str]:
    """The text's lines with each table row's cells read as the Word reader reads a row."""
    lines: list[str] = []
    rows: list[list[list[str]]] = []
    chunks = text.split(_ROW)
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        before, _, row = chunk.partition(_ROW_START) if _ROW_START in chunk else ("", "", chunk)
        if last or _CELL not in row:
            before = chunk if last or _CELL not in chunk else before
            if rows:
                lines.extend(_table(rows))
                rows = []
            lines.extend(before.replace(_ROW_START, "").replace(_CELL, "\n").split("\n"))
            continue
        if before.strip():
            if rows:
                lines.extend(_table(rows))
                rows = []
            lines.extend(before.split("\n"))
        cells = row.replace(_ROW_START, "").split(_CELL)[:-1]
        rows.append([c for c in ([ln.strip() for ln in cell.split("\n") if ln.strip()] for cell in cells) if c])
    if rows:
        lines.extend(_table(rows))
    return lines


def _table(rows: list[list[list[str]]]) -> list[str]:
    labelled = labelled_table(rows)
    return [line for cells in rows for line in row_lines(cells, labelled=labelled)]
