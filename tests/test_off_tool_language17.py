"""An answer in the interview's other accepted language that never names the product its question asks about is off
the question (newcomer, session 17: a Spanish weakness answer to "Your CV mentions Moodle…" got relevance 5/5)."""

from core.coach.score import score_answer

CV = ("María Ortega Ruiz. Profesora de Biología y Geología. Experiencia: IES Ribera del Tajo, Toledo, desde 2018: "
      "clases de 1º a 4º de ESO, tutora de 3º, cursos en Google Classroom para todo el departamento. "
      "Formación: Máster en Profesorado, Universidad de Castilla-La Mancha.")
JOB = ("Buscamos profesor o profesora de Biología y Geología para ESO y Bachillerato en un colegio concertado de "
       "Madrid. Se valorará experiencia con Google Classroom y con la atención a la diversidad en el aula.")
QUESTION = ("Your CV mentions Google Classroom. Walk me through a specific piece of work that drew on it: what was "
            "the goal, what did you do yourself, and how did it turn out?")
OFF = ("Mi mayor defecto es que soy demasiado exigente conmigo misma y a veces dedico muchas horas a preparar las "
       "clases porque quiero que todo salga perfecto.")
ON = ("En 2022 creé en Google Classroom un banco de prácticas de genética para 4º de ESO con corrección automática. "
      "Lo usaron 60 alumnos y los aprobados subieron del 70 al 84 por ciento.")


def test_an_answer_never_naming_the_product_is_off_the_question():
    rel = score_answer(QUESTION, OFF, job_description=JOB, cv_text=CV).relevance
    assert rel.score <= 2, rel.evidence


def test_one_naming_it_is_not():
    assert score_answer(QUESTION, ON, job_description=JOB, cv_text=CV).relevance.score >= 4


def test_a_german_answer_never_naming_an_acronym_product():
    cv = ("Jana Becker. Sachbearbeiterin Einkauf bei Nordlicht Logistik GmbH, Bremen, seit 2020: Bestellungen in "
          "DATEV und SAP MM, Lieferantenpflege, Rechnungsprüfung. Ausbildung zur Kauffrau für Büromanagement.")
    job = ("Wir suchen eine Sachbearbeiterin Einkauf (m/w/d) in Hamburg. Erfahrung mit SAP MM und sicherer Umgang "
           "mit Lieferanten sind erforderlich.")
    question = ("Your CV mentions SAP. If you were showing a new colleague the ropes in SAP, which example from your "
                "own work would you pick?")
    off = ("In meiner Freizeit laufe ich Marathon und habe letztes Jahr mit meinem Verein den Stadtlauf in Bremen "
           "organisiert. Wir hatten dreihundert Teilnehmer.")
    assert score_answer(question, off, job_description=job, cv_text=cv).relevance.score <= 2
