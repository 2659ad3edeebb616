"""Years of a role told in an answer to another question count for a years requirement (session 21 re-check: "3+
years office management experience — weak" after "I have been office manager … since 2019, so seven years" given to
"Tell me about a process you improved"). Made-up text."""

from core.coach.coverage import coverage_item
from core.coach.score import score_answer


def test_years_of_the_role_stated_off_question_count_and_say_where():
    rows = [("Let's begin with your current role: what do you own there?",
             "I run the front desk, the rota and the supplier contracts at Ashby Dental."),
            ("Tell me about a process you improved. How did you measure the before and after?",
             "I have been practice manager at Ashby Dental since 2020, so five years now. I run reception and the rota.")]
    item = coverage_item("3+ years practice management experience", [(q, a, score_answer(q, a)) for q, a in rows])
    assert item.status == "evidenced" and "Q2" in item.evidence


def test_too_few_years_stated_off_question_do_not_count():
    rows = [("Tell me about a process you improved. How did you measure the before and after?",
             "I have been practice manager at Ashby Dental since last year. I run reception and the rota.")]
    item = coverage_item("3+ years practice management experience", [(q, a, score_answer(q, a)) for q, a in rows])
    assert item.status != "evidenced"
