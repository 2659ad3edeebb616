"""Section headings drawn after the text they head: a page whose drawing order is its reading order but for
its headings, which the design tool drew last ("SKILLS", "WORK EXPERIENCE", "EDUCATION" after all the
page's text), so pypdf's text gives every section's lines first and the headings together at the end.

Such a page jumps back up the page once or not at all (:func:`core.documents.columns.jumps_back`) and keeps
its pieces in order but for the headings (:data:`core.documents.columns.DISORDER`), so neither test of
:mod:`core.documents.columns` re-reads it. A heading is drawn late when the piece right under it (the
nearest one below that shares some of its width) was drawn before it; a page with ``MIN_LATE`` such
headings or more is read in drawing order with each late heading put back before the piece under it.
A heading is a line the CV reader takes for one (:func:`core.analysis.cv_sections.section_kind`).
"""

from __future__ import annotations

from core.documents.columns import Piece, page_text

MIN_LATE = 2  # one heading drawn late may be a design's; two or more: the page's headings are drawn last


def _under(heading: Piece, items: list[Piece]) -> Piece | None:
    """The piece right under ``heading``: the highest one below it (its top under the heading's middle) that
    shares some of its width, or ``None``."""
    middle = (heading.top + heading.bottom) / 2
    below = [p for p in items if p is not heading and p.top < middle and p.x0 < heading.x1 and p.x1 > heading.x0]
    return max(below, key=lambda p: p.top, default=None)


def late_headings(items: list[Piece]) -> dict[int, Piece]:
    """The headings among ``items`` drawn after the piece right under them (id of the heading -> that piece)."""
    # the CV reader's headings; imported here, as core.documents.job imports the CV reader's names
    from core.analysis.cv_sections import section_kind

    heads = [p for p in items if len(p.text.split()) <= 4 and section_kind(p.text)]
    out: dict[int, Piece] = {}
    for heading in heads:
        under = _under(heading, items)
        if under is not None and under.order < heading.order and under not in heads:
            out[id(heading)] = under
    return out


def headings_in_place(items: list[Piece]) -> str | None:
    """The page's text in drawing order with its late headings (:func:`late_headings`) each put back before
    the piece under it, when there are ``MIN_LATE`` of them or more; else ``None``."""
    late = late_headings(items)
    if len(late) < MIN_LATE:
        return None
    moved = [p for p in items if id(p) in late]
    before: dict[int, list[Piece]] = {}
    for heading in sorted(moved, key=lambda p: -p.top):
        before.setdefault(id(late[id(heading)]), []).append(heading)
    ordered: list[Piece] = []
    for piece in sorted(items, key=lambda p: p.order):
        if id(piece) in late:
            continue
        ordered.extend(before.get(id(piece), []))
        ordered.append(piece)
    return page_text(ordered)
