"""CV facts, issue 15 point 1: employer and school recall kinds found on the dev corpus (session 12), one small
made-up input per kind: a list of one-line jobs each opening with its years; a university's or a state's
department; a town before its state code; a degree's line with a long field in lower case; a labelled institution,
one after "from", one named without an institution word beside the qualification, a name's own short form; a
title's list of fields; season words in names; "@" names; German titles and headers ("Mitarbeiter Datenerhebung",
wrapped after "am"/"für", "Titel. Arbeitgeber"); a header ending in a dash; a course of study among the jobs; and
what is no employer (a career break, personal development, a project contributed to, a course under a training
heading in another language)."""

from __future__ import annotations

from core.analysis import extract_cv_facts


def _lower(values) -> set[str]:
    return {v.casefold() for v in values}


# --- one-line entries "2019 Employer, Title, Town, ST", one after the other, no bullets -------------------

def test_dated_one_line_entries_without_bullets_are_one_job_each():
    cv = """Rowan Tate
Professional Experience
2021 Harbour Street Gallery, Gallery Assistant, Portland, ME
2019 – 2020 Kettle Creek Watershed Council, Field Technician, Bangor, ME
2019 Lakeview Borough School District, Substitute Teacher (Grade 5 Science), Bangor, ME
2018 Pinecrest Soil Conservation District, Outreach Programs, Augusta, ME
2018 Northern Streams Monitoring Network (Upper Basin Sites), Aquatic Field
Technician, Augusta, ME
2016 – 2018 Maine Coastal Survey Office, Survey Assistant, Augusta, ME
2015 Granite Valley Trust, Programme Coordinator, Bath, ME
"""
    employers = _lower(extract_cv_facts(cv)["employers"])
    assert {"harbour street gallery", "kettle creek watershed council", "lakeview borough school district",
            "northern streams monitoring network", "maine coastal survey office",
            "granite valley trust"} <= employers


# --- a degree's line whose field is written in lower case before its school --------------------------------

def test_a_line_opening_with_its_degree_names_its_school_however_long_the_field():
    cv = """Lea Marchand
Experience
Data Analyst at Brightwater Ltd (2019 - 2022)
- Built the sales dashboards
Education
- 2016-2018 : MSc in data science and machine learning at Northbridge College
- 2011-2013 : Master développeur d’application et architecte logiciel à l’ETNA
"""
    assert {"northbridge college", "etna"} <= _lower(extract_cv_facts(cv)["schools"])
    passing = """Lea Marchand
Education
- Completed my teaching placements in the science department of Cardinal Newman College
BSc Physics, University of Hull, 2014
"""
    assert _lower(extract_cv_facts(passing)["schools"]) == {"university of hull"}  # a sentence's school, still none


# --- "X Department of Y": a university's department after its name, a state's department as the body ------

def test_a_universitys_department_written_after_its_name_leaves_the_university():
    cv = """Rowan Tate
Experience
2019 – 2021 Northgate University Department of Chemistry, Hale Lab, Research Technician, Albany, NY
- Ran the mass spectrometer
2016 – 2019 Vermont Department of Natural Resources, Field Ecologist, Montpelier, VT
- Surveyed wetlands
2014 – 2016 Biofuel Department of Corvane, Process Analyst, Burlington, VT
- Tuned the fermenters
"""
    employers = _lower(extract_cv_facts(cv)["employers"])
    assert {"northgate university", "vermont department of natural resources", "corvane"} <= employers
    assert "chemistry" not in employers and "natural resources" not in employers


# --- "Employer, Title, Town, ST": the part before a closing state code is the town --------------------------

def test_the_part_before_a_closing_state_code_is_a_town_not_the_employer():
    cv = """Rowan Tate
Experience
Sales Associate, Bramble & Co, Smallbrook, PA
2018 - 2020
- Served 80 customers a day
2015 - 2018 Orchard Lane, Sales, Media, PA
- Ran the till
"""
    employers = _lower(extract_cv_facts(cv)["employers"])
    assert {"bramble & co", "orchard lane"} <= employers
    assert not employers & {"smallbrook", "media"}


# --- an institution without an institution word: a form's label, or "from" on the degree's line --------------

def test_a_labelled_institution_is_the_school_whatever_its_words():
    cv = """Dana Fell
Experience
Pharmacy Assistant | Hillcrest Drugstore
2015 - 2019
- Filled 200 prescriptions a week
Education & Certifications
Certified Pharmacy Technician
Institution: Corner Apothecary Group, Dover, DE
Year: 2014
"""
    assert "corner apothecary group" in _lower(extract_cv_facts(cv)["schools"])


