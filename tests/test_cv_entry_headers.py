"""CV facts, issue 15 point 1: job-entry headers whose employer (and so every skill pair of the entry) or
title was lost, one small made-up input per kind: titles under one employer's line, a project or
qualifier in brackets after a title, a ward's acronym after a nurse's title, a title's function after
a colon, two titles joined by a dash, and a title given as the entry's first bullet."""

from __future__ import annotations

from core.analysis import extract_cv_facts
from core.analysis.cv_entries import parse_header


def _pairs(facts: dict) -> set[tuple[str, str]]:
    return {(s.casefold(), e.casefold().rstrip(".")) for s, e in facts["skill_employer_pairs"]}


def _employers(facts: dict) -> set[str]:
    return {e.casefold().rstrip(".") for e in facts["employers"]}


def test_titles_under_an_employer_line_running_to_a_non_english_present_are_the_employers():
    # the employer's line gives its dates to "Presente" (Portuguese/Spanish "present"): a later title's
    # years lie inside them, so the title's entry is that employer's
    cv = """Experience
Quillfeather Labs
2019 - Presente
A small studio making reading apps.
Lead Engineer
Jan 2022 - Present
- Built the sync service in Rust on Kubernetes
Mobile Developer
Mar 2019 - Dec 2021
- Wrote the Android app in Kotlin
"""
    facts = extract_cv_facts(cv)
    assert _employers(facts) == {"quillfeather labs"}
    assert facts["current_title"] == "Lead Engineer"
    assert {("rust", "quillfeather labs"), ("kotlin", "quillfeather labs")} <= _pairs(facts)


def test_a_team_named_after_at_inside_an_employers_years_is_no_employer():
    # "Analyst at Growth" under "Corvid Payments 2018 - 2022": the team or unit the title sat in
    cv = """Work Experience
Corvid Payments
2018 - 2022
Data Analyst at Growth
Jan 2020 - Dec 2022
- Built dashboards in Tableau from SQL
Intern at Risk Ops
Jun 2018 - Dec 2019
- Automated reports with Python
"""
    facts = extract_cv_facts(cv)
    assert _employers(facts) == {"corvid payments"}
    assert {("tableau", "corvid payments"), ("python", "corvid payments")} <= _pairs(facts)
    # an organisation by its words is a client or a second employer, never the block's team
    assert parse_header(["Consultant at Initech Inc", "2019 - 2020"]) == ("Consultant", "Initech Inc")


def test_a_project_or_product_in_square_brackets_after_a_title_is_no_part_of_it():
    assert parse_header(["CTO & Software Engineer [Smart Ledger App]", "Jan 2023 - Present"]) == (
        "CTO & Software Engineer", "")
    assert parse_header(["Software Engineer [Tourism App] | Pellucid Labs | 2021 - 2022"]) == (
        "Software Engineer", "Pellucid Labs")


def test_an_employer_with_its_title_in_brackets():
    assert parse_header(["Marrowby (Co-Founder)", "2021 - Present"]) == ("Co-Founder", "Marrowby")
    # a bracket that is no title: another name, a country or a brand, dropped (the dev labels' rule, session 15)
    assert parse_header(["Staff Engineer", "Zalando SE (Polska) | 2019 - 2021"])[1] == "Zalando SE"


def test_titles_under_an_employer_line_that_names_a_title_too():
    cv = """Work Experience
Marrowby (Co-Founder)
2021 - Present
A startup making travel apps for families.
Lead Developer [Trip Planner]
Jan 2023 - Present
- Built the booking service in Go on AWS Lambda
Developer [City Guide]
Oct 2021 - Dec 2022
- Wrote the app in Flutter
Engineer, Pellucid Labs, 2016 - 2021
- Maintained the billing system in Ruby
Senior Engineer
2019 - 2021
- Moved the reports to Airflow
Freelance Consultant
2017 - 2018
- Advised on Salesforce rollouts
"""
    facts = extract_cv_facts(cv)
    pairs = _pairs(facts)
    assert {("go", "marrowby"), ("aws lambda", "marrowby"), ("flutter", "marrowby"), ("ruby", "pellucid labs")} <= pairs
    assert _employers(facts) == {"marrowby", "pellucid labs"}
    # a title with no employer inside the years of a job's entry is held there (a promotion); freelance work is not
    assert ("airflow", "pellucid labs") in pairs
    assert not {p for p in pairs if p[0] == "salesforce"}


def test_a_title_with_a_qualifier_in_brackets_is_the_title_not_the_employer():
    assert parse_header(["Content Creator (Practicum) — Hollowbrook Festivals | Aug 2024 – Nov 2024"]) == (
        "Content Creator (Practicum)", "Hollowbrook Festivals")


