"""Session 23 (judge23): habitual wording is what usually happens, never a dated occasion or "not just".

Re-check B of session 22: a follow-up reply telling one dated occasion ("Last Monday I had a … concern come in …") got
Specificity "Habitual wording (just) describes what usually happens, not what you did" because "just" was in the
first answer, and "…acting under the professional standards, not just council policy" was read as habitual. Made-up
text of the same kinds below.
"""

from __future__ import annotations

import pytest

from core.coach.score import score_answer
from core.interview.state import QuestionRecord
from core.interview.weighing import weighed_score

_SAY_MORE = "Say more about that: what was the context, and what exactly did you do?"


def _scorer(question: str, answer: str):
    return score_answer(question, answer)


@pytest.mark.parametrize(("question", "first", "reply"), [
    ("How do you decide which repair to do first when several come in?", "I just sort it out, that's the job.",
     "Last Thursday a leaking roof, a broken lock and a dripping tap all came in before nine. I sent the roofer out "
     "first because rain was forecast, booked the lock for the afternoon and left the tap to Friday."),
    ("How do you cope when a shift gets very busy?", "I usually just keep going and stay calm.",
     "On 12 May two of our four chefs called in sick on a Saturday. I cut the menu to six dishes, moved the porter onto "
     "the grill and rang a former colleague, who came in by seven."),
])
def test_a_dated_reply_is_never_called_habitual_for_the_first_answers_just(question, first, reply) -> None:
    record = QuestionRecord(number=4, question=question, answer=first, follow_up=_SAY_MORE, follow_up_answer=reply)
    out = weighed_score(record, _scorer)
    assert "Habitual" not in out.specificity.evidence, out.specificity.evidence
    assert not any("specific occasion" in m for m in out.missing), out.missing


@pytest.mark.parametrize(("question", "answer"), [
    ("Why does your professional registration matter?",
     "At my last renewal I logged my CPD, including a reflection on a complaint. It mattered because I told the family "
     "I was acting under the professional code, not just company policy, and they accepted it."),
    ("Why did you change the checklist?",
     "I changed it so it covered not just broken stock but missing labels too, which was what the auditors had flagged."),
])
def test_not_just_is_no_habitual_wording(question, answer) -> None:
    assert "Habitual" not in score_answer(question, answer).specificity.evidence


def test_habitual_wording_is_still_called_so() -> None:
    out = score_answer("How do you handle a difficult customer?",
                       "I usually just listen to them and generally try to calm things down, then sort it out.")
    assert "Habitual wording" in out.specificity.evidence
