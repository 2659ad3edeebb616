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


def test_a_duty_whose_object_is_a_competence_is_a_requirement_phrase():
    jd = ("Year 4 Teacher\nYour role\n- Manage pupil behaviour calmly across the school day\n"
          "- Build strong partnerships with carers and local agencies\n- Attend staff meetings\n"
          "Requirements\n- Qualified Teacher Status (QTS)\n")
    reqs = extract_requirements(jd)
    assert "managing pupil behaviour" in reqs
    assert "building strong partnerships with carers" in reqs
    assert not any(r.lower().startswith(("attending", "attend")) for r in reqs)  # a generic duty gives none
    assert reqs.index("Qualified Teacher Status (QTS)") < reqs.index("managing pupil behaviour")


def test_duties_in_prose_and_what_someone_who_does_are_competences():
    jd = ("Paramedic Team Leader\n\nYou will lead a crew of four, take charge of major incident scenes on a rota, and "
          "mentor newly qualified paramedics. We need someone who keeps calm under pressure and escalates quickly "
          "when a patient worsens. Applicants must hold HCPC registration.")
    reqs = extract_requirements(jd)
    assert "taking charge of major incident scenes" in reqs
    assert "mentoring newly qualified paramedics" in reqs
    assert "escalating quickly when a patient worsens" in reqs


def test_duty_phrases_skip_generic_verbs_and_objects_and_clauses_with_skills():
    from core.analysis.job_duties import duty_phrases

    assert duty_phrases("Work closely with the team on ad hoc tasks") == []
    assert duty_phrases("Support stakeholders and document next steps") == []
    assert duty_phrases("Maintain dashboards in Looker", skip=lambda clause: "Looker" in clause) == []
    assert duty_phrases("Plan weekly menus for the care home") == ["planning weekly menus"]


def test_a_duty_whose_verb_is_a_requirement_already_named_is_not_repeated():
    jd = ("Data Analyst\nWhat you will do\n- Forecast monthly demand for the stores\n- Audit supplier invoices each quarter\n"
          "Requirements\n- Forecasting and SQL\n")
    reqs = extract_requirements(jd)
    assert "auditing supplier invoices" in reqs
    assert not any(r.startswith("forecasting ") for r in reqs), reqs
