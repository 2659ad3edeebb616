"""DOCX uploads: python-docx's XML walked in reading order (body, tables, text boxes, headers,
footers, content controls, tracked insertions, altChunk parts)."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable
from typing import Any

import docx

from core.documents.altchunk import chunk_text
from core.documents.archive import check_zip, normalise_package
from core.documents.clean import body_keys, clean_text, repeats_the_body
from core.documents.errors import document_error

log = logging.getLogger(__name__)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_SKIP_IN_PARAGRAPH = {f"{_W}pPr", f"{_W}rPr", f"{_W}del", f"{_W}moveFrom", f"{_W}instrText", f"{_W}delText"}
_CONTAINERS = (f"{_W}sdt", f"{_W}customXml", f"{_W}sdtContent", f"{_W}ins")


def extract_docx(data: bytes, filename: str, check: Callable[[], None]) -> str:
    """Clean text of a Word package; raises ``DocumentError`` (damaged, zip bomb, no text)."""
    check_zip(data, filename)
    check()
    try:
        document = docx.Document(io.BytesIO(normalise_package(data)))
    except Exception as exc:  # noqa: BLE001 - missing parts, wrong content type, XML errors
        log.info("Word file %r: python-docx could not open it: %r", filename, exc)
        raise document_error("damaged", filename) from None
    walker = _Walker(document.part)
    body = document.element.body
    headers, footers = _margins(body, walker)
    check()
    blocks = walker.blocks(body)
    headers, footers = _new_to_the_body(headers, blocks), _new_to_the_body(footers, blocks)
    text = clean_text("\n\n".join([*headers, "\n".join(blocks), *footers]))
    if not text.strip():
        raise document_error("no_text_doc", filename)
    return text


def _new_to_the_body(margins: list[str], blocks: list[str]) -> list[str]:
    """Header or footer texts without the lines that only repeat the body ("Daniel Okafor · CV" under a CV
    whose first line is "Daniel Okafor"): the name is read once. A header holding what the body lacks
    (the contact details) stays."""
    body = body_keys("\n".join(blocks).split("\n"))
    kept = ["\n".join(line for line in margin.split("\n") if not repeats_the_body(line, body)) for margin in margins]
    return [margin for margin in kept if margin.strip()]


def _margins(body: Any, walker: _Walker) -> tuple[list[str], list[str]]:
    """Distinct header and footer texts, in the order the sections refer to them."""
    headers: list[str] = []
    footers: list[str] = []
    seen_parts: set[int] = set()
    for ref in body.iter(f"{_W}headerReference", f"{_W}footerReference"):
        rel_id = ref.get(_R_ID)
        target = walker.part.related_parts.get(rel_id) if rel_id else None
        if target is None or id(target) in seen_parts or not hasattr(target, "element"):
            continue
        seen_parts.add(id(target))
        block = "\n".join(_Walker(target).blocks(target.element))
        bucket = headers if ref.tag == f"{_W}headerReference" else footers
        if block.strip() and block not in bucket:
            bucket.append(block)
    return headers, footers


class _Walker:
    """Reads the block-level content of one part (document, header, footer)."""

    def __init__(self, part: Any) -> None:
        self.part = part

    def blocks(self, container: Any) -> list[str]:
        """Lines of a body-like element (body, cell, header, text box), in document order."""
        lines: list[str] = []
        for child in container:
            tag = child.tag
            if tag == f"{_W}p":
                text, boxes = self.paragraph(child)
                lines.append(text)
                lines.extend(boxes)
            elif tag == f"{_W}tbl":
                lines.extend(self.table(child))
            elif tag in _CONTAINERS:
                lines.extend(self.blocks(child))
            elif tag == f"{_MC}AlternateContent":
                lines.extend(self.blocks(_alternate(child)))
            elif tag == f"{_W}altChunk":
                lines.extend(self.alt_chunk(child))
        return lines

    def alt_chunk(self, element: Any) -> list[str]:
        rel_id = element.get(_R_ID)
        target = self.part.related_parts.get(rel_id) if rel_id else None
        if target is None:
            return []
        try:
            return chunk_text(target.content_type, target.blob).split("\n")
        except Exception as exc:  # noqa: BLE001 - a broken chunk should not cost the rest
            log.info("altChunk %r unreadable: %r", rel_id, exc)
            return []

    def table(self, table: Any) -> list[str]:
        """The rows in order, each as :func:`row_lines` writes it, in one style for a table of labels and their
        text (:func:`labelled_table`)."""
        rows = [[c for c in self.cells(row) if c] for row in table.iter(f"{_W}tr")
                if row.getparent() is table]  # rows of nested tables are read through their cell
        labelled = labelled_table(rows)
        return [line for index, cells in enumerate(rows)
                for line in row_lines(cells, labelled=labelled and not (index == 0 and _header(cells)))]

    def cells(self, row: Any) -> list[list[str]]:
        cells = []
        for cell in row:
            if cell.tag == f"{_W}tc":
                cells.append([line for line in self.blocks(cell) if line.strip()])
            elif cell.tag in (f"{_W}sdt", f"{_W}customXml"):
                for inner in cell.iter(f"{_W}tc"):
                    cells.append([line for line in self.blocks(inner) if line.strip()])
        return cells

    def paragraph(self, paragraph: Any) -> tuple[str, list[str]]:
        """A paragraph's own text (with a list marker when it is a list item) and its text boxes' lines."""
        parts: list[str] = []
        boxes: list[str] = []
        self._runs(paragraph, parts, boxes)
        text = "".join(parts)
        if text.strip() and _is_list_item(paragraph):
            text = "- " + text.lstrip()
        return text, boxes

    def _runs(self, element: Any, parts: list[str], boxes: list[str]) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP_IN_PARAGRAPH:
                continue
            if tag == f"{_W}t":
                parts.append(child.text or "")
            elif tag in _INLINE:
                parts.append(_INLINE[tag])
            elif tag == f"{_W}txbxContent":
                boxes.extend(self.blocks(child))
            elif tag == f"{_MC}AlternateContent":
                self._runs(_alternate(child), parts, boxes)
            else:
                self._runs(child, parts, boxes)


def labelled_table(rows: list[list[list[str]]]) -> bool:
    """Whether a table is labels and their text: every row of one-line cells has two, a label first
    (:func:`_label`), and one row at least has running text after its label ("Conveyancing | Law Society
    Conveyancing Protocol, TA forms, searches, SDLT, AP1"). Its rows are then all written ``Label: text``
    ("Office: Word, Excel, Outlook" too), not some so and the short ones ``Label | text``."""
    pairs = [[c[0].strip() for c in cells] for cells in rows if cells and all(len(c) == 1 for c in cells)]
    return (bool(pairs) and all(len(p) == 2 and _label(p[0]) for p in pairs)
            and any(_running_text(p[1]) for p in pairs))


def _header(cells: list[list[str]]) -> bool:
    """Whether a first row reads as a table's header: one-line cells that are all labels with no comma ("Area |
    Detail", "Skill | Tools")."""
    return all(len(c) == 1 and _label(c[0].strip()) and "," not in c[0] for c in cells)


def row_lines(cells: list[list[str]], *, labelled: bool = False) -> list[str]:
    """A table row as a person would write it: a label and its text ("Project | Rebuilt the billing
    service for 3 markets") as ``Label: text``; a row holding a sentence (a layout table's "2019 – 2023 |
    Led the migration of 40 services to Kubernetes") or a cell of several lines as each cell's lines,
    left to right; a row of short one-line cells (a data table: "Python | Expert") as ``a | b | c``. In a
    ``labelled`` table (:func:`labelled_table`) every two-cell row is ``Label: text``."""
    if not cells:
        return []
    if any(len(c) > 1 for c in cells):
        return [line for c in cells for line in c]
    texts = [c[0].strip() for c in cells]
    if len(texts) == 1:
        return texts
    if len(texts) == 2 and _label(texts[0]) and (labelled or _running_text(texts[1])):
        return [f"{texts[0].rstrip(':：')}: {texts[1]}"]
    if any(_running_text(t) for t in texts):
        return texts
    return [" | ".join(texts)]


def _label(text: str) -> bool:
    """A row's heading cell: a few words, no figures, no sentence ("Project", "Responsibilities:", "项目描述")."""
    return 0 < len(text) <= 25 and len(text.split()) <= 3 and not re.search(r"\d|[.!?]$", text)


def _running_text(text: str) -> bool:
    """A cell of running text: eight words or more, or 60 characters (Chinese or Japanese has no spaces)."""
    return len(text.split()) >= 8 or len(text) >= 60


_INLINE = {
    f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-",
}


def _alternate(element: Any) -> Any:
    """The first choice of an ``mc:AlternateContent`` (else its fallback), so text is read once."""
    for child in element:
        if child.tag == f"{_MC}Choice":
            return child
    for child in element:
        if child.tag == f"{_MC}Fallback":
            return child
    return []


def _is_list_item(paragraph: Any) -> bool:
    ppr = paragraph.find(f"{_W}pPr")
    if ppr is None:
        return False
    num = ppr.find(f"{_W}numPr")
    if num is not None:
        num_id = num.find(f"{_W}numId")
        return num_id is None or num_id.get(f"{_W}val") != "0"
    style = ppr.find(f"{_W}pStyle")
    value = (style.get(f"{_W}val") or "") if style is not None else ""
    return value.startswith("List") and ("Bullet" in value or "Number" in value)
