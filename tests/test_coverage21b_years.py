"""Years asked of one title or another ("at least 3 years as Head Chef or Sous Chef") are met by the CV's dated
entries under either title, in the CV tips and in the report's coverage (session 21, newcomer nc21)."""

from core.analysis.field_years import field_years_met
from core.coach.coverage import coverage_item
from core.coach.coverage_years import cv_years_row
from core.coach.score import score_answer

CV = """Priya Kaur | priya@example.com

EXPERIENCE
Assistant Manager — Fern & Fig Café, Leeds
June 2020 – Present
- Run the floor on the manager's days off: a team of 6 and 150 covers a day

Barista — Beanline Coffee, Leeds
March 2017 – May 2020
- Trained four new baristas
"""
REQ = "at least 3 years as Head Barista or Assistant Manager"


def test_dated_entries_under_either_title_meet_the_years():
    assert field_years_met(CV, REQ, 2025) is True
    assert field_years_met(CV, "at least 3 years as Restaurant Manager or Bar Manager", 2025) is False


def test_a_coverage_row_short_of_the_years_takes_them_from_the_cv_dates():
    q = "Tell me about your current role: what are you responsible for?"
    a = ("In my current role as assistant manager at Fern & Fig I am responsible for the floor on the manager's days "
         "off: a team of six and 150 covers a day. Last spring I rebuilt the rota and cut overtime by 20%.")
    item = coverage_item(REQ, [(q, a, score_answer(q, a))])
    row = cv_years_row(item, CV, 2025)
    assert row.status == "evidenced"
    assert "CV" in row.evidence and "3+ years" in row.evidence
    assert cv_years_row(item, CV.replace("June 2020", "June 2024"), 2025).status == item.status