def test_the_name_after_from_on_an_education_line_is_the_school():
    cv = """Dana Fell
Experience
Analista de personal, Tiendas Norte, 2021-01-01 - present
- Ran the onboarding
Education
Curso Nóminas from Servicio Regional de Formación SERFO, 2020-03-01 - 2020-06-01
Diplomado Talento Humano from Politecnico central de Antioquia, 2019-01-01 - 2019-12-01
"""
    schools = _lower(extract_cv_facts(cv)["schools"])
    assert {"servicio regional de formación serfo", "politecnico central de antioquia"} <= schools


# --- an organisation's name and its own short form after it -------------------------------------------------

def test_a_name_keeps_its_own_short_form_written_after_it():
    cv = """Tom Ried
Berufserfahrung
Research assistant | April 2021 - September 2023
Helmholtz Zentrum für Angewandte Dynamik ADA
- Simulated the cooling loops
Education
Bachelor Degree in Physics @ Polytechnic of Valdera - PVA
"""
    facts = extract_cv_facts(cv)
    assert "helmholtz zentrum für angewandte dynamik ada" in _lower(facts["employers"])
    assert "polytechnic of valdera - pva" in _lower(facts["schools"])
    town = """Tom Ried
Experience
Data Engineer | 2021 - 2023
Cinch Financial Boston
- Built the ledgers
"""
    assert "cinch financial" in _lower(extract_cv_facts(town)["employers"])  # a town run into a name is still cut


# --- a school without an institution word, on its own line with its dates or town, beside the degree's ---------

def test_a_name_with_its_dates_or_town_beside_a_qualification_is_the_school():
    cv = """Eva Lanz
Experience
Desarrolladora web | Tiendas Norte | 2022 - 2024
- Built the shop front end
Educacion
IES Hermanas Ribera | 2019 - 2021
Grado Superior en Desarrollo de Aplicaciones Web
Certificate: Medical Billing and Coding
Northside Careers Center - Miami
07/2023 - 10/2023
Bachelor of Arts, History, University of Hull
Phi Beta Kappa
"""
    schools = _lower(extract_cv_facts(cv)["schools"])
    assert {"ies hermanas ribera", "northside careers center", "university of hull"} <= schools
    assert "phi beta kappa" not in schools  # a name alone beside a degree: an honour as likely as a school


# --- a title heading a list of fields ("Supervisor of A, B, and C | Employer") --------------------------------

def test_a_titles_list_of_fields_after_of_stays_in_the_title():
    cv = """Dana Fell
Experience
Manager of Intake, Billing, and Records Scheduling | Lakeshore Orthopedics
2015 - 2019
- Ran a desk of six
"""
    facts = extract_cv_facts(cv)
    assert "lakeshore orthopedics" in _lower(facts["employers"])
    assert not any(e.casefold().startswith("and ") for e in facts["employers"])


# --- a season word opening a name ("Summer School ...", "Spring Valley ...") is a date only before a year ------

def test_a_season_word_is_part_of_a_name_unless_a_year_follows():
    cv = """Carla Jensen
EXPERIENCE
Spring Valley Creamery, Lehi — Shift Supervisor
MAY 2021 - AUGUST 2022
- Opened the shop at 6 am
Summer Reading Camp, Provo — Counselor
Summer 2019 - Fall 2020
- Read with groups of eight
"""
    facts = extract_cv_facts(cv)
    assert {"spring valley creamery", "summer reading camp"} <= _lower(facts["employers"])
    assert ("Counselor", "Summer Reading Camp") in facts["jobs"]


# --- "@Employer" after words that are no title; a PDF's non-breaking hyphen between dates; a career break -----

def test_an_at_sign_names_the_employer_whatever_precedes_it():
    cv = """Jonas Weber
Arbeitserfahrung
Praxiserfahrung während des Masterstudiums @Veltra
09/2022 \u2011 09/2024 Walldorf, Germany
- Built approval workflows
"""
    assert _lower(extract_cv_facts(cv)["employers"]) == {"veltra"}


def test_a_career_break_is_no_employer():
    cv = """Jonas Weber
Experience
Career Break
02/2023 \u2011 now
- Cared for a family member
Data Curator
Kestrel Research Centre 07/2020 \u2011 01/2023
- Curated the archive
"""
    facts = extract_cv_facts(cv)
    assert _lower(facts["employers"]) == {"kestrel research centre"}


# --- a German title: its head first, then its field as one noun ("Mitarbeiter Datenerhebung") ---------------

def test_a_german_head_then_a_field_noun_is_a_title_not_the_employer():
    cv = """Jonas Weber
Berufserfahrung
Mitarbeiterin Buchhaltung | 11/2021 – 01/2023
Stadtwerke Lindenau
Rechnungen geprüft und gebucht.
"""
    facts = extract_cv_facts(cv)
    assert _lower(facts["employers"]) == {"stadtwerke lindenau"}
    assert facts["current_title"] == "Mitarbeiterin Buchhaltung"


# --- "Employer, Town —" with the title wrapped onto the next line ----------------------------------------------

