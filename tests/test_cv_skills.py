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
SQL (PostgreSQL, MySQL, SQL
Server)
"""
    skills = _skills(cv)
    assert {"entity framework", "dapper", "postgresql", "mysql", "sql server"} <= skills
    assert not {"entity", "framework", "sql (postgresql"} & skills


def test_a_wrapped_list_line_whose_last_word_names_no_tool_goes_on_below():
    cv = """Skills
Soft skills - Workshop Facilitation, Coaching & Mentoring, Process Improvement, Stakeholder
Engagement
Tools - Jira, Confluence
"""
    skills = _skills(cv)
    assert "stakeholder engagement" in skills
    assert not {"stakeholder", "engagement"} & skills


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


_JOB = """Experience
Software Engineer
Fabrikam Ltd | 2020 - Present
- {bullet}
Education
Relevant Coursework: Business Statistics, Compilers
Skills
Python, Kotlin
"""


def test_a_topic_in_a_bullet_claims_no_skill_but_a_tool_or_platform_does():
    # the adjudicated labels (ADJUDICATION.md, session 6) count a platform named in running text ("an iOS app")
    facts = extract_cv_facts(_JOB.format(bullet="Cut the update of statistics for an iOS app by 40% with Kotlin and Redis"))
    skills = {s.casefold() for s in facts["skills_as_written"]}
    assert {"redis", "ios"} <= skills
    assert "statistics" not in skills
    assert ("Redis", "Fabrikam Ltd") in facts["skill_employer_pairs"]


def test_a_topic_the_skills_list_names_still_counts():
    cv = _JOB.format(bullet="Shipped the Android app to 2M users").replace("Python, Kotlin", "Python, Android")
    assert "android" in _skills(cv)


def test_a_version_after_a_tool_is_kept_as_written():
    facts = extract_cv_facts(_JOB.format(bullet="Rebuilt the checkout to WCAG 2.1 with Bootstrap 5 and .NET Core"))
    skills = {s.casefold() for s in facts["skills_as_written"]}
    assert {"wcag 2.1", "bootstrap 5", ".net core"} <= skills
    assert not {"wcag", "bootstrap", ".net"} & skills
    assert ("WCAG 2.1", "Fabrikam Ltd") in facts["skill_employer_pairs"]


def test_subjects_of_a_coursework_line_are_no_skills():
    assert "statistics" not in _skills(_JOB.format(bullet="Wrote the billing service in Kotlin"))


def test_common_tools_named_in_a_bullet_are_skills_without_a_skills_list_entry():
    cv = """Experience
Systems Administrator
Contoso Hosting | 2019 - Present
- Ran Active Directory, DHCP and DNS for 300 seats on CentOS and Red Hat hosts
- Scanned the network with Nmap and Wireshark; modelled flows in BPMN
Skills
Bash
"""
    skills = _skills(cv)
    assert {"active directory", "dhcp", "dns", "centos", "red hat", "nmap", "wireshark", "bpmn"} <= skills


def test_an_ordinary_word_that_names_a_tool_is_matched_only_as_written():
    cv = """Experience
Baker
Crumb & Co | 2019 - Present
- Ran the sage and samba nights and kept a flash of requests under control
Skills
Baking
"""
    assert not {"sage", "samba", "flash", "requests"} & _skills(cv)


def test_plain_words_in_a_bracket_are_uses_not_skills():
    cv = """Skills
Python (Pandas, Polars, automation)
Excel/VBA (budget sheets, month-end tasks)
Git & GitHub (code hosting)
"""
    skills = _skills(cv)
    assert {"python", "pandas", "polars", "excel", "vba", "git", "github"} <= skills
    assert not {"automation", "budget sheets", "month-end tasks", "code hosting"} & skills


def test_a_web_address_is_no_skill():
    cv = """Skills
Databases: PostgreSQL, MySQL
Links: janeroe.com, https://doi.org/10.1000/xyz
Design: UX, UI
"""
    skills = _skills(cv)
    assert {"postgresql", "mysql", "ux", "ui"} <= skills
    assert "janeroe.com" not in skills
    assert not any("doi.org" in s for s in skills)


def test_a_tag_line_of_tools_under_a_job_header_names_skills_of_that_job():
    cv = """Experience
Lead Engineer
Northwind Traders | 2018 - 2022
Elixir | Phoenix | LiveView | Fly.io
- Rebuilt the ordering service
Senior Accountant | Contoso Audit | Leeds, UK
- Closed the books monthly
Skills
Python
"""
    facts = extract_cv_facts(cv)
    skills = {s.casefold() for s in facts["skills_as_written"]}
    assert {"elixir", "phoenix", "liveview", "fly.io"} <= skills
    assert not {"senior accountant", "contoso audit", "leeds"} & skills
    assert ("LiveView", "Northwind Traders") in facts["skill_employer_pairs"]


def test_a_product_of_another_field_named_in_a_bullet_is_a_tool_but_its_field_words_are_not():
    cv = """Experience
Backend Developer
Tailspin Toys | 2019 - Present
- Moved the invoicing onto Xero and tracked leads in Pipedrive
- Kept customer retention high and met HIPAA rules
Skills
Python, Django
"""
    facts = extract_cv_facts(cv)
    skills = {s.casefold() for s in facts["skills_as_written"]}
    assert {"xero", "pipedrive"} <= skills
    assert not {"customer retention", "hipaa"} & skills
    assert ("Xero", "Tailspin Toys") in facts["skill_employer_pairs"]


def test_a_labelled_list_of_known_tools_anywhere_gives_its_items_and_other_labelled_lists_none():
    cv = """Jane Roe
Location: Porto, Braga
Hobbies
Charting: D3.js, Chart.js, Highcharts
Pass time: Reading, Chess, Hiking
Skills
Python
"""
    skills = _skills(cv)
    assert {"d3.js", "chart.js", "highcharts"} <= skills
    assert not {"porto", "braga", "reading", "chess", "hiking"} & skills


def test_items_a_bracket_joins_with_and_are_two():
    skills = _skills("Skills\nSQL (MySQL and MongoDB), Go\n")
    assert {"mysql", "mongodb"} <= skills
    assert "mysql and mongodb" not in skills


def test_a_field_word_after_a_skill_and_a_closing_etc_are_no_part_of_a_skill():
    cv = """Summary
Graduate with skills and experience in web, computer vision field and robotics.
Skills
Tools like Git, Docker, etc.
"""
    skills = _skills(cv)
    assert {"computer vision", "git", "docker"} <= skills
    assert not {"computer vision field", "etc"} & skills
