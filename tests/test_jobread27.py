"""Session 27: requirements read from job ads in the fields the reader was weakest in (care, teaching, warehouse,
finance, support, hospitality, trades, public sector), one test per kind of false or lost requirement that dev set 27
showed. Every input is written here; none is a dev-set file."""

from __future__ import annotations

from core.analysis.job import extract_requirements


def _lower(job: str) -> list[str]:
    return [item.lower() for item in extract_requirements(job)]


def _has(items: list[str], words: str) -> bool:
    return any(words.lower() in item for item in items)


def test_a_list_of_open_posts_is_no_requirement() -> None:
    job = """Careers at Northfield School

Requirements for candidates applying for teaching positions:
- Bachelor's degree in a relevant subject
- Qualified Teacher Status

Current vacancies
- Year 4 Class Teacher
- SEN Teaching Assistant
- Early Years Practitioner
- Music Teacher
"""
    items = _lower(job)
    assert _has(items, "qualified teacher status") and _has(items, "bachelor's degree")
    for title in ("year 4 class teacher", "sen", "early years", "music teacher"):
        assert not any(item == title or item.startswith(title) for item in items), (title, items)


def test_the_hiring_process_under_its_heading_is_no_requirement() -> None:
    job = """Warehouse Operative

Requirements:
- Counterbalance forklift licence
- Experience of stock control

Recruitment process:
- Acceptable police checks from every country you have lived in
- Two references from recent employers
"""
    items = _lower(job)
    assert _has(items, "forklift licence") and _has(items, "stock control")
    assert not _has(items, "police checks") and not _has(items, "references")


def test_an_offer_heading_closes_the_requirements_above_it() -> None:
    job = """## What You Need

### Essential Skills

- **Attention to Detail:** Precision in placing goods is paramount.
- **Safety Awareness:** A strong commitment to safety protocols.

## Compensation

### Competitive Salary and Benefits

We offer a competitive salary of $24-$30 per hour and offer:

- **Career Advancement Opportunities:** Clear pathways to further your career.
- **Ongoing Training and Certifications:** Access to training programs.
"""
    items = _lower(job)
    assert _has(items, "attention to detail")
    assert not _has(items, "career advancement") and not _has(items, "clear pathways") and "training" not in items


def test_a_lead_in_line_is_a_heading_and_its_one_line_list_is_read() -> None:
    job = """Customer Care Executive

Experience Requirements
● At least 1 year(s)
● The applicants should have experience in the following area(s):
Call Center, Front Desk, Front Desk Management, Complaint Handling

The successful candidate must have the following Qualifications and Skills:
- Reading blueprints and construction drawings
"""
    items = _lower(job)
    assert not _has(items, "following") and not _has(items, "applicants should")
    assert _has(items, "call center") and _has(items, "front desk management") and _has(items, "complaint handling")
    assert _has(items, "reading blueprints")


def test_a_bulleted_label_heads_the_line_under_it() -> None:
    job = """Trainee Dental Nurse
- Requirements:
National Insurance Number, Hep B vaccinated, DBS Check, Previous experience is preferred
- Duties:
Sterilisation, infection control, patient care.
"""
    items = _lower(job)
    assert _has(items, "hep b vaccinated") and _has(items, "dbs check")
    assert not any(item in {"requirements", "duties"} for item in items)


def test_years_before_a_lead_in_colon_are_still_asked() -> None:
    job = """Qualifications:
Minimum of 2 to 5 years experience in the following:
- Installation of gas piping and venting of furnaces
"""
    assert _has(_lower(job), "2 to 5 years")


def test_metadata_labels_and_figures_are_no_requirement() -> None:
    job = """Trainee Dental Nurse
- Employer: Wisdom Dental Practice
- Vacancy: 02
- Festival Bonus: 2
- Fecha registro: 06 / 06 / 06

Requirements
- GDC registration
- Experience of decontamination procedures
"""
    items = _lower(job)
    assert _has(items, "gdc registration")
    assert not _has(items, "wisdom dental") and not _has(items, "vacancy") and not _has(items, "bonus")
    assert not _has(items, "fecha")


def test_an_age_limit_is_no_requirement() -> None:
    job = """Warehouse Worker Requirements:
- 18 years of age or older.
- Age at least 23 years
- Ability to operate forklift proficiently.
- Work experience as general laborer, preferably in warehouse.
"""
    items = _lower(job)
    assert _has(items, "forklift")
    assert not any("age" in item.split() or "older" in item for item in items), items


def test_the_hours_to_work_are_no_requirement() -> None:
    job = """Essential criteria
- Valid forklift operator certification
- Available to work extended hours.
- Willingness to work nights and weekends as needed
- 5 days over 7, 05:30 to 15:30
"""
    items = _lower(job)
    assert _has(items, "forklift")
    assert not _has(items, "extended hours") and not _has(items, "nights") and not _has(items, "days over")


def test_an_invitation_to_apply_is_no_requirement() -> None:
    job = """Vacancies
We welcome employment inquiries from experienced, qualified teachers and those seeking administrative positions.
Requirements for candidates applying for teaching positions:
- Experience in teaching TOK
"""
    items = _lower(job)
    assert _has(items, "teaching tok") and not _has(items, "welcome") and not _has(items, "inquiries")


def test_a_title_in_capitals_is_no_requirement_and_a_requirement_label_gives_its_value() -> None:
    job = """TECHNICAL INTERNSHIP FOR THE SYSTEMS DEPARTMENT, PROGRAMMING AND ANALYSIS.
Code: OP-16707
Technical competences: Handling of computer systems and of information technology development
experience: Mid Level
"""
    items = _lower(job)
    assert _has(items, "handling of computer systems")
    assert not _has(items, "internship") and not _has(items, "technical competences") and not _has(items, "mid level")


TS_MODULE = """import { IPosition } from ".";

export const openings: IPosition[] = [
\t{
\t\tname: "Licensed Residential Plumber",
\t\tlocation: "Seattle, WA",
\t\tworkPatternName: '35 per week',
\t\tessentialCriteria: `Valid plumbing licence
\t\t  Backflow testing certification
\t\t  Maths level 1`,
\t\tqualifications: [
\t\t\t"Journeyman plumber card",
\t\t\t"Valid driver's license with clean driving record",
\t\t],
\t\tbenefits: ["Comprehensive health, dental, and vision insurance"],
\t},
]"""


def test_a_typescript_module_of_jobs_is_read_as_its_record() -> None:
    items = _lower(TS_MODULE)
    assert _has(items, "journeyman plumber card") and _has(items, "driver's license")
    assert _has(items, "backflow testing certification") and _has(items, "maths level 1")
    assert not _has(items, "per week") and not _has(items, "comprehensive health") and not _has(items, "seattle")
    assert not any('"' in item or "[" in item for item in items), items


def test_what_the_staff_will_enjoy_is_offered_not_asked() -> None:
    job = """Requirements:
- A passion for outstanding teaching. Teachers enjoy an outstanding school environment with small classes.
- Experience of the IB Diploma Programme
"""
    items = _lower(job)
    assert _has(items, "ib diploma programme") and not _has(items, "enjoy") and not _has(items, "school environment")
