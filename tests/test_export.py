"""Exports of one session: Markdown with each answer next to its scores and every retry; CSV with the
per-dimension scores (issue 17, point 5)."""

from __future__ import annotations

import csv
import io

import pytest

from core.export import (
    ANSWER_CSV_COLUMNS,
    answers_csv,
    csv_cell,
    export_markdown,
    session_export,
    sessions_csv,
)
from core.interview import InterviewEngine
from core.schemas import DIMENSION_LABELS, DIMENSIONS


def _score(levels: dict[str, int], overall: int, tag: str) -> dict:
    return {**{d: {"score": levels[d], "evidence": f"{tag} {d} evidence"} for d in DIMENSIONS},
            "missing": [f"{tag} missing"], "stronger_answer": f"{tag} stronger", "overall": overall}


def _session(store) -> str:
    engine = InterviewEngine(store)
    sid = engine.create(job_title="Analyst", company="Acme", job_description="", cv_text="", question_count=2)
    store.add_message(sid, "interviewer", "Tell me about a project.", kind="question", question_no=1, model="m")
    store.add_message(sid, "candidate", "I built the billing system.", kind="answer", question_no=1,
                      meta={"input": "voice", "delivery": {"spoken": True, "wpm": 151.0, "filler_rate": 1.2,
                                                           "note": "You spoke at 151 words a minute."}})
    store.add_message(sid, "interviewer", "Why that design?", kind="question", question_no=2, model="m")
    store.add_message(sid, "candidate", "Because it was simple.", kind="answer", question_no=2)
    store.save_answer_score(sid, 1, "Tell me about a project.", "I built the billing system.",
                            _score(dict.fromkeys(DIMENSIONS, 2), 4, "first"))
    store.save_answer_score(sid, 2, "Why that design?", "Because it was simple.",
                            _score(dict.fromkeys(DIMENSIONS, 3), 6, "second"))
    better = {**dict.fromkeys(DIMENSIONS, 4), "relevance": 1}
    store.save_answer_score(sid, 1, "Tell me about a project.", "In 2024 I rebuilt billing; errors fell 50%.",
                            _score(better, 6, "retry"), attempt=2)
    return sid


def test_markdown_puts_each_answer_next_to_its_scores_and_includes_retries(store):
    markdown = export_markdown(session_export(store, _session(store)))
    one = markdown.split("### Question 1\n", 1)[1].split("### Question 2\n", 1)[0]
    two = markdown.split("### Question 2\n", 1)[1]
    # Question 1: the answer, its delivery, its score and evidence, then the retry with signed changes.
    order = [one.index(x) for x in ("Tell me about a project.", "> I built the billing system.",
                                    "_Delivery: You spoke at 151 words a minute._", "**Score: 4 / 10**",
                                    "first structure evidence", "#### Retry 1: 6 / 10 (+2)",
                                    "> In 2024 I rebuilt billing; errors fell 50%.")]
    assert order == sorted(order)
    assert f"- **{DIMENSION_LABELS['relevance']}** 1/5 (\u22121): retry relevance evidence" in one
    assert f"- **{DIMENSION_LABELS['depth']}** 4/5 (+2): retry depth evidence" in one
    assert "second" not in one
    assert "> Because it was simple." in two and "**Score: 6 / 10**" in two and "Retry" not in two


def test_csv_has_every_attempt_with_its_dimension_scores(store):
    rows = list(csv.DictReader(io.StringIO(answers_csv(session_export(store, _session(store))))))
    assert tuple(rows[0]) == ANSWER_CSV_COLUMNS
    assert [(r["question_no"], r["attempt"], r["overall"]) for r in rows] == [("1", "1", "4"), ("1", "2", "6"),
                                                                               ("2", "1", "6")]
    assert [rows[1][d] for d in DIMENSIONS] == ["1", "4", "4", "4", "4"]
    assert rows[0]["words_per_minute"] == "151.0" and rows[0]["filler_rate"] == "1.2"
    assert rows[1]["words_per_minute"] == "" and rows[2]["words_per_minute"] == ""
    assert rows[1]["answer"] == "In 2024 I rebuilt billing; errors fell 50%."


