"""Full suite, session 24: after judge24's other-work rule, "Tell me about a time you had to debug a difficult
production issue" answered with a nightly import that failed twice a week (retries, checks, alerts, failures down) or
a slow payments API profiled to N+1 queries was re-asked as "about something else". Those are production issues
tracked down: the fault's own events (failures, latency, profiling, alerts) show it. Made-up answers."""

from __future__ import annotations

import pytest

from core.coach.redirect import about_something_else

DEBUG_Q = ("Tell me about a time you had to debug a difficult production issue: what was the situation, what did you "
           "do, and what was the outcome?")


@pytest.mark.parametrize("answer", [
    ("At Harbour our invoice export failed every few nights and finance fixed the data by hand. I went through the "
     "logs, added retries and a check on each file, and set an alert; failures fell from six a month to none."),
    ("Our search page got slow at peak: p95 latency was 2 seconds. I profiled it, found a missing index and a "
     "query run per result, fixed both and p95 fell to 300 ms."),
])
def test_a_production_fault_tracked_down_answers_the_debugging_question(answer: str) -> None:
    assert not about_something_else(DEBUG_Q, answer)


def test_a_story_of_a_team_party_still_does_not() -> None:
    party = ("Last December I organised the team's Christmas party. I booked a restaurant, collected money from 25 "
             "people and arranged taxis home. Everyone said it was the best one yet.")
    assert about_something_else(DEBUG_Q, party)
