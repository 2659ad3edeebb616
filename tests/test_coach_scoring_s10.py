"""Session 10 scoring kinds a newcomer met: an answer in another language credited for "doing what the
question asks", a two-part opening question whose "why this role" half went unanswered at 10/10, a
"named tools" gap beside named tools, a mostly repeated answer at 5/5 specificity, and a stronger answer
with a placeholder for reasoning the answer gave and a sentence cut mid-phrase. All inputs are made up."""

from __future__ import annotations

import re

from core.coach import score_answer
from core.coach.question_types import asks_why_role
from core.coach.report import _strengths

# ---------------------------------------------------------------- another language than the question's

TEAM_Q = "You list kitchen experience. How did you help other people on the team get good at it, and what changed?"
GERMAN = ("Meine Zeit in der Großküche hat mir gezeigt, wie man Dienstpläne mit Zahlen plant: "
          "ich habe die Überstunden bei Sodexo um 22% gesenkt.")
SPANISH = ("Mi trabajo en la panadería me enseñó a organizar los turnos con datos: "
           "reduje el desperdicio de harina un 25% en Bimbo.")


def test_an_answer_in_another_language_gets_no_credit_for_doing_what_the_question_asks():
    for said in (SPANISH, GERMAN):
        scored = score_answer(TEAM_Q, said)
        rel = scored.relevance
        assert "does what the question asks" not in rel.evidence, rel.evidence
        assert rel.score <= 3, rel.evidence
        assert "answer in the interview's language" in rel.evidence
        assert "answers directly" not in rel.evidence  # a short answer in another language is not lifted to 5


def test_an_answer_in_another_language_is_never_a_strength_for_answering_what_was_asked():
    scored = score_answer(TEAM_Q, SPANISH)
    strengths = _strengths([(TEAM_Q, SPANISH, scored)])
    assert not any("answered exactly what was asked" in s for s in strengths), strengths


# ---------------------------------------------------------------- the "why this role" half of a question

OPENER = ("To start, you're currently Head Baker at Crumb & Co. Walk me through that work and why the production "
          "lead role at Oven Street Bakeries is your next step.")
STORY = (
    "At Crumb & Co in 2023 our night bake wasted 14% of dough, which cost about 900 euros a week. My task was to "
    "halve the waste before the spring price review. I weighed every batch for two weeks, found most waste came "
    "from the proofing room, moved the proofing timers to the mixer screen and retrained the four newest bakers. "
    "Within three months waste fell to 6% and the owner kept the prices. I learned to measure before I change "
    "anything."
)


def test_questions_that_ask_why_this_role_in_other_words_are_recognised():
    assert asks_why_role(OPENER)
    assert asks_why_role("What makes you want the deputy head role at Hillside School?")
    assert asks_why_role("Tell me why this support lead position is right for you now.")
    assert not asks_why_role("Why did that approach work better than the first one?")
    assert not asks_why_role("Walk me through how you planned the move to the new warehouse.")


def test_a_story_that_never_says_why_this_role_loses_relevance_and_is_told_so():
    scored = score_answer(OPENER, STORY)
    assert scored.relevance.score <= 4, scored.relevance.evidence
    assert "never says why you want this role" in scored.relevance.evidence
    assert any("Why this role" in m for m in scored.missing), scored.missing
    with_reason = score_answer(OPENER, STORY + " I want the production lead role because I want to run the whole "
                               "bakery floor, not one shift, and this is the next step for me.")
    assert not any("Why this role" in m for m in with_reason.missing), with_reason.missing
    assert with_reason.relevance.score > scored.relevance.score


# ---------------------------------------------------------------- gaps that contradict the evidence

LAB_Q = "Tell me about a time you made the sample handling in your lab more accurate."
LAB_A = ("At Veldhoven Labs in 2021 our sample log had a 3% error rate, which cost us two audits. I moved the logging "
         "into the LIMS, added barcode checks at each bench and coached the two newest technicians on the aliquots. "
         "Within two months errors fell to 0.4% and the auditors closed both findings.")
LAB_JD = "Laboratory coordinator. You bring: strong Excel skills, Lean or Six Sigma experience, sample management, GLP."


def test_no_named_tools_gap_when_the_answer_names_a_system_in_capitals():
    scored = score_answer(LAB_Q, LAB_A, job_description=LAB_JD)
    assert "LIMS" in scored.specificity.evidence  # the evidence shows it as written
    assert not any(m.startswith("The tools or methods you used") for m in scored.missing), scored.missing
    # and the gap is still asked of an answer that names nothing of the kind
    plain = LAB_A.replace("into the LIMS", "into a new form")
    assert any(m.startswith("The tools or methods you used") for m in score_answer(LAB_Q, plain, job_description=LAB_JD).missing)


