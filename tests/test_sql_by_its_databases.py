"""A CV that lists relational databases (PostgreSQL, MySQL, SQL Server…) shows SQL: a data engineer who listed
"PostgreSQL, MySQL, SQLAlchemy" was asked how they would get up to speed on SQL "given your CV doesn't mention it"."""

from __future__ import annotations

import pytest

from core.coach.plan import plan_items

JD = """Data Engineer
You will build and run our batch pipelines.
Requirements:
- Strong SQL
- Python for data pipelines
- Airflow or a similar scheduler
"""


@pytest.mark.parametrize("databases", ["PostgreSQL and MySQL", "SQL Server", "MariaDB, SQLite", "BigQuery"])
def test_databases_on_the_cv_show_sql(databases: str) -> None:
    cv = (f"Kai Brenner\nBackend Engineer, Tollgate Payments (2019 - present)\n- Built Python services on {databases}\n"
          "- Scheduled nightly jobs with Airflow\nSkills: Python, Airflow, " + databases + "\n")
    for seed in ("a", "b", "c", "d"):
        items = plan_items(cv, JD, "Data Engineer", interview_type="technical", seniority="mid", count=8, company="",
                           seed=seed, focus=None)
        gaps = [item.text for item in items if item.source == "gap"]
        assert not any("SQL" in text for text in gaps), gaps
