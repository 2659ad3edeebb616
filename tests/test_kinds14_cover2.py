"""Session 14, re-check faults of the coverage lane: made-up CVs and jobs of each kind."""

from core.coach.evidence_cv import cv_meets
from core.coach.plan import plan_questions
from core.coach.report import _cv_tips

_JD = """Payroll Analyst
Requirements:
- Experience with immunisations records and storyboards
- Experience with accruals
- Strong Excel skills
"""
_CV = """Sam Reyes
Payroll Assistant, Northwind Ltd, 2018 - 2024
- Posted monthly accrual journals for 6 cost centres and cut close time from 8 to 6 days.
- Built Excel models for the quarterly close.
"""


def test_plural_requirement_met_by_its_singular_as_a_modifier():
    # a lexicon practice named in the plural ("Accruals", "storyboards"): the singular before a noun shows it
    assert cv_meets("Posted accrual journals for 6 cost centres.", "accruals")
    assert cv_meets("Drew storyboard panels for 12 short films.", "storyboards")
    assert cv_meets("Checked every oscilloscope probe weekly.", "oscilloscopes")
    assert not cv_meets("Posted payroll journals for 6 cost centres.", "accruals")


def test_plural_requirement_met_by_singular_is_no_gap_in_plan_or_tips():
    plan = plan_questions(_CV, _JD, "Payroll Analyst", count=8, seed="x")
    asked = [q for q in plan if "accrual" in q.lower()]
    assert asked and not any("don't see" in q or "doesn't show" in q or "related work" in q for q in asked)
    tips = _cv_tips(_CV, ["accruals", "Excel"], _JD)
    assert not any("accruals" in t and "does not mention" in t for t in tips)


def test_result_bullet_in_another_language_is_a_result():
    cv = """Ana Ruiz
Jefa de turno, Almacenes Sol, 2019 - 2024
- Reduje los errores de inventario de 40 a 12 por mes.
- Coordiné un equipo de 9 personas.
"""
    tips = _cv_tips(cv, [], "")
    assert not any("No bullet combines an action" in t for t in tips)
    fr = "Léa Martin\nResponsable logistique, 2018 - 2023\n- Amélioré le taux de service de 91 % à 98 %.\n"
    assert not any("No bullet combines an action" in t for t in _cv_tips(fr, [], ""))


def test_pay_and_benefit_terms_are_what_the_job_offers_not_requirements():
    from core.analysis.job import extract_requirements

    jd = """Territory Sales Manager
Requirements:
- 4+ years of field sales experience
- Experience with HubSpot
- Experience designing commission plans
- Base salary plus uncapped commission. OTE $95,000–$110,000 (60/40 split).
- Equity options and 28 days holiday.
- Company car and annual bonus scheme.
"""
    reqs = [r.lower() for r in extract_requirements(jd)]
    assert not any(w in r for r in reqs for w in ("ote", "uncapped", "equity", "holiday", "salary", "bonus"))
    assert "hubspot" in reqs and "commission plans" in reqs  # a requirement about pay stays one
    prose = ("Territory Sales Manager. You will need 4+ years of field sales experience and HubSpot skills. "
             "Uncapped commission. OTE $95,000–$110,000 (60/40 split). Generous equity package and 25 days annual leave.")
    assert not any(w in r.lower() for r in extract_requirements(prose) for w in ("ote", "commission", "equity", "leave"))


def test_a_practice_inside_a_topic_is_not_shown_or_asked_by_the_topic_alone():
    from core.coach.coverage import coverage_item

    rows = [("Tell me about a busy shift on the ward.",
             "I moved our calmest triage nurse to the front desk and I briefed the doctor.", None)]
    item = coverage_item("giving injections to patients", rows)
    assert item.status != "evidenced"
    opener = [("To start, you're currently Stock Controller at Pallet Co. Walk me through that work and why the "
               "Warehouse Team Leader role is your next step.", "I ran the goods-in bay and the night team.", None)]
    assert coverage_item("Reach truck", opener).status == "not probed"
    assert coverage_item("warehouse", opener).status != "not probed"  # the topic itself is still asked


def test_a_skipped_question_is_no_answer_that_failed_to_show_it():
    from core.coach.coverage import coverage_item
    from core.schemas import SKIPPED_ANSWER

    rows = [("Your CV mentions Tableau. What did you build with Tableau?", SKIPPED_ANSWER, None)]
    item = coverage_item("Tableau", rows)
    assert "did not show" not in item.evidence and item.status == "not probed"


def test_a_years_requirement_needs_the_years_said():
    from core.coach.coverage import coverage_item

    field_only = [("How do you handle a hard supplier?", "I negotiated a 12% discount with the supplier last spring.", None)]
    item = coverage_item("4+ years of negotiation experience", field_only)
    assert item.status == "weak" and "years" in item.evidence
    both = [("Tell me about your accounts.", "I have been doing account management for six years and kept 40 accounts.", None)]
    assert coverage_item("5+ years of account management experience", both).status == "evidenced"
    years_only = [("Tell me about your work.", "I ran the payroll desk for seven years.", None)]
    item = coverage_item("at least 5 years in a treasury team", years_only)
    assert item.status == "weak" and "seven years" in item.evidence


def test_a_tool_named_in_full_then_by_its_short_name_is_the_candidates_own_use():
    from core.coach.coverage import coverage_item
    from core.coach.evidence import answer_evidence

    answer = "Our site runs Manhattan SCALE on every shift. I rebuilt the slotting rules in SCALE last spring."
    assert answer_evidence(answer, "WMS")[0] == "evidenced"
    assert coverage_item("WMS", [("Which systems have you used?", answer, None)]).status == "evidenced"
    theirs = "Our site runs Manhattan SCALE on every shift. The planners own SCALE, not me."
    assert answer_evidence(theirs, "WMS")[0] == "mentioned"
