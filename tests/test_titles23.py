"""Newcomer, session 23: "Pflegefachkraft in Voll- oder Teilzeit" was shown as "the Pflegefachkraft in Voll- Oder
Teilzeit role": the small words of the CV languages' titles stay lower case. Made-up titles."""

from __future__ import annotations

import pytest

from core.words import display_title


@pytest.mark.parametrize("title", [
    "Pflegefachkraft in Voll- oder Teilzeit",
    "Mitarbeiter Lager mit Staplerschein",
    "Assistant Commercial ou Assistante Commerciale",
    "Técnico de Mantenimiento con Experiencia",
])
def test_a_title_with_the_small_words_of_its_language_is_shown_as_written(title: str) -> None:
    assert display_title(title) == title


def test_a_lower_case_title_gets_capitals_but_not_on_its_small_words() -> None:
    assert display_title("pflegehelfer in voll- oder teilzeit") == "Pflegehelfer in Voll- oder Teilzeit"
