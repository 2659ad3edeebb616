"""Follow-ups never ask for an outcome the answer already told, never quote someone else's words back, and a bare
answer gets the non-answer move, not a probe of a story never told (newcomer, session 18)."""

from core.coach.follow_up import follow_up_question, follow_up_reason
from core.coach.turn import _follow_up_turn

PAST = "Tell me about a time you supported a colleague's development. What did you do?"


def test_outcome_told_in_words_is_not_asked_again():
    answers = (
        "At Greenbank Clinic I coached three junior receptionists through the new booking system; I paired with each "
        "of them for a week and wrote a short guide. All three were promoted to team lead within the year.",
        "At my last school I noticed a boy was hiding food at lunch. I logged it on the system and spoke to the "
        "safeguarding lead that afternoon. The family received support from the local food bank within days.",
        "I mentored a new analyst at Halden Bank, meeting her every Friday and reviewing her first models with her. "
        "It taught me that short regular check-ins beat long reviews.",
    )
    for answer in answers:
        reason = follow_up_reason(PAST, answer)
        assert reason != "no_result", answer
        assert "outcome" not in follow_up_question(reason or "too_short", PAST, answer).lower()


def test_opener_is_not_asked_for_an_outcome():
    question = ("To start, you're currently Store Supervisor at Petal & Co. Walk me through that work and why the "
                "store manager role is your next step.")
    answer = ("At Petal & Co I run the early shift and the stock room for a team of five. I also took over the "
              "weekly rota. I want to manage a store because I enjoy the planning side most.")
    assert follow_up_reason(question, answer) != "no_result"


def test_others_words_are_never_quoted_back():
    question = "Tell me about a time a patient's family was upset with you. What did you do?"
    answer = ("On a night shift a patient's son shouted at the desk and said he 'would not leave until a doctor came'. "
              "I took him to the quiet room, listened to his worries and paged the registrar myself. The registrar saw "
              "his mother within twenty minutes.")
    for variant in range(4):
        text = follow_up_question("too_short", question, answer, variant=variant)
        assert "would not leave" not in text, text


def test_bare_answer_gets_the_non_answer_move():
    question = "Tell me about a time you missed a deadline. What did you learn?"
    asked_before = ("Could you say a bit more?",)
    text = _follow_up_turn("neutral", [question], "Sure.", {"reason": ""},
                           lambda t: any(a in t for a in asked_before))
    assert "your own part" not in text and "worked with you" not in text, text
    assert "occasion" in text or "related experience" in text, text
