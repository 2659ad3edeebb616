"""Document figures: 2-page CV as PDF and DOCX, a 40-page PDF, and refusing a zip-bomb DOCX.

Inputs are built in memory by ``tests/doc_factories.py``; each figure is the median of several runs
after one warm-up (imports and first-call caches excluded).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from core.documents import DocumentError, extract_text
from tests import doc_factories as factories


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


def run() -> list[tuple[str, float, str, str]]:
    cv_pdf = factories.two_page_cv_pdf()
    cv_docx = factories.two_page_cv_docx()
    long_pdf = factories.many_pages_pdf(40)
    bomb = factories.zip_bomb_docx(200)
    return [
        ("documents: 2-page CV PDF extraction", _median_ms(lambda: extract_text(cv_pdf, "cv.pdf"), 15), "ms", "< 50 ms"),
        ("documents: 2-page CV DOCX extraction", _median_ms(lambda: extract_text(cv_docx, "cv.docx"), 15), "ms",
         "< 50 ms"),
        ("documents: 40-page PDF extraction", _median_ms(lambda: extract_text(long_pdf, "long.pdf"), 5) / 1000, "s",
         "< 1.5 s"),
        ("documents: zip-bomb DOCX (200 MB inside) rejected", _median_ms(lambda: _refuse(bomb, "bomb.docx"), 15),
         "ms", "< 100 ms"),
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
