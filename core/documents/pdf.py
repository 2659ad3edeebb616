"""PDF uploads: pypdf for every page, pypdfium2 for the pages pypdf reads without word spaces
or one word per line, and for the pages drawn out of reading order.

A page whose drawing jumps back up the page three times or more (a design tool's two-column page, a
sidebar drawn between a job's lines) is checked against its layout by ``core.documents.columns``
(PDFium's glyph boxes, recursive XY-cut) and re-read in reading order when its drawing order is
far from it; on every page a wide blank inside a line (a right-aligned date or place) becomes a column
break. Certificates and letters appended after the CV are left out (``without_appendix``).

pypdf is pure Python and fast on ordinary CVs. Some PDFs draw word gaps as positioning offsets
instead of space glyphs (composite Type0 fonts without a space glyph) or spread letters apart
("J O H N  D O E") or draw each word as its own text object (one word per line in pypdf's
output); pypdf then returns glued, letter-spaced or one-word lines. Such pages are read again by
pypdfium2 (PDFium, Chrome's PDF engine), which infers spaces from glyph positions; it is imported
only when a page needs it (``core.documents.respace``).

Why PDFium and not pdfminer.six: on the handed-in examples both recover the spaces, but pdfminer
turned the soft hyphens of ``pdf-soft-hyphen-as-dash.pdf`` into spaces, and on
``data/samples/sample_cv.pdf`` it took about 220 ms against PDFium's 20 ms and pypdf's 80 ms
(2-core EPYC under load; ``python -m bench --only documents`` has the pypdf and PDFium figures).
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable
from typing import Any

from pypdf import PasswordType, PdfReader, apply_configuration

from core.documents.clean import clean_text, drop_repeated_margins
from core.documents.errors import MAX_TEXT_CHARS, document_error
from core.documents.layout import read_layout
from core.documents.respace import looks_letter_spaced, pdfium_pages
from core.documents.stacked import StackedLines
from core.documents.texcodes import tex_bitmap_page, tex_text

log = logging.getLogger(__name__)

# A PDF with fewer letters than this (overall, or per page on average) has little text; when its
# pages also hold images it is a scan (or a picture of a CV), else the short text is returned.
MIN_PDF_LETTERS = 40
MIN_PDF_LETTERS_PER_PAGE = 15

# pypdf's own per-stream limits default to 75 MB; a 10 MB upload has no need for that much.
_PDF_LIMITS: dict[str, int] = {
    "zlib_maximum_output_length": 40_000_000,
    "lzw_maximum_output_length": 40_000_000,
    "run_length_maximum_output_length": 40_000_000,
    "array_based_stream_maximum_output_length": 40_000_000,
    "maximum_declared_stream_length": 40_000_000,
    "image_maximum_buffer_size": 40_000_000,
}

# Glued: a share of the letters sits in "words" longer than any ordinary word (CV words over 20
# letters are rare even in German; URLs and e-mail addresses are left out of the count).
_LONG_WORD = 20
_GLUED_SHARE = 0.3
_NOT_A_WORD = re.compile(r"[/@:\\_]|\.\w")

def extract_pdf(data: bytes, filename: str, max_pages: int, check: Callable[[], None]) -> str:
    """Clean text of a PDF; raises ``DocumentError`` (encrypted, too many pages, damaged, no text)."""
    with apply_configuration(**_PDF_LIMITS):
        reader = _open(data, filename, max_pages)
        pages = _page_texts(reader, filename, check)
        images = _pages_with_images(reader) if _too_few_letters("\n".join(pages), len(pages)) else 0
        tex = [tex_bitmap_page(page) for page in reader.pages]
    pages = _in_reading_order(data, pages, filename)
    respace = [index for index, page in enumerate(pages)
               if looks_glued(page) or looks_letter_spaced(page) or looks_word_per_line(page)]
    if respace:
        pages = _respaced(data, pages, respace, filename)
    pages = [tex_text(page, tex[index]) for index, page in enumerate(pages)]
    text = clean_text("\n\n".join(without_appendix(drop_repeated_margins(pages))))
    letters = _letters(text)
    if letters == 0 or (images and _too_few_letters(text, len(pages))):
        raise document_error("no_text" if images else "blank_pdf", filename)
    return text


# What a certificate or a letter says and a CV does not: a page after the first with two of these is an
# appendix (an embedded course certificate, a reference letter), whose names, dates and course titles
# are no facts of the CV.
_APPENDIX_CUES = re.compile(
    r"\bcertificate of (?:completion|participation|achievement|attendance|appreciation|excellence|merit)\b|"
    r"\bthis is to certify\b|\bhereby certif(?:y|ies)\b|\b(?:has been|is hereby|is) awarded to\b|"
    r"\bfor successfully completing\b|\bhas successfully (?:completed|participated|passed)\b|"
    r"\bto whom it may concern\b|\byours (?:sincerely|faithfully)\b|\bwith kind regards\b|"
    r"\bverify (?:this certificate|at)\b|\bcredential (?:id|url)\b|\bdear (?:sir|madam|hiring)\b",
    re.IGNORECASE,
)


def without_appendix(pages: list[str]) -> list[str]:
    """The pages without those after the first that read as a certificate or a letter (two different cues of
    :data:`_APPENDIX_CUES`)."""
    return [page for index, page in enumerate(pages)
            if index == 0 or len({m.group(0).casefold() for m in _APPENDIX_CUES.finditer(" ".join(page.split()))}) < 2]


def _open(data: bytes, filename: str, max_pages: int) -> PdfReader:
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except Exception:  # noqa: BLE001 - unsupported encryption handlers
            log.info("PDF %r: encryption handler not supported", filename, exc_info=True)
            raise document_error("encrypted", filename) from None
        if opened == PasswordType.NOT_DECRYPTED:
            raise document_error("encrypted", filename)
    pages = len(reader.pages)
    if pages > max_pages:
        raise document_error("too_many_pages", filename, pages=pages, limit=max_pages)
    if pages == 0:
        raise document_error("damaged", filename)
    return reader


def _page_texts(reader: PdfReader, filename: str, check: Callable[[], None]) -> list[str]:
    """pypdf's plain text of each page ("" for a page that fails, unless all fail)."""
    chunks: list[str] = []
    size = 0
    failed = 0
    for index in range(len(reader.pages)):
        check()
        try:
            stacked = StackedLines()  # a line drawn a little below another is not run into it
            chunk = stacked.text(reader.pages[index].extract_text(extraction_mode="plain", visitor_text=stacked) or "")
        except Exception as exc:  # noqa: BLE001 - one broken page should not cost the others
            log.info("PDF %r: page %d could not be read: %r", filename, index + 1, exc)
            failed += 1
            chunk = ""
        size += len(chunk)
        if size > MAX_TEXT_CHARS:
            raise document_error("too_much_text", filename)
        chunks.append(chunk)
    if failed == len(chunks):
        raise document_error("damaged", filename)
    return chunks


