"""CV tips for a CV and a job in another language than English see the CV's best lines (session 17, tester 16).

A duty bullet written as a noun phrase ("Apoyo a alumnos con necesidades educativas", "Förderunterricht für …")
shows the job's duty whose object it names, and a bullet with a measured change written the language's way ("del
62 % al 79 %", "von 55 % auf 72 %", "de 70 % à 84 %", "dal 60% al 75%", "de 48% para 66%") is a measured result,
with or without a verb of result. All texts are made up for these tests (a physics teacher, a warehouse lead).
"""

from __future__ import annotations

import pytest

from core.coach.cv_reading import measured_change
from core.coach.evidence_cv import cv_meets
from core.coach.report import build_report

ES_CV = """ANDRÉS VIDAL CASTRO
Profesor de Física y Química
Murcia | andres.vidal@example.com

PERFIL
Profesor de Física y Química con experiencia en institutos públicos de la Región de Murcia.

EXPERIENCIA
Profesor de Física y Química, IES Segura, Murcia
Septiembre 2018 – actualidad
- Imparto Física y Química en 3º y 4º de ESO y en Bachillerato.
- Apoyo a alumnos con necesidades educativas en el aula de tarde.
- Laboratorio de prácticas: la tasa de aprobados de 4º de ESO, del 62 % al 79 % en dos cursos.
- Tutor de un grupo de 4º de ESO.

FORMACIÓN
Grado en Química, Universidad de Murcia, 2016
Máster en Profesorado de Educación Secundaria, 2017
"""

ES_JOB = """Profesor/a de Física y Química
Colegio San Ginés, Murcia

Buscamos un/a profesor/a de Física y Química para ESO y Bachillerato.

Funciones:
- Impartir clases de Física y Química en ESO y Bachillerato.
- Atender a la diversidad y elaborar planes de apoyo.
- Ejercer la tutoría de un grupo y comunicarse con las familias.

Requisitos:
- Grado en Química o Física y Máster en Profesorado.
"""


def test_a_spanish_duty_bullet_and_a_measured_change_are_seen_by_the_cv_tips():
    report = build_report([], job_title="Profesor/a de Física y Química", job_description=ES_JOB, cv_text=ES_CV)
    tips = " ".join(report.cv_tips)
    # "Apoyo a alumnos con necesidades educativas" is the duty "elaborar planes de apoyo": no gap
    assert "planes de apoyo" not in tips.lower(), report.cv_tips
    # "del 62 % al 79 %" is a measured result: the tip that says none is there is not given
    assert "No bullet combines an action with a measured result" not in tips, report.cv_tips


@pytest.mark.parametrize("line", [
    "Laboratorio de prácticas: la tasa de aprobados del 62 % al 79 % en dos cursos.",
    "Tasa de aprobados de 4º de ESO del 68% al 81%.",
    "Bestehensquote der Abschlussprüfung von 55 % auf 72 %.",
    "Taux de réussite au brevet de 70 % à 84 % en deux ans.",
    "Percentuale di promossi dal 60% al 75% in due anni.",
    "Pedidos entregues no prazo de 48% para 66%.",
    "Coste por pedido de 4,20 € a 3,10 € en un año.",
])
def test_a_change_between_two_measures_is_a_measured_result_in_each_language(line):
    assert measured_change(line)


@pytest.mark.parametrize("line", [
    "Profesor interino de 2015 a 2017 en Lorca.",
    "Horario de tarde de 16 a 20 h.",
    "Clases para alumnos de 12 a 16 años.",
    "Von 2019 bis 2021 Lagerleiter in Hamburg.",
    "de 3 à 5 jours par semaine",
])
def test_dates_hours_and_ages_are_no_measured_result(line):
    assert not measured_change(line)


@pytest.mark.parametrize(("cv", "job", "requirement"), ids=["es", "de", "fr"], argvalues=[
    (ES_CV, ES_JOB, "Atender a la diversidad y elaborar planes de apoyo"),
    ("Lehrerin für Mathematik, Gesamtschule Am Deich, Bremen\n08/2019 – heute\n- Förderunterricht in Mathematik "
     "für die Klassen 7 bis 9 am Nachmittag.\n- Klassenleitung einer 8. Klasse.\n",
     "Lehrkraft für Mathematik (m/w/d)\n\nAufgaben:\n- Förderunterricht für leistungsschwache Schüler planen und "
     "durchführen.\n", "Förderunterricht für leistungsschwache Schüler planen und durchführen"),
    ("Responsable d'entrepôt, Logistique du Nord, Lille\nDepuis 2019\n- Encadrement de huit préparateurs de "
     "commandes.\n- Réception des livraisons et contrôle des quantités.\n",
     "Responsable d'entrepôt\n\nMissions :\n- Encadrer les préparateurs et organiser les équipes du matin.\n",
     "Encadrer les préparateurs et organiser les équipes du matin"),
])
def test_a_duty_bullet_naming_the_duty_by_its_object_meets_it(cv, job, requirement):
    assert cv_meets(cv, requirement, job)


def test_a_heading_or_a_common_word_opening_a_line_meets_no_duty():
    cv = ("EXPERIENCIA\nCamarero, Bar Central, Cádiz\n2019 – actualidad\n- Atención a las mesas de la terraza.\n"
          "- Trabajo en equipo con la cocina.\n")
    assert not cv_meets(cv, "Experiencia en gestión de inventarios y pedidos a proveedores",
                        "Encargado de almacén\n\nRequisitos:\n- Experiencia en gestión de inventarios y pedidos a "
                        "proveedores.\n")


@pytest.mark.parametrize(("cv", "requirement", "met"), ids=["es-dates", "de-since", "fr-stated", "es-short"], argvalues=[
    (ES_CV, "Experiencia mínima de 3 años", True),  # Septiembre 2018 – actualidad
    ("Lehrerin für Mathematik, Gesamtschule Am Deich, Bremen\nseit 08/2017\n- Förderunterricht in Mathematik für die "
     "Klassen 7 bis 9 am Nachmittag.\n", "Mindestens 3 Jahre Berufserfahrung", True),
    ("Professeur de mathématiques au collège Jean Moulin, Lyon. Six ans d'enseignement, 12 ans d'expérience "
     "professionnelle dans l'éducation.", "5 ans d'expérience minimum", True),
    ("Profesor interino de Física, IES Segura, Murcia\nSeptiembre 2025 – actualidad\n- Imparto Física en 3º de ESO "
     "y preparo las prácticas de laboratorio.\n", "Experiencia mínima de 3 años", False),
])
def test_years_of_experience_asked_in_the_jobs_language_are_read_from_the_cvs_dates(cv, requirement, met):
    assert cv_meets(cv, requirement, "") is met
