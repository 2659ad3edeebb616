"""CV facts, session 17: a date range a PDF split over two lines, its end on the next line after a dash ("Juni 2019"
/ "- Dez. 2020", "Jan. 2025" / "- bis jetzt"), is one line of dates, not a bullet: the entries below it keep their
employers. Made-up CVs (no corpus text)."""

from __future__ import annotations

import pytest

from tests.cv_helpers import cv_facts as _facts

_DE = """Petra Lindner
Vertriebsprofi

Beruflicher Werdegang
März 2022
- bis jetzt
Vertriebsleiterin
Kessler Verpackung GmbH · Regensburg
- Betreuung von Bestandskunden mit Salesforce
- Ausbau des Neukundengeschäfts
Juni 2018
- Feb. 2022
Außendienstmitarbeiterin
Brunnhuber Folien GmbH · Landshut
- Beratung von Händlern vor Ort
- Angebote mit MS Office erstellt
Aug. 2014
- Mai 2018
Vertriebsassistentin
Wagner & Söhne KG · Passau
- Auftragsbearbeitung in SAP
"""

_ES = """Marta Ibáñez
marta@example.com

Experiencia
Marzo 2021
- Actualidad
Jefa de Ventas
Distribuciones Oliva S.L. · Jaén
- Gestión de la cartera de clientes con HubSpot
Enero 2017
- Feb. 2021
Comercial
Aceites del Sur S.A. · Córdoba
- Visitas a distribuidores
"""


@pytest.mark.parametrize("cv, employers, now", [
    (_DE, ["Kessler Verpackung GmbH", "Brunnhuber Folien GmbH", "Wagner & Söhne KG"], "Vertriebsleiterin"),
    (_ES, ["Distribuciones Oliva S.L.", "Aceites del Sur S.A."], "Jefa de Ventas"),
])
def test_a_date_range_split_over_two_lines_heads_its_entry(cv, employers, now):
    facts = _facts(cv)
    assert facts["employers"] == employers
    assert facts["current_title"] == now


_DE_SIDE = """Petra Lindner
Vertriebsprofi

Beruflicher Werdegang
März 2022
- bis jetzt
Vertriebsleiterin
Kessler Verpackung GmbH · Regensburg
- Betreuung von Bestandskunden mit Salesforce
Persönliche Daten
Kenntnisse
Anschrift
Lindenweg 4
93047 Regensburg
Telefon
+49 151 0000 000
Kommunikationsstärke
Teamfähigkeit

Juni 2018
- Feb. 2022
Außendienstmitarbeiterin
Brunnhuber Folien GmbH · Landshut
Vertrieb von Verpackungsfolien an Handel + Industrie + Handwerk +
öffentliche Auftraggeber in Niederbayern
- Angebote mit MS Office erstellt
Aug. 2014
- Mai 2018
Vertriebsassistentin
Wagner & Söhne KG · Passau
Auftragsbearbeitung und Pflege der Kundendaten im Innendienst
- Auftragsbearbeitung in SAP
"""


def test_entries_after_a_side_columns_skills_are_jobs_again():
    facts = _facts(_DE_SIDE)
    assert facts["employers"] == ["Kessler Verpackung GmbH", "Brunnhuber Folien GmbH", "Wagner & Söhne KG"]
    skills = {s.casefold() for s in facts["skills_as_written"]}
    assert not {"juni 2018", "feb. 2022", "aug. 2014", "mai 2018", "lindenweg 4"} & skills
