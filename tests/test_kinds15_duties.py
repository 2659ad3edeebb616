"""Session 15, issue 3: a duty's object is its whole noun phrase: "Build and run a creative testing framework"
is "building and running a creative testing framework" (both verbs are the duty, relev2), never "running a
creative" (an adjective left alone)."""

import pytest

from core.analysis.job import extract_requirements
from core.analysis.job_duties import duty_phrases


@pytest.mark.parametrize(("line", "phrase"), [
    ("Build and run a creative testing framework with our design team",
     "building and running a creative testing framework"),
    ("Maintain an automated testing pipeline for the mobile app", "maintaining an automated testing pipeline"),
    ("Manage our existing accounts across the north region", "managing existing accounts"),
    ("Design a robust onboarding programme for new starters", "designing a robust onboarding programme"),
])
def test_an_ing_modifier_inside_the_noun_phrase_is_kept(line, phrase):
    assert phrase in duty_phrases(line)


def test_a_participle_after_a_noun_still_starts_an_adjunct():
    assert "triaging patients" in duty_phrases("Triage patients arriving by ambulance")
    assert "coaching pupils" in duty_phrases("Coach pupils needing extra help")
    assert "supervising staff" in duty_phrases("Supervise staff working night shifts")


def test_job_requirement_never_ends_on_an_adjective():
    jd = ("Content Lead\nYou will:\n• Build and run a creative testing framework with our studio\n"
          "• Own an editorial calendar\n")
    reqs = [r.lower() for r in extract_requirements(jd)]
    assert not any(r.endswith(("a creative", "an automated")) for r in reqs)
    assert any("creative testing framework" in r for r in reqs)
