"""Questions about a duty, a policy or a procedure (safeguarding, health and safety, escalation, "what
would you do if a patient…") get a stronger answer in the duty's order (Recognise, Act, Record, Report,
Follow up), and an answer on another subject drops in relevance; the terms the coach quotes as an
answer's vocabulary are never names, months or possessives. Made-up questions and answers."""

from __future__ import annotations

import re

import pytest

from core.analysis.answer import analyse_answer
from core.coach.procedure import is_procedural
from core.coach.question_types import question_type
from core.coach.rubric_parts import field_terms
from core.coach.score import score_answer
from core.coach.stronger import outline_kind

SAFEGUARDING_Q = "How do you make sure safeguarding runs through your everyday practice with a tutor group?"
# an answer about planning and training, naming people, months and a season: another subject
OFF_SUBJECT = ("During the winter term I rebuilt the fractions unit for my Year 5 set. Odile's table kept "
               "falling behind, so I used training from October on worked examples and met Bartek every "
               "Thursday to compare marking. By March the set had closed most of the gap on the end-of-unit test.")
ON_SUBJECT = ("I keep safeguarding in mind in small ways every day: I notice changes in mood, attendance or "
              "appearance and I listen when a pupil wants to talk. If I have a concern I write it down the "
              "same day in the pupil's words and report it to the designated safeguarding lead, and I never "
              "promise to keep a secret. Afterwards I check in with the lead to make sure it was acted on.")


@pytest.mark.parametrize("question", [
    SAFEGUARDING_Q,
    "What would you do if a child in your class told you they were frightened to go home?",
    "How would you respond if a patient refused their evening medication?",
    "Explain how you follow health and safety rules when a spill happens on the shop floor.",
    "When would you escalate a complaint to your line manager?",
])
def test_questions_about_a_duty_or_policy_are_procedural(question):
    assert is_procedural(question)


@pytest.mark.parametrize("question", [
    "Explain how the Raft protocol elects a leader.",
    "How would you design a cache eviction policy for a busy API?",
    "How would you handle a tight deadline on a group project?",
    "Tell me about a time you led a team.",
])
def test_technical_and_ordinary_questions_are_not_procedural(question):
    assert not is_procedural(question)


def test_a_procedural_question_gets_a_duty_outline_not_concepts_and_trade_offs():
    assert question_type(SAFEGUARDING_Q) in {"technical", "situational"}
    assert outline_kind(SAFEGUARDING_Q, question_type(SAFEGUARDING_Q)) == "procedural"
    stronger = score_answer(SAFEGUARDING_Q, ON_SUBJECT).stronger_answer
    for label in ("Recognise:", "Act:", "Record:", "Report:", "Follow up:"):
        assert label in stronger
    assert "Concepts:" not in stronger and "Trade-offs:" not in stronger
    # the candidate's own sentences go under the part their words fit
    assert stronger.index("notice changes") < stronger.index("Act:")
    assert stronger.index("designated safeguarding lead") > stronger.index("Report:")
    assert stronger.index("check in with the lead") > stronger.index("Follow up:")


def test_a_design_question_keeps_its_own_outline():
    question = "How would you design a cache eviction policy for a busy API?"
    assert outline_kind(question, question_type(question)) == question_type(question)
    assert "Recognise:" not in score_answer(question, ON_SUBJECT).stronger_answer


def test_an_answer_on_another_subject_to_a_safeguarding_question_drops_in_relevance():
    off, on = score_answer(SAFEGUARDING_Q, OFF_SUBJECT), score_answer(SAFEGUARDING_Q, ON_SUBJECT)
    assert off.relevance.score <= 2 < on.relevance.score
    assert off.overall <= 5 < on.overall
    assert "safeguarding" in off.relevance.evidence


def test_evidence_terms_are_never_names_months_seasons_or_possessives():
    ev = analyse_answer(OFF_SUBJECT, "How do you plan a maths unit?", "")
    terms = field_terms(ev)
    assert not {"odile's", "bartek", "october", "thursday", "winter"} & set(terms)
    scored = score_answer("How do you plan a maths unit for a mixed class?", OFF_SUBJECT)
    shown = " ".join(d.evidence for d in (scored.relevance, scored.structure, scored.specificity, scored.depth))
    listed = re.sub(r'"[^"]*"', " ", shown)  # what the coach lists itself, beside its quotes of the answer
    assert "fractions" in listed
    for word in ("odile", "bartek", "october", "thursday", "winter"):
        assert word not in listed.lower()


def test_a_named_tool_and_a_word_opening_a_sentence_stay_terms():
    answer = ("Terraform plans every change before it is applied. I keep the state in a locked bucket and review "
              "each plan with Kubernetes manifests beside it.")
    terms = field_terms(analyse_answer(answer, "How do you manage infrastructure changes?", ""))
    assert "terraform" in terms
