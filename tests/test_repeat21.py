"""Session 20 re-checks (issue 15): a story told twice counts once, under the question it answers best.

An accessibility story told to "plan a usability test" and again to "which accessibility checks do you build in", and
a variance story given as a follow-up reply to a forecasting question and again to "explain the variance", were both
filed under the earlier question: the chat told the later one "This question asks something else", though the story
answered it. Whole interviews on the offline coach (a real store), made-up text of the same kind.

Session 22 (newcomer nc22, c1): a story now moves only when it was about something else at its first question (the
chat said so there) and answers the later one clearly better (tests/test_repeat22.py); a story the interview took as its
first question's answer, the session-20 pairs included (relevance 5/5 at both), stays there: a tie keeps it first.
The moving cases below are told first to a question they are about something else for.
"""

from __future__ import annotations

import pytest

from core.coach.repeat_home import fits_later
from core.coach.score import score_answer
from tests.scripted_interview import run_interview

TASTING_Q = "How would you plan a tasting session for a new menu with only three days and six guests?"
ALLERGEN_Q = "Which allergen checks do you build into a new dish from the start, not at the end?"
ALLERGEN_STORY = (
    "I check allergens from the first draft of a dish. At Copperleaf Kitchen I wrote the allergen matrix for each "
    "recipe before the tasting, found that the new pesto had hidden cashews, so I swapped them for sunflower seeds "
    "and relabelled all 14 dishes on the menu. The restaurant passed its council allergen audit.")

ROTA_Q = "How do you build a staffing rota the team trusts, and how do you handle being wrong?"
ROTA_SHORT = "I ask everyone for their availability a month ahead and publish it early."
OVERSPEND_Q = "Labour costs are 12% over budget. How do you explain the overspend to a store manager?"
OVERSPEND_STORY = (
    "I'd start with what the manager cares about, not the spreadsheet. At Fernby Stores labour on the night shift "
    "came in 12% over budget in March. I split the overspend into rate and hours: 5 points were agency rates and 7 "
    "points were overtime from two vacancies. I showed the store manager one chart with those two bars, we agreed to "
    "fill the vacancies first, and by June the overspend was down to 3%.")

# told first to a question it is about something else for: it moves to the one it answers
DEADLINE_Q = "Tell me about a time you had to meet a tight deadline."
DEADLINE_SHORT = "We had a busy Christmas week and we got everything out on time in the end."

# a story that answers its first question at least as well as the second: it stays there (the chat's redirect)
TURNAROUND_Q = "Tell me about a time you turned round a plant area that was losing money."
DECISION_Q = "Describe a time you had to make a decision without all the information you wanted."
PLANT_STORY = ("At Ashby Garden Centre the houseplant area was losing about £900 a month to waste. I checked the "
               "sales by line for six weeks, cut the twelve slowest lines, moved watering to a morning rota and "
               "trained two staff on it. Waste fell to £200 a month within a quarter.")


def _interview(tmp_path, monkeypatch, questions: list[str], reply):
    """A whole interview (:func:`scripted_interview.run_interview`): (messages, scores by number)."""
    return run_interview(tmp_path, monkeypatch, questions, reply, job_title="Shift Manager")


def _said(messages, number: int, kind: str) -> list[str]:
    return [m.content for m in messages if m.question_no == number and m.kind == kind]


@pytest.mark.parametrize("story,earlier,later", [
    (OVERSPEND_STORY, DEADLINE_Q, OVERSPEND_Q), (PLANT_STORY, DEADLINE_Q, TURNAROUND_Q)])
def test_a_story_about_something_else_first_moves_to_the_question_it_answers(story, earlier, later):
    assert fits_later(story, earlier, later)
    assert not fits_later(story, later, earlier)


@pytest.mark.parametrize("story,earlier,later", [
    (PLANT_STORY, TURNAROUND_Q, DECISION_Q), (ALLERGEN_STORY, TASTING_Q, ALLERGEN_Q), (OVERSPEND_STORY, ROTA_Q, OVERSPEND_Q)])
def test_a_story_answering_its_first_question_as_well_stays_there(story, earlier, later):
    assert not fits_later(story, earlier, later)


