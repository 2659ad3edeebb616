"""Newcomer finding (session 12): a UK nurse job asking for NMC registration was asked about "an active
registered nurse (RN) licence", a US licence. The licence question says the job's own words for the body and
the credential (NMC registration, HCPC, GMC, a state board licence, CPA, QTS...), and a register named on a CV
is a credential of its country (data/licences.json): a Texas RN licence is not NMC registration. All CVs and
jobs here are made up."""

from __future__ import annotations

import pytest

from core.analysis.licences import held_elsewhere, licence_places
from core.coach.plan import plan_items
from core.coach.plan_text import LICENCES

SHOP_CV = """Rui Costa
Shift Manager

EXPERIENCE
Shift Manager, Pennyworth Foods, Derby - 2020 to present
- Ran a shift of 14 staff and cut waste by 18%.
"""


def _gap(jd: str, title: str, cv: str = SHOP_CV) -> str:
    found = [i.text for i in plan_items(cv, jd, title, interview_type="mixed", seniority="mid", count=8, company="",
                                        seed="lic", focus=None) if i.source == "gap"]
    assert found, jd
    return found[0]


@pytest.mark.parametrize(("jd", "title", "said"), [
    ("Ward Sister - Respiratory\nWe need a registered nurse for our respiratory ward.\nRequirements:\n"
     "- Current NMC registration.\n- Band 5 experience.", "Ward Sister", "current NMC registration"),
    ("Band 6 Physiotherapist\nMusculoskeletal outpatients.\nEssential: HCPC registration; MSK experience.",
     "Physiotherapist", "HCPC registration"),
    ("Clinical Fellow in Acute Medicine\nYou must hold full GMC registration with a licence to practise.",
     "Clinical Fellow", "full GMC registration"),
    ("Night Charge Nurse\nWhat you need:\n- Active Ohio RN license (or multistate compact license)\n- 2 years med-surg",
     "Charge Nurse", "an active Ohio RN license"),
    ("Senior Auditor\nMust have: CPA license; 3 years in external audit.", "Senior Auditor", "a CPA license"),
    ("Year 3 Teacher\nRequirements: QTS; a strong grasp of phonics.", "Year 3 Teacher", "QTS"),
])
def test_the_licence_question_says_the_job_s_own_words(jd: str, title: str, said: str) -> None:
    gap = _gap(jd, title)
    assert f"requires {said}," in gap, gap
    assert "(RN) licence" not in gap


def test_a_uk_register_is_never_asked_about_as_a_us_licence() -> None:
    jd = "Theatre Nurse\nJoin our day-surgery theatres.\nRequirements:\n- NMC PIN\n- Scrub experience"
    gap = _gap(jd, "Theatre Nurse")
    assert "requires an NMC PIN," in gap and "RN" not in gap, gap


def test_a_register_is_a_credential_of_its_country() -> None:
    assert licence_places("NMC PIN 12A3456E") == {"United Kingdom"}
    assert licence_places("HCPC registered physiotherapist") == {"United Kingdom"}
    assert licence_places("Passed the NCLEX-RN, 2019") == {"United States"}
    assert licence_places("I joined an academy; aca and cpa in lower case") == set()


def test_another_country_s_licence_is_not_the_register_the_job_names() -> None:
    texas = "Licences\nRegistered Nurse (RN) license, Texas, active\n"
    assert held_elsewhere(texas, LICENCES[0][0], "NMC registration")
    assert not held_elsewhere("Licences\nNMC PIN 09A1234E, registered 2018\n", LICENCES[0][0], "NMC registration")
    jd = "Staff Nurse - Renal\nRequirements:\n- NMC registration\n- Dialysis experience"
    assert "requires NMC registration," in _gap(jd, "Staff Nurse", SHOP_CV + texas)
    uk = SHOP_CV + "Licences\nRegistered Nurse, NMC PIN 09A1234E\n"
    assert not [i for i in plan_items(uk, jd, "Staff Nurse", interview_type="mixed", seniority="mid", count=8,
                                      company="", seed="lic", focus=None) if i.source == "gap" and "NMC" in i.text]
