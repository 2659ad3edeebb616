"""Reading order for PDF pages whose text layer is drawn out of it: a sidebar's lines between a job's,
section headings drawn after the text they head, a two-column page drawn bottom to top.

A PDF's text comes in the order it was drawn, which pypdf (and PDFium) keep. Design tools (InDesign,
some Word and HTML-to-PDF exports) draw in an order no reader follows. Such a page is re-read here from
PDFium's glyph boxes by recursive XY-cut (Nagy & Seth, "Hierarchical representation of optically scanned
documents", 1984; as used in document layout analysis since): the page's line pieces are split at the
widest blank gutter that runs down the whole region (columns, read left then right) or else at the
widest blank band across it (read top, then bottom), until no cut is left; a block with no cut keeps
the order it was drawn in.

The geometric text is used only when it disagrees with the drawing order: when the pieces in reading
order, numbered by the order they were drawn in, hold a longest increasing run of less than
``1 - DISORDER`` of them. A page drawn in reading order (most CVs, and LaTeX two-column
ones, which draw one column after the other) keeps pypdf's text.

Every page's lines with a wide blank (two glyph heights or more: a date, place or employer set flush
right by LaTeX's \\hfill or a Typst grid, which pypdf runs into the name with one space) are found from
PDFium's text rectangles (:func:`gap_rows`) and marked as column breaks (:func:`mark_gaps`).

Columns are cut only where they are no table: when most pieces right of a gutter share a baseline with
a piece left of it ("Acme Corp .......... 2019 - 2021", or two columns on one grid), the region is one
block, kept in the order it was drawn.
"""

from __future__ import annotations

import bisect
import logging
import statistics
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

DISORDER = 0.35  # share of pieces out of drawing order that makes the geometric order win
_MIN_PIECES = 8  # fewer pieces than this: nothing to reorder
MIN_JUMPS_BACK = 3  # a page whose drawing jumps back up this often is laid out (see reordered_pages)
_ROW_ALIGNED = 0.6  # share of pieces right of a gutter on a left piece's baseline: a table, not columns
_TABLE = -1.0  # what _gutter gives for a table's gutter


@dataclass
class Piece:
    """A run of glyphs on one baseline with no wide gap (PDF points, y up)."""

    text: str
    order: int  # index of its first glyph in drawing order
    x0: float
    x1: float
    bottom: float
    top: float
    base: float  # baseline of its first glyph


def pieces(textpage: Any) -> list[Piece]:
    """The page's glyphs grouped into pieces: a new piece at a line break, a jump to another baseline, a
    step back, or a gap wider than 1.2 glyph heights (a column gutter or a tab)."""
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count)
    if len(text) != count:
        return []
    origin = _origin(textpage)
    out: list[Piece] = []
    cur: list[Any] = []
    for index, ch in enumerate(text):
        if ch in "\r\n":
            _close(cur, out)
            cur = []
            continue
        box = textpage.get_charbox(index)
        if ch.isspace() or box[2] <= box[0]:
            if cur:
                cur.append((index, " ", None, 0.0))
            continue
        base = origin(index)
        if cur and _breaks(cur, box, base):
            _close(cur, out)
            cur = []
        cur.append((index, ch, box, base))
    _close(cur, out)
    return out


