"""CV employers, session 14 (issue 15 point 1): shapes of an entry's employer that many CVs write and the
reader misread (two employers written as one, a project read as an employer), each with a made-up CV (no
corpus text)."""

from __future__ import annotations

from core.analysis import extract_cv_facts

# --- two employers on one header line, joined by "&" or a spaced "/" --------------------------------------------

_JOINED = """Mara Oyelaran
mara@example.com | Leeds

Summary
Backend developer with eight years of Go and Python, most recently on fleet software at Norrvik and Haldane.

Experience
Quillfeather Studios | Leeds
Senior Developer
2022/01 – 2024/06
- Built the billing service in Rust.

Norrvik & Tamsin Aerial | Leeds
Go/Python Developer
2019/03 – 2021/12
- Wrote Go services for drone telemetry.

Harlow & Finch | York
Junior Developer
2016/09 – 2019/02
- Maintained Django sites in Python.
"""


_FIELD_NAMED = """Priya Lendl
priya@example.com

Experience
Experience | Corran Pulmonology & Sleep Medicine (May 2020 – Current)
Nurse Practitioner – Pulmonary and Sleep Medicine - Corran General Hospital
- Performed bronchoscopy under supervision.
"""


def test_a_header_naming_two_employers_with_ampersand_gives_both_when_the_cv_names_one_apart() -> None:
    """"Norrvik & Tamsin Aerial" where the summary says "... at Norrvik and Haldane": two employers, each
    holding the entry's skills; "Harlow & Finch", a firm named after its founders and never named apart,
    stays whole, and so does "Corran Pulmonology & Sleep Medicine" where a title line names the field
    ("Pulmonary and Sleep Medicine"), no place of work."""
    facts = extract_cv_facts(_JOINED)
    assert facts["employers"] == ["Quillfeather Studios", "Norrvik", "Tamsin Aerial", "Harlow & Finch"]
    pairs = set(facts["skill_employer_pairs"])
    assert {("Go", "Norrvik"), ("Go", "Tamsin Aerial")} <= pairs
    assert ("Django", "Harlow & Finch") in pairs
    facts = extract_cv_facts(_FIELD_NAMED)
    assert "Corran Pulmonology & Sleep Medicine" in facts["employers"]
    assert "Sleep Medicine" not in facts["employers"]


_SLASHED = """**Dale Prentice**
dale@example.com | Rockford, IL

### WORK EXPERIENCE

**Pine Ridge Mobile Park / Lakeside Storage Center** | Rockford, IL | (2015 - 2019)
- **Maintenance Lead / Site Co-Manager**
- Tracked work orders for 200 lots in Excel.

**Orbis / Quantel, Inc.** | Boston, MA | (2010 - 2015)
- **Systems Administrator**
- Ran VMware clusters for the search appliance.
"""


def test_two_employers_joined_by_a_spaced_slash_are_both_employers() -> None:
    """"Pine Ridge Mobile Park / Lakeside Storage Center": two names of two words or more, two employers,
    each holding the entry's skills; "Orbis / Quantel, Inc." (a firm and its buyer, one name with its legal
    form) stays whole."""
    facts = extract_cv_facts(_SLASHED)
    assert facts["employers"][:2] == ["Pine Ridge Mobile Park", "Lakeside Storage Center"]
    assert "Orbis / Quantel, Inc." in facts["employers"]
    pairs = set(facts["skill_employer_pairs"])
    assert {("Excel", "Pine Ridge Mobile Park"), ("Excel", "Lakeside Storage Center")} <= pairs


# --- open-source work in a job's place: no employer ---------------------------------------------------------------

_OPEN_SOURCE = """Tomas Vrba
tomas@example.com

Work Experience
Backend Developer - Kestrel Freight Ltd. 2019 - 2021
- Built the routing API in Node.js.
Maintainer - Tidewater, Open-source Rust Crates 2018
- Added fuzz tests in Rust.
Robotics Engineer - Open Source Robotics Foundation 2016 - 2018
- Wrote ROS drivers in C++.
"""


def test_open_source_work_named_by_its_kind_is_no_employer() -> None:
    """"Maintainer - Tidewater, Open-source Rust Crates": open-source work, however its last word is written,
    names no employer (nor does the project's name, "Tidewater"); "Open Source Robotics Foundation", an
    organisation by its words, is one."""
    facts = extract_cv_facts(_OPEN_SOURCE)
    assert facts["employers"] == ["Kestrel Freight Ltd.", "Open Source Robotics Foundation"]
    assert "Maintainer" in facts["roles"]
    assert not any(e.startswith("Open-source") or e == "Tidewater" for _, e in facts["skill_employer_pairs"])


# --- a job with no employer named: its labelled tool lists and its kind of engagement are no employer ----------

_NO_EMPLOYER_NAMED = """# Lise Marchand
Bordeaux, France

## Expériences
### Consultante Marketing - Freelance
**Mars 2022 - Présent | France**

#### Outils :
- **Gestion de projet** : Trello, Notion
- **Sites & technologies web** : WordPress, Webflow, Shopify
- **Consulting** : définition du besoin client, gestion de la relation client, formation client

### Chargée de projet - Bénévolat
**Octobre 2020 - Mars 2021 | Bordeaux, France**
- **Outils** : Canva, Mailchimp

### Assistante Marketing - Alternance
**Maison Verlaine - Septembre 2019 - Août 2020 | Bordeaux, France**
- **Outils** : HubSpot, Excel
"""


