"""Quote the CV, don't paraphrase it (session 18, issue 15 point 3): the opener quotes the latest entry's own
header line and the skill questions the line where the skill is written, verbatim; made-up CVs."""

from __future__ import annotations

import re

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_line_quote import clean_line, cut_at_separator, opener_line, skill_line
from core.analysis.cv_trust import quotable_facts
from core.coach.plan import plan_items, plan_questions
from core.coach.plan_text import OPENERS_LINE, OPENERS_LINE_CURRENT, quoting, shown_question

NURSE_CV = """Aoife Brennan
Registered Nurse | aoife.brennan@example.org

PROFILE
Adult nurse with six years on acute wards. Skilled in IV therapy and patient safety.

EXPERIENCE
Staff Nurse, Acute Medical Unit — Kilbride General Hospital | 2020 – present
- Led IV therapy rounds for a 28-bed acute medical unit and trained four new starters
- Cut missed observations by 30% with an early warning score audit
Healthcare Assistant — Larchfield Care Home | 2017 – 2020
- Supported residents with daily care and medication rounds

EDUCATION
BSc (Hons) Adult Nursing — University of Dunmore | 2014 – 2017

SKILLS
IV therapy, venepuncture, catheterisation, patient safety, Excel
"""

NURSE_JOB = """Senior Staff Nurse – Acute Medicine
We are looking for a senior staff nurse for our acute medicine ward.
Requirements:
- NMC registration as an adult nurse
- Experience in IV therapy
- Strong focus on patient safety
"""

ENDED_CV = """Tomasz Wierzbicki

WORK EXPERIENCE
Logistics Coordinator, Harbour Freight Solutions Ltd, Gdynia | Mar 2019 – Aug 2023
- Planned 40 outbound loads a day in SAP and cut late deliveries by 12%
Warehouse Operative, Northway Stores | 2016 – 2019
- Picked and packed orders to a 99.6% accuracy rate

EDUCATION
Diploma in Logistics — Gdynia Maritime College | 2013 – 2016
"""

LONG_CV = """Priya Raman

PROFESSIONAL EXPERIENCE
Senior Data Analyst, Customer Insights and Pricing Analytics | Westmarch Retail Group plc | London, United Kingdom | Jan 2021 – Present
- Built SQL dashboards for the sales team that replaced 14 weekly spreadsheets and saved about six hours a week across the regional managers
Data Analyst | Fenwick Insurance | 2018 – 2020
- Wrote Python scripts to reconcile policy data

EDUCATION
MSc Statistics — University of Carrow | 2016 – 2017

SKILLS
SQL, Python, Tableau, Excel
"""

ANALYST_JOB = """Data Analyst
Requirements:
- Strong SQL
- Python for data analysis
- Experience with Tableau or Power BI
"""


def _opener(cv: str) -> tuple[str, bool]:
    facts = quotable_facts(extract_cv_facts(cv), cv)
    return facts["opener_line"]


def test_opener_quotes_the_latest_header_line_verbatim() -> None:
    line, goes_on = _opener(NURSE_CV)
    assert line == "Staff Nurse, Acute Medical Unit — Kilbride General Hospital"  # dates out of the quote (rc27 N10)
    assert goes_on
    assert line in NURSE_CV  # verbatim: a line of the CV


def test_the_plan_opener_quotes_it_and_says_current_only_with_a_present_marker() -> None:
    first = plan_questions(NURSE_CV, NURSE_JOB, "Senior Staff Nurse", seed="a")[0]
    # session 22: the header's dates and the separator before them are no part of the quote
    assert "“Staff Nurse, Acute Medical Unit — Kilbride General Hospital”" in first
    assert "current role" in first
    ended = plan_questions(ENDED_CV, "Logistics Manager\nRequirements:\n- SAP\n- planning", "Logistics Manager",
                           seed="a")[0]
    assert "“Logistics Coordinator, Harbour Freight Solutions Ltd”" in ended  # no town (rc28 m6, session 30)
    assert not re.search(r"(?i)\bcurrent|\bcurrently|\blatest", ended)


