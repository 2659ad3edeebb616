"""CV facts, issue 15 point 1 (session 28, fresh set 28's kinds): season dates in six languages and a post's
length in brackets on its date line ("Été 2026 (2 mois)", "Summer 2025 (2 months)") are no employer; an
experience or education heading with an adjective in the other languages ("EXPERIÊNCIA RELEVANTE", "Relevante
Erfahrung"), not a volunteer one; a letter-spaced heading ("E D U C A T I O N"); a school read as an untitled
entry where work and study run together is no employer. Each CV below is made up for the kind it shows."""

from __future__ import annotations

import pytest

from core.analysis import extract_cv_facts
from core.analysis.cv_lines import DATE_RE, header_parts, section_kind

INTERNSHIPS = """Jeanne Exemple
Élève-ingénieure

{experience}
Stagiaire – Data Scientist
Météo Sud, Pôle Données
{season} 2026 {length} Toulouse
• Chaîne de traitement en Python et SQL.
Stagiaire – Ingénierie de production
Connecteurs Garonne SA
{season} 2025 {length} Toulouse
• Cartes de contrôle sous JMP et Python.

{education}
Université Paul Sabatier – 2022 - 2025
"""


@pytest.mark.parametrize(("experience", "education", "season", "length"), [
    ("EXPÉRIENCE PROFESSIONNELLE", "FORMATION", "Été", "(2 mois)"),
    ("EXPERIENCE", "EDUCATION", "Summer", "(2 months)"),
    ("BERUFSERFAHRUNG", "AUSBILDUNG", "Sommer", "(2 Monate)"),
    ("EXPERIENCIA", "FORMACIÓN", "Verano", "(3 meses)"),
])
def test_a_season_and_a_length_in_brackets_are_the_dates_not_the_employer(experience, education, season, length) -> None:
    facts = extract_cv_facts(INTERNSHIPS.format(experience=experience, education=education, season=season, length=length))
    assert facts["employers"] == ["Météo Sud", "Connecteurs Garonne SA"]
    pairs = set(facts["skill_employer_pairs"])
    assert ("Python", "Météo Sud") in pairs and ("Python", "Connecteurs Garonne SA") in pairs
    assert not any(season.casefold() in e.casefold().split() or "(" in e for e in facts["employers"])


@pytest.mark.parametrize("line", ["Été 2026 (2 mois) | Toulouse", "Summer 2025 (2 months) | Toulouse",
                                  "Zomer 2021 (6 weken) | Toulouse", "Verão 2022 (1 ano e 2 meses) | Toulouse"])
def test_a_date_line_with_a_season_and_a_length_leaves_only_its_place(line: str) -> None:
    assert header_parts(line) == ["Toulouse"]


def test_a_season_word_is_a_date_only_before_a_year() -> None:
    assert DATE_RE.search("Printemps 2024")
    assert DATE_RE.search("Herbst 2019")
    assert not DATE_RE.search("Printemps des poètes")  # a festival's name, no year after it
    assert header_parts("Analyst (2 months of training)") != []  # a bracket that is not a length alone stays a part


@pytest.mark.parametrize(("heading", "kind"), [
    ("EXPERIÊNCIA RELEVANTE", "experience"), ("Experiencia relevante", "experience"), ("Relevante Erfahrung", "experience"),
    ("Formation complémentaire", "education"), ("Experiencia voluntaria", None), ("Ehrenamtliche Erfahrung", None),
    ("Experiencias personales", None),
    ("E D U C A T I O N", "education"), ("W O R K   E X P E R I E N C E", "experience"), ("C O N T A C T", "other"),
    ("A B C", None),
])
def test_headings_with_an_adjective_and_letter_spaced_headings(heading: str, kind: str | None) -> None:
    assert section_kind(heading) == kind


PORTUGUESE = """Maria Exemplo
Técnica de segurança

EXPERIÊNCIA RELEVANTE
Supervisora Operacional
Metrô Paulista S.A.
2023 – Atual
- Análise de indicadores em Excel

FORMAÇÃO
Universidade Federal do ABC
"""


def test_an_experience_heading_with_an_adjective_opens_the_posts() -> None:
    facts = extract_cv_facts(PORTUGUESE)
    assert facts["employers"] == ["Metrô Paulista S.A."]
    assert facts["current_title"] == "Supervisora Operacional"


TIMELINE = """Jana Beispiel

BERUFLICHER WERDEGANG
März 2023 - Heute | Eventagentur Nord | Eventhelferin
- Organisation von Events
Juni 2022 – August 2022 | Hafenhotel GmbH | Servicekraft
- Service im Restaurant
September 2022 - Heute | TECHNISCHE HOCHSCHULE NORDSTADT
STUDIENGANG : INFORMATIK
Angestrebter Abschluss : Bachelor

AUSBILDUNG
September 2022 - Heute
TECHNISCHE HOCHSCHULE NORDSTADT
Bachelor Informatik
"""

LECTURER = """Jane Example

EXPERIENCE
Lecturer in Finance
Northfield University
2024 – Present
- Taught corporate finance

EDUCATION
Northfield University
PhD in Finance, 2019 – 2024
"""


def test_a_school_read_as_an_untitled_entry_is_no_employer_but_a_post_at_a_university_is() -> None:
    timeline = extract_cv_facts(TIMELINE)
    assert "TECHNISCHE HOCHSCHULE NORDSTADT" not in timeline["employers"]
    assert {"Eventagentur Nord", "Hafenhotel GmbH"} <= set(timeline["employers"])
    lecturer = extract_cv_facts(LECTURER)
    assert lecturer["employers"] == ["Northfield University"]
    assert lecturer["current_title"] == "Lecturer in Finance"


CONSULTANT = """Ravi Example
QA Engineer

Professional Experience
Northgate Health Tech LLP, Pune, India | Feb 2019 – till date
QA Engineer
Domain: Health care Insurance Industry
Client: Bluewater Insurance, USA Feb 2019 – till date
Description:
Checking how benefits apply to a member's claims.

Orion Systems India Private Limited, Pune, India | March 2015 – Jan 2019
Test automation specialist
Domain: Health care Insurance Industry
Client: Bluewater Insurance, USA March 2015 – Jan 2019
Roles & Responsibilities:
- Developed automated tests with Selenium WebDriver and TestNG.
- Integrated Maven and TestNG in the project.
"""


def test_labelled_client_and_domain_lines_are_details_of_the_entry_not_its_header() -> None:
    facts = extract_cv_facts(CONSULTANT)
    assert facts["employers"] == ["Northgate Health Tech LLP", "Orion Systems India Private Limited"]
    assert facts["current_title"] == "QA Engineer"
    pairs = set(facts["skill_employer_pairs"])
    assert ("Maven", "Orion Systems India Private Limited") in pairs
    assert not any(e in ("Client", "Health care Insurance Industry") for _, e in pairs)


CAMPUS = """Alex Example

Education
Ph.D. in Civil Engineering 2021 - 2025
University of California, Berkeley

Professional Experience
Engineer, Water Resources October 2025 - Present
State Water Agency Sacramento, CA
- Hydrodynamic model outputs with SCHISM.

Research Experience
Graduate Student Researcher January 2021 - October 2025
University of California, Berkeley | Fluid Mechanics Group Berkeley, CA
- Remote sensing workflows in Python.
"""


def test_a_university_cut_at_its_campus_comma_takes_the_whole_name_the_education_gives() -> None:
    facts = extract_cv_facts(CAMPUS)
    assert "University of California, Berkeley" in facts["employers"]
    assert "University of California" not in facts["employers"]
