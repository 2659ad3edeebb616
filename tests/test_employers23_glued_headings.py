"""Session 23: a PDF whose text layer runs a section heading in capitals into the first line after it, with no
space or break ("WORK HISTORYHarbour Foods | Leeds", "VOLUNTEERINGRiver Trust Cleanup – 2021"): the heading is read
as a heading and the line after it as the entry's own, so the heading is never part of an employer's name and the
entry under it is read as an entry of that section. Made-up CV text of a PDF's lines."""

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_runs import glued_headings_apart

CV = """Jamie Reed
jamie@example.com | 0161 555 0100
EDUCATIONUniversity of Salford | Salford, UK 2019 – 2022
BSc Civil Engineering
WORK HISTORYHarbour Foods | Leeds, UK
Shift Supervisor | June 2022 – Present
- Ran the packing line's night shift of ten people.
- Cut waste by 12% with a new label check.
Pennine Builders | Bradford, UK
Site Assistant | May 2021 – May 2022
- Kept the site's daily safety log.
VOLUNTEERINGRiver Trust Cleanup - Salford Group August 2021 – Present
- Organised monthly litter picks along the canal.
SKILLS
- AutoCAD, Revit, Excel
"""


def test_a_heading_run_into_the_next_line_is_set_apart():
    assert glued_headings_apart(["WORK HISTORYHarbour Foods | Leeds, UK"]) == ["WORK HISTORY", "Harbour Foods | Leeds, UK"]
    assert glued_headings_apart(["ACTIVITIESChess Club"]) == ["ACTIVITIES", "Chess Club"]
    assert glued_headings_apart(["NASA Goddard Space Center"]) == ["NASA Goddard Space Center"]
    assert glued_headings_apart(["EXPERIENCE"]) == ["EXPERIENCE"]


def test_no_employer_carries_a_heading():
    facts = extract_cv_facts(CV)
    assert facts["employers"][:2] == ["Harbour Foods", "Pennine Builders"]
    assert not any(e.upper().startswith(("WORK HISTORY", "VOLUNTEERING", "EDUCATION")) for e in facts["employers"])
    assert facts["current_title"] == "Shift Supervisor"
    assert "University of Salford" in facts["schools"]
