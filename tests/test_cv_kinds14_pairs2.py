"""CV skill-under-employer pairs, session 14 (issue 15 point 1): shapes of an entry's employer the reader
missed, so the skills named inside the entry had no employer to go under, each with a made-up CV (no corpus
text)."""

from __future__ import annotations

import pytest

from tests.cv_helpers import cv_facts, cv_pairs

# --- an employer written as its web address on the entry's header ---------------------------------------------

_HEAD = """Tamar Eshel
Software Developer
tamar.eshel@example.com | https://github.com/teshel | www.linkedin.com/in/teshel

WORK EXPERIENCE
"""

_TAIL = """
EDUCATION
BSc Computer Science, Haifa University, 2012 - 2015

SKILLS
Vue.js, Kotlin, Python, Docker
"""

_SITE_SHAPES = {
    "on the title's line": """Frontend Developer | https://www.brightloop.io/ | 2020 - 2023
- Built the dashboard in Vue.js
Backend Developer | http://quarrytech.com | 2016 - 2020
- Wrote billing services in Kotlin
""",
    "on its own line above the title": """https://www.brightloop.io/
Frontend Developer
2020 - 2023
- Built the dashboard in Vue.js

www.quarrytech.com
Backend Developer
2016 - 2020
- Wrote billing services in Kotlin
""",
    "after the title's 'at'": """Frontend Developer at https://brightloop.io, 2020 - 2023
- Built the dashboard in Vue.js
Backend Developer at www.quarrytech.com, 2016 - 2020
- Wrote billing services in Kotlin
""",
}


@pytest.mark.parametrize("shape", sorted(_SITE_SHAPES))
def test_an_employer_written_as_its_web_address_is_named_by_its_host(shape: str) -> None:
    """"https://www.brightloop.io/" where the entry's header names its employer: "brightloop.io" (no scheme,
    "www." or slash), holding the skills of its entry; the profile addresses of the contact line name no
    employer."""
    cv = _HEAD + _SITE_SHAPES[shape] + _TAIL
    employers = cv_facts(cv)["employers"]
    assert employers == ["brightloop.io", "quarrytech.com"]
    pairs = cv_pairs(cv)
    assert {("vue.js", "brightloop.io"), ("kotlin", "quarrytech.com")} <= pairs


_NAMED_AND_SITE = _HEAD + """Brightloop, Haifa | 2020 - 2023
https://www.brightloop.io | Frontend Developer
- Built the dashboard in Vue.js

Quarry Technologies, Tel Aviv | 2016 - 2020
http://www.quarrytech.com | Backend Developer
- Wrote billing services in Kotlin
""" + _TAIL


def test_a_web_address_beside_the_employers_name_leaves_the_name() -> None:
    """"Brightloop" with "https://www.brightloop.io" under it: the name the header gives is the employer,
    the address only its site."""
    facts = cv_facts(_NAMED_AND_SITE)
    assert facts["employers"] == ["Brightloop", "Quarry Technologies"]
    assert ("kotlin", "quarry technologies") in cv_pairs(_NAMED_AND_SITE)


def test_a_product_name_with_a_dot_is_no_web_address() -> None:
    """"Node.js" or "ASP.NET" on a header is a product, never read as a site's host: only a part written with
    a scheme or "www." is."""
    from core.analysis.cv_header_parts import web_name

    assert web_name("Node.js") == "Node.js"
    assert web_name("ASP.NET") == "ASP.NET"
    assert web_name("https://www.gong-labs.co.uk/") == "gong-labs.co.uk"
    assert web_name("https://github.com/teshel") == "https://github.com/teshel"
    assert web_name("www.linkedin.com") == "www.linkedin.com"


# --- an entry's tools listed one a line under its header, with no bullets ---------------------------------------

_TAGS = """Yoav Marom
Full Stack Developer
yoav@example.com

WORK EXPERIENCE
Lumenfield
Frontend Developer
%s
TypeScript
Svelte
GraphQL
Orchard Systems
Backend Developer
%s
Kotlin
PostgreSQL
RabbitMQ
Java 17

EDUCATION
BSc Software Engineering, Ariel University, 2011 - 2014
"""


