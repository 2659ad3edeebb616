"""A short true answer to a factual question is an answer (session 27, rc26 pair A Q2 and pair B Q2).

"Yes, I have a license." to "Which license do you hold, and where is it valid?" scored 1/10 as "a handful of words";
"I am a registered nurse." the same. Such an answer is relevant and thin: low-to-middling, with what it leaves unsaid
named as the credential's follow-up asks it; a full one scores high with no story asked of it. The answers below are
written for these tests and go through the real scorer (and, with a follow-up, the real weighing of the interview).
"""

from __future__ import annotations

import pytest

from core.coach.factual_judged import fact_detail, says_fact
from core.coach.follow_credential import credential_detail, credential_follow_up, credential_gaps
from core.coach.follow_up import follow_up_question, follow_up_reason
from core.coach.score import score_answer
from core.coach.stronger_factual import fact_kind
from core.interview.state import QuestionRecord
from core.interview.weighing import weighed_score

LICENCE_Q = ("The role asks for an unencumbered RN license with the State Board of Nursing. Which license do you hold, "
             "and where is it valid?")
REGISTRATION_Q = ("Which licence or registration do you hold, and how do you keep it and your mandatory training "
                  "current?")
FULL_LICENCE = ("I hold an active, unencumbered multistate RN license issued by Pennsylvania, valid to 2027, and "
                "BLS/ACLS current.")
STORY_GAPS = ("The situation:", "What you personally did", "The result, with a number", "What you learned",
              "One real example", "What you did, step by step")


def _interview(question: str, answer: str, reply: str | None = None):
    """The question scored as the interview scores it: the chat's own follow-up, then the weighing of the reply."""
    follow_up = None
    if reply is not None:
        reason = follow_up_reason(question, answer)
        follow_up = follow_up_question(reason, question, answer) if reason else None
    record = QuestionRecord(number=1, question=question, answer=answer, follow_up=follow_up,
                            follow_up_answer=reply if follow_up else None)
    return weighed_score(record, lambda q, a: score_answer(q, a)), follow_up


def _not_a_non_answer(score) -> None:
    assert "handful of words" not in score.relevance.evidence
    assert "An answer to the question actually asked" not in score.missing
    assert not any(m.startswith(STORY_GAPS) for m in score.missing), score.missing


def test_yes_i_have_a_license_is_a_thin_answer_with_the_follow_ups_parts_named_missing():
    score = score_answer(LICENCE_Q, "Yes, I have a license.")
    _not_a_non_answer(score)
    assert 3 <= score.overall <= 5
    assert score.relevance.score == 3  # it says whether, not which
    # what the report names as missing is what the chat asks next, part for part
    kind, parts, gaps = credential_detail(LICENCE_Q, "Yes, I have a license.")
    assert kind == "licence" and not any(parts.values())
    assert gaps == [m for m in score.missing if m in gaps] and len(gaps) == 3
    asks = credential_gaps(LICENCE_Q, "Yes, I have a license.")
    assert len(asks) == len(gaps)
    # spelt as the question spells it (session 28: the question said "license", its follow-up "licence")
    assert "Which license it is, and which state, country or board issued it" in score.missing
    assert "Which license is it, and which state, country or board issued it?" in asks


def test_i_am_a_registered_nurse_then_i_dont_know_is_scored_as_the_thin_answer_it_is():
    score, follow_up = _interview(REGISTRATION_Q, "I am a registered nurse.", "I don't know.")
    assert follow_up and "registration" in follow_up and "what exactly did you do" not in follow_up
    _not_a_non_answer(score)
    assert 4 <= score.overall <= 6
    assert score.relevance.score >= 4
    assert any(m.startswith("Which body holds your registration") for m in score.missing)


def test_a_full_credential_answer_scores_high_with_no_story_asked():
    score = score_answer(LICENCE_Q, FULL_LICENCE)
    assert score.overall >= 8
    assert score.missing == []
    assert "STAR is not expected" in score.structure.evidence
    assert credential_gaps(LICENCE_Q, FULL_LICENCE) == []  # and the chat asks nothing more of it
    assert credential_follow_up(LICENCE_Q, FULL_LICENCE) == ""


