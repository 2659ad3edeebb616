"""Session 14 newcomer kinds (issue 15): what the CV, an answer or the job plainly shows is read as shown.

Every input here is made up for its kind; none is the newcomer's text.
"""

from __future__ import annotations

import re

from core.documents.job import job_heading


def test_company_line_with_its_work_mode_or_place_after_a_dash() -> None:
    # the title heading, then a bare name with its work mode or place after a dash: the name is the company
    text = "Customer Success Manager, Enterprise\nHarbourly — Remote (UK, GMT)\nHarbourly makes rota software.\n"
    assert job_heading(text)[1] == "Harbourly"
    assert job_heading("Night Shift Lead\nCorvane — Bristol | Permanent\nAbout the role\n")[1] == "Corvane"
    # a department with its place is no company
    assert job_heading("Staff Nurse\nCardiology Ward — Leeds\nWe care.\n")[1] == ""


# --- 1. The interviewer never says the CV lacks what it plainly shows -------------------------------------

from core.coach.evidence_cv import cv_meets  # noqa: E402
from core.coach.plan import plan_items  # noqa: E402
from core.coach.report import _cv_tips  # noqa: E402

_SALES_JOB = (
    "Sales Development Lead\nOrbitly — Remote\n\nWhat you'll do\n"
    "- Book meetings and run product demos for new prospects.\n"
    "- Improve processes in HubSpot.\n"
    "What you bring\n- Experience selling to retail, hospitality or healthcare buyers is a plus.\n"
)


def test_a_practice_named_in_the_plural_is_shown_by_its_singular() -> None:
    cv = "Account Manager, Brightcart 2020 - 2024\n- Built a 15-minute demo script that lifted trial sign-ups by 22%.\n"
    assert cv_meets(cv, "demos", "Run demos for new prospects.")
    assert cv_meets(cv, "personas") is False  # nothing on personas here
    assert not cv_meets("Excellent written English.", "excel")  # a product's name is still not a word inside another


def test_a_duty_written_as_verb_and_object_is_shown_by_an_act_of_it() -> None:
    # "improving processes" is process improvement; automating a recurring task is an act of it
    cv = "Payroll Officer, Fenwick Care 2019 - 2024\n- Halved the payroll run from 4 days to 2 by automating timesheet imports.\n"
    assert cv_meets(cv, "improving processes")
    assert cv_meets("- Streamlined supplier onboarding for 60 vendors.\n", "improving processes")
    assert not cv_meets("- Processed 300 invoices a week.\n", "improving processes")


def test_a_nurse_shows_medication_administration_by_its_acts() -> None:
    cv = ("Staff Nurse, Riverside Infirmary 2018 - 2024\n- Led the ward's sepsis bundle audit.\n"
          "- Titrating infusions on a 20-bed cardiac step-down unit.\n")
    assert cv_meets(cv, "administering medications")
    assert cv_meets("- IV antibiotics and fluids for 6 patients a shift.\n", "medication administration")
    assert not cv_meets("- Triage and discharge planning.\n", "administering medications")


def test_an_item_of_the_jobs_own_either_or_list_meets_it() -> None:
    cv = "Sales Executive, Tablewise (hospitality software) 2021 - 2024\n- Sold to 40 hotel groups.\n"
    assert cv_meets(cv, "healthcare", _SALES_JOB)
    assert not cv_meets("Sales Executive, Ledgerly 2021 - 2024\n", "healthcare", _SALES_JOB)


_ES_CV = (
    "Lucía Fernández Gil\nJefa de Almacén\nSevilla, España\n\nEXPERIENCIA PROFESIONAL\n"
    "Jefa de Turno de Almacén — Distribuciones Betis, Sevilla\nMarzo 2019 – Actualidad\n"
    "- Coordino un equipo de 20 operarios en el almacén central y la zona de carga.\n"
    "- Formación en carretilla elevadora para todo el turno; cero accidentes en 2023.\n"
    "- Implanté rondas de seguridad diarias y la mejora continua en la recepción.\n\n"
    "IDIOMAS\nEspañol (nativo), Inglés (C1)\n\nHERRAMIENTAS\nManhattan SCALE, Excel\n"
)
_EN_WAREHOUSE_JOB = (
    "Warehouse Shift Lead\nCompany: Parcelo Logistics\n\nRequirements:\n- 2+ years in a warehouse.\n"
    "- Experience with a WMS (Manhattan SCALE, Blue Yonder or similar).\n- Forklift licence.\n"
    "- Health and safety awareness.\n- Good English and Spanish.\n"
)


def test_a_cv_in_another_language_shows_requirements_in_its_own_words() -> None:
    for requirement in ("warehouse", "forklift", "health and safety", "English and Spanish"):
        assert cv_meets(_ES_CV, requirement, _EN_WAREHOUSE_JOB), requirement
    tips = " ".join(_cv_tips(_ES_CV, ["warehouse", "forklift", "health and safety", "English and Spanish", "Kaizen"],
                             _EN_WAREHOUSE_JOB))
    assert "Kaizen" in tips and "forklift" not in tips.lower() and "warehouse" not in tips.lower()
    # languages listed as languages meet a requirement naming them, on an English CV too; one missing does not
    assert cv_meets("Languages: English (native), Spanish (B2)\n", "English and Spanish")
    assert not cv_meets("Languages: English (native), French (B2)\n", "English and Spanish")
    assert not cv_meets("Skills: Excel, SAP\n", "forklift")  # an English CV: its English words only


