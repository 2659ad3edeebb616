"""Session 16 (task "cover"): what a job's requirements are, and how the plan, the coverage and the CV tips read
them. Made-up texts of the kinds a fresh tester met: a workplace word as a requirement, a preferred example
read as a skill of its own, a vendor's product split in two, a complaint story not counted for complaint
handling, a topic in lower case, "Go" never a question's term, a CV tip quoting half a wrapped bullet."""

from __future__ import annotations

from core.analysis.job import extract_requirements


def _lower(items: list[str]) -> list[str]:
    return [i.lower() for i in items]


# 1. a workplace or industry word is the setting of the work, not a skill
def test_a_workplace_word_before_the_people_or_posts_of_the_job_is_no_requirement():
    jd = ("Payroll Administrator\nHollybank Distribution Ltd\n\nWhat you will do\n"
          "- Process weekly pay for warehouse and transport staff.\n"
          "- Answer pay queries from warehouse colleagues.\n\n"
          "What we are looking for\n- Experience with Sage Payroll.\n- Good knowledge of PAYE and pensions auto-enrolment.\n")
    found = _lower(extract_requirements(jd))
    assert "warehouse" not in found, found
    assert any("sage" in r for r in found), found


def test_a_workplace_word_that_names_the_work_stays_a_requirement():
    jd = ("Shift Supervisor\n\nRequirements\n- Two years of warehouse management.\n- Forklift licence.\n"
          "- Experience with a WMS.\n")
    found = _lower(extract_requirements(jd))
    assert any("warehouse" in r for r in found), found


def test_bank_questions_of_a_domain_are_not_expected_of_a_job_without_it():
    from core.analysis.skills import infer_role_family
    from core.progress.practice import core_competencies

    jd = ("Hotel Operations Manager\nRiverside Spa Hotel\n\nResponsibilities\n- Lead the reception and concierge team.\n"
          "- Manage the team rota and the department budget.\n- Own guest satisfaction scores.\n\n"
          "Requirements\n- Hotel operations experience.\n- Experience with a property management system.\n")
    assert infer_role_family("Hotel Operations Manager", jd) == "operations"  # the family whose bank has them
    expected = core_competencies("Hotel Operations Manager", jd, "Reception Manager at a 120-room hotel.")
    assert "inventory" not in expected and "lean" not in expected, expected
    stores = jd + "\n- Keep stock levels of spa products and reorder from suppliers.\n- Cut waste in housekeeping.\n"
    expected = core_competencies("Hotel Operations Manager", stores, "")
    assert "inventory" in expected and "lean" in expected, expected


# 2. a preferred example ("ideally X", "such as X") is not a requirement of its own
def test_a_preferred_example_after_its_kind_is_not_a_requirement_of_its_own():
    jd = ("Sales Coordinator\n\nWhat we are looking for\n- Two years in a sales support role.\n"
          "- Experience with a CRM, ideally Salesforce.\n- Confident with Excel.\n")
    found = _lower(extract_requirements(jd))
    assert "crm" in found, found
    assert "salesforce" not in found, found
    jd2 = jd.replace("ideally Salesforce", "preferably Salesforce")
    assert "salesforce" not in _lower(extract_requirements(jd2))
    named = jd.replace("- Confident with Excel.", "- Confident with Excel and Salesforce.")
    assert "salesforce" in _lower(extract_requirements(named))  # asked of its own elsewhere: a requirement


def test_an_instance_in_brackets_after_its_kind_is_an_example():
    jd = ("Sales Coordinator\n\nWhat you will do\n- Keep account records up to date in our CRM (Salesforce).\n\n"
          "What we are looking for\n- Experience with a CRM.\n- Confident with Excel.\n")
    found = _lower(extract_requirements(jd))
    assert "crm" in found and "salesforce" not in found, found


# 3. a product named with its vendor stays one term
def test_a_vendor_and_its_product_are_one_requirement():
    jd = ("Project Planner\n\nRequirements\n- Experience with Oracle Primavera.\n- NEC contracts.\n"
          "- Strong Excel.\n")
    found = extract_requirements(jd)
    assert "Oracle Primavera" in found, found
    assert "Oracle" not in found, found
    jd2 = "Platform Engineer\n\nRequirements\n- Strong Java Spring Boot.\n"  # a language before a framework: two
    assert "Java" in extract_requirements(jd2)


def test_a_vendor_product_requirement_is_shown_by_the_product():
    from core.analysis.job_mentions import mentions
    from core.coach.coverage import requirement_evidence

    assert mentions("I built the programme for the depot extension in Primavera P6.", "Oracle Primavera")[0]
    status, _quote, _strength = requirement_evidence("I rebuilt the baseline schedule in Primavera for 40 work packages.",
                                                     "Oracle Primavera")
    assert status == "evidenced"
    assert not mentions("I tuned Oracle queries for the finance warehouse.", "Oracle Primavera")[0]


