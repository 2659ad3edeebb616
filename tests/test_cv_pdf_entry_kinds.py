"""PDF layouts and the employer, title and school entries they yield (issue 15 point 1, session 8): one
small made-up input per fault kind seen on real PDF CVs, with what a reader of that CV would take from it."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from core.analysis import extract_cv_facts
from core.documents import extract_text

LABEL_X, CONTENT_X = 56, 160


def _margin_label_pdf(rows: list[tuple[str, list[tuple[str, float]]]]) -> bytes:
    """A Word-style CV whose section labels sit in a left margin column, each on the baseline of the first
    line of its content: every row is one text object (label, then the content moved to its column),
    the content drawn in pieces, each piece set back by the given points (a dash drawn a little back
    over the space before it, as word processors' kerning does)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 780
    for label, pieces in rows:
        text = c.beginText(LABEL_X, y)
        text.setFont("Helvetica", 10)
        at = LABEL_X
        if label:
            text.textOut(label)
        x = CONTENT_X
        for piece, back in pieces:
            x -= back
            text.moveCursor(x - at, 0)
            at = x
            text.textOut(piece)
            x += c.stringWidth(piece, "Helvetica", 10)
        c.drawText(text)
        y -= 15
    c.showPage()
    c.save()
    return buf.getvalue()


def _plain(text: str) -> list[tuple[str, float]]:
    return [(text, 0.0)]


MARGIN_ROWS = [
    ("", _plain("Robin Vale, RN")),
    ("Education", _plain("Master of Science in Nursing")),
    ("", _plain("Northgate University - Graduation May 2014")),
    ("", _plain("Associate of Science in Nursing")),
    ("", _plain("Lowfield Community College - Graduation May 2008")),
    ("Experience", [("Harbourview Clinic (June 2014 ", 0.0), ("– ", 0.3), ("Current)", 0.0)]),
    ("", _plain("Staff Nurse – Intensive Care - Eastfield Hospital")),
    ("", _plain("- Cared for ventilated patients and led handovers for the night team")),
    ("", _plain("Riverbend Staffing Group (March 2012 – May 2014)")),
    ("", _plain("Agency Nurse - Surgical Ward")),
    ("Credentials", [("Advanced Cardiac Life Support", 0.0)]),
    ("Recognition", [("Lowfield Foundation Scholarship Award", 0.0)]),
]


def test_a_margin_label_beside_its_first_line_heads_its_section() -> None:
    """Section labels in a left margin column ("Education", "Credentials"), each drawn on the line of the
    first entry beside it, and a dash kerned back over the space before it: the label is the section's
    heading, not part of the entry, so the schools are read, and no credential or award is an employer."""
    text = extract_text(_margin_label_pdf(MARGIN_ROWS), "cv.pdf")
    assert "Experience | Harbourview Clinic (June 2014 – Current)" in text.splitlines()
    facts = extract_cv_facts(text)
    assert facts["schools"] == ["Northgate University", "Lowfield Community College"]
    assert facts["employers"] == ["Harbourview Clinic", "Riverbend Staffing Group"]
    assert facts["current_title"].startswith("Staff Nurse")


def test_employer_lines_with_dates_over_title_lines_are_entries_without_bullets() -> None:
    """"Employer (dates)" over "Title - Unit - Site", one entry after another with no bullet between (older
    jobs without details), several titles under one employer with their own dates: the dated name line is
    the employer, a hospital site or a ward after the title is no employer of its own."""
    cv = """Experience
Harbourview Clinic (June 2014 – Current)
Staff Nurse – Intensive Care - Eastfield Hospital
- Cared for ventilated patients and led handovers for the night team

Lakeside Health Partners (September 2012 – June 2014)
Clinical Instructor - Adult Nursing

Riverbend Staffing Group (March 2012 – August 2012)
Agency Nurse - Maple Grove Hospital - Surgical Ward

Maple Grove Hospital (May 2006 – February 2012)
Staff Nurse - Emergency Department (05/2010-02/2012)
Staff Nurse - Recovery Unit (08/2008-05/2010)
Nursing Assistant - Oncology (05/2006-08/2008)
"""
    facts = extract_cv_facts(cv)
    assert facts["employers"] == ["Harbourview Clinic", "Lakeside Health Partners", "Riverbend Staffing Group",
                                  "Maple Grove Hospital"]
    assert facts["current_title"].startswith("Staff Nurse")
