"""Right-aligned dates drawn apart from their line: a page whose job lines carry their dates at the right margin
("Teacher of Mathematics — Rushey Mead School, Leicester ........ Sep 2015 – Aug 2021") but whose drawing gives
the dates elsewhere, so pypdf's text has them together, cut off from their roles ("Sep 2021 – present\\nSep 2015 –
Aug 2021" as the page's first lines). Chromium's PDF printer does this for dates floated right (CSS paints a block's
floats before its inline text: CSS 2.1, Appendix E, "Elaborate description of Stacking Contexts", steps 5 and 7).

A date is drawn apart when it sits on the baseline of text to its left, after a blank of two glyph heights or more
(as :func:`core.documents.columns.gap_rows` reads a right-aligned column), ends at the page's right text edge, and
neither piece drawn next to it (before or after) is on its line nor near it under or over it: the lines of a
sidebar column drawn after the main column are drawn next to their own neighbours, a float is not (the next piece
drawn is the next job's date, lines away, or the page's first line). A page with such dates is read in drawing order with each date put back after the text
it sits beside (the columns module's wide-blank mark then makes it a column break, " | ").

pypdf's own ``extraction_mode="layout"`` puts the dates back too, but it also sets a two-column page's columns
side by side on each line and keeps runs of spaces as layout, which the rest of the reading (plain mode, columns
by PDFium's geometry) does not expect; the geometry read here is the one the page's other notes use.
"""

from __future__ import annotations

import re

from core.documents.columns import Piece, page_text

_DATE = re.compile(r"\b(?:19|20)\d{2}\b")
_MAX_WORDS = 8  # a date range with its words ("Sep 2015 – Aug 2021", "since March 2019")
_BLANK_HEIGHTS = 2.0  # a blank this wide before it: a column or tab stop, as core.documents.columns reads one
_EDGE_HEIGHTS = 3.0  # its right end this close to the page's right text edge: right-aligned
_NEAR_HEIGHTS = 3.0  # a piece drawn next to it within this many glyph heights of its line: drawn in its place


def _height(piece: Piece) -> float:
    return max(piece.top - piece.bottom, 4.0)


def _on_line(a: Piece, b: Piece) -> bool:
    return abs(a.base - b.base) <= 0.35 * max(_height(a), _height(b))


def _beside(date: Piece, items: list[Piece]) -> Piece | None:
    """The piece ``date`` sits beside: the rightmost one on its baseline that ends a wide blank before it."""
    left = [p for p in items if p is not date and _on_line(p, date) and date.x0 - p.x1 >= _BLANK_HEIGHTS * _height(date)]
    return max(left, key=lambda p: p.x1, default=None)


def _candidates(items: list[Piece]) -> dict[int, Piece]:
    """Right-aligned short dates with text to their left on their line (id of the date -> the piece beside it)."""
    edge = max(p.x1 for p in items)
    out: dict[int, Piece] = {}
    for piece in items:
        if (len(piece.text.split()) <= _MAX_WORDS and _DATE.search(piece.text)
                and piece.x1 >= edge - _EDGE_HEIGHTS * _height(piece) and (beside := _beside(piece, items))):
            out[id(piece)] = beside
    return out


def _apart(date: Piece, drawn: list[Piece], at: int) -> bool:
    """Whether the pieces drawn just before and after ``date`` (``drawn[at]``) are neither on its line nor near it
    (another date drawn apart is lines away: the next job's)."""
    return all(abs(drawn[index].base - date.base) > _NEAR_HEIGHTS * _height(date)
               for index in (at - 1, at + 1) if 0 <= index < len(drawn))


def apart_dates(items: list[Piece]) -> dict[int, Piece]:
    """The right-aligned dates among ``items`` drawn apart from their line (id of the date -> the piece it sits
    beside); empty when there are none."""
    if len(items) < 2:
        return {}
    candidates = _candidates(items)
    drawn = sorted(items, key=lambda p: p.order)
    return {id(p): candidates[id(p)] for at, p in enumerate(drawn)
            if id(p) in candidates and _apart(p, drawn, at)}


def dates_in_place(items: list[Piece]) -> str | None:
    """The page's text in drawing order with each date drawn apart (:func:`apart_dates`) put back right after the
    piece it sits beside; ``None`` when the page has no such date."""
    moved = apart_dates(items)
    if not moved:
        return None
    after: dict[int, list[Piece]] = {}
    for piece in items:
        if id(piece) in moved:
            after.setdefault(id(moved[id(piece)]), []).append(piece)
    ordered: list[Piece] = []
    for piece in sorted(items, key=lambda p: p.order):
        if id(piece) in moved:
            continue
        ordered.append(piece)
        ordered.extend(sorted(after.get(id(piece), []), key=lambda p: p.x0))
    return page_text(ordered)