def test_every_seed_quotes_a_header_never_a_bullet_education_or_skills_line() -> None:
    header = "Staff Nurse, Acute Medical Unit — Kilbride General Hospital"  # its dates left out (session 22)
    quoting = 0
    for seed in "abcdefghijkl":
        first = plan_questions(NURSE_CV, NURSE_JOB, "Senior Staff Nurse", seed=seed)[0]
        quoted = re.findall(r"“([^”]+)”", first)
        if quoted:  # as often as a sure job was named before; else a general opener that names nothing of the CV
            quoting += 1
            assert quoted == [header]
            assert first.startswith(tuple(t.split("“")[0] for t in (*OPENERS_LINE, *OPENERS_LINE_CURRENT)))
        else:
            assert not re.search(r"Kilbride|Acute Medical|Larchfield|Dunmore|venepuncture", first)
    assert quoting >= 4


def test_no_header_line_under_experience_falls_back_to_saying_less() -> None:
    # the only dated lines are education's and the job is written in a sentence: nothing quoted as a job header
    cv = """Sam Okafor

PROFILE
I have worked in retail for several years and now look for an office role.

EDUCATION
BA History — University of Carrow | 2015 – 2018

SKILLS
Excel, customer service, scheduling
"""
    assert opener_line(extract_cv_facts(cv), cv) == ("", False)
    assert quotable_facts(extract_cv_facts(cv), cv)["opener_line"] == ("", False)
    first = plan_questions(cv, "Office Administrator\nRequirements:\n- Excel", "Office Administrator", seed="b")[0]
    assert "“" not in first and "BA History" not in first


def test_a_long_header_is_cut_at_a_separator_never_mid_word() -> None:
    line, goes_on = _opener(LONG_CV)
    assert len(line) <= 90
    full = LONG_CV.splitlines()[3]
    assert full.startswith(line) and full[len(line):].startswith(" |")  # cut where a separator stood
    assert line == "Senior Data Analyst, Customer Insights and Pricing Analytics | Westmarch Retail Group plc"
    assert not goes_on  # the "Present" was cut off: no claim it goes on
    assert cut_at_separator("word " * 30).endswith("word…")  # no separator: at a space, never inside a word


def test_markup_and_icons_are_cleaned_from_the_quote() -> None:
    cv = """# Lena Vogt

## Experience
**Frontend Engineer** · [Brightloop GmbH](https://example.com) · 📅 2021 – heute
- Built the design system in React and TypeScript used by five product teams

## Education
B.Sc. Informatik — TU Examplestadt | 2016 – 2020
"""
    line, goes_on = _opener(cv)
    assert line == "Frontend Engineer · Brightloop GmbH"  # dates out of the quote, "heute" too (rc27 N10)
    assert goes_on
    assert clean_line("<b>Nurse</b> ▪ <i>Ward 4</i>") == "Nurse Ward 4"


def test_a_skill_question_quotes_the_skills_own_line() -> None:
    items = plan_items(LONG_CV, ANALYST_JOB, "Data Analyst", interview_type="mixed", seniority="mid", count=8, company="",
                       seed="c", focus=None)
    skill_texts = [p.text for p in items if p.source == "skill" and p.competency == "Python"]
    assert skill_texts
    text = skill_texts[0]
    assert re.findall(r"“([^”]+)”", text) == ["Wrote Python scripts to reconcile policy data"]
    assert "Fenwick" not in text  # no employer paired with the skill: the line says where it was used


def test_skill_line_prefers_an_entry_bullet_to_the_skills_list_and_cuts_long_lines() -> None:
    line = skill_line("SQL", LONG_CV)
    assert line.startswith("Built SQL dashboards for the sales team")
    assert line.endswith("…") and len(line.split()) <= 19
    assert skill_line("Tableau", LONG_CV) == ""  # only in the skills list: no quote, the question says less
    assert skill_line("Java", "EXPERIENCE\n- I mostly wrote JavaScript and some Java for the billing service") \
        == "I mostly wrote JavaScript and some Java for the billing service"
    assert skill_line("Java", "EXPERIENCE\n- I mostly wrote JavaScript for the billing service") == ""


def test_the_quoting_templates_read_well() -> None:
    # the templates a tool such as SQL takes (core.coach.slots, session 26), each quoting the line whole
    said = [shown_question("SQL", i, "", quote="Built SQL dashboards for the sales team") for i in range(6)]
    assert all("“Built SQL dashboards for the sales team”." in s and "{" not in s for s in said), said
    for template in ("Your CV mentions {skill}{where}. Go on.", "You list {skill}{where}. Go on."):
        text = quoting(template).format(skill="SQL", quote="Built SQL dashboards")
        assert "{" not in text and "“Built SQL dashboards”." in text


