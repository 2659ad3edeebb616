"""CV skills, issue 15 point 1: the kinds of fault seen in skills lists, one small made-up input
per kind, with the skills a reader of that CV would write down."""

from __future__ import annotations

from core.analysis import extract_cv_facts


def _skills(cv: str) -> set[str]:
    return {s.casefold() for s in extract_cv_facts(cv)["skills_as_written"]}


def test_groups_set_apart_by_a_spaced_dash_are_lists_not_one_item():
    cv = """Skills
Delivery & Ops - Jenkins, Ansible, Helm
Languages - Main: Kotlin, SQL - Also: Elixir, Clojure
"""
    skills = _skills(cv)
    assert {"jenkins", "ansible", "helm", "kotlin", "sql", "elixir", "clojure"} <= skills
    assert not any("delivery" in s or " - " in s for s in skills)


def test_a_group_heading_above_its_list_is_no_skill():
    cv = """Skills

Cloud & Infrastructure
Terraform, Pulumi, Consul
Analytics
Looker, dbt, Snowflake

Clinical Skills
Wound care • Triage • Phlebotomy
"""
    skills = _skills(cv)
    assert {"terraform", "pulumi", "consul", "looker", "dbt", "snowflake", "wound care", "triage", "phlebotomy"} <= skills
    assert not {"cloud", "infrastructure", "cloud & infrastructure", "analytics", "clinical skills"} & skills


def test_a_column_of_one_skill_per_line_keeps_every_line():
    cv = """Skills
Negotiation
Forecasting
Salesforce, HubSpot
"""
    assert {"negotiation", "forecasting", "salesforce", "hubspot"} <= _skills(cv)


def test_a_list_line_a_pdf_wrapped_is_joined_back():
    cv = """Skills
Back end: Django, Flask, FastAPI, Celery, SQLAlchemy, Pydantic, Gunicorn, Entity
Framework, Dapper, Hangfire
SQL (PostgreSQL, MySQL, window
functions)
"""
    skills = _skills(cv)
    assert {"entity framework", "dapper", "postgresql", "mysql", "window functions"} <= skills
    assert not {"entity", "framework", "sql (postgresql"} & skills


def test_the_skills_section_ends_at_a_line_naming_another_section():
    cv = """Skills
Languages: Python, R
Certificates and Courses
Awarded to
Maria Keller
LENGTH
"""
    skills = _skills(cv)
    assert {"python", "r"} <= skills
    assert not {"maria keller", "length", "certificates and courses"} & skills


def test_a_sentence_in_a_skills_section_names_no_skill():
    cv = """Skills
Figma, Sketch
Won the Regional Design Prize and Bursary
"""
    skills = _skills(cv)
    assert {"figma", "sketch"} <= skills
    assert "bursary" not in skills


def test_a_labelled_list_of_tools_under_a_project_gives_its_items():
    cv = """Jane Roe
Location: Lyon, Grenoble
Projects
Weather dashboard
Tech: Python, Streamlit, Plotly, including Altair
Skills
Python
"""
    skills = _skills(cv)
    assert {"streamlit", "plotly", "altair"} <= skills
    assert not {"lyon", "grenoble", "including altair"} & skills
