"""Session 23b (newcomer nc23): coverage rows agree with the answers — a strong answer to the question that asked a
requirement shows it, the row names the question that asked it, and the advert, the employer, a wish or a course is
no evidence. Made-up text of the newcomer's kinds."""
from core.coach.coverage import coverage_item, requirement_evidence
from core.coach.score import score_answer


def _item(req, rows):
    return coverage_item(req, [(q, a, score_answer(q, a)) for q, a in rows])


# the bank's question for health and safety (data/question_bank.json), with a made-up story
PPE_Q = "You notice a team regularly skipping a safety step to save time. How would you handle it? Be specific."
PPE_A = ("I would stop the shift briefly and find out why. At Corby in 2023 the pickers stopped wearing gloves on the "
         "cold-store aisles because the gloves slowed scanning. I paused picking on that aisle, showed them the "
         "frostbite near-miss from the month before, and asked what would make gloves workable. We switched to thinner "
         "thermal gloves with a scanner grip, and I spot-checked the aisle every shift for six weeks. We had no cold "
         "injuries for the rest of the year. The cost was one slow morning, which I accepted because safety comes first.")


def test_strong_story_to_the_question_that_asked_it_shows_the_requirement():
    item = _item("health and safety", [(PPE_Q, PPE_A)])
    assert item.status == "evidenced", item
    assert "Asked about" not in item.evidence


def test_a_wish_in_another_answer_does_not_hide_the_strong_answer_to_the_question_that_asked_it():
    rows = [("Tell me briefly about your work now and why this role appeals.",
             "I do bookkeeping for twelve small clients and I'd like to do more payroll work in a bigger team."),
            ("Walk me through how you run the monthly payroll. Where do errors usually come from, and how would you "
             "prevent them?",
             "I collect the timesheets by the 20th, enter the hours and overtime in Sage Payroll, check the gross-to-net "
             "against last month and send the payslips on payday. Most errors come from late changes to hours. At "
             "Dunmore in 2024 I moved the cut-off to the 20th and added a variance check on any pay more than 10% off "
             "last month. Corrections after payday fell from six a month to one. The trade-off was chasing managers "
             "earlier, which they accepted after the first month.")]
    item = _item("payroll", rows)
    assert item.status == "evidenced", item
    assert "like to do more" not in item.evidence


def test_the_role_calls_for_is_no_question_about_on_call():
    rows = [("The role calls for Python, and your CV says: \"Wrote the billing jobs in Python\". What did you build "
             "with it?", "I wrote the billing jobs in Python with Celery; they run 30,000 invoices a night."),
            ("It's 3 a.m., you're on call, and the payments API starts timing out. What do you do in the first "
             "fifteen minutes?", "I'd probably look at the logs and see.")]
    item = _item("on-call", rows)
    assert item.status == "weak"
    assert "It's 3 a.m." in item.evidence and "calls for Python" not in item.evidence


def test_the_advert_quoted_is_no_evidence_but_the_candidates_own_pass_is():
    status, quoted, _ = requirement_evidence("Your advert asks for CIPD Level 5, which is why I applied.",
                                             "CIPD qualified")
    assert status != "evidenced", quoted
    status, quoted, _ = requirement_evidence(
        "I'm not MCIPD yet, but your advert asks for CIPD Level 5 or working towards it, and I passed the CIPD Level 5 "
        "Diploma in 2022.",
        "CIPD qualified")
    assert status == "evidenced" and "I passed" in quoted and "advert" not in quoted


def test_praise_of_the_employer_is_no_evidence():
    for answer, req in [("What draws me to Brookfield is that you take infection control seriously and audit it "
                         "every month.", "infection control"),
                        ("An Ihrer Klinik gefällt mir, dass Sie Palliativversorgung ernst nehmen.", "Palliativversorgung")]:
        assert requirement_evidence(answer, req)[0] != "evidenced", answer


def test_a_certificate_hoped_for_here_is_a_wish():
    answer = "I want to work with older patients and to get my phlebotomy certificate here."
    assert requirement_evidence(answer, "phlebotomy certificate")[0] != "evidenced"


def test_a_course_and_a_demo_are_at_most_a_mention():
    for answer, req in [("For Terraform I've done HashiCorp's online course and built a small demo project at home.",
                         "Terraform"),
                        ("For RabbitMQ I took a Udemy course and made a toy chat app with it.", "RabbitMQ")]:
        assert requirement_evidence(answer, req)[0] != "evidenced", answer


def test_a_qualification_still_being_studied_is_not_held_and_the_one_passed_is():
    answer = ("I'd like a bigger firm where I can take on more audits while I finish my CIPD Level 7. I passed the "
              "CIPD Level 5 Diploma in 2021.")
    status, quoted, _ = requirement_evidence(answer, "CIPD qualified")
    assert status == "evidenced" and "passed" in quoted


def test_a_certificate_aimed_at_in_a_wish_goes_on_after_a_comma():
    answer = "I want to work on the day unit every week, with children who need it, and to get my phlebotomy certificate here."
    assert requirement_evidence(answer, "Certificate in Phlebotomy")[0] != "evidenced"


def test_not_only_is_no_negation_in_german():
    answer = "Ich habe nicht nur ähnliche Erfahrung, ich bin seit 2019 Praxisanleiterin auf meiner Station."
    assert requirement_evidence(answer, "Erfahrung als Praxisanleiterin")[0] == "evidenced"


def test_a_duty_of_health_and_safety_is_no_row_of_managing_health():
    from core.coach.report import build_report
    job = ("Site Lead\nResponsibilities\n- Oversee learning and development for 40 staff\n"
           "- Manage health and safety, including MHE (pallet truck) safety\nRequirements\n- Excel")
    rows = [c.requirement.lower() for c in build_report([], job_title="Site Lead", job_description=job,
                                                         cv_text="Supervisor, Acme, 2019 - present").coverage]
    assert not any(r.endswith(("health", "learning")) for r in rows), rows
