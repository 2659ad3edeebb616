"""Session 23: a plain-text CV whose section headings carry a ruler of dashes or equals signs after the word
("EXPERIENCE -----", "Education ====") reads them as headings: the heading is no employer, the first job's line
keeps its employer out of the title, and a school under the education heading is no employer. Made-up CV text in
the shape of a JSON-Resume plain-text export ("Title, Employer (YYYY-MM — YYYY-MM)" lines)."""

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_sections import section_kind

RULED = """Robin Vale
Email: robin@example.com
================================================================================

Robin writes software for small clinics and likes hill walking.

SKILLS -------------------------------------------------------------------------

- Backend: Python Go PostgreSQL

WORK HISTORY -------------------------------------------------------------------

Systems Analyst, Northgate Clinics (2016-03 — Present)
Kept the booking system running for twelve clinics.
- Cut failed bookings by 30% with a nightly check.

Support Technician, Northgate Clinics (2013-01 — 2016-03)
Answered second-line calls about the records system.
- Wrote the runbook used by the help desk.

EDUCATION ======================================================================

Keele University (2009-09 — 2012-06)
"""


def test_a_heading_with_a_ruler_after_it_is_a_heading():
    assert section_kind("WORK HISTORY ----------------------") == "experience"
    assert section_kind("Education =========") == "education"
    assert section_kind("SKILLS ___________") == "skills"
    assert section_kind("Acme Ltd ----------") is None


def test_a_ruled_heading_is_no_employer_and_the_title_keeps_no_employer():
    facts = extract_cv_facts(RULED)
    assert facts["employers"] == ["Northgate Clinics"]
    assert facts["current_title"] == "Systems Analyst"
    assert ("Systems Analyst", "Northgate Clinics") in facts["jobs"]
    assert "Keele University" in facts["schools"]