def test_specific_terms_are_shown_as_written_and_ordinary_words_are_left_out():
    evidence = score_answer(LAB_Q, LAB_A, job_description=LAB_JD).specificity.evidence
    terms = evidence.split("specific terms: ")[1].rstrip(".").split(", ")
    assert "Veldhoven" in terms and "veldhoven" not in terms
    for ordinary in ("coached", "errors", "audits", "technicians", "closed"):
        assert ordinary not in terms, terms


def test_every_gap_agrees_with_its_evidence():
    scored = score_answer(LAB_Q, LAB_A, job_description=LAB_JD)
    if "numbers:" in scored.specificity.evidence:
        assert not any(m.startswith("A number that shows") for m in scored.missing)
    if "Reasoning shown" in scored.depth.evidence:
        assert "Why you chose that approach over the alternatives" not in scored.missing
    if "result:" in scored.structure.evidence:
        assert not any(m.startswith("The result") for m in scored.missing)


# ---------------------------------------------------------------- the stronger answer

BAKE_Q = "Tell me about a time you cut waste in a production process."


def test_a_stronger_answer_keeps_a_long_action_sentences_facts_and_asks_for_no_reason_it_already_has():
    long_action = ("I weighed every batch of dough for two weeks with the night team, found that 70% of the waste came "
                   "from the two oldest proofing cabinets with broken seals, moved the proofing timers onto the mixer "
                   "screen and retrained the four newest bakers one to one.")
    answer = ("At Crumb & Co in 2023 our night bake wasted 14% of its dough, which cost about 900 euros a week. My task "
              f"was to halve it before the spring price review. {long_action} Within three months waste fell to 6% "
              "and the owner kept the prices. I learned to measure before I change anything.")
    stronger = score_answer(BAKE_Q, answer).stronger_answer
    # its steps in short phrases of its own (never the answer given back whole: core.coach.stronger_limits)
    assert "I weighed every batch of dough for two weeks" in stronger and "70%" in stronger, stronger
    assert "…." not in stronger and "one…" not in stronger
    assert "[Why you chose this way over another.]" not in stronger  # its reasoning ("found that 70%…") is given


def test_a_very_long_sentence_is_cut_at_a_clause_boundary_never_mid_phrase():
    steps = ", ".join(f"then I checked rack {n} against the pick list with the shift lead" for n in range(1, 9))
    answer = (f"At a parcel depot in 2022 our mis-sorts doubled in the peak. I walked the sorter line first, {steps}. "
              "Within a month mis-sorts fell by 40%.")
    stronger = score_answer(BAKE_Q, answer).stronger_answer
    assert "…" not in stronger, stronger
    action = stronger[stronger.index("Action:"):stronger.index("Result:")]
    assert "I checked rack 1 against the pick list" in action and "rack 8" in action, stronger
    assert not re.search(r"\b(?:the|with|against|a)[.,;]", action), action  # no phrase cut before its noun


# ---------------------------------------------------------------- padding by repetition

def test_a_mostly_repeated_answer_never_earns_full_specificity_and_shows_its_evidence():
    q = "What would you do if a customer reported a food allergy reaction after eating at your restaurant?"
    opener = "I want to explain how I run the pass on a busy night, because it is what I know best. "
    days = " ".join(f"On night {n} I checked the tickets, called the two grill cooks to the pass, re-fired the "
                    "risotto, plated the entrecôte and logged every late plate in our KDS tracker, which showed me "
                    "which garnishes held the line."
                    for n in range(1, 36))
    scored = score_answer(q, opener * 3 + days)
    assert scored.specificity.score <= 3, scored.specificity.evidence
    assert "repeats its own sentences" in scored.specificity.evidence
    for name in ("relevance", "structure", "specificity", "depth", "communication"):
        assert getattr(scored, name).evidence.strip(), name
    assert scored.stronger_answer.strip()


def test_the_report_asks_for_the_reason_for_the_role_not_for_a_trade_off():
    from core.coach.report import build_report

    scored = score_answer(OPENER, STORY)
    report = build_report([{"question": OPENER, "answer": STORY, "score": scored}], job_title="Production lead")
    steps = " ".join(report.next_steps)
    assert "Tie your reasons to this role" in steps, report.next_steps
    assert "what you traded off" not in steps, report.next_steps
