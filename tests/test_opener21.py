"""Session 21: the opener's "current" post is one whose dates run to now, not the first written when that one ended
("June - July 2016" is a closed range though its first month has no year). Made-up CV text: plain text, a DOCX's
rows, Markdown."""

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_current import CLOSED_RANGE_RE
from core.analysis.cv_line_quote import opener_line

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
