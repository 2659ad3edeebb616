"""bench/devsets_quoted.py measures what the plan says aloud: its facts are the plan's own quotes (made-up CV)."""

from __future__ import annotations

from bench.bench_devsets import normal
from bench.devsets_quoted import _plan_cv, right, said
from core.analysis.cv import extract_cv_facts
from core.coach.plan import plan_items

CV = """Morgan Ellery
Experience
Senior Data Engineer, Quillfield Analytics Ltd, 2021 - Present
- Built Airflow pipelines in Python that cut report time by 40%
Data Analyst, Tarnbridge Insurance Group, 2017 - 2021
- Wrote SQL reports in Tableau for 12 teams
Skills
Python, SQL, Airflow, Tableau
"""
KW = {"interview_type": "mixed", "seniority": "mid", "company": "", "focus": None}
JD = "Data Engineer. You will build pipelines with Python and Airflow, and write SQL. Tableau is a plus."


def test_the_opener_measured_is_the_one_the_plan_says():
    cv = _plan_cv(CV)
    quoted = said(extract_cv_facts(cv), cv=cv)
    (role, employer), = quoted["opener title at employer"]
    openers = [plan_items(CV, JD, "Data Engineer", seed=str(s), count=8, **KW)[0] for s in range(12)]
    with_cv = [o.text for o in openers if o.employer]
    assert with_cv and all(role in normal(t) and employer in normal(t) for t in with_cv)
    assert right("opener title at employer", (role, employer),
                 {"current_title": "Senior Data Engineer", "employers": ["Quillfield Analytics Ltd"]})


def test_the_employers_the_plan_names_are_among_those_measured():
    cv = _plan_cv(CV)
    named = said(extract_cv_facts(cv), cv=cv)["employers named"]
    items = [i for s in range(6) for i in plan_items(CV, JD, "Data Engineer", seed=str(s), count=10, **KW)]
    spoken = {normal(i.employer) for i in items if i.employer}
    assert spoken and spoken <= named


def test_without_a_line_to_quote_the_plan_names_no_part_of_the_latest_job_as_measured():
    """No dated header line (dates dropped): the bench counts no fallback opener, and the plan's openers name
    neither the title nor the employer the reading put together."""
    cv_text = "\n".join(row.replace(", 2021 - Present", "").replace(", 2017 - 2021", "") for row in CV.splitlines())
    cv = _plan_cv(cv_text)
    quoted = said(extract_cv_facts(cv), cv=cv)
    assert not quoted["opener line"]
    assert not quoted["opener fallback title at employer"] and not quoted["opener fallback title alone"]
    openers = [plan_items(cv_text, JD, "Data Engineer", seed=str(s), count=8, **KW)[0] for s in range(12)]
    assert all(not o.employer for o in openers)
    assert not any(name in o.text for o in openers for name in ("Quillfield", "Tarnbridge", "Senior Data Engineer"))
