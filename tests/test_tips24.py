"""Session 24: what the app says a CV lacks must be true. A requirement named as a concept ("performance
optimisation", "data analysis", "continuous improvement", CPD, "attention to detail", "contact centre") is shown by a
CV that writes the concept's own doings or measures; the plan's gap question and the report's CV tip agree.
Made-up CVs and jobs."""

from __future__ import annotations

from core.coach.concepts import concept_asked, concept_shown
from core.coach.evidence_cv import cv_meets
from core.coach.plan import plan_questions
from core.coach.report_tips import cv_tips

GAP_WORDS = ("which I don't see on your CV", "doesn't show directly", "Your CV doesn't say much",
             "Your CV doesn't show that yet")

WEB_JOB = """Frontend Engineer
Harbour Tickets

What we're looking for
- Strong React and TypeScript
- Experience with web performance optimisation
- Experience with design systems
"""
WEB_CV = """Ola Brennan
Frontend Developer

Experience
Frontend Developer, Gullwing Travel, 2020 - present
- Rebuilt the search page in React and TypeScript; LCP down from 3.8 s to 1.7 s and bundle size halved.
- Built a shared component library in Storybook used by three product teams.

Skills
React, TypeScript, Lighthouse, Jest
"""


def test_web_performance_and_design_system_shown_by_their_measures_and_tools():
    assert cv_meets(WEB_CV, "web performance optimisation", WEB_JOB)
    assert cv_meets(WEB_CV, "design systems", WEB_JOB)
    tips = " ".join(cv_tips(WEB_CV, ["React", "TypeScript", "web performance optimisation", "design systems"], WEB_JOB))
    assert "performance optimisation" not in tips and "design systems" not in tips


def test_plan_never_says_the_cv_lacks_what_its_measures_show():
    questions = plan_questions(WEB_CV, WEB_JOB, "Frontend Engineer", count=8)
    for question in questions:
        if "performance" in question or "design system" in question:
            assert not any(words in question for words in GAP_WORDS), question


SHOP_JOB = """Ecommerce Marketing Lead
- Paid search and paid social
- Data analysis
"""
SHOP_CV = """Rhian Pugh
Marketing Executive, Pebble Candles, 2021 - present
- Ran paid search and paid social for a £20k monthly budget
- Built Tableau dashboards that the buyers use every Monday
"""


def test_data_analysis_shown_by_dashboards_in_the_tip_and_the_question():
    assert cv_meets(SHOP_CV, "data analysis", SHOP_JOB)
    assert "data analysis" not in " ".join(cv_tips(SHOP_CV, ["paid search", "paid social", "data analysis"], SHOP_JOB))
    for question in plan_questions(SHOP_CV, SHOP_JOB, "Ecommerce Marketing Lead", count=8):
        if "data analysis" in question:
            assert not any(words in question for words in GAP_WORDS), question


def test_continuous_improvement_shown_by_a_measured_change_but_risk_assessment_not_by_accidents():
    cv = ("Depot Team Leader, 2019 - present\n- Raised loading rate from 21 to 27 pallets an hour by reordering "
          "the marshalling lanes\n- Investigate accidents and near misses\n")
    assert concept_shown(cv, "Drive continuous improvement projects")
    assert not cv_meets(cv, "risk assessments")
    assert not concept_shown("Depot Team Leader\n- Loaded trailers on nights\n", "continuous improvement")


def test_cpd_shown_by_a_course_taken_after_qualifying():
    cv = "Occupational Therapist\nEducation\n- BSc Occupational Therapy, 2019\n- Vestibular rehabilitation short course, 2023\n"
    assert cv_meets(cv, "Evidence of continuing professional development")
    tips = " ".join(cv_tips(cv, ["Evidence of continuing professional development"], "- Evidence of continuing "
                                "professional development\n"))
    assert "professional development" not in tips


def test_attention_to_detail_shown_by_an_error_rate():
    cv = "Payroll Officer\n- Run a monthly payroll for 600 staff with an error rate below 0.5%\n"
    assert cv_meets(cv, "attention to detail")
    assert not cv_meets("Payroll Officer\n- Run a monthly payroll for 600 staff\n", "attention to detail")


