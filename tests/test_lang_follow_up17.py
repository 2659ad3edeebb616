"""Follow-ups listen to an answer in the interview's own language (session 17, tester 16).

When the CV and the job are in Spanish (or German, French…) the offline coach asks in English and the candidate
answers, rightly, in that language. Such an answer is read for what it lacks (an example of the candidate's own,
a result, their own part, steps) as an English one is, and asked a follow-up that fits it; the follow-up itself is
in English, as the coach's questions are. An answer in another language than the documents' is left as before.
All texts are made up for these tests (a maths teacher, a warehouse lead, a nurse).
"""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from core.coach.follow_up import follow_up_question, follow_up_reason
from core.interview.state import build_state, decide_next_step
from core.storage import MessageRow, SessionRow

ES_CV = """ROCÍO MÁRQUEZ LEÓN
Profesora de Matemáticas
Granada | rocio.marquez@example.com

EXPERIENCIA
Profesora de Matemáticas, IES Alhambra, Granada
Septiembre 2016 – actualidad
- Imparto Matemáticas en 2º y 3º de ESO.
- Organizo talleres de resolución de problemas para alumnos con dificultades.
- Coordino las pruebas de nivel del departamento.

FORMACIÓN
Licenciatura en Matemáticas, Universidad de Granada, 2014
Máster en Profesorado de Educación Secundaria, 2015
"""
ES_JOB = """Profesor/a de Matemáticas para ESO
Colegio Sierra Nevada, Granada

Buscamos un/a profesor/a de Matemáticas con experiencia en secundaria.

Funciones:
- Impartir clases de Matemáticas en ESO.
- Atender a la diversidad y preparar actividades de refuerzo.
- Colaborar con el departamento en la evaluación del alumnado.
"""

STORY_Q = "Tell me about a time you helped a pupil who was falling behind in maths. What did you do?"
PLAN_Q = "How would you plan the first month with a new group of pupils who dislike maths?"

ES_NO_RESULT = ("El curso pasado tenía un alumno de segundo que suspendía todos los exámenes. Hablé con él y con su "
                "madre, preparé fichas de repaso para cada semana y lo senté con una compañera que le explicaba los "
                "ejercicios en clase.")
ES_WHOLE = ES_NO_RESULT + " En junio aprobó con un 6 y su media pasó de 3,5 a 6,2."
ES_GENERAL = ("Siempre intento adaptar las explicaciones a cada alumno y uso materiales distintos según su nivel. Es "
              "importante tener paciencia, hablar con las familias cuando hace falta y coordinarse con el "
              "departamento de orientación del centro.")
ES_WE = ("En el departamento montamos un programa de refuerzo por las tardes. Preparamos los materiales entre todos, "
         "hicimos grupos pequeños y revisamos el progreso cada mes. Conseguimos que el grupo aprobara la evaluación "
         "y el ambiente de la clase mejoró mucho.")
ES_PERFECT = ("Este trimestre he tenido un alumno de tercero que no entregaba nada. He preparado con él un plan de "
              "trabajo semanal, he hablado con su tutora y con su padre, y le he dado problemas más cortos para "
              "empezar cada clase con algo que sí sabe hacer.")  # the perfect tense, as Spain tells a recent past
ES_SHORT = "Le di clases de refuerzo por la tarde."
ES_STEPS = ("Primero hablaría con cada alumno para saber qué les pasa con las matemáticas. Después prepararía "
            "problemas de su vida diaria, como calcular descuentos, y luego haría pequeñas pruebas cada semana para "
            "que vean que avanzan.")
ES_NO_STEPS = ("Las matemáticas pueden ser muy bonitas si se explican bien, y los alumnos necesitan confianza y un "
               "ambiente tranquilo en el aula para aprender a su ritmo sin miedo a equivocarse delante de los demás.")
ES_NEVER = ("Nunca he tenido un caso así en mis clases, porque mis grupos siempre han ido bastante bien y casi todos "
            "los alumnos aprueban la asignatura sin necesitar ayuda extra durante el curso.")


@pytest.mark.parametrize(("question", "answer", "reason"), [
    (STORY_Q, ES_NO_RESULT, "no_result"),
    (STORY_Q, ES_PERFECT, "no_result"),
    (STORY_Q, ES_GENERAL, "no_example"),
    (STORY_Q, ES_WE, "we_not_i"),
    (STORY_Q, ES_SHORT, "too_short"),
    (STORY_Q, ES_WHOLE, None),
    (STORY_Q, "No lo sé, la verdad.", "non_answer"),
    (STORY_Q, ES_NEVER, "not_experienced"),
    (PLAN_Q, ES_STEPS, None),
    (PLAN_Q, ES_NO_STEPS, "no_steps"),
], ids=["no-result", "perfect", "general", "we", "short", "whole", "dont-know", "never", "steps", "no-steps"])
def test_a_spanish_answer_in_a_spanish_interview_is_read_for_what_it_lacks(question, answer, reason):
    assert follow_up_reason(question, answer, documents="es") == reason


DE_NO_RESULT = ("Letztes Jahr hatte ich in der Frühschicht einen neuen Kollegen, der beim Kommissionieren immer wieder "
                "Fehler machte. Ich habe mit ihm die Scanner-Abläufe noch einmal durchgegangen, ihm eine erfahrene "
                "Kollegin zur Seite gestellt und seine Touren jeden Tag kurz mit ihm besprochen.")
