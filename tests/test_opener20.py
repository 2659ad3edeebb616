"""Session 20: the opener quotes an entry's header only when the quoted lines name the entry's employer: a title's
line alone ("Oct 2020 – present Postdoctoral Researcher") is as often another entry's or no job's, and the opener then
says less. Made-up CV text (plain text, a PDF's lines, Markdown)."""

from core.analysis.cv_line_quote import opener_line

TITLE_ALONE = """Owen Price

Experience
June – August 2019: Research Intern
Worked on orbit simulations for a satellite operator.

Education
MEng Aerospace, Branford University, 2016 – 2020
"""


def test_a_title_line_alone_is_not_quoted():
    facts = {"jobs": [("Research Intern", "Orbitex")], "current_title": "Research Intern"}
    assert opener_line(facts, TITLE_ALONE) == ("", False)


FREELANCE = """Experience
Freelance Designer / Content Creator | 2023 – Present
- Designed 40 brand kits for small shops

Junior Designer, Pellow Studio Ltd | 2020 – 2023
- Drew packaging for three food brands
"""


def test_the_one_line_that_says_a_job_goes_on_is_quoted_without_an_employer():
    facts = {"jobs": [("Freelance Designer / Content Creator", ""), ("Junior Designer", "Pellow Studio Ltd")],
             "current_title": "Freelance Designer / Content Creator"}
    assert opener_line(facts, FREELANCE) == ("Freelance Designer / Content Creator", True)  # dates out (rc27 N10)
    two_current = FREELANCE.replace("2020 – 2023", "2020 – Present")
    assert opener_line(facts, two_current) == ("", False)  # two jobs go on: which is "your current role"?


TITLE_AND_EMPLOYER = """Owen Price

Experience
Oct 2020 – Present  Postdoctoral Researcher, Ellery Institute
Built regional flood models; wrote four papers.
"""


def test_a_header_with_title_and_employer_is_quoted_as_current():
    facts = {"jobs": [("Postdoctoral Researcher", "Ellery Institute")], "current_title": "Postdoctoral Researcher"}
    line, goes_on = opener_line(facts, TITLE_AND_EMPLOYER)
    assert "Ellery Institute" in line and "Postdoctoral Researcher" in line and goes_on


MARKDOWN_SPLIT = """# Ana Ruiz

## Experience

**Senior Accountant**
Tellwood Group plc, Leeds
2019 – present

- Prepared consolidated accounts for 14 entities
"""


def test_title_and_employer_on_lines_of_their_own_are_quoted_together():
    facts = {"jobs": [("Senior Accountant", "Tellwood Group plc")], "current_title": "Senior Accountant"}
    line, _ = opener_line(facts, MARKDOWN_SPLIT)
    assert line.startswith("Senior Accountant") and "Tellwood Group plc" in line
