"""Issue 15, session 15 (relevance): an answer that does not answer its question is judged so, by the chat and the
report alike, on made-up answers of each kind the tester met:

- an answer about something else with a follow-up reply of stock phrases ("I always give 100%"): the chat says it
  does not answer what was asked, and the report's relevance says the same (1/5); the reply does not lift it, and
  "give 110%" is no figure;
- a yes/no question whether the candidate holds a credential, answered with a well-built story about other work;
- a question that sets when the answer must happen ("during a session, not at the end of the course"), answered
  with what happened at the end: neither reaches 8/10, and an answer that does answer them scores higher;
- a non-answer said twice is a non-answer the second time too, not "the same answer as for question 3".
"""

from __future__ import annotations

from core.analysis.answer import analyse_answer
from core.coach.answers_asked import stock_phrases_only
from core.coach.follow_up import follow_up_reason, off_topic
from core.coach.redirect import repeated_from
from core.coach.score import score_answer
from core.interview.state import QuestionRecord
from core.interview.weighing import weighed_score

# ---------------------------------------------------------------- 1. off the question, then stock phrases

BIG_WORK_Q = ("This role centres on stock control. Tell me about the biggest piece of work involving it that you were "
              "accountable for yourself: what was in your hands, what you decided, and how you knew it was working.")
HOBBY = ("My favourite rugby club is Leeds Rhinos and on Saturday I watched them win 24-10, the crowd was brilliant "
         "and I had a hot dog at the break.")
PRESSED = "That doesn't answer what I asked. Answer it directly, with one concrete example."
STOCK_PHRASES = "I'm a hard worker and I always give 110%. I'm a real team player and a quick learner."


def _record(number: int, question: str, answer: str, follow_up: str | None = None, reply: str | None = None):
    return QuestionRecord(number=number, question=question, answer=answer, follow_up=follow_up, follow_up_answer=reply)


def test_the_chat_and_the_report_agree_an_answer_about_something_else_does_not_answer():
    assert off_topic(BIG_WORK_Q, HOBBY)  # what the chat says ("That doesn't answer what I asked")
    weighed = weighed_score(_record(3, BIG_WORK_Q, HOBBY, PRESSED, STOCK_PHRASES), score_answer)
    assert weighed.relevance.score == 1, weighed.relevance.evidence
    assert "does what the question asks" not in weighed.relevance.evidence
    assert weighed.overall <= 2


def test_a_reply_of_stock_phrases_does_not_lift_an_answer_that_missed_the_question():
    main = score_answer(BIG_WORK_Q, HOBBY)
    weighed = weighed_score(_record(3, BIG_WORK_Q, HOBBY, PRESSED, STOCK_PHRASES), score_answer)
    assert weighed.overall <= main.overall
    assert "110%" not in weighed.specificity.evidence
    assert stock_phrases_only(STOCK_PHRASES)
    # a reply that says what was done is no stock phrase, whatever word it shares with one
    assert not stock_phrases_only("I committed the fix after review. It ran on a dedicated server.")


def test_giving_110_percent_is_no_figure_but_110_percent_of_target_is():
    assert analyse_answer("I always give 110% on every shift and I never give up on a customer.").numbers == []
    assert analyse_answer("She gave it 100 percent and so did I, every single day of the week.").numbers == []
    assert analyse_answer("By March the team reached 110% of its sales target for the quarter.").numbers


# ---------------------------------------------------------------- 2. an answer to another question

LICENCE_Q = ("This post needs a counterbalance forklift licence, and I don't see it on your CV. Do you hold one, or "
             "where are you in getting it? Until then, how would you make sure you only do what you're allowed to?")
OTHER_STORY = ("A concrete example: when I took over the weekly stock count at a garden centre, I measured the error "
               "rate at 14%, retrained 5 colleagues on the handheld scanners, checked their counts every Friday and "
               "set up a daily spot check of 20 lines. The error rate was 3% three months later. My role was to plan "
               "the training and track the figures, and I learned to share the figures with the whole team.")
LICENCE_ANSWER = ("Yes, I hold a counterbalance forklift licence: I passed the three-day course in 2022 and renewed it "
                  "last March, so the certificate is current until 2027. I can bring it to the interview, and until "
                  "the site signs me off I would only drive under supervision.")


