"""What a question is about is told in its own terms as a person says them ("working under pressure", "customer
complaints about late deliveries"), never single everyday words nor filler ("pressure, quality, lot": session 17
re-check). Made-up questions and off-subject answers (a shop, a warehouse, a housing office, a lab)."""

from __future__ import annotations

import re

import pytest

from core.coach.score import score_answer
from core.coach.subject import subject_of

_CASES = [
    ("How do you handle working under a lot of pressure while keeping quality high?",
     "I set up our stock system in Excel at the shop. I list every product, count the shelves each Friday and update the "
     "sheet. The manager checks it monthly.", "working under pressure"),
    ("How would you deal with a lot of customer complaints about late deliveries?",
     "I built a sales dashboard in Power BI for the regional managers. I gathered their needs in two workshops and "
     "modelled the data in SQL. I trained them to use it.", "customer complaints about late deliveries"),
    ("How would you clear a large backlog of overdue repair requests in a housing office?",
     "I test water samples in the lab every morning. I log the readings in our system and flag anything above the "
     "limit. I calibrate the meters weekly.", "backlog of overdue repair requests"),
]


@pytest.mark.parametrize(("question", "answer", "term"), _CASES)
def test_the_subject_left_aside_is_told_in_the_questions_terms(question: str, answer: str, term: str) -> None:
    left = subject_of(answer, question).left_terms
    assert any(term in t for t in left), left
    assert "lot" not in left, left
    scored = score_answer(question, answer)
    told = scored.relevance.evidence + " " + " ".join(scored.missing)
    # where the relevance lists the subject (a known topic, "complaints", is named by its topic's name instead)
    assert term in told or "what the question is about" not in told, told
    assert not re.search(r"\blot\b", told), told  # "a lot of" says how much, never what about


def test_a_single_rare_word_stays_a_term_of_its_own() -> None:
    left = subject_of("I restocked the shelves.", "How do you prioritise triage in a busy emergency department?").left_terms
    assert any("triage" in t for t in left), left
    assert all(t.strip() for t in left), left