def test_a_short_reply_to_the_credential_follow_up_lifts_the_answer_and_an_i_dont_know_does_not():
    told, follow_up = _interview(LICENCE_Q, "Yes, I have a license.", "Pennsylvania, active until 2027.")
    assert follow_up and "until when" in follow_up
    blank, _ = _interview(LICENCE_Q, "Yes, I have a license.", "I don't know.")
    assert "adds nothing" not in told.depth.evidence
    assert told.overall > blank.overall
    assert not any(m.startswith("Whether it is active") for m in told.missing)
    assert any(m.startswith("Which license it is exactly") for m in told.missing)


# (question, a short true answer, a full one, the fact kind)
KINDS = [
    ("What degree do you have, and from which university?", "A BSc in Nursing.",
     "I have a BSc in Nursing from the University of Leeds, finished in 2019, recognised here by the NMC.",
     "credential"),
    ("Do you have a full UK driving licence?", "Yes, I do.",
     "Yes, a full UK licence, category B, held since 2012 with no points.", "credential"),
    ("Do you have the right to work in the UK?", "Yes.",
     "Yes, I'm a British citizen, so there are no conditions or end date.", "credential"),
    ("Are you BLS certified?", "Yes, BLS certified.",
     "Yes, BLS certified by the American Heart Association in March 2025, valid until March 2027.", "credential"),
    ("This role requires SC clearance. Do you hold it?", "No, not yet.",
     "Not yet: my employer applied in May 2026 and vetting is due to finish next month.", "credential"),
    ("What is your notice period?", "One month.",
     "One month, and my manager has agreed I could leave after two weeks if needed.", "availability"),
    ("What are your salary expectations?", "Around 45,000.",
     "Around 45,000 to 50,000, based on my current package and the advertised band.", "salary"),
    ("Are you able to work nights and weekends?", "Yes, I can.",
     "Yes, nights and weekends, up to two weekends a month because of childcare.", "shifts"),
]


@pytest.mark.parametrize(("question", "short", "full", "kind"), KINDS)
def test_each_kind_of_fact_short_is_low_to_middling_and_full_is_higher(question, short, full, kind):
    assert fact_kind(question) == kind
    assert says_fact(question, short)
    thin, whole = score_answer(question, short), score_answer(question, full)
    _not_a_non_answer(thin)
    _not_a_non_answer(whole)
    assert 3 <= thin.overall <= 6, (short, thin.overall)
    assert whole.overall >= 7 and whole.overall > thin.overall, (full, whole.overall)
    assert thin.missing, "the detail a short answer leaves out is named"
    told, asked, _ = fact_detail(question, full)
    assert told >= fact_detail(question, short)[0]
    assert len(whole.missing) <= len(thin.missing)
    assert asked == 0 or told >= 1


@pytest.mark.parametrize(("question", "answer"), [
    ("Tell me about a time you improved a process at work.", "Yes, I did that once."),
    ("How do you cope with working night shifts?", "Yes, I can."),
    ("Tell me about a certification audit you ran.", "Yes, I ran one."),
])
def test_a_one_liner_to_a_question_asking_no_fact_is_still_no_answer(question, answer):
    assert fact_kind(question) == ""
    score = score_answer(question, answer)
    assert score.overall == 1
    assert "handful of words" in score.relevance.evidence


def test_a_story_about_shifts_is_no_fact_question():
    assert fact_kind("How would you work a night shift with two staff short?") == ""
    assert fact_kind("Your CV shows an NMC registration. How do you keep it current, and where did it last matter in "
                     "your work?") == ""


def test_a_driving_licence_is_asked_of_as_one_not_as_a_professional_licence():
    question = "Do you have a full UK driving licence?"
    answer = "Yes, a full UK licence, held since 2012."
    assert credential_detail(question, answer)[0] == "driving"
    assert "transfer" not in credential_follow_up(question, answer)


def test_the_relevance_line_names_the_concept_not_its_common_word():
    question = ("Your CV mentions basic life support. If you were showing a new colleague how to work with basic life "
                "support, which example would you use, and what would you warn them about?")
    answer = ("I'd pick a code on a post-op patient: I was the first nurse in the room, started compressions, called "
              "the code and handed over to the team. I'd warn a new colleague to switch compressors every two minutes, "
              "because quality drops long before you feel tired.")
    evidence = score_answer(question, answer).relevance.evidence
    assert "basic life support" in evidence
    assert "(basic," not in evidence and "(basic)" not in evidence
