"""Family check (session 17), the general family: a graduate trainee whose CV does not name "written
communication" was asked "This job involves written communication… Tell me about a time you had to learn something
similar quickly", and in a behavioural interview "Think of a real case from your work on prioritisation that tested
you". A quality of no one field the CV lacks is asked for the example that shows it best; the general family's
scenarios have their own past-experience wording. Job and CV are made up."""

from __future__ import annotations

import re

from core.coach.plan import plan_items

TRAINEE_JD = """Graduate Trainee - Eastfield Borough Council
What you'll do
- Write briefing notes for councillors
- Help run public consultation events
What we're looking for
- A degree in any subject
- Strong written communication
- Good organisation and problem solving"""
TRAINEE_CV = """Sara Novak
BA Geography, University of Hull, 2024
Volunteer, Hull Community Pantry, 2022-2024
- Coordinated 12 volunteers on Saturday shifts
- Built a stock sheet that cut food waste by 20%"""


def _plans(interview_type: str) -> list[str]:
    return [i.text for seed in range(10)
            for i in plan_items(TRAINEE_CV, TRAINEE_JD, "Graduate Trainee", interview_type=interview_type,
                                seniority="junior", count=8, company="", seed=str(seed), focus=None)]


def test_a_missing_quality_is_asked_for_its_best_example_not_learnt_quickly() -> None:
    texts = _plans("mixed") + _plans("behavioral")
    about = [t for t in texts if "written communication" in t]
    assert about, texts
    for text in about:
        assert not re.search(r"learn something similar|get up to speed|comes closest", text), text
        assert re.search(r"example|a time it really mattered", text), text


def test_general_scenarios_read_as_past_experiences() -> None:
    texts = _plans("behavioral")
    bad = [t for t in texts if re.search(r"your work on (?:prioritisation|problem solving|time management|teamwork|"
                                         r"adaptability|resilience|attention to detail|communication|customer focus)\b", t)]
    assert not bad, bad
