"""CV skills and skill-employer pairs, session 12 (issue 15 point 1): kinds of misses the dev corpus showed,
each with a made-up CV (no corpus text)."""

from __future__ import annotations

from tests.cv_helpers import cv_pairs as _pairs
from tests.cv_helpers import cv_skills as _skills

# --- tools the lexicon does not know, named in a bullet among tools it knows ----------------------------------

_LISTED_TOOLS_CV = """Experience
Telephony Engineer | Brightwave Networks | 2019 - Present
- Built door-phone firmware (Zephyr RTOS, C++, Python, Kamailio)
- Shipped a softphone app (Redis, Kamailio, OpenSIPS) for the support desk
- Added billing screens in a Ruby, Hanami, and PostgreSQL stack
Skills
Linux, Git
"""


def test_a_bracket_of_tools_names_the_unknown_ones_too_and_pairs_them():
    skills, pairs = _skills(_LISTED_TOOLS_CV), _pairs(_LISTED_TOOLS_CV)
    assert {"zephyr rtos", "kamailio"} <= skills
    assert ("kamailio", "brightwave networks") in pairs


def test_a_name_another_list_gave_counts_as_known_in_the_next_bracket():
    # "(Redis, Kamailio, OpenSIPS)": one lexicon tool, but Kamailio came from the bracket before
    assert "opensips" in _skills(_LISTED_TOOLS_CV)


def test_a_comma_list_in_a_sentence_names_its_unknown_tools():
    assert "hanami" in _skills(_LISTED_TOOLS_CV)
    assert ("hanami", "brightwave networks") in _pairs(_LISTED_TOOLS_CV)


def test_words_around_a_list_are_no_tools():
    cv = """Experience
Platform Engineer | Northfield Labs | 2020 - Present
- Designed and developed a release system with Jenkins, GitHub and Terraform to ship nightly
- Strategy, market research, Python and SQL reporting for the sales team
- Documented the API using Postman, Swagger, and Web Developer tools
- Visited clients (Leeds, York, Hull) to roll it out
"""
    skills = _skills(cv)
    assert not {"designed", "strategy", "web developer", "leeds", "york", "hull"} & skills


def test_capitalised_nouns_of_a_german_cv_are_no_tool_names():
    cv = """Berufserfahrung
Softwaretesterin | Nordlicht Software GmbH | 2020 - heute
- Weiterbildung in Data Analytics (Datenanalyse, SQL, Python, Berichtswesen, Visualisierung)
- Durchführung von Tests für die mobile Anwendung und Pflege der Testfälle im Team
- Zusammenarbeit mit der Entwicklung bei der Analyse von Fehlern und Anforderungen
"""
    skills = _skills(cv)
    assert {"sql", "python"} <= skills
    assert not {"datenanalyse", "berichtswesen", "visualisierung"} & skills


# --- a skills heading in another language: a skills noun with an adjective ----------------------------------

def test_a_german_skills_heading_with_an_adjective_heads_a_skills_section():
    cv = """## BERUFSERFAHRUNG
**2019 - heute -- Testerin**
Nordlicht Software GmbH, Hamburg
- Pflege der Testfälle
## TECHNISCHE FÄHIGKEITEN
Werkzeuge: Kiwi TCMS, Postman, Jenkins
## PERSÖNLICHE STÄRKEN
Teamorientiert
Zuverlässige Arbeitsweise
## EHRENAMTLICHE ARBEIT
2021 – heute -- Tafel Hamburg e.V.
Projekt: Ausgabe von Lebensmitteln
Verantwortlichkeiten: Organisation der Schichten
"""
    skills = _skills(cv)
    assert {"kiwi tcms", "teamorientiert", "zuverlässige arbeitsweise"} <= skills
    assert not {"projekt", "verantwortlichkeiten", "ehrenamtliche arbeit"} & skills


def test_a_romance_skills_heading_puts_its_adjective_after_the_noun():
    cv = """Experiencia
Desarrolladora | Soluciones Norte S.L. | 2020 - 2024
- Mantenimiento de la web
Competencias personales
Trabajo en equipo
Gestión del tiempo
"""
    assert {"trabajo en equipo", "gestión del tiempo"} <= _skills(cv)


