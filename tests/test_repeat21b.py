"""Session 21 re-check (issue 15): a follow-up never quotes a sentence about someone else's work as the candidate's.

Support Q2 ("How would you get up to speed on forecasting…") answered "I haven't done that. Capacity planning has
always been done by our workforce team at …, so I've never built a forecast myself." was followed up 'You said
"Capacity planning has always been done by our workforce team…". How exactly would you do that…?': the quote was
another team's work. Made-up answers of the same kind; the follow-up and a whole interview on the offline coach.
"""

from __future__ import annotations

import pytest

from core.coach.follow_up import follow_up_question, follow_up_reason
from core.coach.follow_up_told import others_work

RAMP_Q = ("How would you get up to speed on rota planning in your first months here? Your CV doesn't show that yet, "
          "so be concrete about what you'd do first.")

OTHERS = [
    "I haven't done that. Rota planning has always been done by our scheduling office at Brightwell, so I've never "
    "planned a rota myself.",
    "Not really. The budget was always handled by the finance team at Orchard Dental, so I never saw the numbers.",
    "I haven't done that. Our operations manager owned the rota at Kestrel Foods, and I just sent her the holidays.",
]


@pytest.mark.parametrize("sentence", [
    "Rota planning has always been done by our scheduling office at Brightwell",
    "The budget was always handled by the finance team at Orchard Dental",
    "Our operations manager owned the rota at Kestrel Foods",
    "My line manager took care of the supplier contracts",
    "Forecasting was the planning team's job",
])
def test_a_sentence_about_someone_elses_work_is_read_as_theirs(sentence):
    assert others_work(sentence)


@pytest.mark.parametrize("sentence", [
    "I planned the weekly rota for 18 pickers in Excel",
    "We split the forecast by channel and I owned the chat volumes",
    "The rota was done by me every Friday",
    "Our team cut the backlog from 400 to 90 tickets",
])
def test_the_candidates_own_work_is_not_someone_elses(sentence):
    assert not others_work(sentence)


@pytest.mark.parametrize("answer", OTHERS)
def test_a_follow_up_never_quotes_someone_elses_work_as_the_candidates(answer):
    reason = follow_up_reason(RAMP_Q, answer)
    assert reason is not None
    for variant in range(3):
        text = follow_up_question(reason, RAMP_Q, answer, variant=variant)
        for part in ("done by", "handled by", "owned the rota", "scheduling office", "finance team"):
            assert part not in text, text


def test_a_follow_up_still_quotes_the_candidates_own_sentence():
    answer = "I would shadow the planner. I would rebuild last month's rota in Excel from the raw hours."
    texts = [follow_up_question("too_short", RAMP_Q, answer, variant=v) for v in range(2)]
    assert any("rebuild last month's rota" in t or "shadow the planner" in t for t in texts), texts
