"""OpenDocument text uploads (.odt, LibreOffice's and Google Docs' own format): ``content.xml`` walked in
reading order with lxml, as the Word reader walks a .docx: headings and paragraphs, list items as
``- `` lines, tables row by row (:func:`core.documents.docx.row_lines`), frames' text boxes after the
paragraph that anchors them, and sections. The package is bounded against zip bombs before any part is
parsed (:func:`core.documents.archive.check_bounds`); the XML parser resolves no entities and fetches
nothing (OpenDocument 1.3, part 3: the ``text:``, ``table:`` and ``draw:`` elements read here).
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Callable
from typing import Any

from lxml import etree

from core.documents.archive import check_bounds
from core.documents.clean import clean_text
from core.documents.docx import labelled_table, row_lines
from core.documents.errors import document_error

log = logging.getLogger(__name__)

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
# Inside a paragraph: text never shown as the body's words (tracked deletions, comments, note bodies).
_SKIP = {f"{_TEXT}tracked-changes", f"{_OFFICE}annotation", f"{_OFFICE}annotation-end", f"{_TEXT}note",
         f"{_TEXT}bookmark", f"{_TEXT}bookmark-start", f"{_TEXT}bookmark-end", f"{_TEXT}sequence-decls"}
_BLOCK_CONTAINERS = {f"{_TEXT}section", f"{_TEXT}list-header", f"{_TABLE}table-header-rows",
                     f"{_TABLE}table-rows", f"{_TEXT}index-body", f"{_TEXT}soft-page-break"}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


def is_odt(data: bytes) -> bool:
    """Whether a zip's first member is OpenDocument text's ``mimetype`` (the standard's package rule)."""
    return data[30:38] == b"mimetype" and ODT_MIMETYPE in data[38:120]


def is_opendocument(data: bytes) -> bool:
    """Whether a zip is any OpenDocument package (text, spreadsheet, presentation)."""
    return data[30:38] == b"mimetype" and b"application/vnd.oasis.opendocument." in data[38:120]


def extract_odt(data: bytes, filename: str, check: Callable[[], None]) -> str:
    """Clean text of an OpenDocument text package; raises ``DocumentError`` (damaged, zip bomb, no text,
    unsupported for an OpenDocument spreadsheet or presentation)."""
    check_bounds(data, filename)
    if not is_odt(data):
        raise document_error("unsupported", filename)
    check()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            root = etree.fromstring(archive.read("content.xml"), _PARSER)
    except Exception as exc:  # noqa: BLE001 - missing part, XML errors
        log.info("OpenDocument file %r unreadable: %r", filename, exc)
        raise document_error("damaged", filename) from None
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise document_error("damaged", filename)
    check()
    text = clean_text("\n".join(_blocks(body)))
    if not text.strip():
        raise document_error("no_text_doc", filename)
    return text


def _blocks(container: Any) -> list[str]:
    """Lines of a body-like element (the text body, a cell, a text box, a list item), in order."""
    lines: list[str] = []
    for child in container:
        tag = child.tag
        if tag in (f"{_TEXT}p", f"{_TEXT}h"):
            parts: list[str] = []
            boxes: list[str] = []
            _runs(child, parts, boxes)
            lines.append("".join(parts))
            lines.extend(boxes)
        elif tag == f"{_TEXT}list":
            lines.extend(_list(child))
        elif tag == f"{_TABLE}table":
            lines.extend(_table(child))
        elif tag in _BLOCK_CONTAINERS:
            lines.extend(_blocks(child))
        elif tag == f"{_DRAW}frame":
            lines.extend(_frame(child))
    return lines


def _list(element: Any) -> list[str]:
    lines: list[str] = []
    for item in element:
        if item.tag not in (f"{_TEXT}list-item", f"{_TEXT}list-header"):
            continue
        for index, line in enumerate(line for line in _blocks(item) if line.strip()):
            nested = line.startswith("- ")
            lines.append(line if nested or index or item.tag.endswith("header") else "- " + line.lstrip())
    return lines


def _table(table: Any) -> list[str]:
    rows = [[cell for cell in _cells(row) if cell] for row in table.iter(f"{_TABLE}table-row")
            if _owner(row) is table]
    labelled = labelled_table(rows)
    return [line for cells in rows for line in row_lines(cells, labelled=labelled)]


def _owner(row: Any) -> Any:
    parent = row.getparent()
    while parent is not None and parent.tag != f"{_TABLE}table":
        parent = parent.getparent()
    return parent


def _cells(row: Any) -> list[list[str]]:
    return [[line for line in _blocks(cell) if line.strip()] for cell in row if cell.tag == f"{_TABLE}table-cell"]


def _frame(frame: Any) -> list[str]:
    return [line for box in frame.iter(f"{_DRAW}text-box") for line in _blocks(box)]


def _runs(element: Any, parts: list[str], boxes: list[str]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        tag = child.tag
        if isinstance(tag, str) and tag not in _SKIP:
            if tag == f"{_TEXT}s":
                parts.append(" " * max(1, min(int(child.get(f"{_TEXT}c", "1") or 1), 50)))
            elif tag == f"{_TEXT}tab":
                parts.append("\t")
            elif tag == f"{_TEXT}line-break":
                parts.append("\n")
            elif tag == f"{_DRAW}frame":
                boxes.extend(_frame(child))
            else:
                _runs(child, parts, boxes)
        if child.tail:
            parts.append(child.tail)
