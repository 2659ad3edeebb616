"""Session 27: questions a hiring manager for that setting would sign. The emergency department's "Three patients
arrive together…" was asked of an ICU nurse and of a 1:1 home intensive-care nurse, where nobody arrives together,
and the ads' own subjects (ventilation, tracheostomy care, the family, documentation) were never asked. A bank question
lists the settings it fits (``settings``) or never fits (``not_settings``), the job's setting is read from its title
and text (:mod:`core.coach.plan_setting`), and the plan asks the job's own setting's questions first. The warehouse
operative's and production operative's questions are asked from the worker's seat (``audience: does``). The job ads
and CVs here are made up."""

from __future__ import annotations

import re

import pytest

from core.coach.bank import load_question_bank
from core.coach.plan import plan_items
from core.coach.plan_setting import job_settings, settings_by_family, settings_fit

NURSE_CV = """Jo Malik
Registered Nurse
Experience
Staff Nurse, Riverside General Hospital, 2019 - present
- Cared for up to 8 patients a shift on an acute medical ward
- Monitored vital signs and escalated deteriorating patients using NEWS2
- Gave IV medicines and kept care plans up to date
Education
BSc Nursing, University of Leeds, 2019
Certifications: Basic Life Support (BLS), Immediate Life Support
"""
ICU_JD = """Registered Nurse - Critical Care (ICU)
Join our 20-bed adult intensive care unit caring for ventilated and critically ill patients.
Responsibilities:
- Care for one or two critically ill patients per shift, including mechanically ventilated patients
- Titrate vasoactive infusions and sedation to protocol
- Communicate with families and escalate to the intensivist
- Accept admissions from theatres and the emergency department
Requirements:
- Registered nurse with ICU experience
- Current BLS certification
"""
HOME_JD = """Pflegefachkraft (m/w/d) für außerklinische Intensivpflege
Für unsere 1:1-Versorgung in der häuslichen Intensivpflege suchen wir examinierte Pflegefachkräfte.
Ihre Aufgaben:
- Grund- und Behandlungspflege beatmeter Patienten in ihrer Häuslichkeit
- Trachealkanülenmanagement und Absaugen
- Kommunikation mit Angehörigen und Ärzten
- Pflegedokumentation
Ihr Profil:
- abgeschlossene Ausbildung als Pflegefachkraft
- Erfahrung in der Beatmungspflege wünschenswert
"""
ED_JD = """Emergency Department Staff Nurse
Our busy emergency department sees 300 patients a day.
- Triage patients on arrival using the Manchester Triage System
- Care for patients in majors and resus
- Registered nurse; emergency department experience desirable
"""
PLAIN_NURSE_JD = """Registered Nurse
We are looking for a registered nurse to join our team.
- Deliver safe, compassionate patient care
- Give medicines safely and keep accurate records
- Registered nurse with a current licence
"""
TRIAGE = re.compile(r"arrive together", re.I)
BANK = {q["id"]: q for q in load_question_bank()}


def _texts(cv: str, jd: str, title: str, counts=(3, 5, 8), seeds=("a", "b", "c", "d")) -> list[list[str]]:
    return [[p.text for p in plan_items(cv, jd, title, interview_type=kind, seniority="mid", count=n, company="",
                                        seed=seed, focus=None)]
            for n in counts for seed in seeds for kind in ("mixed", "technical", "behavioral")]


def _of_setting(setting: str) -> set[str]:
    texts = set()
    for q in BANK.values():
        if setting in (q.get("settings") or ()):
            texts.add(q["text"])
            if q.get("past"):
                texts.add(q["past"])
    return texts


@pytest.mark.parametrize(("title", "jd", "read"), [
    ("Registered Nurse - Critical Care (ICU)", ICU_JD, {"intensive care"}),  # "emergency department" once: no setting
    ("Pflegefachkraft (m/w/d) für außerklinische Intensivpflege", HOME_JD, {"intensive care", "home care"}),
    ("Emergency Department Staff Nurse", ED_JD, {"emergency"}),
    ("Registered Nurse", PLAIN_NURSE_JD, set()),
    ("Warehouse Operative", "Picking and packing orders in our distribution centre.", {"warehouse"}),
    ("Lecturer in Nursing", "Teach undergraduate nursing students at the university.", {"further or higher"}),
])
def test_the_job_s_setting_is_read_from_its_title_and_text(title: str, jd: str, read: set[str]) -> None:
    assert job_settings(title, jd) == read


def test_a_question_fits_only_its_own_settings() -> None:
    triage = {"settings": ["emergency"]}
    assert settings_fit(triage, frozenset({"emergency"}))
    assert not settings_fit(triage, frozenset({"intensive care"}))
    assert not settings_fit(triage, frozenset({"intensive care", "home care"}))
    assert settings_fit(triage, frozenset())  # a nurse's job naming no setting: as before the table
    assert not settings_fit({"settings": ["intensive care"]}, frozenset())  # an ICU's ventilator never
    assert not settings_fit({"not_settings": ["home care"]}, frozenset({"home care", "intensive care"}))
    assert settings_fit({}, frozenset({"home care"}))


