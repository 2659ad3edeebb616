"""CV skill-under-employer pairs, session 15 (issue 15 point 1): shapes of an entry that gave its skills no
employer or the wrong one, each with a made-up CV (no corpus text)."""

from __future__ import annotations

import pytest

from core.analysis.cv_names import drop_other_name
from tests.cv_helpers import cv_facts, cv_pairs

# --- another language's "at" after an internship word, an elided article, a title a PDF wrapped -------------

_FR_HEAD = """Léa Marchand
INGÉNIEURE LOGICIEL
lea.marchand@example.org

EXPÉRIENCE PROFESSIONNELLE
"""

_FR_TAIL = """
FORMATION
- 2014-2017 : Licence informatique à l’Université de Rennes

COMPÉTENCES
Kotlin, Java, Django, PostgreSQL, Vue.js, Go
"""

_AT_SHAPES = {
    "internship word, elided article": ("- Mars - Juin 2019 : Stage à l’ESTIM,\n"
                                        "- refonte d’un portail web interne (Django, PostgreSQL)\n", "ESTIM", "Django"),
    "internship word, 'au' and a short name": ("- Mars - Juin 2019 : Stage au LORIVAL\n"
                                               "- tableau de bord interne (Vue.js)\n", "LORIVAL", "Vue.js"),
    "internship word, 'à la'": ("- Mars - Juin 2019 : Stage à la SNTRA\n"
                                "- outils de supervision (Go)\n", "SNTRA", "Go"),
    "Italian internship word": ("- 2019 : Tirocinio presso Fabbrini Servizi S.r.l.\n"
                                "- sviluppo di un'app interna (Kotlin)\n", "Fabbrini Servizi S.r.l", "Kotlin"),
    "Portuguese internship word": ("- 2019 : Estágio na Lusodados Lda\n"
                                   "- migração de serviços (Java)\n", "Lusodados Lda", "Java"),
}


@pytest.mark.parametrize("entry,employer,skill", _AT_SHAPES.values(), ids=list(_AT_SHAPES))
def test_internship_at_an_employer_gives_the_entry_its_employer(entry: str, employer: str, skill: str) -> None:
    cv = _FR_HEAD + "- 2021 - 2024 : Développeuse chez Norvane\n- services internes (Kotlin)\n" + entry + _FR_TAIL
    facts = cv_facts(cv)
    assert employer.casefold() in {e.casefold().rstrip(".") for e in facts["employers"]}
    assert (skill.casefold(), employer.casefold()) in {(s, e.rstrip(".")) for s, e in cv_pairs(cv)}


def test_a_place_after_a_french_at_is_no_employer() -> None:
    cv = _FR_HEAD + "- Mars - Juin 2019 : Stage à Rennes\n- refonte d’un portail (Django)\n" + _FR_TAIL
    assert not any("rennes" in e.casefold() for e in cv_facts(cv)["employers"])


def test_a_title_wrapped_before_chez_stays_with_its_title() -> None:
    """A PDF wraps "Alternante développeuse" / "Android chez Belcour": the employer is Belcour, and the skills of
    the entry go under it, not under "Android chez Belcour"."""
    cv = _FR_HEAD + ("- Janvier 2020 - Mai 2021 :\nAlternante développeuse\nAndroid chez Belcour\n"
                     "- applications de démonstration (Kotlin, Java)\n") + _FR_TAIL
    facts = cv_facts(cv)
    assert "Belcour" in facts["employers"]
    assert {("kotlin", "belcour"), ("java", "belcour")} <= cv_pairs(cv)


# --- a bracketed other name after the employer's -------------------------------------------------------------

_EN_CV = """Priya Raman
Data Engineer
priya.raman@example.com

EXPERIENCE
Data Engineer | Lumora Systems (Brightpath) | 2020 - 2023
- Built ingestion pipelines in Python and Airflow
Research Assistant | Institute for Coastal Studies (ICS) | 2017 - 2020
- Modelled tides in MATLAB
Analyst | Verdane SE (Polska) | 2015 - 2017
- Reported sales in Tableau

EDUCATION
BSc Mathematics, University of Leeds, 2011 - 2014

SKILLS
Python, Airflow, MATLAB, Tableau
"""


