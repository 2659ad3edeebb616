"""CV reading, fresh set 16 (session 16), kind 5: schools missed under German education headings and lines (a
short form and its town, a private school's legal form, a vocational college, a name a PDF broke after "für", a
course of study among the jobs), and a kind of school alone taken as a name. Made-up CVs, no corpus text."""

from __future__ import annotations

from tests.cv_helpers import cv_facts


def _fold(values) -> set[str]:
    return {v.casefold() for v in values}


def test_a_degree_line_names_its_school_last_by_short_form_or_legal_form():
    cv = """Nora Albisser

Berufserfahrung
2019 – heute | Controllerin bei Seeblick Holding AG, Obertal
- Monatsabschlüsse

Aus- und Weiterbildung
02/2018 – 12/2018 | Bachelor in Informatik, ETH Zürich (2 Semester)
10/2015 – 06/2017 | Fachfrau Rechnungslegung, Lernwerk Bildung AG Bern
10/2012 – 06/2013 | Berufsmaturität - KV Luzern
"""
    schools = _fold(cv_facts(cv)["schools"])
    assert {"eth zürich", "lernwerk bildung ag", "kv luzern"} <= schools


def test_a_vocational_college_and_a_training_centre_are_schools():
    cv = """Emre Yildiz

BERUFSERFAHRUNG
Rheinland Logistik GmbH, Dortmund 02/2021 – 04/2021
Lagerist

SCHULISCHE BILDUNG
Nordstern Bildungszentrum NRW gGmbH, Dortmund 11/2023 – Jetzt
Bewerbungscoaching
Anna-Lindner-Berufskolleg, Dortmund 08/2017 – 04/2019
"""
    schools = _fold(cv_facts(cv)["schools"])
    assert {"nordstern bildungszentrum nrw ggmbh", "anna-lindner-berufskolleg"} <= schools


def test_a_name_broken_after_fuer_is_one_school_and_a_kind_of_school_alone_is_none():
    cv = """Jana Weißbach

BERUFSERFAHRUNG
Erzieherin
2014.03 – 2022.07
Sonnenhof gGmbH Berlin
- Begleitung von Klienten

AUSBILDUNG

Evangelische Fachschule für
Heilerziehungspflege
2010 - 2013
staatl. Erzieherin

Fachoberschule
2005 - 2007
Fachrichtung Sozialwesen
"""
    schools = _fold(cv_facts(cv)["schools"])
    assert "evangelische fachschule für heilerziehungspflege" in schools
    assert not schools & {"fachoberschule", "evangelische fachschule"}


def test_a_course_of_study_among_the_jobs_gives_its_school_not_an_employer():
    cv = """Timo Berkel

BERUFLICHER WERDEGANG
August 2024 - heute
Werkstudent Kommunikation
Lindenau Energie GmbH
Oktober 2021 - Januar 2025
Studium der Kulturwissenschaften
Universität Obertal
SCHULISCHE BILDUNG
2012 - 2020
Kastaniengymnasium Obertal
"""
    facts = cv_facts(cv)
    assert {"universität obertal", "kastaniengymnasium obertal"} <= _fold(facts["schools"])
    assert not any("studium" in e for e in _fold(facts["employers"]))


def test_a_bullet_naming_training_places_under_a_degree_gives_no_school():
    cv = """Ines Harder

Ausbildung
10/2001 – 10/2003 – Fachinformatikerin (IHK)
Lernwerk Institut für Informationstechnik GmbH
- Praxisphasen u. a. beim THW, Nordwind und delta GmbH
"""
    schools = _fold(cv_facts(cv)["schools"])
    assert not any("delta" in s for s in schools)


def test_a_markdown_table_of_courses_names_each_school_before_its_town():
    cv = """# Lebenslauf

## Aus- und Weiterbildungen

| Zeitraum | Ausbildung | Institution |
|---|---|---|
| 2014 | **Dipl. Techniker HF** | IBW, Bad Ragaz |
| 1999 – 2003 | **Konstrukteur EFZ** (Lehre) | Talwerk & Co AG, Obertal |
"""
    schools = _fold(cv_facts(cv)["schools"])
    assert {"ibw", "talwerk & co ag"} <= schools
