"""Session 24 (nc23/rc23: "The role asks for Apache Kafka or other event, which I don't see on your CV"): a job's
requirement of alternatives is said whole or by its clean head, never cut inside a phrase: "or other/another/any other
<kind>" runs to the end of its clause, and a two-word alternative is a product's name, never a tool and the next
word of the line ("Java in", "Azure cloud", "Strong Python"). Made-up job lines."""

from __future__ import annotations

import pytest

from core.analysis.job_choice import choice_phrase
from core.coach.plan import plan_questions


@pytest.mark.parametrize(("line", "name", "said"), [
    ("- Experience with Apache Kafka or other event streaming platforms", "Kafka",
     "Apache Kafka or other event streaming platforms"),
    ("- Hands-on use of RabbitMQ or another message broker.", "RabbitMQ", "RabbitMQ or another message broker"),
    ("- Tableau or any other BI tool; dashboards for leaders", "Tableau", "Tableau or any other BI tool"),
    ("- Go or Rust in production", "Go", "Go or Rust"),
    ("- Strong Python or Java skills", "Python", "Python or Java"),
    ("- AWS, GCP or Azure cloud experience", "GCP", "AWS, GCP or Azure"),
    ("- Experience of Paragon, Descartes or similar", "Descartes", "Paragon, Descartes or similar"),
    ("- SQL Server or Oracle Database administration", "Oracle", "SQL Server or Oracle Database"),
])
def test_a_requirement_of_alternatives_is_said_whole(line: str, name: str, said: str) -> None:
    assert choice_phrase(f"Platform Engineer\nRequirements\n{line}\n", name) == said


def test_the_gap_question_names_the_whole_alternative() -> None:
    cv = ("Ivo Brandt\nSoftware Engineer, Tallow Logistics (2020 - Present)\n- Built REST APIs in Python and "
          "PostgreSQL.\n- Ran services on Docker.\nSkills\nPython, PostgreSQL, Docker, REST APIs\n")
    job = ("Backend Engineer\nRequirements\n- Python and PostgreSQL\n- Docker\n"
           "- Experience with RabbitMQ or other message queueing systems\n")
    for seed in ("one", "two", "three", "four"):
        plan = plan_questions(cv, job, "Backend Engineer", count=8, seed=seed)
        named = [q for q in plan if "RabbitMQ" in q]
        assert named, plan
        assert all("RabbitMQ or other message queueing systems" in q for q in named), named
