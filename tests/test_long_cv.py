"""A long or pathological CV reaches the first question (newcomer report, session 9: a 25 KB CV left the
interview stuck). Speed is measured in bench/ (``python -m bench --only coach``); here, the results."""

from __future__ import annotations

import threading

from streamlit.testing.v1 import AppTest

from core.analysis.bounds import MAX_ANALYSED_CHARS, MAX_ANALYSED_LINES, bounded
from core.analysis.cv_layout import _cjk_prose
from core.analysis.cv_names import drop_remarks
from core.coach.plan import plan_questions
from core.documents.clean import clean_text
from core.interview.engine import InterviewEngine
from core.models.chains import build_chains
from core.settings import Settings
from tests.app_start import APP

WORDS = ["safety", "logistics", "budget", "warehouse", "shift", "lead", "planning", "picking", "packing", "KPI", "team"]
JD = "Operations Manager at Northwind Logistics.\n- Lead a warehouse team of 40\n- Own safety and KPIs\n- SAP"
CV_HEAD = ("Sam Rivera\nWarehouse Supervisor, Acme Logistics, 2019 - Present\n"
           "- Led a team of 25 pickers and cut mis-picks by 30%\n")


def _word_line(n: int) -> str:
    return " ".join(WORDS[(i * 7) % len(WORDS)] for i in range(n // 7))


def test_bounded_cuts_long_text_and_collapses_repeated_lines():
    assert bounded("short CV\nline two") == "short CV\nline two"
    assert len(bounded("x" * (MAX_ANALYSED_CHARS * 3))) == MAX_ANALYSED_CHARS
    repeated = CV_HEAD + "- Managed the night shift\n" * 500 + "Skills: SAP"
    out = bounded(repeated)
    assert out.count("- Managed the night shift") == 2 and out.endswith("Skills: SAP")
    many = "\n".join(f"line {i}" for i in range(MAX_ANALYSED_LINES * 2))
    assert len([line for line in bounded(many).split("\n") if line]) == MAX_ANALYSED_LINES


def test_cjk_prose_test_is_unchanged_and_handles_a_long_line():
    assert _cjk_prose("负责管理团队，提升效率")
    assert not _cjk_prose("负责管理团队")  # no clause mark
    assert not _cjk_prose("Managed a team, cut costs")  # no CJK
    assert not _cjk_prose(_word_line(50_000) + ",")


def test_linear_rewrites_keep_their_readings():
    assert drop_remarks("¶ap-¶arker Palo Alto") == "Palo Alto"
    assert drop_remarks("a" * 60_000) == "a" * 60_000
    assert clean_text("manage-\nment of stock") == "management of stock"
    assert clean_text("a" * 100_000) == "a" * 100_000


def test_plan_of_pathological_cvs_asks_its_questions():
    for cv in (CV_HEAD + _word_line(50_000), CV_HEAD + "x\n\n" * 30_000, "a" * 60_000, "管理团队，" * 12_000,
               CV_HEAD * 2_000, CV_HEAD + _word_line(860_000)):
        questions = plan_questions(cv, JD, "Operations Manager", count=8, seed="t")
        assert len(questions) == 8 and all(q.strip().endswith(("?", ".")) for q in questions)


def test_an_abandoned_question_generator_does_not_hold_the_turn(store):
    """A page run stopped mid-question leaves its generator suspended holding the session's lock: the
    next visit takes the turn over instead of waiting two minutes and showing an empty bubble."""
    engine = InterviewEngine(store)
    chains = build_chains(Settings())
    session_id = engine.create(job_title="Operations Manager", company="Northwind", job_description=JD,
                               cv_text=CV_HEAD)
    kept: list[object] = []

    def stopped_run() -> None:
        events = engine.stream_next(chains, session_id)
        next(events)  # the first words are out, then the run stops; the generator is never closed
        kept.append(events)

    run = threading.Thread(target=stopped_run)
    run.start()
    run.join()
    assert engine._turn_lock(session_id).locked()
    events = list(engine.stream_next(chains, session_id))
    assert events and events[-1].kind == "done" and "operations manager" in events[-1].text.lower()
    assert engine.load(session_id).awaiting_answer


def _start(cv_text: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180).run()
    at.switch_page("pages/setup.py").run()
    at.text_input(key="setup_job_title").set_value("Operations Manager")
    at.text_area(key="setup_jd").set_value(JD)
    at.text_area(key="setup_cv").set_value(cv_text)
    at.run()
    at.button(key="setup_start").click().run()
    assert not at.exception, at.exception
    at.switch_page("pages/interview.py").run()
    assert not at.exception, at.exception
    return at


def test_a_30_kb_and_an_800_kb_cv_reach_the_first_question(db_path):
    for cv in (CV_HEAD + ("- Managed the night shift of 40 at Acme Logistics\n" * 20) + _word_line(30_000),
               CV_HEAD + ("Warehouse Supervisor, Acme Logistics, 2019 - Present\n" * 4_000) + _word_line(600_000)):
        at = _start(cv)
        asked = [m for m in at.chat_message if m.name == "assistant"]
        assert asked and asked[-1].markdown and "operations manager role" in asked[-1].markdown[0].value.lower()
        assert not at.chat_input(key="answer_input").disabled


def test_report_tells_a_skip_from_a_question_left_open_by_ending_early():
    from core.coach.report import build_report
    from core.coach.score import score_answer
    from core.schemas import SKIPPED_ANSWER

    answer = "At Acme I led a team of 25 and cut mis-picks by 30% in six months by changing the pick route."
    rows = [{"question": "Tell me about a team you led.", "answer": answer,
             "score": score_answer("Tell me about a team you led.", answer).model_dump()},
            {"question": "How do you plan shifts?", "answer": SKIPPED_ANSWER, "score": None},
            {"question": "How do you handle a safety incident?", "answer": "", "score": None}]
    report = build_report(rows, job_title="Operations Manager", job_description=JD, cv_text=CV_HEAD)
    said = " ".join(report.weaknesses)
    assert "You skipped Q2." in said and "The interview ended before you answered Q3." in said
    assert "Q3" not in said.split("You skipped")[1].split(".")[0]
