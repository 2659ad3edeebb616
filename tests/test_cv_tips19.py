"""Session 19 newcomer: CV tips said the CV lacked what it had. Made-up CVs and jobs of the same kinds: years of a field
shown by a dated entry whose title says the field (English, and German "mehrjährige … Erfahrung" with the field in
other forms), a capex case with its NPV for "evaluate capital expenditure projects", and a requirement cut before
its "to" ("…communicator able | to influence…") never shown as a fragment ending on "able"."""

from core.analysis.field_years import field_years_met
from core.analysis.job import extract_requirements
from core.coach.report import build_report


def _missing_tip(cv: str, job: str) -> str:
    tips = build_report([], job_title="Role", job_description=job, cv_text=cv).cv_tips
    return next((t for t in tips if t.startswith("The job asks for")), "")


PRACTICE_CV = ("ROBIN HALE\nPractice Manager | Bath\n\nEXPERIENCE\nPractice Manager, Elmwood Dental Surgery, Bath, 2018 - Present\n"
               "- Ran two surgeries with 14 staff and a budget of £300k.\n- Cut missed appointments by 20% with text reminders.\n\n"
               "EDUCATION\nBSc Biology, University of Exeter, 2010 - 2013\n")
PRACTICE_JOB = ("Practice Manager - Lindenfield Dental\n- Run the practice day to day.\n"
                "Requirements: 4+ years practice management experience; 6+ years payroll experience.\n")


def test_years_of_a_field_come_from_an_entry_whose_title_says_it():
    assert field_years_met(PRACTICE_CV, "4+ years practice management experience") is True
    assert field_years_met(PRACTICE_CV, "20+ years practice management experience") is False
    assert field_years_met(PRACTICE_CV, "6+ years payroll experience") is False
    assert field_years_met(PRACTICE_CV, "3+ years biology research experience") is False  # a degree's years are no work
    tip = _missing_tip(PRACTICE_CV, PRACTICE_JOB)
    assert "practice management" not in tip and "payroll" in tip, tip


BAKERY_CV = ("Lebenslauf – Jana Roth\nSchichtleiterin Produktion – Müller Backwaren GmbH, Ulm\n03/2018 – heute\n"
             "- Führung von 12 Mitarbeitenden in der Frühschicht.\n- Senkung der Ausschussquote von 4 % auf 2 %.\n"
             "Bäckerin – Café Sonne, Ulm\n09/2012 – 02/2018\n- Herstellung von Brot und Kleingebäck.\n")
BAKERY_JOB = ("Produktionsleiter (m/w/d)\nIhr Profil\n- Mehrjährige Führungserfahrung in der Produktion.\n"
              "- Mehrjährige Erfahrung im Einkauf.\n")


def test_several_years_of_leading_in_german_come_from_the_entry_and_its_bullets():
    assert field_years_met(BAKERY_CV, "Mehrjährige Führungserfahrung in der Produktion") is True
    assert field_years_met(BAKERY_CV, "Mehrjährige Erfahrung im Einkauf") is False
    tip = _missing_tip(BAKERY_CV, BAKERY_JOB)
    assert "Führungserfahrung" not in tip, tip


FINANCE_JOB = ("Finance Business Partner\nAbout you\n- Build business cases and evaluate capital expenditure projects "
               "(NPV, IRR, payback).\n- Calm presenter able to win over non-finance managers.\n")
FINANCE_CV = ("Priya Shah\nFinance Analyst, Kettle Foods, 2020 - Present\n"
              "- Wrote the capex business case for a new fryer line (NPV £0.6m, payback 3.1 years), approved by the board.\n")


def test_a_capex_case_with_its_npv_evaluates_a_capital_project_and_no_fragment_ends_on_able():
    requirements = extract_requirements(FINANCE_JOB)
    assert not any(r.split()[-1].lower() == "able" for r in requirements), requirements
    tip = _missing_tip(FINANCE_CV, FINANCE_JOB)
    assert "capital expenditure" not in tip and " able" not in tip, tip
