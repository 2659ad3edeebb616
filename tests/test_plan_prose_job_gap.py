"""Issue 15, point 3, for a job ad written in prose: the plan probes the biggest gap (the qualification the
job requires and the CV lacks, "QTS or an equivalent qualification") and asks 2-3 questions of the role's
own. A newcomer's teacher ad in paragraphs gave only 3 requirements, QTS and EAL among the missed ones.
The job ad and CVs are made up."""

from __future__ import annotations

from core.analysis.job import extract_requirements
from core.coach.plan import plan_items

JD = """Year 6 Teacher - Pendle Brook Primary

Pendle Brook Primary is a two-form entry school in Burnley. We would like to appoint a Year 6 teacher from April.

You will plan and teach lessons across the upper key stage and work closely with our inclusion lead. The successful candidate will hold Qualified Teacher Status (QTS) or an equivalent qualification, and will have experience of teaching pupils with SEND and EAL. A secure understanding of behaviour management and safeguarding is essential. Experience of working with parents is desirable.

The post is subject to an enhanced DBS check."""

CV_WITHOUT = """Lena Ostrowska
Teaching assistant

EXPERIENCE
2022-now  Teaching Assistant, Calder Vale Primary, Burnley
Supported a Year 5 class of 28; led daily reading catch-up groups for 5 pupils.

EDUCATION
BA History, University of Lancaster, 2021"""

CV_ABROAD = CV_WITHOUT.replace(
    "BA History, University of Lancaster, 2021",
    "B.Ed Primary Education, University of Gdansk, 2019\nPolish Council of Educators registration, 2019")


def _plan(cv: str):
    return plan_items(cv, JD, "Year 6 Teacher", interview_type="mixed", seniority="mid", count=8, company="",
                      seed="prose", focus=None)


def test_the_prose_ad_gives_its_requirements():
    found = extract_requirements(JD)
    assert "Qualified Teacher Status (QTS) or an equivalent qualification" in found, found
    for wanted in ("SEND", "EAL", "behaviour management", "safeguarding", "working with parents"):
        assert any(wanted.lower() in r.lower() for r in found), (wanted, found)
    assert not any("Pendle" in r or "April" in r or "two-form" in r for r in found), found


def test_the_plan_probes_the_missing_qualification_and_asks_role_questions():
    items = _plan(CV_WITHOUT)
    gap = [i for i in items if i.source == "gap"]  # the biggest first; other gaps may follow (plan._soft_last)
    assert gap and "qualified teacher status" in gap[0].text.lower(), [i.text for i in items]
    assert sum("qualified teacher status" in i.text.lower() for i in items) == 1
    assert "don't see it on your CV" in gap[0].text
    role = [i for i in items if i.source == "role"]
    assert 2 <= len(role) <= 3, [i.text for i in items]
    competencies = [i.competency for i in items]
    assert len(competencies) == len(set(competencies))


def test_an_equivalent_registration_is_asked_about_not_denied():
    gap = [i for i in _plan(CV_ABROAD) if i.source == "gap"]
    assert gap and "don't see it" not in gap[0].text, gap
    assert '"Polish Council of Educators registration"' in gap[0].text and "equivalent" in gap[0].text