def test_the_scorers_next_steps_and_notes_are_stored_exported_and_shown_first(store, db_path, fresh_app_cache):
    from streamlit.testing.v1 import AppTest

    sid = _session(store)
    steps = ["Open with the result.", "Name one number per answer.", "Say what you would do differently."]
    store.save_report(sid, {"overall": 5, "summary": "S.", "strengths": [], "weaknesses": [], "cv_tips": [],
                            "coverage": [], "next_steps": steps, "scope_note": "The offline coach judges words only.",
                            "language_note": ""}, dimension_scores=dict.fromkeys(DIMENSIONS, 2.0), model="offline-coach")
    report = store.get_report(sid)
    assert report.next_steps == steps and report.scope_note == "The offline coach judges words only."
    markdown = export_markdown(session_export(store, sid))
    assert "## Next steps\n\n1. Open with the result.\n2. Name one number per answer." in markdown
    assert "_The offline coach judges words only._" in markdown

    at = AppTest.from_file("../streamlit_app.py", default_timeout=60)
    at.run()
    at.query_params["session"] = sid
    at.switch_page("pages/feedback.py").run()
    assert not at.exception, at.exception
    shown = [m.value.replace("\\", "") for m in at.markdown]
    first = shown.index("**Your next steps**")
    assert shown[first + 1: first + 4] == [f"{i}. {s}" for i, s in enumerate(steps, 1)]
    question = next(i for i, m in enumerate(shown) if m.startswith("#### Question by question"))
    assert first < question  # the next steps come before the questions
    assert [b.label for b in at.download_button] == ["Download Markdown", "Download CSV", "Download JSON"]
    assert any("The offline coach judges words only." in c.value.replace("\\", "") for c in at.caption)
    assert all(not e.proto.expanded for e in at.main.expander)  # every question folded


def test_markdown_writes_html_in_the_users_text_as_text_and_loses_none_of_it(store):
    """A pasted ``<img src=x onerror=…>`` or ``<script>`` was kept verbatim, so a Markdown viewer would
    render it. Every text from the session (job title, answers, follow-ups, questions quoting the CV,
    job requirements, evidence, notes, the report) is written so that a CommonMark renderer shows it as
    text; ordinary "&" and "<" stay as typed; unescaping the export gives each text back exactly."""
    from markdown_it import MarkdownIt

    from core.export import markdown_unescape

    engine = InterviewEngine(store)
    texts = {
        "title": "Dev <b>lead</b>", "company": "A&B <i>Ltd</i>",
        "question": 'Your CV says: "Built <script>alert(\'cv\')</script> tools". How?',
        "answer": "I fixed it <img src=x onerror=alert(1)> & shipped; 3 < 5 > 2.\n<script>alert('a')</script>",
        "follow_up": "Why <u>that</u>?", "reply": "Because &amp; is an entity, typed as such.",
        "note": "Spoke <em>fast</em>.", "evidence": "quote \"<svg onload=x>\"", "missing": "a <b>result</b>",
        "stronger": "Start with <iframe src=x>", "summary": "Summary with <style>x</style>",
        "strength": "<a href=javascript:x>clear</a>", "tip": "Add <table> to your CV",
        "requirement": "C++ & <Rust> | Go", "coverage": "said <b>Rust</b>", "scope": "Scope <hr> note",
    }
    sid = engine.create(job_title=texts["title"], company=texts["company"], job_description="", cv_text="",
                        question_count=1)
    store.add_message(sid, "interviewer", texts["question"], kind="question", question_no=1, model="m")
    store.add_message(sid, "candidate", texts["answer"], kind="answer", question_no=1,
                      meta={"delivery": {"spoken": True, "wpm": 150.0, "note": texts["note"]}})
    store.add_message(sid, "interviewer", texts["follow_up"], kind="follow_up", question_no=1, model="m")
    store.add_message(sid, "candidate", texts["reply"], kind="answer", question_no=1)
    score = _score(dict.fromkeys(DIMENSIONS, 3), 6, "x")
    score["depth"]["evidence"] = texts["evidence"]
    score.update(missing=[texts["missing"]], stronger_answer=texts["stronger"])
    store.save_answer_score(sid, 1, texts["question"], texts["answer"], score)
    store.save_report(sid, {"overall": 6, "summary": texts["summary"], "strengths": [texts["strength"]],
                            "weaknesses": [], "cv_tips": [texts["tip"]], "scope_note": texts["scope"],
                            "coverage": [{"requirement": texts["requirement"], "status": "weak",
                                          "evidence": texts["coverage"]}]},
                      dimension_scores=dict.fromkeys(DIMENSIONS, 3.0), model="m")
    markdown = export_markdown(session_export(store, sid))

    # CommonMark backslash escapes: read raw, the text is as typed but for a backslash; never an entity.
    assert "\\<script>alert('a')\\</script>" in markdown and "\\<img src=x onerror=alert(1)>" in markdown
    assert "&lt;" not in markdown and "&amp;amp;" not in markdown
    assert "Because \\&amp; is an entity" in markdown  # an "&" typed by the user is kept as typed, not decoded
    assert "I fixed it \\<img src=x onerror=alert(1)> & shipped; 3 < 5 > 2." in markdown  # plain "&", "<"
    rendered = MarkdownIt("commonmark").render(markdown)  # raw HTML allowed, as in most viewers
    for tag in ("<script", "<img", "<iframe", "<svg", "<style", "<table", "<hr", "<u>that", "<em>fast",
                "<b>lead", "<i>Ltd", "<a href=j"):
        assert tag not in rendered, tag
    assert "&lt;script&gt;alert('a')&lt;/script&gt;" in rendered  # shown as text
    assert "&amp;amp; is an entity" in rendered  # shown as "&amp;", as typed
    back = markdown_unescape(markdown)
    for name, text in texts.items():
        wanted = text.replace("|", "\\|") if name == "requirement" else text
        for line in wanted.split("\n"):
            assert line in back, name


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_start_with_an_apostrophe(store):
    """OWASP CSV injection: an answer (or any text cell) starting with =, +, -, @, tab or carriage return
    is written with a leading apostrophe and otherwise whole; numbers stay numbers."""
    engine = InterviewEngine(store)
    sid = engine.create(job_title="=1+1", company="@Acme", job_description="", cv_text="", question_count=2)
    hostile = {1: '=HYPERLINK("http://evil.example","click")', 2: "+44 20 7946 0000, then -5% churn"}
    for number, answer in hostile.items():
        store.add_message(sid, "interviewer", f"Question {number}?", kind="question", question_no=number, model="m")
        store.add_message(sid, "candidate", answer, kind="answer", question_no=number)
        store.save_answer_score(sid, number, f"Question {number}?", answer,
                                {**_score(dict.fromkeys(DIMENSIONS, 3), 6, "t"), "missing": ["-no figures", "\tTab"]})
    rows = list(csv.DictReader(io.StringIO(answers_csv(session_export(store, sid)))))
    assert [r["answer"] for r in rows] == ["'" + hostile[1], "'" + hostile[2]]
    assert rows[0]["missing"] == "'-no figures; \tTab"
    assert rows[0]["question"] == "Question 1?" and rows[0]["overall"] == "6"  # untouched

    summary = {"id": sid, "job_title": "=1+1", "company": "@Acme", "model": "\rcmd", "status": "completed",
               "overall_score": -2.5, "interview_type": "-behavioural"}
    (row,) = csv.DictReader(io.StringIO(sessions_csv([summary])))
    assert (row["job_title"], row["company"], row["model"], row["interview_type"]) == \
        ("'=1+1", "'@Acme", "'\rcmd", "'-behavioural")
    assert row["overall_score"] == "-2.5" and float(row["overall_score"]) == -2.5  # a negative number stays a number
    assert row["id"] == sid