def test_a_story_about_other_work_does_not_answer_whether_you_hold_a_licence():
    other = score_answer(LICENCE_Q, OTHER_STORY)
    assert other.relevance.score == 1, other.relevance.evidence  # as the chat says: it does not answer
    assert other.overall <= 6
    # a story's own "I applied…", "I completed…" say nothing of holding it
    applied_story = OTHER_STORY.replace("retrained 5 colleagues", "I applied a new count process, completed the "
                                        "training of 5 colleagues")
    assert score_answer(LICENCE_Q, applied_story).relevance.score == 1
    answered = score_answer(LICENCE_Q, LICENCE_ANSWER)
    assert answered.relevance.score >= 4 and answered.overall > other.overall


CHECK_Q = "How do you find out during a training session whether trainees have understood, not at the end of the course?"
END_STORY = ("For a new-starter course on the tills I planned backwards from the final assessment. My task was to "
             "cover refunds, vouchers and card faults for 12 trainees. I mapped the topics across four weeks, added a "
             "practice day, and gave slower readers printed step cards. 11 of 12 passed the final assessment first "
             "time, compared with 7 of 12 on the previous course, and the store manager signed them all off.")
DURING_ANSWER = ("During the session I stop every ten minutes and ask each trainee to show me the next step on a "
                 "practice till rather than tell me. If two or more get the same step wrong I re-teach it there and "
                 "then, and I ask the quieter ones first so the confident ones do not answer for them.")


def test_an_answer_outside_what_the_question_sets_does_not_answer_it():
    outside = score_answer(CHECK_Q, END_STORY)
    assert outside.relevance.score == 1, outside.relevance.evidence
    assert outside.overall <= 7
    within = score_answer(CHECK_Q, DURING_ANSWER)
    assert within.relevance.score >= 4 and within.overall > outside.overall


def test_the_chat_presses_an_answer_to_another_question_as_the_report_judges_it():
    assert follow_up_reason(LICENCE_Q, OTHER_STORY) == "non_answer" and off_topic(LICENCE_Q, OTHER_STORY)
    assert follow_up_reason(CHECK_Q, END_STORY) == "non_answer" and off_topic(CHECK_Q, END_STORY)
    assert not off_topic(LICENCE_Q, LICENCE_ANSWER) and not off_topic(CHECK_Q, DURING_ANSWER)


# ---------------------------------------------------------------- 3. a non-answer said twice

UNSURE = "I'm not sure, I would probably look it up online."
DATA_Q = "How do you check that a supplier's price list is right before you load it? Give an example of a mistake you caught."


def test_a_non_answer_said_again_is_no_repeat_of_an_earlier_answer():
    assert repeated_from(UNSURE, [(3, UNSURE)]) is None
    weighed = weighed_score(_record(6, DATA_Q, UNSURE), score_answer, [(3, UNSURE)])
    assert "same answer as for question" not in weighed.relevance.evidence, weighed.relevance.evidence
    assert weighed.overall == 1
    assert repeated_from(OTHER_STORY, [(2, OTHER_STORY)]) == 2  # a real answer said again is still a repeat


APPLIED = ("I have applied for it: the form went in two weeks ago and the depot manager said it usually takes a month. "
           "Until it comes through I would only load by hand and ask a colleague who has one to move the pallets.")


def test_saying_where_you_are_in_getting_it_answers_a_credential_question_in_its_own_words():
    applied = score_answer(LICENCE_Q, APPLIED)
    assert applied.relevance.score >= 4, applied.relevance.evidence
    assert not off_topic(LICENCE_Q, APPLIED)


def test_an_answer_to_another_question_is_no_model_answer_for_this_one():
    for question, answer in ((LICENCE_Q, OTHER_STORY), (CHECK_Q, END_STORY)):
        stronger = score_answer(question, answer).stronger_answer
        assert "garden centre" not in stronger and "new-starter course" not in stronger, stronger
        assert "[" in stronger  # the question's outline, with its gaps


REGISTRATION_Q = ("This role requires current registration as a paramedic, and I don't see it on your CV. Do you hold it, "
                  "or where are you in getting it? Until then, how would you make sure you work safely within what "
                  "you're allowed to do?")
QUALIFICATION_Q = ("This role requires a recognised payroll qualification (CIPP or ACCA), and I don't see it on your CV. "
                   "Do you hold it, or where are you in getting it?")


def test_being_registered_or_naming_the_acronym_says_you_hold_it():
    registered = ("I'm fully registered with the HCPC since 2021, and my renewal went through in the spring, so I can "
                  "show my number on the first day.")
    acronym = "I sat the CIPP foundation exams last summer and the result letter arrives next month, as I understand it."
    for question, answer in ((REGISTRATION_Q, registered), (QUALIFICATION_Q, acronym)):
        scored = score_answer(question, answer)
        assert scored.relevance.score >= 3, scored.relevance.evidence
        assert not off_topic(question, answer)
