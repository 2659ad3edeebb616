"""Whether a CV meets a requirement written as a phrase (a newcomer, session 11: the CV tip said a sales CV
did not mention "structured qualification method" or "Confident negotiator and presenter", though it named
MEDDICC and "contract negotiation"). Made-up CVs and ads."""

from __future__ import annotations

import pytest

from core.coach.evidence_cv import bracket_examples, cv_meets

AD = ("Requirements:\n- Experience with a structured sales method (SPIN, Challenger or similar)\n"
      "- Confident negotiator and presenter\n- Knowledge of a ticketing tool (e.g. Zendesk, Freshdesk)\n")


def test_the_examples_in_brackets_after_a_phrase_are_its_alternatives():
    assert bracket_examples(AD, "structured sales method") == {"spin", "challenger"}
    assert bracket_examples(AD, "ticketing tool") == {"zendesk", "freshdesk"}
    assert bracket_examples(AD, "Confident negotiator and presenter") == set()


@pytest.mark.parametrize("cv, requirement, met", [
    ("Closed 40 deals a year using the Challenger approach.", "structured sales method", True),
    ("Closed 40 deals a year.", "structured sales method", False),
    ("Led contract negotiations with suppliers.", "Confident negotiator and presenter", True),
    ("Negotiated renewals worth 2m a year.", "Confident negotiator and presenter", True),
    ("Account Executive, 2019 - present.", "Confident presenter and speaker", False),  # "present" is a date
    ("Gave presentations to 200 people.", "Confident presenter and speaker", True),
])
def test_a_cv_meets_a_phrase_by_its_examples_or_by_the_verb_of_its_agent_noun(cv, requirement, met):
    assert cv_meets(cv, requirement, AD) is met


def test_a_years_requirement_needs_the_years_not_only_the_field():
    ask = "at least five years of emergency nursing experience"
    short = "Staff Nurse, Emergency Department, City Hospital (2023 - 2024)\n- Triage and resus."
    long = "Staff Nurse, Emergency Department, City Hospital (2015 - 2024)\n- Triage and resus in emergency nursing."
    assert cv_meets(short, ask) is False
    assert cv_meets(long, ask) is True
