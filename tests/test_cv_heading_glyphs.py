"""CV facts, issue 15 point 1: section headings that a PDF's decorative fonts disguise (the section layer),
and header lines a tag or a non-English "present" leaves unread. One small made-up input per kind."""

from __future__ import annotations

from core.analysis import extract_cv_facts
from core.analysis.cv_lines import clean_line, section_kind


def _kind(raw: str) -> str | None:
    return section_kind(clean_line(raw))


def test_a_heading_behind_an_icon_fonts_glyph_read_as_a_letter_is_still_a_heading():
    # icon fonts whose glyphs a PDF's text layer maps to ordinary code points: a letter with a
    # diacritic, a currency sign, a combining mark, a ligature
    assert _kind("ŵ Education") == "education"
    assert _kind("\u036c Work Experience") == "experience"
    assert _kind("¥ Skills") == "skills"
    assert _kind("Ĳ Experience") == "experience"
    # a word before a heading word is no glyph, and a line that is no heading keeps its first letter
    assert _kind("À la carte") is None
    assert _kind("À propos") == "other"  # French "About": a heading whole, its first letter no glyph
    assert clean_line("× +1 555 0100") == "× +1 555 0100"


def test_ornament_letters_glued_after_an_upper_case_heading_leave_the_heading():
    assert _kind("EDUCATIONaa\\") == "education"
    assert _kind("PROFESSIONAL EXPERIENCEa\\") == "experience"
    assert _kind("SKILLSa\\a\\") == "skills"
    assert _kind("EDUCATIONAL") is None  # no ornament: a word, not a heading


def test_an_icon_before_each_heading_does_not_hide_the_jobs_and_schools():
    cv = """Dana Whitfield
ŷ Contact
dana@example.org
ŵ Education
Northfield Institute of Technology
BSc Mechanical Engineering, 2014 – 2018
\u036c Work Experience
Field Engineer
Harrow Pumps Ltd, 2019 – Present
- Commissioned 40 pumping stations across the region
"""
    facts = extract_cv_facts(cv)
    assert "Harrow Pumps Ltd" in facts["employers"]
    assert "Northfield Institute of Technology" in facts["schools"]
    assert facts["current_title"] == "Field Engineer"


def test_ornaments_glued_to_upper_case_headings_do_not_hide_the_jobs():
    cv = """JORDAN EALES
a \\
EDUCATIONaa\\
2010-2014 Westmoor College of Art, Leeds
a \\
PROFESSIONAL EXPERIENCEa\\
2019 – 2022 Kettle Lane Studio, Print Technician, Leeds
- Ran the screen-printing workshop for 30 members
"""
    facts = extract_cv_facts(cv)
    assert "Kettle Lane Studio" in facts["employers"]
    assert "Westmoor College of Art" in facts["schools"]


def test_a_project_tag_in_square_brackets_is_no_employer():
    cv = """Experience
Software Engineer [Booking App]
Oct 2021 – Aug 2022
- Built the booking service in Go
"""
    facts = extract_cv_facts(cv)
    assert not any("[" in e or "Software Engineer" in e for e in facts["employers"])
    assert facts["current_title"] == "Software Engineer"


def test_titles_under_an_employer_whose_dates_run_to_presente_belong_to_it():
    cv = """Experience
Larkspur Labs
2021 - Presente
A start-up building chat tools for shops.
Lead Engineer
Jan 2023 – Present
- Built the order bot in Python
Backend Engineer
Aug 2021 – Dec 2022
- Ran the Postgres cluster
"""
    facts = extract_cv_facts(cv)
    pairs = {(s.casefold(), e) for s, e in facts["skill_employer_pairs"]}
    assert ("python", "Larkspur Labs") in pairs
    assert ("postgres", "Larkspur Labs") in pairs


def test_a_skills_heading_that_a_margin_column_wrapped_is_one_heading():
    from core.analysis.cv_layout import cv_lines

    texts = [line.text for line in cv_lines("Skills\nProgramming\nLanguages\n& Tools\nRust, Elixir\nExperience\n")]
    assert "Programming Languages & Tools" in texts
    assert [line.text for line in cv_lines("Languages &\nFrameworks\nRust\n")][0] == "Languages & Frameworks"
    # a list item before a heading stays an item
    assert [line.text for line in cv_lines("Kafka\nLeadership\nExperience\n")] == ["Kafka", "Leadership", "Experience"]


def test_tools_under_a_wrapped_skills_label_are_read_as_skills():
    cv = """Skills
Programming
Languages
& Tools
Zig, Nextflow, Quarto
Experience
Data Engineer, Fenwick Analytics, 2020 – Present
- Kept the pipelines running
"""
    facts = extract_cv_facts(cv)
    written = {s.casefold() for s in facts["skills_as_written"]}
    assert {"zig", "nextflow", "quarto"} <= written


def test_a_job_stranded_after_the_education_box_with_its_employer_under_the_dates_is_still_a_job():
    # a sidebar's education box read between two jobs of the main column: title, dates, then employer
    cv = """Work Experience
Brightwell Labs
UX Designer
January 2020 - May 2020
- Drew the wireframes in Figma
Education
BFA Graphic Design
2008 - 2014
Northgate College of Art
Eastfield County (NCA)
Senior Product Designer
July 2016 - August 2018
Marlow Analytics
During my time there I ran the design system for the analytics product.
- Kept the Sketch library
"""
    facts = extract_cv_facts(cv)
    assert "Marlow Analytics" in facts["employers"]
    assert not any("Eastfield" in e for e in facts["employers"])
    pairs = {(s.casefold(), e) for s, e in facts["skill_employer_pairs"]}
    assert ("sketch", "Marlow Analytics") in pairs


def test_an_organisation_with_the_title_held_there_in_brackets_is_the_employer():
    cv = """Experience
Larkspur Labs (Co-Founder)
2019 – 2021
- Built the ordering service in Elixir
Data Engineer (Contract)
2021 – Present
"""
    facts = extract_cv_facts(cv)
    assert "Larkspur Labs" in facts["employers"]
    assert not any("(" in e for e in facts["employers"])
    pairs = {(s.casefold(), e) for s, e in facts["skill_employer_pairs"]}
    assert ("elixir", "Larkspur Labs") in pairs
