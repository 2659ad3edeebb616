"""CV facts, issue 15 point 1: the kinds of fault the session-6 entry work fixed in job headers
(title, employer) and education lines (school). Each input is made up, not copied from a corpus CV;
each asserts what a reader of that CV would write down."""

from __future__ import annotations

import pytest

from core.analysis import extract_cv_facts


def _facts(experience: str, education: str = "University of Leeds, BSc Computing, 2015") -> dict:
    cv = f"""Morgan Avery
Experience
{experience}
- Built the quarterly reporting pipeline for 40 branches
Education
{education}
"""
    return extract_cv_facts(cv)


@pytest.mark.parametrize(("header", "employer"), [
    ("Data Analyst | Marlowe Freight Ltd (mostly working in SQL and Python) | 2019 - Present", "Marlowe Freight Ltd"),
    ("Data Analyst | University of Eastern Arden (Leeds, UK) | 2019 - Present", "University of Eastern Arden"),
    ("Data Analyst, Quillon Bank (Manchester) 2019 - Present", "Quillon Bank"),
])
def test_a_remark_or_a_place_in_brackets_is_no_part_of_the_employer(header, employer):
    facts = _facts(header)
    assert facts["employers"] == [employer]
    assert facts["current_title"] == "Data Analyst"


def test_a_long_remark_in_brackets_after_the_title_leaves_the_title():
    facts = _facts("Hollis Ceramics Ltd  Sheffield, UK\n"
                   "Process Engineer (Promoted from Band 2 to Band 4 within a year of joining) 2016 – 2020")
    assert facts["current_title"] == "Process Engineer"
    assert facts["employers"] == ["Hollis Ceramics Ltd"]


def test_a_short_bracket_that_belongs_to_the_name_or_title_stays():
    facts = _facts("Research Assistant (Part time) | Vantor Labs (Europe) | 2019 - Present")
    assert facts["current_title"] == "Research Assistant (Part time)"
    # a bracketed place or other name after the employer's is dropped (the dev labels' rule, session 15)
    assert facts["employers"] == ["Vantor Labs"]


def test_a_department_after_a_spaced_unicode_hyphen_is_no_part_of_the_employer():
    facts = _facts("Senior Lecturer  Leeds, UK\nBRANTWOOD UNIVERSITY \u2010 CHEMISTRY DEPARTMENT 01/2018 \u2010 06/2022")
    assert facts["employers"] == ["Brantwood University"]
    assert facts["current_title"] == "Senior Lecturer"


@pytest.mark.parametrize("form", ["SE", "AG", "S.A."])
def test_a_company_with_its_legal_form_is_the_employer_not_the_title(form):
    facts = _facts(f"Kessler Marken {form} (Nordwind)\nRegional Sales Manager | 2020 – Present")
    assert facts["current_title"] == "Regional Sales Manager"
    assert facts["employers"] == [f"Kessler Marken {form}"]  # its bracketed brand dropped (session 15)


def test_a_seniority_before_se_is_still_a_title():
    facts = _facts("Senior SE | Brightwater Systems | 2020 – Present")
    assert facts["current_title"] == "Senior SE"
    assert facts["employers"] == ["Brightwater Systems"]


@pytest.mark.parametrize(("line", "employer"), [
    ("Quantum Pickle Consulting Grumbleton, CA", "Quantum Pickle Consulting"),
    ("Tidewater Startup Lower Fenwick, Oregon", "Tidewater Startup"),
])
def test_a_town_unknown_to_the_gazetteer_run_into_the_employer_before_its_region(line, employer):
    facts = _facts(f"Data Wrangler  Jan 2021 — Present\n{line}")
    assert facts["employers"] == [employer]


def test_a_known_place_after_an_institution_word_stays_and_of_a_quarter_keeps_its_place():
    facts = _facts("Research Fellow | University College Dublin, Ireland | 2019 - Present\n"
                   "- Ran the lab's sequencing runs for 3 groups\n"
                   "Teaching Assistant | University of Central Florida | 2016 - 2019")
    assert facts["employers"] == ["University College Dublin", "University of Central Florida"]


