"""Session 21: the opener's "current" post is one whose dates run to now, not the first written when that one ended
("June - July 2016" is a closed range though its first month has no year), and of two posts running to now the
one held beside the other (one's own side business, a part-time or volunteer post) gives way. Made-up CV text: plain text, a DOCX's
rows, Markdown."""

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_current import CLOSED_RANGE_RE
from core.analysis.cv_line_quote import opener_line
from core.analysis.cv_trust import quotable_facts

SUMMER_FIRST = """Priya Raman
priya.raman@example.com
Austin, TX

WORK EXPERIENCE
Robotics Camp Instructor (Junior Makers)– Brightpath Academy; Austin, TX | June - July 2016
- Ran hands-on robotics lessons for middle-school campers.
Weekend Coding Mentor– Brightpath Academy; Austin, TX | October 2016 – Present
- Mentor teenagers through small programming projects each weekend.
Lakeside Community Clinic- Internship; Waco, TX | May-June 2019
- Took anatomy classes and assisted in the clinic.

EDUCATION
University of Texas at Austin, BS Biology, expected 2020
"""


def test_months_of_one_year_are_a_closed_range():
    for dates in ("June - July 2016", "May-June 2019", "Sept. – Dec. 2018", "Juni – August 2020"):
        assert CLOSED_RANGE_RE.search(dates), dates
    assert not CLOSED_RANGE_RE.search("June 2016 - Present")


def test_an_ended_summer_post_above_a_current_one_is_not_the_current_title():
    facts = extract_cv_facts(SUMMER_FIRST)
    assert facts["current_title"] == "Weekend Coding Mentor"
    line, goes_on = opener_line(facts, SUMMER_FIRST)
    assert "Weekend Coding Mentor" in line and goes_on


def test_the_same_in_a_docx_table_and_in_markdown():
    docx = SUMMER_FIRST.replace("– Brightpath Academy; Austin, TX | ", " | Brightpath Academy | Austin, TX | ")
    assert extract_cv_facts(docx)["current_title"] == "Weekend Coding Mentor"
    md = SUMMER_FIRST.replace("WORK EXPERIENCE", "## Work experience").replace("\nRobotics", "\n### Robotics").replace(
        "\nWeekend", "\n### Weekend")
    assert extract_cv_facts(md)["current_title"] == "Weekend Coding Mentor"


TWO_CURRENT = """Marcus Delaney
marcus.delaney@example.com | Newark, NJ

PROFESSIONAL EXPERIENCE
Delaney Web Studio LLC | Founder & Independent Developer | Newark, NJ
March 2023 – Present
- Build small websites and booking tools for local businesses.
Harborview Medical Center | Patient Transport Aide | Newark, NJ
June 2023 - Present
- Move patients safely between wards, imaging and theatres on a 40-bed floor.
Brick City Grocers | Cashier | Newark, NJ
May 2020 - May 2023
- Handled a till of up to 300 customers a shift.

EDUCATION
Rutgers University | B.S. Computer Science | Expected 2025
"""


def _opener(cv: str) -> tuple[str, tuple[str, str]]:
    facts = extract_cv_facts(cv)
    quoted = quotable_facts(facts, cv)
    return quoted["opener_line"][0], quoted["current_job_parts"]


def test_of_two_current_posts_a_side_business_gives_way_to_the_employees_post():
    line, parts = _opener(TWO_CURRENT)
    assert "Patient Transport Aide" in line and "Delaney" not in line
    assert "Delaney Web Studio LLC" not in parts  # never "your time at" the side business


def test_the_same_for_a_part_time_or_volunteer_post_in_markdown():
    for mark in ("Part-time Tutor", "Volunteer Coordinator", "Freelance Developer"):
        cv = TWO_CURRENT.replace("Founder & Independent Developer", mark).replace(
            "PROFESSIONAL EXPERIENCE", "## Professional experience")
        assert extract_cv_facts(cv)["current_title"] == "Patient Transport Aide", mark


def test_two_current_posts_with_no_side_mark_keep_the_first_written():
    cv = TWO_CURRENT.replace("Founder & Independent Developer", "Web Developer")
    assert extract_cv_facts(cv)["current_title"] == "Web Developer"
