"""Session 26: the report's coverage reads the CV like a recruiter (made-up CVs and jobs; issue 15, session 26 re-check).

A qualification shows what its syllabus is (ICSA for minute-taking), a CV line shows a requirement the answers left
weak or unprobed, years come from the CV's dates (today's year for "present"), a sentence sharing a common word or a
sibling product is no evidence, and every licence the job names is a row.
"""

from __future__ import annotations

from datetime import date

from core.analysis.job_years import years_asked
from core.coach.coverage import requirement_evidence
from core.coach.coverage_credentials import named_credential_requirements
from core.coach.coverage_cv import cv_line
from core.coach.coverage_years import post_qualifying_years
from core.coach.report import build_report
from core.coach.report_tips import cv_tips
from core.coach.score import score_answer

OPEN = "To start, walk me through your most recent role."
COSEC_JOB = ("Company Secretarial Assistant\nRequirements:\n- Minute-taking at board and committee meetings\n"
             "- Degree in law or business\n- Advanced PowerPoint skills")
COSEC_CV = ("Company Secretarial Administrator, Harlow Group plc, 2019 - present\nPrepare board packs for 8 board meetings "
            "a year\nSet up Microsoft Teams channels for the committees\nQualifications\nICSA Certificate in Company "
            "Secretarial Practice, 2020\nLLB (Hons) Law, University of Kent, 2016")
OTHER_CV = ("Office Administrator, Kent Lettings, 2019 - present\nRan the office diary for six agents\nSet up Microsoft "
            "Teams channels for the lettings team\nEducation\nBA (Hons) History, University of Leeds, 2016")


def _rows(job: str, cv: str, answers: list[tuple[str, str]]) -> dict[str, object]:
    report = build_report([{"question": q, "answer": a, "score": score_answer(q, a)} for q, a in answers],
                          job_title=job.splitlines()[0], job_description=job, cv_text=cv)
    return {c.requirement: c for c in report.coverage}


def _row(rows: dict, name: str):
    return next(c for r, c in rows.items() if name.lower() in r.lower())


# --- a qualification implies its skill; a CV line shows what the answers did not --------------------------------------

def test_icsa_certificate_shows_minute_taking():
    rows = _rows(COSEC_JOB, COSEC_CV, [(OPEN, "At Harlow I prepare the board packs and keep the statutory registers.")])
    row = _row(rows, "Minute-taking")
    assert row.status == "evidenced" and "ICSA Certificate" in row.evidence and "Your CV shows it" in row.evidence
    # the CV tips read it alike: no tip calls minute-taking missing beside the ICSA certificate
    assert "minute-taking" not in " ".join(cv_tips(COSEC_CV, ["Minute-taking"])).lower()
    assert "minute-taking" in " ".join(cv_tips(OTHER_CV, ["Minute-taking"])).lower()
    # a CV with no such qualification and no minutes still lacks it
    other = _rows(COSEC_JOB, OTHER_CV, [(OPEN, "At Kent Lettings I run the office diary for six agents.")])
    assert _row(other, "Minute-taking").status != "evidenced"


def test_a_qualification_being_studied_shows_nothing():
    cv = COSEC_CV.replace("ICSA Certificate in Company Secretarial Practice, 2020",
                          "ICSA Certificate in Company Secretarial Practice (studying, due 2027)")
    assert "ICSA" not in cv_line(cv, "Minute-taking")


def test_degree_from_the_cv_and_never_from_a_shared_word():
    rows = _rows(COSEC_JOB, COSEC_CV, [(OPEN, "At Harlow I prepare the board packs for eight meetings a year.")])
    assert _row(rows, "Degree in law").status == "evidenced" and "LLB" in _row(rows, "Degree in law").evidence
    said = "At Kent Lettings I did a lot of business with landlords and I run the office diary."
    assert requirement_evidence(said, "Degree in law or business")[0] != "evidenced"
    other = _rows(COSEC_JOB, OTHER_CV, [(OPEN, said)])
    row = _row(other, "Degree in law")
    assert row.status != "evidenced" and "landlords" not in row.evidence