def test_the_plan_never_calls_a_shown_requirement_a_gap_and_names_the_instance() -> None:
    for seed in "abcdef":
        for kind in ("behavioral", "mixed", "technical"):
            items = plan_items(_ES_CV, _EN_WAREHOUSE_JOB, "Warehouse Shift Lead", interview_type=kind,
                               seniority="mid", count=8, company="", seed=seed, focus=None)
            text = " ".join(i.text for i in items)
            assert "doesn't show that yet" not in text and "I don't see on your CV" not in text, text
            assert "related work" not in text  # a WMS the CV names by its product


# --- 4. The chosen interview type holds ---------------------------------------------------------------------

from core.coach.question_types import question_type  # noqa: E402

_PAYROLL_JOB = (
    "Payroll and Ledger Accountant\nCompany: Brambleway Homes\n\nResponsibilities:\n"
    "- Own the month-end close and balance sheet reconciliations.\n- Bank reconciliations every week.\n"
    "- Prepare management accounts.\n\nRequirements:\n- Excel and Sage 50.\n"
)
_PAYROLL_CV = (
    "Tom Reed\nAssistant Accountant\n\nExperience\nAssistant Accountant — Calder Motors, York\n2019 – Present\n"
    "- Ran bank reconciliations for 6 accounts and cleared a £12k backlog of unmatched items.\n"
    "- Prepared monthly management accounts for two sites.\n\nSkills\nExcel, Sage 50\n"
)


def test_a_behavioural_interview_asks_the_jobs_core_as_past_experience() -> None:
    for seed in "abcdefgh":
        items = plan_items(_PAYROLL_CV, _PAYROLL_JOB, "Payroll and Ledger Accountant", interview_type="behavioral",
                           seniority="mid", count=6, company="", seed=seed, focus=None)
        for item in items:
            if item.source in {"role", "gap"}:
                assert question_type(item.text) == "behavioural", item.text
                assert "how would you" not in item.text.lower() and "walk me through your" not in item.text.lower()
    # a technical interview keeps the scenario as written
    texts = [i.text for seed in "abcdefgh" for i in plan_items(
        _PAYROLL_CV, _PAYROLL_JOB, "Payroll and Ledger Accountant", interview_type="technical", seniority="mid",
        count=6, company="", seed=seed, focus=None) if i.source == "role"]
    assert any(question_type(t) != "behavioural" for t in texts)


# --- 3. Competencies to practise come from the job: a word of another sense is no ground ---------------------

from core.progress import core_competencies  # noqa: E402


def test_a_forecast_volume_is_no_ground_for_budget_competencies() -> None:
    job = ("Parcel Hub Operations Supervisor\nRequirements:\n- Plan staffing against the forecast parcel volume for each wave.\n"
           "- Keep the hub safe and hit on-time dispatch.\n")
    found = set(core_competencies("Parcel Hub Operations Supervisor", job, "Shift lead, 2020 - 2024: ran the sort line."))
    assert not {"budget cut", "budgeting"} & found
    money = job + "- Own the hub's revenue forecast and cost forecast.\n"
    assert {"budget cut", "budgeting"} <= set(core_competencies("Parcel Hub Operations Supervisor", money, ""))


# --- 2. Coverage: what an answer shows counts, and the quote is what shows it -------------------------------

from core.coach.coverage import coverage_item  # noqa: E402


def test_a_preferred_credential_held_in_an_answer_is_evidenced() -> None:
    rows = [("Which certifications do you hold?", "I passed my CCRN last year, which I know you prefer.", None)]
    item = coverage_item("CCRN certification preferred", rows)
    assert item.status == "evidenced" and "CCRN" in item.evidence
    assert coverage_item("PMP certification desirable", rows).status == "not probed"


def test_years_in_a_field_are_quoted_from_the_sentence_that_names_the_field() -> None:
    rows = [
        ("Tell me about a system rollout.", "I was super-user for the Cerner go-live on the ward and trained 30 staff over two years.", None),
        ("How long have you worked in cardiology?", "I have spent five years on a cardiology ward at Northgate.", None),
    ]
    requirement = "minimum 2 years of cardiology ward experience"
    item = coverage_item(requirement, rows)
    assert item.status == "evidenced" and "cardiology ward" in item.evidence and "Cerner" not in item.evidence
    assert coverage_item(requirement, rows[:1]).status != "evidenced"  # a tool near "ward" is no cardiology ward


def test_a_shown_alternative_is_named_in_the_question() -> None:
    job = ("Inside Sales Rep\nCompany: Orbitly\n\nWhat you bring\n- Run product demos and keep HubSpot current.\n"
           "- Experience selling to manufacturing, retail or supply chain teams is a plus.\n")
    cv = "Sales Executive, Tablewise 2021 - 2024\n- Sold planning software to 40 manufacturing firms; 120% of quota.\n"
    asked = [i.text for seed in "abcdef" for i in plan_items(cv, job, "Inside Sales Rep", interview_type="technical",
                                                             seniority="mid", count=8, company="", seed=seed, focus=None)
             if "supply chain" in i.text]
    # either instance template (core.coach.plan_text.INSTANCE_TEMPLATES) names it; never "related work"
    assert asked and all(re.search(r"your CV (?:shows|names) manufacturing", text) for text in asked), asked
    # an instance may be a field or an industry, not a system: the question reads for either (session 16: "the hardest
    # problem you solved with manufacturing, and what would you do differently in another system?")
    assert not any("solved with manufacturing" in text or "another system" in text for text in asked), asked
