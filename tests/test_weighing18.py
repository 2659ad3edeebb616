"""A question whose first answer was no answer and whose follow-up reply answered it: the structure line does not say
"There is no answer" beside a relevance that says the reply does what was asked (issue 15, session 18)."""

from core.coach.score import score_answer
from core.interview.state import QuestionRecord
from core.interview.weighing import weighed_score

QUESTION = "A customer shouts at you at the counter and the queue is watching. What would you do?"
REPLY = ("First I would stay calm and lower my voice so the customer lowers theirs. Then I would ask a colleague to "
         "open the second till for the queue, take the customer aside and let them explain, and offer what I can "
         "do today, because most people calm down once they feel heard.")


def test_the_structure_line_names_the_first_answer_not_no_answer():
    record = QuestionRecord(number=2, question=QUESTION, answer="Never happened to me, honestly.",
                            follow_up="Walk me through how you would do it: what first, and why?",
                            follow_up_answer=REPLY)
    result = weighed_score(record, score_answer)
    assert result.relevance.score >= 3, result.relevance.evidence
    assert "There is no answer" not in result.structure.evidence, result.structure.evidence
    assert '"Never happened to me, honestly"' in result.structure.evidence