def test_csv_cell_leaves_numbers_and_plain_text_alone():
    assert [csv_cell(v) for v in (-3, -0.5, 0, None, True, "plain", "a=b", "")] == \
        [-3, -0.5, 0, None, True, "plain", "a=b", ""]
    assert [csv_cell(v) for v in ("=A1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")] == \
        ["'=A1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx"]


@pytest.mark.parametrize("typed", [
    "<b>bold</b> and <script>alert(1)</script>", "\\<b>not bold\\</b>", "\\\\<img src=x onerror=alert(1)>",
    "&amp; &#60; &#x3C; &lt;", "\\&amp;", "C:\\Users\\me and \\\\server\\share", "p95 < 200 ms & rising",
    "<!-- hidden --> <?php x ?> <!DOCTYPE html>", "ends with a backslash \\",
])
def test_markdown_text_reads_as_typed_raw_and_renders_as_the_same_text(typed):
    """Backslash escapes, not entities: the raw Markdown shows the text with at most a backslash added
    before a ``<``, ``&`` or ``\\``; a CommonMark renderer shows exactly the text typed (no tag, no
    decoded entity, a typed backslash kept); :func:`markdown_unescape` gives it back."""
    from markdown_it import MarkdownIt

    from core.export import markdown_text, markdown_unescape

    written = markdown_text(typed)
    assert written.replace("\\", "") == typed.replace("\\", "")  # backslashes added, nothing else (no entity)
    shown = typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    assert MarkdownIt("commonmark").render(written) == f"<p>{shown}</p>\n"
    assert markdown_unescape(written) == typed
