"""CV facts on CVs not in English and odd layouts (session 27, task cvread): each kind of fault seen on fresh sets 26
and 27, on short CVs written for these tests."""

from __future__ import annotations

import json

import pytest

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_entries import is_contract, not_an_employer, parse_header, without_contract
from core.analysis.cv_schools import school_name
from core.documents.jsonresume import extract_json_resume


def _facts(text: str) -> dict:
    return extract_cv_facts(text)


# -- schools of other languages ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "school"), [
    ("Carl-Hahn-Schule, Wolfsburg", "Carl-Hahn-Schule"),
    ("- Wilhelm Käber Schule in 25551 Hohenlockstedt, 2018 - 2023", "Wilhelm Käber Schule"),
    ("DUT Informatique, IUT de Bordeaux, 2019", "IUT de Bordeaux"),
    ("Gymnase du Bugnon, Lausanne", "Gymnase du Bugnon"),
    ("Lycée François Magendie, Bordeaux", "Lycée François Magendie"),
])
def test_schools_named_by_their_german_and_french_words(line, school):
    assert school_name(line) == school


@pytest.mark.parametrize("line", ["SCHULE", "Schule", "IUT", "Berufsschule", "Gymnase"])
def test_the_kind_of_school_alone_names_no_school(line):
    assert school_name(line) == ""


def test_a_french_cv_keeps_its_iut():
    text = ("Léa Martin\nExpérience professionnelle\nPréparatrice en pharmacie – Pharmacie du Centre, Lyon\n"
            "CDD – mars 2023 à août 2024\n- Gestion des stocks\nFormation\nDUT Génie biologique, IUT de Lyon, 2019\n")
    assert "IUT de Lyon" in _facts(text)["schools"]


# -- contract types are neither a title nor an employer -----------------------------------------------------------------

@pytest.mark.parametrize("word", ["Praktikum", "Werkstudentin", "Ausbildung", "CDD", "CDI", "Stage", "Alternance",
                                  "Prácticas", "Minijob", "Teilzeit", "Contrat d’apprentissage", "Tirocinio", "Estágio"])
def test_contract_types_are_known(word):
    assert is_contract(word)


@pytest.mark.parametrize("word", ["Stage Manager", "Praktikum Softwareentwicklung", "Pharmacie du Centre", "Internship"])
def test_names_holding_a_contract_word_are_not_contract_types(word):
    assert not is_contract(word)


def test_the_contract_line_under_a_french_header_is_not_the_employer():
    text = ("Léa Martin\nExpérience professionnelle\nPréparatrice en pharmacie – Pharmacie du Centre, Lyon\n"
            "CDD – mars 2023 à août 2024\n- Gestion des stocks\n"
            "Vendeuse – Boulangerie Paul, Lyon\nCDI – janvier 2020 à février 2023\n- Encaissement\n")
    facts = _facts(text)
    assert facts["employers"] == ["Pharmacie du Centre", "Boulangerie Paul"]
    assert facts["current_title"] == "Préparatrice en pharmacie"


def test_a_bare_contract_type_over_a_german_employer_stays_the_posts_word_never_the_employer():
    assert parse_header(["Werkstudent", "Muster Handel GmbH", "Hamburg", "04/2021 - heute"]) == ("Werkstudent", "Muster Handel GmbH")
    text = ("Max Muster\nBerufserfahrung\nMuster Handel GmbH\nAusbildung\n01/2019 - 12/2020\n- Kasse und Lager\n"
            "Bildung\nRealschule am Rhein, Köln\n")
    assert "Ausbildung" not in _facts(text)["employers"]


@pytest.mark.parametrize(("line", "bare"), [
    ("CDI – septembre 2024 à août 2025", "septembre 2024 à août 2025"),
    ("Praktikum", ""),
    ("Teilzeit | 03/2019 - 05/2020", "03/2019 - 05/2020"),
    ("Praktikum – FHOOE", "Praktikum – FHOOE"),
    ("Praktikum Softwareentwicklung", "Praktikum Softwareentwicklung"),
])
def test_without_contract(line, bare):
    assert without_contract(line) == bare


# -- an address line or a qualification is no employer ------------------------------------------------------------------

@pytest.mark.parametrize("name", ["80331 München", "75011 Paris", "25548 Kellinghusen", "1012 AB Amsterdam", "D-80331 München",
                                  "Abitur", "Baccalauréat", "CDD"])
def test_not_an_employer(name):
    assert not_an_employer(name)


@pytest.mark.parametrize("name", ["Stadtwerke Neumünster", "3M", "Studio 41", "Aldi Süd", "1&1 Internet SE", "N26"])
def test_real_employers_stay(name):
    assert not not_an_employer(name)


# -- "Title at Employer; dates; place" ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "pair"), [
    ("Senior Engineer at Globex; 2020-04 to present; Austin, TX", ("Senior Engineer", "Globex")),
    ("Lead Engineer at Language Academy; 2016-08 to 2017-12; Berlin, Germany", ("Lead Engineer", "Language Academy")),
])
def test_a_post_on_one_heading_with_semicolons_and_iso_months(line, pair):
    assert parse_header([line]) == pair


