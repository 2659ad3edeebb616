"""The follow-up to a question on a credential asks what a hiring manager asks of that kind of credential, never
"what did you do" (session 27, rc26 N6), and the report's line for a credential answer says "what backs it" once
(rc26 N5: "it lacked what backs it: what backs it: since when…")."""

from __future__ import annotations

import re

import pytest

from core.coach.factual_judged import FACT_GAP
from core.coach.follow_credential import NOT_HELD_ASK, credential_kind
from core.coach.follow_up import follow_up_question, follow_up_reason
from core.coach.plan_text import LICENCE_TEMPLATE
from core.coach.report import build_report
from core.coach.score import score_answer

LICENCE_Q = LICENCE_TEMPLATE.format(licence="an unencumbered RN license with the State Board of Nursing")
QUESTIONS = {
    "licence": LICENCE_Q,
    "registration": ("The role asks for Berufsausbildung zur examinierten Pflegefachkraft, and I don't see it on your "
                     "CV. Do you hold it, or where are you in getting it?"),
    "certification": ("The role asks for ALS certification, which your CV shows. How do you keep it current, and where "
                      "did it last matter in your work?"),
    "qualification": ("The role asks for a CIMA or ACCA qualification, and I don't see one on your CV. Are you CIMA or "
                      "ACCA qualified, or how far are you through the exams?"),
    "degree": "The role asks for a degree in computer science or similar. Do you hold one?",
    "driving": ("The role asks for a full UK driving licence, which your CV shows. Is it clean, which categories does "
                "it cover, and where has driving been part of your work?"),
    "clearance": "The role requires active SC clearance. Do you hold it, or where are you in getting it?",
    "right_to_work": "The role asks for the right to work in the UK. Do you have it?",
}
# what each kind's follow-up must ask about (which one, who issued it or where, whether it is valid or recognised)
ASKS = {
    "licence": ("which license", "state, country or board", "active", "recognised here"),  # the question's spelling
    "registration": ("which body", "country", "active", "recognised here"),
    "certification": ("which certification", "which body", "valid"),
    "qualification": ("which qualification", "which body", "fully qualified"),
    "degree": ("which degree", "subject", "university"),
    "driving": ("categories", "country", "clean"),
    "clearance": ("level of clearance", "agency", "active"),
    "right_to_work": ("citizenship", "visa", "end date"),
}
BARE = {"licence": "Yes, I have a license.", "registration": "I am a registered nurse.", "certification": "I have it.",
        "qualification": "Yes, I am.", "degree": "Yes, I have one.", "driving": "Yes.", "clearance": "Yes I have it.",
        "right_to_work": "Yes."}
NEVER = re.compile(r"what (?:exactly )?did you do|what was the context|walk me through|what happened|step by step",
                   re.I)


@pytest.mark.parametrize("kind", list(QUESTIONS))
def test_a_bare_yes_to_a_credential_question_is_asked_what_a_hiring_manager_checks(kind):
    question, answer = QUESTIONS[kind], BARE[kind]
    assert credential_kind(question, answer) == kind
    reason = follow_up_reason(question, answer)
    assert reason == "credential"
    for variant in range(3):
        text = follow_up_question(reason, question, answer, variant=variant)
        assert not NEVER.search(text), text
        for ask in ASKS[kind]:
            assert ask in text.lower(), (ask, text)


def test_what_the_answer_said_is_not_asked_again_and_a_full_answer_gets_no_follow_up():
    said = "I hold an active RN license issued in Pennsylvania."
    text = follow_up_question(follow_up_reason(LICENCE_Q, said), LICENCE_Q, said)
    assert "recognised here" in text and "active" not in text.lower() and "which state" not in text.lower()
    full = "I hold an active, unencumbered multistate RN license issued in Pennsylvania, valid until 2027."
    assert follow_up_reason(LICENCE_Q, full) is None


def test_a_credential_not_held_yet_is_asked_where_they_are_in_getting_it():
    assert follow_up_question("credential", LICENCE_Q, "No, I don't have one yet.") == NOT_HELD_ASK
    assert follow_up_reason(LICENCE_Q, "Not yet: I applied in March and expect it next month.") is None


@pytest.mark.parametrize("question", [
    "Tell me about a certification audit you ran: what did you do, and what came of it?",
    "Tell me about a time you worked with the licensing team on a deadline.",
])
def test_work_that_only_names_a_credential_keeps_its_story_follow_ups(question):
    assert credential_kind(question) == ""
    assert follow_up_reason(question, "I did it.") != "credential"


def test_a_non_answer_to_a_credential_question_keeps_the_kind_move_on():
    assert follow_up_reason(LICENCE_Q, "I don't know.") == "non_answer"


def test_the_report_says_what_backs_it_once():
    assert FACT_GAP.startswith("What backs it: since when") and FACT_GAP.lower().count("what backs it") == 1
    question = "The role asks for current NMC registration, which your CV shows. Do you hold it?"
    # session 27: what a short answer leaves unsaid is named as the credential's follow-up asks it (which body, valid
    # until when, recognised here), so a bare "Yes, I do." is the answer whose weakness line is read here
    answer = "Yes, I do."
    score = score_answer(question, answer)
    assert any(m.startswith("Which body you are registered with") for m in score.missing), score.missing
    lines = build_report([{"question": question, "answer": answer, "score": score}], job_title="Nurse").weaknesses
    line = next(ln for ln in lines if "registered with" in ln)
    assert line.lower().count("which body") == 1 and "what backs it" not in line.lower(), line
    assert not re.search(r"\b(\w+(?: \w+){0,4}): \1:", line, re.I), line


def test_a_told_answer_to_a_question_on_a_credential_the_cv_shows_is_not_asked_for_its_papers():
    question = QUESTIONS["certification"]  # "…, which your CV shows. How do you keep it current, and where…"
    told = ("I renew it every four years through the Resuscitation Council course, and last spring it mattered on a "
            "night shift when a post-op patient arrested: I led the first minutes of the resuscitation until the team "
            "arrived, and we got a pulse back within six minutes.")
    assert follow_up_reason(question, told) != "credential"
    assert follow_up_reason(question, "I have it.") == "credential"


def test_the_follow_up_and_the_report_spell_licence_as_the_question_does():
    """rc27: the question said "license", its follow-up "licence". US spelling in, US spelling out; British in,
    British out; the driving licence's own ask too."""
    from core.coach.follow_credential import credential_detail, credential_gaps

    us = "This role requires an active RN license. Do you hold it?"
    for gaps in (credential_gaps(us, "Yes."), credential_detail(us, "Yes.")[2]):
        assert gaps and any("which license" in g.lower() for g in gaps), gaps
        assert not any("licence" in g.lower() for g in gaps), gaps
    british = "This role requires an active nursing licence. Do you hold it?"
    assert any("which licence" in g.lower() for g in credential_gaps(british, "Yes."))
    driving_us = "The role asks for a valid driver's license (class C). Do you hold one?"
    asks = " ".join(credential_gaps(driving_us, "Yes, from Ohio."))
    assert "full license" in asks and "licence" not in asks, asks
    driving_uk = "The role asks for a full UK driving licence. Do you hold one?"
    assert "full licence" in " ".join(credential_gaps(driving_uk, "Yes, from the DVLA."))