def test_a_wards_acronym_after_a_nurses_title_is_the_title_s_unit_not_the_employer():
    role, employer = parse_header(["Registered Nurse - ICU | Marlow Bay Medical Center | May 2017 - May 2018"])
    assert employer == "Marlow Bay Medical Center"
    assert role == "Registered Nurse - ICU"
    assert parse_header(["Staff Nurse – NICU, Elmstead Children's Hospital, 2015 – 2019"])[1] == "Elmstead Children's Hospital"


def test_a_titles_function_after_a_colon_is_no_employer():
    group = ["Treasury Officer: Cash Management | 2023 – till date", "Kestrel Workforce Centre - Lagos State, Nigeria"]
    assert parse_header(group) == ("Treasury Officer: Cash Management", "Kestrel Workforce Centre")
    # a function that opens with an organisation's word ("Bank") is still a function
    assert parse_header(["Treasury Officer: Bank Reconciliation | 2023 – 2024", "Kestrel Workforce Centre"])[1] == (
        "Kestrel Workforce Centre")
    # a centre named after the colon is the unit the title sits in, not the title's function
    assert parse_header(["Bioinformatics Specialist: Center for Rare Diseases | 2019 – 2021",
                         "Harrow Valley Health System"])[0] == "Bioinformatics Specialist"


def test_two_titles_joined_by_a_dash_are_the_title_as_written():
    group = ["Harlow Metals Manufacturing, Syracuse, NY — Production Planner - Shipping Coordinator", "December 2023 - May 2024"]
    assert parse_header(group) == ("Production Planner - Shipping Coordinator", "Harlow Metals Manufacturing")


def test_a_title_given_as_the_entrys_first_short_bullet():
    cv = """Work Experience
**Birchwood Diner** | Dayton, OH | (2023 - 2024)
- **Line Cook**
- Ran the grill station on weekend shifts.
**Ferrous Works** | Dayton, OH | (2019 - 2023)
- **Machine Operator**
- Set up CNC lathes and read blueprints.
"""
    facts = extract_cv_facts(cv)
    assert facts["current_title"] == "Line Cook"
    assert _employers(facts) == {"birchwood diner", "ferrous works"}
    assert [r for r, _ in facts["jobs"]] == ["Line Cook", "Machine Operator"]


def test_a_last_word_that_is_a_town_of_another_country_than_the_one_written_apart_stays_in_the_name():
    # "Hub" and "Nice" are towns (of Pakistan, of France): a name written with Spain or the UK apart keeps them
    assert parse_header(["Bright Data Hub, Spain (Remote) | May 2021 - Present", "Data Engineer | Feb 2024 - Present"])[1] == (
        "Bright Data Hub")
    assert parse_header(["Senior Analyst | Quarry Nice, UK | 2019 - 2021"])[1] == "Quarry Nice"
    # a town of the country written apart is still cut ("Cinch Financial Boston, USA")
    assert parse_header(["Cinch Financial Boston, USA | Engineer | 2019 - 2021"])[1] == "Cinch Financial"


def test_a_sentences_last_word_wrapped_onto_a_line_of_its_own_does_not_end_the_employers_titles():
    cv = """Work Experience
Bright Data Hub, Spain (Remote) | May 2021 - Present
Data Architect | Feb 2024 - Present
Defined the governance of a data platform serving over one hundred engineers and analysts across three
countries.
Led proof-of-concepts with new services and defined their adoption across the platform teams.
Senior Data Engineer | May 2021 - Feb 2024
Built ELT processes using dbt and Airflow on Redshift.
Ferrocarril Analytics, Malaga - Spain | Jun 2019 - May 2021
Data Engineer | Jun 2019 - May 2021
Migrated the orchestration from NiFi to Airflow.
"""
    facts = extract_cv_facts(cv)
    pairs = _pairs(facts)
    assert {("dbt", "bright data hub"), ("redshift", "bright data hub")} <= pairs
    assert ("airflow", "ferrocarril analytics") in pairs
    assert _employers(facts) == {"bright data hub", "ferrocarril analytics"}


def test_a_field_written_with_a_hyphen_after_the_title_is_no_employer():
    """"Shift Supervisor, E-commerce Fulfilment" under "Parcelway Freight, Tilburg": "commerce" in a hyphenated
    word named the entry's field, yet it was read as an organisation's word and took the employer's place."""
    header = ["2019 – present", "Parcelway Freight, Tilburg", "Shift Supervisor, E-commerce Fulfilment"]
    assert parse_header(header) == ("Shift Supervisor, E-commerce Fulfilment", "Parcelway Freight")
    assert parse_header(["Analyst, e-Health Services", "Northgate Clinic | 2018 - 2020"])[1] == "Northgate Clinic"
    # an organisation's word standing on its own still names one
    assert parse_header(["Shift Supervisor, Commerce Bank", "2019 - 2021"])[1] == "Commerce Bank"
