"""A requirement of the kind a bank question was built to probe ("continuous improvement" and "Tell me about a process
you improved") is asked there, and a strong story told to it shows it (session 21 re-check: "continuous improvement —
weak — Asked about in "How do you run a root cause analysis…"" beside a 9/10 process-improved story). A cost-saving
programme led shows "driving cost-saving initiatives". Made-up text."""

from core.coach.coverage import coverage_item, requirement_evidence
from core.coach.score import score_answer


def _item(requirement, qa):
    return coverage_item(requirement, [(q, a, score_answer(q, a)) for q, a in qa])


def test_a_strong_story_to_the_process_question_shows_continuous_improvement():
    item = _item("continuous improvement", [
        ("How do you run a root cause analysis after an operational failure?", "I don't know."),
        ("Tell me about a process you improved. How did you measure the before and after?",
         "At Brackley Foods our bottling line stopped about nine times a shift on cap jams. I logged every stop for two "
         "weeks, found the cap chute was worn at one bend, had a new chute made and added it to the weekly checks. "
         "Stops fell to one a shift and output rose 6%."),
    ])
    assert item.status == "evidenced", item


def test_a_weak_answer_to_it_leaves_the_row_weak_and_names_that_question():
    item = _item("continuous improvement", [
        ("How do you run a root cause analysis after an operational failure?", "I don't know."),
        ("Tell me about a process you improved. How did you measure the before and after?", "I don't really know."),
    ])
    assert item.status != "evidenced"
    assert "process you improved" in item.evidence, item.evidence


def test_a_cost_saving_programme_led_shows_driving_cost_saving_initiatives():
    found = requirement_evidence("In 2023 I led a cost-saving programme across our four stores: I ran the workshops and "
                                 "we took £300k out of the cost base in a year.", "driving cost-saving initiatives")
    assert found[0] == "evidenced"