@pytest.mark.parametrize(("line", "school"), [
    ("Pemberton Institute of Mining and Metallurgy, BSc 2014", "Pemberton Institute of Mining and Metallurgy"),
    ("Oakridge High School for Arts and Sciences  Burlington, VT", "Oakridge High School for Arts and Sciences"),
    ("Larchmere Academy GCSEs in Maths, English and Art", "Larchmere Academy"),
    ("University of California, Irvine | Irvine, CA", "University of California, Irvine"),
    ("Mayfield Public School Jaipur, Western Province", "Mayfield Public School"),
])
def test_a_school_name_runs_on_after_and_but_not_into_a_qualification_or_a_town(line, school):
    assert _facts("Analyst | Dunmore Freight Ltd | 2019 - Present", line)["schools"] == [school]


def test_a_qualification_named_after_its_level_and_a_campus_line_are_no_schools():
    education = ("Secondary School Certificate, 2010\nInstitute: Fernhill Model High School\n"
                 "Kestrel Institute of Science\nPune Campus")
    assert _facts("Analyst | Dunmore Freight Ltd | 2019 - Present", education)["schools"] == [
        "Fernhill Model High School", "Kestrel Institute of Science"]


@pytest.mark.parametrize(("line", "school"), [
    ("Sep 2019-present: Part-time MSc in Data Science; LSE", "LSE"),
    ("BEng Mechanical Engineering – EPFL | 2012 – 2016", "EPFL"),
])
def test_a_school_named_only_by_its_short_form_on_a_degree_line(line, school):
    assert _facts("Analyst | Dunmore Freight Ltd | 2019 - Present", line)["schools"] == [school]


def test_a_degree_short_form_in_brackets_or_a_grade_is_no_school():
    education = ("Professional Writing Graduate Certificate (PWGC), 18 credits\nBSc Physics | GPA 3.6 | 2015\n"
                 "B.Tech, CSE, 2019")
    assert _facts("Analyst | Dunmore Freight Ltd | 2019 - Present", education)["schools"] == []


def test_with_no_education_entry_the_school_a_summary_names_for_a_degree():
    cv = """Summary
A dependable network technician with 6 years of support work. Currently pursuing a bachelor's degree in
Networking at Ridgeway State College, graduating in 2026.
Experience
Network Technician | Coldharbour Data Ltd | 2019 - Present
- Replaced 300 failed drives across 4 data halls
"""
    assert extract_cv_facts(cv)["schools"] == ["Ridgeway State College"]


def test_a_dated_organisation_line_under_a_placed_title_line_gives_the_title_from_the_placed_line():
    facts = _facts("Senior Seed Curator  Bad Kleinau, Austria\nALPINE BOTANY RESEARCH CENTRE  03/2021 - 08/2023")
    assert facts["current_title"] == "Senior Seed Curator"
    assert facts["employers"] == ["Alpine Botany Research Centre"]


@pytest.mark.parametrize("title", ["Primary School Teacher", "High School Teacher"])
def test_a_listed_title_that_opens_with_an_institution_word_stays_whole(title):
    facts = _facts(f"Fernley Grammar Trust\n{title} | 2018 – Present")
    assert facts["current_title"] == title
    assert facts["employers"] == ["Fernley Grammar Trust"]


def test_a_team_between_title_and_employer_is_neither():
    facts = _facts("Mar 2020-present: Senior Analyst, Pricing Insight Team, DVLA")
    assert facts["current_title"] == "Senior Analyst"
    assert facts["employers"] == ["DVLA"]


def test_a_ward_after_a_nurses_title_stays_in_the_title():
    facts = _facts("Staff Nurse, Renal Ward | Harlow Vale Hospital | 2019 – Present")
    assert facts["current_title"] == "Staff Nurse, Renal Ward"
    assert facts["employers"] == ["Harlow Vale Hospital"]


def test_a_short_employer_in_capitals_stays_an_acronym():
    assert _facts("Data Engineer | 2019 - Present | HMRCX")["employers"] == ["HMRCX"]


