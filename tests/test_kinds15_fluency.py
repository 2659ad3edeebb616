"""Session 15, issue 2: a language listed on a CV in another language with its CEFR level ("Anglais (C1)") or a
native/fluent word of that language ("Englisch – verhandlungssicher") shows a fluency requirement; B2 or lower,
or fluency in another language, does not."""

import pytest

from core.coach.evidence import mentions_requirement
from core.coach.evidence_cv import cv_meets
from core.coach.report import _cv_tips


@pytest.mark.parametrize("cv", [
    "LANGUES\nFrançais (langue maternelle), Anglais (C1), Italien (A2)",
    "Idiomas: Español (nativo), Inglés: C2",
    "Sprachen: Deutsch (Muttersprache), Englisch – verhandlungssicher",
    "Sprachen: Englisch fließend, Französisch B1",
    "Lingue: Inglese (madrelingua)",
    "Langues : anglais courant, espagnol notions",
    "Talen: Engels – vloeiend",
    "Idiomas: Inglés (nivel C1)",
])
def test_language_with_level_in_the_cvs_language_is_fluency(cv):
    assert cv_meets(cv, "Fluent English")
    assert mentions_requirement(cv, "Fluent English")[0]


@pytest.mark.parametrize("cv", [
    "LANGUES\nFrançais (langue maternelle), Anglais (B2)",
    "Idiomas: Español (nativo), Inglés (B1)",
    "Sprachen: Englisch Grundkenntnisse, Französisch fließend",
])
def test_lower_level_or_fluency_in_another_language_is_not(cv):
    assert not cv_meets(cv, "Fluent English")


def test_fluent_requirement_not_in_cv_tips_for_a_french_cv_with_c1():
    jd = "Office Coordinator\nRequirements:\n- Fluent English\n- Experience with Excel\n"
    cv = ("Chloé Petit\nAssistante de direction — Atelier Bleu, Nantes — 2016 – 2024\n- Suivi budgétaire sur Excel.\n"
          "LANGUES\nFrançais (langue maternelle), Anglais (C1)\n")
    tips = _cv_tips(cv, ["Fluent English", "Excel"], jd)
    assert not any("fluent English" in t and "did not find" in t for t in tips)
