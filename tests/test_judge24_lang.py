"""An answer in the CV's and job's language to the coach's English question on a licence or registration is judged by
what it says there: the registration held ("die Erlaubnis zur Führung der Berufsbezeichnung…", "estoy colegiada") and
the mandatory training kept up ("Pflichtfortbildungen") take the question up (issue 15, session 24: a German
nurse's answer was "not judged", then read as taking up "none of … (train, licence, training)": 4/10). Made-up text."""

import pytest

from core.coach.relevance_across import off_question_across, read_across
from core.coach.score import score_answer

QUESTION = "Which licence or registration do you hold, and how do you keep it and your mandatory training current?"
DE_JOB = ("Erzieherin (m/w/d) in Teilzeit, Kita Sonnenblume, Leipzig. Ihr Profil: staatliche Anerkennung als "
          "Erzieher/in, Freude an der Arbeit mit Kindern. Wir bieten: regelmäßige Fortbildungen, Jobticket.")
DE_CV = ("Lebenslauf. Katrin Vogel, Leipzig. Berufserfahrung: 2018 bis heute Erzieherin, Kita Regenbogen, Leipzig. "
         "Gruppenleitung für 18 Kinder, Elterngespräche, Beobachtung und Dokumentation. Ausbildung: Fachschule für "
         "Sozialpädagogik Leipzig, 2015 bis 2018.")
ES_JOB = ("Enfermera/o, Residencia Los Olivos, Sevilla. Requisitos: título de Grado en Enfermería y colegiación en vigor, "
          "experiencia con personas mayores. Ofrecemos formación continua.")
ES_CV = ("Currículum. Marta Ruiz, Sevilla. Experiencia: 2019 a la actualidad, enfermera, Hospital San Lázaro, Sevilla. "
         "Curas, medicación y registro de constantes. Formación: Grado en Enfermería, Universidad de Sevilla, 2019.")

ANSWERS = [
    ("de", "Ich habe seit 2018 die staatliche Anerkennung als Erzieherin. Die Pflichtfortbildungen zu Erster Hilfe am "
           "Kind und zum Kinderschutz mache ich jedes Jahr, und alle zwei Jahre eine Weiterbildung zur Sprachförderung.",
     DE_JOB, DE_CV),
    ("de", "Seit 2018 habe ich die Erlaubnis zur Führung der Berufsbezeichnung Erzieherin. Meine Fortbildungen plane ich "
           "mit der Leitung, jedes Jahr mindestens zwei Tage.", DE_JOB, DE_CV),
    ("es", "Estoy colegiada en el Colegio de Enfermería de Sevilla desde 2019 y renuevo la colegiación cada año. La "
           "formación obligatoria la hago cada año en el hospital.", ES_JOB, ES_CV),
]


@pytest.mark.parametrize(("lang", "answer", "job", "cv"), ANSWERS)
def test_a_registration_held_and_training_kept_up_answer_the_licence_question(lang, answer, job, cv):
    assert read_across(QUESTION, answer, lang).taken
    assert not off_question_across(QUESTION, answer, lang)
    relevance = score_answer(QUESTION, answer, job_description=job, cv_text=cv).relevance
    assert relevance.score >= 4, relevance.evidence
    assert "not judged" not in relevance.evidence and "another question" not in relevance.evidence


def test_a_story_of_something_else_in_german_still_takes_up_none_of_it():
    story = ("Letzten Sommer haben wir mit der ganzen Gruppe ein Hochbeet gebaut. Die Kinder haben Tomaten gepflanzt und "
             "jeden Tag gegossen.")
    assert not read_across(QUESTION, story, "de").taken
