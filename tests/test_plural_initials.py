"""One plural rule and one initials rule (core.words) behind the CV, skill and requirement readers that compare
two forms of a name."""

from core.analysis import cv_names, cv_translated, skill_context
from core.analysis.cv_skill_claims import skills_found
from core.words import singular


def test_one_plural_rule_for_skill_names_and_requirement_words():
    for plural, one in (("rest apis", "rest api"), ("microservices", "microservice"), ("glass", "glass"), ("aws", "aws")):
        assert singular(plural) == one
    assert cv_translated._singular("forklift trucks operators") == "forklift truck operator"
    # a bullet's "microservice" and the list's "Microservices": the list's item, once
    _, written, _ = skills_found(["Microservices"], "Skills\nMicroservices\nBuilt a microservice for billing.")
    assert [w.lower() for w in written].count("microservices") == 1 and "microservice" not in [w.lower() for w in written]


def test_an_acronym_spelled_out_skips_the_same_small_words_for_employers_and_for_skills():
    assert skill_context.spelled_out("UR (Universidad de la Rioja)") == {"UR": "Universidad de la Rioja"}
    assert cv_names.spelled_out(["UR"], ["Universidad de la Rioja"]) == {"UR": "Universidad de la Rioja"}
    assert skill_context.spelled_out("We run PHP (partial hospitalisation programme)") == {
        "PHP": "partial hospitalisation programme"}
    assert cv_names.spelled_out(["TTG"], ["Tech to Go"]) == {}  # "to" gives no letter, as in a skill's expansion
