"""Session 15, issue 5: a role question's scenario is the job's own domain when the bank has one, else a neutral
one: no "customer's second purchase" for a hospital's data analyst (made-up jobs and CVs)."""

from core.coach.bank import grounded, load_question_bank
from core.coach.plan import plan_questions

_HEALTH_JD = """Data Analyst
Riverside Community Health Trust – Leeds

You will write SQL queries against our clinical data warehouse, build dashboards on waiting lists and staffing,
and check data quality with ward teams.

Essential: SQL (joins, window functions), Excel, clear communication with clinicians.
"""
_CV = """Priya Shah
Information Officer — Dales Care Group — 2019 – 2024
- Wrote SQL reports on bed occupancy for 6 wards; cut manual reporting time by 5 hours a week.
- Built Excel dashboards for staffing.
"""
_COMMERCE = ("customer", "purchase", "checkout", "churn", "orders, customers")


def test_no_shop_scenario_for_a_health_job():
    for seed in ("a", "b", "c", "d", "e", "f"):
        plan = plan_questions(_CV, _HEALTH_JD, "Data Analyst", interview_type="technical", count=10, seed=seed)
        assert not any(word in q.lower() for q in plan for word in _COMMERCE), plan


def test_a_sql_question_remains_for_a_health_job_and_a_shop_job_keeps_its_own():
    sql = [q for q in load_question_bank() if q["competency"] == "sql" and "data" in q["families"]]
    health = [q for q in sql if grounded(q, _HEALTH_JD, _CV)]
    assert health and not any("customer" in q["text"] for q in health)
    shop_jd = "Data Analyst, online retail: SQL on customer orders and purchases, churn and checkout funnels."
    assert any("customer" in q["text"] for q in sql if grounded(q, shop_jd, ""))


def test_the_jobs_own_domain_before_a_neutral_scenario():
    for seed in ("a", "b", "c", "d"):
        plan = plan_questions(_CV, _HEALTH_JD, "Data Analyst", interview_type="technical", count=10, seed=seed)
        sql = [q for q in plan if q.startswith("How would you write a query")]
        assert all("patient" in q for q in sql), sql
