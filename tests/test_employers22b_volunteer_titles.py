"""Session 22b: a volunteer post marked in its own title line ("Sound Technician - Volunteer", "Youth Leader
(Volunteer)", "Volunteer Tutor"), not by a section heading, is never named as an employer ("your time at ...") and
its line is never the opener's; a paid post whose title only speaks of volunteers ("Volunteer Coordinator") still is.
A course, a bootcamp or an enrolment listed under work ("Web Development Bootcamp Student") is never the opener's
current job: the paid post running to now is. Made-up CV text."""

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_entry_check import beside_work_only, employer_entries
from core.analysis.cv_line_quote import opener_line
from core.analysis.cv_opener import course_title
from core.analysis.cv_trust import quotable_facts

CV = """Robin Hale
4 Lark Road
Dover, DE 19901
robin@example.com

Work Experience
------------------------
Full Stack Web Development Bootcamp Student
Delmarva Technical Institute, Dover, Delaware
September 2020 – Present
I am currently enrolled in the full stack bootcamp at Delmarva Technical Institute. It is not a job but it takes
all of my week and I have built four projects with React, Node and SQL so far in the course.

Freelance Video Editor
Quickcut Studio
May 2012 – Present
Editing, colour grading and sound mixing for local clients.

Stock Associate
Harbor Hardware, Dover, Delaware
June 2015 – August 2019
I kept the garden aisles stocked and helped customers load heavy items into their cars every day.

Sound Technician - Volunteer
Grace Valley Fellowship
2010 – 2014
Ran the sound desk every Sunday and trained the new helpers on the mixing console.

Youth Leader (Volunteer)
Riverside Scouts Group
2008 – 2010
Led weekly meetings for twenty scouts and planned the summer camps.

Volunteer Coordinator
Kent County Food Bank
2006 – 2008
Recruited and scheduled two hundred volunteers for the county's food drives and ran the warehouse shifts.
"""


def test_an_entry_whose_title_line_says_volunteer_has_no_employer_entry():
    assert employer_entries("Grace Valley Fellowship", CV) == []
    assert employer_entries("Riverside Scouts Group", CV) == []
    assert beside_work_only("Grace Valley Fellowship", CV)


def test_blank_lines_between_a_pdfs_lines_hide_no_mark():
    spaced = "\n\n".join(CV.splitlines())
    assert employer_entries("Grace Valley Fellowship", spaced) == []
    assert employer_entries("Kent County Food Bank", spaced)
    named = {e.lower() for e in quotable_facts(extract_cv_facts(spaced), spaced)["employers"]}
    assert "grace valley fellowship" not in named


def test_a_paid_post_about_volunteers_keeps_its_entry():
    assert employer_entries("Kent County Food Bank", CV)
    assert employer_entries("Harbor Hardware", CV)
    assert not beside_work_only("Kent County Food Bank", CV)


def test_no_question_names_a_volunteer_post_as_an_employer():
    facts = extract_cv_facts(CV)
    named = {e.lower() for e in quotable_facts(facts, CV)["employers"]}
    assert "grace valley fellowship" not in named
    assert "riverside scouts group" not in named


def test_a_course_title_is_no_job():
    assert course_title("Full Stack Web Development Bootcamp Student")
    assert course_title("Coding Bootcamp Participant")
    assert course_title("Enrolled in Data Analytics Course")
    assert not course_title("Bootcamp Instructor")
    assert not course_title("Course Coordinator")
    assert not course_title("Course Management")
    assert not course_title("Freelance Video Editor")


def test_the_opener_never_quotes_a_course_listed_under_work():
    facts = extract_cv_facts(CV)
    line, _ = opener_line(facts, CV)
    assert "enrolled" not in line.lower() and "bootcamp" not in line.lower()
    assert line == "" or "Quickcut Studio" in line or "Freelance Video Editor" in line
