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
