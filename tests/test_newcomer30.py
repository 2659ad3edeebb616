"""Session 30 newcomer check (rc30): a qualified candidate is never told the CV lacks what it states.

The newcomer's truck driver (CV tests/data/nc30/cv_truck_driver.txt, written for the check: "Ontario Class DZ licence
(air brake endorsement), 2018", driving since 2018) was asked "…class “DZ” license in good standing, and I don't see
it on your CV" (British/Canadian "licence" against the ad's "license") and "minimum one year job related experience,
and your CV doesn't show that much of it" (a field that names no field: any work counts). The pharmacist (PharmD,
"Registered Pharmacist, Ohio State Board of Pharmacy") was told "pharmacology, which I don't see on your CV" and "The
role asks for Licensure: Current state pharmacist license…, and I don't see it on your CV" (the ad's sorting label kept,
the credential not read). The truck ad below is written by the team in the shape of the public one the newcomer used.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.analysis.field_years import any_work, field_years_met
from core.analysis.spelling import american, american_word
from core.coach.evidence_cv import cv_meets
from core.coach.plan import plan_questions

DATA = Path(__file__).parent / "data"
TRUCK_CV = (DATA / "nc30" / "cv_truck_driver.txt").read_text(encoding="utf-8")
PHARM_CV = (DATA / "labels29" / "cv_pharmacist.txt").read_text(encoding="utf-8")
PHARM_JOB = (DATA / "labels29" / "job_pharmacist.md").read_text(encoding="utf-8")
TRUCK_JOB = """Truck Driver
Region of Hillford, Public Works
Responsibilities:
- Transport construction and maintenance materials and equipment
- Operates combination unit for plowing, de-icing and snow removal operations
- Accurately completes forms and reports both on paper and electronically
Qualifications:
- Minimum one year job related experience
- Class "DZ" license in good standing
- Minimum grade 12 education or equivalent
"""


def _plans(cv: str, job: str, title: str) -> list[str]:
    return [q for seed in ("a", "b", "c") for q in plan_questions(cv, job, title, count=5, seed=seed)]


def test_a_canadian_licence_meets_an_american_license() -> None:
    assert cv_meets(TRUCK_CV, 'Class "DZ" license in good standing', TRUCK_JOB)
    asked = _plans(TRUCK_CV, TRUCK_JOB, "Truck Driver")
    assert not any("license in good standing, and I don't see it" in q for q in asked), asked


def test_job_related_years_are_any_work_years() -> None:
    assert any_work("job related") and not any_work("hospital pharmacy")
    assert field_years_met(TRUCK_CV, "Minimum one year job related experience", 2026)
    asked = _plans(TRUCK_CV, TRUCK_JOB, "Truck Driver")
    assert not any("job related experience, and your CV doesn't show" in q for q in asked), asked


def test_a_pharmd_is_no_pharmacology_gap_and_the_label_is_never_said() -> None:
    assert cv_meets(PHARM_CV, "Pharmacology", PHARM_JOB)
    asked = _plans(PHARM_CV, PHARM_JOB, "Clinical Pharmacist")
    assert not any("pharmacology, which I don't see" in q.lower() for q in asked), asked
    assert not any("Licensure:" in q for q in asked), asked
    assert not any("pharmacist license in good standing, and I don't see it" in q for q in asked), asked


def test_the_opener_quote_has_no_town_state_or_dates() -> None:
    openers = {plan_questions(PHARM_CV, PHARM_JOB, "Clinical Pharmacist", count=5, seed=s)[0] for s in "abcdef"}
    quoted = [q for q in openers if "“" in q]
    assert quoted and all("OH" not in q and "2021" not in q and "Columbus" not in q for q in quoted), quoted


@pytest.mark.parametrize(("british", "american_"), [("licence", "license"), ("Organisation", "Organization"),
                                                     ("LICENCES", "LICENSES"), ("centre", "center")])
def test_spelling(british: str, american_: str) -> None:
    assert american_word(british) == american_
    assert american(f"a {british}.") == f"a {american_}."
    assert american_word("license") == "license" and american_word("the") == "the"


@pytest.mark.parametrize(("ad", "title", "company"), [
    # an invitation over the sentence that names the job (the newcomer's title read "Come join our winning team")
    ("Come join our winning team\nBrightpay is looking for a Customer Service Specialist\nBrightpay processes card "
     "payments for small shops.\n", "Customer Service Specialist", "Brightpay"),
    # an ad kept as source code (the title read "export const openings = [")
    ('export const openings = [\n\t{\n\t\tname: "Licensed Residential Plumber",\n\t\tlocation: "Tacoma, WA",\n'
     '\t\tdescription: "Harbor Plumbing is looking to hire a licensed plumber."\n\t}\n]\n',
     "Licensed Residential Plumber", ""),
    # "X is hiring a …": the company (it was left empty)
    ("# Clinical Pharmacist\n\nNorthside Community Hospital is hiring a Clinical Pharmacist for its inpatient "
     "pharmacy.\n", "Clinical Pharmacist", "Northside Community Hospital"),
])
def test_the_title_and_company_of_an_ad(ad: str, title: str, company: str) -> None:
    from core.documents.job import job_heading

    got_title, got_company = job_heading(ad)
    assert got_title == title
    assert got_company == company or (not company and got_company in {"", "Harbor Plumbing"})


def test_years_in_a_job_told_to_a_how_long_question_are_about_work() -> None:
    from core.coach.score import score_answer

    question = ("This role asks for minimum one year job related experience, and your CV doesn't show that much of it. "
                "Walk me through the experience you have that comes closest: how long, and with how much "
                "responsibility?")
    out = score_answer(question, "I think it does: I've driven DZ trucks since 2018, so about six years, the last five "
                                 "full-time at Niagara Aggregates.")
    assert "about something else" not in out.relevance.evidence and out.overall >= 4, out


def test_it_depends_is_no_reasoning() -> None:
    from core.coach.score import score_answer

    question = "What do you look at in a clinical check of a prescription, and what makes you call the prescriber?"
    vague = ("I look at everything really, the dose, the patient, whether it makes sense. If something looks off I call "
             "the doctor. It depends on the situation.")
    out = score_answer(question, vague, job_description=PHARM_JOB, cv_text=PHARM_CV)
    assert "It depends on the situation" not in out.structure.evidence + out.depth.evidence, out
    assert out.overall <= 5, out
    reasoned = ("It depends on the patient: I check the dose against renal function, look for interactions with what "
                "they already take, and call the prescriber when the dose is outside the range or an interaction is "
                "serious, because the risk of harm outweighs a delay.")
    assert score_answer(question, reasoned, job_description=PHARM_JOB, cv_text=PHARM_CV).depth.score >= 3


@pytest.mark.parametrize(("question", "answer", "never"), [
    ("The role asks for class DZ license in good standing, which your CV shows. How do you keep it current, and where "
     "did it last matter in your work?",
     "Yes, I have held an Ontario Class DZ licence with air brake endorsement since 2018, renewed every five years with "
     "the medical.", "Which state, country or board issued it?"),
    ("This role requires a current state pharmacist license. Which license do you hold, and is it in good standing?",
     "I am a Registered Pharmacist with the Ohio State Board of Pharmacy, licence no. 03-123456, in good standing and "
     "renewed until September 2027.", "Which license is it exactly"),
])
def test_a_credential_follow_up_never_asks_what_the_answer_gave(question: str, answer: str, never: str) -> None:
    from core.coach.follow_credential import credential_gaps

    assert not any(g.startswith(never) for g in credential_gaps(question, answer))


def test_a_depth_at_one_is_never_said_to_be_counted_lower() -> None:
    from core.interview.weighing import with_weak_reply
    from core.schemas import AnswerScore, DimensionScore

    def dim(score: int) -> dict:
        return DimensionScore(score=score, evidence="x.").model_dump()

    base = {"relevance": dim(3), "structure": dim(2), "specificity": dim(2), "communication": dim(3), "missing": [],
            "stronger_answer": "", "overall": 1}
    at_one = with_weak_reply(AnswerScore.model_validate({**base, "depth": dim(1)}), "I don't know.")
    assert at_one.depth.score == 1 and "counted one point lower" not in at_one.depth.evidence
    at_three = with_weak_reply(AnswerScore.model_validate({**base, "depth": dim(3)}), "I don't know.")
    assert at_three.depth.score == 2 and "counted one point lower" in at_three.depth.evidence