@pytest.mark.parametrize("dates", [("2021 - 2024", "2017 - 2021"), ("", "")], ids=["dated", "undated"])
def test_tools_listed_one_a_line_under_a_header_are_its_skills_not_its_employer(dates: tuple[str, str]) -> None:
    """"Lumenfield" / "Frontend Developer", then "TypeScript" / "Svelte" / "GraphQL" one a line: the entry's
    tools, each under "Lumenfield", "Java 17" with its version too, and no tool read as the next entry's
    employer."""
    cv = _TAGS % dates
    cv = cv.replace("\n\n", "\n") if not dates[0] else cv
    assert cv_facts(cv)["employers"] == ["Lumenfield", "Orchard Systems"]
    pairs = cv_pairs(cv)
    assert {("typescript", "lumenfield"), ("graphql", "lumenfield"), ("kotlin", "orchard systems"),
            ("rabbitmq", "orchard systems"), ("java 17", "orchard systems")} <= pairs
    assert not any(employer in {"graphql", "rabbitmq", "svelte"} for _, employer in pairs)


_PRODUCT_EMPLOYER = """Noa Tal
noa@example.com

EXPERIENCE
Account Executive
Salesforce
2019 - 2023
- Closed enterprise deals across EMEA
"""


def test_a_product_named_employer_under_its_title_stays_the_employer() -> None:
    """"Account Executive" / "Salesforce": a product's name where the header has no employer yet is the
    employer, not a tag of the entry."""
    assert cv_facts(_PRODUCT_EMPLOYER)["employers"] == ["Salesforce"]


# --- a PDF whose section headings are drawn after all the text they head -------------------------------------


def _headings_drawn_last_pdf(*, late: bool = True) -> bytes:
    """A one-page CV drawn top to bottom, as read, but for its section headings, which are drawn after all the
    rest (as some HTML-to-PDF exports do); ``late=False`` draws each heading in its place."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    lines = ["Yoav Marom", "Full Stack Developer", "yoav@example.com", "",
             "#SKILLS", "Front End", "svelte typescript", "Back End", "kotlin postgresql", "",
             "#WORK EXPERIENCE", "Lumenfield | 2021 - 2024", "Frontend Developer",
             "Built the booking flow in Svelte", "Orchard Systems | 2017 - 2021", "Backend Developer",
             "Wrote the billing services in Kotlin", "",
             "#EDUCATION", "Ariel University, BSc Software Engineering, 2011 - 2014"]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    headings = []
    for index, line in enumerate(lines):
        y = 780 - 16 * index
        if line.startswith("#"):
            if late:
                headings.append((y, line[1:]))
            else:
                c.drawString(50, y, line[1:])
        elif line:
            c.drawString(50, y, line)
    for y, heading in headings:
        c.drawString(50, y, heading)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_section_headings_drawn_after_their_text_are_read_in_their_place() -> None:
    """Headings a PDF draws after all the page's text ("SKILLS", "WORK EXPERIENCE", "EDUCATION" at the end of
    its text layer, the page otherwise drawn as read) head their sections again: the jobs are read as jobs,
    with their skills, as from the same page drawn in order."""
    from core.documents import extract_text

    text = extract_text(_headings_drawn_last_pdf(), "cv.pdf")
    lines = text.splitlines()
    assert lines.index("SKILLS") < lines.index("Front End") < lines.index("WORK EXPERIENCE") < lines.index(
        "Lumenfield | 2021 - 2024") < lines.index("EDUCATION")
    facts = cv_facts(text)
    assert facts["employers"] == ["Lumenfield", "Orchard Systems"]
    assert {("svelte", "lumenfield"), ("kotlin", "orchard systems")} <= cv_pairs(text)
    assert text == extract_text(_headings_drawn_last_pdf(late=False), "cv.pdf")
