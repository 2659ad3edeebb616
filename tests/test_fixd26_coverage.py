"""Session 26 newcomer (findings 5, 6, 7): the report's coverage rows, CV tips and summary on sales and BI interviews.

Cold calling is shown by the calls themselves ('100 to 250 cold calls a day', 'leads cold contacted daily', 'made phone
calls (usually 100-250 a day)…'), and its evidence quote is the sentence that shows it; a plan to learn VBA beside a
GitHub Actions story is no VBA; the summary's verdict is the rows' verdict.
"""

from __future__ import annotations

from core.coach.coverage import coverage_item
from core.coach.coverage_cv import cv_line
from core.coach.report_tips import cv_tips
from core.coach.score import score_answer


def _row(req: str, question: str, answer: str):
    return coverage_item(req, [(question, answer, score_answer(question, answer))])


SDR_ANSWER = ("At Moxie Pest Control I was a sales representative. Before that at Squeeze Media I made 100 to 250 cold "
              "calls a day to mortgage lenders and was ranked number one among BDRs for sales qualified leads. I want "
              "the SDR role because outbound prospecting and qualifying leads is the part of sales I am best at.")


def test_cold_calls_named_in_an_answer_are_the_quote_not_a_wish_about_outbound():
    row = _row("cold calling", "Tell me about your last role and why this SDR role.", SDR_ANSWER)
    assert row.status == "evidenced"
    assert "cold calls a day" in row.evidence
    assert "I want" not in row.evidence


def test_cv_lines_of_cold_contacting_and_daily_phone_calls_show_cold_calling():
    contacted = "Ranking in the top 2 percent among total leads cold contacted daily"
    calls = "I made phone calls (usually 100-250 a day) in the attempt to create a qualified sales lead"
    assert cv_line(f"Sales Associate, Squeeze Media\n{contacted}\nProficient in Salesforce", "cold calling") == contacted
    assert cv_line(f"Business Development Rep\n{calls}", "cold calling") == calls
    tips = " ".join(cv_tips(f"Business Development Rep\n{calls}", ["cold calling", "Outreach.io"])).lower()
    assert "outreach.io" in tips and "cold calling" not in tips


def test_answering_calls_is_no_cold_calling():
    cv = "Receptionist\nAnswered phone calls and greeted visitors at the front desk"
    assert cv_line(cv, "cold calling") == ""
    tips = " ".join(cv_tips(cv, ["cold calling"])).lower()
    assert "cold calling" in tips


def test_a_plan_to_learn_an_acronym_beside_another_tools_story_is_no_evidence_of_it():
    question = ("How would you get up to speed on VBA in your first months here? Your CV doesn't show that yet, so be "
                "concrete about what you'd do first.")
    answer = ("I don't know.\n\n(Follow-up: That's all right. What is the closest thing you have done, or how would "
              "you approach it if it happened in your first month here?)\nThe closest is automation: I automated our "
              "CI checks and documentation builds with GitHub Actions and Makefiles, which cut our release time from "
              "a day to an hour. For VBA I would take a short course and automate one weekly Excel report first.")
    row = _row("VBA", question, answer)
    assert row.status == "weak"
    assert "GitHub" not in row.evidence


def test_an_acronym_done_in_the_answer_still_counts():
    question = "How would you get up to speed on VBA in your first months here?"
    answer = ("I already use VBA: at my last job I wrote VBA macros that built our weekly Excel sales report, which cut "
              "the time to produce it from four hours to ten minutes.")
    assert _row("VBA", question, answer).status == "evidenced"


SQL_QUESTION = ("How would you write a query that returns each person's second visit from a table of visits with one row "
                "per visit? Talk me through the approach.")
SQL_ANSWER = ("I would use a window function. SELECT person_id, visit_at FROM (SELECT person_id, visit_at, ROW_NUMBER() "
              "OVER (PARTITION BY person_id ORDER BY visit_at) AS rn FROM visits) v WHERE rn = 2. ROW_NUMBER rather "
              "than RANK so that two visits at the same timestamp still give exactly one second visit.")


