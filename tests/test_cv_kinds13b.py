"""CV facts, session 13 (issue 15 point 1), second pass over fresh set 13's misses: shapes of CV that many
people write and the reader got wrong, each with a made-up CV (no corpus text)."""

from __future__ import annotations

import pytest

from tests.cv_helpers import cv_facts as _facts

# --- an employer whose own name holds a comma before a lower-case appositive ("X, the moonshot factory") ----

_APPOSITIVE = """Tomas Berg
tomas@example.com

Experience

Firmware Engineer{sep}Q, the robotics workshop
2020-02 – 2023-06
- Wrote motor drivers in C and tested them with Python.

Support Analyst{sep}Globex, a Umbrella business
2017-01 – 2020-01
- Answered tickets in Zendesk.
"""


@pytest.mark.parametrize("sep", [", ", " | ", " — ", " at "])
def test_employer_with_a_lower_case_appositive_after_its_comma_is_whole(sep: str) -> None:
    facts = _facts(_APPOSITIVE.replace("{sep}", sep))
    assert facts["employers"] == ["Q, the robotics workshop", "Globex, a Umbrella business"]
    assert facts["current_title"] == "Firmware Engineer"


# --- 'Dates | Title, Unit, Employer, City, State': a hospital's institute or care unit before the body -------

_UNIT_THEN_BODY = """Dana Lowe
dana@example.com

PROFESSIONAL EXPERIENCE
2021 - Present | Clinical Nurse Fellow, Harbor Heart Institute, Lakeside Memorial Hospital, Columbus, Ohio
• Gave infusions and charted in Epic
2017 - 2021 | Staff Nurse, Pediatric Acute Care, Lakeside Healthcare, Columbus, Ohio
• Dispensed with Pyxis
2014 - 2017 | Research Nurse, Sleep Clinic, Riverside University Medical Center, Dayton, OH
• Scored studies in REDCap
"""


def test_unit_before_its_hospital_or_health_system_on_the_title_line_is_not_the_employer() -> None:
    facts = _facts(_UNIT_THEN_BODY)
    assert facts["current_title"] == "Clinical Nurse Fellow"
    assert facts["employers"] == ["Lakeside Memorial Hospital", "Lakeside Healthcare", "Riverside University Medical Center"]


# --- a title with the firm's department in brackets after it ('(Verwaltung)'): the title alone -----------------

_BRACKETED_UNIT = """Petra Lang
petra@example.de

Berufserfahrung

Seit 03/2016 – Nordwind Logistik GmbH, Stade
{title}
• Angebote in SAP erstellt

04/2012 – 02/2016 – Hafenblick Handel KG, Cuxhaven
Sachbearbeiterin
• Bestellungen mit DATEV gebucht
"""


@pytest.mark.parametrize("title", ["Assistentin der Geschäftsführung (Verwaltung)",
                                   "Assistentin der Geschäftsführung (Abteilung Beschaffung)",
                                   "Assistentin der Geschäftsführung (Buchhaltung)"])
def test_department_in_brackets_after_a_title_is_dropped(title: str) -> None:
    facts = _facts(_BRACKETED_UNIT.replace("{title}", title))
    assert facts["current_title"] == "Assistentin der Geschäftsführung"
    assert facts["employers"][:1] == ["Nordwind Logistik GmbH"]


def test_focus_in_brackets_after_a_title_stays() -> None:
    facts = _facts(_BRACKETED_UNIT.replace("{title}", "Entwicklerin (Mobile Anwendungen)"))
    assert facts["current_title"] == "Entwicklerin (Mobile Anwendungen)"


# --- a school's award on a line of its own ('Certificate') under each education entry: no certifications heading -

_AWARD_LINES = """Amara Obi
amara@example.com

EXPERIENCE
Data Officer, Harbor Relief Agency, Leeds
2021 - Present
- Cleaned survey records in KoboToolbox

EDUCATION
Northfield University, Leeds - Master of Science in Statistics
2019 – 2021
{award}
Eastbrook College, York - Diploma in Accounting
2016 - 2018
{award}
Hillcrest Girls' High School, Ripon - Secondary School Certificate
2010 - 2015
{award}

SKILLS
Excel, SPSS
"""


@pytest.mark.parametrize("award", ["Certificate", "Certificate:"])
def test_award_line_under_a_school_does_not_end_the_education_section(award: str) -> None:
    facts = _facts(_AWARD_LINES.replace("{award}", award))
    assert facts["schools"] == ["Northfield University", "Eastbrook College", "Hillcrest Girls' High School"]


