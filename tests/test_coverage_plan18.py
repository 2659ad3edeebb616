"""A requirement the plan asked about in its own words is probed, not "not probed" (issue 15, session 18: NMC
registration after "Which licence or registration do you hold…", safeguarding after the bruising question, running
discovery after the discovery-call question)."""

from core.coach.coverage import coverage_item
from core.coach.plan_probes import bank_competency, probes_by_plan
from core.coach.score import score_answer

LICENCE_Q = "Which licence or registration do you hold, and how do you keep it and your mandatory training current?"
BRUISING_Q = "You notice bruising on a patient that doesn't match their explanation. What would you do?"
DISCOVERY_Q = "What questions do you ask in a first discovery call to find out whether a deal is real?"


def _rows(question: str, answer: str) -> list:
    return [(question, answer, score_answer(question, answer))]


def test_the_licence_question_probes_a_register_requirement_it_never_names():
    answer = ("I've been on the HCPC register as a paramedic since 2016, and I renew it every two years; my CPD "
              "portfolio has my ILS refresher and a manual handling course from this spring.")
    item = coverage_item("Current HCPC registration as a Paramedic", _rows(LICENCE_Q, answer))
    assert item.status != "not probed", item


def test_an_off_answer_to_it_is_weak_saying_it_was_asked():
    answer = ("On my last night shift we had two sick patients at once and I moved the healthcare assistant to help "
              "with observations, which kept everything on time until the morning handover.")
    item = coverage_item("Valid HCPC registration", _rows(LICENCE_Q, answer))
    assert item.status == "weak", item
    assert "Asked about in" in item.evidence


def test_a_scenario_question_probes_its_competency():
    answer = ("I'd speak to the patient on their own first, write down exactly what I saw and what they said, and "
              "tell the nurse in charge straight away; then I'd follow the trust's adult protection referral steps.")
    item = coverage_item("Safeguarding vulnerable adults", _rows(BRUISING_Q, answer))
    assert item.status != "not probed", item


def test_the_discovery_question_probes_running_discovery():
    assert bank_competency("Let me ask again: " + DISCOVERY_Q) == "discovery"
    assert probes_by_plan(DISCOVERY_Q, "Leading discovery with operations buyers")


def test_a_question_is_not_said_to_probe_another_requirement():
    assert not probes_by_plan(BRUISING_Q, "ALS or ILS certification")
    assert not probes_by_plan(LICENCE_Q, "Experience of managing patient flow")
    assert not probes_by_plan("Tell me about your favourite holiday and where you went.", "Safeguarding")
