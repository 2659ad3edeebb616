"""Lines a PDF wrapped inside a table cell or a text column, found from the page's geometry.

A PDF keeps no paragraphs: a cell of a table ("Managed 5-6 patient load; medication" / "administration and
charting for post-operative patients") or a narrow column comes out as one line per printed line, and
the text rules cannot tell the second line from a new item. On the page it is plain: the line below
starts where the line above starts, right under it, and its first word would not have fitted at the
end of the line above (the block's right edge being its longest line's). This is the usual test of text reflow (as in pdfminer's layout
analysis of text boxes, and PDFium's own text extraction when it joins lines into paragraphs). Only a
line below that opens in lower case is taken: a capitalised line is as likely a new item.

:func:`wrapped_pairs` reads the page's text rectangles (PDFium), :func:`join_wraps` joins the pairs it
found in the page's text.
"""

from __future__ import annotations

import logging
import re
from typing import Any

log = logging.getLogger(__name__)

_MIN_WORDS = 4  # a line above of fewer words is a list item or a label, not wrapped prose
_SAME_X = 1.5  # points: two lines of one block start within this of each other
_SLACK_CHARS = 1.0  # average characters of slack (glyph widths vary) when testing whether a word fitted


def _lines(textpage: Any) -> list[list[float]]:
    """The page's printed lines as [x0, bottom, x1, top] boxes, one per run of rectangles that sit on one
    line with no blank wider than two glyph heights (a table's cells on one row are apart)."""
    rects = sorted((r for r in (textpage.get_rect(k) for k in range(textpage.count_rects())) if r[3] > r[1]),
                   key=lambda r: (-r[3], r[0]))
    lines: list[list[float]] = []
    for r in rects:
        height = r[3] - r[1]
        for line in lines[-8:]:
            overlap = min(line[3], r[3]) - max(line[1], r[1])
            if overlap >= 0.5 * min(height, line[3] - line[1]) and -0.5 <= r[0] - line[2] < 2 * height:
                line[0], line[1], line[2], line[3] = min(line[0], r[0]), min(line[1], r[1]), max(line[2], r[2]), max(line[3], r[3])
                break
        else:
            lines.append(list(r))
    return lines


def wrapped_pairs(textpage: Any) -> list[tuple[str, str]]:
    """(line above, line below) for each line the page wrapped inside its block, as text (see the module's
    docstring); the text is fetched only for the pairs whose geometry fits."""
    lines = _lines(textpage)
    columns: dict[int, list[int]] = {}  # lines by where they start, in steps of _SAME_X
    for i, line in enumerate(lines):
        columns.setdefault(round(line[0] / _SAME_X), []).append(i)
    below: dict[int, int] = {}
    for i, a in enumerate(lines):
        height = a[3] - a[1]
        key = round(a[0] / _SAME_X)
        under = [j for k in (key - 1, key, key + 1) for j in columns.get(k, ()) if j != i
                 and abs(lines[j][0] - a[0]) <= _SAME_X and -0.2 * height <= a[1] - lines[j][3] <= 0.9 * height]
        if under:
            below[i] = min(under, key=lambda j: a[1] - lines[j][3])
    above = {j: i for i, j in below.items()}
    right: dict[int, float] = {}  # the right edge of each chain of lines right under one another at one x
    for start in (i for i in below if i not in above):
        chain, at = [start], start
        while at in below and below[at] not in chain:
            at = below[at]
            chain.append(at)
        edge = max(lines[k][2] for k in chain)
        right.update((k, edge) for k in chain)
    pairs = []
    for i, j in below.items():
        a = lines[i]
        text = " ".join(textpage.get_text_bounded(*a).split())
        if len(text.split()) < _MIN_WORDS:
            continue
        rest = " ".join(textpage.get_text_bounded(*lines[j]).split())
        if not re.match(r"[a-z]", rest):
            continue
        char = (a[2] - a[0]) / max(len(text), 1)
        if a[2] + (len(rest.split()[0]) + 1 - _SLACK_CHARS) * char > right.get(i, a[2]):
            pairs.append((text, rest))  # the next line's first word would not have fitted: a wrap
    return pairs


# a bulleted item: the CV reader joins its wrapped lines itself (core.analysis.cv_layout), by the text's width
_BULLET_RE = re.compile(r"\s*[^\w\s(\[{\"'“‘$£€#@+]\s")


def _squeezed(text: str) -> str:
    return "".join(text.split())


def join_wraps(text: str, pairs: list[tuple[str, str]], *, bullets: bool = False) -> str:
    """``text`` with each line ending in the first text of a pair joined to the next line when that one
    opens with the second (both compared without spaces); a bulleted line is left to the CV reader unless
    ``bullets`` (the pairs of :func:`core.documents.hanging.hanging_pairs`, whose geometry shows the item's wrap)."""
    if not pairs:
        return text
    lines = text.split("\n")
    wanted = {(_squeezed(a), _squeezed(b)) for a, b in pairs}
    out: list[str] = []
    for line in lines:
        if out and line.strip() and (bullets or not _BULLET_RE.match(out[-1])):
            prev, head = _squeezed(out[-1]), _squeezed(line)
            if any(prev.endswith(a) and head.startswith(b) for a, b in wanted):
                out[-1] = f"{out[-1].rstrip()} {line.strip()}"
                continue
        out.append(line)
    return "\n".join(out)
