"""Session 19 (fresh set 19): the employers a lead names are employers. Made-up CV text of each kind: a school
beside the work column, a research topic with its supervisor, a programme's organiser, a course project at a
university, a team after a title under the employer's heading, a descriptor after the name."""

from core.analysis.cv_lead_lines import (
    descriptor,
    lead_lines_checked,
    no_post,
    school_without_post,
    team_under_employer,
)

SIDE_COLUMN = """EDUCATION
WORK EXPERIENCE
Bachelor of Science in
Graphic Communication,
Print Concentration.
Riverbend Technical College
Marketing Coordinator
Hollowell Media
Ran the spring campaign.
"""

TEACHING = """Experience
Riverbend Technical College
Teaching Assistant | Sep 2020 – May 2021
- Marked weekly problem sheets.
"""

SAME_LINE = """Work History
Lab Technician, University of Northmoor 2019 – 2021
- Kept the cell lines.
"""

PART_TIME = """EXPERIENCE
Lakeside Grammar School
Part-time, Summer 2010
Worked for the school's IT department.
"""

RESEARCH = """Research
Jan 2024 – Mar 2024 | Graph Signal Learning (supervisor: Anna Petrov)
- The research group wrote a paper on sparse graphs.
"""

PROGRAMME = """Experience
Team Lead:
Built a quiz app, 2nd place.
Bright Futures Program, Cultural Exchange Trust, Lagos (2019 - 2020)
"""

COURSE_PROJECT = """Experience
Backend Development:
Related Topics: Databases, APIs. <br>
Course Scheduler with Web Front-end.<br>
Harbour City University of Technology, Port Town,
Coastal Region (Spring 2023)
"""

TEAM = """Professional Experience
Northwind | Toronto, ON
Director, Developer Relations
Jan 2024 - Current
- Led the partner programme.
"""

TITLE_AT_EMPLOYER = """Experience
Software Engineer, Northwind Systems
Jan 2021 - Current
"""

DESCRIPTOR = """Experience
Junior Developer:
Related Topics: Scripting, Testing. <br>
Pixelmoth, Indie Game Studio. (March, 2019 - May, 2021)
"""

LIST_OF_CLIENTS = """Previous Roles
Consultant at Harbor Lane Bank, Fenwick Insurance, Kestrel Mortgage Company, Dune Partners (2005–2013)
"""


def test_a_school_beside_the_work_column_is_no_employer():
    assert school_without_post("Riverbend Technical College", SIDE_COLUMN)


def test_a_school_with_a_post_at_it_stays():
    assert not school_without_post("Riverbend Technical College", TEACHING)
    assert not school_without_post("University of Northmoor", SAME_LINE)
    assert not school_without_post("Lakeside Grammar School", PART_TIME)


def test_a_service_of_a_university_is_no_school():
    assert not school_without_post("University Dining Service", "Experience\nUniversity Dining Service\n")


def test_a_course_project_at_a_university_is_no_employer():
    assert school_without_post("Harbour City University of Technology", COURSE_PROJECT)


def test_a_research_topic_and_a_programme_organiser_are_no_posts():
    assert no_post("Graph Signal Learning", RESEARCH, [("", "Graph Signal Learning")])
    assert no_post("Cultural Exchange Trust", PROGRAMME, [("Team Lead", "Cultural Exchange Trust")])


def test_an_entry_with_a_title_or_without_study_marks_stays():
    assert not no_post("Northwind Systems", TITLE_AT_EMPLOYER, [("", "Northwind Systems")])
    text = "EXPERIENCE\n2018-2023 Quillpoint ---------- Boston MA\nWeb application architecture.\n"
    assert not no_post("Quillpoint", text, [("", "Quillpoint")])


def test_a_team_after_a_title_under_the_employer_heading_is_no_employer():
    assert team_under_employer("Developer Relations", TEAM)
    assert not team_under_employer("Northwind Systems", TITLE_AT_EMPLOYER)


def test_a_descriptor_after_the_name_is_no_employer():
    assert descriptor("Indie Game Studio", DESCRIPTOR)
    assert descriptor("a fintech start-up", "Experience\nBrindle, a fintech start-up. 2020 – 2022\n")
    assert not descriptor("Kestrel Mortgage Company", LIST_OF_CLIENTS)


def test_the_checked_facts_drop_the_name_everywhere_and_keep_the_title():
    quoted = {"employers": ["Developer Relations"], "skill_employer": {"kafka": "Developer Relations"},
              "achievement_employer": {"Led the partner programme.": "Developer Relations"},
              "current_job_parts": ("Director", "Developer Relations"),
              "current_job": ("Director", "Developer Relations")}
    out = lead_lines_checked(quoted, {"jobs": [("Director", "Developer Relations")]}, TEAM)
    assert out["employers"] == [] and out["skill_employer"] == {} and out["achievement_employer"] == {}
    assert out["current_job_parts"] == ("Director", "") and out["current_job"] == ("", "")


def test_a_duration_is_never_part_of_a_name():
    from core.analysis.cv_lead_lines import not_an_employer

    assert not_an_employer("Gantry - The Gantry Group ~ 7 years", "")
    assert not_an_employer("Moss & Reed (3 yrs)", "")
    assert not not_an_employer("Moss & Reed", "Experience\nAnalyst, Moss & Reed 2019 – 2022\n")
