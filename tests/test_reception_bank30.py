"""Session 30: a medical or dental receptionist is asked a front desk's questions, not a software help desk's.

A medical receptionist's plan asked "A customer writes in angry for the third time about the same bug" and "How do
you troubleshoot a problem…" (the customer-support family's software questions; the ad said "scheduling software").
The bank now holds ten questions of a clinic's front desk (setting "clinic front desk": asked only where the job names
a clinical setting, never a hotel's; grounded in a front desk job), and the software-support setting is never asked of
a receptionist. Ads and CVs below are written by the team.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.coach.plan import plan_questions

BANK = json.loads((Path(__file__).resolve().parent.parent / "data" / "question_bank.json").read_text(encoding="utf-8"))
FRONT_DESK = {q["text"] for q in BANK["questions"] if q.get("setting") == "clinic front desk"}
SOFTWARE = {q["text"] for q in BANK["questions"] if q.get("setting") == "software support"}

DENTAL = ("# Dental Receptionist\nBusy dental practice. You will greet patients, book appointments and take payments.\n"
          "## Requirements\n- Experience on a front desk\n- Dentally or SOE scheduling software\n- Calm on the phone\n")
MEDICAL = ("# Medical Receptionist\nA family clinic needs a receptionist to check patients in and verify insurance.\n"
           "## Requirements\n- Scheduling software (Epic or Athenahealth)\n- Insurance verification\n- HIPAA\n")
HOTEL = ("# Hotel Receptionist\nThe Grand Hotel seeks a front desk receptionist.\n## Requirements\n"
         "- Check-in and check-out of guests\n- Opera PMS\n- Night audit\n")
NURSE = ("# Practice Nurse\nOur GP surgery needs a practice nurse.\n## Requirements\n- NMC registration\n"
         "- Cervical screening\n- Immunisations\n- Chronic disease reviews\n")
SUPPORT = ("# Customer Support Specialist\nSupport the users of our SaaS app.\n## Requirements\n- Zendesk\n"
           "- Troubleshooting web applications and reproducing bugs\n- Clear written communication\n")
CV = "Sam Lee\nReceptionist, Hilltop Dental, 2019 - Present\n- Booked 60 appointments a day\n- Took payments and answered phones\n"


def _asked(job: str, title: str) -> list[str]:
    return [q for seed in ("a", "b", "c", "d") for q in plan_questions(CV, job, title, count=6, seed=seed)]


@pytest.mark.parametrize(("job", "title"), [(DENTAL, "Dental Receptionist"), (MEDICAL, "Medical Receptionist")])
def test_a_clinic_receptionist_is_asked_the_front_desks_questions(job: str, title: str) -> None:
    asked = _asked(job, title)
    assert sum(q in FRONT_DESK for q in asked) >= 4, asked  # over four plans
    assert not any(q in SOFTWARE or " bug" in q for q in asked), asked


@pytest.mark.parametrize(("job", "title"), [(HOTEL, "Hotel Receptionist"), (NURSE, "Practice Nurse"),
                                            (SUPPORT, "Customer Support Specialist")])
def test_no_clinic_front_desk_question_elsewhere(job: str, title: str) -> None:
    assert not any(q in FRONT_DESK for q in _asked(job, title))


def test_the_front_desk_questions_are_tagged() -> None:
    entries = [q for q in BANK["questions"] if q.get("setting") == "clinic front desk"]
    assert len(entries) == 10 and len({q["competency"] for q in entries}) == 10
    assert all(q["type"] in {"situational", "technical", "behavioural"} and q["kind"] == "role" for q in entries)
    assert "clinic front desk" in BANK["settings"]
