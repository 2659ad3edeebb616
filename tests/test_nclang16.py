"""A CV and a job in another language than English (session 16, newcomer report "nclang").

The offline coach asks in English; answers in the documents' shared language are accepted and never marked down
for it; non-answers are recognised in the main languages in the chat as in the report; requirement lines of a
Spanish, French, German, Italian or Portuguese job are read whole; the CV meets them in other forms of their
words; UK-only questions are not asked for a job elsewhere; a Spanish answer without "yo" is still the
candidate's own doing. All texts are made up for these tests (a cook, a nurse, a warehouse lead, a teacher).
"""

from __future__ import annotations

import pytest

from core.analysis.job import extract_requirements
from core.coach.bank import in_region, load_question_bank
from core.coach.coverage import coverage_item
from core.coach.follow_up import follow_up_reason
from core.coach.interview_language import documents_language, setup_notice
from core.coach.language_note import language_notice
from core.coach.plan import plan_questions
from core.coach.report import build_report
from core.coach.score import score_answer

ES_CV = """MARTA RUIZ SOLER
Cocinera
Sevilla | marta.ruiz@example.com

PERFIL
Cocinera con seis años de experiencia en restaurantes de cocina mediterránea y en servicios de catering.

EXPERIENCIA
Jefa de partida, Restaurante La Alameda, Sevilla
Marzo 2020 – actualidad
- Elaboro los menús de temporada con el chef y controlo los costes de la partida de carnes.
- Formé a tres ayudantes de cocina en cortes y en higiene alimentaria.
- Responsable del inventario semanal de la cámara fría.

Cocinera, Catering Giralda, Sevilla
Junio 2017 – Febrero 2020
- Preparación de banquetes de hasta 300 comensales.

FORMACIÓN
Técnico Superior en Dirección de Cocina, IES Heliópolis, 2017
Certificado de manipulador de alimentos

IDIOMAS
Español (nativo), inglés (B1)
"""

ES_JOB = """Cocinero/a Jefe de Partida
Hotel Costa Serena, Málaga

Buscamos un/a jefe/a de partida para nuestro restaurante de cocina mediterránea.

Funciones:
- Elaborar menús de temporada y controlar los costes de la partida.
- Formar a los ayudantes de cocina y supervisar su trabajo.
- Gestionar el inventario y realizar los pedidos a proveedores.
- Garantizar el cumplimiento de las normas de higiene y del sistema APPCC.

Requisitos:
- Técnico en Cocina o titulación equivalente y certificado de manipulador de alimentos.
- Experiencia mínima de 4 años en cocina profesional.
"""

QUESTION = "Tell me about a time you had to keep food costs under control in a busy kitchen. What did you do?"
ES_ANSWER = ("En La Alameda los costes de la partida de carnes subían cada mes. Revisé las fichas técnicas de cada plato, "
             "cambié a un proveedor local y ajusté las raciones con el chef. En tres meses el coste bajó un 12% "
             "y aprendí a mirar los números cada semana.")


def test_an_answer_in_the_language_of_the_cv_and_job_is_not_marked_down():
    with_documents = score_answer(QUESTION, ES_ANSWER, job_description=ES_JOB, cv_text=ES_CV)
    evidence = with_documents.relevance.evidence
    assert "answer in the interview's language" not in evidence
    assert "while the question is in" not in evidence
    assert "the language of your CV and the job" in evidence
    assert "interview's language" not in with_documents.stronger_answer
    # the same answer to an English job and CV is in another language than the interview's: still held down
    english_job = "Chef de partie\n\nRequirements:\n- Menu costing and stock control\n- Food hygiene certificate\n"
    elsewhere = score_answer(QUESTION, ES_ANSWER, job_description=english_job, cv_text="Chef de partie since 2019.")
    assert "answer in the interview's language" in elsewhere.relevance.evidence
    assert with_documents.relevance.score >= elsewhere.relevance.score


