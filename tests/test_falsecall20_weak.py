"""A weak answer on the question's subject is weak, not about something else (newcomer, session 20).

Made-up answers of the newcomer's kinds: a one-line "what I'd do" reply to a situational question, a busy-week story
full of filler words, an apprentice's "I just did what I was told". The chat must not redirect them as about
something else, and filler words are never an answer's terms.
"""

from __future__ import annotations

from core.analysis.answer import analyse_answer, elsewhere
from core.coach.follow_up import follow_up_reason
from core.coach.redirect import about_something_else
from core.coach.score import score_answer

SITUATIONAL = "A customer starts shouting at a colleague at the till while the queue watches. What would you do?"
CURT = "I'd tell him to stop it or he'd be asked to leave the shop."
BUSY_Q = "Tell me about a month when you had more orders than you could ship. How did you plan it, and what gave?"
BUSY = ("Um, so, like, basically there was a month in spring where, you know, loads of refits were all due at once "
        "and, um, I basically just came in early and kind of got through it all, you know.")
NEW_Q = "Tell me about a time you had to learn a new job quickly. What did you do in your first weeks?"
TRAINEE = "I began there as a trainee plumber so I just did what the fitters showed me and picked it up as I went. It was alright."


def test_curt_reply_to_a_situation_is_weak_not_elsewhere():
    assert not about_something_else(SITUATIONAL, CURT)
    assert follow_up_reason(SITUATIONAL, CURT) != "non_answer"
    score = score_answer(SITUATIONAL, CURT)
    assert "something else" not in score.relevance.evidence
    assert score.depth.score <= 2  # weak: thin, not off-topic


def test_filler_words_are_never_an_answers_terms():
    ev = analyse_answer(BUSY, BUSY_Q)
    said = elsewhere(ev, BUSY_Q)
    assert not {"um", "basically", "like", "loads", "kind"} & set(said)
    assert not about_something_else(BUSY_Q, BUSY)
    assert "something else" not in score_answer(BUSY_Q, BUSY).relevance.evidence


def test_trade_words_are_words_of_work():
    assert not about_something_else(NEW_Q, TRAINEE)
    assert follow_up_reason(NEW_Q, TRAINEE) != "non_answer"
    assert "something else" not in score_answer(NEW_Q, TRAINEE).relevance.evidence


def test_a_story_about_something_else_is_still_called():
    holiday = ("Last summer we went camping in the Lake District with the kids. It rained for three days, the tent "
               "leaked and we ended up playing cards in the car, but the walks were lovely.")
    assert about_something_else(BUSY_Q, holiday)
    assert about_something_else(SITUATIONAL, "I'd rather talk about my holiday in Portugal, the beaches were lovely.")
