"""CV facts, issue 15 point 1, later fault kinds (the kinds the held-out CVs showed): one small
hand-written input per kind, with the facts a reader of that CV would write down."""

from __future__ import annotations

import io

import pytest

from core.analysis import extract_cv_facts
from core.documents import extract_text


def _skills(cv: str) -> set[str]:
    return {s.casefold() for s in extract_cv_facts(cv)["skills_as_written"]}


@pytest.mark.parametrize("heading", ["Internships", "INTERNSHIP", "Internship Experience"])
def test_an_internships_heading_heads_experience(heading):
    cv = f"""Jane Doe
{heading}
Data Analyst Intern
Globex Corporation | June 2022 - August 2022
- Wrote SQL reports in Tableau for the billing team
Education
University of Leeds, BSc Computing, 2023
Skills
SQL, Tableau
"""
    facts = extract_cv_facts(cv)
    assert facts["current_title"] == "Data Analyst Intern"
    assert facts["employers"] == ["Globex Corporation"]
    assert facts["schools"] == ["University of Leeds"]
    assert {("SQL", "Globex Corporation"), ("Tableau", "Globex Corporation")} <= set(facts["skill_employer_pairs"])


def test_a_stack_in_capitals_is_part_of_the_title_not_the_employer():
    cv = """Experience
MEAN Stack Developer at Initech
Jan 2021 - Present
- Built Angular and Node.js apps on MongoDB
PHP Developer | Hooli | 2019 - 2020
- Kept the billing pages alive
CROWDSTRIKE Senior SE | 2016 - 2019
- Ran proofs of concept
"""
    facts = extract_cv_facts(cv)
    assert facts["jobs"] == [("MEAN Stack Developer", "Initech"), ("PHP Developer", "Hooli"), ("Senior SE", "Crowdstrike")]
    assert facts["current_title"] == "MEAN Stack Developer"
    assert "MEAN" not in facts["employers"] and "PHP" not in facts["employers"]


def _docx(paragraphs: list[list[str]]) -> bytes:
    """A DOCX whose paragraphs are runs separated by tab stops."""
    import docx

    document = docx.Document()
    for runs in paragraphs:
        paragraph = document.add_paragraph()
        for index, text in enumerate(runs):
            run = paragraph.add_run(text)
            if index < len(runs) - 1:
                run.add_tab()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_tab_stops_keep_label_and_value_apart():
    data = _docx([
        ["Experience"],
        ["Software Engineer", "Jan 2020 – Present"],
        ["Acme Ltd", "London, UK"],
        ["Built the Python billing service and its Go workers."],
        ["Education"],
        ["University of Leeds", "2016 – 2019"],
        ["Skills"],
        ["Languages:", "Python, Go"],
    ])
    text = extract_text(data, "cv.docx")
    assert "Software Engineer | Jan 2020 – Present" in text
    assert "Languages: Python, Go" in text  # after a label's colon the tab is a space
    facts = extract_cv_facts(text)
    assert facts["jobs"] == [("Software Engineer", "Acme Ltd")]
    assert facts["current_title"] == "Software Engineer"
    assert facts["schools"] == ["University of Leeds"]
    assert {"python", "go"} <= {s.casefold() for s in facts["skills_as_written"]}


def test_css_inside_a_markdown_cv_is_no_content():
    cv = """# Jane Doe

## Experience
**Backend Engineer** | Initech | 2020 - Present
- Built Python services
<style>
body { font-family: Helvetica; color: #333; }
</style>

## Skills
Python, PostgreSQL
h2, .section-title {
  font-size: 14px;
  text-transform: uppercase;
}
a { color: #0366d6; text-decoration: none; }
"""
    facts = extract_cv_facts(cv)
    assert facts["jobs"] == [("Backend Engineer", "Initech")]
    skills = {s.casefold() for s in facts["skills_as_written"]}
    assert {"python", "postgresql"} <= skills
    assert not any(word in " ".join(skills) for word in ("helvetica", "font", "color", "uppercase", "none"))


def test_a_job_under_a_projects_heading_is_a_job_but_a_project_is_not():
    cv = """Projects
Weather App | React, Node.js | 2020 - 2021
- Built a React front end for a weather API
Full Stack Developer, Chess Trainer, 2019 - 2020
- Wrote a C++ search and a React board
Software Engineering Intern | Hooli | Mountain View, CA | Jun 2021 - Aug 2021
- Wrote Python tooling for the build team
Experience
Junior Developer, Initech, 2022 - Present
- Wrote Java services
"""
    facts = extract_cv_facts(cv)
    assert facts["employers"] == ["Hooli", "Initech"]
    assert facts["current_title"] == "Junior Developer"  # the experience section's, not the one under Projects
    assert ("Python", "Hooli") in facts["skill_employer_pairs"]
    assert not any(e in ("Weather App", "Chess Trainer") for _, e in facts["skill_employer_pairs"])