def test_a_month_and_year_range_is_no_iso_month():
    text = ("Olga Muster\nBerufserfahrung\n02.2013-08.2013 | Krankenschwester im Klinikum Nord\n"
            "03.2017-10.2020 | Gesundheits- und Krankenpflegerin im UKE\n10.2020- bis jetzt | Pflegefachkraft im UKE\n")
    assert _facts(text)["current_title"] == "Pflegefachkraft"


def test_a_heading_ruled_with_underscores_is_still_a_heading():
    text = ("Max Muster\nErfahrung ________________________\nLagerkoordinator\nFressnapf Tiernahrungs GmbH\n"
            "01/2019 - 12/2020\n- Wareneingang mit SAP kontrolliert\n\n"
            "Ausbildung ______________________________\n\nBachelor of Science | Hochschule Niederrhein | Mönchengladbach | seit 03/2021\n")
    facts = _facts(text)
    assert facts["schools"] == ["Hochschule Niederrhein"]
    assert all("Ausbildung" not in e for e in facts["employers"])


# -- tools listed inside an entry under another language's label ---------------------------------------------------------

@pytest.mark.parametrize("label", ["Technologien:", "Outils :", "Tecnologías:", "Strumenti:", "Ferramentas:", "Keywords:"])
def test_an_entrys_tool_label_in_other_languages(label):
    text = ("Jane Doe\nExperience\nUNIX Administrator, Primus Telecommunications, January 2002 – May 2005\n"
            "Responsible for web hosting platforms.\n"
            f"{label} NetApp, Perl programming, Astaro Firewall\nEducation\nBSc Computing, University of Ottawa, 1995\n")
    facts = _facts(text)
    assert {"NetApp", "Perl programming", "Astaro Firewall"} <= set(facts["skills_as_written"])
    assert ("Astaro Firewall", "Primus Telecommunications") in facts["skill_employer_pairs"]


# -- JSON Resume: a work entry's keywords, and highlights that are tags -----------------------------------------------

def _resume(**work) -> bytes:
    entry = {"name": "Hola Moda", "position": "Analista de Datos", "startDate": "2024-05"} | work
    return json.dumps({"basics": {"name": "Ana Pérez"}, "work": [entry],
                       "education": [{"institution": "Universidad de Panamá", "studyType": "Licenciatura"}]}).encode()


def test_json_resume_work_keywords_are_that_posts_tools():
    text = extract_json_resume(_resume(keywords=["SAP Business One", "Power BI", "Telegraf"],
                                       highlights=["Integré la API con SAP."]), "cv.json")
    assert "Keywords: SAP Business One, Power BI, Telegraf" in text
    facts = _facts(text)
    assert {"SAP Business One", "Power BI", "Telegraf"} <= set(facts["skills_as_written"])
    assert ("Telegraf", "Hola Moda") in facts["skill_employer_pairs"]


def test_json_resume_highlights_that_are_all_tags_are_keywords():
    text = extract_json_resume(_resume(highlights=["NetApp", "Maya Render", "Houdini Render"]), "cv.json")
    assert "Keywords: NetApp, Maya Render, Houdini Render" in text
    assert "- NetApp" not in text
    assert ("Houdini Render", "Hola Moda") in _facts(text)["skill_employer_pairs"]


def test_json_resume_highlights_that_are_sentences_stay_bullets():
    text = extract_json_resume(_resume(highlights=["Rolled out the first VoIP service in Canada.", "NetApp"]), "cv.json")
    assert "- Rolled out the first VoIP service in Canada." in text
    assert "Keywords:" not in text


@pytest.mark.parametrize("label", ["Technologies:", "Technologien:", "Keywords:"])
def test_a_tools_line_right_under_a_one_line_header_is_no_employer(label):
    text = (f"Ana Pérez\nExperience\nAnalista de Datos, Hola Moda, May 2024 – present\n{label} NetApp, Maya Render, Houdini Render\n"
            "Education\nLicenciatura from Universidad de Panamá\n")
    facts = _facts(text)
    assert facts["employers"] == ["Hola Moda"]
    assert ("Maya Render", "Hola Moda") in facts["skill_employer_pairs"]


@pytest.mark.parametrize(("line", "pair"), [
    ("Desarrollador web en Mentaliza", ("Desarrollador web", "Mentaliza")),
    ("Analista na Zoop", ("Analista", "Zoop")),
    ("Ingeniero en Sistemas", ("Ingeniero en Sistemas", "")),
    ("Técnico en Informática", ("Técnico en Informática", "")),
    ("Enfermera en Urgencias", ("Enfermera en Urgencias", "")),
])
def test_a_rare_single_name_after_an_ambiguous_at_word_is_the_employer(line, pair):
    """"en", "na" are also ordinary prepositions: one capitalised word after them is an employer only when it is rare in
    every language (a firm's own name), never a field ("Sistemas", "Informática", "Urgencias")."""
    assert parse_header([line]) == pair
