"""Session 17 newcomer round: a fluency requirement written in a CV language ("Inglês fluente") is met by a CEFR C1/C2
level or a fluency word after the language on the CV, in any CV language (made-up CV lines)."""

import pytest

from core.coach.evidence_cv import cv_meets


@pytest.mark.parametrize(("cv_line", "requirement"), [
    ("Ferramentas: HubSpot, Excel; inglês C1, francês B1", "Inglês fluente"),
    ("Idiomas: inglés C2, francés B1", "Inglés fluido"),
    ("Sprachen: Englisch – verhandlungssicher", "Englisch fließend"),
    ("Langues : anglais (C1)", "Anglais courant"),
])
def test_a_fluency_requirement_in_a_cv_language_is_met_by_a_c1_level(cv_line, requirement):
    assert cv_meets(f"Ana Reis\nGestora de Marketing\n{cv_line}\n", requirement)


def test_b2_is_no_fluency():
    assert not cv_meets("Ana Reis\nGestora de Marketing\nIdiomas: inglês B2\n", "Inglês fluente")
