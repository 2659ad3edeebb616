"""Names keep the case the CV or the ad writes (session 25): a law or product with its year or version ("Mental
Health Act 1983", "Windows 11"), and a named service the documents write with capitals in the middle of sentences
("Discharge to Assess"-style names: "our busy Sunday Roast Club", "launched Sunday Roast Club in May")."""

from core.coach.casing import natural_case

_AD = ("Community Chef\nWe run a busy Sunday Roast Club for older residents.\n"
       "- Experience of Sunday Roast Club or similar lunch clubs\n- Knowledge of the Mental Health Act 1983\n"
       "- Good Windows 11 skills\n- Drive Continuous Improvement across the kitchen\n")
_CV = "Chef\n- Launched Sunday Roast Club in May 2023 for 40 guests\nSkills: Windows 11, menu costing\n"


def test_a_name_with_its_year_or_version_keeps_its_capitals():
    assert natural_case("Mental Health Act 1983", [_AD, _CV]) == "Mental Health Act 1983"
    assert natural_case("Windows 11", [_AD, _CV]) == "Windows 11"


def test_a_named_service_written_with_capitals_mid_sentence_keeps_them():
    assert natural_case("Sunday Roast Club", [_AD, _CV]) == "Sunday Roast Club"


def test_a_heading_or_one_emphasis_is_still_lowered():
    assert natural_case("Stakeholder Management", ["Skills\nStakeholder Management\n"]) == "stakeholder management"
    assert natural_case("Continuous Improvement", [_AD]) == "continuous improvement"


def test_a_named_service_inside_a_longer_term_keeps_its_capitals():
    assert natural_case("Meals on Wheels and Sunday Roast Club", [_AD, _CV]).endswith("Sunday Roast Club")