@pytest.mark.parametrize(("opening", "title"), [
    ("I am a mechanical engineering student at Fenwick University, eager to find a placement.", ""),
    ("A driven and knowledgeable network technician with 6 years of support work in data halls.",
     "network technician"),
    ("Reliable, dependable warehouse supervisor with 9 years of shift leadership.", "warehouse supervisor"),
])
def test_a_profile_opening_gives_no_student_title_and_reads_past_joined_adjectives(opening, title):
    cv = f"Robin Hale\nSummary\n{opening}\nSkills\nExcel, SQL\n"
    assert extract_cv_facts(cv)["current_title"] == title


def test_entries_whose_dates_come_first_and_have_no_bullets_are_read_apart():
    cv = """Experience
03/2012 – 05/2020
Shift Supervisor • Harbour Cold Stores
01/2006 - 02/2012
Sales Assistant • Kilnsey Meats
When I worked at the stores I ran the night shift and trained new starters on the tills.
"""
    facts = extract_cv_facts(cv)
    assert facts["employers"] == ["Harbour Cold Stores", "Kilnsey Meats"]
    assert facts["current_title"] == "Shift Supervisor"


def test_a_long_json_resume_header_with_iso_dates_is_a_header():
    cv = """Experience
Level Designer - Brassworks Mods (Unofficial Fan Project Community), Brassworks Mods (Unofficial Fan Project Community), 2019-03-01 - 2021-06-30
Wrote the Lua scripts for 12 community maps played by 40,000 people.
"""
    facts = extract_cv_facts(cv)
    assert facts["employers"] == ["Brassworks Mods"]  # its bracketed descriptor dropped (session 15)
    assert facts["current_title"] == "Level Designer"


def test_a_skill_word_inside_the_employers_name_is_no_skill_used_there():
    cv = """Experience
Backend Developer | Redux Robotics Ltd | 2019 - Present
- Wrote Python services for 3 warehouses
Skills
Python, Redux
"""
    pairs = set(extract_cv_facts(cv)["skill_employer_pairs"])
    assert ("Python", "Redux Robotics Ltd") in pairs
    assert ("Redux", "Redux Robotics Ltd") not in pairs


def test_a_courses_line_or_a_sentence_in_education_names_no_school():
    education = ("Harwell Institute of Technology, BSc 2019\n"
                 "- Courses Taken: Robotics Research Lab, Control Theory, Signals\n"
                 "- Ran a weekly coding club for younger pupils at the Denby Grove High School site of our trust")
    assert _facts("Analyst | Dunmore Freight Ltd | 2019 - Present", education)["schools"] == [
        "Harwell Institute of Technology"]


def test_a_title_listing_its_subjects_with_commas_stays_whole():
    facts = _facts("Physics, Chemistry, and Biology Tutor - Brookfield Learning 2016-2019")
    assert facts["current_title"] == "Physics, Chemistry, and Biology Tutor"
    assert facts["employers"] == ["Brookfield Learning"]


def test_a_role_of_a_field_is_a_title_and_an_icon_fonts_glyph_names_are_no_employer():
    facts = _facts("Director of Member & Partner Services\nOrbitelle\nMar 2015 – June 2020 ¶ap-¶arker Lyon, France")
    assert facts["current_title"] == "Director of Member & Partner Services"
    assert facts["employers"] == ["Orbitelle"]


def test_an_institution_word_names_a_school_and_an_acronym_under_the_degree_line_is_one():
    education = ("Institution of Marine Surveyors, Diploma 2012\n"
                 "Engineer's degree 2004 - 2009\nApplied Mathematics.\nENSTM - Brest Iroise")
    assert _facts("Analyst | Dunmore Freight Ltd | 2019 - Present", education)["schools"] == [
        "Institution of Marine Surveyors", "ENSTM"]


@pytest.mark.parametrize("header", ["Web Developer, Self-employed, 2019 – Present",
                                    "Self-employed | Web Developer | 2019 – Present"])
