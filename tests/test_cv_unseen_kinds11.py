"""CV facts, issue 15 point 1: kinds of title and employer mistakes found on public CVs nobody had tuned on
(session 11's new dev CVs), one small made-up input per kind: a title and its employer joined by a glued "@",
German month-dot-year dates and a " -- " between dates and title, a dated one-line entry "dates : Title chez
Employer" (a month without its year opening the range, or a "present" word alone), an institution named with its
town ("Universität Tübingen"), a work mode in brackets after the title in another language, and German titles
the head-noun list lacked ("Servicekraft", "Praktikum")."""

from __future__ import annotations

from core.analysis import extract_cv_facts
from core.analysis.cv_lines import DATE_RE, clean_line, header_parts


def _lower(values) -> set[str]:
    return {v.casefold() for v in values}


# --- "Title @Employer": the "@" glued to the name -----------------------------------------------------

def test_a_title_at_a_glued_at_sign_names_its_employer():
    cv = """Mara Voss
Backend-Entwicklerin
Berufserfahrung
Backend Developer @Nordwerk Systems
03/2021 - 05/2024 Leipzig, Germany
- Built billing services in Go
Junior Developer @Falkenried Software
09/2018 - 02/2021 Halle, Germany
- Maintained the shop front end
Ausbildung
BSc Informatik @Hochschule Leipzig
"""
    facts = extract_cv_facts(cv)
    assert {"nordwerk systems", "falkenried software"} <= _lower(facts["employers"])
    assert facts["current_title"] == "Backend Developer"


def test_an_email_address_is_no_title_at_an_employer():
    cv = """Mara Voss
mara.voss@example.org
Experience
Backend Developer
Nordwerk Systems, 2021 - 2024
- Built billing services in Go
"""
    facts = extract_cv_facts(cv)
    assert not any("example" in e.casefold() for e in facts["employers"])


# --- German dates "04.2019 - 09.2023" and a Markdown " -- " before the title -----------------------------

def test_month_dot_year_is_one_date_and_leaves_no_month_behind():
    assert DATE_RE.search("04.2019").group() == "04.2019"
    assert not DATE_RE.search("Version 4.20")
    assert header_parts("04.2019 - 09.2023 -- Projektleiterin") == ["Projektleiterin"]


def test_month_dot_year_ranges_and_a_double_hyphen_leave_the_title_whole():
    cv = """# Ilse Brandt
## Berufserfahrung
**04.2019 - 09.2023 -- Projektleiterin**\\
Halvorsen GmbH, Bremen\\
- Planung von Umbauten

**01.2015 - 03.2019 -- Technikerin**\\
Kessler Bau GmbH, Bremen\\
- Vermessung und Aufmaß
"""
    facts = extract_cv_facts(cv)
    assert facts["current_title"] == "Projektleiterin"
    assert {"halvorsen gmbh", "kessler bau gmbh"} <= _lower(facts["employers"])


# --- "dates : Title chez Employer" on one bullet ----------------------------------------------------------

def test_a_dated_bullet_with_another_languages_at_word_is_a_job():
    cv = """Luc Marchand
EXPÉRIENCE PROFESSIONNELLE
- En cours : Technicien réseau chez Orvane Télécom
- Supervision du réseau et des sauvegardes
- Mars - Août 2019 : Stage Technicien chez Belcour Industries
- Câblage des baies du nouveau site
FORMATION
- 2016-2019 : Licence informatique
"""
    facts = extract_cv_facts(cv)
    assert {"orvane télécom", "belcour industries"} <= _lower(facts["employers"])
    assert facts["current_title"] == "Technicien réseau"


def test_a_month_without_its_year_opens_a_range():
    from core.analysis.cv_entry_bounds import DATE_RANGE_RE

    assert DATE_RANGE_RE.search("Avril - Juin 2017")
    assert DATE_RANGE_RE.search("June – August 2021")
    assert not DATE_RANGE_RE.search("May - we met in June")


# --- an institution named with its town keeps the town ------------------------------------------------------