FR_CV = ("Infirmière diplômée d'État, huit ans en service de cardiologie au Centre hospitalier de Lyon. "
         "Je coordonne les soins de douze patients par garde et je forme les nouvelles infirmières aux protocoles.")
FR_JOB = ("Infirmier / Infirmière en cardiologie, Clinique du Parc, Lyon. Vous assurez les soins des patients, la "
          "surveillance des constantes et la transmission aux équipes de nuit. Diplôme d'État exigé.")


def test_the_chat_notice_and_the_report_accept_the_documents_language():
    assert documents_language(ES_CV, ES_JOB) == "es"
    assert documents_language(FR_CV, FR_JOB) == "fr"
    assert documents_language(ES_CV, "Warehouse lead\n\nWe need a warehouse lead with forklift experience.") == ""
    assert language_notice(QUESTION, ES_ANSWER, "es") == ""
    assert "Spanish" in language_notice(QUESTION, ES_ANSWER)  # an English interview still says so
    score = score_answer(QUESTION, ES_ANSWER, job_description=ES_JOB, cv_text=ES_CV)
    report = build_report([{"question": QUESTION, "answer": ES_ANSWER, "score": score}], job_title="Cocinero/a",
                          job_description=ES_JOB, cv_text=ES_CV)
    assert "accepted" in report.language_note
    assert "while the interview is in English" not in report.language_note


def test_the_setup_page_says_once_that_the_coach_asks_in_english_and_accepts_the_language():
    notice = setup_notice(ES_CV, ES_JOB)
    assert "Spanish" in notice and "English" in notice and "accepted" in notice
    assert "French" in setup_notice(FR_CV, FR_JOB)
    assert setup_notice("Warehouse lead since 2019, forklift licence, led a team of six pickers.",
                        "Warehouse lead wanted: forklift licence and two years leading a team.") == ""


@pytest.mark.parametrize("answer", ["No lo sé.", "Ni idea.", "Je ne sais pas.", "Keine Ahnung.", "Non lo so.",
                                    "Não sei."])
def test_a_non_answer_in_the_main_languages_is_one_in_the_chat_and_the_report(answer):
    question = "How would you handle a supplier who delivers the wrong stock twice in one week?"
    assert follow_up_reason(question, answer) == "non_answer"  # never "Could you say a bit more?"
    assert "does not know" in score_answer(question, answer).relevance.evidence


@pytest.mark.parametrize(("job", "whole"), [
    (ES_JOB, "Elaborar menús de temporada y controlar los costes de la partida"),
    (ES_JOB, "Formar a los ayudantes de cocina y supervisar su trabajo"),
    ("Responsable d'entrepôt, Lille\n\nMissions :\n- Gérer les stocks et organiser les inventaires mensuels.\n"
     "- Encadrer une équipe de préparateurs et planifier les tournées.\n",
     "Gérer les stocks et organiser les inventaires mensuels"),
    ("Lagerleiter (m/w/d), Hamburg\n\nAufgaben:\n- Dienstpläne für das Lagerteam erstellen und die Schichten am "
     "Wochenende koordinieren.\n- Wareneingang prüfen und Reklamationen der Kunden bearbeiten.\n",
     "Dienstpläne für das Lagerteam erstellen und die Schichten am Wochenende koordinieren"),
    ("Responsabile di magazzino, Bologna\n\nMansioni:\n- Gestire le scorte e organizzare gli inventari mensili.\n"
     "- Coordinare il personale e pianificare i turni di lavoro.\n",
     "Gestire le scorte e organizzare gli inventari mensili"),
    ("Chefe de armazém, Porto\n\nFunções:\n- Gerir os stocks e organizar os inventários mensais.\n"
     "- Coordenar a equipa e planear os turnos de trabalho.\n", "Gerir os stocks e organizar os inventários mensais"),
])
def test_a_requirement_line_of_a_job_in_another_language_is_read_whole(job, whole):
    requirements = extract_requirements(job)
    assert whole in requirements
    joins = {"y", "o", "e", "et", "ou", "und", "oder", "de", "la", "les", "der", "di", "a"}
    assert not any(r.split()[-1].lower() in joins for r in requirements)


