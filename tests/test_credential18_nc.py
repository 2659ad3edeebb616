"""The job's UK credential is asked once in every plan, whatever words the job uses for it (newcomer, session 18:
"Hold Qualified Teacher Status (QTS)" was never asked in two teacher plans; the credential reads with its article
and the job's capitals)."""

from core.coach.plan import plan_questions
from core.coach.plan_credential import credential_question, job_credentials

TEACHER_JD = """Year 3 Class Teacher
Brookfield Primary, Leeds

You will:
- Hold Qualified Teacher Status (QTS)
- Teach engaging maths and reading lessons to a mixed-ability class
- Track pupil progress and adapt teaching

The appointment is subject to an enhanced DBS check.
"""
TEACHER_CV = """Jordan Avery
Primary Teacher (QTS)

Experience
Class Teacher, Oakridge Primary School, 2019 - present
- Taught Year 2 and Year 3; raised reading scores from 61% to 78% at expected standard
- Ran the school's maths club for 30 pupils

Education
PGCE Primary with QTS, University of Leeds, 2018 - 2019
"""


def test_qts_asked_in_every_teacher_plan():
    for count, kind in ((5, "mixed"), (8, "behavioral")):
        plan = plan_questions(TEACHER_CV, TEACHER_JD, "Class Teacher", count=count, interview_type=kind, seed="a")
        asked = [q for q in plan if "Qualified Teacher Status" in q]
        assert len(asked) == 1, plan
        assert "which your CV shows" in asked[0]  # the CV says QTS; the missing DBS check is not mixed in
        assert "DBS" not in asked[0]  # "subject to an enhanced DBS check" is the employer's check, asked of no one


def test_uk_credentials_in_any_words_are_credential_lines():
    for line, said in (("- Hold Qualified Teacher Status (QTS)", "Qualified Teacher Status (QTS)"),
                       ("Enhanced DBS check required.", "an enhanced DBS check"),
                       ("- Valid SIA door supervisor licence", "a valid SIA door supervisor licence"),
                       ("- CSCS card", "a CSCS card"),
                       ("- Gas Safe registered", "Gas Safe registered"),
                       ("- Level 2 Food Safety and Hygiene certificate", "a Level 2 Food Safety and Hygiene certificate")):
        assert job_credentials(line), line
        question = credential_question("Worked as a barista.", line)
        assert f"The role asks for {said}, and I don't see it" in question, question
