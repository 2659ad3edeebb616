"""Word spaces for PDF pages that pypdf reads glued ("SeniorBackendEngineer") or letter-spaced
("J O H N  D O E"), from glyph positions read by PDFium (pypdfium2, imported only when needed).

PDFium puts a space where the gap between two glyphs is wide enough, which repairs glued text.
Letter-spaced headings (each letter drawn apart) come out of every extractor as single letters;
on such a line the gaps themselves tell the words apart: the gap between letters of one word is
the tracking, the gap between words is tracking plus a space, so a gap wider than the line's
median gap by a quarter of the glyph height starts a new word.
"""

from __future__ import annotations

import re
import statistics
import threading
from typing import Any

# Letter-spaced: a run of four or more single letters separated by spaces or line breaks.
LETTER_SPACED = re.compile(r"(?:(?<!\S)\w[ \n]+){3,}\w(?!\S)")
_WORD_GAP_HEIGHTS = 0.25

# PDFium is not thread-safe: one document at a time across the process.
PDFIUM_LOCK = threading.Lock()


def looks_letter_spaced(text: str) -> bool:
    """True when a line (or a run of lines) spells a word letter by letter ("J O H N")."""
    return bool(LETTER_SPACED.search(text))


def pdfium_pages(data: bytes, indexes: list[int]) -> list[str]:
    """PDFium's text of the given pages (0-based), in that order, letter-spaced lines rejoined."""
    import pypdfium2 as pdfium  # lazy: loaded only for PDFs whose text pypdf reads without spaces

    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        try:
            texts = []
            for index in indexes:
                page = document[index]
                textpage = page.get_textpage()
                try:
                    texts.append(page_text(textpage))
                finally:
                    textpage.close()
                    page.close()
            return texts
        finally:
            document.close()


def page_text(textpage: Any) -> str:
    """The text of one PDFium text page, newlines as ``\\n``."""
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count)
    if len(text) != count or not looks_letter_spaced(text):
        return text.replace("\r\n", "\n")
    lines: list[str] = []
    start = 0
    for end in [*(i for i, ch in enumerate(text) if ch == "\n"), count]:
        line = text[start:end].rstrip("\r")
        lines.append(_rejoin(textpage, start, line) if _is_letter_spaced_line(line) else line)
        start = end + 1
    return "\n".join(lines)


def _is_letter_spaced_line(line: str) -> bool:
    tokens = line.split()
    singles = sum(1 for token in tokens if len(token) == 1)
    return singles >= 4 and singles >= 0.8 * len(tokens)


def _rejoin(textpage: Any, offset: int, line: str) -> str:
    """A letter-spaced line with spaces only where the glyph gap shows a word break."""
    glyphs = [(ch, textpage.get_charbox(offset + i)) for i, ch in enumerate(line) if not ch.isspace()]
    if len(glyphs) < 2:
        return line
    gaps = [nxt[1][0] - cur[1][2] for cur, nxt in zip(glyphs, glyphs[1:], strict=False)]
    height = statistics.median(box[3] - box[1] for _, box in glyphs)
    threshold = statistics.median(gaps) + _WORD_GAP_HEIGHTS * height
    out = [glyphs[0][0]]
    for (ch, _), gap in zip(glyphs[1:], gaps, strict=True):
        if gap > threshold:
            out.append(" ")
        out.append(ch)
    return "".join(out)
