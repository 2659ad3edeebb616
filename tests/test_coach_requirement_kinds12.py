"""A named instance counts for its kind, near-duplicate requirements are one row, and an answer that
names a requirement in another form of its words evidences it (newcomer, session 12). Made-up texts."""

from core.analysis.job import extract_requirements
from core.coach.coverage import coverage_item
from core.coach.evidence import answer_evidence
from core.coach.evidence_cv import cv_meets
from core.coach.requirement_names import requirement_names

CV_LOGISTICS = """Priya Nandakumar
Transport Planner, Harlow Cold Chain — 2019 to present
- Raised DIFOT from 88% to 96% across 3 depots by re-cutting delivery windows.
- Slotted 4,000 pallets a week in Manhattan SCALE; routed 30 trucks a night in MercuryGate.
- Booked containers with freight forwarders and filed customs entries for Far East suppliers.
"""

JD_LOGISTICS = """Transport Supervisor
What you will do
- Report weekly KPIs to the regional director.
- Coordinate imports from Asian suppliers.
What you need
- Hands-on use of a WMS or TMS.
"""


def test_a_kpi_name_counts_for_kpis_on_the_cv():
    assert cv_meets(CV_LOGISTICS, "KPIs", JD_LOGISTICS)
    assert cv_meets(CV_LOGISTICS, "KPI", JD_LOGISTICS)


def test_a_warehouse_or_transport_product_counts_for_wms_or_tms():
    assert cv_meets(CV_LOGISTICS, "WMS or TMS", JD_LOGISTICS)
    assert cv_meets(CV_LOGISTICS, "WMS", JD_LOGISTICS)
    assert cv_meets(CV_LOGISTICS, "TMS", JD_LOGISTICS)


def test_customs_work_counts_for_coordinating_imports():
    assert cv_meets(CV_LOGISTICS, "coordinating imports", JD_LOGISTICS)


def test_a_cv_without_the_kind_still_misses_it():
    cv = "Barista, Bean There Cafe — 2020 to present\n- Served 300 customers a day and trained 4 new starters.\n"
    for requirement in ("KPIs", "WMS or TMS", "coordinating imports"):
        assert not cv_meets(cv, requirement, JD_LOGISTICS), requirement


def test_a_kpi_acronym_keeps_the_plural_the_job_writes():
    reqs = extract_requirements(JD_LOGISTICS)
    assert "KPIs" in reqs and "KPI" not in reqs


CV_HOSPITALITY = """Tomasz Wren
Front Office Manager, The Quayside Inn — 2018 to present
- Trained 15 new receptionists a year and promoted 3 of them to shift lead.
- Lifted our Booking.com review score from 8.1 to 9.0 by reworking check-in.
"""


def test_training_staff_counts_for_developing_department_heads():
    assert cv_meets(CV_HOSPITALITY, "developing department heads", "")


def test_raised_review_scores_count_for_improving_guest_satisfaction():
    assert cv_meets(CV_HOSPITALITY, "improving guest satisfaction", "")
    assert not cv_meets("Receptionist — checked in 80 guests a day.", "improving guest satisfaction", "")


JD_DUPLICATES = """Store Manager - Garden Centre
About the role
We are looking for a Store Manager to lead our garden centre with a cafe and plant nursery.
You will own the budget, the customer experience and a team of 25.
Responsibilities
Own the store's budget, stock and forecasting; hit sales and margin targets.
Recruit, coach and develop department supervisors.
Requirements
3+ years in retail management.
"""


def test_near_duplicate_requirements_are_one_row():
    reqs = [r.lower() for r in extract_requirements(JD_DUPLICATES)]
    budgets = [r for r in reqs if "budget" in r]
    assert len(budgets) == 1, reqs


def test_an_answer_in_another_form_of_the_words_evidences_the_requirement():
    answer = "In my last store I own the whole P&L and I cut waste by 12% in a year."
    assert answer_evidence(answer, "owning the P&L")[0] == "evidenced"
    assert answer_evidence(answer, "owning the store's P&L")[0] == "evidenced"
    item = coverage_item("owning the P&L", [("Tell me about your current role.", answer, None)])
    assert item.status == "evidenced"


def test_a_p_and_l_answer_that_denies_it_is_not_evidence():
    answer = "I have never owned a P&L myself; my area manager did."
    assert answer_evidence(answer, "owning the P&L")[0] != "evidenced"


def test_a_question_naming_the_requirement_in_another_form_marks_it_probed():
    rows = [("How much of the P&L do you own today?", "None of it yet: my area manager signs off the numbers.", None)]
    assert coverage_item("owning the store's P&L", rows).status == "weak"


def test_a_noun_in_ing_is_no_duty_whose_object_alone_shows_it():
    # a duty's object stands for it ("coordinating imports": imports), a noun in "-ing" does not ("Marketing automation")
    assert "imports" in requirement_names("coordinating imports")
    assert "satisfaction" in requirement_names("improving satisfaction")
    assert requirement_names("Marketing automation") == {"marketing automation"}
    assert requirement_names("Nursing care") == {"nursing care"}
