"""Newcomer finding (session 10): a teacher with another country's teaching qualification and registration,
for a job asking "QTS (or equivalent)", was told "This role requires qualified teacher status ... and I don't
see it on your CV". When the job accepts an equivalent and the CV shows a credential of the same kind (a
licence, registration, certification or qualification word of the same field), the gap question asks about
its recognition; it claims none is shown only when none is. All CVs and jobs here are made up."""

from __future__ import annotations

from core.coach.plan import plan_questions

TEACHER_CV = """Morag Lindsay
Primary teacher

EXPERIENCE
2019-now  Class Teacher, P5, Brackenfield Primary, Dundee
Led the school's numeracy group; raised P5 maths attainment from 61% to 78% in two years.

EDUCATION
PGDE Primary Education, University of Stirling, 2019
General Teaching Council for Scotland (GTCS) full registration no. 445566"""

TEACHER_JD = """Year 5 Class Teacher
Harwood Junior School, Leeds
You will plan and teach across KS2 and track pupils' progress.
Requirements: QTS (or an equivalent qualification), strong behaviour management."""

NURSE_CV = """Joy Santos
Staff nurse

EXPERIENCE
2017-now  Staff Nurse, Medical Ward, Mater Hospital, Nairobi
Cared for 8-10 patients a shift; trained six new nurses.

LICENCES
Nursing Council of Kenya registration, 2016"""

NURSE_JD = """Staff Nurse, Acute Medicine
Northgate Hospital
Requirements: NMC registration or equivalent; acute ward experience; medication management."""

DEV_CV = """Ola Berg
Backend developer
2019-now  Developer, Fjordline: Python APIs, PostgreSQL."""


def _gap(cv: str, jd: str, title: str) -> str:
    plan = plan_questions(cv, jd, title, count=8, seed="equiv")
    found = [q for q in plan if "don't see it on your CV" in q or "or an equivalent" in q]
    assert len(found) == 1, plan
    return found[0]


def test_an_equivalent_teaching_registration_is_asked_about_not_denied():
    gap = _gap(TEACHER_CV, TEACHER_JD, "Year 5 Class Teacher")
    assert "don't see it" not in gap
    assert "or an equivalent" in gap and "recognised" in gap
    assert '"General Teaching Council for Scotland (GTCS) full registration"' in gap  # the CV's own words, no number


def test_an_equivalent_nursing_licence_is_asked_about_not_denied():
    gap = _gap(NURSE_CV, NURSE_JD, "Staff Nurse")
    assert "don't see it" not in gap and "recognised" in gap
    assert '"Nursing Council of Kenya registration"' in gap


def test_no_credential_of_the_kind_or_no_equivalent_allowed_keeps_the_plain_gap():
    assert "don't see it on your CV" in _gap(DEV_CV, TEACHER_JD, "Year 5 Class Teacher")
    strict = TEACHER_JD.replace("QTS (or an equivalent qualification)", "QTS")
    assert "don't see it on your CV" in _gap(TEACHER_CV, strict, "Year 5 Class Teacher")


def test_kindred_credential_needs_the_field_and_a_credential_word_on_one_line():
    from core.coach.plan_text import kindred_credential

    licence = "qualified teacher status (or a teaching licence)"
    assert kindred_credential("Certified Scrum Master\nTaught a coding club", licence) == ""
    assert kindred_credential("Bachelor of Education (Primary), 2015", licence) == "Bachelor of Education (Primary)"
    assert kindred_credential("Qualified primary teacher with six years' experience", licence)
