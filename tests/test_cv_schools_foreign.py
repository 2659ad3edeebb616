"""CV schools, issue 15 point 1: education entries of German, French, Spanish, Italian and Portuguese CVs
(session 11's new dev CVs read schools at recall 0.28), one small made-up input per kind: a school named by its
short form and its town on the line under the degree ("FH Teststadt" style), a short form after "@" or "à l'",
a compound German school word ("...gymnasium", "...universität"), a Portuguese or Spanish "Centro
Universitário", a town repeated after the name, and a degree named in another language ("Matura", "Licence")."""

from __future__ import annotations

from core.analysis import extract_cv_facts
from core.analysis.cv_schools import school_abbreviation, school_name


def _schools(cv: str) -> set[str]:
    return {s.casefold() for s in extract_cv_facts(cv)["schools"]}


def test_a_short_form_and_its_town_under_the_degree_is_the_school():
    cv = """Jonas Berle
Ausbildung
M. Eng. Maschinenbau | Ab Oktober 2025
HSKT Bremen
B. Eng. Maschinenbau | Oktober 2019 - August 2023
HSKT Bremen
Berufserfahrung
Werkstudent | Nordlicht Antriebe GmbH | 2022 - 2023
"""
    assert "hskt bremen" in _schools(cv)


def test_a_short_form_and_its_town_before_a_dash_and_a_field_is_the_school():
    cv = """Lena Forst
Ausbildung
HTK Dresden – Informationstechnologie
Ich habe dort Netzwerke und Programmieren gelernt.
"""
    assert _schools(cv) == {"htk dresden"}


def test_a_short_form_after_an_at_sign_or_a_french_a_l_is_the_school():
    assert school_abbreviation("Bachelor of Science Informatik @HSKT Bremen") == "HSKT Bremen"
    assert school_abbreviation("- 2011-2016 : Licence informatique à l’UPVM") == "UPVM"
    cv = """Paul Mercier
FORMATION
- 2011-2016 : Licence informatique à l’UPVM
EXPERIENCE PROFESSIONNELLE
- 2017-2020 : Développeur chez Norvane
"""
    assert "upvm" in _schools(cv)


def test_a_degree_in_another_language_lets_a_short_form_be_the_school():
    cv = """Jonas Berle
Ausbildung
10/2012 Lehre mit Matura, HTLKS, Linz.
"""
    assert "htlks" in _schools(cv)


def test_a_compound_german_school_word_is_a_school():
    assert school_name("Bundesoberstufengymnasium am Seeufer") == "Bundesoberstufengymnasium am Seeufer"
    assert school_name("Staatliche Wirtschaftsuniversität Lemberg (Ukraine)").startswith("Staatliche Wirtschaftsuniversität")
    assert school_name("Die Marktforschung bei Bundesbehörden") == ""


def test_a_centro_universitario_is_a_school():
    assert school_name("Centro Universitário Aurora, Tecnólogo, Análise de Sistemas, (Dezembro 2023)") == "Centro Universitário Aurora"
    assert school_name("Centro Universitario del Norte | 2018 - 2021") == "Centro Universitario del Norte"


def test_a_town_repeated_after_the_name_is_dropped():
    assert school_name("Università degli Studi di Verona Verona") == "Università degli Studi di Verona"
    assert school_name("Universidad de Granada Granada, España") == "Universidad de Granada"
