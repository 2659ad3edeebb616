"""CV facts, session 17: a title and its employer mixed on one line: "Title / Employer" with a slash, "Title & Other
Title, Employer, Town", "Title, Faculty of X, University, Town" (the unit is no part of the title). Made-up CVs (no
corpus text)."""

from __future__ import annotations

import pytest

from tests.cv_helpers import cv_facts as _facts

_FR_SLASH = """# Manon Lefort
manon@example.com

## Expériences professionnelles

### Responsable Marketing / ORLAN Distribution
*Mars 2022 - Déc 2024 / Angers (49)*
*- Pilotage des campagnes et suivi des KPIs sous HubSpot.*

### Community Manager / BOCAGE-EVENTS
*Jan 2019 - Fév 2022 / Cholet (49)*
*- Animation des réseaux sociaux et création de visuels sous Canva.*
"""

_DE_SLASH = """Tobias Reinhardt
tobias@example.com

Berufserfahrung
Projektleiter / Kessler Bau GmbH
05/2019 – 12/2023, Kassel
- Bauleitung von Wohnprojekten mit MS Project

Bauzeichner / ARGE Nordtrasse
02/2014 – 04/2019, Göttingen
- Pläne in AutoCAD erstellt
"""


@pytest.mark.parametrize("cv, jobs", [
    (_FR_SLASH, [("Responsable Marketing", "ORLAN Distribution"), ("Community Manager", "BOCAGE-EVENTS")]),
    (_DE_SLASH, [("Projektleiter", "Kessler Bau GmbH"), ("Bauzeichner", "ARGE Nordtrasse")]),
])
def test_a_title_and_its_employer_parted_by_a_slash_are_read_apart(cv, jobs):
    facts = _facts(cv)
    got = {(r.casefold(), e.casefold()) for r, e in facts["jobs"]}
    assert {(r.casefold(), e.casefold()) for r, e in jobs} <= got
    assert facts["current_title"] == jobs[0][0]


def test_two_titles_parted_by_a_slash_stay_one_title():
    facts = _facts("""Ines Vogt
ines@example.com

Berufserfahrung
Buchhalterin / Lohnbuchhalterin
Kranich Logistik GmbH, Bremen
03/2018 – 10/2023
- Lohnabrechnung mit DATEV
""")
    assert facts["current_title"] == "Buchhalterin / Lohnbuchhalterin"
    assert facts["employers"] == ["Kranich Logistik GmbH"]


_PIPE_LINES = """Farid Azimi
farid@example.com

EMPLOYMENT HISTORY
Jan 2021 – Present | Associate Professor, Faculty of Nursing, Northgate University, Halifax

Mar 2016 – Dec 2020 | Lecturer, School of Public Health, Lakeshore University, Kingston

Feb 2010 – Feb 2016 | Reporter & Media Fixer, Radio Meridian, Kabul, Afghanistan

Jun 2007 – Jan 2010 | Interpreter & Media Fixer, Halden Relief Agency, Herat, Afghanistan
"""


def test_a_unit_after_the_title_and_its_comma_is_no_part_of_the_title():
    facts = _facts(_PIPE_LINES)
    assert facts["current_title"] == "Associate Professor"
    assert ("Lecturer", "Lakeshore University") in facts["jobs"]


def test_two_titles_joined_by_an_ampersand_are_the_title_not_the_employer():
    facts = _facts(_PIPE_LINES)
    assert ("Reporter & Media Fixer", "Radio Meridian") in facts["jobs"]
    assert ("Interpreter & Media Fixer", "Halden Relief Agency") in facts["jobs"]
    assert not {"Reporter & Media Fixer", "Interpreter & Media Fixer"} & set(facts["employers"])