def test_a_bracketed_other_name_is_dropped_from_the_employer() -> None:
    """The labels' rule: an employer without its bracketed later owner, brand or country ("Accengage (Airship)" ->
    "Accengage"), with its bracketed abbreviation ("... (DZMB)")."""
    facts = cv_facts(_EN_CV)
    assert {"Lumora Systems", "Institute for Coastal Studies (ICS)", "Verdane SE"} <= set(facts["employers"])
    assert {("python", "lumora systems"), ("matlab", "institute for coastal studies (ics)"),
            ("tableau", "verdane se")} <= cv_pairs(_EN_CV)


@pytest.mark.parametrize("written,read", [
    ("Accengage (Airship)", "Accengage"), ("ENSG (IGN)", "ENSG"), ("LPP S.A. (Reserved Brand)", "LPP S.A."),
    ("National Survey Network (Taiga and Tundra Domains)", "National Survey Network"),
    ("Centre for Marine Studies (CMS)", "Centre for Marine Studies (CMS)"),
    ("Lead Engineer (Mobile Applications)", "Lead Engineer (Mobile Applications)"),
    ("Acme (generally working remotely)", "Acme (generally working remotely)"),
])
def test_drop_other_name(written: str, read: str) -> None:
    assert drop_other_name(written) == read


# --- a product named by a known skill and a qualifier, and a name of several words in a space-only list ---------

_SAP_CV = """Jonas Weber
SAP Developer
jonas.weber@example.de

EXPERIENCE
SAP Developer | Nordlicht Logistik GmbH | 2020 - 2024
- Built warehouse screens on SAP EWM with ABAP OO
- Wrote side-by-side extensions with CAP Java and CAP Node.js
- Designed list reports with Fiori Elements
Junior Developer | Kranwerk AG | 2017 - 2020
- Maintained reports in ABAP

EDUCATION
BSc Informatik, Hochschule Bremen, 2014 - 2017

SKILLS
Kotlin Fiori Elements CAP Java / Python Docker Jira ABAP OO
"""


def test_a_product_named_by_a_skill_and_a_qualifier_is_one_skill() -> None:
    pairs = cv_pairs(_SAP_CV)
    employer = "nordlicht logistik gmbh"
    assert {("sap ewm", employer), ("abap oo", employer), ("cap java", employer), ("cap node.js", employer),
            ("fiori elements", employer), ("abap", "kranwerk ag")} <= pairs
    assert not {("java", employer), ("node.js", employer), ("abap", employer)} & pairs


def test_a_name_of_several_words_stays_whole_in_a_space_only_list() -> None:
    cv = _SAP_CV.replace("Kotlin Fiori Elements CAP Java / Python Docker Jira ABAP OO",
                         "Kotlin Spring Boot React Native Docker Visual Studio Code Jira")
    skills = {s.casefold() for s in cv_facts(cv)["skills_as_written"]}
    assert {"spring boot", "react native", "visual studio code", "kotlin", "jira"} <= skills
    assert not {"boot", "studio", "code", "native"} & skills


# --- the courses a lecturer teaches, listed as a group of the skills section ----------------------------------

_LECTURER_CV = """Dr. Maren Holt
Lecturer in Economics
maren.holt@example.ac.uk

EXPERIENCE
Lecturer | University of Northbridge | 2016 - 2024
- Teaching: Public Finance with Stata, Labour Economics, Econometric Methods
- Built replication packages in R

EDUCATION
PhD Economics, University of Southfield, 2012 - 2016

SKILLS
Software: R, Stata, LaTeX
Teaching: Public Finance, Labour Economics, Econometric Methods
"""


