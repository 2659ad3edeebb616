"""The report's requirement coverage: a plan is no evidence, in the six languages the coach reads; a requirement of a job
in another language counts as probed by the question the plan built from it in English; a competency counts as asked
by a question of its kin (issue 15 point 4, session 19: "For PCI DSS I would start…" evidenced PCI DSS; "Participer à
l'amélioration continue des processus" was "not probed" after "Tell me about a process you improved"; "Architecture:
never asked" after a system-design question)."""

from types import SimpleNamespace

import pytest

from core.coach.coverage import coverage_item, probed_in_translation
from core.progress.practice import competency_gaps

GAP_Q = ("This job involves SAP, which I don't see on your CV. What have you done that comes closest, and how would you "
         "get up to speed?")

PLANS = [
    ("en-would", "For SAP I would start with the purchasing module and a session with the key user in week one."),
    ("en-d", "I'd begin with SAP by shadowing the key user on the month-end close."),
    ("en-ll", "I'll take the SAP purchasing course in my first month and then map our approval steps."),
    ("en-going", "I'm going to set up an SAP sandbox and practise the goods receipt steps."),
    ("es", "Con SAP empezaré por el módulo de compras y una sesión con el usuario clave."),
    ("fr", "Avec SAP je commencerai par le module achats et une séance avec l'utilisateur clé."),
    ("it", "Con SAP inizierò dal modulo acquisti e da una sessione con l'utente chiave."),
    ("pt", "Com o SAP começarei pelo módulo de compras e uma sessão com o utilizador-chave."),
    ("de", "Bei SAP werde ich mit dem Einkaufsmodul anfangen und eine Sitzung mit dem Key User planen."),
]

DONE = [
    ("en-past", "In 2022 I used SAP to post 300 supplier invoices a month and cut late payments by half."),
    ("en-habit", "Every month I would post the supplier invoices in SAP and match them to the purchase orders."),
    ("fr-past", "En 2022 j'ai utilisé SAP pour saisir 300 factures fournisseurs par mois."),
]


@pytest.mark.parametrize(("_lang", "plan"), PLANS, ids=[p[0] for p in PLANS])
def test_a_plan_is_no_evidence(_lang, plan):
    item = coverage_item("SAP", [(GAP_Q, plan, None)])
    assert item.status != "evidenced", item.evidence


@pytest.mark.parametrize(("_lang", "done"), DONE, ids=[d[0] for d in DONE])
def test_work_done_is_evidence(_lang, done):
    assert coverage_item("SAP", [(GAP_Q, done, None)]).status == "evidenced"


def test_a_translated_requirement_is_probed_by_the_question_built_for_it():
    question = "Tell me about a process you improved. How did you measure the before and after?"
    requirement = "Contribuer à l'amélioration continue de nos méthodes d'atelier"
    assert probed_in_translation(question, requirement)
    answer = ("Nous avons réduit le temps de réglage des presses de 40 à 25 minutes en six mois, mesuré sur chaque "
              "changement de série.")
    assert coverage_item(requirement, [(question, answer, None)]).status != "not probed"
    # a question about something else does not probe it
    other = "How do you coordinate work across several teams with different priorities?"
    assert not probed_in_translation(other, requirement)
    assert coverage_item(requirement, [(other, answer, None)]).status == "not probed"


def test_a_competency_asked_by_its_kin_is_not_never_asked():
    design = SimpleNamespace(question="How would you design a rate limiter for a public API that runs on several "
                                      "servers? Talk me through the data you keep and where.", overall=8)
    gaps = {gap.name for gap in competency_gaps([design], ["architecture", "system design", "debugging"])}
    assert "architecture" not in gaps and "system design" not in gaps
    assert "debugging" in gaps