# --- a tool named inside a group's name before a colon -------------------------------------------------------

def test_a_tool_inside_a_group_name_before_a_list_is_no_skill_but_a_tool_naming_the_group_is():
    cv = """Skills
EMR Systems: Meditech, Allscripts
Linux Administration: Ubuntu, CentOS
PHP: Laravel, Symfony
"""
    skills = _skills(cv)
    assert {"meditech", "allscripts", "ubuntu", "centos", "laravel", "symfony", "php"} <= skills
    assert not {"emr", "linux"} & skills


def test_another_sections_heading_with_an_adjective_ends_the_skills_section():
    cv = """Competenze Tecniche
- Linguaggi: Python, Java, Kotlin
Progetti Rilevanti
- Riconoscimento Targhe Veloce | PyTorch, OpenCV
Sistema per leggere le targhe delle auto in tempo reale.
Esperienza Professionale
Sviluppatore | Sole Digitale S.r.l. | 2022 – 2024
- Sviluppo di servizi web
"""
    skills = _skills(cv)
    assert {"python", "java", "kotlin", "pytorch", "opencv"} <= skills
    assert "riconoscimento targhe veloce" not in skills


# --- a level of knowledge and a group's name written beside the items ---------------------------------------

def test_a_german_level_beside_the_tools_is_no_skill():
    cv = """Technische Kenntnisse
Blender & Krita | sehr gute Kenntnisse
Inkscape, Scribus gute Kenntnisse
Godot | Grundkenntnisse
"""
    skills = _skills(cv)
    assert {"blender", "krita", "inkscape", "scribus", "godot"} <= skills
    assert not {s for s in skills if "kenntnisse" in s}


def test_a_group_name_without_its_colon_is_dropped_but_a_two_word_skill_is_kept():
    cv = """Skills
Cloud Platforms AWS, Microsoft Azure
Spoken Languages English, Polish
Software Craftsmanship
"""
    skills = _skills(cv)
    assert {"aws", "microsoft azure", "software craftsmanship"} <= skills
    assert not {"cloud platforms aws", "spoken languages english", "craftsmanship"} & skills


# --- a two-column PDF: job bullets under the skills heading, and a narrow column that wraps its items -----------

_COLUMN_CV = """Experience
Software Engineer | Harbourline Freight | 2019 - Present
Skills
- Create and maintain GCP infrastructure such as VM instances, Firewall Rules, Cloud Functions, and storage buckets
- Used Firestore to serve data from POST, PATCH, and GET endpoints
Mobile
Development
Kotlin
Continuous
Delivery
Google
Kubernetes Engine
Hypertext Markup
Language
(HTML)
Domain Driven
Design
Swift
Lean
Methodologies
Jetpack
"""


def test_a_group_heading_word_that_a_column_wrapped_joins_its_item():
    # "Methodologies" alone reads as a skills heading; in a wrapping column it is the rest of "Lean"
    skills = _skills(_COLUMN_CV)
    assert "lean methodologies" in skills
    assert "lean" not in skills


def test_job_bullets_under_a_skills_heading_give_no_list_items():
    skills = _skills(_COLUMN_CV)
    assert not {"firewall rules", "storage buckets", "patch", "get endpoints"} & skills


def test_a_narrow_column_joins_the_items_it_wrapped():
    skills = _skills(_COLUMN_CV)
    assert {"mobile development", "continuous delivery", "hypertext markup language (html)", "domain driven design",
            "kotlin", "swift", "jetpack"} <= skills
    assert not {"mobile", "development", "delivery", "language", "design"} & skills


# --- slashes: a long list however spaced; a doubled colon after the label --------------------------------------

def test_four_names_or_more_set_apart_by_slashes_are_a_list_however_spaced():
    cv = """Skills
- Toast POS/Gusto/Buildertrend /Sage Intacct/Xero /Homebase
"""
    assert {"toast pos", "gusto", "buildertrend", "sage intacct", "xero", "homebase"} <= _skills(cv)