@pytest.mark.parametrize(("header", "job"), [
    ("Backend Developer | Zalando Dublin | 2018 - 2020", ("Backend Developer", "Zalando")),  # a city run into the name
    ("Analyst | Deloitte London | 2019 - 2021", ("Analyst", "Deloitte")),
    ("Software Engineer | Vodafone Egypt | Cairo | 2019 - 2021", ("Software Engineer", "Vodafone Egypt")),  # a country stays
    ("Data Analyst | London Borough of Camden | 2019 - 2021", ("Data Analyst", "London Borough of Camden")),
    ("Researcher, University of Massachusetts Amherst, 2019 - 2021", ("Researcher", "University of Massachusetts")),  # the campus town is a place
    ("Analyst, Boston Consulting Group, 2019 - 2021", ("Analyst", "Boston Consulting Group")),  # a city opening the name
    ("Officer, Dhaka Bank Limited, Dhaka, 2019 - 2021", ("Officer", "Dhaka Bank Limited")),  # "Officer" is also a town
    ("Research Intern | University College Dublin | 2019 - 2021", ("Research Intern", "University College Dublin")),
    ("Engineer | Acme Research Institute Kenya | Nairobi | 2019 - 2021", ("Engineer", "Acme Research Institute Kenya")),
])
def test_a_city_inside_or_after_the_employer_name(header, job):
    assert extract_cv_facts(f"Experience\n{header}\n- Built the reporting tools in Python\n")["jobs"] == [job]


def test_slashed_languages_split_the_same_way_in_a_list_and_in_a_sentence():
    assert {"c", "c++", "java"} <= _skills("Skills\nC/C++/Java, Go\n")
    sentence = _skills("Summary\nProficient in C/C++, JavaScript/TypeScript and Go.\n")
    assert {"c", "c++", "javascript", "typescript"} <= sentence
    assert not sentence & {"c/c++", "javascript/typescript", "c/c++/java"}
    assert "ci/cd" in _skills("Skills\nCI/CD, Docker\n")  # one name, not two


def test_a_skills_line_that_describes_its_label_gives_the_label_and_the_cued_skills():
    cv = """Relevant Skills
- Communication: Excellent verbal and written communication skills; proficient in drafting reports
- Research and Analysis: Strong analytical skills with experience in market research, political surveys, and data interpretation
- Interpersonal: Ability to work effectively in team settings and handle stressful situations
"""
    skills = _skills(cv)
    assert {"communication", "research and analysis", "market research", "political surveys", "data interpretation"} <= skills
    assert not skills & {"interpersonal", "strong analytical skills", "drafting reports"}


def test_a_space_separated_skills_list_wrapped_mid_name_is_read_whole():
    cv = """Skills
Practices  Scalability Microservices Web performance MVP User-centered
           design Responsive design Agile Internationalization Accessibility Automated
           testing Continuous integration GDPR
"""
    skills = _skills(cv)
    assert {"scalability", "microservices", "web performance", "mvp", "user-centered design", "responsive design",
            "agile", "automated testing", "continuous integration", "gdpr"} <= skills
    assert not any(" " in s and s.split()[0] in {"design", "testing"} for s in skills)
    assert "practices" not in skills


def test_tools_a_markdown_skills_paragraph_marks_bold_are_skills():
    cv = """## Skills
* **Erlang** - most of my code. I used **Riak** and **Mnesia** as databases, **Riak Search** over **Riak**, and **cowboy** as web server.
* Python, Go
"""
    skills = _skills(cv)
    assert {"erlang", "riak", "mnesia", "riak search", "cowboy", "python", "go"} <= skills
    assert not skills & {"most of my code", "databases"}


@pytest.mark.parametrize(("opening", "title"), [
    ("Staff software engineer with a passion for building great products and teams.", "Staff software engineer"),
    ("Passionate Software Engineer with a strong foundation in project-based learning.", "Software Engineer"),
    ("Motivated graduate looking for a first role in data analysis and reporting.", ""),  # no role named
])
def test_with_no_job_title_the_title_the_profile_opens_with(opening, title):
    cv = f"""Ron Adams
Somerville MA ron@example.org
{opening}
Experience
2018-2023 Salsify ---------------------------- Boston MA
Web application architecture and implementation, product dev, leadership.
"""
    facts = extract_cv_facts(cv)
    assert facts["employers"] == ["Salsify"]
    assert facts["current_title"] == title


def test_a_job_title_wins_over_the_profile_opening():
    cv = "Jane Doe\nPassionate Software Engineer with ten years of building payment systems.\nExperience\nData Engineer | Initech | 2020 - Present\n- Built Python pipelines\n"
    assert extract_cv_facts(cv)["current_title"] == "Data Engineer"


def test_a_heading_listing_several_kinds_with_commas_ends_the_experience_section():
    cv = """Experience
Intern | Jun 2021 - Aug 2021
BlueWave Merchant Partners, Washington, DC
- Researched clients for project tenders
HONORS, AWARDS & CERTIFICATIONS
Eagle Scout | July 2019
Mayflower Council, Scouts BSA, Canton, MA
- Led a volunteer project of 40 hours
"""
    assert extract_cv_facts(cv)["employers"] == ["BlueWave Merchant Partners"]


