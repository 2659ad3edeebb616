"""Session 28 (task "hotel"): an employer's name is cut at a town only when the cut part is a place and the rest is
still a name ("Hotel Miramar" never "Hotel", "The Grand Budapest" never "The Grand"); a title, then "im", "em", "en"
and a department or a field ("Mitarbeiter im Fahrdienst", "Técnica em Enfermagem") is one title, never a title and an
employer. Made-up CV headers of several trades and languages."""

import pytest

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_entries import parse_header
from core.analysis.cv_lines import generic_name, strip_trailing_place
from core.analysis.cv_quote_rules import written_whole
from core.coach.plan import plan_items


@pytest.mark.parametrize(("name", "expected"), [
    # the last word a town of the gazetteer, the rest only the kind of place: the name kept whole
    ("Hotel Miramar", "Hotel Miramar"),
    ("The Grand Budapest", "The Grand Budapest"),
    ("Cafe Berlin", "Cafe Berlin"),
    ("Grand Hotel Lisboa", "Grand Hotel Lisboa"),
    ("Restaurante Sevilla", "Restaurante Sevilla"),
    # a saint's or a place's name opened before the town: no cut inside it
    ("Hospital São Lucas", "Hospital São Lucas"),
    ("Clínica Santa Ana", "Clínica Santa Ana"),
    # a name of its own before a town run into it: the town still goes
    ("Hotel Miramar Malaga", "Hotel Miramar"),
    ("Deutsche Bank Frankfurt", "Deutsche Bank"),
    ("Cinch Financial Boston", "Cinch Financial"),
    ("Zalando Dublin", "Zalando"),
])
def test_a_town_is_cut_only_where_a_name_is_left(name, expected):
    assert strip_trailing_place(name) == expected


@pytest.mark.parametrize(("text", "generic"), [
    ("Hotel", True), ("The Grand", True), ("Restaurant", True), ("Grand Hotel", True), ("Le Bistrot", True),
    ("Hotel Miramar", False), ("Deutsche Bank", False), ("Zalando", False), ("Mama Rosa", False),
])
def test_what_a_name_must_never_be_cut_down_to(text, generic):
    assert generic_name(text) is generic


@pytest.mark.parametrize(("group", "expected"), [
    (["Receptionist", "Hotel Miramar / 2019 - 2021"], ("Receptionist", "Hotel Miramar")),
    (["Receptionist", "Hotel Miramar", "2019 - 2021"], ("Receptionist", "Hotel Miramar")),
    (["Concierge", "The Grand Budapest / 2019 - 2021"], ("Concierge", "The Grand Budapest")),
    (["Barista", "Cafe Berlin / 2017 - 2018"], ("Barista", "Cafe Berlin")),
    (["Receptionist", "Hotel Miramar, Malaga / 2019 - 2021"], ("Receptionist", "Hotel Miramar")),
    (["Técnica em Enfermagem", "Hospital São Lucas / 2019 - 2021"], ("Técnica em Enfermagem", "Hospital São Lucas")),
    # the German "im" and a department: the title whole, the employer the name line below or none
    (["Mitarbeiter im Fahrdienst", "Caritas Verband / 2019 - 2021"], ("Mitarbeiter im Fahrdienst", "Caritas Verband")),
    (["Mitarbeiter im Fahrdienst", "2019 - 2021"], ("Mitarbeiter im Fahrdienst", "")),
    (["Mitarbeiter im Rettungsdienst", "DRK Kreisverband / 2019 - 2021"], ("Mitarbeiter im Rettungsdienst", "DRK Kreisverband")),
    (["Mitarbeiterin im Kundendienst", "2016 - 2018"], ("Mitarbeiterin im Kundendienst", "")),
    (["Fahrer im Fahrdienst, Caritas Verband Köln", "2019 - 2021"], ("Fahrer im Fahrdienst", "Caritas Verband")),
    (["Mitarbeiter im Fahrdienst bei Caritas", "2019 - 2021"], ("Mitarbeiter im Fahrdienst", "Caritas")),
    # Portuguese "em", Spanish "en" and a field: one title
    (["Técnica em Enfermagem", "2019 - 2021"], ("Técnica em Enfermagem", "")),
    (["Assistente em Administração", "Banco Itaú / 2019 - 2021"], ("Assistente em Administração", "Banco Itaú")),
    (["Técnico en Enfermería", "Clínica Santa Ana / 2019 - 2021"], ("Técnico en Enfermería", "Clínica Santa Ana")),
])
def test_headers_keep_the_employer_whole_and_the_title_with_its_department(group, expected):
    assert parse_header(group) == expected


def test_an_employer_after_im_is_still_read():
    # a short form after "im" and a firm's name after "en" are employers, as before
    assert parse_header(["Pflegefachfrau im UKE", "2019 - 2021"])[1] in ("UKE", "Pflegefachfrau im UKE")
    assert parse_header(["Entwicklerin bei Müller GmbH", "2019 - 2021"]) == ("Entwicklerin", "Müller GmbH")


@pytest.mark.parametrize(("title", "whole"), [
    # a title cut before "em"/"im" and a field or department is not written whole
    ("Técnica", False), ("Mitarbeiter", False), ("Ingeniero", False),
    ("Técnica em Enfermagem", True), ("Mitarbeiter im Fahrdienst", True),
    # before a preposition that brings in an employer it is
    ("Camarero", True), ("Pflegefachfrau", True), ("Entwickler", True), ("Consultora", True),
])
def test_a_title_is_written_whole_only_before_an_employer(title, whole):
    cv = ("Técnica em Enfermagem\nHospital São Lucas / 2019 - 2021\n\nMitarbeiter im Fahrdienst\nCaritas Verband / 2019\n\n"
          "Ingeniero en Sistemas\n\nCamarero en Mentaliza\n\nPflegefachfrau im UKE\n\nEntwickler bei Müller GmbH\n\n"
          "Consultora na Deloitte Portugal")
    assert written_whole(title, cv) is whole


HOTEL_CV = """Experience

Front Desk Agent
Hotel Miramar / 2021 - 2024
- Checked in up to 80 guests a day and handled room changes.

Night Receptionist
The Grand Budapest / 2018 - 2021
- Ran the night audit and answered late arrivals.

Skills
Opera PMS
"""

HOTEL_JOB = """Hotel Receptionist

Our 120-room hotel seeks a receptionist for the front desk: check-in and check-out, reservations, guest requests.

Requirements
- Front desk experience in a hotel
- Experience with a PMS such as Opera
"""


def test_the_plan_names_the_hotels_whole():
    facts = extract_cv_facts(HOTEL_CV)
    assert facts["employers"][:2] == ["Hotel Miramar", "The Grand Budapest"]
    texts = [item.text for seed in ("a", "b", "c", "d") for kind in ("mixed", "behavioural")
             for item in plan_items(HOTEL_CV, HOTEL_JOB, "Hotel Receptionist", interview_type=kind, count=6, company="",
                                    seed=seed, seniority="mid", focus=None)]
    assert not any(t.rstrip(":,.?").endswith(" at Hotel") or "at Hotel:" in t or "at Hotel," in t or "at The Grand:" in t
                   or "at The Grand," in t for t in texts)
    assert any("Hotel Miramar" in t or "The Grand Budapest" in t for t in texts)
