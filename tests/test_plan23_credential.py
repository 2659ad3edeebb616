"""Session 23 (re-check B item 9): a credential the CV shows is asked the way it is held. A qualification earned once
(QTS, an IOSH certificate held for good) is asked how it shapes the work and what it brings to this role, never as a
course ("Where has it changed how you work"); a degree is never asked how it is kept current: a line naming a degree
and a registration asks how the registration is kept current. Made-up documents."""

from __future__ import annotations

import re

import pytest

from core.coach.keeps_current import asks_current
from core.coach.plan_credential import credential_question


@pytest.mark.parametrize(("job_line", "cv_line"), [
    ("Qualified Teacher Status (QTS) is essential.", "Qualified Teacher Status awarded 2019"),
    ("IOSH Managing Safely certificate required.", "IOSH Managing Safely, passed 2022"),
])
def test_a_qualification_held_is_asked_how_it_shapes_the_work(job_line: str, cv_line: str) -> None:
    job = f"Year 4 Teacher\nEssential\n- {job_line}\n- Plan engaging lessons.\n"
    cv = f"Hollis Ward\nTeacher, Brookmere Primary (2019 - Present)\n- Taught Year 3.\nQualifications\n- {cv_line}\n"
    asked = credential_question(cv, job)
    assert "which your CV shows" in asked, asked
    assert "changed how you work" not in asked and not asks_current(asked), asked
    assert "shape" in asked and "bring" in asked and "this role" in asked, asked


@pytest.mark.parametrize(("job_line", "cv_lines", "noun"), [
    ("Degree in occupational therapy and current registration with the Health and Care Professions Council (HCPC).",
     "BSc (Hons) Occupational Therapy, 2017\nHCPC registered occupational therapist (OT61234)", "registration"),
    ("A degree in paramedic science and HCPC registration.",
     "BSc Paramedic Science, 2020\nRegistered with the HCPC, PA44120", "registration"),
])
def test_a_degree_beside_a_registration_is_not_asked_how_it_is_kept_current(job_line: str, cv_lines: str,
                                                                             noun: str) -> None:
    job = f"Community Practitioner\nEssential\n- {job_line}\n- Manage a caseload.\n"
    cv = f"Rowan Field\nPractitioner, Elmdale Trust (2020 - Present)\n- Held a caseload of 30.\n{cv_lines}\n"
    asked = credential_question(cv, job)
    assert "which your CV shows" in asked and "degree" in asked, asked
    assert "keep it current" not in asked and "keep them current" not in asked, asked
    assert f"keep your {noun} current" in asked and asks_current(asked), asked


def test_a_registration_alone_is_still_asked_how_it_is_kept_current() -> None:
    job = "Staff Nurse\nEssential\n- Current NMC registration.\n- Ward experience.\n"
    cv = "Lee Park\nStaff Nurse, Ward 9, Holt Hospital (2019 - Present)\nNMC registered nurse, PIN 12A3456E\n"
    asked = credential_question(cv, job)
    assert "keep it current" in asked, asked


def test_a_licence_the_gap_question_asks_is_not_asked_again_by_its_register() -> None:
    # the gap question names the licence by its own words ("an active RN licence"), the job's line its register in a
    # bracket ("(NMC registration)"): one question on it, never a second
    from core.coach.plan import plan_items

    job = ("Staff Nurse (Theatres)\nRequirements\n- Active RN licence (NMC registration)\n- Theatre experience\n"
           "- Scrub and recovery skills\n- Good communication\n")
    cv = ("Ali Moss\nHealthcare Assistant, Day Surgery - Fenwick Hospital (2021 - Present)\n- Prepared 12 patients a "
          "day for theatre.\n- Escorted patients to recovery.\n")
    for seed in ("a", "b", "c", "d"):
        items = plan_items(cv, job, "Staff Nurse (Theatres)", interview_type="mixed", seniority="mid", count=5,
                           company="Fenwick", seed=seed, focus=None)
        licence = [p.text for p in items if re.search(r"\bRN licen[cs]e\b", p.text)]
        assert len(licence) <= 1, licence


@pytest.mark.parametrize("mark", ["(or willing to obtain)", "(or willing to work towards)", "(or working towards)"])
def test_an_ads_willing_to_obtain_mark_is_not_said_as_part_of_the_credential(mark: str) -> None:
    job = f"Depot Planner\nRequirements\n- Transport Manager CPC {mark}\n- Route planning\n"
    cv = "Kim Hale\nHGV Driver, Lowfield Foods (2019 - Present)\n- Driver CPC; 14 drops a night.\n"
    asked = credential_question(cv, job)
    assert "Transport Manager CPC" in asked, asked
    assert "willing" not in asked and "working towards)" not in asked, asked