def test_the_cv_meets_requirements_in_other_forms_of_their_words():
    report = build_report([], job_title="Cocinero/a", job_description=ES_JOB, cv_text=ES_CV)
    gaps = next(t for t in report.cv_tips if t.startswith("The job asks for"))
    # "Elaboro los menús de temporada… controlo los costes", "Formé a tres ayudantes de cocina", "Responsable del
    # inventario", "Técnico Superior en Dirección de Cocina… manipulador de alimentos", six years: all on the CV
    for shown in ("Elaborar menús", "Formar a los ayudantes", "Técnico en Cocina", "Experiencia mínima"):
        assert shown.lower() not in gaps.lower()
    assert "APPCC" in gaps  # the CV says nothing of it



ES_TEACHER_CV = """JAVIER MOLINA PRIETO
Profesor de Lengua Castellana y Literatura
Zaragoza | javier.molina@example.com

EXPERIENCIA
Profesor de Lengua, IES Ebro, Zaragoza
Septiembre 2018 – actualidad
- Imparto Lengua y Literatura en 1º y 2º de ESO (90 alumnos).
- Organicé el club de lectura del centro: 40 alumnos inscritos el primer año.
- Tutor de un grupo de 2º de ESO.

FORMACIÓN
Grado en Filología Hispánica, Universidad de Zaragoza, 2016
Máster en Profesorado de Educación Secundaria, 2017
"""
ES_TEACHER_JOB = """Profesor/a de Lengua Castellana y Literatura
Colegio Los Olivos, Zaragoza

Buscamos un/a profesor/a de Lengua para ESO.

Responsabilidades:
- Impartir clases de Lengua Castellana y Literatura en ESO.
- Fomentar la lectura y la expresión escrita del alumnado.
- Ejercer la tutoría de un grupo y atender a las familias.

Requisitos:
- Grado en Filología Hispánica o afín y Máster en Profesorado.
"""


def test_uk_only_questions_are_not_asked_for_a_job_in_another_country():
    for seed in ("a", "b", "c", "d", "e", "f"):
        plan = plan_questions(ES_TEACHER_CV, ES_TEACHER_JOB, "Profesor/a de Lengua", count=8, seed=seed)
        assert not any("safeguarding" in q.lower() or "dbs" in q.lower() for q in plan)
    uk_only = next(q for q in load_question_bank() if q.get("region") == "uk")
    assert in_region(uk_only, "English teacher, Leeds. You will plan lessons for Key Stage 3 and mark coursework.")
    assert not in_region(uk_only, "English teacher at an international school in Madrid, Spain. You will plan "
                                  "lessons for the secondary years and mark coursework.")
    assert in_region(uk_only, "English teacher, Madrid, Spain. Safeguarding training is required for all staff.")


def test_a_spanish_answer_without_a_pronoun_is_something_the_candidate_has_done():
    answer = ("Para fomentar la lectura organizo cada trimestre un club de lectura, elijo novelas juveniles con los "
              "alumnos y reviso sus reseñas en clase.")
    item = coverage_item("Fomentar la lectura", [("How do you get pupils to read more?", answer, None)], ES_TEACHER_JOB)
    assert item.status == "evidenced", item.evidence


def test_the_setup_page_shows_the_notice_for_a_cv_and_job_in_spanish(setup_page):
    at = setup_page
    at.text_area(key="setup_jd").set_value(ES_JOB).run()
    at.text_area(key="setup_cv").set_value(ES_CV).run()
    notices = [i.value for i in at.info if "offline coach asks its questions in English" in i.value]
    assert len(notices) == 1 and "Spanish" in notices[0]
    at.text_area(key="setup_cv").set_value("Warehouse lead since 2019. I led a team of six pickers and cut "
                                          "picking errors by 30% with a new slotting plan.").run()
    assert not [i for i in at.info if "offline coach asks its questions in English" in i.value]
    assert not at.exception
