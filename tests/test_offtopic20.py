"""A complete story about another known subject (an office move, a pay rise, a holiday, a hobby, a party) told to a
competency question (mentoring, helping a struggling colleague, conflict, leadership, a failure, prioritising) is off
the question: relevance low, the overall at most 4/10, the chat says so, and the stronger answer does not dress the
story up as this question's answer. A story that shows the competency in its own words (a mentee's 1:1s, a teammate
who had fallen behind) is still on the question (issue 15, session 20: an office move told to a mentoring question
and a salary negotiation told to "a time you helped a colleague who was struggling" scored 6/10)."""

import pytest

from core.coach.follow_up import off_topic
from core.coach.score import score_answer

# (question, a story about another known subject)
OFF = [
    ("Tell me about a time you mentored someone more junior. What did you teach them and how?",
     "Last spring our team relocated to a new office across town. I volunteered to coordinate the move for the "
     "second floor, so I packed the shared cupboards, numbered every box and booked the removal firm. By Monday "
     "morning all twenty desks were set up and nothing went missing."),
    ("Give me an example of a time you helped a colleague who was struggling.",
     "The best example is when I asked for a pay rise at Larkfield. I compared my salary with two market surveys, "
     "made the case to my manager with my results, and we settled on a 9% raise from April."),
    ("Describe a situation where you disagreed with a colleague about how to do something. What happened?",
     "Two summers ago I planned a family holiday to Portugal. I booked the flights four months ahead, found a "
     "hotel near the beach and built a day-by-day itinerary, and the whole trip came in under what we had set "
     "aside."),
    ("Tell me about a time you had to prioritise several urgent pieces of work at once.",
     "In 2023 I trained for my first half marathon. I followed a sixteen-week plan, ran four times a week with "
     "the local running club and finished in one hour fifty-two, eight minutes under my goal."),
    ("Tell me about a time you led a team through a difficult period.",
     "Every December I organise the office Christmas party. Last year I found a venue for sixty people, collected "
     "the deposits and ran a secret Santa, and everyone said it was the best party we had had."),
    ("Describe a time you failed at something at work. What did you learn?",
     "I relocated my team's office last year. I drew up the floor plan, packed the archive into crates and "
     "booked the movers, and we were unpacked and working again within two days."),
]

# (question, a story that answers it in its own words, few of the question's)
ON = [
    ("Tell me about a time you mentored someone more junior. What did you teach them and how?",
     "When Tomasz joined as a graduate analyst I was asked to look after him. We had a 1:1 every Friday, I "
     "paired with him on his first two client reports and gave him written feedback on each draft. Six months "
     "later he was running the monthly report on his own and was promoted in his first year."),
    ("Give me an example of a time you helped a colleague who was struggling.",
     "In my second year a teammate, Ruth, had fallen badly behind on her month-end reconciliations after a "
     "system change. I sat down with her, split the backlog into the accounts that mattered for the close, and "
     "took three of them on myself for two weeks. She was back on schedule by the next close."),
    ("Describe a situation where you disagreed with a colleague about how to do something. What happened?",
     "Our lead engineer wanted to ship the new checkout without a usability test; I thought that was a risk. I "
     "suggested a two-day test with five users instead of a full study, he agreed, and we caught a payment bug "
     "that would have hit every mobile user."),
    ("Tell me about a time you had to prioritise several urgent pieces of work at once.",
     "In the week before our audit I had three urgent requests at once. I listed them by deadline and by who was "
     "waiting, did the auditors' schedules first, pushed the board pack back a day with the finance director's "
     "agreement, and delegated the supplier queries. All three were done by Friday."),
]


@pytest.mark.parametrize(("question", "answer"), OFF, ids=["office-mentoring", "pay-helping", "holiday-conflict",
                                                         "marathon-prioritising", "party-leading", "move-failure"])
def test_a_story_about_another_known_subject_is_off_the_question(question, answer):
    result = score_answer(question, answer)
    assert result.relevance.score <= 2, result.relevance.evidence
    assert result.overall <= 4, (result.overall, result.relevance.evidence)
    assert off_topic(question, answer)  # the chat says so plainly
    # the stronger answer does not build this question's answer out of the story
    story_words = [w for w in answer.split() if len(w) > 6][:3]
    assert not any(w in result.stronger_answer for w in story_words), result.stronger_answer


@pytest.mark.parametrize(("question", "answer"), ON, ids=["mentoring", "helping", "disagreement", "prioritising"])
def test_a_story_in_its_own_words_stays_on_the_question(question, answer):
    result = score_answer(question, answer)
    assert result.relevance.score >= 3, result.relevance.evidence
    assert result.overall >= 6, (result.overall, result.relevance.evidence)
    assert not off_topic(question, answer)


GAP_Q = ("This job involves mentoring junior analysts, which I don't see on your CV. Tell me about a time you had to "
         "learn something similar quickly: what did you do and how long did it take?")


def test_a_gap_question_answered_with_another_subject_is_off_it():
    answer = ("Let me tell you about when our office moved to the new building in Croydon. I volunteered to organise "
              "the move for our team, labelled all the crates and booked the removal firm, and everyone was unpacked "
              "by Monday lunchtime.")
    result = score_answer(GAP_Q, answer)
    assert result.overall <= 4 and result.relevance.score <= 2, result.relevance.evidence
    assert off_topic(GAP_Q, answer)


def test_a_gap_question_answered_with_something_learned_quickly_is_not_called_off():
    answer = ("When I became shift supervisor I had to pick up rota planning within a month. I sat with the outgoing "
              "supervisor for three shifts, wrote down how she balanced hours, and ran the next rota past her. It went "
              "out on time with no complaints.")
    assert not off_topic(GAP_Q, answer)
    assert score_answer(GAP_Q, answer).overall >= 6


def test_a_work_story_in_a_field_that_says_flights_and_hotels_is_not_a_holiday():
    question = "Tell me about a time you supported an upset customer."
    answer = ("A passenger came to our desk after her connecting flight was cancelled late at night. I listened, told "
              "her plainly what the airline could offer, and booked her into the airport hotel with a morning seat. She "
              "wrote to our manager to thank me.")
    assert not off_topic(question, answer)
