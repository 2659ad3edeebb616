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
