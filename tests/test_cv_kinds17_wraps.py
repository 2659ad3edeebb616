"""CV facts, session 17: a bullet a PDF wrapped after a connecting word of another language ("und", "von", "zur",
"de", "et") or inside an organisation's name after "bei" ("bei Kranich" / "Logistik seit 2021") goes on onto the
next line: its rest is neither an employer nor a course. Made-up CVs (no corpus text)."""

from __future__ import annotations

import pytest

from tests.cv_helpers import cv_facts as _facts

_DE = """Jana Keller
jana@example.com

Beruflicher Werdegang
03.2022 – heute Weiterbildung und ehrenamtliche Tätigkeit
- Weiterbildung in Buchhaltung und
Lohnabrechnung (Akademie Sonnenberg GmbH seit 2023)
- Vertiefung von DATEV durch Selbststudium und
Online-Kurse
- Ehrenamtliche Kassiererin bei Kranich
Logistik seit 2021
01.2015 – 02.2022 | Buchhalterin
Weserland Spedition GmbH, Bremen
- Pflege der Kreditoren im
ERP-System Navision
"""

_FR = """Léa Martin
lea@example.com

Expérience professionnelle
2019 – 2023 | Assistante comptable
Atelier Bocage SARL, Nantes
- Saisie des factures et
Rapprochements bancaires sous Sage
- Préparation des déclarations de
TVA mensuelles
"""


@pytest.mark.parametrize("cv, employers", [
    (_DE, ["Weserland Spedition GmbH"]),
    (_FR, ["Atelier Bocage SARL"]),
])
def test_a_wrapped_bullets_rest_is_no_employer(cv, employers):
    facts = _facts(cv)
    assert set(employers) <= set(facts["employers"])
    assert not {"Logistik", "Lohnabrechnung", "Online-Kurse", "ERP-System Navision", "Rapprochements bancaires",
                "TVA mensuelles"} & set(facts["employers"])


def test_a_wrapped_bullets_rest_with_a_bracketed_year_joins_it():
    from core.analysis.cv_layout import cv_lines

    texts = [line.text for line in cv_lines(_DE)]
    assert "Weiterbildung in Buchhaltung und Lohnabrechnung (Akademie Sonnenberg GmbH seit 2023)" in texts
