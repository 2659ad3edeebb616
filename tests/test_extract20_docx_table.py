"""Session 20 (nc20 item 10): a DOCX table of labels and their text is printed in one style for all its rows, not
"Label | short text" for some rows and "Label: longer text" for others. Made-up CV tables."""

from __future__ import annotations

from docx import Document

from core.documents import extract_text
from tests.doc_factories import docx_bytes


def _cv_with_table(rows: list[tuple[str, str]]) -> bytes:
    document = Document()
    document.add_paragraph("Noor Halvorsen")
    document.add_paragraph("Skills")
    table = document.add_table(rows=0, cols=2)
    for label, text in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, text
    document.add_paragraph("Education")
    document.add_paragraph("BA History, University of Kent, 2019")
    return docx_bytes(document)


SKILLS = [
    ("Case systems", "Clio, LEAP, Actionstep"),
    ("Property law", "Land Registry forms, local searches, leasehold packs, completion statements and SDLT"),
    ("Office", "Word, Excel, Outlook"),
    ("Languages", "Welsh (fluent), French (working knowledge) and some conversational Polish"),
]


def test_a_label_table_prints_every_row_in_one_style() -> None:
    lines = extract_text(_cv_with_table(SKILLS), "cv.docx").splitlines()
    assert "Case systems: Clio, LEAP, Actionstep" in lines
    assert "Property law: Land Registry forms, local searches, leasehold packs, completion statements and SDLT" in lines
    assert "Office: Word, Excel, Outlook" in lines
    assert not [line for line in lines if " | " in line]


def test_its_header_row_stays_a_header() -> None:
    lines = extract_text(_cv_with_table([("Area", "Detail"), *SKILLS]), "cv.docx").splitlines()
    assert "Area | Detail" in lines
    assert "Office: Word, Excel, Outlook" in lines


def test_a_table_of_short_cells_keeps_its_columns() -> None:
    rows = [("Python", "Expert"), ("SQL", "Advanced"), ("Figma", "Basic")]
    lines = extract_text(_cv_with_table(rows), "cv.docx").splitlines()
    assert "Python | Expert" in lines and "Figma | Basic" in lines

