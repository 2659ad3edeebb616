"""Session 19 (nc19 item 10): the question's template is chosen by what the term is: a method is never asked as a
qualification, a credential never gets "the hardest problem you have faced in …", a system never "a decision you
made in …", and a question never points back with "it" across the CV's quote or a sentence."""

import re

import pytest

from core.coach.plan import plan_questions
from core.coach.plan_core import core_question
from core.coach.plan_credential import credential_question, job_credentials
from core.coach.term_kind import kind_templates, term_kind

JOB = """Senior Partnerships Manager
Corvane Analytics Ltd, Bristol

What you'll do
- Own renewals and expansion for 40 mid-market accounts.
- Run quarterly business reviews with customer finance teams.

What we're looking for
- Solid grasp of a deal qualification framework such as MEDDPICC.
- Confident with lead qualification and qualified pipeline reviews.
- Experience with HubSpot and Gainsight.
"""
CV = """Rhiannon Tully
Account Manager, Pellow Systems, Cardiff, 2020 - present
- Ran MEDDPICC reviews on every renewal over £50k; forecast accuracy up from 70% to 88%.
- Rolled out Gainsight for 12 account managers and built the health-score playbook.
- Used HubSpot sequences to cut time-to-first-meeting from 9 to 4 days.
- NEBOSH General Certificate (2019).
Skills: MEDDPICC, Gainsight, HubSpot, NEBOSH, negotiation
"""


@pytest.mark.parametrize("line", [
    "Solid grasp of a deal qualification framework such as MEDDPICC",
    "Strong command of a qualification methodology such as BANT",
    "Confident with lead qualification and qualified pipeline reviews",
])
def test_a_selling_method_is_no_credential(line):
    assert job_credentials(f"Account Executive\n- {line}.\n") == []


def test_the_job_of_methods_has_no_credential_question():
    assert credential_question(CV, JOB) == ""


@pytest.mark.parametrize("term,kind", [
    ("NEBOSH", "credential"), ("CIPD Level 7", "credential"), ("MEDDPICC", "method"), ("Kanban", "method"),
    ("Gainsight", "tool"), ("SAP S/4HANA", "tool"), ("HubSpot", "tool"),
    ("stakeholder management", "field"), ("Budgeting", "field"), ("leading the night team", "field"),
])
def test_term_kind(term, kind):
    assert term_kind(term) == kind


_WRONG_FOR = {
    "credential": re.compile(r"faced in|decision you made in|piece of work that drew on it|get good at|ropes in"),
    "tool": re.compile(r"faced in \w|decision you made in \w|the ropes in"),
    "method": re.compile(r"qualification|prepare you for|faced in|decision you made in"),
}


@pytest.mark.parametrize("kind", ["credential", "tool", "method"])
@pytest.mark.parametrize("senior", [False, True])
def test_each_kind_reads_for_its_term(kind, senior):
    term = {"credential": "NEBOSH", "tool": "Gainsight", "method": "MEDDPICC"}[kind]
    for template in kind_templates(kind, senior):
        text = template.format(skill=term, topic=term, where=": “Rolled out the tool for 12 account managers”")
        assert not _WRONG_FOR[kind].search(text), text
        assert not re.search(r"\b(?:on|at|with|in|for) it\b", text), text  # the noun again after the quote
        assert term in text.split("”", 1)[-1], text


@pytest.mark.parametrize("seed", ["a", "b", "c", "d"])
@pytest.mark.parametrize("seniority", ["mid", "senior"])
def test_plan_words_tools_methods_and_credentials_by_kind(seed, seniority):
    plan = plan_questions(CV, JOB, "Senior Partnerships Manager", seniority=seniority, count=8, seed=seed)
    for q in plan:
        assert not re.search(r"(?:faced|made) in (?:Gainsight|HubSpot|NEBOSH|MEDDPICC)", q), q
        assert "qualification methodology" not in q and "qualification framework" not in q, q
        assert not re.search(r"(?:MEDDPICC|NEBOSH).*prepare you for|prepare you for.*MEDDPICC", q), q


@pytest.mark.parametrize("req", ["running the night shift", "supplier negotiation", "warehouse experience"])
@pytest.mark.parametrize("index", [0, 1])
def test_the_core_question_names_its_requirement_again(req, index):
    text = core_question(req, True, index)
    second = text.split(". ", 1)[1]
    assert not re.search(r"\b(?:involving|on|at) it\b", second), text
    assert re.search(r"running the night shift|supplier negotiation|warehouse work", second), text
    assert "shift work" not in text


@pytest.mark.parametrize("lead", ["Strong command of", "Sound working knowledge of", "Solid grasp of",
                                  "Excellent understanding of"])
def test_the_jobs_adjective_phrase_is_not_the_credentials_name(lead):
    jd = f"Payroll Lead\n- {lead} a CIPP qualification.\n"
    text = credential_question("Payroll officer. CIPP Foundation Degree (2020).", jd)
    assert "a CIPP qualification" in text
    assert lead.lower() not in text.lower() and "command of" not in text and "grasp of" not in text
