"""The plan's biggest-gap probe reads the years of experience a job asks for (issue 15, point 3; session 11).
Job and CV texts are made up."""

from core.analysis.job import mentions
from core.coach.plan import plan_questions

JOB = ("Theatre Sister, Day Surgery\n\nOur day surgery unit is recruiting a theatre sister. You will lead the scrub "
       "team and check instruments before each list. Applicants must hold current BLS and have at least five years of "
       "perioperative nursing experience.")
SHORT_CV = ("Niamh Kelly\nScrub Nurse\nExperience\nScrub Nurse, Perioperative Unit, Westfield Clinic, 2022 - Present\n"
            "- Perioperative nursing for orthopaedic lists\nBLS certified\n")


def test_a_cv_with_fewer_years_in_the_field_gets_the_years_probe():
    questions = plan_questions(SHORT_CV, JOB, "Theatre Sister", count=8, seed="s11")
    assert any("at least five years of perioperative nursing experience" in q for q in questions[:2]), questions[:3]


def test_a_cv_with_the_years_gets_no_years_probe():
    long_cv = SHORT_CV.replace("2022 - Present", "2012 - Present")
    questions = plan_questions(long_cv, JOB, "Theatre Sister", count=8, seed="s11")
    assert not any("five years" in q for q in questions)


def test_a_years_requirement_is_met_by_the_field_and_the_years_not_the_field_alone():
    req = "at least five years of perioperative nursing experience"
    assert mentions("Perioperative nursing since 2012 - Present at a surgical hospital", req)[0]
    assert mentions("Seven years of perioperative nursing in day surgery", req)[0]
    assert not mentions("Perioperative nursing, 2023 - Present", req)[0]
    assert not mentions("Ward sister, 2005 - Present", req)[0]  # the years, but not in the field