def _origin(textpage: Any) -> Any:
    """A function giving a glyph's baseline y (PDFium's character origin)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    x, y = ctypes.c_double(), ctypes.c_double()

    def baseline(index: int) -> float:
        pdfium_c.FPDFText_GetCharOrigin(textpage.raw, index, ctypes.byref(x), ctypes.byref(y))
        return y.value
    return baseline


def _breaks(cur: list[Any], box: Any, base: float) -> bool:
    _, _, last, last_base = next(glyph for glyph in reversed(cur) if glyph[2] is not None)
    height = max(last[3] - last[1], box[3] - box[1], 4.0)
    return (abs(base - last_base) > 0.35 * height or box[0] < last[0] - 0.5 * height
            or box[0] - last[2] > 1.2 * height)


def _same_line(a: Piece, b: Piece) -> bool:
    """Whether two pieces sit on one baseline (within a third of a glyph height: a comma's box hangs lower
    than its letters', its baseline is theirs)."""
    return abs(a.base - b.base) <= 0.35 * max(a.top - a.bottom, b.top - b.bottom, 4.0)


def _close(cur: list[Any], out: list[Piece]) -> None:
    glyphs = [glyph for glyph in cur if glyph[2] is not None]
    if not glyphs:
        return
    text = " ".join("".join(glyph[1] for glyph in cur).split())
    boxes = [glyph[2] for glyph in glyphs]
    bottom, top, base = min(b[1] for b in boxes), max(b[3] for b in boxes), glyphs[0][3]
    if top - bottom < 1.0:  # a glyph drawn with no height ("-", "’" of some fonts): a small box on its baseline
        bottom, top = min(bottom, base) - 1.0, max(top, base) + 3.0
    out.append(Piece(text, glyphs[0][0], min(b[0] for b in boxes), max(b[2] for b in boxes), bottom, top, base))


def reading_order(items: list[Piece]) -> list[Piece]:
    """The pieces in reading order by recursive XY-cut (see the module's docstring)."""
    if len(items) < 2:
        return list(items)
    height = statistics.median(p.top - p.bottom for p in items)
    return _cut(items, height, 0)


def _cut(items: list[Piece], height: float, depth: int) -> list[Piece]:
    if len(items) < 2 or depth > 60:
        return sorted(items, key=lambda p: p.order)
    gutter = _gutter(items, height)
    if gutter == _TABLE:
        return sorted(items, key=lambda p: p.order)  # rows of a table: the order they were drawn in
    if gutter is not None:
        left = [p for p in items if p.x1 <= gutter]
        right = [p for p in items if p.x0 >= gutter]
        return _cut(left, height, depth + 1) + _cut(right, height, depth + 1)
    band = _band(items, height)
    if band is not None:
        above = [p for p in items if p.bottom >= band]
        below = [p for p in items if p.bottom < band]
        return _cut(above, height, depth + 1) + _cut(below, height, depth + 1)
    return sorted(items, key=lambda p: p.order)  # a block with no cut: the order it was drawn in


def _gutter(items: list[Piece], height: float) -> float | None:
    """The x of the widest blank gap (at least one glyph height) that runs down the whole region between
    pieces on both sides; ``_TABLE`` when the sides are rows of one table (then neither columns nor
    bands are cut: a table drawn column by column and one drawn row by row look alike)."""
    spans = sorted((p.x0, p.x1) for p in items)
    best, best_width = None, height
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach > best_width:
            best, best_width = (reach + x0) / 2, x0 - reach
        reach = max(reach, x1)
    if best is None:
        return None
    left = [p for p in items if p.x1 <= best]
    right = [p for p in items if p.x0 >= best]
    bases = sorted(p.base for p in left)
    aligned = sum(1 for p in right if _near(bases, p.base, 0.5))
    if aligned >= _ROW_ALIGNED * len(right):
        return _TABLE  # rows of one table ("Acme Corp ...... 2019 - 2021"): their baselines are shared
    return best


def _near(sorted_values: list[float], value: float, tolerance: float) -> bool:
    at = bisect.bisect_left(sorted_values, value - tolerance)
    return at < len(sorted_values) and sorted_values[at] <= value + tolerance


def _band(items: list[Piece], height: float) -> float | None:
    """The y of the widest blank band across the region (at least half a glyph height), or ``None``."""
    ordered = sorted(items, key=lambda p: -p.top)
    best, best_gap = None, 0.5 * height
    floor = ordered[0].bottom
    for piece in ordered[1:]:
        if floor - piece.top >= best_gap:
            best, best_gap = piece.top + 0.001, floor - piece.top
        floor = min(floor, piece.bottom)
    return best


def off_order(ordered: list[Piece]) -> list[Piece]:
    """The pieces off the longest run of ``ordered`` that keeps drawing order (none: the page is drawn as
    it is read)."""
    tails: list[int] = []  # index into ordered of the smallest tail of each run length
    back: list[int] = [-1] * len(ordered)
    for i, piece in enumerate(ordered):
        at = bisect.bisect_left([ordered[t].order for t in tails], piece.order)
        back[i] = tails[at - 1] if at else -1
        if at == len(tails):
            tails.append(i)
        else:
            tails[at] = i
    kept: set[int] = set()
    i = tails[-1] if tails else -1
    while i >= 0:
        kept.add(i)
        i = back[i]
    return [piece for i, piece in enumerate(ordered) if i not in kept]


_BULLETS = "•●○◦▪▫■□◆◇►▶▸➢➤‣⁃∙·✓✔❖\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e"


def page_text(ordered: list[Piece]) -> str:
    """The pieces as lines: the pieces of one row, left to right, on one line; a bullet drawn apart from
    its text (as design tools do) opens the line of the text to its right, and a bullet's text wrapped
    onto the next line (no bullet, starting where the bullet's text starts) goes on its line."""
    bullets = [p for p in ordered if p.text in _BULLETS]
    items = [p for p in ordered if p.text not in _BULLETS]
    bulleted: set[int] = set()
    for bullet in bullets:
        after = [p for p in items if p.x0 >= bullet.x1 - 1 and _same_line(bullet, p)]
        if after:
            nearest = min(after, key=lambda p: p.x0)
            bulleted.add(id(nearest))
    lines: list[str] = []
    prev: Piece | None = None
    item: Piece | None = None  # the first piece of the bulleted line being read
    for piece in items:
        slack = 0.5 * (piece.top - piece.bottom)
        if prev is not None and piece.x0 >= prev.x1 - slack and _same_line(prev, piece):
            tight = piece.x0 - prev.x1 < 0.15 * (prev.top - prev.bottom)  # "CEB" + "’" + "s": one word
            lines[-1] += ("" if tight else " ") + piece.text
        elif item is not None and prev is not None and id(piece) not in bulleted and _wraps(item, prev, piece):
            lines[-1] += " " + piece.text
        else:
            lines.append(f"• {piece.text}" if id(piece) in bulleted else piece.text)
            item = piece if id(piece) in bulleted or piece.text[:1] in _BULLETS else None
        prev = piece
    return "\n".join(lines)


def _wraps(item: Piece, prev: Piece, piece: Piece) -> bool:
    """Whether ``piece`` is the next line of a bulleted item: it sits right under the line before (less than
    a line's gap) and starts where the item's text starts (the item's own start when its bullet was drawn
    apart, a little right of it when the bullet is part of it)."""
    height = max(prev.top - prev.bottom, piece.top - piece.bottom, 4.0)
    if not 0 <= prev.bottom - piece.top < 0.8 * height:
        return False
    if item.text[:1] in _BULLETS:
        return item.x0 + 0.3 * height < piece.x0 <= item.x0 + 3 * height
    return abs(piece.x0 - item.x0) <= 0.3 * height


def reordered_text(textpage: Any) -> str | None:
    """The page's text in geometric reading order when its drawing order is out of it (a share of at
    least ``DISORDER`` of its pieces off the drawing order), else ``None``."""
    items = pieces(textpage)
    if len(items) < _MIN_PIECES:
        return None
    ordered = reading_order(items)
    if len(off_order(ordered)) < DISORDER * len(ordered):
        return None
    return page_text(ordered)


def jumps_back(textpage: Any, page_height: float) -> int:
    """How many times the page's drawing jumps back up by a tenth of the page or more (PDFium's text
    rectangles in drawing order)."""
    tops = [textpage.get_rect(k)[3] for k in range(textpage.count_rects())]
    return sum(1 for a, b in zip(tops, tops[1:], strict=False) if b - a > 0.1 * page_height)


# A blank this wide (in glyph heights) between two runs of text on one line is a column or tab stop
# (a right-aligned date, place or employer), not a word space, even in justified text.
_GAP_HEIGHTS = 2.0


def gap_rows(textpage: Any) -> list[list[str]]:
    """The page's lines that hold a wide blank (``_GAP_HEIGHTS``), each as its runs of text split there
    ("Leader of the armies", "Westeros"), from PDFium's text rectangles (the text is fetched only for the
    lines that have such a blank)."""
    rects = [textpage.get_rect(k) for k in range(textpage.count_rects())]
    rects = sorted((r for r in rects if r[3] > r[1]), key=lambda r: -r[3])
    rows: list[list[Any]] = []
    for rect in rects:
        row = next((row for row in rows[-3:] if _overlaps(row[0], rect)), None)
        if row is None:
            rows.append([rect])
        else:
            row.append(rect)
    out = []
    for row in rows:
        if len(row) < 2:
            continue
        row.sort(key=lambda r: r[0])
        height = max(r[3] - r[1] for r in row)
        runs: list[list[Any]] = [[row[0]]]
        for prev, rect in zip(row, row[1:], strict=False):
            if rect[0] - prev[2] >= _GAP_HEIGHTS * height:
                runs.append([])
            runs[-1].append(rect)
        texts = [" ".join(_run_text(textpage, run).split()) for run in runs] if len(runs) > 1 else []
        if sum(any(ch.isalnum() for ch in text) for text in texts) >= 2:  # an icon or a comma beside one field: no row
            out.append(texts)
    return out


def _run_text(textpage: Any, run: list[Any]) -> str:
    """The text inside a run's rectangles, read once from their union: two rectangles of one run may
    overlap ("Clinic (June 2014 – " and "– " of a dash drawn a little back), and reading each apart
    would give the shared glyph twice, so the row would match no line of the page's text."""
    box = (min(r[0] for r in run), min(r[1] for r in run), max(r[2] for r in run), max(r[3] for r in run))
    text = textpage.get_text_bounded(*box)
    if "\n" in text.strip():  # a line set close below reaches into the box (a descender's box overlaps it)
        return _chars_inside(textpage, run[0], box) or text
    return text


def _chars_inside(textpage: Any, first: Any, box: tuple[float, float, float, float]) -> str:
    """The run's own characters, read one by one from the first rectangle's first glyph for as long as each
    glyph's centre lies inside ``box`` (a blank or a glyph without a box is kept as a space)."""
    start = textpage.get_index(first[0] + 0.5, (first[1] + first[3]) / 2, 1.0, 1.0)
    if start is None or start < 0:
        return ""
    chars = []
    for index in range(start, min(textpage.count_chars(), start + 2000)):
        left, bottom, right, top = textpage.get_charbox(index)
        char = textpage.get_text_range(index, 1)
        if right <= left or top <= bottom or char.isspace():
            chars.append(" ")
            continue
        if not (box[0] - 0.5 <= (left + right) / 2 <= box[2] + 0.5 and box[1] <= (bottom + top) / 2 <= box[3]):
            break
        chars.append(char)
    return "".join(chars).strip()


def _overlaps(a: Any, b: Any) -> bool:
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    return overlap >= 0.5 * min(a[3] - a[1], b[3] - b[1])


def reordered_pages(data: bytes, count: int) -> dict[int, str]:
    """The pages drawn out of reading order (index -> text in reading order; see
    :func:`core.documents.layout.read_layout`)."""
    from core.documents.layout import read_layout  # that module reads this one

    return {index: page.reordered for index, page in read_layout(data, count).items() if page.reordered}


def mark_gaps(text: str, rows: list[list[str]]) -> str:
    """``text`` with each line that is one of ``rows`` (compared without spaces), or two or more of a row's
    runs side by side, split at the row's wide blanks by a tab, which the cleaning turns into a column
    break (" | ")."""
    if not rows:
        return text
    # A line may hold only some of its row's runs, side by side: a two-column page's left column whose
    # "Site Manager ...... Normanton" shares its baseline with the right column's first line.
    wanted = {key: row[i:j] for row in rows for i in range(len(row)) for j in range(i + 2, len(row) + 1)
              if all(len(run.strip()) >= 2 for run in row[i:j]) and len(key := "".join("".join(row[i:j]).split())) >= 6}
    wanted.update({"".join("".join(row).split()): row for row in rows})  # a whole row first
    wanted.pop("", None)
    out = []
    for line in text.split("\n"):
        row = wanted.get("".join(line.split()))
        out.append(_split_at(line, row) if row else line)
    return "\n".join(out)


def _split_at(line: str, row: list[str]) -> str:
    """``line`` with a tab where each run of ``row`` ends (runs counted in non-space characters)."""
    ends, total = set(), 0
    for run in row[:-1]:
        total += len("".join(run.split()))
        ends.add(total)
    out, seen = [], 0
    for ch in line:
        if not ch.isspace():
            if seen in ends and out:
                out.append("\t")
            seen += 1
        out.append(ch)
    return "".join(out)
