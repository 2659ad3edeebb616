"""Session 20 (nc20 item 10): right-aligned dates that a PDF draws apart from their lines (a browser printing dates
floated right paints them before the page's text) stay on their job's line, not in a heap at the top of the text.
Made-up CVs drawn with reportlab; the drawing order is the test's point."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from core.analysis import extract_cv_facts
from core.documents import extract_text

RIGHT = 540
LINES = [  # (y, left text, right-aligned date or "")
    (780, "Tamsin Okonjo", ""),
    (764, "Head of Year, Science teacher", ""),
    (736, "EXPERIENCE", ""),
    (712, "Head of Year 9 — Brookhollow Academy, Derby", "Jan 2020 – present"),
    (698, "Lead a pastoral team of eight tutors and the year's attendance plan.", ""),
    (684, "Teach GCSE chemistry to two sets; results rose by half a grade.", ""),
    (660, "Science Teacher — Larchfield School, Derby", "Sep 2014 – Dec 2019"),
    (646, "Taught KS3 and KS4 science and ran the STEM club.", ""),
    (618, "EDUCATION", ""),
    (604, "PGCE Science — University of Warwick, 2014", ""),
    (576, "SKILLS", ""),
    (562, "Behaviour management, safeguarding, practical science, SIMS", ""),
]


def _cv_pdf(dates_first: bool) -> bytes:
    """The CV with each date at the right margin of its line: drawn before all the text (``dates_first``, as a
    browser paints floats) or each right after its line (as a word processor's tab stop)."""
    buf = io.BytesIO()
    page = canvas.Canvas(buf, pagesize=A4)
    page.setFont("Helvetica", 10)
    if dates_first:
        for y, _, date in LINES:
            if date:
                page.drawRightString(RIGHT, y, date)
    for y, text, date in LINES:
        page.drawString(56, y, text)
        if date and not dates_first:
            page.drawRightString(RIGHT, y, date)
    page.showPage()
    page.save()
    return buf.getvalue()


def test_dates_drawn_before_the_text_stay_on_their_lines() -> None:
    lines = extract_text(_cv_pdf(dates_first=True), "cv.pdf").splitlines()
    assert lines[0] == "Tamsin Okonjo"
    assert "Head of Year 9 — Brookhollow Academy, Derby | Jan 2020 – present" in lines
    assert "Science Teacher — Larchfield School, Derby | Sep 2014 – Dec 2019" in lines
    assert not any(line.strip() in ("Jan 2020 – present", "Sep 2014 – Dec 2019") for line in lines)


def test_the_cv_reader_gets_the_roles_with_their_dates() -> None:
    facts = extract_cv_facts(extract_text(_cv_pdf(dates_first=True), "cv.pdf"))
    assert facts["employers"][:2] == ["Brookhollow Academy", "Larchfield School"]
    assert facts["current_title"] == "Head of Year 9"


def test_dates_drawn_in_their_place_are_left_where_pypdf_reads_them() -> None:
    import pypdfium2 as pdfium

    from core.documents.asides import apart_dates
    from core.documents.columns import pieces

    document = pdfium.PdfDocument(_cv_pdf(dates_first=False))
    textpage = document[0].get_textpage()
    assert apart_dates(pieces(textpage)) == {}
    textpage.close()
    document.close()
    text = extract_text(_cv_pdf(dates_first=False), "cv.pdf")
    assert "Head of Year 9 — Brookhollow Academy, Derby\nJan 2020 – present\nLead a pastoral team" in text


def test_a_sidebar_drawn_after_the_main_column_is_not_pulled_onto_its_lines() -> None:
    """A right column of dated lines (courses with their years) drawn after the left column: its lines are drawn
    next to one another, so none is read as a date drawn apart from a left line on its baseline."""
    buf = io.BytesIO()
    page = canvas.Canvas(buf, pagesize=A4)
    page.setFont("Helvetica", 10)
    left = ["Tamsin Okonjo", "Science teacher", "Head of Year 9 at Brookhollow Academy", "Taught GCSE chemistry"]
    right = ["Courses", "First aid, 2021", "Mental health lead, 2022", "Safeguarding L3, 2023"]
    for n, text in enumerate(left):
        page.drawString(56, 780 - 14 * n, text)
    for n, text in enumerate(right):
        page.drawRightString(RIGHT, 780 - 14 * n, text)
    page.showPage()
    page.save()
    lines = extract_text(buf.getvalue(), "cv.pdf").splitlines()
    assert "Mental health lead, 2022" in lines and "Safeguarding L3, 2023" in lines
