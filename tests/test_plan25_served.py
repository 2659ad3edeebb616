"""Session 25: a lecturer was asked about "a student or parent". A lecturer's, a university tutor's or a trainer's
students are adults: the questions that name who the work serves say "a student"; a school teacher keeps "a student or
parent". Made-up jobs and CVs."""

from __future__ import annotations

import pytest

from core.coach.bank import served_key
from core.coach.plan import plan_items

LECTURER_JD = ("Lecturer in Accounting\nNorthgate University, Business School\nTeach undergraduate and MBA modules, "
               "supervise dissertations and take part in module reviews.\nWhat we need\n- A master's degree in "
               "accounting or finance\n- Teaching experience in higher education\n")
LECTURER_CV = ("Dr Amir Khan\nAssociate Lecturer, Fenwick University - 2020 - present\n- Taught financial reporting "
               "to 180 second-year students; module feedback 4.5/5\n- Supervised 12 dissertations\n")


@pytest.mark.parametrize("title, key", [("Lecturer in Accounting", "adult learners"),
                                        ("Senior Lecturer - Nursing", "adult learners"),
                                        ("Apprenticeship Trainer", "adult learners"),
                                        ("Maths Teacher", "teaching")])
def test_whose_students_are_adults(title: str, key: str) -> None:
    assert served_key(title, "teaching") == key


def test_a_lecturer_is_never_asked_about_parents() -> None:
    texts = [p.text for s in "123456789" for kind in ("behavioral", "mixed")
             for p in plan_items(LECTURER_CV, LECTURER_JD, "Lecturer in Accounting", interview_type=kind,
                                 seniority="mid", count=8, company="", focus=None, seed=s)]
    assert not [t for t in texts if "parent" in t.lower()]
    assert any("a student" in t for t in texts)
