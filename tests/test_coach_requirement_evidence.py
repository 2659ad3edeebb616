"""Requirement vs CV/answer evidence: head nouns with a tool, abbreviations, "or"/example
alternatives, and a language line ending "a plus" (made-up inputs, each failed before the fix)."""

from __future__ import annotations

from core.analysis.job import alternatives, extract_requirements
from core.coach.evidence import answer_evidence, head_with_tool, mentions_requirement
from core.coach.evidence_cv import cv_meets, cv_mentions
from core.coach.plan import plan_questions
from core.coach.report import _coverage_item, _cv_tips

JD = """Senior Data Engineer

Requirements:
- Strong experience with Go or Java
- Experience building data pipelines
- Cloud data warehouses (e.g. BigQuery, Snowflake)
- Apache Airflow
- Bilingual English/Spanish a plus
"""
CV = """Dana Ruiz
Senior Data Engineer, Lumen Freight, 2019 - present
- Built Apache Airflow pipelines that load 2 TB/day into Snowflake
- Wrote ingestion services in Go for 40 carriers
Skills: Go, SQL, Spanish (fluent)
"""


def test_head_noun_next_to_a_tool_of_the_field_shows_the_requirement():
    assert head_with_tool("Built Apache Airflow pipelines that load 2 TB/day", "data pipelines")[0]
    assert head_with_tool("I own our ETL pipelines", "data pipelines")[0]
    # the head noun far from any tool, or a sales pipeline, is not it
    assert not head_with_tool("I grew the sales pipeline by 30% using cold calls", "data pipelines")[0]
    assert not head_with_tool("pipelines", "pipelines")[0]


def test_plan_never_calls_a_shown_requirement_or_an_alternative_a_gap():
    for seed in map(str, range(12)):
        questions = plan_questions(CV, JD, "Senior Data Engineer", seed=seed, count=8)
        text = " ".join(questions)
        assert "data pipelines, which I don't see" not in text
        assert "is part of this job" not in text
        assert "Java, which I don't see" not in text  # Go or Java: the CV shows Go
        assert "BigQuery, which I don't see" not in text  # (e.g. BigQuery, Snowflake): the CV shows Snowflake


def test_gap_question_is_grammatical_for_a_plural_skill():
    cv = "Sam Lee\nBackend Engineer, Oakway, 2020 - present\n- Wrote REST services in Python\n"
    jd = "Requirements:\n- Kubernetes\n- Terraform\n"
    texts = [" ".join(plan_questions(cv, jd, "Platform Engineer", seed=str(s))) for s in range(15)]
    assert not any("is part of this job" in t for t in texts)


def test_alternatives_from_or_and_bracketed_examples():
    assert alternatives(JD, "Java") == {"go", "java"}
    assert alternatives(JD, "BigQuery") == {"bigquery", "snowflake"}
    assert alternatives("Requirements:\n- Python and SQL\n", "SQL") == set()  # "and" needs both
    assert cv_meets(CV, "Java", JD) and cv_meets(CV, "BigQuery", JD)
    assert not cv_meets(CV, "Java", "Requirements:\n- Java\n- Go\n")


def test_cv_tips_do_not_ask_for_an_alternative_or_a_language_the_cv_shows():
    tips = " ".join(_cv_tips(CV, extract_requirements(JD), JD))
    assert "BigQuery" not in tips and "Java" not in tips
    assert "Spanish" not in tips and "data pipelines" not in tips


def test_plus_line_gives_the_language_requirement_and_the_cv_skill_meets_it():
    reqs = extract_requirements(JD)
    assert "Bilingual English/Spanish" in reqs
    assert cv_mentions(CV, "Bilingual English/Spanish")
    assert not cv_mentions("Skills: Go, SQL, French (fluent)", "Bilingual English/Spanish")


def _row(question: str, answer: str):
    return (question, answer, None)


def test_coverage_reads_abbreviations_head_nouns_and_tool_names_like_the_cv_side():
    ed = _coverage_item("emergency department experience",
                        [_row("Tell me about yourself.", "For four years I was a night triage nurse in a Level I trauma ED.")])
    assert ed.status == "evidenced"
    pipes = _coverage_item("data pipelines", [_row("Tell me about a project.",
                           "I built Airflow pipelines loading 2 TB a day into Snowflake, and cut failures by half.")])
    assert pipes.status == "evidenced"
    airflow = _coverage_item("Apache Airflow", [_row("Tell me about a project.", "I scheduled every load with Airflow.")])
    assert airflow.status == "evidenced"


def test_abbreviations_are_read_in_capitals_only():
    assert mentions_requirement("I worked in the ED for two years", "emergency department")[0]
    assert not mentions_requirement("I finished my ed degree", "emergency department")[0]
    assert answer_evidence("I didn't work in an ED.", "emergency department experience")[0] == "mentioned"


def test_coverage_counts_an_alternative_the_jd_allows_but_not_the_verb_go():
    rows = [_row("Which languages?", "I wrote our ingestion services in Go and kept them under 50 ms.")]
    assert _coverage_item("Java", rows, JD).status == "evidenced"
    assert _coverage_item("Java", rows).status != "evidenced"  # without the JD's "or", Go is not Java
    verb = [_row("Which languages?", "I go to the office on Mondays and plan the week.")]
    assert _coverage_item("Java", verb, JD).status != "evidenced"
