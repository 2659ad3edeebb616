"""The wrapped lines of a PDF's bulleted items, found from the hanging indent (PDFium geometry).

A list item's text starts right of its bullet glyph, and the lines it wraps onto start there too, under the
text, not under the glyph: "• Fault-find on Siemens S7-1500 and Allen-Bradley" / "CompactLogix PLCs using TIA
Portal and Studio" / "5000". A new item has a glyph of its own; a line at the item's text indent with none,
at the list's line spacing, whose first word would not have fitted at the end of the line above (the list's
lines end at its right edge, taken as the median end of its lines that wrapped), is the item's text wrapped,
whatever its case (:mod:`core.documents.wraps` takes only a lower-case line, having no glyph to go by).
This is the hanging indent of CSS lists and LaTeX's itemize (the item's ``\\labelsep`` puts the label left
of the text block).
"""

from __future__ import annotations

import statistics
from typing import Any

from core.documents.wraps import _lines

_SAME_X = 1.5  # points: a wrapped line starts within this of the item's text
_GLYPH_WIDTH = 8.0  # points: a bullet glyph's box is narrower than this
_SLACK_CHARS = 1.0  # as in core.documents.wraps


def _first_line(textpage: Any, box: list[float]) -> str:
    """The text of a line box (its first printed line, when the box took in a neighbour column's too)."""
    return " ".join(textpage.get_text_bounded(*box).replace("\r", "\n").split("\n")[0].split())


def hanging_pairs(textpage: Any) -> list[tuple[str, str]]:
    """(line above, line below) for each line a bulleted item wrapped onto (see the module's docstring), the
    line above without its glyph."""
    lines = _lines(textpage)
    glyphs = [box for box in lines if box[2] - box[0] <= _GLYPH_WIDTH
              and len(mark := "".join(textpage.get_text_bounded(*box).split())) == 1 and not mark.isalnum()]
    if not glyphs:
        return []

    def has_glyph(box: list[float]) -> bool:
        height, middle = box[3] - box[1], (box[1] + box[3]) / 2
        return any(g[2] <= box[0] + 0.5 and box[0] - g[2] <= 2 * height
                   and g[1] - 0.3 * height <= middle <= g[3] + 0.3 * height for g in glyphs)

    items = {i for i, box in enumerate(lines) if box[2] - box[0] > _GLYPH_WIDTH and has_glyph(box)}
    chains = []
    for start in sorted(items):
        x = lines[start][0]
        column = [j for j, box in enumerate(lines) if abs(box[0] - x) <= _SAME_X]
        chain = [start]
        while True:
            above = lines[chain[-1]]
            height = above[3] - above[1]
            under = [j for j in column if j not in chain and -0.2 * height <= above[1] - lines[j][3] <= 0.9 * height]
            if not under or (nearest := min(under, key=lambda j: above[1] - lines[j][3])) in items:
                break
            chain.append(nearest)
        if len(chain) > 1:
            chains.append([lines[k] for k in chain])
    if not chains:
        return []
    edge = statistics.median(box[2] for chain in chains for box in chain[:-1])
    pairs = []
    for chain in chains:
        for above, below in zip(chain, chain[1:], strict=False):
            text, rest = _first_line(textpage, above), _first_line(textpage, below)
            if not text or not rest:
                break
            char = (above[2] - above[0]) / max(len(text), 1)
            if above[2] + (len(rest.split()[0]) + 1 - _SLACK_CHARS) * char <= edge:
                break  # the word would have fitted: the author broke the line
            pairs.append((text, rest))
    return pairs
