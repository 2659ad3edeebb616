"""A newcomer's faults with the offline coach (session 8), each as the kind of input behind it:
role questions that fit the job's own terms, follow-ups that read the stated outcome, job titles as
a posting writes them, a company followed by its place, a report that agrees with itself and the
answer, the language of the interview said in the chat, and a tool that shows a requirement. All
inputs are made up."""

from __future__ import annotations

from core.analysis.answer import analyse_answer
from core.coach.evidence import answer_evidence
from core.coach.evidence_cv import cv_meets
from core.coach.follow_up import follow_up_reason
from core.coach.language_note import language_notice
from core.coach.plan import plan_items
from core.coach.report import build_report
from core.coach.score import score_answer
from core.coach.stronger import stronger_answer
from core.documents.job import job_heading
from core.schemas import job_label
from core.speech.delivery import analyse_text
from core.words import display_title

ENGINEER_JD = """Data Engineer
We are hiring a data engineer to build and run our batch and streaming pipelines.
Requirements:
- 3+ years building ETL/ELT pipelines in Python and SQL
- Experience with Airflow and dbt
- Data warehouses such as Snowflake or BigQuery
"""
SCIENTIST_JD = """Data Scientist
You will build machine learning models for churn and pricing.
Requirements:
- Model evaluation: precision, recall, calibration
- Statistics and experimentation (A/B tests)
- Python and SQL
"""
DATA_CV = """Robin Vale
Analyst, Quillmoor Ltd, 2020-2024
- Wrote Python and SQL reports for the finance team
Skills: Python, SQL, Excel
"""
_SCIENCE = {"model evaluation", "machine learning", "feature engineering", "model monitoring", "judgement", "statistics"}


def _role_competencies(jd: str, title: str, seed: str) -> list[str]:
    items = plan_items(DATA_CV, jd, title, interview_type="mixed", seniority="mid", count=8, company="", seed=seed,
                       focus=None)
    return [i.competency for i in items if i.source == "role"]


# ---------------------------------------------------------------- 1. questions that fit the job


def test_a_data_engineering_job_gets_pipeline_questions_not_data_science_ones() -> None:
    for seed in ("s1", "s2", "s3", "s4", "s5"):
        role = _role_competencies(ENGINEER_JD, "Data Engineer", seed)
        assert len(role) >= 2, role
        assert not set(role) & _SCIENCE, (seed, role)


def test_a_data_science_job_still_gets_its_modelling_questions() -> None:
    for seed in ("s1", "s2", "s3"):
        role = _role_competencies(SCIENTIST_JD, "Data Scientist", seed)
        assert set(role) & {"model evaluation", "machine learning", "experimentation"}, (seed, role)


# ---------------------------------------------------------------- 2. follow-ups read the outcome

Q_PAST = "Tell me about a time you improved a slow process at work."


def test_no_outcome_asked_after_an_answer_that_states_its_consequence() -> None:
    answers = [
        "At my last job the release process was manual and slow. I wrote a checklist, automated the build with a "
        "script and trained the team on it, so we shipped every week instead of every month after that. I learned "
        "that small automation pays off.",
        "At my previous company the month-end reports were always late. I mapped every step with the finance team, "
        "removed the manual copy into spreadsheets and moved the checks into the database, which let the team close "
        "the books before the fifth working day from then on.",
    ]
    for answer in answers:
        assert "result" in analyse_answer(answer, Q_PAST).star, answer
        assert follow_up_reason(Q_PAST, answer) != "no_result", answer


def test_a_decision_is_not_an_outcome() -> None:
    answer = ("At my last job the nightly import kept failing and nobody owned it. I looked at the logs with the "
              "platform team and talked to the vendor about their file format, and so they decided to wait for the "
              "new version before changing anything on our side.")
    assert follow_up_reason(Q_PAST, answer) == "no_result"


# ---------------------------------------------------------------- 3. titles as a posting writes them


def test_a_half_cased_title_reads_in_title_case_in_questions_report_and_labels() -> None:
    title = "registered nurse - Emergency Department"
    assert display_title(title) == "Registered Nurse - Emergency Department"
    assert display_title("data engineer") == "Data Engineer"
    assert display_title("head of it support (er)") == "Head of IT Support (ER)"
    assert display_title("Senior iOS Developer") == "Senior iOS Developer"  # as written
    assert display_title("Data engineer") == "Data engineer"  # sentence case, consistent
    hostile = "<img src=x onerror=alert(1)> lead **backend** engineer"
    assert display_title(hostile) == hostile  # markup is the user's text: kept as written, escaped where shown
    opener = plan_items("", "Triage patients in the emergency department.", title, interview_type="mixed",
                        seniority="mid", count=3, company="", seed="x", focus=None)[0].text
    assert "Registered Nurse - Emergency Department role" in opener, opener
    assert "registered nurse" not in opener
    assert "Registered Nurse - Emergency Department at Mercy" in build_report([], job_title=title, company="Mercy").summary
    assert job_label(title, "Mercy") == "Registered Nurse - Emergency Department at Mercy"


# ---------------------------------------------------------------- 4. a company followed by a place


