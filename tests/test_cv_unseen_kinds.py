"""CV facts, issue 15 point 1: kinds of mistakes found by reading CVs the rules were never tuned on
(nursing, teaching, sales, operations, finance; Word, LaTeX, Markdown-to-PDF): one small made-up
input per kind. Employers' precision first: a wrong employer becomes a wrong interview question."""

from __future__ import annotations

from core.analysis import extract_cv_facts


def _facts(cv: str) -> dict:
    return extract_cv_facts(cv)


def _lower(values) -> set[str]:
    return {v.casefold() for v in values}


# --- a title that runs onto a second line is no employer -----------------------------------------

def test_a_title_line_ending_in_an_ampersand_goes_on_and_names_no_employer():
    cv = """Jo Park
Professional Experience
Educator | Curriculum Specialist | Independent Learning Designer &
Content Developer | Product Designer
Self-Employed | Remote | 2021 – Present
- Designed over 200 assessments for adult learners
Teacher
Hillcrest High School | Atlanta, GA | 2018 – 2021
- Taught physical education to 200 students a year
"""
    facts = _facts(cv)
    assert facts["employers"] == ["Hillcrest High School"]
    assert not any(e.endswith("&") for e in facts["employers"])


def test_a_part_ending_in_a_connector_is_never_an_employer():
    from core.analysis.cv_entries import parse_header

    role, employer = parse_header(["Analyst | Independent Quantitative Researcher &", "2019 – 2021"])
    assert employer == ""
    assert role == "Analyst"


# --- a trailing word that is also a town stays in the name when the line gives its place -----------

def test_a_dealer_name_ending_in_a_town_word_keeps_it_when_the_place_follows():
    cv = """Lee Matthews
Experience
Sales Consultant
AutoNation Honda – Phoenix, AZ
2021 – Present
- Sold over 350 vehicles in 3 years
Sales Associate
Sunset Motors – Mesa, AZ
2019 – 2021
- Assisted customers with test drives
"""
    facts = _facts(cv)
    assert facts["employers"] == ["AutoNation Honda", "Sunset Motors"]


def test_a_town_run_into_a_name_without_a_separate_place_is_still_cut():
    from core.analysis.cv_lines import header_parts

    assert header_parts("Cinch Financial Boston") == ["Cinch Financial"]


# --- a place named like a tool is no skill ----------------------------------------------------------

def test_a_city_that_shares_a_tools_name_is_no_skill_next_to_its_state():
    cv = """Lee Matthews
Experience
Software Developer
Acme Motors – Phoenix, AZ
2021 – Present
- Built the dealer portal in Elixir and Phoenix
Skills
Elixir
"""
    facts = _facts(cv)
    pairs = {(s.casefold(), e) for s, e in facts["skill_employer_pairs"]}
    assert ("phoenix", "Acme Motors") in pairs  # named in a bullet: a skill

    cv_sales = cv.replace("- Built the dealer portal in Elixir and Phoenix", "- Sold over 350 vehicles")
    facts = _facts(cv_sales)
    assert "phoenix" not in _lower(facts["skills_as_written"])


# --- a list or a bullet that a PDF wrapped mid-list is one line again ---------------------------------

def test_a_skills_line_wrapped_inside_a_two_word_item_keeps_the_item_whole():
    cv = """Kim Lowe
Technical Skills
AI & Learning Technologies: ChatGPT, Claude Code, Cursor, Windsurf, Copilot, Prompt Engineering, AI
Agent Development, Generative AI Integration, AI-Assisted Workflows
Learning Management Systems: Canvas, Google Classroom, Microsoft Teams, D2L, BrightSpace
Design Tools: PowerPoint, Prezi, Canva, Articulate 360, Figma, DaVinci Resolve (Video
Editing), HTML, CSS, JavaScript
Core Competencies
• Executed a graduate-level curriculum design initiative modeling county-wide instructional systems alignment with evolving state and national education standards, emphasizing strategic planning
• Spearheaded AI-integrated digital transformation projects leveraging Generative AI, ChatGPT, Claude, Copilot, and prompt engineering for instructional and operational workflows
• Maintained consistent communication with district stakeholders regarding strategic goals, scope alignment, budgetary planning and the yearly review of every programme
Experience
Teacher
Hillcrest High School | Atlanta, GA | 2018 – 2021
- Designed blended learning programs on learning platforms (Canvas, Google
Classroom, Microsoft Teams) for 200 learners a year, with weekly assessments and data reviews
"""
    skills = _lower(_facts(cv)["skills_as_written"])
    assert {"ai agent development", "google classroom"} <= skills
    assert not {"ai", "agent development", "google", "classroom", "editing)"} & skills


def test_lines_of_a_list_written_one_per_line_stay_apart():
    cv = """Kim Lowe
Skills
Python, SQL, Excel
Tableau, Power BI
Experience
Analyst
Acme Ltd | 2019 – 2021
- Built reports
"""
    skills = _lower(_facts(cv)["skills_as_written"])
    assert {"excel", "tableau"} <= skills
    assert "excel tableau" not in skills


def test_a_bullet_broken_after_and_goes_on_onto_a_line_that_looks_like_a_heading():
    from core.analysis.cv_layout import cv_lines

    lines = cv_lines("Core Competencies\n• Executed a curriculum design initiative emphasizing strategic planning and\n"
                     "scalable implementation frameworks\n• Coached sports teams")
    texts = [line.text for line in lines]
    assert "Executed a curriculum design initiative emphasizing strategic planning and scalable implementation frameworks" in texts


def test_a_bullet_wrapped_inside_a_listed_product_name_is_joined_back():
    from core.analysis.cv_layout import cv_lines

    text = ("Experience\nTeacher\nHillcrest High School | Atlanta, GA | 2018 – 2021\n"
            "• Integrated and optimized learning technologies across many platforms including Canvas, Google\n"
            "Classroom, Microsoft Teams, D2L, and Brightspace\n"
            "• Coached sports teams through structured training programs for three seasons in a row\n"
            "• Created engaging multimedia lessons with Canva, PowerPoint and Prezi for every class\n")
    texts = [line.text for line in cv_lines(text)]
    assert ("Integrated and optimized learning technologies across many platforms including Canvas, Google "
            "Classroom, Microsoft Teams, D2L, and Brightspace") in texts


def test_a_short_bullet_ending_in_a_list_item_does_not_swallow_the_next_header():
    from core.analysis.cv_layout import cv_lines

    text = ("Experience\nAnalyst\nAcme Ltd | 2019 – 2021\n"
            "• Wrote the long quarterly reports that the whole regional board read every single quarter\n"
            "• Built services in Go, Python\n"
            "Senior Engineer, Initech\n"
            "• Ran the platform team\n")
    texts = [line.text for line in cv_lines(text)]
    assert "Senior Engineer, Initech" in texts
