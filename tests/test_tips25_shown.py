"""Never tell a candidate their CV lacks what it shows (session 25): a requirement led by "knowledge of" or
"experience as" is shown when the CV names what follows; an abbreviation is shown by its spelled-out form and a named
degree by its own abbreviation; years asked in another language ("Mindestens 3 Jahre … im Vertrieb oder in der
Kundenbetreuung") are counted from the CV's dates up to "heute"/"aujourd'hui"."""

from core.analysis.field_years import field_years_met
from core.coach.evidence_cv import cv_meets
from core.coach.plan_credential import knowledge_gap
from core.coach.plan_years import years_gap
from core.coach.report_tips import cv_tips

_NURSE_CV = """Tomasz Wilk
Infection Control Nurse
2019 - Present  Infection Control Nurse, Ashby General Hospital
- Lead infection prevention and control audits on 12 wards
- Trained 140 staff in hand hygiene and PPE
Skills: Infection prevention and control, outbreak management
"""
_NURSE_JOB = """Infection Control Nurse
Essential:
- Knowledge of infection prevention and control
- Registered nurse
"""


def test_knowledge_of_a_field_the_cv_names_is_no_gap():
    assert cv_meets(_NURSE_CV, "Knowledge of infection prevention and control", _NURSE_JOB)
    assert knowledge_gap(_NURSE_CV, _NURSE_JOB, ["Knowledge of infection prevention and control"]) == ""


def test_knowledge_of_a_field_the_cv_never_names_is_still_a_gap():
    assert not cv_meets(_NURSE_CV, "Knowledge of the Mental Capacity Act", _NURSE_JOB)


_PA_CV = """Rhiannon Pugh
Personal Assistant with nine years supporting directors in local government.
2017 - Present  Personal Assistant to the Director of Housing, Wrexham Council
- Manage a diary of 40 meetings a week
"""


def test_an_abbreviation_is_shown_by_its_spelled_out_form():
    assert cv_meets(_PA_CV, "Substantial experience as a PA")
    assert cv_meets(_PA_CV, "Proven experience as a PA")
    assert not cv_meets(_PA_CV, "Substantial experience as a CFO")


_VET_CV = """Ioana Marin BVSc MRCVS
2012 - 2017  BVSc (Hons), University of Bristol
2017 - Present  Veterinary Surgeon, Hollybank Vets
- Run 30 consultations a day
"""


def test_a_named_degree_is_shown_by_its_abbreviation_on_the_cv():
    assert cv_meets(_VET_CV, "BVSc degree")
    tips = " ".join(cv_tips(_VET_CV, ["BVSc degree"], "Veterinary Surgeon\n- BVSc degree\n"))
    assert "BVSc" not in tips


_DE_CV = """Jonas Keller
Berufserfahrung
09/2021 – heute  Sachbearbeiter Vertrieb, Nordwerk Pumpen GmbH, Kassel
- Angebotserstellung und Auftragsbearbeitung für 300 Kunden
09/2018 – 08/2021  Ausbildung zum Industriekaufmann, Nordwerk Pumpen GmbH
"""
_DE_REQ = "Mindestens 3 Jahre Berufserfahrung im Vertrieb oder in der Kundenbetreuung"


def test_years_in_another_language_are_counted_from_the_dates_to_today():
    assert field_years_met(_DE_CV, _DE_REQ, this_year=2026) is True
    assert not years_gap(_DE_CV, _DE_REQ)


_FR_CV = """Camille Roux
2019 – aujourd'hui  Assistante commerciale, Batiplus SA, Lyon
- Administration des ventes pour 120 clients
"""


def test_years_up_to_aujourdhui_and_a_french_or():
    assert field_years_met(_FR_CV, "3 ans d'expérience en administration des ventes ou en service client",
                           this_year=2026) is True


_THEATRE_CV = """2019 - Present  Theatre Nurse, Ashby General Hospital
- Manage the theatre's medical gases and the cylinder log
Skills: Medical gas safety, scrub practice
"""


def test_knowledge_of_a_things_rules_is_shown_by_work_with_the_thing():
    req = "Knowledge of medical gas regulations and safe storage"
    assert cv_meets(_THEATRE_CV, req)
    assert knowledge_gap(_THEATRE_CV, "Theatre Nurse\n- " + req + "\n", [req]) == ""


def test_a_law_named_by_name_must_be_on_the_cv():
    req = "Knowledge of the Medicines Act 1968 and safe storage"
    assert knowledge_gap(_THEATRE_CV, "Theatre Nurse\n- " + req + "\n", [req]) != ""