def test_an_icu_ad_gets_no_triage_of_arrivals_and_gets_an_icu_question() -> None:
    icu = _of_setting("intensive care")
    for plan in _texts(NURSE_CV, ICU_JD, "Registered Nurse - Critical Care (ICU)"):
        assert not any(TRIAGE.search(t) for t in plan), plan
        if len(plan) >= 5:
            assert any(t in icu for t in plan), plan


def test_a_one_to_one_home_care_ad_gets_a_home_care_question() -> None:
    home = _of_setting("home care")
    several = BANK["q124"]["text"]
    for plan in _texts(NURSE_CV, HOME_JD, "Pflegefachkraft (m/w/d) für außerklinische Intensivpflege"):
        assert not any(TRIAGE.search(t) for t in plan), plan
        assert several not in plan  # "several patients need you at once": not in 1:1 care
        assert not any(re.search(r"intensivist|noradrenaline|intubated", t) for t in plan), plan  # the hospital ICU's
        if len(plan) >= 5:
            assert any(t in home for t in plan), plan


def test_an_emergency_department_ad_may_get_triage() -> None:
    title = "Emergency Department Staff Nurse"
    assert settings_fit(BANK["q238"], job_settings(title, ED_JD))
    ed_cv = (NURSE_CV.replace("on an acute medical ward", "in a busy emergency department")
             + "Skills: triage (Manchester Triage System), IV cannulation\n")
    plans = _texts(ed_cv, ED_JD, title, counts=(8,), seeds="abcdefgh")
    assert any(TRIAGE.search(t) for plan in plans for t in plan)


def test_the_bank_holds_icu_and_home_care_questions_with_type_and_competency() -> None:
    icu = [q for q in BANK.values() if "intensive care" in (q.get("settings") or ())]
    home = [q for q in BANK.values() if "home care" in (q.get("settings") or ())]
    assert len(icu) >= 8 and len(home) >= 6
    for q in icu + home:
        assert "healthcare" in q["families"] and q["kind"] == "role"
        assert q["type"] in {"situational", "technical", "behavioural"} and q["competency"].strip()
        assert q["type"] == "behavioural" or q.get("past") or q["type"] == "technical"


def test_every_setting_a_question_names_is_in_the_table() -> None:
    known = {name for table in settings_by_family().values() for name in table}
    for q in BANK.values():
        assert set(q.get("settings") or ()) | set(q.get("not_settings") or ()) <= known, q["id"]


OPERATIVE_CV = """Sam Carter
Warehouse Operative
Experience
Warehouse Operative, Northway Logistics, 2021 - present
- Picked and packed 150 orders a shift with an RF scanner at 99.8% accuracy
- Checked deliveries in at goods in and loaded trailers
Skills: counterbalance forklift licence, manual handling
"""
WAREHOUSE_JD = """Warehouse Operative
Join our distribution centre on nights.
- Pick and pack customer orders accurately with a handheld scanner
- Load and unload deliveries at goods in
- Meet pick rate targets safely
Requirements:
- Warehouse experience
- Counterbalance forklift licence desirable
"""
PRODUCTION_JD = """Production Operative
Join our food factory on a 4-on 4-off shift pattern.
- Operate machinery on the production line
- Carry out quality checks on finished products
- Hand over to the next shift
Requirements: previous factory or production line experience
"""
MANAGER_JD = """Warehouse Operations Manager
Lead a team of 40 warehouse staff across three shifts in our distribution centre.
- Manage and develop shift managers
- Own the site's KPIs, budget and health and safety
"""


def test_the_operations_bank_asks_the_operative_from_the_worker_s_seat() -> None:
    does = [q for q in BANK.values() if "operations" in q["families"] and q.get("audience") == "does"]
    assert len(does) >= 10
    assert all(q.get("settings") for q in does)  # a warehouse's, a factory's or a driver's, never all of them


@pytest.mark.parametrize(("title", "jd"), [("Warehouse Operative", WAREHOUSE_JD),
                                           ("Production Operative", PRODUCTION_JD)])
def test_an_operative_is_asked_the_operative_s_questions(title: str, jd: str) -> None:
    does = {q["text"] for q in BANK.values() if q.get("audience") == "does"} | {
        q["past"] for q in BANK.values() if q.get("audience") == "does" and q.get("past")}
    manages = {q["text"] for q in BANK.values() if q.get("audience") == "manages"}
    for plan in _texts(OPERATIVE_CV, jd, title, counts=(5, 8)):
        assert sum(t in does for t in plan) >= 1, plan
        assert not any(t in manages for t in plan), plan


def test_a_manager_is_never_asked_the_operative_s_questions() -> None:
    does = {q["text"] for q in BANK.values() if q.get("audience") == "does"}
    for plan in _texts(OPERATIVE_CV, MANAGER_JD, "Warehouse Operations Manager", counts=(8,)):
        assert not any(t in does for t in plan), plan


def test_the_harness_reads_an_arrivals_triage_in_an_icu_or_home_care_job_as_contradicted() -> None:
    from bench.interviewer_settings import contradicted

    triage = BANK["q238"]["text"]
    assert contradicted(triage, ICU_JD, "Registered Nurse - Critical Care (ICU)")
    assert contradicted(triage, HOME_JD, "Pflegefachkraft (m/w/d) für außerklinische Intensivpflege")
    assert not contradicted(triage, ED_JD, "Emergency Department Staff Nurse")
    assert not contradicted(triage, PLAIN_NURSE_JD, "Registered Nurse")
