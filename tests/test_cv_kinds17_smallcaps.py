"""CV facts, session 17: a LaTeX small-caps text layer that writes a lower-case "i" inside upper-case words
("UNiVERSiDAD", "EXPERiENCiA", "iNGENiERO") reads as the upper-case words it shows; its numbered headings ("1
Experiencia laboral") are headings. Made-up CV (no corpus text)."""

from __future__ import annotations

from core.analysis.cv_clean import clean_line
from tests.cv_helpers import cv_facts as _facts


def test_small_caps_with_a_lower_case_i_read_as_capitals():
    assert clean_line("UNiVERSiDAD DE ViGO, FACULTAD DE iNFORMÁTiCA") == "UNIVERSIDAD DE VIGO, FACULTAD DE INFORMÁTICA"
    assert clean_line("Diseño de iconos in iOS") == "Diseño de iconos in iOS"  # mixed case as written
    assert clean_line("MiT, iPhone, WiFi") == "MiT, iPhone, WiFi"  # short names keep their case
    assert clean_line("CONSULTORA ViGO Marzo 2022 –> Agosto 2023") == "CONSULTORA VIGO Marzo 2022 – Agosto 2023"  # its arrow


def test_an_employer_in_small_caps_is_read():
    facts = _facts("""Rocío Varela
rocio@example.com

1 Experiencia laboral
Analista de Datos
CONSULTORA ATLÁNTiCA DE ESTADÍSTiCA S.L.
Marzo 2020 – Diciembre 2023
- Modelos de riesgo en R y Python
""")
    assert [e.casefold() for e in facts["employers"]] == ["consultora atlántica de estadística s.l."]


def test_a_numbered_heading_without_its_full_stop_is_a_heading():
    from core.analysis.cv_sections import section_kind

    assert section_kind("1 Experiencia laboral") == "experience"
    assert section_kind("2.1 Publicaciones") == section_kind("Publicaciones")
    assert section_kind("3 Formación") == "education"
