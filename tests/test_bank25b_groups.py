"""Session 25: a social worker (children's or adults'), a construction site manager, and an executive assistant or a
purchasing clerk (a German Industriekauffrau too) are asked their own job's questions (a Section 47 enquiry, a parent who
refuses entry, a court statement; a slipping programme, RAMS and a near miss, snagging; a diary clash, board papers,
minutes; supplier quotes, a late delivery, SAP purchase orders), never the generic office ones ("a problem no one on
the team has seen before", "three urgent tasks by three different managers", "which operational metrics would you put
on a weekly dashboard"). All jobs and CVs here are made up."""

from __future__ import annotations

import pytest

from core.analysis.role_groups import role_group
from core.analysis.skills import infer_role_family
from core.coach.bank import grounded, load_question_bank, question_text
from core.coach.plan import plan_items
from core.coach.question_types import QUESTION_TYPES
from core.progress.trends import chart_family

SW_JD = """Social Worker - Family Safeguarding Team
Westdale County Council, Kendal
You will hold a caseload of children in need and children on child protection plans, lead Section 47 enquiries,
carry out child and family assessments and write statements for care proceedings.
- Social Work England registration
- Good knowledge of the Children Act 1989
- Full driving licence
"""
SW_CV = """Aisha Kamara
Social Worker, Northfell Children's Services, Penrith - 2021 - present
- Caseload of 18 children, most on child protection or child in need plans
- Wrote parenting assessments and court statements in three sets of care proceedings
Family Support Worker, Brampton Family Centre - 2018 - 2020
BA (Hons) Social Work, University of Cumbria
"""
ADULT_JD = """Social Worker (Adults)
Harlow Vale Council, Adult Social Care - Hospital Discharge Team
You will carry out Care Act assessments, mental capacity assessments and safeguarding adults enquiries for older
people leaving hospital, and plan their support with them and their families.
"""
ADULT_CV = """Tom Beresford
Social Worker, Fenbridge Adult Social Care - 2020 - present
- Care Act assessments and support plans for older adults and people with dementia
- Led 25 Section 42 safeguarding enquiries
"""
SITE_JD = """Site Manager
Thornbury Homes, Wakefield - a development of 96 new homes
You will run the site day to day: the build programme, subcontractors, health and safety under CDM 2015, quality
checks and NHBC inspections, and handing over finished homes to our customers on time.
- SMSTS and a CSCS Black card
- At least 3 years running a housebuilding site
"""
SITE_CV = """Liam Sheard
Site Manager, Calder Vale Homes, Huddersfield - 2020 - present
- Ran a 120-plot site; built 55 homes a year against programme
- Managed 14 subcontract trades and cut reportable accidents to zero in 2023
Assistant Site Manager, Moorside Construction, Halifax - 2016 - 2020
SMSTS, CSCS Black card, First Aid at Work
"""
EA_JD = """Executive Assistant to the Managing Director
Brackenfield Housing Trust, Preston
You will run the Managing Director's diary, inbox and travel, prepare papers for the board and its committees,
take minutes, and be the first point of contact for trustees, partners and staff.
- Excellent diary management and discretion with confidential information
- Microsoft 365
"""
EA_CV = """Hannah Greaves
PA to the Chief Executive, Ribble Care Trust, Blackburn - 2019 - present
- Managed the CEO's diary and inbox; organised 11 board and committee meetings a year
- Took minutes at senior leadership team meetings
Office Administrator, Lancaster Lettings - 2015 - 2019
"""
EINKAUF_JD = """Sachbearbeiter Einkauf (m/w/d)
Weidner Metallbau GmbH, Paderborn
Ihre Aufgaben
- Einholen und Vergleichen von Angeboten, Bestellung von Material und Zukaufteilen in SAP
- Überwachung der Liefertermine und Klärung von Lieferverzügen mit unseren Lieferanten
- Rechnungsprüfung und Pflege der Stammdaten
Ihr Profil
- Abgeschlossene kaufmännische Ausbildung, z. B. als Industriekauffrau/-mann
"""
EINKAUF_CV = """Jana Köhler
Industriekauffrau, Brandt Maschinenbau GmbH, Lippstadt - 2019 - heute
- Bestellung von Zukaufteilen für 900 Artikel in SAP MM
- Angebotsvergleiche und Lieferantengespräche, Liefertermine überwacht
Ausbildung zur Industriekauffrau (IHK), Brandt Maschinenbau GmbH - 2016 - 2019
"""
CONV_JD = """Conveyancing Assistant
Hartwell & Pryce Solicitors, Chester
You will support two conveyancers on a caseload of residential freehold and leasehold sales and purchases: opening
files, ordering searches, drafting contracts and completion statements, and keeping clients updated.
- At least a year in residential conveyancing
- A CILEx or conveyancing qualification would help
"""
CONV_CV = """Megan Rowlands
Conveyancing Assistant, Dee Valley Law, Wrexham - 2022 - present
- Ran 70 residential purchase and sale files from instruction to completion under supervision
- Ordered searches, drafted TR1s and SDLT returns, handled post-completion registrations
Legal Secretary, Marsh & Co, Wrexham - 2019 - 2022
"""
LIT_JD = """Paralegal - Commercial Litigation
Ashby Lane LLP, Birmingham
You will support partners on commercial disputes: preparing court bundles, disclosure, chronologies and
correspondence with clients and the other side.
"""
LIT_CV = """Daniel Obi
Paralegal, Kerr Mason LLP, Coventry - 2021 - present
- Prepared 40 trial bundles and managed disclosure on contract disputes
LLB Law, University of Warwick
"""
PHARM_JD = """Community Pharmacist
Greenway Pharmacy, Bolton
You will run the dispensary and the counter, carry out NMS and Pharmacy First consultations, manage the controlled
drugs register and keep our SOPs ready for GPhC inspection.
- GPhC registration
"""
PHARM_CV = """Sana Iqbal
Pharmacist, Moorland Pharmacy, Bury - 2021 - present
- Clinical and accuracy checks on 300 items a day; ran 40 NMS consultations a month
- Kept the CD register and led the weekly balance checks
MPharm, University of Bradford
"""
HOSP_PHARM_JD = """Clinical Pharmacist - Band 7
Northdale Hospitals NHS Trust, Preston
You will provide a clinical pharmacy service to two medical wards: medicines reconciliation on admission,
clinical screening of inpatient charts and discharge prescriptions, and advice to doctors and nurses.
"""
HOSP_PHARM_CV = """Owen Lloyd
Rotational Pharmacist, Westshire Hospitals NHS Trust - 2022 - present
- Medicines reconciliation and clinical screening on surgical and elderly care wards
MPharm, Cardiff University
"""
TP_JD = """Transport Planner
Harrier Haulage Ltd, Doncaster
You will plan daily routes for 40 HGVs delivering to supermarkets' distribution centres, watch drivers' hours and
tachograph data, and keep customers told of any delay.
"""
TP_CV = """Chris Waller
Class 1 HGV Driver, Norton Distribution, Wakefield - 2017 - present
- Multi-drop chilled deliveries to 8 stores a shift, no tachograph infringements in 3 years
- Covered the transport office on Saturdays: re-planned routes when drivers called in sick
"""
FUEL_JD = """Transport Planner (ADR)
Pennine Fuels, Leeds
You will plan deliveries of heating oil and diesel by our fleet of 25 tankers, keeping every load within ADR rules.
"""
KW = dict(seniority="mid", count=8, company="", focus=None)
BANK = load_question_bank()
GENERIC = {question_text(q, "general") for q in BANK if q["kind"] == "role" and q["families"] == ["general"]}
GENERIC |= {question_text(q, "operations") for q in BANK if q["kind"] == "role" and q["families"] == ["operations"]}


