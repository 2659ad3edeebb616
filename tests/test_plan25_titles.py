"""Session 25 (re-check of nc24, r3): "why the Chargé(e) de recrutement role at … is your next step". A job title is
said without the gender marks a posting writes into it: after it ("(H/F)", "(m/w/d)") or inside a word ("(e)", "/in",
"·e", "*in", "/a"). Other slashes stay ("Front/Back End", "Sales/E-commerce"). Made-up titles."""

from __future__ import annotations

import pytest

from core.coach.plan import plan_questions
from core.coach.title_sentence import title_in_sentence

FR_JD = "Nous recrutons pour notre agence de Rennes. Vous accompagnez les managers dans leurs recrutements."
DE_JD = "Wir suchen für unsere Zentrale in Kassel eine engagierte Person für die Personalabteilung."
ES_JD = "Buscamos una persona para nuestra planta de Zaragoza con experiencia en mantenimiento industrial."


@pytest.mark.parametrize("title, jd, said", [
    ("Chargé(e) de mission RH (H/F)", FR_JD, "Chargé de mission RH"),
    ("Conseiller·ère en recrutement", FR_JD, "Conseiller en recrutement"),
    ("Technicien.ne paie", FR_JD, "Technicien paie"),
    ("Vendeur(euse) en magasin", FR_JD, "Vendeur en magasin"),
    ("Referent/in Personal (m/w/d)", DE_JD, "Referent Personal"),
    ("Mitarbeiter*in Empfang", DE_JD, "Mitarbeiter Empfang"),
    ("Técnico/a de mantenimiento", ES_JD, "Técnico de mantenimiento"),
])
def test_a_gender_mark_inside_a_word_is_not_said(title: str, jd: str, said: str) -> None:
    assert title_in_sentence(title, jd) == said


@pytest.mark.parametrize("title, said", [
    ("Front/Back End Developer", "front/back end developer"),
    ("Sales/E-commerce Manager", "sales/e-commerce manager"),
    ("Kauffrau/-mann für Büromanagement", "Kauffrau/-mann für Büromanagement"),
])
def test_other_slashes_stay(title: str, said: str) -> None:
    assert title_in_sentence(title, DE_JD if "für" in title else "").lower() == said.lower()


def test_the_opener_names_the_title_without_its_mark() -> None:
    cv = "Lucie Marchand\nAssistante RH, Brasserie Kerlann, Rennes - 2021 - aujourd'hui\n- 30 recrutements par an\n"
    jd = FR_JD + "\nMissions : recueillir les besoins, sourcer les candidats, suivre les indicateurs."
    for seed in "123":
        opener = plan_questions(cv, jd, "Chargé(e) de recrutement (H/F)", count=3, seed=seed)[0]
        assert "Chargé de recrutement" in opener and "(e)" not in opener and "H/F" not in opener, opener