def test_an_answer_told_again_to_the_question_it_fits_counts_there(tmp_path, monkeypatch):
    messages, scores = _interview(tmp_path, monkeypatch, [DEADLINE_Q, OVERSPEND_Q], lambda number, kind: (
        OVERSPEND_STORY if kind == "question" else "ok"))
    later_turns = _said(messages, 2, "follow_up")
    assert not any("asks something else" in t or "same answer as for question 1" in t for t in later_turns)
    notices = _said(messages, 2, "notice")
    assert any("story you told for question 1" in n and "counts here" in n for n in notices), notices
    assert "same answer" not in scores[2].score["relevance"]["evidence"]
    assert scores[2].overall >= score_answer(OVERSPEND_Q, OVERSPEND_STORY).overall - 1
    # the first question keeps what its own answers earned: here, nothing of its own
    assert "question 2" in scores[1].score["relevance"]["evidence"], scores[1].score["relevance"]["evidence"]
    assert scores[1].overall <= 3 < scores[2].overall


def test_a_follow_up_reply_told_again_to_the_question_it_fits_counts_there(tmp_path, monkeypatch):
    def reply(number: int, kind: str) -> str:
        if number == 1:
            return DEADLINE_SHORT if kind == "question" else OVERSPEND_STORY
        return OVERSPEND_STORY if kind == "question" else "ok"

    messages, scores = _interview(tmp_path, monkeypatch, [DEADLINE_Q, OVERSPEND_Q], reply)
    assert _said(messages, 1, "follow_up")  # the short answer was followed up, and answered with the story
    assert not any("asks something else" in t or "same answer" in t for t in _said(messages, 2, "follow_up"))
    assert any("story you told for question 1" in n for n in _said(messages, 2, "notice"))
    first = scores[1].score["relevance"]["evidence"]
    assert "told again for question 2" in first and "adds nothing" not in first, first
    # question 1 is scored on its own answer, as if the reply had been given to question 2 only
    assert scores[1].overall == score_answer(DEADLINE_Q, DEADLINE_SHORT).overall
    assert "same answer" not in scores[2].score["relevance"]["evidence"]
    assert scores[2].overall >= score_answer(OVERSPEND_Q, OVERSPEND_STORY).overall - 1


def test_a_story_that_fits_its_first_question_still_gets_the_same_answer_redirect(tmp_path, monkeypatch):
    messages, scores = _interview(tmp_path, monkeypatch, [TURNAROUND_Q, DECISION_Q], lambda number, kind: (
        PLANT_STORY if kind == "question" else "ok"))
    assert any("same answer as for question 1" in t for t in _said(messages, 2, "follow_up"))
    assert not _said(messages, 2, "notice") or not any("counts here" in n for n in _said(messages, 2, "notice"))
    assert scores[2].overall <= 3 < scores[1].overall


def test_the_interview_page_shows_where_the_story_counts(db_path, fresh_app_cache, monkeypatch):
    import core.coach.turn as turn
    from tests.app_start import start_interview
    from tests.test_app_faults import shown_text

    planned = [DEADLINE_Q, OVERSPEND_Q, TURNAROUND_Q]
    monkeypatch.setattr(turn, "_next_planned", lambda settings, args, number, *a, **k: planned[number - 1])
    at, _ = start_interview(count=3, follow_ups=False)
    at.chat_input[0].set_value(OVERSPEND_STORY).run()
    assert not at.exception, at.exception
    at.chat_input[0].set_value(OVERSPEND_STORY).run()
    assert not at.exception, at.exception
    shown = shown_text(at)
    assert "That is the story you told for question 1. It answers this question better" in shown, shown
    assert "asks something else" not in shown
    assert TURNAROUND_Q in shown and "Question 3 of 3" in shown, shown  # the interview moved on


def test_a_third_telling_names_the_question_the_story_moved_to():
    from core.interview.state import build_state, decide_next_step
    from tests.test_coach_redirect import _msg, _session

    messages = [_msg("question", DEADLINE_Q, 1), _msg("answer", OVERSPEND_STORY, 1),
                _msg("question", OVERSPEND_Q, 2), _msg("answer", OVERSPEND_STORY, 2),
                _msg("question", TURNAROUND_Q, 3), _msg("answer", OVERSPEND_STORY, 3)]
    step = decide_next_step(build_state(_session(), messages))
    assert (step.kind, step.reason, step.same_as) == ("follow_up", "repeated", 2)