def test_contact_centre_shown_by_a_control_room_and_calls_a_shift():
    cv = "Dispatcher, Ambulance Service control room, 2021 - present\n- Take about 70 calls a shift\n"
    assert cv_meets(cv, "fast-paced contact centre")
    assert concept_asked("Experience in a busy call centre") == ["contact centre"]


def test_every_concept_named_must_be_shown_and_others_are_no_concept():
    assert not concept_shown("Built Tableau dashboards", "data analysis and design systems")
    assert concept_shown("Built Tableau dashboards", "Kubernetes") == ""
    assert concept_asked("Kubernetes") == []
    assert concept_asked("contact centre KPIs") == []  # a modifier: the KPIs are asked, not the centre


def test_a_nice_to_have_label_is_no_part_of_the_requirement_and_marks_a_plus():
    from core.analysis.job import extract_requirements
    from core.analysis.job_weight import preferred

    job = ("Backend Developer\nWhat we're looking for\n- Strong Python\n- Experience with PostgreSQL\n"
           "- Nice to have: experience in logistics or freight\n")
    requirements = extract_requirements(job)
    assert not any("nice to have" in r.lower() for r in requirements)
    named = [r for r in requirements if "freight" in r]
    assert named and all(preferred(r, job) for r in named)
    tips = " ".join(cv_tips("Backend Developer\n- Built Python APIs on PostgreSQL for 2M users\n", requirements, job))
    assert "Nice to have" not in tips and "a plus, not a must" in tips


def test_a_result_in_french_or_spanish_counts_as_a_measured_result():
    cv = ("Responsable paie — Groupe Fictif, Nantes (2021 – aujourd'hui)\n"
          "- Refonte du processus de clôture : délai de clôture passé de 9 à 6 jours.\n"
          "- Nouveau portail salariés : +35 % de demandes traitées en ligne.\n"
          "- Gestion de la paie de 300 salariés.\n")
    tips = " ".join(cv_tips(cv, [], ""))
    assert "No bullet combines an action with a measured result" not in tips
    dates_only = "Responsable paie (2021 – 2024)\n- Gestion de la paie, de 2015 à 2017 puis de 2018 à 2020.\n"
    assert "No bullet combines an action with a measured result" in " ".join(cv_tips(dates_only, [], ""))


def test_a_french_degree_level_is_shown_by_a_degree_of_that_level_in_the_field():
    job = "Chargé(e) de paie\nProfil recherché\n- Bac+5 en RH ou gestion\n- Maîtrise d'Excel\n"
    cv = "Chargée de paie\nFormation\nMaster 2 Ressources Humaines, Université de Rennes (2019)\nCompétences\nExcel\n"
    assert cv_meets(cv, "Bac+5 en RH ou gestion", job)
    assert "Bac+5" not in " ".join(cv_tips(cv, ["Bac+5 en RH ou gestion", "Excel"], job))
    assert not cv_meets("Formation\nLicence Ressources Humaines (2019)\n", "Bac+5 en RH ou gestion", job)
    assert not cv_meets("Formation\nMaster 2 Chimie (2019)\n", "Bac+5 en RH ou gestion", job)


def test_a_personal_quality_is_no_tip_to_add_a_bullet_naming_it():
    job = "Lettings Administrator\n- Strong organisational skills\n- Experience with Reapit\n"
    cv = "Lettings Negotiator\n- Let 60 flats a year using Reapit and Rightmove\n"
    tips = cv_tips(cv, ["Strong organisational skills", "Reapit"], job)
    bullet_tips = [t for t in tips if "add a bullet" in t]
    assert not any("organisational" in t for t in bullet_tips)
    assert any("organisational skills" in t and "example" in t for t in tips)


def test_a_concept_the_cv_does_itself_is_asked_as_shown_never_as_related_work():
    job = ("Customer Service Adviser\nWhat we need\n- Experience in a busy contact centre\n- Excellent phone manner\n"
           "- Salesforce\n")
    cv = ("Sam Okoro\nCall Handler, Northway Energy call centre, 2021 - present\n- Take around 80 inbound calls a day "
          "on billing and meter faults\n- Kept quality scores above 92% across 2024\nSkills\nSalesforce\n")
    questions = [q for q in plan_questions(cv, job, "Customer Service Adviser", count=8) if "centre" in q]
    assert questions and not any("related work" in q or "related experience" in q for q in questions)
