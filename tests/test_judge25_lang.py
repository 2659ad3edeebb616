"""A strong answer in the CV's and job's language is read by what it means there: a delay explained to an unhappy
person is taken up by "waited three weeks… I explained…" in German, French or Spanish, never "it seems to answer another
question" (session 25, judge25: rc24 r3 Q4, a French answer 5/10 read only by "stakeholder, unhappy"). Made-up text."""

from __future__ import annotations

import pytest

from core.coach.score import score_answer

DELAY_Q = "You have to explain a delay to a stakeholder who is already unhappy. How would you do it?"
DECIDE_Q = "You have to make a decision today without all the information you'd like. How would you go about it?"
CASES = [
    ("de", DELAY_Q,
     "Ich rufe selbst an, bevor sich der Kunde meldet. Im Herbst wartete ein Autohaus schon drei Wochen auf seine "
     "Ersatzteile, weil der Hersteller nicht liefern konnte. Ich habe dem Geschäftsführer die Gründe erklärt und zwei "
     "Wege angeboten: Teile von einem anderen Lager oder eine Teillieferung. Er nahm das andere Lager, und die Teile "
     "kamen nach vier Tagen.",
     "Disponent (m/w/d), Teilehandel Richter GmbH, Ulm. Ihre Aufgaben: Auftragsabwicklung, Kundenbetreuung, "
     "Lieferantensteuerung. Ihr Profil: kaufmännische Ausbildung, Erfahrung im Ersatzteilhandel.",
     "Lebenslauf. Jan Richter, Ulm. Berufserfahrung: 2018 bis heute Disponent, Autoteile Baur, Ulm. "
     "Auftragsabwicklung, Kundenbetreuung. Ausbildung: Groß- und Außenhandelskaufmann, 2017."),
    ("fr", DELAY_Q,
     "Je l'appelle moi-même avant qu'il ne me relance. L'an dernier, une directrice d'agence attendait un comptable "
     "depuis six semaines et mon candidat a refusé l'offre au dernier moment. Je lui ai expliqué ce qui s'était passé "
     "et je lui ai proposé deux pistes : relancer deux candidats du vivier ou ouvrir le poste en télétravail partiel. "
     "Elle a choisi le vivier et le poste a été pourvu en douze jours.",
     "Chargé de recrutement (H/F), Cabinet Vernier, Lille. Missions : recueillir les besoins des managers, sourcer "
     "les candidats, mener les entretiens. Profil : 2 ans d'expérience en recrutement.",
     "Julie Marchand, Lille. Expérience : 2021 à aujourd'hui, chargée de recrutement, Groupe Dumas, Lille. "
     "Recrutement de 40 postes par an. Formation : Master RH, 2020."),
    ("es", DECIDE_Q,
     "En una guardia de noche un cliente pidió cancelar un envío urgente y no pude hablar con el jefe de almacén. No "
     "podía esperar a la mañana, así que decidí retener el camión, avisé al cliente por escrito y dejé una nota al "
     "jefe. Al día siguiente confirmó que era lo correcto y evitamos una devolución de 3.000 euros.",
     "Coordinador/a de logística, Transportes Levante, Valencia. Funciones: planificar envíos, atender a clientes, "
     "coordinar el almacén. Requisitos: 2 años de experiencia en logística.",
     "Currículum. Pablo Serrano, Valencia. Experiencia: 2020 a la actualidad, técnico de tráfico, Logística Mar, "
     "Valencia. Planificación de rutas, atención al cliente. Formación: Grado en Logística, 2019."),
]


@pytest.mark.parametrize(("lang", "question", "answer", "job", "cv"), CASES)
def test_a_strong_answer_in_the_documents_language_is_on_its_question(lang, question, answer, job, cv):
    s = score_answer(question, answer, job_description=job, cv_text=cv)
    assert "another question" not in s.relevance.evidence, s.relevance.evidence
    assert s.relevance.score >= 4, s.relevance.evidence


def test_a_story_about_something_else_is_still_off_its_question():
    job, cv = CASES[1][3], CASES[1][4]
    answer = ("Cet été j'ai fait le tour de la Bretagne à vélo avec ma sœur : huit étapes, des crêpes tous les soirs et "
              "un temps magnifique du début à la fin.")
    s = score_answer(DELAY_Q, answer, job_description=job, cv_text=cv)
    assert s.relevance.score <= 2