# 4. an answer that plainly handles a complaint evidences complaint handling
def test_a_complaint_story_in_its_own_words_evidences_complaint_handling():
    from core.coach.coverage import coverage_item, requirement_evidence

    story = ("A customer rang in furious because her sofa arrived with a torn cushion two days before a family party. "
             "I apologised, booked a same-day replacement from the Derby store and called her the next morning to check. "
             "She kept the order and left a five-star review.")
    for requirement in ("complaint handling", "complaint-handling", "Complaint resolution"):
        assert requirement_evidence(story, requirement)[0] == "evidenced", requirement
    item = coverage_item("complaint-handling", [("Tell me about a process you improved.", story, None)])
    assert item.status == "evidenced", item
    assert requirement_evidence("The customer complained about the delay.", "complaint handling")[0] != "evidenced"


def test_without_negates_what_follows_it_not_the_act_before_it():
    from core.coach.evidence import own_statement

    sentence = "I rebuilt the rota without overtime"
    assert own_statement(sentence, sentence.index("rebuilt"))
    assert not own_statement("I did the month-end close without Xero", len("I did the month-end close without "))


# 5. a topic keeps its natural casing and reads as English
def test_a_past_experience_question_keeps_the_topic_casing_and_reads_as_english():
    from core.coach.plan_text import as_interview_type
    from core.progress.practice import competency_of

    for competency in ("kpis", "sql", "crm"):
        role = {"text": "Which measures would you track?", "type": "technical", "competency": competency}
        asked = as_interview_type([role], "behavioral") + as_interview_type([role], "behavioral", start=1)
        written = {"kpis": "KPIs", "sql": "SQL", "crm": "CRM"}[competency]
        for question in asked:
            assert f"your work on {written}" in question, question
            assert f"{competency} work" not in question.lower(), question
    bank_role = {"text": "How do you decide which operational metrics to track?", "type": "technical",
                 "competency": "kpis"}
    assert competency_of(as_interview_type([bank_role], "behavioral")[0]) == "kpis"
    lean = as_interview_type([{"text": "x", "type": "technical", "competency": "capacity planning"}], "behavioral")[0]
    assert "your work on capacity planning" in lean


# 6. "Go" (two letters) is a question's term where the job asks for it; "go" the verb never is
def test_a_two_letter_skill_the_job_asks_for_is_a_question_term():
    from core.analysis.answer import analyse_answer

    jd = "Platform Engineer\n\nRequirements\n- Strong Go.\n- Experience with Terraform.\n"
    question = "Your CV mentions Go at Fenwick Freight. Which service you wrote in Go are you proudest of?"
    answer = "The tracking API. I rewrote it in Go and cut its memory use by half."
    assert "Go" in analyse_answer(answer, question, jd).question_overlap
    assert "Go" not in analyse_answer(answer, question, "").question_overlap  # no job: no way to know it is asked
    verb = "Go through the logs first, then we go back to the failing request."
    assert "Go" not in analyse_answer(verb, question, jd).question_overlap
    other = "Platform Engineer\n\nRequirements\n- Strong Rust.\n"
    assert "Go" not in analyse_answer(answer, question, other).question_overlap


# 7. a CV tip quoting a bullet quotes it whole, its figure with it
def test_a_wrapped_bullet_is_one_bullet_in_the_cv_tip():
    from core.coach.report import _cv_tips

    cv = ("Dana Whitfield\nAccounts Assistant\nSummary\nAccounts assistant with 4 years in freight.\nExperience\n"
          "Accounts Assistant — Harbourline Freight, Leeds\nMarch 2021 – Present\n"
          "Reconciled 14 supplier ledgers each month against statements, with matching rules so\n"
          "duplicate invoices are never paid twice.\n"
          "Processed expense claims for the sales team.\n"
          "Cut the month-end close from 9 to 6 working days by automating accrual\n"
          "journals.\n"
          "Education\nBSc Accounting, University of Leeds, 2020\n")
    tips = " ".join(_cv_tips(cv, []))
    assert '"duplicate invoices are never paid twice"' not in tips, tips  # half a bullet, its figure left behind
    assert "1 of 3 CV bullets have no number" in tips, tips
    assert '"Processed expense claims for the sales team"' in tips, tips


def test_whole_bullets_joins_a_line_that_goes_on():
    from core.coach.cv_reading import whole_bullets

    lines = ["Built the booking service handling 3,000 requests a minute, with retries so",
             "no booking is taken twice.", "Ran the on-call rota.", "Wrote the runbook."]
    assert whole_bullets(lines) == [lines[0] + " " + lines[1], "Ran the on-call rota.", "Wrote the runbook."]


def test_a_duty_cut_before_its_number_ends_on_its_noun():
    from core.analysis.job_duties import duty_phrases

    assert duty_phrases("Supervise a night care team of about 30 support workers.") == ["supervising a night care team"]
    assert duty_phrases("Run a hotel banqueting team of roughly 18.") == ["running a hotel banqueting team"]
