"""Job titles in another language keep their own casing (session 17 newcomer report, fault 13): German nouns stay
capitalised in a question ("the Sachbearbeiter Personalabrechnung role"), and a heading does not title-case a
Portuguese or Spanish small word ("Especialista Em", "Secundaria Y"). Made-up titles and jobs."""

from core.coach.plan import plan_questions
from core.coach.plan_text import title_in_sentence
from core.schemas import job_label
from core.words import display_title

DE_JOB = """Disponent Fuhrpark (m/w/d)

Ihre Aufgaben
- Planung und Steuerung unseres Fuhrparks mit 80 Fahrzeugen
- Abstimmung mit Werkstätten und Leasinggebern

Ihr Profil
- Abgeschlossene kaufmännische Ausbildung
- Erfahrung in der Fuhrparkverwaltung
"""

DE_CV = """Markus Brandt
Disponent

Berufserfahrung
seit 2020
Disponent Fuhrpark bei Kaltenbach Transporte GmbH, Kassel
- Planung von 45 Fahrzeugen
"""


def test_a_german_title_keeps_its_capitals_in_a_question():
    assert title_in_sentence("Disponent Fuhrpark", DE_JOB) == "Disponent Fuhrpark"
    questions = []
    for seed in "abcdef":
        questions += plan_questions(DE_CV, DE_JOB, "Disponent Fuhrpark", count=8, seed=seed)
    assert not [q for q in questions if "disponent fuhrpark" in q]


def test_an_english_title_still_reads_in_lower_case():
    job = "We are hiring a warehouse supervisor to lead our night shift team of twelve people in Leeds."
    assert title_in_sentence("Warehouse Supervisor", job) == "warehouse supervisor"


def test_small_words_of_other_languages_stay_lower_case_in_a_heading():
    assert display_title("Gestora de Tráfego em Marketing Digital") == "Gestora de Tráfego em Marketing Digital"
    assert display_title("Profesor/a de Física y Química") == "Profesor/a de Física y Química"
    assert job_label("Técnica em Recursos Humanos", "Lusocargo") == "Técnica em Recursos Humanos at Lusocargo"
    assert display_title("data engineer") == "Data Engineer"