def _group_questions(group: str) -> list[dict]:
    return [q for q in BANK if group in q["families"] and q["kind"] == "role"]


GROUPS = [
    ("social work", ("section 47", "refuse", "disclos", "child protection plan", "court", "multi-agency", "caseload",
                     "recording", "capacity", "care act")),
    ("construction", ("programme", "subcontractor", "rams", "near miss", "cdm", "snagging", "concrete", "complaint",
                      "new home")),
    ("office", ("diary", "board papers", "confidential", "minutes", "travel", "priorities", "gatekeeping", "quotes",
                "late delivery", "order", "sap", "erp")),
    ("pharmacy", ("prescription error", "controlled drugs register", "beyond the counter", "nms", "clinical check",
                  "pharmacy first", "emergency supply", "gphc")),
    ("transport", ("drivers' hours", "tachograph", "route", "adr", "breakdown", "walkaround", "load planning",
                   "operator licence")),
    ("legal", ("completion", "sdlt", "search", "client care", "deadline", "exchange", "leasehold", "money laundering")),
]


@pytest.mark.parametrize("group, topics", GROUPS)
def test_each_group_has_twenty_tagged_questions_of_its_own(group: str, topics: tuple[str, ...]) -> None:
    questions = _group_questions(group)
    assert len(questions) >= 20
    assert all(q["type"] in QUESTION_TYPES and q["competency"] and q.get("tags") for q in questions)
    assert len({q["competency"] for q in questions}) == len(questions)  # each competency once
    assert all(q.get("past") for q in questions if q["type"] != "behavioural")  # its own past wording
    words = " ".join(q["competency"] + " " + q["text"] + " " + " ".join(q.get("tags", ())) for q in questions).lower()
    for topic in topics:
        assert topic in words, topic


