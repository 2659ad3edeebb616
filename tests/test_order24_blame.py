"""Session 24 (helper order24): an answer that puts every failure on others and tells nothing the speaker did is
weak, and says so; a story that names another's fault and then what the speaker did about it stays strong.
Made-up answers (not the team set's, not a published one)."""

import re

from core.coach.score import score_answer

QUESTION = "Tell me about a time a delivery you were part of went badly."
BLAME = ("The office refit at our Leeds branch went badly, and to be honest none of it was on me. The facilities "
         "manager never told me the furniture order had been cancelled, the electricians didn't turn up on the "
         "Monday they had promised, and the landlord kept changing the access times without warning anyone. Head "
         "office signed off the budget without asking the people who actually worked there. It wasn't my fault "
         "that the schedule fell apart, and the regional director should have stepped in much earlier.")
OWNED = ("The office refit at our Leeds branch slipped because the electricians didn't turn up on the Monday they "
         "had promised, and the facilities manager hadn't told me the furniture order was cancelled. I was the "
         "branch coordinator, so I rang two other contractors that morning, booked one for the Wednesday, and "
         "re-ordered the desks from a local supplier with next-day delivery. I moved the 40 staff to the upstairs "
         "meeting rooms for three days. We reopened the floor two days late instead of two weeks, and I now confirm "
         "every trade in writing the Friday before.")


def _said(score) -> str:
    texts = [score.relevance.evidence, score.structure.evidence, *score.missing]
    return " ".join(re.sub(r'"[^"]*"', " ", t) for t in texts)


def test_an_answer_that_only_blames_others_is_weak_and_told_so():
    score = score_answer(QUESTION, BLAME)
    assert score.overall <= 5, score
    assert score.structure.score <= 2, score.structure
    assert score.relevance.score <= 3, score.relevance
    said = _said(score)
    assert re.search(r"puts the failure on others", said), said
    assert any("What you did yourself" in m for m in score.missing), score.missing


def test_the_stronger_answer_gives_the_blamer_no_act_they_did_not_tell():
    stronger = re.sub(r"\[[^\]]*\]", " ", score_answer(QUESTION, BLAME).stronger_answer)
    for clause in re.findall(r"\bI\s+[a-z]+\b[^.,;:]*", stronger):
        assert clause.lower() in BLAME.lower(), clause


def test_another_persons_fault_then_your_own_acts_stays_strong():
    score = score_answer(QUESTION, OWNED)
    assert score.overall >= 7, score
    assert "puts the failure on others" not in _said(score)


def test_an_excuse_about_feedback_is_weak_too():
    score = score_answer("Tell me about a time you received criticism at work.",
                         "My team leader said my handovers were incomplete, which I thought was unfair. The day "
                         "shift never wrote anything down, the system kept logging us out, and nobody had ever "
                         "shown us the new checklist. Other people in the team had the same problem and were never "
                         "told off. It wasn't my mistake, it was the way the unit was organised.")
    assert score.overall <= 5, score
    assert "puts the failure on others" in _said(score)


def test_a_mistake_owned_beside_others_failures_is_no_blame():
    score = score_answer("Tell me about a client you lost. What would you do differently?",
                         "Two years ago I lost a cleaning contract with a dental practice because I only visited them "
                         "once after the start. Their practice manager didn't pass our checklist to the night staff, "
                         "and by the time they complained it was too late. I learned to hold a review every month, and "
                         "I now ask each new client who their contact is on every shift.")
    assert "puts the failure on others" not in _said(score)


def test_the_stronger_answer_keeps_the_situation_without_the_excuse():
    stronger = score_answer(QUESTION, BLAME).stronger_answer
    assert stronger.startswith("Situation: The office refit at our Leeds branch went badly."), stronger
    assert "Action: [what you did yourself about it" in stronger
