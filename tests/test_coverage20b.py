"""Coverage agrees with the answers: a requirement shown by its field's doing words or measures is evidenced
("I cut average handling time…" for contact centre KPIs, Braze win-back flows for lifecycle marketing, geo holdout
tests for experimentation, "advisers on payment calls and complaints" for customer service, a caught invoice error
for attention to detail, a Year 13 group's A* to B for A level teaching), but never by a plan, a wish or a denial
(session 20 newcomer). Made-up answers."""

import pytest

from core.coach.coverage import requirement_evidence

SHOWN = [
    ("CRM and lifecycle marketing experience",
     "I rebuilt our email programme in Braze with onboarding and win-back flows, and repeat orders rose 12%."),
    ("experimentation", "We ran geo holdout tests on our radio spend and found a third of it was not incremental, so I cut it."),
    ("contact centre KPIs", "On my team I cut average handling time from 8 minutes to 6 by rewriting the scripts."),
    ("customer service", "I lead 11 advisers on payment calls and complaints at Dunmere Energy."),
    ("attention to detail", "Last year I spotted an £8,000 error in a supplier invoice before it was paid, because I "
                            "checked every line against the purchase order."),
    ("teaching A level Physics", "My best example is my Year 13 class last year: I ran weekly practical write-ups and "
                                 "after-school sessions, and 58% got A* to B."),
]


@pytest.mark.parametrize(("requirement", "answer"), SHOWN)
def test_a_fields_work_in_an_own_story_evidences_it(requirement, answer):
    status, quoted, _strength = requirement_evidence(answer, requirement)
    assert status == "evidenced"
    assert quoted and quoted.split()[0] in answer


NOT_SHOWN = [
    ("contact centre KPIs", "I'd start by learning your AHT and CSAT targets in my first month."),
    ("teaching A level Physics", "I have never taught a Year 13 class, only Key Stage 3."),
    ("experimentation", "I would like to run holdout tests one day, but our budget never allowed it."),
    ("customer service", "Our complaints team sat on another floor and handled all of that."),
]


@pytest.mark.parametrize(("requirement", "answer"), NOT_SHOWN)
def test_a_plan_a_wish_a_denial_or_someone_elses_work_is_no_evidence(requirement, answer):
    assert requirement_evidence(answer, requirement)[0] != "evidenced"
