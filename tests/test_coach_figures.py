"""A figure is a quantity, not a name with a digit; a result stated with a figure is a result.

Made-up answers of the kinds a newcomer met: "Missing: result" beside a quoted "81% reached the
standard", and "Cites numbers" for "5S audits", "a 5-whys" and "a Year 2 parent".
"""

from __future__ import annotations

import pytest

from core.analysis.answer import analyse_answer
from core.coach.score import score_answer


@pytest.mark.parametrize("answer", [
    "I ran weekly 5S audits with the crew and wrote the findings up for the site lead every Friday.",
    "I'd meet the client, run a 5-whys with the driver and write it up for the depot lead.",
    "It worked with a Year 2 parent at Brook Lane, and later with a family on Ward 5.",
])
def test_a_name_with_a_digit_is_not_a_number(answer):
    ev = analyse_answer(answer)
    assert ev.numbers == [], ev.numbers
    assert "Cites numbers" not in score_answer("How would you handle a late delivery?", answer).specificity.evidence


def test_a_quantity_is_still_a_number():
    ev = analyse_answer("I trained 45 pickers in 2 weeks and errors fell by 38%, saving €80k.")
    assert {"45", "38%", "€80k"} <= set(ev.numbers)


def test_a_result_with_a_figure_anywhere_is_a_result():
    answer = ("At Brook Lane only 58% of my Year 5 pupils read at the expected standard. I ran daily guided groups "
              "and regrouped them every six weeks. By July, 79% reached the expected standard.")
    score = score_answer("Tell me about a time you raised attainment in your class.", answer)
    assert "Missing: result" not in score.structure.evidence and "result:" in score.structure.evidence
    assert not any(m.startswith("The result, with a number") for m in score.missing)


def test_a_result_with_its_unit_or_after_a_time_marker_is_a_result():
    """The built-in sample's answer ("…cutting p99 latency from 420 ms to 180 ms over three months") and a
    newcomer's "Four months later we were at 11 hours" were told "Missing: result"; and a "so …" clause
    without a figure was quoted as the result when a sentence with one followed."""
    from core.analysis.answer import analyse_answer

    question = "Tell me about a time you improved something."
    unit = analyse_answer("I moved the billing jobs to a new queue. I split the work into three stages, cutting "
                          "page load from 900 ms to 300 ms over two months.", question)
    assert "900 ms to 300" in unit.star.get("result", ""), unit.star
    later = analyse_answer("The loading bay was slow, so I changed the rota and we added a second shift. Three "
                           "months later we were at 9 hours per trailer.", question)
    assert later.star.get("result", "").startswith("Three months later we were at 9 hours"), later.star
    plain = analyse_answer("I changed the rota and talked to each driver. So the team was happier.", question)
    assert "result" not in plain.star or not any(ch.isdigit() for ch in plain.star["result"])
