"""Session 16 (ncrel): an answer to a different question about the same job's work, in made-up text.

Kinds: 1. a well-told story showing another competency of the same work (its words: an evacuation, a fee
negotiation, training new starters) and nothing of the asked one (nor the question's own terms) does not answer the
question: relevance 1, and the chat says so too (:func:`core.coach.follow_up.off_topic`); 2. an answer judged not to
do what its question asks is held low overall (3/10 at most), as an answer off the question's topic is; 3. an answer
to the question in its own words still scores high, and a question of no listed competency is not judged this way.
"""

from __future__ import annotations

from core.coach.competency import asked, wrong_competency
from core.coach.follow_up import off_topic
from core.coach.score import score_answer

# ---------------------------------------------------------------- 1. another competency of the same work

_RECRUIT_JOB = ("Recruitment consultant, engineering desk. Billing target of £240k a year, business development, "
                "candidate sourcing, client negotiation on fees and terms, CRM (Bullhorn) discipline.")
_TARGET_Q = ("How do you plan your month to hit your placement target? Walk me through the numbers you work back "
             "from.")
# a fee negotiation story, in the desk's words, told to a question about planning the quarter
_FEE_STORY = ("When Tarrant Engineering asked us to cut our fee from 20% to 12%, I did not simply discount. I showed "
              "their head of engineering what the last three mis-hires had cost them and built a business case around "
              "our replacement guarantee. We agreed 18% with a six-month rebate clause instead of a bigger concession. "
              "They gave us four more roles that year.")
_TARGET_ANSWER = ("I work back from the £20k I need each month. My average fee is £9k, so I need about three "
                  "placements, and at my conversion of one placement per four interviews that means twelve first "
                  "interviews. I keep my pipeline at three times that in Bullhorn, check coverage every Monday, and if "
                  "week two shows a gap I spend two mornings on business development calls to clients who hired "
                  "last year.")

_HOTEL_JOB = "Duty manager, city hotel. Front office, guest relations, health and safety, training reception staff."
_MIND_Q = "Tell me about a time you used evidence to change a senior colleague's mind."
# an emergency story, well told, to a question about persuading someone
_ALARM_STORY = ("On a night shift the fire alarm went off on the fourth floor with 140 guests in. I took the "
                "emergency folder, sent two porters to sweep the stairwells and led the evacuation to the car park. "
                "I checked the guest list against the register with the night auditor. Everyone was out in six "
                "minutes, and the fire service praised the roll call.")
_MIND_ANSWER = ("Our general manager wanted to drop the late check-out offer because he thought it cost us rooms. I "
                "pulled six months of occupancy data and showed him that late check-outs only ever fell on days under "
                "80% full, and that guests who took it rated us higher. He was sceptical at first, but the figures "
                "convinced him, and we kept the offer on low-occupancy days only.")

_GUEST_Q = "Tell me about a time you supported a guest who was anxious or refusing to follow the hotel's rules."
# a training story told to a question about an anxious guest
_TRAINING_STORY = ("I trained three new starters on reception last winter. I wrote a one-page induction checklist, let "
                   "each of them shadow me for two shifts and then swapped roles so that I watched them. By the end of "
                   "the month all three ran the desk alone, and the checklist is now used for every induction.")


def test_a_story_of_another_competency_to_a_planning_question_answers_another_question():
    assert wrong_competency(_TARGET_Q, _FEE_STORY) is not None
    score = score_answer(_TARGET_Q, _FEE_STORY, job_description=_RECRUIT_JOB)
    assert score.relevance.score == 1, score.relevance.evidence
    assert "does what the question asks" not in score.relevance.evidence
    assert score.overall <= 3


def test_an_emergency_story_to_a_persuasion_question_answers_another_question():
    score = score_answer(_MIND_Q, _ALARM_STORY, job_description=_HOTEL_JOB)
    assert score.relevance.score == 1, score.relevance.evidence
    assert score.overall <= 3


def test_a_training_story_to_a_question_about_an_anxious_guest_answers_another_question():
    score = score_answer(_GUEST_Q, _TRAINING_STORY, job_description=_HOTEL_JOB)
    assert score.relevance.score == 1, score.relevance.evidence
    assert score.overall <= 3


