"""Session 29 (re-check rc28, P3): a requirement written as "<name>: <what it means>" is read by its name.

The re-check's pharmacist ad wrote each requirement as a label and its explanation ("Pharmacology: Extensive knowledge
of drugs…"); the reader kept the line cut at six words, the CV could not show such a phrase, and a working pharmacist
was told the job was "a real gap". Now the label is the requirement (core.analysis.job_labels), a sorting label
("Licensure:", "Software:") is read through, a label naming people ("Care Workers:") is no requirement, and a CV that
holds the job's own role is never a low fit (core.coach.fit.same_role). The ad and CV under tests/data/labels29 are
written by the team in the re-check's shape (none is its page).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.analysis.job import extract_requirements
from core.analysis.job_labels import label_name, labelled, sorted_rest
from core.coach.fit import fit_note, role_fit, same_role, start_note

DATA = Path(__file__).parent / "data" / "labels29"
JOB = (DATA / "job_pharmacist.md").read_text(encoding="utf-8")
CV = (DATA / "cv_pharmacist.txt").read_text(encoding="utf-8")

TEACHER_CV = """Hannah Price
Primary School Teacher, Oakfield Primary, Leeds    2016 - Present
- Planned and taught Year 4 lessons in maths and English
- Led the school's reading scheme and ran parents' evenings
EDUCATION
PGCE Primary, University of Leeds, 2016
"""


@pytest.mark.parametrize(("line", "name"), [
    ("- Pharmacology: Extensive knowledge of drugs, their interactions and side effects", "Pharmacology"),
    ("- Patient Counseling: Explain medication regimens clearly to patients", "Patient Counseling"),
    ("• Attention to Detail – Accurate order verification under time pressure", "Attention to Detail"),
    ("- Sterile Compounding: USP 797 compliant preparation of IV admixtures", "Sterile Compounding"),
    ("Inventory Control: Keep stock levels within par", "Inventory Control"),
])
def test_a_requirement_label_is_the_requirement(line: str, name: str) -> None:
    assert label_name(line) == name


@pytest.mark.parametrize(("line", "rest"), [
    ("- Licensure: Current state pharmacist license in good standing", "Current state pharmacist license in good standing"),
    ("- Software: Experience with Epic Willow", "Experience with Epic Willow"),
    ("Technical Skills: Python, SQL and dbt", "Python, SQL and dbt"),
    ("Languages: English and Spanish", "English and Spanish"),
])
def test_a_sorting_label_is_read_through(line: str, rest: str) -> None:
    assert label_name(line) == ""
    assert sorted_rest(line) == rest


@pytest.mark.parametrize("line", ["Care Workers: you will support residents with daily living",
                                  "Support Specialists – Learning Disabilities & Mental Health"])
def test_a_label_naming_people_is_no_requirement_name_and_the_line_is_read_whole(line: str) -> None:
    assert label_name(line) == "" and sorted_rest(line) == line
    assert "Learning Disabilities & Mental Health" not in extract_requirements(
        "Join our team\n\nWe are hiring:\n- Support Specialists – Learning Disabilities & Mental Health\n"
        "- Care Workers – Domiciliary Care\n\nApply Now\n")


@pytest.mark.parametrize("line", ["Vacancy: 02", "URL: https://example.com/jobs/1", "We offer: a good salary and a pension",
                                  "Responsible for dispensing and checking prescriptions",
                                  # one word of a quality: what it means here is the requirement (session 14)
                                  "Numerate: confident writing summaries on shift throughput figures."])
def test_no_label(line: str) -> None:
    assert labelled(line) is None or label_name(line) == ""


def test_the_pharmacist_ad_reads_its_labels_as_requirements() -> None:
    reqs = extract_requirements(JOB)
    assert "Pharmacology" in reqs and "Patient Counseling" in reqs, reqs
    assert "Current state pharmacist license" in reqs, reqs
    assert not any(":" in r for r in reqs), reqs  # never a label cut with its explanation


def test_a_working_pharmacist_is_no_real_gap_for_a_pharmacist_job() -> None:
    assert same_role(CV, "Clinical Pharmacist", JOB)
    thin = CV.split("EDUCATION")[0]  # even a CV that shows little of the list holds the role
    fit = role_fit(thin, JOB, job_title="Clinical Pharmacist")
    assert fit.same_role and not fit.low
    assert fit_note(fit, thin, JOB) == ""
    assert start_note(thin, JOB, "Clinical Pharmacist") == ""


def test_a_role_under_the_job_or_another_field_is_not_the_same_role() -> None:
    intern = "Pharmacy Intern, CVS Pharmacy, Columbus, OH    2019 - 2021\n- Filled prescriptions\n"
    assert not same_role(intern, "Clinical Pharmacist", JOB)
    assert not same_role(CV, "Pharmacy Technician", JOB)
    assert not same_role(TEACHER_CV, "Clinical Pharmacist", JOB)
    software = "Senior Software Engineer, Acme, 2019 - Present\n- Built APIs in Python\n"
    assert not same_role(software, "Civil Engineer", "# Civil Engineer\n- Chartered status\n- AutoCAD\n- Site surveys\n")


def test_a_teacher_on_the_pharmacist_job_is_still_a_low_fit() -> None:
    fit = role_fit(TEACHER_CV, JOB, job_title="Clinical Pharmacist")
    assert not fit.same_role and fit.low
    assert "real gap" in fit_note(fit, TEACHER_CV, JOB)


def test_the_start_note_says_among_them_when_it_names_fewer_than_it_counts() -> None:
    job = ("# Data Analyst\n## Requirements\n- SQL\n- Python\n- Tableau\n- dbt\n- Airflow\n- Looker\n- Snowflake\n"
           "- Statistics\n- A/B testing\n- Spark\n")
    cv = "Sam Doe\nWaiter, Café Rouge, 2019 - Present\n- Took orders and used SQL, Python and Tableau for the rota.\n"
    note = start_note(cv, job, "Data Analyst")
    assert note.startswith("Your CV shows 3 of the"), note
    assert "(among them SQL and Python)" in note, note
