"""Job requirements from duty lines, years of experience, product phrases and credential lists (issue 15,
point 2 and 3; session 11 newcomer). Every job text here is made up."""

from core.analysis.job import extract_requirements


def _lower(reqs):
    return [r.lower() for r in reqs]


def test_a_common_noun_after_a_product_name_is_part_of_the_product():
    jd = ("Analytics Engineer\nWhat you will do\n- Model sales data in the BigQuery warehouse for finance\n"
          "Requirements\n- dbt and SQL\n")
    reqs = extract_requirements(jd)
    assert "BigQuery" in reqs
    assert "warehouse" not in _lower(reqs)


def test_a_gloss_in_brackets_that_names_the_skill_is_how_the_job_says_it():
    jd = ("Growth Analyst\nWhat you will do\n- Run onboarding experiments (A/B tests) with product managers\n"
          "Requirements\n- SQL\n")
    reqs = extract_requirements(jd)
    assert "A/B tests" in reqs
    assert "experiments" not in reqs


def test_years_of_experience_in_a_prose_requirement_sentence_are_a_requirement():
    jd = ("Theatre Nurse, Day Surgery Unit\n\nWe are recruiting for our day surgery unit. Applicants must hold current "
          "BLS and have at least three years of perioperative nursing experience. The post is on a weekday rota.")
    reqs = extract_requirements(jd)
    assert "at least three years of perioperative nursing experience" in reqs


def test_years_in_a_role_bullet_are_a_requirement_once():
    jd = ("Junior Buyer\nWhat we need\n- 2+ years in a purchasing assistant role\n- Advanced Excel\n")
    reqs = extract_requirements(jd)
    assert "2+ years in a purchasing assistant role" in reqs
    assert "purchasing assistant role" not in reqs and "purchasing assistant" not in reqs


def test_years_asked_reads_the_number_and_the_field():
    from core.analysis.job_years import years_asked, years_requirement

    assert years_asked("at least six years of theatre nursing experience") == (6, "theatre nursing")
    assert years_asked("a minimum of 2 years' experience in grocery retail") == (2, "grocery retail")
    assert years_asked("5+ years of relevant experience") == (5, "")
    assert years_requirement("The office has been open for 20 years") is None


def test_a_phrase_and_an_acronym_that_are_an_advantage_are_two_desirable_items():
    jd = ("Practice Nurse\n\nOur surgery is looking for a practice nurse. You must hold current BLS and be registered "
          "with the NMC. A diploma in asthma care and PALS would be an advantage.")
    reqs = extract_requirements(jd)
    assert "diploma in asthma care" in reqs
    assert "PALS" in reqs
    assert reqs.index("PALS") > reqs.index("diploma in asthma care")  # a nice-to-have after the musts
    assert reqs.index("PALS") > reqs.index("BLS")


def test_duties_naming_no_skill_never_fill_a_short_requirement_list():
    # session 28: the reader topped up a short list with duties ("greeting guests", "preparing invoices"); a duty is
    # work the job gives, not what it asks of the candidate
    teacher = ("Year 4 Teacher\nYour role\n- Manage pupil behaviour calmly across the school day\n"
               "- Build strong partnerships with carers and local agencies\n- Attend staff meetings\n"
               "Requirements\n- Qualified Teacher Status (QTS)\n")
    assert extract_requirements(teacher) == ["Qualified Teacher Status (QTS)"]
    cook = ("Line Cook\nResponsibilities\n- Prepare ingredients for the dinner service\n- Greet guests at the pass\n"
            "- Maintain the walk-in fridge\nRequirements\n- Food Hygiene Level 2 certificate\n")
    assert extract_requirements(cook) == ["Food Hygiene Level 2 certificate"]
    clerk = ("Accounts Assistant\nKey tasks\n- Process supplier accounts\n- Prepare invoices for the sales team\n"
             "Essential\n- AAT Level 2\n- Good attention to detail\n")
    assert not any(r.lower().startswith(("processing", "preparing")) for r in extract_requirements(clerk))


def test_a_duty_still_feeds_the_plan_as_a_duty_the_cv_does_not_show():
    from core.coach.plan_duty import duty_gaps

    jd = ("Year 4 Teacher\nYour role\n- Manage pupil behaviour calmly across the school day\n"
          "Requirements\n- Qualified Teacher Status (QTS)\n")
    cv = "Jane Doe\nTeaching assistant, Oak School 2019-2024\n- Led reading groups for Year 2\n"
    assert [d for d, _ in duty_gaps(cv, jd)] == ["managing pupil behaviour"]
    assert "managing pupil behaviour" not in extract_requirements(jd)


def test_a_skill_a_duty_names_is_still_a_requirement():
    jd = ("Finance Officer\nYour role\n- Prepare monthly management accounts for the board\n- Run payroll for 40 staff\n"
          "Requirements\n- AAT Level 3\n")
    reqs = extract_requirements(jd)
    assert "payroll" in _lower(reqs) and "AAT Level 3" in reqs
    assert "preparing monthly management accounts" not in reqs


def test_duties_said_in_prose_are_not_requirements():
    jd = ("Paramedic Team Leader\n\nYou will lead a crew of four, take charge of major incident scenes on a rota, and "
          "mentor newly qualified paramedics. We need someone who keeps calm under pressure and escalates quickly "
          "when a patient worsens. Applicants must hold HCPC registration.")
    reqs = extract_requirements(jd)
    assert "HCPC registration" in reqs
    assert not any(r.startswith(("taking charge", "mentoring", "escalating")) for r in reqs), reqs


def test_duty_names_skill_reads_what_the_duty_acts_on_not_its_verb():
    from core.analysis.job import _duty_names_skill

    assert _duty_names_skill("reconciling accounts in Xero")
    assert _duty_names_skill("building dashboards in Power BI")
    assert not _duty_names_skill("monitoring production levels")  # "monitoring" is the verb, no skill
    assert not _duty_names_skill("greeting guests")


def test_duty_phrases_skip_generic_verbs_and_objects_and_clauses_with_skills():
    from core.analysis.job_duties import duty_phrases

    assert duty_phrases("Work closely with the team on ad hoc tasks") == []
    assert duty_phrases("Support stakeholders and document next steps") == []
    assert duty_phrases("Maintain dashboards in Looker", skip=lambda clause: "Looker" in clause) == []
    assert duty_phrases("Plan weekly menus for the care home") == ["planning weekly menus"]


def test_a_duty_whose_verb_is_a_requirement_already_named_gives_only_the_requirement():
    jd = ("Data Analyst\nWhat you will do\n- Forecast monthly demand for the stores\n- Audit supplier invoices each quarter\n"
          "Requirements\n- Forecasting and SQL\n")
    reqs = extract_requirements(jd)
    assert reqs == ["Forecasting", "SQL"]