TITLES = [
    ("Social Worker - Family Safeguarding Team", "social work"),
    ("Senior Social Worker (Adults)", "social work"),
    ("Children's Social Worker", "social work"),
    ("Sozialarbeiterin (m/w/d)", "social work"),
    ("Assistante sociale (H/F)", "social work"),
    ("Site Manager", "construction"),
    ("Assistant Site Manager - New Homes", "construction"),
    ("Bauleiter Hochbau (m/w/d)", "construction"),
    ("Conducteur de travaux (H/F)", "construction"),
    ("Construction Manager", "construction"),
    ("Executive Assistant to the Chief Executive", "office"),
    ("PA to the Managing Director", "office"),
    ("Office Manager", "office"),
    ("Purchasing Clerk", "office"),
    ("Industriekauffrau / Industriekaufmann (m/w/d) im Einkauf", "office"),
    ("Sachbearbeiter Einkauf (m/w/d)", "office"),
    ("Assistante de direction (H/F)", "office"),
    ("Conveyancing Assistant", "legal"),
    ("Legal Secretary", "legal"),
    ("Paralegal - Commercial Litigation", "legal"),
    ("Rechtsanwaltsfachangestellte (m/w/d)", "legal"),
    ("Assistante juridique (H/F)", "legal"),
    ("Pharmacist Manager", "pharmacy"),
    ("Community Pharmacist", "pharmacy"),
    ("Pharmacy Technician", "pharmacy"),
    ("Apothekerin (m/w/d)", "pharmacy"),
    ("Pharmacien (H/F)", "pharmacy"),
    ("Transport Planner", "transport"),
    ("HGV Class 1 Driver", "transport"),
    ("Transport Manager", "transport"),
    ("Berufskraftfahrer (m/w/d)", "transport"),
    ("Chauffeur poids lourd (H/F)", "transport"),
]


@pytest.mark.parametrize("title, group", TITLES)
def test_the_titles_fall_in_their_group(title: str, group: str) -> None:
    assert role_group(title, infer_role_family(title)) == group
    assert chart_family(title) == group


@pytest.mark.parametrize("title", ["Social Media Manager", "Software Engineer", "Warehouse Operative",
                                   "Account Manager", "Site Reliability Engineer", "Store Manager",
                                   "Contracts Manager", "Database Administrator", "Legal Counsel",
                                   "Pharmaceutical Sales Representative", "Driver Software Engineer",
                                   "Kaufmann für Spedition und Logistikdienstleistung (m/w/d)"])
def test_other_jobs_stay_out_of_the_groups(title: str) -> None:
    assert role_group(title, infer_role_family(title)) not in {g for g, _ in GROUPS}


PAIRS = [
    (SW_JD, SW_CV, "Social Worker - Family Safeguarding Team", "social work"),
    (ADULT_JD, ADULT_CV, "Social Worker (Adults)", "social work"),
    (SITE_JD, SITE_CV, "Site Manager", "construction"),
    (EA_JD, EA_CV, "Executive Assistant to the Managing Director", "office"),
    (EINKAUF_JD, EINKAUF_CV, "Sachbearbeiter Einkauf (m/w/d)", "office"),
    (CONV_JD, CONV_CV, "Conveyancing Assistant", "legal"),
    (LIT_JD, LIT_CV, "Paralegal - Commercial Litigation", "legal"),
    (PHARM_JD, PHARM_CV, "Community Pharmacist", "pharmacy"),
    (HOSP_PHARM_JD, HOSP_PHARM_CV, "Clinical Pharmacist - Band 7", "pharmacy"),
    (TP_JD, TP_CV, "Transport Planner", "transport"),
]


@pytest.mark.parametrize("jd, cv, title, group", PAIRS)
@pytest.mark.parametrize("interview_type", ["technical", "mixed", "behavioral"])
def test_the_plan_asks_the_groups_own_questions(jd: str, cv: str, title: str, group: str, interview_type: str) -> None:
    own = {q["competency"] for q in _group_questions(group)}
    for seed in ("1", "2", "3"):
        items = plan_items(cv, jd, title, interview_type=interview_type, seed=seed, **KW)
        assert not GENERIC & {p.text for p in items}, [p.text for p in items]
        assert sum(p.source == "role" and p.competency in own for p in items) >= 2, [p.text for p in items]
        assert not any("your work on" in p.text for p in items if p.competency in own)  # its own past wording


