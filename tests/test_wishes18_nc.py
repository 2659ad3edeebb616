"""Session 18 newcomer: "I'm ready to…", "I'd love to…", "I'm keen to…", "I look forward to…" are wishes, never
evidence of a requirement; the same sentence told as done still is (made-up answers)."""

import pytest

from core.coach.coverage import coverage_item


def _status(requirement: str, answer: str) -> str:
    return coverage_item(requirement, [("Tell me about your experience.", answer, None)]).status


@pytest.mark.parametrize(("requirement", "answer"), [
    ("planning weekly rotas", "I'm ready to plan the weekly rotas myself in a bigger hotel."),
    ("planning weekly rotas", "I am now ready to plan weekly rotas for the whole floor."),
    ("writing grant bids", "I'd love to write grant bids for a charity like yours."),
    ("writing grant bids", "I'm keen to write grant bids and see them funded."),
    ("writing grant bids", "I look forward to writing grant bids with your fundraising team."),
    ("writing grant bids", "I'm excited to write grant bids next year."),
    ("writing grant bids", "I can't wait to write grant bids here."),
    ("writing grant bids", "I really look forward to writing grant bids."),
])
def test_a_wish_in_the_first_person_is_no_evidence(requirement, answer):
    assert _status(requirement, answer) != "evidenced"


@pytest.mark.parametrize(("requirement", "answer"), [
    ("planning weekly rotas", "I plan the weekly rotas for 14 staff at the Quayside Hotel."),
    ("writing grant bids", "Last year I wrote grant bids that brought in £60,000."),
    ("writing grant bids", "The bid was ready to send on Friday, and I wrote grant bids for three more funds."),
])
def test_done_work_still_is(requirement, answer):
    assert _status(requirement, answer) == "evidenced"