def test_self_employed_is_no_employer(header):
    facts = _facts(header)
    assert facts["current_title"] == "Web Developer"
    assert facts["employers"] == []


def test_a_division_in_brackets_is_no_part_of_the_employer():
    facts = _facts("Junior Analyst, Carrow Sachs (Debt Markets Division), 2019 – Present")
    assert facts["employers"] == ["Carrow Sachs"]


def test_a_paid_role_held_now_is_the_current_title_over_a_volunteer_role_held_now():
    cv = """Experience
Volunteer Mentor | Code Club Wexley | 2021 – Present
- Mentored 10 pupils a term
Accountant | Pellow & Marsh | 2018 – Present
- Closed 12 month-ends a year
"""
    assert extract_cv_facts(cv)["current_title"] == "Accountant"


def test_a_title_without_a_role_word_after_the_organisation_with_its_dates_on_the_next_line():
    cv = """Work Experience:
Harbourside Rowing Club : 4 Mill Lane, Henley, England: Boat Maintenance
From: 2015 – Present
Kept 40 boats race-ready through each season.
"""
    facts = extract_cv_facts(cv)
    assert facts["current_title"] == "Boat Maintenance"
    assert facts["employers"] == ["Harbourside Rowing Club"]


@pytest.mark.parametrize(("line", "school"), [
    ("Ecole Polytechnique Fédérale de Lausanne (EPFL), MSc 2019", "Ecole Polytechnique Fédérale de Lausanne (EPFL)"),
    ("Ludwig-Maximilians-Universität München, M.A., 2016", "Ludwig-Maximilians-Universität München"),
    ("Politecnico di Milano – MSc 2014", "Politecnico di Milano"),
    ("University of Wisconsin–Madison, BS Statistics, 2019", "University of Wisconsin–Madison"),
    ("MIT, SB Mechanical Engineering, 2010", "MIT"),
])
def test_schools_named_in_other_languages_with_hyphens_or_by_a_short_form(line, school):
    assert _facts("Analyst | Dunmore Freight Ltd | 2019 - Present", line)["schools"] == [school]


@pytest.mark.parametrize("header", [
    "2019 - 2022  Data Engineer II  Quorvex",
    "Data Engineer II — Quorvex (Billing Platform team) — 2019-2022",
    "Data Engineer II at Quorvex, Billing Platform Team, Leeds (2019-2022)",
])
def test_a_team_a_town_or_a_level_around_the_employer_leave_one_employer(header):
    facts = _facts(header)
    assert facts["current_title"] == "Data Engineer II"
    assert facts["employers"] == ["Quorvex"]


def test_a_listed_title_ending_in_a_person_noun_is_a_title():
    facts = _facts("Line Cook — The Copper Kettle Bistro — Austin, TX — 2019-2022")
    assert facts["current_title"] == "Line Cook"
    assert facts["employers"] == ["The Copper Kettle Bistro"]


def test_a_new_dated_header_ends_the_previous_employers_entry_even_when_no_job_is_read_from_it():
    cv = """Work Experience
Lead Backend Developer - Corvane Inc. 2017
- Built the billing service in Go for 3 clients
Talks - Northern Data Meetups 2016
- Gave 4 talks on Kafka at meetups
"""
    pairs = set(extract_cv_facts(cv)["skill_employer_pairs"])
    assert ("Go", "Corvane Inc.") in pairs
    assert ("Kafka", "Corvane Inc.") not in pairs


def test_an_open_source_contributor_is_a_title():
    facts = _facts("Contributor - Tessellate 2018 - 2020")
    assert facts["current_title"] == "Contributor"
    assert facts["employers"] == ["Tessellate"]


def test_a_stores_number_is_no_part_of_the_employer_and_a_site_after_the_organisation_is_not_chosen_over_it():
    assert _facts("Cashier — Pellmore Pharmacy #4521 — 2021 – Present")["employers"] == ["Pellmore Pharmacy"]
    facts = _facts("Staff Nurse\nHalvard Permanente – Eastfield Medical Center, Leeds, UK\n2021 – Present")
    assert facts["employers"] == ["Halvard Permanente"]