def test_a_company_followed_by_its_place_is_read_from_the_job_header() -> None:
    assert job_heading("Data Engineer — Nordvik Audio, Stockholm\n\nWe build pipelines.") == ("Data Engineer", "Nordvik Audio")
    assert job_heading("Data Engineer\nNordvik Audio, Stockholm\n\nWe build pipelines.") == ("Data Engineer", "Nordvik Audio")
    assert job_heading("Sales Lead | Brindle & Co, London, UK\nWe sell.") == ("Sales Lead", "Brindle & Co")
    # a department after a dash is part of the title, and a place alone is no company
    assert job_heading("Registered Nurse – Emergency Department\nWe need an ER nurse.") == (
        "Registered Nurse – Emergency Department", "")
    assert job_heading("Sales Lead\nLondon, UK\nWe sell.") == ("Sales Lead", "")


# ---------------------------------------------------------------- 5. a report that agrees with itself

HEDGED = ("I kind of led the migration of our billing database myself. I planned the cut-over, I wrote the scripts "
          "and I tested them on a copy of production first. It took three weeks and I moved two million rows with "
          "no downtime, and I learned to rehearse every step before the real night.")


def test_delivery_line_and_communication_name_the_same_fillers() -> None:
    delivery = analyse_text(HEDGED)
    score = score_answer("Tell me about a migration you led.", HEDGED)
    assert "kind of" in score.communication.evidence
    assert delivery.filler_count == 1 and "kind of" in delivery.note, delivery.note
    plain = "I led the migration of our billing database. I planned the cut-over and tested it first."
    assert analyse_text(plain).filler_count == 0 and "no filler words" in score_answer("q", plain).communication.evidence


def test_an_answer_told_in_i_is_never_told_to_say_i_not_we() -> None:
    # its actions use verbs the STAR cues do not list ("rang", "sketched", "walked"): the structure misses
    # the action, which asks to lay out the steps, not to say "I" instead of "we"
    question = "Tell me about a time you dealt with a difficult stakeholder."
    answer = ("Last spring a director wanted the launch moved up by a month. I rang her that afternoon, sketched two "
              "options on one page and walked her through the risk of each. In the end she agreed to the smaller "
              "release and it went out on the new date without incidents.")
    score = score_answer(question, answer)
    report = build_report([{"question": question, "answer": answer, "score": score}] * 2)
    assert report.next_steps
    assert not any('not "we"' in step for step in report.next_steps), report.next_steps


def test_a_strength_never_says_without_filler_of_an_answer_with_filler() -> None:
    question = "Tell me about a migration you led."
    answer = ("Last year at Harlow Freight I kind of inherited the migration of our billing database from MySQL to "
              "PostgreSQL. My task was to move it without stopping invoicing. I planned the cut-over in three phases, "
              "wrote the copy scripts and tested them on a copy of production twice, because a failed night would have "
              "delayed eight thousand invoices. I chose a dual-write period over a big-bang switch, which cost two extra "
              "weeks but let us roll back at any time. We moved two million rows with no downtime and invoicing ran on "
              "time. I learned to rehearse every step before the real night.")
    score = score_answer(question, answer)
    assert "kind of" in score.communication.evidence and score.communication.score >= 4
    report = build_report([{"question": question, "answer": answer, "score": score}] * 3)
    assert any("clear and to the point" in s for s in report.strengths), report.strengths
    assert not any("without filler" in s for s in report.strengths), report.strengths


# ---------------------------------------------------------------- 6. the interview's language

SPANISH = ("En mi último trabajo lideré la migración de la base de datos. Primero analicé los riesgos, luego escribí "
           "los scripts y los probé con una copia. Al final migramos dos millones de filas sin cortes.")


def test_an_answer_in_another_language_is_told_the_interviews_language() -> None:
    question = "Tell me about a migration you led."
    notice = language_notice(question, SPANISH)
    assert "Spanish" in notice and "English" in notice, notice
    assert language_notice(question, "At my last job I led the migration of the database and tested it first.") == ""
    german = "In meinem letzten Job habe ich die Migration der Datenbank geleitet und vorher getestet."
    assert "German" in language_notice(question, german)
    report = build_report([{"question": question, "answer": SPANISH, "score": score_answer(question, SPANISH)}])
    assert "Spanish" in report.language_note and "English" in report.language_note, report.language_note


# ---------------------------------------------------------------- 7. a tool shows its requirement; short figures kept


def test_a_tool_that_is_a_kind_of_the_requirement_shows_it() -> None:
    said = "I scheduled the nightly loads in Airflow and wrote the transformations myself."
    assert answer_evidence(said, "data pipelines")[0] == "evidenced"
    assert answer_evidence("I built our sales dashboards in Tableau.", "data visualisation")[0] == "evidenced"
    assert answer_evidence("I scheduled the nightly loads in Airflow.", "Machine learning")[0] == ""
    assert cv_meets("Skills: Snowflake, dbt", "data warehouse")


def test_the_stronger_answer_keeps_a_figure_in_a_two_word_sentence() -> None:
    question = "Tell me about a time you improved a slow process."
    answer = "At Acme the weekly report was late every week. I rewrote the query. Saved 40%. I learned to profile first."
    out = stronger_answer(question, answer, "behavioural", analyse_answer(answer, question), {}, linked=True)
    assert "40%" in out, out