def test_a_query_written_in_the_answer_shows_sql_whatever_the_tense_before_it():
    row = _row("SQL", SQL_QUESTION, SQL_ANSWER)
    assert row.status == "evidenced"
    assert "PARTITION BY" in row.evidence or "SELECT" in row.evidence
    assert _row("Sehr gute SQL-Kenntnisse", SQL_QUESTION, SQL_ANSWER).status == "evidenced"


def test_prose_with_select_and_from_is_no_sql():
    answer = "I would select the best candidates from the pool and then talk to each of them about the role."
    assert _row("SQL", "How do you pick who to interview?", answer).status != "evidenced"


def test_python_code_shows_python_and_not_sql():
    answer = ("To summarise the sales data by region I grouped it with df.groupby('region').sales.sum(), then plotted "
              "the totals for the team, which showed the north selling 30% less.")
    assert _row("Python", "How did you summarise the sales data?", answer).status == "evidenced"
    assert _row("SQL", "How did you summarise the sales data?", answer).status != "evidenced"


BI_JOB = """Business Intelligence Analyst

Requirements:
- SQL
- Python
- VBA
- ETL
- Power BI
- Postgres
"""
BI_CV = """Alex Example
EXPERIENCE
Research Assistant | June 2022 - Present
- Uses R to analyze large survey data in relation to Central-South American politics.
- Serves as a non-presenting co-author with faculty member on a proposed conference talk.
Eagle Scout | July 2019
- Led volunteer project of over 40 hours of combined work including trail maintenance and implementing QR codes to provide digital brochures to the trail, eliminating the need for paper and reducing waste
"""


def _report(rows, job=BI_JOB, cv=BI_CV):
    from core.coach.report import build_report

    return build_report([{"question": q, "answer": a, "score": score_answer(q, a)} for q, a in rows],
                        job_title="Business Intelligence Analyst", job_description=job, cv_text=cv)


def test_the_carry_over_is_the_cv_line_closest_to_the_job():
    report = _report([["Tell me about a time you helped a team.", "I helped my team plan a trip and it went well."]])
    assert "lead with what carries over" in report.summary
    assert "Uses R to analyze large survey data" in report.summary
    assert "trail maintenance" not in report.summary


def test_the_summary_and_the_rows_give_one_verdict_per_requirement():
    report = _report([[SQL_QUESTION, SQL_ANSWER]])
    rows = {c.requirement.lower(): c.status for c in report.coverage}
    assert rows.get("sql") == "evidenced"
    not_yet = report.summary.split("not yet shown:", 1)[1].split(".", 1)[0] if "not yet shown:" in report.summary else ""
    assert "SQL" not in not_yet
    for name, status in rows.items():
        if status == "evidenced":
            assert name not in not_yet.lower()


def test_agreed_fit_follows_the_rows():
    from core.coach.fit import RoleFit, agreed_fit
    from core.schemas import CoverageItem

    fit = RoleFit(("SQL", "VBA", "ETL"), cv_shows=("ETL",), answers_show=("VBA",))
    rows = [CoverageItem(requirement="SQL", status="evidenced", evidence='"SELECT …"'),
            CoverageItem(requirement="VBA", status="weak", evidence="Mentioned in …")]
    agreed = agreed_fit(fit, rows)
    assert agreed.shown == ("SQL", "ETL")  # VBA weak in its row is not shown; ETL has no row: the CV's reading stays


def test_a_query_written_is_the_tool_named_in_the_score():
    job = "Business Intelligence Analyst\n\nRequirements:\n- SQL\n- Python\n- Power BI\n"
    written = score_answer(SQL_QUESTION, SQL_ANSWER, job_description=job)
    assert not any("the job names" in m for m in written.missing)
    told = ("I would number each person's visits in order of time and keep the second one for each person, so people "
            "with a single visit drop out; ties on the same timestamp would still give one row each.")
    assert any("the job names" in m for m in score_answer(SQL_QUESTION, told, job_description=job).missing)
