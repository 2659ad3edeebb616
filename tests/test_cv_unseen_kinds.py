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