def _asked(cv: str, jd: str, title: str) -> set[str]:
    return {p.competency for s in "123456" for t in ("technical", "mixed")
            for p in plan_items(cv, jd, title, interview_type=t, seed=s, **KW)}


def test_childrens_and_adults_questions_stay_in_their_setting() -> None:
    """A Section 47 enquiry or a parent refusing entry is asked of a children's social worker, a capacity assessment
    or a Care Act assessment of an adults' one, never the other way round."""
    children = {"section 47 enquiries", "a home visit where a parent refuses entry", "a child's disclosure",
                "child protection plans"}
    adults = {"mental capacity", "care act assessments", "safeguarding adults"}
    childrens_worker = _asked(SW_CV, SW_JD, "Social Worker - Family Safeguarding Team")
    adults_worker = _asked(ADULT_CV, ADULT_JD, "Social Worker (Adults)")
    assert children & childrens_worker and not adults & childrens_worker
    assert adults & adults_worker and not children & adults_worker


def test_a_new_home_complaint_needs_a_housebuilding_job_or_cv() -> None:
    """A homebuyer's complaint about a new home is asked of a housebuilder's site manager, never of an office
    fit-out's."""
    fit_out_jd = """Site Manager - Commercial Fit-Out
Keystone Interiors, Leeds
You will run office fit-out projects for corporate clients: programme, subcontractors, health and safety, quality.
"""
    fit_out_cv = """Priya Nandra
Site Manager, Apex Interiors, Bradford - 2019 - present
- Ran 30 office and bank branch fit-outs worth up to 2m each, all handed over on time
"""
    complaint = next(q for q in _group_questions("construction")
                     if q["competency"] == "a customer complaint about a new home")
    assert grounded(complaint, SITE_JD, SITE_CV)
    assert not grounded(complaint, fit_out_jd, fit_out_cv)
    fit_out = _asked(fit_out_cv, fit_out_jd, "Site Manager - Commercial Fit-Out")
    assert "a customer complaint about a new home" not in fit_out
    assert {q["competency"] for q in _group_questions("construction")} & fit_out


def test_an_executive_assistant_and_a_purchasing_clerk_get_their_own_side_of_the_office() -> None:
    """A diary clash or board papers are asked of an executive assistant, supplier quotes or a late delivery of a
    purchasing clerk, never the other way round."""
    executive = {"diary management", "board papers", "travel arrangements", "gatekeeping", "inbox management",
                 "an executive's conflicting priorities"}
    buying = {"comparing supplier quotes", "a late delivery", "an order mistake", "purchase orders in the ERP",
              "price increases from suppliers", "stock levels and reordering", "an invoice that does not match"}
    assistant = _asked(EA_CV, EA_JD, "Executive Assistant to the Managing Director")
    clerk = _asked(EINKAUF_CV, EINKAUF_JD, "Sachbearbeiter Einkauf (m/w/d)")
    assert executive & assistant and not buying & assistant
    assert buying & clerk and not executive & clerk


def test_conveyancing_questions_need_a_property_job_or_cv() -> None:
    """Completion day, SDLT or a title check is asked of a conveyancing assistant, never of a litigation paralegal."""
    conveyancing = {q["competency"] for q in _group_questions("legal") if "conveyanc" in q.get("grounds", ())}
    assert {"completion day", "SDLT returns", "checking a title"} <= conveyancing
    assert conveyancing & _asked(CONV_CV, CONV_JD, "Conveyancing Assistant")
    assert not conveyancing & _asked(LIT_CV, LIT_JD, "Paralegal - Commercial Litigation")


def test_community_and_hospital_pharmacy_questions_stay_in_their_setting() -> None:
    """An NMS consultation or advice at the counter is asked of a community pharmacist, medicines reconciliation on a
    ward of a hospital one, never the other way round."""
    community = {"advice beyond the counter", "NMS consultations", "Pharmacy First and red flags",
                 "growing pharmacy services"}
    hospital = {"medicines reconciliation"}
    high_street = _asked(PHARM_CV, PHARM_JD, "Community Pharmacist")
    ward = _asked(HOSP_PHARM_CV, HOSP_PHARM_JD, "Clinical Pharmacist - Band 7")
    assert community & high_street and not hospital & high_street
    assert hospital & ward and not community & ward


def test_adr_questions_need_dangerous_goods_in_the_job_or_cv() -> None:
    """An ADR load is asked of a fuel tanker planner, never of a supermarket haulier's planner whose job and CV name no
    dangerous goods."""
    adr = next(q for q in _group_questions("transport") if q["competency"] == "ADR loads")
    assert grounded(adr, FUEL_JD, TP_CV)
    assert not grounded(adr, TP_JD, TP_CV)
    assert "ADR loads" not in _asked(TP_CV, TP_JD, "Transport Planner")
