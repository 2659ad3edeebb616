"""CV facts, session 17: one-line entries "Title bei Employer" ("chez", "presso", "bij") with no dates on the line,
in a CV that writes its dates in a column of their own. Made-up CVs (no corpus text)."""

from __future__ import annotations

import pytest

from tests.cv_helpers import cv_facts as _facts

_DE = """Karim Haddad
karim@example.com

Berufserfahrung
06/2021 - 02/2024
03/2018 - 05/2021
01/2015 - 02/2018
Lagerhelfer bei Nordhafen Logistik GmbH
Kassierer bei Tankstelle Brenner
Fahrer bei Kranich Kurierdienst
Ausbildung
2010 - 2014
Realschule Am Wall, Bremen
"""

_FR = """Yasmine Berrada
yasmine@example.com

Expérience professionnelle
2019 - 2023
2016 - 2019
Vendeuse chez Boulangerie Morel
Caissière chez Marché Lavande
Formation
2013 - 2016
Lycée Jean Moulin, Lyon
"""


@pytest.mark.parametrize("cv, jobs", [
    (_DE, [("Lagerhelfer", "Nordhafen Logistik GmbH"), ("Kassierer", "Tankstelle Brenner"), ("Fahrer", "Kranich Kurierdienst")]),
    (_FR, [("Vendeuse", "Boulangerie Morel"), ("Caissière", "Marché Lavande")]),
])
def test_undated_title_at_employer_lines_are_each_an_entry(cv, jobs):
    facts = _facts(cv)
    assert facts["employers"] == [e for _, e in jobs]
    assert set(jobs) <= set(facts["jobs"])
    assert facts["current_title"] == jobs[0][0]


def test_a_sentence_with_bei_is_no_entry():
    facts = _facts("""Lena Vogt
lena@example.com

Berufserfahrung
Sachbearbeiterin
Weserland Logistik GmbH, Bremen
03/2019 - 12/2023
- Unterstützung bei der Planung von Touren mit SAP
- Mitarbeit bei Kranich Kurierdienst im Rahmen eines Projekts zur Tourenplanung
""")
    assert facts["employers"] == ["Weserland Logistik GmbH"]
