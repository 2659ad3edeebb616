"""Session 17 newcomer round: a wish, a plan or "I would learn it" is never evidence of a requirement, in any of the
supported languages; a first-person present statement in es/pt/de/fr/it is (made-up answers)."""

import pytest

from core.coach.coverage import coverage_item


def _status(requirement: str, answer: str) -> str:
    return coverage_item(requirement, [("Tell me about your experience.", answer, None)]).status


@pytest.mark.parametrize(("requirement", "answer"), [
    ("Canva", "Uso Photoshop cada semana. Canva es similar, creo que lo dominaría pronto."),
    ("Canva", "Me gustaría trabajar con Canva en este puesto."),
    ("DATEV", "Das Stadtwerk reizt mich, weil ich mit DATEV mehr Verantwortung übernehmen möchte."),
    ("DATEV", "Ich würde DATEV schnell lernen."),
    ("Salesforce", "Gostaria de trabalhar com Salesforce nesta equipa."),
    ("Salesforce", "Aprenderia o Salesforce em poucas semanas."),
    ("Salesforce", "J'aimerais utiliser Salesforce dans ce poste."),
    ("Salesforce", "Je voudrais apprendre Salesforce rapidement."),
    ("Salesforce", "Vorrei imparare Salesforce il prima possibile."),
    ("Jira", "Next I want to run our sprints in Jira."),
    ("leading the night team", "After six years on the ward I now want to take on leading the night team."),
])
def test_a_wish_or_a_plan_is_no_evidence(requirement, answer):
    assert _status(requirement, answer) != "evidenced"


@pytest.mark.parametrize(("requirement", "answer"), [
    ("Canva", "Uso Canva cada semana para las fichas de mis alumnos."),
    ("DATEV", "Ich arbeite seit 2020 täglich mit DATEV."),
    ("Salesforce", "J'utilise Salesforce chaque jour pour suivre mes clients."),
    ("Jira", "I ran our sprints in Jira for two years."),
])
def test_an_own_statement_still_is(requirement, answer):
    assert _status(requirement, answer) == "evidenced"


@pytest.mark.parametrize(("requirement", "answer"), [
    ("Meta Ads", "Giro as campanhas de Google Ads e Meta Ads de três marcas com um orçamento de 800 mil euros."),
    ("Moodle", "Uso Moodle con mis grupos para subir tareas y corregir exámenes."),
])
def test_a_first_person_verb_the_dictionary_also_knows_as_a_noun_is_doing_it(requirement, answer):
    assert _status(requirement, answer) == "evidenced"


def test_the_same_word_after_an_article_is_a_noun():
    from core.coach.first_person import first_person

    assert not first_person("El uso de Moodle en el centro creció mucho el año pasado.")
    assert not first_person("O giro de clientes da empresa aumentou muito no último ano.")


@pytest.mark.parametrize(("requirement", "answer"), [
    ("DATEV", "Mit DATEV habe ich noch nicht selbst gearbeitet, nur eine Schulung besucht."),
    ("Salesforce", "Ainda não trabalhei com Salesforce, só com HubSpot."),
    ("Salesforce", "Je n'ai jamais utilisé Salesforce dans mon poste."),
    ("Salesforce", "Non ho mai usato Salesforce nel mio lavoro."),
    ("Canva", "No he usado Canva nunca con mis alumnos."),
])
def test_a_negated_statement_in_another_language_is_no_evidence(requirement, answer):
    assert _status(requirement, answer) != "evidenced"
