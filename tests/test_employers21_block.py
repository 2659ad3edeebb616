"""Session 21: an employer's block ("Fiverr: Mar '16 - Present" with its posts under it, "Title, Team: dates") never
has its team named as the employer; a title glued after an organisation's name ("… Clinical Assistant –Round Rock")
is no part of the name a question says. Made-up CV text: plain text, a PDF's lines, Markdown, a DOCX table's rows,
a JSON Resume (which names its employer, and keeps it)."""

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_lead_lines import team_under_employer, title_after_name
from core.analysis.cv_trust import quotable_facts
from core.documents.jsonresume import resume_text

BLOCK = """Dana Whitlow
dana.whitlow@example.com | Portland, OR

Experience
Fiverr: Mar '16 - Present
Operations Lead, Seller Success and Trust: FEB '20 - Present
Led a group of eight specialists handling seller disputes and account reviews.
Built weekly reporting in Tableau for the trust team.
Seller Support Specialist: MAR '16 - JAN '20
Answered seller tickets and wrote help-centre articles.
Quality Analyst, Marketplace Integrity: JUN '15 - FEB '16
Reviewed flagged gigs against the terms of service.
Nordwind Logistics: Dispatcher: JAN '10 - FEB '15
Scheduled deliveries for forty drivers across three depots.

Education
Portland State University, BA Spanish, 2009
"""


def _quoted(cv: str) -> dict:
    return quotable_facts(extract_cv_facts(cv), cv)


def _named(cv: str) -> set[str]:
    quoted = _quoted(cv)
    return {*quoted["employers"], *quoted["achievement_employer"].values(),
            *(e for e in (quoted["current_job"][1], quoted["current_job_parts"][1]) if e)}


def test_a_team_after_a_title_under_a_dated_block_heading_is_never_named():
    named = _named(BLOCK)
    assert not named & {"Seller Success and Trust", "Marketplace Integrity"}
    assert team_under_employer("Marketplace Integrity", BLOCK)  # the block's third post, two bodies below it


def test_a_block_heading_in_bars_and_a_pdf_wrapped_body():
    cv = BLOCK.replace("Fiverr: Mar '16 - Present", "Freelance | 2016 – now").replace(
        "Led a group of eight specialists handling seller disputes and account reviews.",
        "Led a group of eight specialists handling seller disputes and\naccount reviews for the marketplace.")
    assert not _named(cv) & {"Seller Success and Trust", "Marketplace Integrity"}


def test_markdown_block_with_bold_heading():
    cv = BLOCK.replace("Experience\n", "## Experience\n").replace("Fiverr: Mar '16 - Present",
                                                                   "**Fiverr**: Mar 2016 - Present")
    cv = cv.replace("\nLed a group", "\n- Led a group").replace("\nBuilt weekly", "\n- Built weekly")
    assert not _named(cv) & {"Seller Success and Trust", "Marketplace Integrity"}


def test_title_comma_employer_lines_without_a_block_keep_their_employers():
    cv = """Dana Whitlow
dana.whitlow@example.com

Experience
Operations Lead, Harbor Freight Lines: FEB 2020 - Present
Led a group of eight dispatchers across two depots.
Dispatcher, Nordwind Logistics: JAN 2010 - FEB 2020
Scheduled deliveries for forty drivers.

Education
Portland State University, BA Spanish, 2009
"""
    assert not team_under_employer("Harbor Freight Lines", cv)
    assert not team_under_employer("Nordwind Logistics", cv)


def test_a_date_line_in_another_language_is_no_block_heading():
    # "Desde 01/07/2018 hasta hoy" over "Analista de Sistemas, Quellen SA": a date line alone, no employer's block
    cv = """Lucía Ferreyra
lucia@example.com

Historial de Trabajo
Desde 01/07/2018 hasta hoy
Analista de Sistemas, Quellen SA, Asunción
Desarrollo de aplicaciones web para la gestión de documentos.
Desde 01/03/2015 hasta 30/06/2018
Analista de Sistemas Junior, Datarío SRL
Desarrollo de aplicaciones de escritorio.
"""
    assert not team_under_employer("Datarío SRL", cv)


GLUED = """Priya Raman
priya.raman@example.com
Austin, TX

WORK EXPERIENCE
Weekend Coding Mentor– Brightpath Academy; Austin, TX | October 2016 – Present
- Mentor teenagers through small programming projects each weekend.
Central Texas Veterans Hospital- Internship; Temple, TX | May - June 2017
- Shadowed nurses and helped with patient intake.
The Hillcrest Center for Pediatric Therapy and Learning Clinical Assistant –Round Rock, TX January 2018 – May 2018
- Greeted families, scheduled therapy sessions and kept patient files in order.
Lakeside Community Clinic- Internship; Waco, TX | May-June 2019
- Took anatomy classes and assisted in the clinic.

EDUCATION
University of Texas at Austin, BS Biology, expected 2020
"""


def test_a_title_glued_after_an_organisations_name_is_never_named_with_it():
    named = _named(GLUED)
    assert not any("Clinical Assistant" in n for n in named)
    assert {"Brightpath Academy", "Lakeside Community Clinic"} <= named  # the other entries keep theirs


def test_title_after_name_kinds():
    assert title_after_name("The Hillcrest Center for Pediatric Therapy and Learning Clinical Assistant")
    assert title_after_name("Mercy Valley Hospital Front Desk Assistant")  # a DOCX cell "… Assistant –Town"
    assert title_after_name("Norrbridge Ltd Junior Data Analyst")
    assert not title_after_name("United States Air National Guard")  # one role word at the end: a name
    assert not title_after_name("Brightpath Academy")
    assert not title_after_name("Office Team, a Robert Half Company")
    assert not title_after_name("Center for Software Engineering")


def test_a_json_resume_keeps_an_employer_that_ends_in_a_role_like_word():
    cv = resume_text({"basics": {"name": "Sam Ortiz"}, "work": [
        {"name": "Tallis Health Partners", "position": "Care Coordinator", "startDate": "2020-01-01",
         "highlights": ["Coordinated discharge plans for 30 patients a week"]},
        {"name": "Kellner Logistics Ltd", "position": "Dispatcher", "startDate": "2016-01-01",
         "endDate": "2019-12-31", "highlights": ["Routed 40 drivers a day"]}]})
    assert "Tallis Health Partners" in _named(cv)
    # "Title, Employer, dates" rows one after the other: no block heading over them, no team
    assert not team_under_employer("Kellner Logistics Ltd", cv)