def test_a_teaching_group_lists_courses_not_skills() -> None:
    """Course titles are no skills (the dev labels' written rule): a skills group headed "Teaching:" names the courses
    taught, so its items are no skills and no pairs; the tools the list names elsewhere still pair."""
    skills = {s.casefold() for s in cv_facts(_LECTURER_CV)["skills_as_written"]}
    assert {"r", "stata", "latex"} <= skills
    assert not {"public finance", "labour economics", "econometric methods"} & skills
    pairs = cv_pairs(_LECTURER_CV)
    assert {("r", "university of northbridge"), ("stata", "university of northbridge")} <= pairs
    assert not any(s in ("public finance", "labour economics", "econometric methods") for s, _ in pairs)


_TAUGHT_CV = """Dr. Ivo Brandt
Research Software Engineer
ivo.brandt@example.org

EXPERIENCE
Lecturer | University of Eastmoor | 2018 - 2024
- Teaching in Higher Education: Urban Hydrology using QGIS and Moodle, Flood Risk Modelling
- Course BIO 210: Scientific Computing. Topics: code review, documentation, testing with Pytest
Research Engineer | Delta Water Lab | 2015 - 2018
- Wrote the documentation of the flood model; ran Flood Risk Modelling studies in QGIS

EDUCATION
PhD Hydrology, University of Westmoor, 2011 - 2015

SKILLS
Tools: QGIS, Moodle, Pytest, Python
Methods: Urban Hydrology, Flood Risk Modelling, code review, documentation
"""


def test_the_subjects_a_line_says_were_taught_are_no_skills_used_there() -> None:
    """"Teaching ...: Urban Hydrology, ..." and "Topics: code review, documentation" list a course's subjects: the
    listed phrases there pair with no employer, the tools the line names do; elsewhere the same phrases pair."""
    pairs = cv_pairs(_TAUGHT_CV)
    lecturer, lab = "university of eastmoor", "delta water lab"
    assert {("qgis", lecturer), ("moodle", lecturer), ("pytest", lecturer)} <= pairs
    assert not {("urban hydrology", lecturer), ("flood risk modelling", lecturer), ("code review", lecturer),
                ("documentation", lecturer)} & pairs
    assert {("documentation", lab), ("flood risk modelling", lab), ("qgis", lab)} <= pairs


# --- well-known names of their fields the lexicon lacked (session 15: 8 added, 3 aliases of SAP names above) ------

_PLATFORM_CV = """Rosa Lindqvist
Platform Engineer
rosa.lindqvist@example.se

EXPERIENCE
Platform Engineer | Hjortvik Telecom | 2019 - 2024
- Routed SMS traffic through Kannel gateways and ran BPMN workflows on Zeebe
- Automated provisioning with vRO workflows and VMware vRealize Automation blueprints
- Wrote playbooks for Ansible Automation Platform
Web Developer | Saltmarsh Studio | 2016 - 2019
- Built the booking site in TanStack Start and customer chats on the WhatsApp Business API

EDUCATION
BSc Computer Engineering, KTH, 2012 - 2016
"""


def test_names_the_lexicon_now_knows_pair_with_their_employer() -> None:
    pairs = cv_pairs(_PLATFORM_CV)
    telecom, studio = "hjortvik telecom", "saltmarsh studio"
    assert {("kannel", telecom), ("zeebe", telecom), ("vro", telecom), ("vmware vrealize automation", telecom),
            ("ansible automation platform", telecom), ("tanstack start", studio),
            ("whatsapp business api", studio)} <= pairs
    assert ("ansible", telecom) not in pairs  # the longer name is the one written


# --- a listed abbreviation with the thing it qualifies ("ML models"): one name, no "ML" of its own inside -------

_ML_CV = """Kenji Arai
Backend Developer
kenji.arai@example.jp

EXPERIENCE
Backend Developer | Sorano Robotics | 2020 - 2024
- Deployed ML models to the warehouse robots with Docker

EDUCATION
BEng Mechatronics, Tohoku University, 2016 - 2020

SKILLS
Python, Docker, ML models
"""


def test_a_listed_abbreviation_phrase_pairs_whole() -> None:
    pairs = cv_pairs(_ML_CV)
    assert {("ml models", "sorano robotics"), ("docker", "sorano robotics")} <= pairs
    assert ("ml", "sorano robotics") not in pairs
