"""CV facts, issue 15 point 1: kinds of mistakes found by reading CVs the rules were never tuned on,
lines, schools and skills (the employers' kinds are in tests/test_cv_unseen_kinds.py): one small
made-up input per kind."""

from __future__ import annotations

from core.analysis import extract_cv_facts


def _facts(cv: str) -> dict:
    return extract_cv_facts(cv)


def _lower(values) -> set[str]:
    return {v.casefold() for v in values}


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


# --- schools --------------------------------------------------------------------------------------------

def test_malay_and_indonesian_university_words_name_a_school():
    from core.analysis.cv_schools import school_name

    assert school_name("Universiti Teknologi MARA — 2012") == "Universiti Teknologi MARA"
    assert school_name("Sarjana Ekonomi, Universitas Indonesia, 2015") == "Universitas Indonesia"


def test_a_university_is_the_school_over_its_own_school_of_on_the_same_line():
    from core.analysis.cv_schools import school_name

    line = 'Business administration, School of Continuing Education (SCE), The American University in Cairo (AUC), 2020'
    assert "American University in Cairo" in school_name(line)
    assert school_name("MSc Data Science, School of Informatics, University of Edinburgh") == "University of Edinburgh"


def test_a_school_named_inside_an_education_bullets_sentence_is_no_school_studied_at():
    cv = """Alex Fisher
Education
PGCE in Mathematics with QTS
University of Cumbria (Sept 2021 – June 2022)
- Completed teaching placements in Cardinal Newman College and St Mary's Catholic Academy.
"""
    assert _facts(cv)["schools"] == ["University of Cumbria"]


# --- a verb that shares a tool's name ---------------------------------------------------------------------

def test_excel_as_a_verb_is_no_skill():
    cv = """Alex Fisher
Summary
I thrive in dynamic environments and excel in solving complex problems.
Interests
Maths tutoring, inspiring young learners to excel.
Experience
Analyst
Acme Ltd | 2019 – 2021
- Built reports in Power BI
"""
    assert "excel" not in _lower(_facts(cv)["skills_as_written"])


# --- a headline that joins two descriptions is no title ---------------------------------------------------

def test_a_headline_joining_two_descriptions_with_and_a_is_no_title():
    cv = """Asmaa K

Trilingual and a self-taught programmer, driven by starting new projects from scratch.
core competencies
- HTML5
"""
    assert _facts(cv)["current_title"] != "Trilingual and a self-taught programmer"


def test_a_one_letter_tool_is_not_read_at_the_start_of_an_accented_name():
    from core.analysis.skills import find_all_skills

    assert not [h for h in find_all_skills("Jean-Romain Garnier ; Rémi Bonnefoi") if h.name == "R"]
    assert [h.name for h in find_all_skills("Statistics in R and Python")].count("R") == 1
    assert "Python" in [h.name for h in find_all_skills("熟悉Python开发")]


def test_a_school_without_an_institution_word_under_its_degree_line_is_read():
    cv = """Alexis Fabre
Education
MASTER OF BUSINESS ADMINISTRATION (Final year)
IGR-IAE 2019 – 2020, Rennes, France
Double degree in management, economics, management courses.
ENGINEERING DEGREE (Final year)
CentraleSupélec 2017 – 2020, Rennes, France
2 years degree ELECTRICAL ENGINEERING
IUT de Montpellier-Sète 2015 – 2017, Montpellier, France
"""
    assert _facts(cv)["schools"] == ["IGR-IAE", "CentraleSupélec", "IUT de Montpellier-Sète"]


def test_a_grade_line_under_a_degree_is_no_school():
    cv = """Sam Roe
Education
BSc Computer Science, University of Leeds
First Class Honours 2016 – 2019, Leeds, UK
"""
    assert _facts(cv)["schools"] == ["University of Leeds"]


# --- a year that a PDF glued to the next word -----------------------------------------------------------------

def test_a_year_glued_to_the_employers_name_is_split():
    cv = """Adam N
Experience
March 2023 - September 2023Zawati Optometrist SDN. BHD.
Working as Customer Service Assistant at Zawati Optometrist SDN. BHD. as a part timer.
Assisted in customer service operations and managed customer databases.
"""
    assert _facts(cv)["employers"] == ["Zawati Optometrist SDN. BHD."]


def test_academic_studies_heads_the_education_section():
    cv = """Babak A
Academic Studies:
- 2014: MA of French Language Translation Studies from Tarbiat Modares University, Tehran
- 2012: BA of English Language Translation Studies from Allameh University, Tehran
Professional experience:
- 2017 – 2019: French and English language teacher at Odaba Zand Institute
"""
    assert _facts(cv)["schools"] == ["Tarbiat Modares University", "Allameh University"]


def test_a_school_after_its_degree_and_faculty_in_a_bullet_is_the_school_studied_at():
    cv = """Asmaa K
Education
- Masters in political science, faculty of commerce, Suez Canal University, 2020.
- Bachelor of Political Science, faculty of commerce, Suez Canal University, 2012.
"""
    assert _facts(cv)["schools"] == ["Suez Canal University"]
