"""A follow-up reply that does what its question asks lifts the question (newcomer, session 17: "I'd ask for
their headcount plan…" after an off-topic first answer was "about something else… adds nothing", 1/10)."""

from core.coach.asked_verb import does_asked_verb
from core.coach.score import score_answer
from core.interview.state import QuestionRecord
from core.interview.weighing import off_the_question, weighed_score

QUESTION = ("You have to plan next year's spending for the ward's supplies. What would you ask the ward manager for, "
            "and how would you check the costs are realistic?")
OFF = "I love sailing. Last summer I crossed the Irish Sea with two friends in a small boat and it took three days."
REPLY = "I'd ask for their bed occupancy forecast and theatre lists and compare them with last year's usage."


def _scorer(question: str, answer: str):
    return score_answer(question, answer)


def test_a_reply_doing_the_question_verb_does_what_it_asks():
    assert does_asked_verb(QUESTION, REPLY)
    assert not does_asked_verb(QUESTION, OFF)
    assert not does_asked_verb("Tell me about a time you disagreed with a colleague.", "I asked for a raise.")


def test_the_reply_is_not_off_the_question():
    assert not off_the_question(QUESTION, REPLY)


def test_the_reply_lifts_an_off_topic_first_answer():
    alone = weighed_score(QuestionRecord(number=1, question=QUESTION, answer=OFF), _scorer)
    record = QuestionRecord(number=1, question=QUESTION, answer=OFF,
                            follow_up="That answer was about something else. Let me ask again: " + QUESTION,
                            follow_up_answer=REPLY)
    lifted = weighed_score(record, _scorer)
    assert lifted.overall > alone.overall
    assert "adds nothing" not in lifted.relevance.evidence
