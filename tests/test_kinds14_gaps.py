"""Session 14 newcomer kinds (issue 15): what the CV, an answer or the job plainly shows is read as shown.

Every input here is made up for its kind; none is the newcomer's text.
"""

from __future__ import annotations

from core.documents.job import job_heading


def test_company_line_with_its_work_mode_or_place_after_a_dash() -> None:
    # the title heading, then a bare name with its work mode or place after a dash: the name is the company
    text = "Customer Success Manager, Enterprise\nHarbourly — Remote (UK, GMT)\nHarbourly makes rota software.\n"
    assert job_heading(text)[1] == "Harbourly"
    assert job_heading("Night Shift Lead\nCorvane — Bristol | Permanent\nAbout the role\n")[1] == "Corvane"
    # a department with its place is no company
    assert job_heading("Staff Nurse\nCardiology Ward — Leeds\nWe care.\n")[1] == ""
