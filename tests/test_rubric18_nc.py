"""Session 18 newcomer: rubric evidence that said what the answer did not (made-up answers).

* a tool the candidate says they have never used is no named tool of theirs;
* "every half term" (a school holiday) is no number;
* a French brush-off ("Bof, on verra") is dismissive, and no specific term.
"""

import pytest

from core.analysis.answer import analyse_answer
from core.coach import score_answer


@pytest.mark.parametrize(("answer", "absent", "present"), [
    ("I have never worked with Elixir in production. Our queue runs on RabbitMQ and I tuned it.", "Elixir", "RabbitMQ"),
    ("I haven't used Terraform, but I wrote our Ansible playbooks for 40 servers.", "Terraform", "Ansible"),
    ("I don't know Scala; I built the pipeline in Python with Airflow.", "Scala", "Airflow"),
    ("I've no experience with Snowflake. I model our warehouse in BigQuery.", "Snowflake", "BigQuery"),
])
def test_a_tool_never_used_is_not_named_as_used(answer, absent, present):
    ev = analyse_answer(answer, "Which tools have you used?")
    assert absent not in ev.tools and present in ev.tools
    spec = score_answer("Which tools have you used?", answer).specificity.evidence
    assert absent not in spec


def test_a_tool_used_stays_named():
    ev = analyse_answer("I never had an outage on Kubernetes after I rewrote the probes.", "Tell me about Kubernetes.")
    assert "Kubernetes" in ev.tools


@pytest.mark.parametrize("answer", [
    "I check the reading scores every half term and move children between groups.",
    "At half-term I look at the tracker again and adjust the groups.",
])
def test_half_term_is_no_number(answer):
    ev = analyse_answer(answer, "How do you use assessment data?")
    assert not ev.numbers and not ev.spelled_numbers
    assert "Cites numbers" not in score_answer("How do you use assessment data?", answer).specificity.evidence


def test_half_a_quantity_still_counts():
    ev = analyse_answer("I cut the marking time by half in one term.", "Tell me about a process you improved.")
    assert ev.numbers or ev.spelled_numbers


@pytest.mark.parametrize("brush_off", [
    "Bof, je laisse faire mon responsable et on verra.",
    "Bah, je demande à quelqu'un et on verra bien.",
])
def test_a_french_brush_off_is_dismissive_and_no_term(brush_off):
    ev = analyse_answer(brush_off, "Comment abordez-vous un problème nouveau ?")
    assert ev.dismissive
    spec = score_answer("Comment abordez-vous un problème nouveau ?", brush_off).specificity.evidence
    assert "Bof" not in spec and "Bah" not in spec


@pytest.mark.parametrize("answer", [
    ("I've baked for nine years: commis at Loaf in Leeds, pastry chef at the Grand York, and since 2022 head baker "
     "at Crumb & Co, a 40-seat bakery cafe. I want Harrow Mill because it mills its own flour."),
    ("Twelve years in retail: floor lead at Denton's, then since 2019 store manager at Pellow Home in Bristol. "
     "Your focus on local makers is why I applied."),
])
def test_an_introduction_told_without_i_am_still_gives_who_you_are_now(answer):
    question = "To start, could you walk me through your background and what draws you to this role?"
    assert "who you are now" not in score_answer(question, answer).relevance.evidence
