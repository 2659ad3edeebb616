"""Reasons for wanting a role said plainly count as reasons (missing2, session 14)."""

from core.coach.score import score_answer

Q = "Why do you want to join our company in this role?"


def test_wanting_something_of_the_role_and_a_shared_market_are_reasons():
    for answer in (
        "Harbourline works with the same hospitals I have supplied for six years, and I want a larger region to "
        "manage.",
        "I want more time with customers and a product I really believe in, which is what Harbourline offers.",
    ):
        s = score_answer(Q, answer)
        assert "never says why you want this role" not in s.relevance.evidence, answer
        assert "Why this role is the next step" not in s.missing


def test_an_answer_with_no_reason_is_still_told():
    s = score_answer(Q, "I have worked in sales for six years and I hit my quota every quarter.")
    assert "never says why you want this role" in s.relevance.evidence
