"""Session 21: a requirement's words with accents are matched in the answer ("facturación" was read as "facturaci" and
"n", so a line of the job in Spanish was never shown by the candidate's own words)."""

import pytest

from core.coach.coverage import requirement_evidence


@pytest.mark.parametrize(("requirement", "answer"), [
    ("Facturación, cobros y cierre de caja diario",
     "En la farmacia llevo la facturación a las aseguradoras y hago el cierre de caja cada noche."),
    ("Gestión de pedidos y facturación", "En el almacén hago la gestión de pedidos y la facturación de los clientes."),
    ("Réception et facturation", "À la clinique, je gère la réception et la facturation des patients."),
])
def test_an_accented_requirement_is_shown_by_the_candidates_own_words(requirement, answer):
    assert requirement_evidence(answer, requirement)[0] == "evidenced"


@pytest.mark.parametrize(("requirement", "answer"), [
    ("Facturación, cobros y cierre de caja diario",
     "En la tienda atiendo el teléfono y repongo las estanterías; la caja la cierra mi encargada."),
    ("Facturación, cobros y cierre de caja diario", "No he hecho nunca la facturación ni el cierre de caja."),
])
def test_others_work_or_a_denial_shows_nothing(requirement, answer):
    assert requirement_evidence(answer, requirement)[0] != "evidenced"


@pytest.mark.parametrize(("requirement", "answer"), [
    ("C++", "I wrote C++ services for the trading desk."), ("CI/CD", "I built our CI/CD pipelines in GitLab."),
    ("P&L", "I owned the P&L for the northern region."),
])
def test_signs_inside_a_word_still_count(requirement, answer):
    assert requirement_evidence(answer, requirement)[0] == "evidenced"