def test_mpharm_degree_is_the_mpharm_not_any_degree():
    assert requirement_evidence("I did my MPharm at Bradford and registered in 2019.", "MPharm degree")[0] == "evidenced"
    assert not cv_line("Pharmacy Assistant, Boots, 2019 - present\nBA (Hons) History, 2016", "MPharm degree")
    assert "MPharm" in cv_line("Pharmacist, Well, 2019 - present\nMPharm (Hons) Pharmacy, University of Bradford, 2018",
                               "MPharm degree")


def test_controlled_drug_legislation_from_the_cd_register_line_beside_a_weak_answer():
    job = "Community Pharmacist\nRequirements:\n- MPharm degree\n- Knowledge of controlled drug legislation"
    cv = ("Pharmacist Manager, Well Pharmacy, 2019 - present\nKeep the CD register and witness CD destructions in line "
          "with the Misuse of Drugs Regulations 2001\nEducation\nMPharm (Hons) Pharmacy, University of Bradford, 2018")
    rows = _rows(job, cv, [("The role asks for knowledge of controlled drug legislation. Where have you applied it?",
                            "I follow our SOPs and keep everything tidy.")])
    row = _row(rows, "controlled drug legislation")
    assert row.status == "evidenced" and "Misuse of Drugs Regulations" in row.evidence
    assert "interview did not show it" in row.evidence
    assert _row(rows, "MPharm").status == "evidenced"
    # a fridge log is no legislation
    assert requirement_evidence("I keep the fridge log and order the stock every Monday.",
                                "Knowledge of controlled drug legislation")[0] != "evidenced"


def test_children_act_applied_in_casework_lifts_a_mere_mention():
    job = "Child Protection Social Worker\nRequirements:\n- Sound knowledge of the Children Act 1989\n- Court report writing"
    cv = ("Social Worker, Leeds City Council, September 2019 - present\nApplied the Children Act 1989 in casework, "
          "leading Section 47 enquiries")
    q = "The role calls for sound knowledge of the Children Act 1989. Which example shows it best?"
    rows = _rows(job, cv, [(q, "The Children Act 1989 is what the whole of child protection rests on.")])
    row = _row(rows, "Children Act")
    assert row.status == "evidenced" and "casework" in row.evidence


def test_a_denial_is_not_overruled_by_the_cv():
    job = "Company Secretarial Assistant\nRequirements:\n- Minute-taking"
    rows = _rows(job, COSEC_CV, [("This job needs minute-taking. Where have you done it?",
                                  "I have never taken minutes at a board meeting.")])
    assert _row(rows, "Minute-taking").status != "evidenced"


# --- a sibling product is no evidence ----------------------------------------------------------------------------------

def test_powerpoint_is_not_shown_by_teams_or_excel():
    said = "I set up Microsoft Teams channels for the committees and I use Excel every day."
    assert requirement_evidence(said, "PowerPoint")[0] != "evidenced"
    assert requirement_evidence("Every quarter I build the board presentation in PowerPoint.", "PowerPoint")[0] == "evidenced"
    assert requirement_evidence("I use Excel and PowerPoint every day.", "Microsoft Office")[0] == "evidenced"
    rows = _rows(COSEC_JOB, OTHER_CV, [(OPEN, said)])
    row = _row(rows, "PowerPoint")
    assert row.status != "evidenced" and "Teams" not in row.evidence


# --- years from the CV's dates ------------------------------------------------------------------------------------------

SITE_CV = ("Site Manager, Bellway Homes, Leeds, March 2019 - present\nRun a site of 120 new homes\n"
           "Assistant Site Manager, Keepmoat, 2016 - 2019\nRan snagging and handovers for 60 homes")


def test_field_then_years_is_a_years_requirement():
    assert years_asked("Site manager, 3 years") == (3, "Site manager")
    assert years_asked("Sous chef – minimum 2 years") == (2, "Sous chef")
    assert years_asked("Site manager (3+ years)") == (3, "Site manager")
    assert years_asked("Python, SQL") is None and years_asked("Version 2, 3 years ago") is None