def test_certificates_heading_after_education_still_heads_its_own_section() -> None:  # a guard: plural, capitals
    cv = _AWARD_LINES.replace("{award}\n", "").replace("SKILLS", "CERTIFICATES\nFirst Aid Certificate, Red Cross Institute\n\nSKILLS")
    facts = _facts(cv)
    assert "Red Cross Institute" not in facts["schools"]


# --- a school's long name: three words and an 'of' tail after the institution word ------------------------------

_LONG_SCHOOL = """Luis Pérez
luis@example.com

Experiencia
Analista de Sistemas
Banco Sur S.A.
2018 - 2022

Educación
Lic. en Ingeniería Informática
{school}
25/12/2015
"""


@pytest.mark.parametrize("school", ["Universidad Católica Nuestra Sra. del Carmen",
                                    "Universidad Autónoma Juan Misael de Tarija"])
def test_school_named_with_three_words_and_an_of_tail_after_its_institution_word_is_whole(school: str) -> None:
    assert _facts(_LONG_SCHOOL.replace("{school}", school))["schools"] == [school]


# --- a German or French training institute ('Institut für …', 'Akademie für …') under the education heading -----

_INSTITUT = """Petra Lang
petra@example.de

Berufserfahrung

Seit 03/2016 – Nordwind Logistik GmbH, Stade
Sachbearbeiterin
- Angebote in SAP erstellt

Ausbildung
09/2012 – 08/2015 – Kauffrau für Büromanagement (IHK)
{school}
- Buchhaltung und Rechnungswesen
"""


@pytest.mark.parametrize("school", ["Lindenhof Institut für Wirtschaft und Verwaltung GmbH",
                                    "Akademie für Wirtschaft Nord"])
def test_training_institute_under_education_is_a_school_not_an_employer(school: str) -> None:
    facts = _facts(_INSTITUT.replace("{school}", school))
    assert facts["schools"] == [school]
    assert facts["employers"] == ["Nordwind Logistik GmbH"]


# --- a South American legal form after the employer's name ('SACIG', 'S.A.E.C.A.', 'SAC', 'EIRL') ---------------

_LEGAL_FORMS = """Marta Gómez
marta@example.com

Historial de Trabajo
Desde 01/07/2018 hasta hoy
Analista de Sistemas, Veltrix SACIG, Hidroeléctrica Binacional
Pruebas de carga con JMeter.
Desde 01/09/2013 a 24/03/2017
Analista de Sistemas Junior, Datasur S.A.E.C.A.
Desarrollo de aplicaciones web con Angular.
Desde 01/06/2009 a 30/08/2013
Analista de Sistemas Junior, Kappa Andina SAC
Desarrollo de aplicaciones con C++.
"""


def test_south_american_legal_form_marks_the_employer_not_a_function_after_the_title() -> None:
    facts = _facts(_LEGAL_FORMS)
    assert facts["current_title"] == "Analista de Sistemas"
    assert facts["employers"] == ["Veltrix SACIG", "Datasur S.A.E.C.A.", "Kappa Andina SAC"]


# --- the employer's street address ending one entry, above the next entry's dates: no employer --------------------

_ADDRESS_BETWEEN = """Marta Gómez
marta@example.com

Historial de Trabajo
Desde 01/09/2013 a 24/03/2017
Analista de Sistemas Junior, Datasur S.A.
Desarrollo de aplicaciones web con Angular.
{address}
Desde 01/06/2009 a 30/08/2013
Analista de Sistemas Junior, Kappa Solution
Desarrollo de aplicaciones con C++.
"""


@pytest.mark.parametrize("address", ["Encarnación, Avda. Irrazábal 727", "Rosario, Calle Mitre 1234",
                                     "12 Park Road, Leeds", "Lyon, 5 rue de la Paix"])
def test_street_address_between_two_entries_is_no_employer(address: str) -> None:
    assert _facts(_ADDRESS_BETWEEN.replace("{address}", address))["employers"] == ["Datasur S.A.", "Kappa Solution"]


# --- an armed service before the title ('Ohio National Guard – Staff Sergeant'): the employer, not the title ------

_SERVICE = """Dana Lowe
dana@example.com

EXPERIENCE
2020 - Present | Staff Nurse, Lakeside Memorial Hospital, Columbus, Ohio
• Charted in Epic
2014 – 2020 | {service} – Staff Sergeant, Supply Planner, Dayton, OH
• Tracked stock in SAP
"""


