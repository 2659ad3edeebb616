"""Session 17 (judge17): the evidence quoted for a requirement is the sentence that shows it best, in made-up text.

Kind: of the sentences of one answer that name a requirement, a general or habitual claim ("I escalate whenever a
score worries me", "I'm confident with safeguarding") loses to the act itself, done once, with what came of it ("I
escalated to the registrar…; he was reviewed within the hour"), even when the general claim carries an incidental
number (a 28-bed ward, six years). The report's coverage quotes that act too. Neighbours: a general claim is still
quoted when it is the only one, and of two acts the one with its outcome is quoted.
"""

from __future__ import annotations

from core.coach.coverage import coverage_item, requirement_evidence
from core.coach.score import score_answer

_ESCALATION_HABIT = ("On our 28-bed surgical ward I follow the escalation policy and escalate whenever a NEWS2 score "
                     "worries me. One night a post-op patient became confused and clammy, so I escalated to the "
                     "surgical registrar straight away and started the sepsis six. He was reviewed and on antibiotics "
                     "within the hour, and went home the next week.")
_ESCALATION_CONFIDENT = ("I am confident with escalation and I have done it many times in my 6 years on the ward. When a "
                         "patient's breathing changed after a fall, I escalated to the outreach team myself rather than "
                         "waiting for the round; they moved her to HDU and she recovered.")
_SAFEGUARDING = ("I'm confident with safeguarding and I have refreshed my training every year for 5 years. Last spring "
                 "a Year 9 pupil told me her stepfather had hit her, so I wrote down her words and reported it to the "
                 "DSL before the end of the day. Social care visited the family the next morning and she is now safe.")


def test_the_act_with_its_outcome_is_quoted_over_a_habit_with_a_number():
    status, quoted, _ = requirement_evidence(_ESCALATION_HABIT, "escalation")
    assert status == "evidenced"
    assert "escalated to the surgical registrar" in quoted, quoted


def test_the_act_is_quoted_over_a_claim_of_confidence():
    status, quoted, _ = requirement_evidence(_ESCALATION_CONFIDENT, "escalation")
    assert status == "evidenced"
    assert "escalated to the outreach team" in quoted, quoted
    status, quoted, _ = requirement_evidence(_SAFEGUARDING, "safeguarding")
    assert status == "evidenced"
    assert "DSL" in quoted or "reported it" in quoted, quoted


def test_the_report_coverage_quotes_the_act():
    question = "Tell me about a time you escalated a deteriorating patient."
    rows = [(question, _ESCALATION_HABIT, score_answer(question, _ESCALATION_HABIT))]
    item = coverage_item("escalation", rows)
    assert item.status == "evidenced"
    assert "escalated to the surgical registrar" in item.evidence, item.evidence


# ---------------------------------------------------------------- neighbours

def test_a_general_claim_alone_is_still_quoted():
    answer = "I escalate to the nurse in charge whenever a patient's score rises, as our policy says."
    status, quoted, _ = requirement_evidence(answer, "escalation")
    assert status == "evidenced"
    assert "whenever a patient's score rises" in quoted, quoted


def test_of_two_acts_the_one_with_its_outcome_is_quoted():
    answer = ("I escalated a missing signature to my manager once, in my first week. Last winter I escalated a "
              "patient's falling blood pressure to the outreach team, and she was in HDU within twenty minutes.")
    status, quoted, _ = requirement_evidence(answer, "escalation")
    assert status == "evidenced"
    assert "outreach team" in quoted, quoted


def test_a_requirement_named_across_a_situation_and_the_act_quotes_the_act():
    # "a post-op patient became confused…, so I escalated…": the requirement's words span the situation and the act;
    # the candidate's own act is the evidence, not the situation clause called a mere mention
    for answer, act in ((_ESCALATION_HABIT, "escalated to the surgical registrar"),
                        (_ESCALATION_CONFIDENT, "escalated to the outreach team")):
        status, quoted, _ = requirement_evidence(answer, "escalating deteriorating patients")
        assert status == "evidenced", quoted
        assert act in quoted, quoted


def test_a_requirement_named_only_where_someone_else_acts_stays_a_mention():
    answer = ("When a patient's blood pressure fell, the charge nurse escalated the deteriorating patient to the "
              "registrar, and I watched how she did it.")
    status, _quoted, _ = requirement_evidence(answer, "escalating deteriorating patients")
    assert status == "mentioned"