def test_a_city_written_without_its_accent_is_a_place_and_a_programme_after_a_title_is_the_employer():
    cv = """Work Experience
Chief Technical Officer & Webmaster - McGill Ambassador Program, Montreal, QC
- Designed and maintained the programme's website
Backend Developer - Nimbus Inc., Montréal, QC 201-2017
- Built the push notification service
"""
    assert extract_cv_facts(cv)["jobs"] == [("Chief Technical Officer & Webmaster", "McGill Ambassador Program"),
                                           ("Backend Developer", "Nimbus Inc.")]


def test_a_label_between_bulleted_runs_and_certificate_or_personal_headings_are_no_skills():
    cv = """Core Competencies
- Machine Learning
- JavaScript
Creative Aptitude
- Received the Michael Dunne Art Award and Scholarship
Certificates and Awards
M.O.S 2013 Industry Certification
Personal
- Avid snowboarder and swimmer
- Artist and painter
"""
    skills = _skills(cv)
    assert {"machine learning", "javascript"} <= skills
    assert not skills & {"creative aptitude", "certificates and awards", "m.o.s 2013 industry certification",
                         "avid snowboarder", "swimmer", "artist", "painter", "personal"}


def test_spanish_lists_split_on_y_between_names_and_a_projects_or_interests_label_gives_no_skills():
    cv = """Habilidades
- Tecnologías: HTML, CSS, JavaScript
- Trabajo en equipo y comunicación efectiva- Enfoque en resultados y mejora continua
- Compromiso y responsabilidad
- Proyectos personales: Juegos web, sistemas inmobiliarios
- Interests: Classical Literature, Tetris
"""
    skills = _skills(cv)
    assert {"html", "css", "javascript", "trabajo en equipo", "comunicación efectiva", "enfoque en resultados",
            "mejora continua", "compromiso y responsabilidad"} <= skills
    assert not skills & {"juegos web", "sistemas inmobiliarios", "classical literature", "tetris", "compromiso"}


def test_a_header_broken_after_a_connecting_word_keeps_the_employer_and_technical_experience_is_skills():
    cv = """Experience
Software developer at
Reksoft
07.2012 - 08.2014
| Saint-Petersburg
Participant of the consultation team for
AlertLogic
. I was occupied in improvement of the log collection system.
- Implementation of effective pool of workers for MySQL client;
Technical Experience
Erlang, Riak
"""
    facts = extract_cv_facts(cv)
    assert facts["employers"] == ["Reksoft"]
    assert ("MySQL", "Reksoft") in facts["skill_employer_pairs"]
    assert {"erlang", "riak"} <= _skills(cv)


def test_a_hospital_and_the_trust_that_runs_it_are_one_employer():
    cv = """Experience
Staff Nurse – Emergency Department
The Royal London Hospital, Barts Health NHS Trust, London, UK • Sep 2018 – Dec 2019
- Triaged patients and ran ECG monitoring
Staff Nurse, Royal Free Hospital, London, UK, 2016 - 2018
- Ward rounds
"""
    assert extract_cv_facts(cv)["employers"] == ["The Royal London Hospital, Barts Health NHS Trust", "Royal Free Hospital"]


def test_a_misspelt_university_is_still_a_school():
    cv = "Education\nBrigham Young Univeristy Idaho, Rexburg, ID\nBachelor of Science, 2020\n"
    assert extract_cv_facts(cv)["schools"] == ["Brigham Young Univeristy Idaho"]


def test_named_tools_a_bullet_says_it_used_are_skills_of_that_employer():
    cv = """Experience
Senior Developer, Nara Logics, 2012 - 2016
- Maintained the corporate website using PHP and Craft CMS; deployed on EC2
- Deployed Docker containers orchestrated by Amazon Elastic Beanstalk
- Reduced costs by 20% using a new approach to caching
- Built sites using SiteCore, Eloqua, ASP.NET 3.5 and MsSQL
"""
    facts = extract_cv_facts(cv)
    pairs = {(s, e) for s, e in facts["skill_employer_pairs"]}
    assert {("Craft CMS", "Nara Logics"), ("Amazon Elastic Beanstalk", "Nara Logics"), ("Eloqua", "Nara Logics")} <= pairs
    skills = {s.casefold() for s in facts["skills_as_written"]}
    assert {"craft cms", "amazon elastic beanstalk", "eloqua"} <= skills
    assert not skills & {"a new approach", "asp", "new approach"}


@pytest.mark.parametrize("header", [
    "Subatomic Shepherd May 2024 — Present\nMicroscopic Circus, Atomville, CA",  # title and dates over employer and place
    "Microscopic Circus, Atomville, CA\nSubatomic Shepherd May 2024 — Present",  # employer and place over title and dates
])
def test_a_title_without_a_role_word_is_told_by_its_line(header):
    facts = extract_cv_facts(f"Experience\n{header}\n- Made tiny molecules dance\n")
    assert facts["jobs"] == [("Subatomic Shepherd", "Microscopic Circus")]
    assert facts["current_title"] == "Subatomic Shepherd"