def test_the_chat_says_so_as_the_report_does():
    for question, answer in ((_TARGET_Q, _FEE_STORY), (_MIND_Q, _ALARM_STORY), (_GUEST_Q, _TRAINING_STORY)):
        assert off_topic(question, answer), question
    for question, answer in ((_TARGET_Q, _TARGET_ANSWER), (_MIND_Q, _MIND_ANSWER)):
        assert not off_topic(question, answer), question


def test_the_report_says_what_was_asked_and_what_the_answer_is_about():
    evidence = score_answer(_GUEST_Q, _TRAINING_STORY, job_description=_HOTEL_JOB).relevance.evidence
    assert "anxious" in evidence and "instead (trained" in evidence, evidence


# ---------------------------------------------------------------- 2. held low, as an off-topic answer is

def test_an_answer_that_does_not_do_what_its_question_asks_is_held_at_3_or_less():
    # an approach question answered with a well-told story of something else (core.coach.answers_asked.story_elsewhere)
    question = "How would you check that a new stock count matches the warehouse system before a stock take?"
    story = ("Last year I led our forklift refresher training. I booked the instructor, ran two sessions a week for "
             "a month and tracked who had passed. I had 42 drivers recertified by March, with zero lost days. The "
             "site manager adopted my tracker for all training.")
    score = score_answer(question, story, job_description="Warehouse supervisor. Stock control, WMS, forklift teams.")
    assert score.relevance.score == 1, score.relevance.evidence
    assert score.overall <= 3


# ---------------------------------------------------------------- 3. answers to the question stay high

def test_answers_to_the_question_in_their_own_words_stay_high():
    assert wrong_competency(_TARGET_Q, _TARGET_ANSWER) is None
    assert score_answer(_TARGET_Q, _TARGET_ANSWER, job_description=_RECRUIT_JOB).overall >= 7
    assert wrong_competency(_MIND_Q, _MIND_ANSWER) is None
    assert score_answer(_MIND_Q, _MIND_ANSWER, job_description=_HOTEL_JOB).overall >= 7
    calm = ("A guest refused to leave his room during a fire drill because he was frightened of the crowds. I went up "
            "myself, stayed calm, explained that the drill takes four minutes and offered to walk down with him by the "
            "quieter stairwell. He agreed, and afterwards I noted on his booking to warn him before the next drill.")
    assert wrong_competency(_GUEST_Q, calm) is None
    assert score_answer(_GUEST_Q, calm, job_description=_HOTEL_JOB).overall >= 7


def test_a_question_of_no_listed_competency_is_not_judged_by_competency():
    assert asked("What would you like to be doing in five years?") == ()
    assert wrong_competency("What would you like to be doing in five years?", _ALARM_STORY) is None


def test_a_bank_question_asks_about_its_tagged_competency():
    # the plan asks a bank question inside its own words ("Thinking of …:", "Keep it concrete…")
    names = {c.name for c in asked("Thinking of your last role: how do you plan your quarter to hit quota? Walk me "
                                   "through the numbers you work back from. Keep it concrete.")}
    assert "quota and pipeline planning" in names


def test_a_bank_question_that_names_none_of_its_competencys_words_is_judged_by_its_tag():
    # a question of the bank, inside the plan's own words, tagged with a competency whose words it does not say
    from core.coach.answers_asked import missed_ask

    question = ("Thinking of your time at the hotel: tell me about a time you developed someone on your team. What did "
                "you do, and how did they grow?")
    assert "training or mentoring someone" in {c.name for c in asked(question)}
    said = missed_ask(question, _ALARM_STORY)
    assert said.startswith("The question asks about training or mentoring someone, and the answer is about an "
                           "emergency instead"), said


def test_a_question_about_the_candidate_is_not_judged_by_competency():
    from core.coach.question_types import question_type

    question = ("To start, you're currently a shift lead on the emergency line of a call centre. Walk me through your "
                "background.")
    assert question_type(question) == "introduction"
    assert wrong_competency(question, _TRAINING_STORY) is None


def test_an_everyday_word_does_not_make_a_question_ask_about_a_competency():
    names = {c.name for c in asked("How do you balance study and work, and what is your personal statement?")}
    assert "reconciliation" not in names
