"""CV and job-description ingestion: bytes of an uploaded file in, clean text out.

``extract_text`` reads PDF (pypdf, with pypdfium2 for pages without word spaces), DOCX
(python-docx, walked in reading order; Strict Open XML, templates and altChunk parts included), ODT
(OpenDocument text, lxml, walked the same way), RTF (striprtf, tables read as rows), JSON Resume, TXT and MD. The type comes from the content (magic bytes) as well as the name. Every
failure, expected or not, becomes a ``DocumentError`` whose message is a sentence naming the file
once and saying what to do; time, memory and archive expansion are bounded for any input.

Modules: ``detect`` (what the bytes are), ``pdf``, ``docx`` with ``archive`` (zip safety and
normalising) and ``altchunk``, ``odt``, ``rtf``, ``jsonresume``, ``plain``, ``clean`` (normalising text),
``errors`` (the sentences), ``budget`` (the time limit), ``job`` (title and company of a job ad).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from core.cv_gaps import MIN_WORDS, cv_gaps, joined
from core.documents.budget import time_limit
from core.documents.clean import clean_text
from core.documents.detect import detect
from core.documents.docx import extract_docx
from core.documents.errors import (
    MAX_TEXT_CHARS,
    SUPPORTED_EXTENSIONS,
    SUPPORTED_LABEL,
    DocumentError,
    TimeUp,
    document_error,
)
from core.documents.jsonresume import extract_json_resume
from core.documents.odt import extract_odt, is_opendocument
from core.documents.pdf import extract_pdf
from core.documents.plain import extract_plain
from core.documents.rtf import extract_rtf
from core.documents.texcodes import unread_letters_warning

__all__ = [
    "DEFAULT_MAX_BYTES", "DEFAULT_MAX_PAGES", "DEFAULT_TIME_LIMIT_S", "MAX_TEXT_CHARS", "SUPPORTED_EXTENSIONS",
    "SUPPORTED_LABEL", "DocumentError", "clean_text", "extract_text", "short_text_warning",
    "unread_letters_warning",
]

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_MAX_PAGES = 40
DEFAULT_TIME_LIMIT_S = 15.0


def extract_text(
    data: bytes,
    filename: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pages: int = DEFAULT_MAX_PAGES,
    time_limit_s: float = DEFAULT_TIME_LIMIT_S,
) -> str:
    """Return the clean text of an uploaded PDF, DOCX, ODT, RTF, JSON Resume, TXT or MD file.

    ``max_bytes`` bounds the upload, ``max_pages`` a PDF, ``time_limit_s`` (seconds) the parsing.
    Raises ``DocumentError`` (and nothing else) with a user-facing sentence when the file cannot
    be used: empty, unsupported, image, legacy .doc, password-protected, scanned, damaged, too
    large, too many pages, zip bomb, or too slow to read.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise document_error("damaged", filename)
    data = bytes(data)
    if len(data) > max_bytes:
        raise document_error("too_large", filename, size_mb=len(data) / 1024 / 1024,
                             limit_mb=max_bytes / 1024 / 1024)
    if not data.strip():
        raise document_error("empty", filename)
    kind = detect(data, filename)
    try:
        with time_limit(time_limit_s) as check:
            text = _extract(kind, data, filename, max_pages, check)
    except DocumentError as error:
        log.info("Upload %r refused (%s)", filename, error.kind)
        raise
    except TimeUp:
        log.warning("Upload %r: reading stopped after %.1f s", filename, time_limit_s)
        raise document_error("too_slow", filename) from None
    except Exception as exc:  # noqa: BLE001 - pypdf/python-docx raise many types (incl. RecursionError, MemoryError)
        log.warning("Upload %r could not be read (%s): %r", filename, kind, exc)
        raise document_error("damaged", filename) from None
    if len(text) > MAX_TEXT_CHARS:
        raise document_error("too_much_text", filename)
    return text


def _extract(kind: str, data: bytes, filename: str, max_pages: int, check: Callable[[], None]) -> str:
    if kind == "pdf":
        return extract_pdf(data, filename, max_pages, check)
    if kind == "zip":
        if is_opendocument(data):
            return extract_odt(data, filename, check)
        return extract_docx(data, filename, check)
    if kind == "rtf":
        return extract_rtf(data, filename)
    if kind == "json":
        return extract_json_resume(data, filename)
    return extract_plain(data, filename, strict=kind == "text_or_damaged")


def short_text_warning(text: str, *, min_words: int = MIN_WORDS) -> str | None:
    """A warning sentence when a CV lacks what an interview needs (:func:`core.cv_gaps.cv_gaps`: a role
    with its dates, bullets saying what was done, at least ``min_words`` words), naming what is missing;
    ``None`` for a CV that has it all, however short."""
    gaps = cv_gaps(text, min_words=min_words)
    if not gaps:
        return None
    return (
        f"This CV has {joined(gaps)}, so the interviewer has little to draw on. Add your main roles, each with "
        "its dates and two or three bullets of what you did, or check that nothing is missing from the CV text."
    )
