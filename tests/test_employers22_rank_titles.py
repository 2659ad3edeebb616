"""Session 22: a director's or vice-president's rank written before its field without "of" ("Director Systems and
Networks", "Associate Director Technology Solutions", "VP Data Solutions") is a title, even when its field's word
also ends companies' names ("Systems", "Solutions"); with a second title in brackets after it ("(DevOps Engineer)")
it is one post, and the employer is the bold or capitals heading above the role lines, never the rank line.
Made-up CV text: Markdown converted from Word (bold runs padded with spaces), a DOCX's tab-aligned lines as text,
and one-line "Title, Employer, dates" headers."""

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_header_parts import titled
from core.analysis.cv_trust import quotable_facts

MARKDOWN = """**JANE DOE**

Leeds, UK | 0113 555 0100 | jane@example.com

**EXPERIENCE &amp; KEY ACCOMPLISHMENTS**

**NORTHFIELD ACADEMIES ** Leeds, UK ** **

** Director Systems and Networks** **(DevOps Engineer) **Mar.2019 – present ** **

- Ran the estates network across twelve schools and two offices.
- Cut hosting costs by 12% by moving the file servers to the cloud.

**Associate Director Systems and Networks** **(Senior Network Engineer) ** Jan.2015 – 2019 ** **

- Managed the firewall and wireless contracts across the trust.

**BRIGHTWATER COUNCIL**

**Help Desk Intern** Jun 2011 – Aug 2011

- Answered staff calls about printers and passwords.

**EDUCATION**

BA Geography, University of Leeds, 2011
"""

TABBED = """Lee Park
lee.park@example.com

WORK EXPERIENCE
Meridian Schools Network\tNew York, NY
Director Infrastructure Solutions (Systems Engineer)\t2018 – Present
•\tManaged cloud servers for thirty schools.
Associate Director Systems (Network Engineer)\t2015 – 2018
•\tRebuilt the wireless network.

EDUCATION
BSc Computing, University of York, 2010
"""

ONE_LINE = """Lee Park
lee.park@example.com

Experience
Director Platform Services, Northwind Group, 2019 – present
- Ran the platform team of twelve engineers.
VP Data Solutions (Head of Analytics), Harbour Analytics Ltd, 2014 – 2019
- Built the analytics function from two people to ten.

Education
BSc Computing, University of York, 2010
"""


def _named(cv: str) -> set[str]:
    quoted = quotable_facts(extract_cv_facts(cv), cv)
    return {*quoted["employers"], *quoted["achievement_employer"].values(),
            *(e for e in (quoted["current_job"][1], quoted["current_job_parts"][1]) if e)}


def _rank_named(names: set[str]) -> set[str]:
    return {n for n in names if n.split()[0].lower() in ("director", "associate", "vp")}


def test_a_rank_before_its_field_is_a_title():
    for part in ("Director Systems and Infrastructure", "Associate Director Systems and Networks",
                 "VP Data Solutions", "Director Systems and Networks (DevOps Engineer)"):
        assert titled(part), part


def test_a_company_named_with_a_rank_word_and_a_legal_form_is_no_title():
    assert not titled("Director Systems Ltd")


def test_bold_rank_lines_under_an_employer_heading_take_the_heading():
    facts = extract_cv_facts(MARKDOWN)
    employers = {e for _, e in facts["jobs"]}
    assert not _rank_named(employers)
    assert ("Director Systems and Networks (DevOps Engineer)", "Northfield Academies") in facts["jobs"]
    assert not _rank_named(_named(MARKDOWN))


def test_tab_aligned_rank_lines_under_an_employer_line_take_it():
    facts = extract_cv_facts(TABBED)
    assert {e for _, e in facts["jobs"]} == {"Meridian Schools Network"}
    assert not _rank_named(_named(TABBED))


def test_one_line_headers_keep_the_rank_as_the_title():
    facts = extract_cv_facts(ONE_LINE)
    assert facts["jobs"][0] == ("Director Platform Services", "Northwind Group")
    assert _named(ONE_LINE) == {"Northwind Group", "Harbour Analytics Ltd"}
