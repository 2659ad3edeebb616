"""PDF layouts and the employer, title and school entries they yield (issue 15 point 1, session 8): one
small made-up input per fault kind seen on real PDF CVs, with what a reader of that CV would take from it."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from core.analysis import extract_cv_facts
from core.documents import extract_text
from tests import doc_factories as f

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


def _icon_font_pdf(rows: list[str]) -> bytes:
    """A LaTeX-style CV (moderncv) whose icons come from an icon font embedded without a Unicode map, so
    its glyphs read as letters ("f" before each description, "a" before the e-mail address): a row
    starting with one letter and a space draws that letter in the icon font, the rest in Helvetica, in
    one text object. The icon font is Courier renamed "icomoon" (same length, so the file's offsets hold):
    a font the reader cannot map, as in the real files."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 780
    for row in rows:
        text = c.beginText(56, y)
        if row[1:2] == " " and row[:1].islower():
            text.setFont("Courier", 10)
            text.textOut(row[:2])
            row = row[2:]
        text.setFont("Helvetica", 10)
        text.textOut(row)
        c.drawText(text)
        y -= 15
    c.showPage()
    c.save()
    data = buf.getvalue()
    assert b"/Courier" in data
    return data.replace(b"/Courier", b"/icomoon")


def test_icon_font_glyphs_read_as_letters_are_dropped() -> None:
    rows = ["Ann Lee", "a ann@example.org", "Research Experience",
            "2021-2024 Data Analyst, Wavecrest Analytics",
            "f Built dashboards for the sales team and cut the weekly report time by half",
            "2016-2020 BSc Statistics, Northgate University",
            "f Wrote a thesis on sampling in small populations"]
    text = extract_text(_icon_font_pdf(rows), "cv.pdf")
    lines = text.splitlines()
    assert "ann@example.org" in lines
    assert "Built dashboards for the sales team and cut the weekly report time by half" in lines
    assert not any(line.startswith(("f ", "a ")) for line in lines)
    facts = extract_cv_facts(text)
    assert facts["current_title"] == "Data Analyst"
    assert facts["employers"][0] == "Wavecrest Analytics"


def test_an_academic_entry_names_the_university_of_its_lab() -> None:
    """An academic CV's entries: "Title, Lab, Dept. of ..., University" (the employer is the university, not
    its lab or department), a university's name wrapped before "of", a sentence whose last words a PDF
    wrapped onto a line of their own ("... at the National" / "Ocean Institute."), and a "Service" section
    whose posts are no jobs."""
    cv = """Research Experience
2023-2025 Data Engineer II, Harbourline National Laboratory for Ocean Research
Develop and maintain open source pipelines on the data core team to support researchers at the National
Ocean Institute.
2019-2023 Graduate Student Researcher, Okafor Lab, Dept. of Marine Biology, University
of Westmarch
Built machine learning pipelines for plankton image classification.
2016-2019 Undergraduate Lab Assistant, Reyes Lab, Dept. of Chemistry, University of Eastvale
Developed a Python package for comparative genomics.
Service
2021-2023 Graduate Student Coordinator, Westmarch Data Analysis Networking Group
Organised monthly meetings and a one-day symposium for researchers.
"""
    facts = extract_cv_facts(cv)
    assert facts["employers"] == ["Harbourline National Laboratory for Ocean Research", "University of Westmarch",
                                  "University of Eastvale"]
    assert facts["current_title"] == "Data Engineer II"


def test_events_organised_and_sentences_under_a_skills_based_experience_heading_are_no_employers() -> None:
    """A skills-based CV (a design tool's two columns): under "Relevant experience", competency sub-headings
    over events the candidate organised ("Spring Symposium (Attendance ~300) – Lead Organizer"), a bracket a
    PDF wrapped, and sentences opening with a verb and cut by commas ("Reviewed manuscripts, student theses,
    and research"): no employer and no job title among them; the title is the one under the name."""
    cv = """MARA
OKONJO
PhD candidate
Contact
mara@example.org
Relevant experience
EVENT ORGANISATION & LEADERSHIP
ESMB12 (European Symposium of Marine Biology Students in
Ecology) – Organizer, Designer and Social media management
Coordinated an international meeting with 100+ participants.
Riverside Science Fair (Attendance ~300) – Lead Organizer
Managed logistics, promotions, and team coordination for the fair.
Editorial & Reviewing Experience
Reviewed manuscripts, student theses, and research
proposals, providing constructive feedback for clarity and
coherence.
Education
PHD IN BIOLOGY (2021 - PRESENT)
Northgate University, Brindlecove
"""
    facts = extract_cv_facts(cv)
    assert facts["employers"] == []
    assert facts["current_title"] == "PhD candidate"
    assert facts["schools"] == ["Northgate University"]


def test_a_joint_post_names_two_employers_and_a_department_gives_its_organisation() -> None:
    """A Typst or HTML-theme header line naming a joint post ("Westmarch University & NOVA") gives both
    organisations, each holding the entry's skills; a department named before its organisation ("Energy
    Department of Lumatek") gives the organisation; a firm named after its founders stays whole; a town
    ending the employer's line is not run into the title on the next."""
    cv = """Experience
Machine Learning Engineer @ Westmarch University & NOVA — Brindlecove | May 2017 — Oct 2017
- Fine-tuned PyTorch models for facade segmentation.
Energy Department of Lumatek | Shanghai
Senior Golang Developer
2019/09 – 2021/04
- Deployed Kubernetes services for battery telemetry.
Analyst @ Hart & Fielding — London | 2015 — 2017
- Built Excel models for audits.
"""
    facts = extract_cv_facts(cv)
    assert facts["employers"] == ["Westmarch University", "NOVA", "Lumatek", "Hart & Fielding"]
    pairs = set(facts["skill_employer_pairs"])
    assert ("PyTorch", "Westmarch University") in pairs and ("PyTorch", "NOVA") in pairs
    assert "Senior Golang Developer" in facts["roles"]


def _table_cv_pdf() -> bytes:
    """A CV whose experience is a table (dates | title and employer | duties), each cell's text wrapped over
    several lines, as a word processor exports it (reportlab's platypus table: each cell drawn whole)."""
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    cell = lambda text: Paragraph(text, style)  # noqa: E731 - a one-line builder
    rows = [
        [cell("2019 – Present"), cell("<b>Staff Nurse</b><br/>Eastfield General Hospital"),
         cell("Managed 5-6 patient load; medication administration and charting for post-operative patients "
              "on a 30-bed surgical ward")],
        [cell("2016 – 2019"), cell("<b>Healthcare Assistant</b><br/>Lowmoor Care Home"),
         cell("Supported residents with daily living activities and recorded fluid balance charts for the "
              "nursing team")],
    ]
    table = Table(rows, colWidths=[80, 150, 240])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([cell("Robin Vale"), cell("Experience"), table, Spacer(1, 12),
                                               cell("Skills"), cell("Wound care, Epic EHR, phlebotomy")])
    return buf.getvalue()


def test_the_text_of_a_table_cell_comes_out_whole_and_in_reading_order() -> None:
    """A duties cell wrapped over three lines is one line of text, so a quote of it never ends mid-phrase
    ("Managed 5-6 patient load; medication"); the cells come in reading order, the entries read whole."""
    text = extract_text(_table_cv_pdf(), "cv.pdf")
    lines = text.splitlines()
    duty = ("Managed 5-6 patient load; medication administration and charting for post-operative patients "
            "on a 30-bed surgical ward")
    assert duty in lines
    assert lines.index("Staff Nurse") < lines.index("Eastfield General Hospital") < lines.index(duty)
    assert lines.index(duty) < lines.index("Healthcare Assistant")
    facts = extract_cv_facts(text)
    assert facts["employers"] == ["Eastfield General Hospital", "Lowmoor Care Home"]
    assert facts["current_title"] == "Staff Nurse"
    assert duty in facts["bullets"]


def test_a_line_is_joined_only_where_the_next_word_did_not_fit() -> None:
    """A line that ends well before its block's right edge keeps its break (the next word would have fitted:
    the author broke the line), and so do one-word list lines; a bulleted line is left to the CV reader."""
    from core.documents.wraps import join_wraps

    lines = ["Worked across the surgical ward and the theatre recovery unit for six years",
             "Certified in wound care and", "phlebotomy", "Languages", "english", "french"]
    text = extract_text(f.pdf_from_lines(lines), "cv.pdf")
    assert "Certified in wound care and\nphlebotomy" in text and "english\nfrench" in text
    assert join_wraps("Led the ward team and\nrostering", [("Led the ward team and", "rostering")]) == \
        "Led the ward team and rostering"
    assert join_wraps("- Led the ward team and\nrostering", [("- Led the ward team and", "rostering")]).count("\n") == 1


def test_a_bullet_drawn_in_a_dingbat_font_stays_a_bullet() -> None:
    """Word and other editors draw list bullets in Symbol, Wingdings or Dingbats fonts: such a glyph is a
    bullet, which the CV reader needs to tell an entry's duties from its next heading, not an icon read as a
    letter, so it is kept (only glyphs that read as letters or digits are icon marks to drop)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    rows = ["Experience", "Charge Nurse, Lakeside General Hospital 2019-2024",
            "\u2022 Led a team of nine nurses on a 30-bed surgical ward",
            "\u2022 Cut medication errors by a third with a double-check rota"]
    for y, row in zip(range(780, 720, -15), rows, strict=True):
        text = c.beginText(56, y)
        if row.startswith("\u2022"):
            text.setFont("Courier", 10)
            text.textOut("\u2022 ")
            row = row[2:]
        text.setFont("Helvetica", 10)
        text.textOut(row)
        c.drawText(text)
    c.showPage()
    c.save()
    data = buf.getvalue().replace(b"/Courier", b"/dingbat")  # same length: the file's offsets hold
    import pypdfium2 as pdfium

    from core.documents.icons import icon_marks

    document = pdfium.PdfDocument(data)
    try:
        assert icon_marks(document[0].get_textpage()) == []  # a bullet, a cross or a sign is no letter
    finally:
        document.close()
    lines = extract_text(data, "cv.pdf").splitlines()
    assert sum(line.startswith(("\u2022", "- ")) for line in lines) == 2, lines