def _letters(text: str) -> int:
    """Letters in ``text`` (private-use icon glyphs are category Co, so they do not count)."""
    return sum(map(str.isalpha, text))


def _too_few_letters(text: str, pages: int) -> bool:
    letters = _letters(text)
    return letters < MIN_PDF_LETTERS or letters < MIN_PDF_LETTERS_PER_PAGE * pages


def looks_glued(text: str) -> bool:
    """True when at least 30% of the letters sit in words of 20 or more characters (two such words
    at least: one long compound is no evidence)."""
    words = [word for word in text.split() if not _NOT_A_WORD.search(word.rstrip(".,;:"))]
    total = sum(len(word) for word in words)
    long = [len(word) for word in words if len(word) >= _LONG_WORD]
    return total >= 40 and len(long) >= 2 and sum(long) >= _GLUED_SHARE * total


def looks_word_per_line(text: str) -> bool:
    """True when a page of 30 lines or more has over 60% of its lines holding one word: each word
    drawn as its own text object (some Google Docs exports), which pypdf returns one per line."""
    lines = [line for line in text.splitlines() if line.strip()]
    return len(lines) >= 30 and sum(len(line.split()) == 1 for line in lines) > 0.6 * len(lines)


def _pages_with_images(reader: PdfReader) -> int:
    """How many pages draw a raster image (directly or through a form XObject)."""
    count = 0
    for page in reader.pages:
        try:
            count += _has_image(page.get("/Resources"), depth=0)
        except Exception:  # noqa: BLE001 - a broken resource dictionary means "no image found"
            continue
    return count


def _has_image(resources: Any, depth: int) -> bool:
    if resources is None or depth > 3:
        return False
    xobjects = resources.get_object().get("/XObject")
    if xobjects is None:
        return False
    for ref in xobjects.get_object().values():
        xobject = ref.get_object()
        subtype = xobject.get("/Subtype")
        if subtype == "/Image" or (subtype == "/Form" and _has_image(xobject.get("/Resources"), depth + 1)):
            return True
    return False


def _in_reading_order(data: bytes, pages: list[str], filename: str) -> list[str]:
    """``pages`` read with what PDFium's geometry says of them (``core.documents.layout``): each page drawn
    out of reading order replaced by its text in reading order, a line's wide blanks (a right-aligned date
    or place) marked as column breaks, icon-font glyphs read as letters dropped, and lines a table cell or
    a column wrapped joined."""
    try:
        layout = read_layout(data, len(pages))
    except Exception as exc:  # noqa: BLE001 - keep pypdf's text when PDFium cannot read the file
        log.warning("PDF %r: PDFium could not read the page layout: %r", filename, exc)
        return pages
    reordered = sorted(index for index, page in layout.items() if page.reordered)
    if reordered:
        log.info("PDF %r: pages %s re-read in reading order", filename, reordered)
    return [layout[index].applied(page) if index in layout else page for index, page in enumerate(pages)]


def _respaced(data: bytes, pages: list[str], indexes: list[int], filename: str) -> list[str]:
    """``pages`` with each listed page replaced by PDFium's text when that reads better."""
    try:
        better = pdfium_pages(data, indexes)
    except Exception as exc:  # noqa: BLE001 - keep pypdf's text when PDFium cannot open the file
        log.warning("PDF %r: PDFium could not re-read pages %s: %r", filename, indexes, exc)
        return pages
    out = list(pages)
    for index, text in zip(indexes, better, strict=True):
        if text.strip() and not looks_glued(text) and not looks_letter_spaced(text) and not looks_word_per_line(text):
            out[index] = text
    return out
