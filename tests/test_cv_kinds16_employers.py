"""CV reading, fresh set 16 (session 16), kind 3: a title, a course or a school read as an employer. Made-up CVs,
no corpus text."""

from __future__ import annotations

from tests.cv_helpers import cv_facts


def _fold(values) -> set[str]:
    return {v.casefold() for v in values}


_MD_BAR = """# Lebenslauf

## Berufliche Laufbahn

### März 2022 – heute
**Fachmann Lasertechnik** | Talberg AG, Obertal SG
*(Arbeitszeugnis vorhanden)*
- Einrichten der Anlagen

### Mai 2020 – Februar 2022
**Disponent Arbeitsvorbereitung** | Personalpartner AG (Einsatz beim Kunden), Obertal SG
- Aufträge geplant

### Juni 2018 – April 2020
**Dreher – Stv. Gruppenleiter Fertigung** | Rheinblick AG Metallbau, Unterdorf
- Serienteile gefertigt
"""


def test_a_title_outside_the_lexicon_then_a_bar_and_a_legal_form_is_title_and_employer():
    facts = cv_facts(_MD_BAR)
    assert ("Fachmann Lasertechnik", "Talberg AG") in facts["jobs"]
    assert facts["current_title"] == "Fachmann Lasertechnik"


def test_the_part_before_the_bar_is_never_the_employer():
    employers = _fold(cv_facts(_MD_BAR)["employers"])
    assert {"personalpartner ag", "rheinblick ag metallbau"} <= employers
    assert not employers & {"disponent arbeitsvorbereitung", "stv. gruppenleiter fertigung"}
