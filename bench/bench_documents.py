"""Document figures: 2-page CV as PDF and DOCX, a 40-page PDF, refusing a zip-bomb DOCX, and the two
PDF extractors side by side (pypdf, used for every page; pypdfium2, used only for pages pypdf reads
glued or letter-spaced) on the sample CVs.

Inputs are built in memory by ``tests/doc_factories.py``, plus ``data/samples/sample_cv.pdf`` and
the glued-text PDF in ``tests/data/inputs/``; each figure is the median of several runs after one
warm-up (imports and first-call caches excluded).
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

from core.documents import DocumentError, extract_text
from core.documents.respace import pdfium_pages
from tests import doc_factories as factories

ROOT = Path(__file__).resolve().parent.parent


def _median_ms(action: Callable[[], object], runs: int) -> float:
    action()  # warm-up
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def _refuse(data: bytes, filename: str) -> None:
    try:
        extract_text(data, filename)
    except DocumentError as error:
        assert error.kind == "zip_bomb", error.kind
        return
    raise AssertionError("the zip bomb was accepted")


def _pypdf_only(data: bytes) -> list[str]:
    return [page.extract_text(extraction_mode="plain") or "" for page in PdfReader(io.BytesIO(data)).pages]


def _pdfium_only(data: bytes) -> list[str]:
    return pdfium_pages(data, list(range(len(PdfReader(io.BytesIO(data)).pages))))


def run() -> list[tuple[str, float, str, str]]:
    cv_pdf = factories.two_page_cv_pdf()
    cv_docx = factories.two_page_cv_docx()
    long_pdf = factories.many_pages_pdf(40)
    bomb = factories.zip_bomb_docx(200)
    sample = (ROOT / "data" / "samples" / "sample_cv.pdf").read_bytes()
    glued = (ROOT / "tests" / "data" / "inputs" / "pdf-font-without-space-glyph.pdf").read_bytes()
    spaced = factories.letter_spaced_pdf()
    return [
        ("documents: 2-page CV PDF extraction", _median_ms(lambda: extract_text(cv_pdf, "cv.pdf"), 15), "ms", "< 50 ms"),
        ("documents: 2-page CV DOCX extraction", _median_ms(lambda: extract_text(cv_docx, "cv.docx"), 15), "ms",
         "< 50 ms"),
        ("documents: 40-page PDF extraction", _median_ms(lambda: extract_text(long_pdf, "long.pdf"), 5) / 1000, "s",
         "< 1.5 s"),
        ("documents: zip-bomb DOCX (200 MB inside) rejected", _median_ms(lambda: _refuse(bomb, "bomb.docx"), 15),
         "ms", "< 100 ms"),
        ("documents: sample CV PDF, extract_text", _median_ms(lambda: extract_text(sample, "cv.pdf"), 15), "ms",
         "< 50 ms"),
        ("documents: sample CV PDF, pypdf alone", _median_ms(lambda: _pypdf_only(sample), 15), "ms", "(comparison)"),
        ("documents: sample CV PDF, pypdfium2 alone", _median_ms(lambda: _pdfium_only(sample), 15), "ms",
         "(comparison)"),
        ("documents: 2-page CV PDF, pypdf alone", _median_ms(lambda: _pypdf_only(cv_pdf), 15), "ms", "(comparison)"),
        ("documents: 2-page CV PDF, pypdfium2 alone", _median_ms(lambda: _pdfium_only(cv_pdf), 15), "ms",
         "(comparison)"),
        ("documents: glued-text PDF (pypdf + PDFium re-read)", _median_ms(lambda: extract_text(glued, "g.pdf"), 15),
         "ms", "< 50 ms"),
        ("documents: letter-spaced PDF (pypdf + PDFium re-read)",
         _median_ms(lambda: extract_text(spaced, "s.pdf"), 15), "ms", "< 50 ms"),
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
