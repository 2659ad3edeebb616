"""Session 19: the plan asks the gap a hiring manager would. A core duty the CV shows nothing of ("Deploy models
to production", "Administer medication") is a gap, while a duty the CV shows in other words is not; a forklift
licence (Staplerschein, CACES) is asked as a licence, once; "apprécié" is no part of a credential's name; a SEND
line of a teaching job is asked. All jobs and CVs here are made up."""

from __future__ import annotations

import pytest

from core.coach.plan import plan_items
from core.coach.plan_duty import duty_gaps

KW = dict(seniority="mid", count=8, interview_type="mixed", company="", focus=None)

NURSE_JD = """Staff Nurse - Surgical Ward, Millbrook General Hospital
Responsibilities
- Administer medication safely and accurately to patients
- Assess, plan and evaluate patient care
- Work with the multidisciplinary team
Requirements
- Good communication skills
"""
NURSE_CV = """Ellie Ward
Healthcare Assistant, Millbrook General Hospital - 2019 - present
- Took observations and recorded them in the electronic record
- Supported patients with personal care and mobility
- Wrote care plans with the ward team for 8 patients
"""
ML_JD = """Machine Learning Engineer - Kestrel Analytics
Responsibilities
- Deploy models to production with our platform team
- Build training pipelines in Python
Requirements
- Python and SQL
"""
ML_CV = """Noor Haddad
Data Analyst, Ferris Bank - 2020 - present
- Built machine learning churn models in Python and SQL that found 12% of at-risk accounts
- Presented monthly statistics to the risk committee
"""


def test_a_core_duty_the_cv_shows_nothing_of_is_a_gap() -> None:
    assert [d for d, _ in duty_gaps(NURSE_CV, NURSE_JD)] == ["administering medication"]
    assert duty_gaps(ML_CV, ML_JD) == [("deploying models", "deploying models to production")]


@pytest.mark.parametrize("cv", [
    NURSE_CV + "- Administered oral and IV medicines on a 28-bed ward\n",  # the duty in other forms
    NURSE_CV + "- Gave medications to patients during drug rounds under supervision\n",
])
def test_a_duty_the_cv_shows_in_other_words_is_no_gap(cv: str) -> None:
    assert duty_gaps(cv, NURSE_JD) == []


def test_a_share_in_the_work_or_an_empty_cv_gives_no_duty_gap() -> None:
    jd = "Backend Engineer\n- Take part in the on-call rotation\n- Support the quarterly audit\n"
    assert duty_gaps("Sam Cole\nDeveloper, Hexa - 2020 - present\n- Built APIs in Go", jd) == []
    assert duty_gaps("", ML_JD) == [] and duty_gaps(ML_CV, "") == []


def test_the_duty_is_the_gap_question_when_no_skill_is_missing() -> None:
    for seed in "abc":
        gap = next(p for p in plan_items(ML_CV, ML_JD, "Machine Learning Engineer", seed=seed, **KW) if p.source == "gap")
        assert "deploying models to production" in gap.text and ("don't see" in gap.text or "doesn't show" in gap.text), gap.text


def test_the_duty_is_asked_beside_a_missing_skill() -> None:
    for seed in "abcdef":  # the multidisciplinary team the CV never names is the first gap; medication is asked too
        texts = [p.text for p in plan_items(NURSE_CV, NURSE_JD, "Staff Nurse", seed=seed, **KW) if p.source == "gap"]
        assert any("administering medication" in t for t in texts), texts


WAREHOUSE_CV = """Tom Price
Warehouse Assistant, Quickparcel, Leicester - 2021 - present
- Picked and packed up to 300 orders a shift with 99.6% accuracy
"""


@pytest.mark.parametrize(("jd", "title", "words"), [
    ("Warehouse Operative\nRequirements\n- A valid counterbalance forklift licence\n- Attention to detail\n",
     "Warehouse Operative", "forklift licence"),
    ("Lagermitarbeiter (m/w/d) - Nordlager GmbH\nIhr Profil\n- Staplerschein zwingend erforderlich\n- Teamfähigkeit\n",
     "Lagermitarbeiter", "Staplerschein"),
])
def test_a_missing_forklift_licence_is_asked_as_a_licence_once(jd: str, title: str, words: str) -> None:
    items = plan_items(WAREHOUSE_CV, jd, title, seed="x", **KW)
    asked = [p.text for p in items if words.lower() in p.text.lower()]
    assert len(asked) == 1, asked
    assert "Do you hold it" in asked[0] and "erforderlich" not in asked[0]


def test_a_held_licence_the_job_names_in_french_is_asked_without_its_tail() -> None:
    jd = ("Cariste (H/F) - Entrepôts Garnier, Lille\nMissions\n- Charger et décharger les camions\nProfil\n"
          "- CACES R489 catégorie 3 souhaité\n- Rigueur\n")
    cv = "Julien Morel\nPréparateur de commandes, Logi Nord - 2019 - aujourd'hui\nCACES R489 catégories 1 et 3\n"
    texts = [p.text for p in plan_items(cv, jd, "Cariste", seed="x", **KW)]
    held = [t for t in texts if "CACES" in t]
    assert held and all("souhaité" not in t for t in held), held


def test_a_teaching_job_naming_send_asks_about_it() -> None:
    jd = """Class Teacher - Year 4, Brookside Primary
- Plan lessons that meet the needs of all pupils, including those with SEND
- Keep accurate assessment records
- Promote the safeguarding and welfare of children
"""
    cv = """Hannah Reid
Class Teacher, Elmwood Primary School - 2020 - present
- Teach a Year 3 class of 28, 4 pupils on SEND support plans
- Ran the school's maths club for two years
"""
    for seed in "abcd":
        texts = [p.text.lower() for p in plan_items(cv, jd, "Class Teacher", seed=seed, **KW)]
        assert any("special educational needs" in t or "send" in t.split() for t in texts), seed