def test_site_manager_years_from_the_cv_dates():
    job = "Site Manager\nRequirements:\n- Site manager, 3 years\n- SMSTS"
    rows = _rows(job, SITE_CV, [(OPEN, "At Bellway I run a site of 120 homes.")])
    row = _row(rows, "Site manager, 3 years")
    assert row.status == "evidenced" and "years" in row.evidence
    # one year as a site manager: an assistant's years are another role's
    short = SITE_CV.replace("March 2019", f"March {date.today().year - 1}").replace("2016 - 2019",
                                                                                     f"2016 - {date.today().year - 1}")
    rows = _rows(job, short, [(OPEN, "At Bellway I run a site of 40 homes.")])
    assert _row(rows, "Site manager, 3 years").status != "evidenced"


SW_JOB = "Social Worker\nRequirements:\n- At least 2 years' post-qualifying experience\n- Court report writing"


def test_post_qualifying_years_from_the_qualification_date():
    cv = ("Social Worker, Leeds City Council, September 2019 - present\nHold a caseload of 18 children\n"
          "Education\nMA Social Work, University of Leeds, 2017 - 2019")
    assert post_qualifying_years(cv, 2026) == (7, "MA Social Work, University of Leeds, 2017 - 2019")
    rows = _rows(SW_JOB, cv, [("Tell me about a process you improved.", "Our court bundles were late, so I set up a "
                               "checklist. As a result the court renewed our slot for two years.")])
    row = _row(rows, "post-qualifying")
    assert row.status == "evidenced" and "since your qualification" in row.evidence and "renewed" not in row.evidence
    newly = ("Social Worker, Leeds City Council, September 2025 - present\nSupport Worker, Hope Housing, 2017 - 2023\n"
             "Education\nMA Social Work, University of Leeds, 2023 - 2025")
    assert post_qualifying_years(newly, 2026) == (1, "MA Social Work, University of Leeds, 2023 - 2025")


def test_post_qualifying_years_in_an_answer_need_the_qualification():
    req = "At least 2 years' post-qualifying experience"
    assert requirement_evidence("We delivered on time and they renewed for two years.", req)[0] != "evidenced"
    assert requirement_evidence("I have worked with families for eight years.", req)[0] != "evidenced"
    assert requirement_evidence("I qualified in 2019 and have been a social worker since then.", req)[0] == "evidenced"


# --- every licence the job names is a row -------------------------------------------------------------------------------

DRIVER_CV = ("Class 1 Driver, Eddie Stobart, 2017 - present\nMulti-drop deliveries to 15 stores a night\nLicences\n"
             "Category C+E licence\nADR certificate (packages and tanks), renewed 2023\nDigital tachograph card\n"
             "Driver CPC, 35 hours completed 2024")


def test_adr_tachograph_and_driver_cpc_get_rows():
    for job in ("HGV Class 1 Driver\nRequirements:\n- Category C+E licence\n- ADR\n- Digital tachograph card\n"
                "- Driver CPC\n- Multi-drop experience",
                "HGV Class 1 Driver\nYou will need a Category C+E licence, a digital tachograph card, ADR and a valid "
                "Driver CPC. Multi-drop experience is essential."):
        rows = _rows(job, DRIVER_CV, [(OPEN, "At Eddie Stobart I do multi-drop runs to 15 stores a night.")])
        for name in ("ADR", "tachograph", "Driver CPC"):
            assert _row(rows, name).status == "evidenced", (name, rows)
    van = DRIVER_CV.replace("ADR certificate (packages and tanks), renewed 2023\n", "")
    job = "HGV Driver\nYou will need ADR and a valid Driver CPC."
    assert _row(_rows(job, van, [(OPEN, "I deliver about 120 parcels a day.")]), "ADR").status != "evidenced"


def test_named_credentials_only_in_capitals_and_once():
    assert named_credential_requirements("Driver\n- ADR\n- adr training welcome? no", []) == ["ADR"]
    assert named_credential_requirements("Driver\n- ADR certificate", ["ADR certificate"]) == []
    assert named_credential_requirements("Shop assistant\n- Roadrunner skills", []) == []
