"""Newcomer, session 23: in a LaTeX CV's PDF a bulleted item wrapped onto a line opening with a capital or a
number ("… and Allen-Bradley" / "CompactLogix PLCs using TIA Portal and Studio" / "5000") stayed apart, so the
CV's bullet lost its end wherever it is read (the CV box, the tips, the questions). The PDF's hanging indent
shows the wrap. Made-up CV in hand-made PDFs."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from core.analysis.cv import extract_cv_facts
from core.documents import extract_text

# Each item as printed: its lines wrapped at about 260 points, the wrapped lines opening with a capital or a number.
ITEMS = [
    ["Set up and tune Engel and Arburg moulding presses with", "Kistler cavity pressure sensors on 12 tools"],
    ["Cut the scrap rate on the closures line from 6% to 2.8% by", "2021, saving £40k a year"],
    ["Train new setters"],
    ["Run the 8D reports for customer complaints, closing each in", "Ten working days"],
]
WHOLE = [" ".join(item) for item in ITEMS]


def _cv_pdf(after: list[str]) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("Helvetica", 10)
    y = 800
    for line in ["Owen Hartley", "Experience", "Process Technician", "Redmoor Plastics Ltd, Telford",
                 "June 2018 – Present"]:
        page.drawString(50, y, line)
        y -= 13
    for item in ITEMS:
        page.drawString(52, y, "•")
        for line in item:
            page.drawString(62, y, line)
            y -= 13
    for line in after:
        page.drawString(62, y, line)
        y -= 13
    page.save()
    return buffer.getvalue()


def test_a_bulleted_item_keeps_the_lines_it_wrapped_onto_whatever_their_case() -> None:
    lines = extract_text(_cv_pdf([]), "cv.pdf").splitlines()
    for item in WHOLE:
        assert f"- {item}" in lines, (item, lines)


def test_the_cv_reader_reads_each_item_whole() -> None:
    bullets = extract_cv_facts(extract_text(_cv_pdf([]), "cv.pdf"))["bullets"]
    assert bullets[:4] == WHOLE, bullets


def test_a_line_at_the_text_indent_that_would_have_fitted_stays_apart() -> None:
    # Under the short last item, at its text's indent: an author's line, not a wrap (its first word fitted).
    lines = extract_text(_cv_pdf(["Night Shift Setter"]), "cv.pdf").splitlines()
    assert "Night Shift Setter" in lines and "- Train new setters" in lines, lines
