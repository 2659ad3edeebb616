"""Session 22 (issue 15, newcomer nc22 item 4): an answer given again, word for word, counts for the question it was
first told for, and the chat says so at once.

A short list answer to "What does a good escalation to engineering contain…?" was given again to "How do you work out
whether a problem is on the customer's side…?". The offline coach's relevance read the list as taking up none of the
first question (1/5) and some of the second (4/5), so the story "moved": the chat asked an ordinary follow-up, the
report told the first question "it counts there" (question 5) and scored the repeat 4/10 with relevance 4/5. A story
now counts where it was first told unless the interview called it about something else there and the later question
is answered clearly better (4-5/5, above the first); a tie keeps it first. Made-up text of the same kind.
"""

from __future__ import annotations

import pytest

from core.coach.redirect import about_something_else, redirect_question
from core.coach.repeat_home import fits_later
from tests.scripted_interview import run_interview

# (first question, later question, a list answer that answers the first plainly)
LISTS = [
    ("What should a good handover to the night shift include, so they can carry on without calling you?",
     "How do you decide whether a patient's problem is urgent or can wait until morning?",
     "The patient's bed number, what changed today, which results are still pending and when the pain started."),
    ("What does a good fault report to the landlord contain, so they can send the right trade first time?",
     "How do you work out whether a tenant's problem is urgent or can wait for the next visit?",
     "The tenant's address, the problem, what checks we already did and when it started."),
    ("What goes into a good incident report for the shift manager, so they can act on it at once?",
     "How do you tell whether a customer's problem is in the till or in the card reader?",
     "The customer's receipt number, the error, what we already tried and when it started."),
]

DEADLINE_Q = "Tell me about a time you had to meet a tight deadline."
OVERSPEND_Q = "Labour costs are 12% over budget. How do you explain the overspend to a store manager?"
OVERSPEND_STORY = (
    "I'd start with what the manager cares about, not the spreadsheet. At Fernby Stores labour on the night shift "
    "came in 12% over budget in March. I split the overspend into rate and hours: 5 points were agency rates and 7 "
    "points were overtime from two vacancies. I showed the store manager one chart with those two bars, we agreed to "
    "fill the vacancies first, and by June the overspend was down to 3%.")

OPENER_Q = "Tell me briefly about the work you do now, and why this role appeals to you."
OPENER = ("I'm a ward clerk at Hillbrook Hospital. I keep the bed board up to date for 28 beds, book transport and "
          "take calls from families, and I want to move into a role with more contact with patients.")
# the follow-up reply to the first question, on its subject (the interviewer took the list as its answer)
FIRST_REPLIES = [
    "I'd put the pending results first in the handover, because the night shift always asks for them, and write the "
    "time of each test next to it so nobody repeats it.",
    "I'd put the checks we already did first in the fault report, because the landlord always asks for them, and add "
    "photos and the time of each check so the trade doesn't repeat them.",
]


@pytest.mark.parametrize("first,later,answer", LISTS)
def test_an_answer_to_its_first_question_told_again_counts_there(first, later, answer):
    assert not about_something_else(first, answer)  # the chat took it as an answer to the first question
    assert not fits_later(answer, first, later)


def test_a_story_about_something_else_at_first_moves_to_the_question_it_answers_clearly_better():
    assert about_something_else(DEADLINE_Q, OVERSPEND_STORY)
    assert fits_later(OVERSPEND_STORY, DEADLINE_Q, OVERSPEND_Q)
    assert not fits_later(OVERSPEND_STORY, OVERSPEND_Q, DEADLINE_Q)


def test_a_story_that_fits_both_questions_as_well_stays_first():
    story, first, later = LISTS[0][2], LISTS[0][0], LISTS[0][0].replace("night shift", "day shift")
    assert not fits_later(story, first, later)


def test_the_repeat_redirect_asks_for_a_different_example():
    first, later, answer = LISTS[1]
    text = redirect_question("repeated", later, same_as=2, answer=answer)
    assert text.startswith("That is the same answer as for question 2"), text
    assert "different example" in text, text
    assert "tenant's problem is urgent" in text, text  # the question asked again


def test_a_repeat_in_spanish_is_called_out_in_spanish():
    later = LISTS[0][1]  # the coach asks in English; the candidate answers in Spanish
    answer = ("El número de cama del paciente, lo que cambió hoy, qué resultados siguen pendientes y cuándo empezó "
              "el dolor.")
    text = redirect_question("repeated", later, same_as=2, answer=answer)
    assert "la misma respuesta que para la pregunta 2" in text, text
    assert "otro ejemplo" in text and later in text, text
    english = redirect_question("repeated", later, same_as=2, answer=LISTS[0][2])
    assert "la misma respuesta" not in english and "same answer as for question 2" in english, english


