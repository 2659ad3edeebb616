"""Session 24: an opinion of a requirement's worth ("I always believe that visual merchandising is really important")
is no evidence of it; the act told beside it is. Re-check of session 23: "visual merchandising — evidenced — "I always
believe that visual merchandising is really important…"". Made-up answers."""

from __future__ import annotations

import pytest

from core.coach.evidence import answer_evidence


@pytest.mark.parametrize(("requirement", "answer"), [
    ("visual merchandising", "I always believe that visual merchandising is really important, because shoppers buy "
                             "with their eyes."),
    ("stakeholder management", "I think stakeholder management is key in a role like this one."),
    ("food safety", "We feel food safety is the most important part of running a kitchen."),
])
def test_an_opinion_is_no_evidence(requirement: str, answer: str) -> None:
    assert answer_evidence(answer, requirement)[0] != "evidenced"


@pytest.mark.parametrize(("requirement", "answer", "quoted"), [
    ("visual merchandising", "I always believe that visual merchandising is really important. I reset the focal bays "
                             "for the spring visual merchandising change-over and sales per bay rose 9%.", "I reset"),
    ("food safety", "We think food safety is the most important thing, so I rewrote the food safety checks for the "
                    "cold room and we passed the audit with a 5 rating.", "rewrote"),
])
def test_the_act_beside_an_opinion_still_is(requirement: str, answer: str, quoted: str) -> None:
    status, quote = answer_evidence(answer, requirement)
    assert status == "evidenced" and quoted in quote, quote
