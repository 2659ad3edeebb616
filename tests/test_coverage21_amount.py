"""Session 21: an amount a job asks for is compared by size, with its units and its bound ("£750k" is no budget
"over £1m"; "up to £50k" asks for no least amount)."""

import pytest

from core.coach.coverage import coverage_item
from core.coach.coverage_amount import amount_value, least_amount, meets_amount
from core.coach.score import score_answer

QUESTION = "Tell me about the largest budget you have managed and how you kept to it."


@pytest.mark.parametrize(("said", "value"), [
    ("£1m", (1_000_000.0, "GBP")), ("£2.4m", (2_400_000.0, "GBP")), ("60,000 pounds", (60_000.0, "GBP")),
    ("6.5 million euro", (6_500_000.0, "EUR")), ("900 thousand pounds", (900_000.0, "GBP")),
    ("$500,000", (500_000.0, "USD")), ("1,200,000 GBP", (1_200_000.0, "GBP")), ("€250k", (250_000.0, "EUR")),
])
def test_an_amount_is_read_with_its_scale_and_currency(said, value):
    assert amount_value(f"I ran a {said} budget.") == value


@pytest.mark.parametrize(("requirement", "text", "meets"), [
    ("Experience managing budgets over £1m", "I ran a £640k budget", False),
    ("Experience managing budgets over £1m", "I ran a 1.3 million pound budget", True),
    ("budgets of at least $200k", "I ran a $200,000 budget", True),
    ("budgets of at least $200k", "I ran a $150,000 budget", False),
    ("budgets over €3 million", "I ran a 4 million euro budget", True),
    ("budgets up to £40k", "I ran a £25k budget", True),
    ("budgets over £1m", "I ran a $2m budget", True),  # another currency: not compared
])
def test_an_amount_is_compared_by_size_and_bound(requirement, text, meets):
    assert meets_amount(text, requirement) is meets


def test_an_upper_bound_asks_for_no_least_amount():
    assert least_amount("budgets up to £40k") is None
    assert least_amount("budgets over £40k") == (40_000.0, "GBP")


@pytest.mark.parametrize("answer", [
    "At Corrin Retail I ran a £640k marketing budget across search, social and email, and came in 2% under it.",
    "I managed a budget of 800 thousand pounds for the store refits and kept to it.",
])
def test_a_smaller_amount_than_asked_is_weak_not_evidenced(answer):
    item = coverage_item("Experience managing budgets over £1m", [(QUESTION, answer, score_answer(QUESTION, answer))])
    assert item.status == "weak", item
    assert "not the amount asked (£1m)" in item.evidence


@pytest.mark.parametrize("answer", [
    "At Corrin Retail I own a £1.8m budget for the depot and report against it every month to the regional director.",
    "I managed a 1,500,000 GBP budget for the new warehouse fit-out and closed it 3% under.",
])
def test_an_amount_at_least_the_one_asked_is_evidenced(answer):
    item = coverage_item("Experience managing budgets over £1m", [(QUESTION, answer, score_answer(QUESTION, answer))])
    assert item.status == "evidenced", item