def test_a_labelled_tool_list_or_an_engagement_word_is_no_employer() -> None:
    """A freelance job names no employer: its bullet "Sites & technologies web : WordPress, Webflow, Shopify" is a
    labelled list of tools (whatever organisation's word its label has), "Consulting : ..." a label, and
    "Bénévolat" after the title the kind of engagement (volunteering), as "Freelance" is; the tools are no
    employer's, while the next entry's employer still holds its own."""
    facts = extract_cv_facts(_NO_EMPLOYER_NAMED)
    assert facts["employers"] == ["Maison Verlaine"]
    pairs = set(facts["skill_employer_pairs"])
    assert ("HubSpot", "Maison Verlaine") in pairs
    assert not any(e != "Maison Verlaine" for _, e in pairs)


# --- a job's "Projekte:" label, and names in quotation marks --------------------------------------------------

_PROJECT_LABELS = """LEBENSLAUF

BERUFSERFAHRUNG

03.2021 - 12.2023 -- Testingenieurin / Datenschutzbeauftragte
Lindqvist GmbH, Hamburg
Projekte:
Buchungsportal für Ferienwohnungen
App zur Terminplanung in Arztpraxen
- Automatisierte Tests mit Selenium

06.2016 - 02.2021 -- Qualitätssicherung Analystin
JSC „Severny Kommunikatsii“, Charkiw (Ukraine)
- Manuelle Tests mit Jira

09.2012 - 05.2016 -- Verkäuferin
Buchhandlung „Seiten und Zeilen“, Kiel
- Kasse und Beratung

08.2009 - 08.2012 -- Buchhalterin / Lageristin
„Dalnevostochny khlebozavod“, Charkiw (Ukraine)
- Monatsabschlüsse
"""


def test_a_jobs_projects_label_keeps_the_experience_section_and_a_quoted_name_is_the_employer() -> None:
    """"Projekte:" on its own line inside a job (lower case, a colon) labels that job's projects, no Projects
    section: the jobs after it are still jobs, with their employers, and the projects' lines are no part of the
    job's header (its title stays); a name in quotation marks after its kind
    or legal form ("JSC „Severny Kommunikatsii“", "Buchhandlung „Seiten und Zeilen“") or alone is the quoted name, and
    two titles joined by a slash, one of them known ("Buchhalterin / Lageristin"), are the title, not the employer."""
    facts = extract_cv_facts(_PROJECT_LABELS)
    assert facts["employers"] == ["Lindqvist GmbH", "Severny Kommunikatsii", "Seiten und Zeilen", "Dalnevostochny khlebozavod"]
    assert facts["jobs"][-1] == ("Buchhalterin / Lageristin", "Dalnevostochny khlebozavod")
    assert facts["jobs"][0] == ("Testingenieurin / Datenschutzbeauftragte", "Lindqvist GmbH")
    assert ("Jira", "Severny Kommunikatsii") in set(facts["skill_employer_pairs"])


# --- a programme named beside the organisation that runs it ------------------------------------------------------

_PROGRAMME = """Experience
2018 – 2019 Lakeview Water Conservation Board, After School Programs, Tacoma, WA
- Taught watershed science with ArcGIS to middle-school pupils.
2016 – 2018 Kenwick Parks Trust, Youth Programmes, Kenwick, AK
- Ran trail surveys in Excel.
"""


def test_a_programme_beside_its_organisation_is_not_the_employer() -> None:
    """"Lakeview Water Conservation Board, After School Programs": the programme has an organisation's word
    ("School") and the board none, yet the board runs it and is the employer, holding the entry's skills."""
    facts = extract_cv_facts(_PROGRAMME)
    assert facts["employers"] == ["Lakeview Water Conservation Board", "Kenwick Parks Trust"]
    assert ("ArcGIS", "Lakeview Water Conservation Board") in set(facts["skill_employer_pairs"])


# --- moderncv: the dates in a column to the left, then "Title, ORGANISATION." ----------------------------------

_DATE_COLUMN = """Experience
Research
October 2020 –
Present
Survey Member.
Weak Lensing Analysis Working Group
Teaching
March 2018 –
June 2018
Teaching assistant, UNIVERSITY OF CALDERWOOD.
Thermodynamics and Statistical Mechanics.
"""


def test_a_title_and_an_organisation_in_capitals_ending_in_a_full_stop_is_a_header() -> None:
    """moderncv sets the dates in a column left of "Teaching assistant, UNIVERSITY OF CALDERWOOD.": the line is the
    entry's header (a title, then a name in capitals), no sentence, so the university is the employer (without the
    full stop) and the working group above the dates is not."""
    facts = extract_cv_facts(_DATE_COLUMN)
    assert "University of Calderwood" in facts["employers"]
    assert "Weak Lensing Analysis Working Group" not in facts["employers"]