def _interview(tmp_path, monkeypatch, first: str, later: str, answer: str, first_reply: str):
    seen = {}

    def reply(number: int, kind: str) -> str:
        if number == 1:
            return OPENER if kind == "question" else "I don't know."
        if number == 2:
            return answer if kind == "question" else first_reply
        return answer if kind == "question" else "I don't know."

    def inspect(store, session_id):
        from core.export import export_markdown, session_export

        seen["export"] = session_export(store, session_id)
        seen["markdown"] = export_markdown(seen["export"])
        seen["session"] = store.get_session(session_id)

    messages, scores = run_interview(tmp_path, monkeypatch, [OPENER_Q, first, later], reply,
                                     job_title="Team Leader", inspect=inspect)
    return messages, scores, seen


def _said(messages, number: int, kind: str) -> list[str]:
    return [m.content for m in messages if m.question_no == number and m.kind == kind]


@pytest.mark.parametrize("first,later,answer,first_reply", [(*LISTS[0], FIRST_REPLIES[0]), (*LISTS[1], FIRST_REPLIES[1])])
def test_a_word_for_word_repeat_is_called_out_and_scored_as_a_repeat(tmp_path, monkeypatch, first, later, answer,
                                                                     first_reply):
    messages, scores, seen = _interview(tmp_path, monkeypatch, first, later, answer, first_reply)
    turns = _said(messages, 3, "follow_up")
    assert any("same answer as for question 2" in t and "different example" in t for t in turns), turns
    assert not any("counts here" in n for n in _said(messages, 3, "notice"))
    repeat = scores[3].score["relevance"]
    assert repeat["score"] == 1 and "same answer as for question 2" in repeat["evidence"], repeat
    assert scores[3].overall <= 3 < scores[2].overall
    own = scores[2].score["relevance"]["evidence"]
    assert "question 3" not in own and "counts there" not in own, own
    # the export and History read the same scores
    exported = {row["question_no"]: row for row in seen["export"]["answer_scores"]}
    assert exported[3]["relevance"]["score"] == 1 and exported[3]["overall"] == scores[3].overall
    assert "same answer as for question 2" in seen["markdown"]
    assert "same answer as for question 3" not in seen["markdown"]
    mean = sum(r.overall for r in scores.values()) / len(scores)
    assert seen["session"].overall_score == pytest.approx(mean, abs=0.51)


@pytest.mark.parametrize("again", [
    "The tenant's address, the issue, what checks we already did and when it started.",
    "So: the tenant's address, the problem, which checks we already did and when it started.",
    "The tenant's address, the problem, what checks we had already done and when it started.",
])
def test_a_short_answer_given_again_with_a_word_changed_is_a_repeat(again):
    from core.coach.redirect import repeated_from

    assert repeated_from(again, [(1, "I'm a ward clerk and I keep the bed board up to date for 28 beds."),
                                 (2, LISTS[1][2])]) == 2


@pytest.mark.parametrize("other", [
    "The tenant's name, the photos of the damp, and which room the mould is in.",
    "I would ask my manager for advice and then check the rota for that week.",
    "The address, the access code for the door and a phone number for the tenant.",
])
def test_a_different_short_answer_on_the_same_subject_is_no_repeat(other):
    from core.coach.redirect import repeated_from

    assert repeated_from(other, [(2, LISTS[1][2]), (3, "I would ask my manager for help and then check the policy.")]) is None


def test_a_follow_up_reply_repeating_an_answer_in_spanish_is_told_so_in_spanish():
    from core.coach.redirect import reply_repeat_notice

    earlier = ("El número de cama del paciente, lo que cambió hoy, qué resultados siguen pendientes y cuándo empezó "
               "el dolor.")
    notice = reply_repeat_notice(earlier, "Primero llamo al médico de guardia y luego reviso la medicación.",
                                 [(2, earlier)])
    assert notice.startswith("Esa respuesta es la misma que para la pregunta 2"), notice
    english = reply_repeat_notice(LISTS[1][2], "I'd ring the landlord first.", [(2, LISTS[1][2])])
    assert english.startswith("That reply is the same answer as for question 2"), english