def test_a_header_ending_in_a_dash_goes_on_with_its_title_on_the_next_line():
    cv = """Carla Jensen
EXPERIENCE
The Brookfield Parish, Ogden —
Youth Missionary, Shift Supervisor
MARCH 2021 - OCTOBER 2022
- Ran the Saturday shift
The Soap Factory, Provo — Shift Manager
SEPTEMBER 2019 - DECEMBER 2020
- Opened the store
"""
    employers = _lower(extract_cv_facts(cv)["employers"])
    assert {"the brookfield parish", "the soap factory"} <= employers
    assert "youth missionary" not in employers


# --- German headers: "Titel am Dienst" wrapped after "am" or "für", and "Titel. Arbeitgeber" ------------------

def test_a_german_header_wrapped_after_am_or_fuer_keeps_its_employer():
    cv = """Olena Marchuk
BERUFSERFAHRUNG
02.2012-08.2013 | Rettungssanitäterin am
Rettungsdienst, Lwiw Ukraine
08.2013-02.2015 | Krankenschwester. Praxisklinik für
plastische Chirurgie, Lwiw
03.2015-03.2016 Pflegehelferin im Seniorenheim Sonnenhof, Bremen, Deutschland
AUSBILDUNG
2008-2012 | Medizinische Fachschule Lwiw
"""
    employers = _lower(extract_cv_facts(cv)["employers"])
    assert {"rettungsdienst", "praxisklinik für plastische chirurgie"} <= employers


def test_a_title_and_a_name_with_a_full_stop_of_its_own():
    cv = """Olena Marchuk
Experience
2019 - 2021 | Office Manager. Harbour Dental Care, Leeds
2016 - 2019 | Receptionist, Proof. Pest Control, Leeds
"""
    employers = _lower(extract_cv_facts(cv)["employers"])
    assert {"harbour dental care", "proof. pest control"} <= employers


# --- a course of study a two-column layout put among the jobs: dated, no title, a degree's line -----------------

def test_a_dated_entry_with_a_degree_line_and_no_title_is_a_school_not_a_job():
    cv = """Amara Nkemelu
BERUFLICHER WERDEGANG
März 2023 - Heute | Nordlicht Events | Eventhelferin
Hilfe bei der Organisation von Events
September 2022 - Heute | Hochschule Talberg
Studiengang : Informatik
August 2022 | Sprachinstitut Lindenau gGmbH
Abschluss: Telc C1 Hochschule
"""
    facts = extract_cv_facts(cv)
    assert _lower(facts["employers"]) == {"nordlicht events"}
    assert {"hochschule talberg", "sprachinstitut lindenau ggmbh"} <= _lower(facts["schools"])


# --- a year-led header wrapped onto a second line that holds the title: the name the years open with ----------

def test_the_name_after_the_years_is_the_employer_when_the_title_is_on_the_wrapped_line():
    cv = """Rowan Tate
Professional Experience
2014 – 2018 Greenfield Parks Board, Bureau of Waste
Cleanup & Reuse, Storage Tanks Program, Water Quality Specialist, Barre, VT
2013 – 2014 Harbour Street Gallery, Gallery Assistant, Portland, ME
"""
    employers = _lower(extract_cv_facts(cv)["employers"])
    assert "greenfield parks board" in employers
    assert "cleanup & reuse" not in employers


# --- no employer: a project contributed to, time for one's own development, a course under a training heading ---

def test_a_project_contributed_to_is_no_employer_and_its_product_stays_a_skill():
    cv = """Alex Moreau
Experience
Backend Developer - Nimbus Inc., Montreal, QC
- Built the billing service
Contributor - Puppeteer, Open Source Google Project
- Added integration tests
"""
    facts = extract_cv_facts(cv)
    assert _lower(facts["employers"]) == {"nimbus inc."}
    assert "puppeteer" in _lower(facts["skills_as_written"])


def test_personal_development_time_is_no_employer():
    cv = """Nadia Kern
BERUFSERFAHRUNG
12.2023 – heute -- Persönliche Weiterentwicklung
- Weiterbildung in Data Analytics (SQL, Python)
02.2021 - 11.2023 -- Qualitätssicherungsingenieurin
Lindwerk GmbH, Berlin
- Testpläne erstellt
"""
    assert _lower(extract_cv_facts(cv)["employers"]) == {"lindwerk gmbh"}


def test_a_course_under_a_training_heading_in_german_is_no_job():
    cv = """Nadia Kern
BERUFSERFAHRUNG
02.2021 - 11.2023 -- Testerin
Lindwerk GmbH, Berlin
- Testpläne erstellt
WEITERBILDUNG
| Zeitraum | Kurse |
| März 2018 | Business Analyst: Software Requirements & Techniques (Lernportal, e-Learning) |
| Mai 2016 | Deutsch B1 (VHS, Berlin) |
"""
    assert _lower(extract_cv_facts(cv)["employers"]) == {"lindwerk gmbh"}
