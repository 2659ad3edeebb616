"""Lines of a PDF page that pypdf runs together: a grid's second row drawn a little below the first
(Typst's or a design tool's "Title ........ Town" over "Employer ........ Dates", set tighter than a line
apart) comes out of pypdf's plain text as one line with no space where the drawing went back left
("Site Manager NormantonPersimmon Homes"), since pypdf breaks a line only when the baseline moves by
0.8 of the font size or more and adds a space only when the pen moves right.

:class:`StackedLines` is a pypdf ``visitor_text`` that sees each drawn fragment with its position and
puts a line break before a fragment drawn on another baseline, well left of where the fragment before it
started, with no line break between them: on a page read left to right that is a new line, never the rest
of the one before. The fragments pypdf hands the visitor add up to its text; when they do not, the text is
kept as pypdf gave it.
"""

from __future__ import annotations

import math
from typing import Any

_BACK = 2.0  # font sizes: how far left of the previous fragment's start a new line starts
_OTHER_BASELINE = 0.2  # font sizes: a baseline this far from the previous one is another line


def _times(a: Any, b: Any) -> list[float]:
    """The product of two PDF matrices [a b c d e f] (text matrix times the current transformation)."""
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3], a[2] * b[0] + a[3] * b[2],
            a[2] * b[1] + a[3] * b[3], a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


class StackedLines:
    """A pypdf ``visitor_text`` for one page (see the module's docstring); :meth:`text` is the page's text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.breaks: set[int] = set()  # indexes of parts that start a new line pypdf did not break
        self._previous: tuple[float, float, float] | None = None  # x, y, font size in points
        self._last = ""

    def __call__(self, text: str, cm: Any, tm: Any, _font: Any, font_size: float) -> None:
        try:
            m = _times(tm, cm)
        except (TypeError, IndexError, ValueError):
            m = None
        upright = m is not None and abs(m[1]) < 1e-6 and abs(m[2]) < 1e-6 and m[0] > 0 and m[3] > 0
        here = (m[4], m[5], abs(float(font_size or 0)) * math.hypot(m[2], m[3])) if upright else None
        written = self._last  # the last fragment with text (pypdf hands empty ones too)
        if text.strip() and here and self._previous and written and not written.endswith("\n") \
                and not text.startswith("\n"):
            unit = max(min(here[2], self._previous[2]), 1.0)
            if self._previous[0] - here[0] > _BACK * unit and abs(self._previous[1] - here[1]) > _OTHER_BASELINE * unit:
                self.breaks.add(len(self.parts))
        self.parts.append(text)
        self._last = text or self._last
        if text.strip() or "\n" in text:
            self._previous = here

    def text(self, extracted: str) -> str:
        """``extracted`` (pypdf's text of the page) with a line break before each fragment that starts a
        line pypdf ran into the one above; ``extracted`` itself when the fragments do not add up to it."""
        if not self.breaks or "".join(self.parts) != extracted:
            return extracted
        return "".join(("\n" + part.lstrip(" ")) if index in self.breaks else part
                       for index, part in enumerate(self.parts))