@pytest.mark.parametrize("service", ["Ohio National Guard", "United States Air National Guard", "U.S. Coast Guard"])
def test_armed_service_named_before_the_title_is_the_employer(service: str) -> None:
    facts = _facts(_SERVICE.replace("{service}", service))
    assert facts["employers"] == ["Lakeside Memorial Hospital", service]
    assert facts["roles"][1] == "Staff Sergeant"


# --- a title ending in 'Scholar' ('Clinical Nurse Scholar'): one title, not a title and a name ----------------------

_SCHOLAR = """Dana Lowe
dana@example.com

EXPERIENCE
2021 - Present | Clinical Nurse Scholar, Harbor Heart Institute, Lakeside Memorial Hospital, Columbus, Ohio
• Charted in Epic
"""


def test_title_ending_in_scholar_is_whole() -> None:
    facts = _facts(_SCHOLAR)
    assert facts["current_title"] == "Clinical Nurse Scholar"
    assert facts["employers"] == ["Lakeside Memorial Hospital"]


# --- two headings in capitals run together by a PDF of text boxes ('DIPLÔMESPARCOURS SCOLAIRE') -----------------

_GLUED_HEADINGS = """Lina Moreau
lina@example.fr

EXPERIENCE PROFESSIONNELLE
Stagiaire – Atelier Cartographique du Rhône – 2022
- Cartes produites sous QGIS

{heading}
Lycée Victor Duruy, Bourges
Université de Tours
"""


@pytest.mark.parametrize("heading", ["DIPLÔMESPARCOURS SCOLAIRE", "LANGUESFORMATION", "PARCOURS SCOLAIRE"])
def test_two_headings_run_together_in_capitals_head_the_second_ones_section(heading: str) -> None:
    assert _facts(_GLUED_HEADINGS.replace("{heading}", heading))["schools"] == ["Lycée Victor Duruy", "Université de Tours"]


# --- a foundation named in another language ('Fundación …', 'Stiftung …') before the client it works for, and a
# freelance platform ('Upwork'): the foundation is the employer, the platform none ---------------------------------

_FOUNDATION = """Marta Gómez
marta@example.com

Historial de Trabajo
Desde 01/01/2016 hasta hoy
Freelancer, Upwork, https://www.upwork.com/fl/marta
Proyectos de web scraping con Node.js.
Desde 01/07/2018 hasta hoy
Analista de Sistemas, {foundation}, Hidroeléctrica Binacional
Pruebas de carga con JMeter.
Desde 01/09/2013 a 24/03/2017
Analista de Sistemas Junior, Datasur S.A.
Desarrollo de aplicaciones web con Angular.
"""


@pytest.mark.parametrize("foundation", ["Fundación Nuevo Horizonte Digital", "Stiftung Neue Wege"])
def test_foreign_foundation_is_the_employer_and_a_freelance_platform_none(foundation: str) -> None:
    facts = _facts(_FOUNDATION.replace("{foundation}", foundation))
    assert facts["employers"] == [foundation, "Datasur S.A."]


# --- a French trade's title ('Dessinateur projeteur', 'Magasinière', 'Soudeur') over its employer in brackets -------

_TRADE = """Expérience

Novembre 2011 à Septembre 2012
{title}
(société GARANCE à LANGON)

Mars 2006 à Octobre 2011
Technicien de maintenance
(société HALDANE Ingénierie à PARIS)
"""


@pytest.mark.parametrize("title", ["Dessinateur projeteur", "Magasinière", "Soudeur"])
def test_french_trade_title_is_a_title_not_the_employer(title: str) -> None:
    facts = _facts(_TRADE.replace("{title}", title))
    assert facts["current_title"] == title
    assert facts["employers"][:1] == ["Garance"]


# --- a side section's heading with a typographic apostrophe or 'other' before it ('AUTRES CENTRES D’INTÉRÊT'):
# its dated posts are no jobs ----------------------------------------------------------------------------------------

_INTERESTS = """Lina Moreau
lina@example.fr

EXPÉRIENCE PROFESSIONNELLE
Stagiaire – Atelier Cartographique du Rhône – 2022
- Cartes produites sous QGIS

{heading}
Trésorière de l’association Les Randonneurs du Lot – 2021-2023
Membre du Conseil des Jeunes de Cahors – depuis 2019
"""


@pytest.mark.parametrize("heading", ["AUTRES CENTRES D’INTÉRÊT", "CENTRES D’INTÉRÊT", "Otros intereses"])
def test_interests_heading_with_a_curly_apostrophe_or_other_before_it_holds_no_jobs(heading: str) -> None:
    facts = _facts(_INTERESTS.replace("{heading}", heading))
    assert facts["employers"] == ["Atelier Cartographique du Rhône"]
