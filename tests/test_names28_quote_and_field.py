"""Session 28: a quoted CV entry keeps its title and employer, never its dates, street address or postcode (rc27 N10:
"“Registered Nurse (RN) — 10/2014 - 02/2015 | Bethesda Cardiovascular | 2815 S Seacrest Blvd”"); a restaurant server's
job is charted and asked as hospitality, not "other roles" (rc27 F6), in the product's languages. Made-up CVs and
titles."""

import pytest

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_line_quote import entry_words, opener_line
from core.analysis.role_groups import role_group
from core.analysis.skills import infer_role_family
from core.coach.plan import plan_items
from core.progress.trends import chart_family, family_label

NURSE_CV = """Work History

Registered Nurse (RN)
10/2014 - 02/2015 | Harbourview Cardiovascular | 2815 S Seacrest Blvd, Boynton Beach, FL
- Provided care in the emergency department.
- Titrated drips and read haemodynamic waveforms.

Staff Nurse
03/2009 - 10/2014 | Palmline Nursing Services | 5601 Corporate Way # 404, West Palm Beach, FL
- Covered telemetry, ICU and PACU shifts.
"""


def test_the_quoted_fault_the_opener_quotes_title_and_employer_without_dates_or_street():
    line, goes_on = opener_line(extract_cv_facts(NURSE_CV), NURSE_CV)
    assert line == "Registered Nurse (RN) — Harbourview Cardiovascular"
    assert not goes_on


@pytest.mark.parametrize(("quoted", "expected"), [
    ("Registered Nurse (RN) — 10/2014 - 02/2015 | Bethesda Cardiovascular | 2815 S Seacrest Blvd, Boynton Beach, FL",
     "Registered Nurse (RN) — Bethesda Cardiovascular"),
    ("RN BSN — 03/2009 - 10/2014 | Firstat Nursing Svc | 5601 Corporate Way # 404, West Palm Beach, FL",
     "RN BSN — Firstat Nursing Svc"),
    ("Sales Manager — Acme Ltd, 10 Downing Street, London SW1A 2AA", "Sales Manager — Acme Ltd"),
    ("Sales Manager — Acme Ltd, London SW1A 2AA", "Sales Manager — Acme Ltd"),  # no town (rc28 m6)
    ("Pflegefachkraft — Klinikum Nord, Hauptstraße 5, 80331 München", "Pflegefachkraft — Klinikum Nord"),
    ("Pflegefachkraft — Klinikum Nord, 80331 München", "Pflegefachkraft — Klinikum Nord"),
    ("Camarero — Restaurante Sol, Avda. Irrazábal 727, Encarnación", "Camarero — Restaurante Sol"),
    ("Analyst — 3M, St. Paul, MN 55144", "Analyst — 3M"),
    # a town, state or country after the employer is no part of the quote (re-check rc28, m6, session 29)
    ("Tesla – Chattanooga, TN — Production Associate", "Tesla – Production Associate"),
    ("Nurse Practitioner — WellSpan, York, PA", "Nurse Practitioner — WellSpan"),
    ("Data Curator — Acme, Frankfurt / Main", "Data Curator — Acme"),
    ("Waiter in Restaurant — Mama Rosa / 2023 - 2024", "Waiter in Restaurant — Mama Rosa"),
    ("2019 – Present | Data Analyst | Acme", "Data Analyst | Acme"),
    ("Nurse Practitioner — WellSpan Critical Care (May 2019 – Current)", "Nurse Practitioner — WellSpan Critical Care"),
    ("Teacher — Oakfield Primary School, 12 Mill Lane, Leeds LS1 4AB", "Teacher — Oakfield Primary School"),
])
def test_a_quoted_entry_drops_dates_streets_and_postcodes(quoted, expected):
    assert entry_words(quoted) == expected


@pytest.mark.parametrize("quoted", ["Maintenance Electrician | Kronospan, Chirk", "Designer — Acme / Studio North",
                                    "Moxie — Sales Representative", "Site Manager | Normanton — Persimmon Homes",
                                    "Leeds — Teacher", "Unit 4 Manager — Acme"])
def test_a_quote_with_no_date_street_or_postcode_stays_as_written(quoted):
    assert entry_words(quoted) == quoted


@pytest.mark.parametrize("title", [
    "Servers", "Server", "Restaurant Server", "Banquet Server", "Waiter", "Waitress", "Bartender", "Barista",
    "Host/Hostess", "Line Cook", "Housekeeper", "Room Attendant", "Hotel Receptionist", "Dishwasher",
    "Kellner", "Servicekraft", "Restaurantfachfrau", "Barkeeper (m/w/d)", "Serveur", "Femme de chambre", "Plongeur",
    "Mesero", "Camarero", "Camarera de pisos", "Cameriere",
])
def test_front_of_house_bar_and_hotel_jobs_are_charted_as_hospitality(title):
    assert chart_family(title) == "hospitality"
    assert family_label(chart_family(title)) == "hospitality roles"


@pytest.mark.parametrize("title", ["Server Administrator", "Linux Server Engineer", "SQL Server DBA", "Process Server",
                                   "Software Engineer", "Data Analyst", "Store Manager", "Cloud Platform Developer"])
def test_a_server_of_computers_or_another_field_is_no_hospitality_job(title):
    assert chart_family(title) != "hospitality"


SERVER_AD = """Server

We are seeking servers for our sports bar and grill. Responsibilities include taking orders, serving food and drinks,
and providing excellent customer service.

Requirements
- Prior server experience is preferred
- Excellent customer service skills
"""

WAITER_CV = """Experience

Waiter in Restaurant
Mama Rosa / 2023 - 2024
- Ran a section of eight tables from welcome to payment.
"""


def test_the_server_ad_is_planned_with_the_hospitality_questions():
    family = infer_role_family("Server", SERVER_AD)
    assert role_group("Server", family) == "hospitality"
    role = [item for seed in ("a", "b", "c") for item in plan_items(WAITER_CV, SERVER_AD, "Server", interview_type="mixed",
                                                                    count=6, company="", seed=seed, seniority="mid", focus=None)
            if item.source == "role"]
    assert role
    competencies = {item.competency for item in role}
    assert competencies & {"a busy section", "a dispute over the bill", "allergies at the table"}
