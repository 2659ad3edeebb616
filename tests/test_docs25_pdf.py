"""A grid's two rows set tighter than a line apart ("Title ...... Town" over "Employer ...... Dates", a Typst or
design-tool CV) are read as two lines with their fields apart, never glued ("Warehouse Supervisor
KettleringHarlow Freight Ltd"), and the opener names the title and the employer, not the glued line."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from core.analysis.cv import extract_cv_facts
from core.coach.plan import plan_questions
from core.documents import extract_text

_W, _H = A4


def _grid_cv(entries: list[tuple[str, str, str, str, list[str]]], *, right_column: list[str] = ()) -> bytes:
    """A page whose entries are each a title with its town flush right, and just below (6.5 pt, less than a
    line) the employer in small type with its dates flush right, then bullets; a narrow right column beside."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, _H - 50, "Experience")
    y = _H - 80
    for x, line in zip([380] * len(right_column), right_column, strict=False):
        c.setFont("Helvetica", 9)
        c.drawString(x, y, line)
        y -= 13
    y = _H - 80
    text = c.beginText()  # one text object, moved with Tm, as a typesetter draws a page
    for title, town, employer, dates, bullets in entries:
        for font, size, x, dy, words in (("Helvetica-Bold", 10, 40, 0, title), ("Helvetica-Oblique", 10, 280, 0, town),
                                         ("Helvetica", 9, 40, 6.5, employer), ("Helvetica", 9, 250, 6, dates)):
            text.setFont(font, size)
            text.setTextOrigin(x, y - dy)
            text.textOut(words)
        y -= 22
        text.setFont("Helvetica", 9.5)
        for bullet in bullets:
            text.setTextOrigin(40, y)
            text.textOut("• " + bullet)
            y -= 13
        y -= 8
    c.drawText(text)
    c.showPage()
    c.save()
    return buf.getvalue()


_ENTRIES = [
    ("Warehouse Supervisor", "Kettering", "Harlow Freight Ltd", "Apr 2020 – Present",
     ["Lead a team of 14 pickers across two shifts.", "Raised pick accuracy from 97.1% to 99.4% in a year."]),
    ("Team Leader", "Corby", "Brisk Parcels", "May 2016 – Mar 2020",
     ["Ran the returns bay and trained 9 new starters."]),
]


def test_a_grids_stacked_rows_are_two_lines_with_fields_apart() -> None:
    text = extract_text(_grid_cv(_ENTRIES), "cv.pdf")
    lines = text.split("\n")
    assert "Warehouse Supervisor | Kettering" in lines
    assert "Harlow Freight Ltd | Apr 2020 – Present" in lines
    assert "Team Leader | Corby" in lines and "Brisk Parcels | May 2016 – Mar 2020" in lines
    assert "KetteringHarlow" not in text and "CorbyBrisk" not in text


def test_a_right_column_on_the_same_baseline_leaves_the_left_fields_apart() -> None:
    text = extract_text(_grid_cv(_ENTRIES, right_column=["Profile", "Forklift licence holder"]), "cv.pdf")
    assert "Warehouse Supervisor | Kettering" in text.split("\n")
    assert "KetteringHarlow" not in text


def test_the_opener_names_the_title_and_employer_of_a_stacked_grid() -> None:
    text = extract_text(_grid_cv(_ENTRIES), "cv.pdf")
    facts = extract_cv_facts(text)
    assert facts["roles"][0] == "Warehouse Supervisor" and facts["employers"][0] == "Harlow Freight Ltd"
    job = "Shift Manager\nWe need a shift manager to lead warehouse teams, improve pick accuracy and train staff."
    openers = {plan_questions(text, job, "Shift Manager", count=5, seed=str(seed))[0] for seed in range(12)}
    assert not any("KetteringHarlow" in q or "Kettering —" in q or "| Kettering" in q for q in openers)
    assert any("Warehouse Supervisor at Harlow Freight Ltd" in q for q in openers)