DE_WHOLE = DE_NO_RESULT + " Nach drei Wochen sank seine Fehlerquote von 6 % auf 1 %."
FR_WE = ("Dans le service, nous avons mis en place une nouvelle fiche de transmission. Nous avons formé toute "
         "l'équipe de nuit, nous avons testé la fiche pendant un mois et nous avons corrigé les oublis ensemble avec "
         "les médecins du service.")
FR_NO_RESULT = ("L'année dernière, un patient âgé refusait ses traitements chaque soir. J'ai pris le temps de "
                "l'écouter, j'ai appelé sa fille et j'ai proposé au médecin de décaler les prises au moment du repas, "
                "quand il était plus calme.")
IT_NO_RESULT = ("L'anno scorso in magazzino è arrivato un nuovo collega che sbagliava spesso i prelievi. Ho rivisto "
                "con lui le procedure dello scanner, gli ho affiancato una collega esperta e ogni sera ho controllato "
                "con lui gli ordini della giornata.")
PT_NO_RESULT = ("No ano passado chegou ao armazém um colega novo que errava muitas vezes nas recolhas. Revi com ele os "
                "procedimentos do leitor, coloquei-o ao lado de uma colega experiente e todas as tardes verifiquei com "
                "ele as encomendas do dia.")
STAFF_Q = "Tell me about a time you helped a new colleague who kept making mistakes. What did you do?"
CARE_Q = "Tell me about a time you improved how your team handed over patients at the end of a shift."


@pytest.mark.parametrize(("question", "answer", "lang", "reason"), [
    (STAFF_Q, DE_NO_RESULT, "de", "no_result"),
    (STAFF_Q, DE_WHOLE, "de", None),
    (CARE_Q, FR_WE, "fr", "we_not_i"),
    (CARE_Q, FR_NO_RESULT, "fr", "no_result"),
    (STAFF_Q, IT_NO_RESULT, "it", "no_result"),
    (STAFF_Q, IT_NO_RESULT + " Dopo tre settimane i suoi errori sono scesi dal 6% all'1%.", "it", None),
    (STAFF_Q, PT_NO_RESULT, "pt", "no_result"),
    (STAFF_Q, PT_NO_RESULT + " Em três semanas os erros dele baixaram de 6% para 1%.", "pt", None),
], ids=["de-no-result", "de-whole", "fr-we", "fr-no-result", "it-no-result", "it-whole", "pt-no-result", "pt-whole"])
def test_german_french_italian_and_portuguese_answers_are_read_the_same_way(question, answer, lang, reason):
    assert follow_up_reason(question, answer, documents=lang) == reason


def test_an_answer_in_another_language_than_the_documents_is_left_as_before():
    # an English interview: a Spanish answer is told so (the language notice), never dug into
    assert follow_up_reason(STORY_Q, ES_NO_RESULT) == "non_answer"
    assert follow_up_reason(STORY_Q, ES_NO_RESULT, documents="fr") == "non_answer"


def test_the_follow_up_is_in_english_and_fits_the_answer():
    outcome = follow_up_question("no_result", STORY_Q, ES_NO_RESULT)
    assert "outcome" in outcome.lower() or "turn out" in outcome.lower(), outcome
    own = follow_up_question("we_not_i", STORY_Q, ES_WE)
    assert "you personally" in own.lower() or "yours" in own.lower(), own
    for reason, answer in (("no_result", ES_NO_RESULT), ("we_not_i", ES_WE), ("no_result", FR_NO_RESULT)):
        for variant in range(2):
            text = follow_up_question(reason, STORY_Q, answer, variant=variant)
            quoted = re.findall(r'"([^"]+)"', text)
            assert all(q in answer for q in quoted if q != "we"), text  # a quote is the answer's own words
    # a short answer in the interview's language is asked for more, never told it is "a different situation"
    short = [follow_up_question("too_short", STORY_Q, ES_SHORT, variant=v) for v in range(2)]
    assert not any("different situation" in t for t in short), short


NOW = datetime(2026, 3, 2, 10, 0)


def _state(cv: str, job: str, answer: str):
    session = SessionRow(id="es1", created_at=NOW, updated_at=NOW, job_title="Profesor/a de Matemáticas", company="",
                         job_description=job, cv_text=cv, cv_filename=None, settings={"question_count": 4},
                         status="in_progress", model=None, overall_score=None, completed_at=None, owner=None)
    messages = [MessageRow(seq=i, role=role, content=text, kind=kind, question_no=1, created_at=NOW, model="m",
                           latency_ms=None, tokens_in=None, tokens_out=None)
                for i, (role, kind, text) in enumerate([("interviewer", "question", STORY_Q),
                                                        ("candidate", "answer", answer)])]
    return build_state(session, messages)


def test_the_chat_asks_the_follow_up_when_the_cv_and_job_are_in_spanish():
    step = decide_next_step(_state(ES_CV, ES_JOB, ES_NO_RESULT))
    assert step is not None and step.kind == "follow_up" and step.reason == "no_result"
    # the same answer with an English CV and job: moved on, as before (the notice says the language)
    english = decide_next_step(_state("Maths teacher at Hillside Academy since 2016. I teach Years 8 and 9.",
                                      "Maths teacher wanted for Key Stage 3. You will plan and teach lessons.",
                                      ES_NO_RESULT))
    assert english is None or english.kind == "question"