def test_nothing_in_a_quoting_question_renders_as_html_or_markdown() -> None:
    cv = NURSE_CV.replace("Staff Nurse, Acute Medical Unit", "<b>Staff Nurse</b>, *Acute* Medical Unit")
    for text in plan_questions(cv, NURSE_JOB, "Senior Staff Nurse", seed="d"):
        assert not re.search(r"<[a-z/][^>]*>|\*\*|\*\w|__|`|\[[^\]]*\]\(", text), text


def test_follow_ups_read_well_after_a_quoting_opener() -> None:
    from core.coach.follow_up import follow_up_question, follow_up_reason

    first = plan_questions(NURSE_CV, NURSE_JOB, "Senior Staff Nurse", seed="a")[0]
    assert "“" in first
    for answer in ("I did nursing there.", "It was a busy ward and I liked the team, the work was varied and I "
                   "learned a lot about acute care and teamwork and patients in general over the years there."):
        reason = follow_up_reason(first, answer) or "too_short"
        for variant in range(3):
            reply = follow_up_question(reason, first, answer, variant=variant)
            assert reply and reply.rstrip().endswith(("?", "."))
            assert "{" not in reply and "“" not in reply  # the quoted header line is not said back as a title
            assert not re.search(r"\b(\w{2,}) \1\b", reply)


def test_a_wrapped_sentence_is_quoted_as_cut() -> None:
    cv = "Profile\nSix years in retail banking, lately as a Credit Analyst using SQL daily, where I built\nthe weekly risk report.\n"
    # session 19: the wrapped line is joined (tests/test_quoted19_wrap.py), the sentence then cut at MAX_WORDS;
    # session 21: cut where a clause ends, never before the head noun ("…built the weekly…" lost "risk report")
    assert skill_line("SQL", cv) == "Six years in retail banking, lately as a Credit Analyst using SQL daily…"


def test_a_web_address_and_a_wrapped_fragment_are_not_quoted() -> None:
    cv = """Experience
https://careers.example.org | Principal Platform Engineer | 2021 – present
- Passionate about teaching young learners coding and robotics through
into STEM clubs at weekends
"""
    facts = {"jobs": [("Principal Platform Engineer", "")], "current_title": "Principal Platform Engineer"}
    assert opener_line(facts, cv) == ("Principal Platform Engineer", True)  # dates out (rc27 N10)
    # session 19: the wrapped fragment is no line of its own; it is quoted joined to its bullet, from the bullet's
    # start (tests/test_quoted19_wrap.py)
    whole = "Passionate about teaching young learners coding and robotics through into STEM clubs at weekends"
    assert skill_line("STEM", cv) == whole
    assert skill_line("robotics", cv) == whole


def test_a_skill_in_a_table_row_is_quoted_from_its_own_cell():
    """A DOCX table row read as "Migrated 40 services to Kafka | 2022": the cell that holds the skill is quoted,
    never the row with its pipes."""
    from core.analysis.cv_line_quote import skill_line

    cv = ("Sam Lee\nExperience\nData Engineer, Northwind Labs, 2020 – Present\n"
          "Migrated 40 services to Kafka | 2022\nCut cloud costs by 20% | 2021\n")
    assert skill_line("Kafka", cv) == "Migrated 40 services to Kafka"


def test_a_quoted_line_keeps_its_percentages():
    """"from 74% to 89%": a figure's sign, never a LaTeX comment cut from the line ("…rose from 74")."""
    from core.analysis.cv_line_quote import clean_line, skill_line

    line = "- Phonics screening pass rate rose from 74% to 89% in two years with daily keep-up groups"
    assert clean_line(line).endswith("from 74% to 89% in two years with daily keep-up groups")
    cv = "Ana Reyes\nExperience\nClass Teacher, Woodseats Primary School, 2019 - present\n" + line + "\n"
    assert "74% to 89%" in skill_line("phonics", cv)
    assert clean_line("Montpellier, France\\par%") == "Montpellier, France"