def test_a_university_named_with_its_town_is_one_employer():
    cv = """Jonas Ebner
Berufserfahrung
Studentische Hilfskraft – Lehrstuhl für Statistik 04/2022 – 02/2023
Universität Tübingen
Datenaufbereitung für Forschungsprojekte.
Werkstudent 03/2021 – 03/2022
Klinikum Stuttgart
Pflege der Patientendatenbank.
"""
    facts = extract_cv_facts(cv)
    assert {"universität tübingen", "klinikum stuttgart"} <= _lower(facts["employers"])
    assert "universität" not in _lower(facts["employers"])


# --- a work mode in brackets after the title --------------------------------------------------------------

def test_a_work_mode_in_brackets_is_not_part_of_the_title():
    for mode in ("Remoto", "Remote", "Télétravail", "Híbrido"):
        cv = f"""Ana Lima
Experiência
Dataflux
Analista de Dados ({mode}) 2022 – Presente
- Modelagem de dados para o time de vendas
"""
        facts = extract_cv_facts(cv)
        assert facts["current_title"] == "Analista de Dados", mode


# --- German titles ending in a head the list lacked --------------------------------------------------------

def test_german_service_titles_and_an_internship_are_titles():
    cv = """Lena Hoff
Beruflicher Werdegang
Juni 2021 – August 2021 | Gasthaus Sonnenblick | Servicekraft
Service im Restaurant und an der Bar.
März 2020 – Mai 2020 | Eventagentur Nordlicht | Eventhelferin
Aufbau und Einlass bei Konzerten.
Praktikum – Lindqvist Logistik GmbH
2019, Jul–Sep. Ich habe Lieferungen geplant.
"""
    facts = extract_cv_facts(cv)
    assert {"gasthaus sonnenblick", "eventagentur nordlicht", "lindqvist logistik gmbh"} <= _lower(facts["employers"])
    assert facts["current_title"] == "Servicekraft"


def test_a_tool_in_capitals_before_a_title_at_an_employer_is_not_the_employer():
    cv = """Timo Rask
Berufserfahrung
ERP WMS Softwareentwickler @Kranfeld Antriebe
09/2020 - 08/2022 Kassel, Germany
- Lagerprozesse im ERP-System umgesetzt
"""
    facts = extract_cv_facts(cv)
    assert _lower(facts["employers"]) == {"kranfeld antriebe"}
    assert facts["current_title"] == "ERP WMS Softwareentwickler"


# --- a PDF's spacing accent before its letter ("f¨ur", pdfTeX with old fonts) -------------------------------

def test_a_spacing_accent_before_a_letter_is_that_letter_accented():
    assert clean_line("Institut f¨ur Solare Energiesysteme") == "Institut für Solare Energiesysteme"
    assert clean_line("Universit´e de Lyon") == "Université de Lyon"


# --- moderncv's "dates  Title, Employer, City." header: its full stop ends no sentence --------------------

def test_a_dated_header_ending_in_a_full_stop_is_a_header():
    cv = """Sam Ortega
Experience
2019 – 2022 Staff Nurse, Harbour View Hospital, Leeds.
Cared for twelve patients on the respiratory ward.
2015 – 2019 Healthcare Assistant, Elmfield Care Home, York.
Supported residents with daily living.
Education
2012 – 2015 BSc Nursing, University of Leeds.
"""
    facts = extract_cv_facts(cv)
    assert {"harbour view hospital", "elmfield care home"} <= _lower(facts["employers"])
    assert facts["current_title"] == "Staff Nurse"


def test_a_bullet_glyphs_name_in_the_text_is_a_bullet():
    cv = """Sam Ortega
Experience
2019 – 2022 Fitter, Norrland Maschinenbau, Graz.
Tasks:
/circle_blank Assembly of special machines
/circle_blank Commissioning of pneumatic systems

Civil Service
2010 – 2011 Civil Service, Helping Hands Care, Graz.
Education
2012 – 2015 BSc Mechanics, University of Graz.
"""
    employers = _lower(extract_cv_facts(cv)["employers"])
    assert "norrland maschinenbau" in employers
    assert not any("circle" in e or "commissioning" in e for e in employers)
