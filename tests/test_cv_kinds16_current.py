"""CV reading, fresh set 16 (session 16), kind 2: the wrong entry read as the current role (an old internship whose
dates were read from the next section's first line; a tool named on a bullet's wrapped line taken as a title; a
title behind a work mode). Made-up CVs, no corpus text."""

from __future__ import annotations

from core.analysis.cv_entries import parse_header
from tests.cv_helpers import cv_facts


def test_the_next_sections_dates_are_not_the_last_jobs():
    cv = """MAREK OSTEN
BERUFSERFAHRUNG
Pflegeteam Nord GmbH, Bochum 03/2023 – 06/2023
Pflegehelfer
Paketdienst Kruse, Dortmund 01/2021 – 03/2021
Lagerhelfer
Autohaus Weber, Dortmund 05/2016 – 05/2016
Zweiwöchiges Praktikum als Kfz-Mechatroniker
SCHULBILDUNG
Lernpunkt Bildungszentrum gGmbH, Dortmund 11/2024 – Jetzt
Bewerbungscoaching
"""
    assert cv_facts(cv)["current_title"] == "Pflegehelfer"


def test_a_tool_on_a_wrapped_bullet_line_is_no_title():
    cv = """Sina Kellermann
BERUFSERFAHRUNG

Projektingenieurin Planung
2023.02 - heute
Nordplan Ingenieure GmbH

- Erstellung technischer Pläne in CAD-Systemen, vor allem
AutoCAD, für die genaue Umsetzung komplexer
Bauvorhaben
- Abstimmung mit Fachplanern
"""
    facts = cv_facts(cv)
    assert facts["current_title"] == "Projektingenieurin Planung"
    assert [e for _, e in facts["jobs"]] == ["Nordplan Ingenieure GmbH"]


def test_a_work_mode_before_the_title_is_no_part_of_it():
    cv = """Sina Kellermann
BERUFSERFAHRUNG

Vollzeit Projektingenieurin Planung
2023.02 - heute
Nordplan Ingenieure GmbH
- Abstimmung mit Fachplanern
"""
    assert cv_facts(cv)["current_title"] == "Projektingenieurin Planung"



def test_the_end_of_a_quoted_event_name_is_no_title():
    # 'Participa en la muestra por el "Día del' / 'Fotógrafo".' / '2021.': the quote's end read as a header line
    assert parse_header(['Fotógrafo".', "2021."])[0] == ""
    assert parse_header(['Fotógrafo "Lumen"', "2021"])[0] != ""  # a name quoted whole on the line stays
