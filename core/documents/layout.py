"""What PDFium's geometry says of each page of a PDF, for the text pypdf read from it: whether the page is
drawn out of reading order (and its text in reading order), which lines hold a wide blank (a column
break), which glyphs are icons read as letters, and which lines a cell, a column or a bulleted item wrapped.

One pass over the pages under PDFium's lock (``core.documents.respace``); the parts are in
:mod:`core.documents.columns`, :mod:`core.documents.icons` and :mod:`core.documents.wraps`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from core.documents.asides import dates_in_place
from core.documents.columns import MIN_JUMPS_BACK, gap_rows, jumps_back, mark_gaps, pieces, reordered_text
from core.documents.hanging import hanging_pairs
from core.documents.headings import headings_in_place
from core.documents.icons import drop_icons, icon_marks
from core.documents.wraps import join_wraps, wrapped_pairs

log = logging.getLogger(__name__)


@dataclass
class PageLayout:
    """One page's notes (see the module's docstring)."""

    reordered: str | None = None  # the page's text in reading order, when drawn out of it
    gaps: list[list[str]] = field(default_factory=list)  # core.documents.columns.gap_rows
    icons: list[tuple[str, str]] = field(default_factory=list)  # core.documents.icons.icon_marks
    wraps: list[tuple[str, str]] = field(default_factory=list)  # core.documents.wraps.wrapped_pairs
    hanging: list[tuple[str, str]] = field(default_factory=list)  # core.documents.hanging.hanging_pairs

    def applied(self, text: str) -> str:
        """pypdf's ``text`` of the page read with these notes: in reading order, wide blanks as column
        breaks, icons dropped, wrapped lines (a bulleted item's too) joined."""
        text = mark_gaps(self.reordered or text, self.gaps)
        return join_wraps(join_wraps(drop_icons(text, self.icons), self.wraps), self.hanging, bullets=True)


def read_layout(data: bytes, count: int) -> dict[int, PageLayout]:
    """The notes of a PDF's first ``count`` pages (0-based index -> :class:`PageLayout`). Only a page whose
    drawing jumps back up ``MIN_JUMPS_BACK`` times or more is laid out again (a page drawn as read goes
    down, jumping back up once per column); a page whose section headings alone are drawn after the text they
    head has them put back in place (:mod:`core.documents.headings`), as has a page whose right-aligned dates are
    drawn apart from their lines (:mod:`core.documents.asides`)."""
    import pypdfium2 as pdfium  # lazy, as in core.documents.respace

    from core.documents.respace import PDFIUM_LOCK

    pages: dict[int, PageLayout] = {}
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        try:
            for index in range(min(count, len(document))):
                page = document[index]
                textpage = page.get_textpage()
                try:
                    laid_out = jumps_back(textpage, page.get_height()) >= MIN_JUMPS_BACK
                    reordered = reordered_text(textpage) if laid_out else None
                    items = [] if reordered else pieces(textpage)
                    pages[index] = PageLayout(reordered or headings_in_place(items) or dates_in_place(items),
                                              gap_rows(textpage), icon_marks(textpage), wrapped_pairs(textpage),
                                              hanging_pairs(textpage))
                finally:
                    textpage.close()
                    page.close()
        finally:
            document.close()
    return pages