def test_a_doubled_colon_after_a_label_still_splits_the_slashed_names():
    cv = """Skills
Web Stack:: Sass/Less/Stylus, Svelte
"""
    skills = _skills(cv)
    assert {"sass", "less", "stylus", "svelte"} <= skills
    assert "sass/less/stylus" not in skills


def test_one_word_then_a_longer_name_across_a_slash_are_two_skills_unless_the_head_is_shared():
    cv = """Skills
Bookkeeping/Payroll Processing, Unix/Red Hat, UI/UX Design, Statistical/Spatial Modelling
"""
    skills = _skills(cv)
    assert {"bookkeeping", "payroll processing", "unix", "red hat", "ui/ux design", "statistical/spatial modelling"} <= skills
    assert not {"bookkeeping/payroll processing", "unix/red hat", "statistical"} & skills


def test_a_long_name_and_its_abbreviation_broken_across_lines_stay_one_skill():
    cv = """Summary
Built release tooling for teams working in a behaviour-driven development
(BDD) style, with nightly builds.
"""
    skills = _skills(cv)
    assert "behaviour-driven development (bdd)" in skills
    assert not {"bdd", "behaviour-driven development"} & skills


# --- shapes that are no skills: a currency, a letter-spaced heading, a broken tag, a heading in capitals ---------

def test_a_currency_sign_after_a_letter_is_no_language():
    cv = """Experience
Founder | Pampa Apps | 2020 - 2023
- Raised a R$250k seed round and grew the app to 40k users
- Priced the plans in C$ for the Canadian launch
"""
    assert not {"r", "c"} & _skills(cv)


def test_a_letter_spaced_heading_names_no_skill():
    cv = """Lucía Ferrer
C OMP E T E NC IA S
E XP E R IE NC IA LAB OR AL
Vendedora | Tiendas Norte | 2019 - 2023
- Atención al cliente
"""
    assert not {"r", "c"} & _skills(cv)


def test_a_two_letter_prefix_across_a_slash_stays_with_its_name():
    cv = "Skills\nPL/SQL, T-SQL, C/C++\n"
    skills = _skills(cv)
    assert {"pl/sql", "t-sql", "c", "c++"} <= skills
    assert "pl" not in skills


def test_a_broken_tag_or_a_qualifier_in_brackets_is_no_item():
    cv = "<h1>Skills</h1>\n<ul>\n<li>Django (+plugins)</li>\n<li>Celery/li>\n<li>Flask</li>\n</ul>\n"
    skills = _skills(cv)
    assert {"django", "flask"} <= skills
    assert not {"+plugins", "li>"} & skills


def test_a_credential_drops_its_issuer_after_by():
    cv = "Certifications\nCertified Pharmacy Billing Specialist, by NHA\n"
    skills = _skills(cv)
    assert "certified pharmacy billing specialist" in skills
    assert not {s for s in skills if "nha" in s}


def test_a_heading_in_capitals_inside_a_skills_section_is_no_item():
    cv = """COMPÉTENCES
INFORMATIQUE
- Langages :
Java, Kotlin, Python
GESTION DE PROJET
- Kanban
"""
    skills = _skills(cv)
    assert {"java", "kotlin", "python", "kanban"} <= skills
    assert not {"informatique", "gestion de projet"} & skills


def test_two_versions_joined_by_and_stay_one_item_and_a_generic_last_word_is_dropped():
    cv = "Skills\nFoundation 5 & 6-beta, UDP/IP family, Event Sourcing concepts, Kafka\n"
    skills = _skills(cv)
    assert {"foundation 5 & 6-beta", "udp/ip", "event sourcing", "kafka"} <= skills
    assert not {"foundation 5", "udp/ip family", "event sourcing concepts"} & skills


def test_sql_in_another_sense_is_no_skill_and_no_pair():
    cv = """Experience
Sales Development Rep | Brightlane Software | 2021 - Present
- Booked 40 meetings a month and lifted MQL-to-SQL conversion to 35%
- Ranked first on the team in SQLs generated
Security Intern | Harbour Bank | 2020 - 2021
- Wrote a scanner that flags SQL injection in login forms
"""
    assert "sql" not in _skills(cv)
    assert not {p for p in _pairs(cv) if p[0] == "sql"}
    assert "sql" in _skills("Skills\nSQL, Python\n")
