"""Text analysis: requirements from job descriptions, CV facts and the skills lexicon."""

from __future__ import annotations

import json

from core.analysis import extract_cv_facts, extract_requirements
from tests.coach_fixtures import (
    CV,
    JD,
    ROOT,
)

# ---------------------------------------------------------------- extraction


def test_extract_requirements_and_cv_facts():
    reqs = {r.lower() for r in extract_requirements(JD)}  # as written in the JD
    for skill in ("Python", "Kubernetes", "Docker", "PostgreSQL", "Kafka", "Terraform", "Mentoring"):
        assert any(skill.lower() in r for r in reqs)
    facts = extract_cv_facts(CV)
    assert facts["employers"] == ["Acme Payments Ltd", "Globex Systems"]
    assert facts["roles"][0] == "Senior Software Engineer"
    assert facts["skill_employer"]["Kubernetes"] == "Acme Payments Ltd"
    assert facts["skill_employer"]["PostgreSQL"] == "Globex Systems"
    assert any("60%" in a for a in facts["achievements"])
    assert extract_requirements("We run everything on k8s and postgres.") == ["k8s", "postgres"]


def test_multi_word_requirements_from_bullets():
    jd = "Requirements:\n- Excellent written communication with customers\n- Building relationships with hospital partners\n"
    reqs = extract_requirements(jd)
    assert any("relationships with hospital partners" in r.lower() for r in reqs)



def test_lexicon_has_hundreds_of_skills_with_aliases():
    lex = json.loads((ROOT / "data" / "skills_lexicon.json").read_text())
    assert len(lex["skills"]) >= 250
    by_name = {s["name"]: s for s in lex["skills"]}
    assert "k8s" in by_name["Kubernetes"]["aliases"] and "postgres" in by_name["PostgreSQL"]["aliases"]

