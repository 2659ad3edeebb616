"""CV skills read as written (issue 15 point 1, session 8): the kinds of fault the former blind CVs
showed in skills lists and running text, one small made-up input per kind."""

from __future__ import annotations

from core.analysis import extract_cv_facts


def _skills(cv: str) -> set[str]:
    return {s.casefold() for s in extract_cv_facts(cv)["skills_as_written"]}


def test_an_abbreviation_with_a_full_stop_does_not_make_a_skills_line_prose():
    cv = """Skills
Technical: Go, Python (Pandas, NumPy), dashboards (e.g. Grafana, Kibana), survey tools (e.g. Qualtrics), Terraform, Ansible
"""
    skills = _skills(cv)
    assert {"go", "python", "pandas", "numpy", "grafana", "kibana", "qualtrics", "terraform", "ansible"} <= skills


def test_a_joined_skill_alone_on_its_line_stays_one_item():
    cv = """Skills
- Budget Forecasting & Reporting
- Stakeholder Workshops and Facilitation
- Soil and water sampling
- HTML and CSS
"""
    skills = _skills(cv)
    assert {"budget forecasting & reporting", "stakeholder workshops and facilitation", "soil and water sampling"} <= skills
    assert {"html", "css"} <= skills
    assert not {"budget forecasting", "reporting", "facilitation", "soil"} & skills


def test_joined_skills_inside_a_list_are_still_split():
    cv = """Skills
Soft skills: Coaching & Mentoring, Negotiation & Closing, Time Management
"""
    skills = _skills(cv)
    assert {"coaching", "mentoring", "negotiation", "closing", "time management"} <= skills


def test_a_skill_described_after_a_dash_gives_the_skill_not_its_description():
    cv = """Skills
Data Storytelling & Reporting – Turn survey findings into clear
briefs for policy teams, local councils and the wider
public, in print and online.
Field Methods – Led soil coring on two river basins for the county.
Tools & CI/CD - GitHub Actions, Docker
"""
    skills = _skills(cv)
    assert {"data storytelling & reporting", "field methods", "github actions", "docker"} <= skills
    assert not {"briefs", "local councils", "public", "online"} & skills
    assert not any("turn survey" in s or "soil coring" in s or "river" in s for s in skills)


def test_the_wrapped_end_of_a_sentence_in_a_skills_section_is_no_skill():
    cv = """Skills
Programming: Python, SQL
Built a scheduling tool that saved hours for non-technical
office managers.
Available Tuesday–Friday, 4:00–6:00 PM, starting March 14, 2025.
"""
    skills = _skills(cv)
    assert {"python", "sql"} <= skills
    assert not any("managers" in s or "march" in s for s in skills)


def test_a_heading_of_other_details_ends_the_skills_section():
    cv = """Skills
Python, SQL, Tableau

Additional Details
Full UK driving licence
"""
    skills = _skills(cv)
    assert {"python", "sql", "tableau"} <= skills
    assert not {"additional details", "full uk driving licence"} & skills


def test_a_skills_heading_with_any_qualifier_heads_a_skills_section():
    cv = """Transferable Skills
- Professional: adaptable, critical thinker, effective communicator, quick learner
"""
    skills = _skills(cv)
    assert {"adaptable", "critical thinker", "effective communicator", "quick learner"} <= skills


def test_two_adjectives_sharing_a_noun_make_one_item_in_a_list():
    cv = """Skills
Soft skills: teamwork, verbal and written communication, logical and analytical problem solver, Python and SQL
"""
    skills = _skills(cv)
    assert {"teamwork", "verbal and written communication", "logical and analytical problem solver", "python", "sql"} <= skills
    assert not {"verbal", "written communication", "logical", "analytical problem solver"} & skills


def test_a_product_keeps_its_makers_name_as_the_cv_writes_it():
    cv = """Jane Roe
Experience
Data Engineer | Acme Corp | 2020 - Present
- Moved nightly batch jobs to AWS EC2 instances scheduled with Apache Airflow
- Reported on Microsoft SQL Server tables
Skills
Python, Terraform
"""
    facts = extract_cv_facts(cv)
    skills = {s.casefold() for s in facts["skills_as_written"]}
    assert {"aws ec2", "apache airflow", "microsoft sql server", "python", "terraform"} <= skills
    assert not {"ec2", "sql server", "aws"} & skills
    pairs = {(s.casefold(), e) for s, e in facts["skill_employer_pairs"]}
    assert {("aws ec2", "Acme Corp"), ("microsoft sql server", "Acme Corp")} <= pairs
    assert facts["skill_surface"]["EC2"] == "AWS EC2"  # the coach still finds the canonical skill


def test_the_credentials_a_certifications_section_names_are_skills_as_written():
    cv = """Alex Moreno
Experience
Controller | Northwind Traders | 2019 - Present
- Closed the books monthly
Certifications
- Certified Financial Planner (CFP)
- Certificate of Completion in Web Design
- Juniper JNCIA | CompTIA Security+
- Certified Scrum Master – Professional
- Basic Life Support (BLS) – Red Cross • Valid through Jul 2027
- Project Management Professional (PMP) Certification Candidate
- Data Visualisation Foundations – Coursera (Mar 2023)
"""
    skills = _skills(cv)
    assert {"certified financial planner (cfp)", "juniper jncia", "comptia security+",
            "certified scrum master – professional"} <= skills
    assert not any("red cross" in s or "candidate" in s or "coursera" in s or "visualisation foundations" in s
                   or s.startswith("certificate of")
                   for s in skills)
