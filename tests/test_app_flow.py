"""The whole app in AppTest (issue #6): setup, interview, follow-ups, skip, end early, feedback, resume.

Every run uses the offline coach and its own database file. Assertions look at both what the page shows
and what is stored: a second ``InterviewStore`` on the same file shares the app's DuckDB instance.

AppTest quirk: after the first run it reruns only the page script, and the page it last switched to. After
the app's own ``st.switch_page`` (Start → Interview, last answer → Feedback) a test switches there too.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.coach import MODEL_NAME as OFFLINE
from core.coach.follow_up import asks_hypothetical
from core.export import export_json, export_markdown, session_export
from core.interview import InterviewEngine
from core.samples import list_samples, load_sample
from core.schemas import DIMENSION_LABELS, DIMENSIONS, AnswerScore, aggregate_scores
from core.settings import load_settings
from core.storage import InterviewStore

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")
TIMEOUT = 60

GOOD = ("At Northwind I owned the payments API. p95 latency was 900 ms and conversion was dropping, so my "
        "task was to get it under 300 ms. I profiled it, found N+1 queries in PostgreSQL, batched them and "
        "added a Redis cache behind a feature flag. p95 fell to 210 ms and conversion rose 4% in a month. "
        "I learned to measure before optimising, and I chose caching over a rewrite because of the risk.")
# Four more strong answers, one per question: the same answer given again is noticed (core.coach.redirect).
GOOD_MORE = (
    "At Northwind our nightly import failed twice a week and support spent mornings fixing data. My task was to make "
    "it reliable. I added retries with backoff, wrote checks in Python for each file and set up alerts in Grafana. "
    "Failures fell from eight a month to one, and I learned to test the bad inputs first.",
    "In 2022 our onboarding took new engineers three weeks before their first merge. I was asked to shorten it. I "
    "wrote a setup script, paired each starter with a buddy and kept a list of first tickets. The first merge now "
    "comes in four days, because the blockers were in the setup, not the code.",
    "At my last job two teams argued over who owned the billing service. I owned the fix: I mapped every call into "
    "it, proposed one owner per endpoint and wrote it up for both leads. Incidents with no owner fell from six a "
    "quarter to none, and I chose a written map over a meeting so nobody could misread it.",
    "Last year our test suite took 40 minutes and people skipped it. I split it into fast and slow groups, ran the "
    "fast one on every push in GitHub Actions and moved the slow one to nightly. Builds fell to 9 minutes and "
    "skipped runs stopped, which showed me that speed decides whether people use a check.",
)
# A reply to a follow-up, one per question 5-7, each its own words (a repeated reply is noticed too).
REPLIES = (
    "Fair point. The part that was mine was the checks: I wrote them, reviewed the alerts each morning and cut the "
    "false alarms to one a week.",
    "To answer it directly: I would start by listing who is affected, agree one owner, and check the result after a "
    "fortnight against the numbers we had before.",
    "The decision I made was to stop the release for a day, which upset a client, but we avoided a data loss and I "
    "explained why to them in writing.",
)
# A full answer to the testing question the sample plan asks third for this test's fixed session id (the plan now
# asks the job's testing requirement there; a payments story would rightly be "about something else").
GOOD_TESTING = ("At Northwind I owned the payments API, and for each new feature I decide by what can break. Pure "
                "rules such as fee rounding go in unit tests, because they are fast and cover many cases; the "
                "PostgreSQL queries and the Redis cache go in integration tests against real containers; and one "
                "end-to-end test covers checkout in the browser. When I applied this to refunds, escaped bugs fell "
                "from five a quarter to one and the suite stayed under eight minutes. I learned to keep end-to-end "
                "tests few, because they are slow and flaky.")
SHORT = "I used Python."
# Concrete, with a result, but "we" throughout: the coach asks what the candidate did personally.
WE = ("At Cobalt Systems we had a release that kept failing. We looked at the pipeline, we split the tests, we "
      "added caching in GitHub Actions and we moved flaky suites to a nightly job. We cut build time from 40 to "
      "12 minutes and we shipped twice as often after that.")
MAX_CHARS = load_settings(secrets={}).max_answer_chars
LONG = " ".join([GOOD] * (MAX_CHARS // len(GOOD) + 2))


def unescape(text: str) -> str:
    """What a reader sees of text the app passed through ``ui.plain`` (markdown escapes removed)."""
    return re.sub(r"\\(.)", r"\1", text)


def flat(text: str) -> str:
    """Text with its line breaks and runs of spaces as single spaces (markdown hard breaks differ)."""
    return " ".join(text.split())


def _texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [t.value for t in at.title] + [c.value for c in at.caption]
    parts += [s.value for s in at.subheader] + [i.value for i in at.info] + [e.value for e in at.error]
    parts += [w.value for w in at.warning] + [s.value for s in at.success]
    parts += [m.label for m in at.metric] + [h.value for h in at.header] + [e.label for e in at.expander]
    return unescape("\n".join(str(p) for p in parts))


def _messages(at: AppTest) -> list:
    return list(at.chat_message)


def _progress(at: AppTest) -> list[str]:
    return [p.proto.text for p in at.get("progress")]


def _captions(at: AppTest) -> list[str]:
    return [unescape(c.value) for c in at.caption]


def _warnings(at: AppTest) -> list[str]:
    return [unescape(w.value) for w in at.warning]


def _shown_message(message) -> str:
    return unescape("\n".join(m.value for m in message.markdown) + "\n".join(c.value for c in message.caption))


def _query_session(at: AppTest) -> str | None:
    value = at.query_params.get("session")
    return value[0] if isinstance(value, list) else value


def new_app() -> AppTest:
    return AppTest.from_file(APP, default_timeout=TIMEOUT)


@pytest.fixture(autouse=True)
def fixed_session_ids(monkeypatch):
    """New interviews get ids 000000000001, 000000000002, ... in each test instead of random ones.

    An interview's id seeds its plan's draws (``InterviewEngine.create``), so with random ids the sample
    interview's third question changed from run to run, and the strong answer this file gives it fitted some
    draws and not others (one run in six got "That answer was about something else" to a testing-approach
    question: the coach was right, the test was not repeatable).
    """
    import itertools
    import uuid

    import core.storage.store as store_module

    counter = itertools.count(1)
    monkeypatch.setattr(store_module, "uuid", type("FixedUuid", (), {
        "uuid4": staticmethod(lambda: uuid.UUID(int=next(counter) << 80))}))


@pytest.fixture
def stored(db_path) -> InterviewStore:
    """The app's database seen from the test (same process, so the same DuckDB instance)."""
    return InterviewStore(db_path)


def start_sample_interview(at: AppTest, **options) -> str:
    at.switch_page("pages/setup.py").run()
    at.button(key="setup_sample").click().run()
    assert at.text_area(key="setup_cv").value.strip()
    for key, value in options.items():
        if key == "setup_follow_ups":  # off: the seeded plan's gap question cannot draw a redirect
            at.checkbox(key=key).set_value(value)
            continue
        widget = at.slider(key=key) if key == "setup_count" else at.radio(key=key)
        widget.set_value(value)
    at.button(key="setup_start").click().run()
    assert not at.exception, at.exception
    session_id = _query_session(at)
    assert session_id
    # AppTest reruns the page it last switched to; follow the app's own switch_page to the chat.
    at.switch_page("pages/interview.py")
    return session_id


def answer(at: AppTest, text: str) -> AppTest:
    at.chat_input(key="answer_input").set_value(text).run()
    assert not at.exception, at.exception
    return at


def kinds(store: InterviewStore, session_id: str) -> list[tuple[str, int | None]]:
    return [(m.kind, m.question_no) for m in store.list_messages(session_id)]


def report_follows_scores(store: InterviewStore, session_id: str, answered: set[int]) -> dict:
    """The stored report's overall is the one derived from the stored per-answer scores, nothing else."""
    rows = store.list_answer_scores(session_id)
    assert {r.question_no for r in rows} == answered
    overall, dims = aggregate_scores([AnswerScore.model_validate(r.score) for r in rows])
    report = store.get_report(session_id)
    assert report is not None
    assert report.overall == overall
    assert report.dimension_scores == pytest.approx(dims)
    session = store.get_session(session_id)
    assert session.status == "completed" and session.overall_score == overall
    return report


def test_every_page_runs_on_an_empty_database(app):
    assert "Interview Simulator" in _texts(app)
    assert "Offline coach" in _texts(app)
    for page, expected in (("pages/setup.py", "New interview"), ("pages/interview.py", "No interview is open"),
                           ("pages/feedback.py", "Open a finished interview"), ("pages/history.py", "No interviews yet")):
        app.switch_page(page).run()
        assert not app.exception, (page, app.exception)
        assert expected in _texts(app), page


def test_a_whole_eight_question_interview(app, stored):
    session_id = start_sample_interview(app)
    app.run()  # the page as a refresh would draw it: the first question is stored, not streamed again
    assert [m.name for m in _messages(app)] == ["assistant"]
    assert _progress(app) == ["Question 1 of 8"]
    assert "Question 1 of 8 · Offline coach" in _captions(app)  # the model's label, not its id
    assert kinds(stored, session_id) == [("question", 1)]

    # A very short answer gets one follow-up; a short answer to the follow-up moves on (never two).
    answer(app, SHORT)
    assert [m.name for m in _messages(app)] == ["assistant", "user", "assistant"]
    assert SHORT in _shown_message(_messages(app)[1])
    assert "Follow-up to question 1 of 8 · Offline coach" in _captions(app)
    assert _progress(app) == ["Question 1 of 8"]
    answer(app, SHORT)
    assert len(_messages(app)) == 5
    assert _captions(app).count("Follow-up to question 1 of 8 · Offline coach") == 1
    assert "Question 2 of 8 · Offline coach" in _captions(app)
    assert _progress(app) == ["Question 2 of 8"]
    assert kinds(stored, session_id) == [("question", 1), ("answer", 1), ("follow_up", 1), ("answer", 1),
                                         ("question", 2)]

    # An empty (whitespace) answer is refused with a sentence; nothing is stored or shown as sent.
    answer(app, "  \n\t ")
    assert any("Your answer is empty" in w for w in _warnings(app))
    assert len(_messages(app)) == 5 and len(stored.list_messages(session_id)) == 5
    assert not app.code  # no "unsent answer" box for blank text

    # An over-long answer is refused with one sentence (the limit, by how much it is over), and the text
    # goes back whole into the answer box to shorten, so not a word is lost.
    assert len(LONG) > MAX_CHARS
    answer(app, LONG)
    over = f"{len(LONG.strip()) - MAX_CHARS:,} characters over the {MAX_CHARS:,}-character limit"
    assert [w for w in _warnings(app) if over in w], _warnings(app)
    assert app.chat_input(key="answer_input").proto.value == LONG and not app.code
    assert len(_messages(app)) == 5 and len(stored.list_messages(session_id)) == 5
    assert f"Answers up to {MAX_CHARS:,} characters" in _texts(app)

    # Skip question 2: recorded, the refusal notice goes away, question 3 comes.
    app.button(key="skip").click().run()
    assert not app.exception
    assert "Skipped" in _captions(app)
    assert not _warnings(app) and not app.code
    assert _progress(app) == ["Question 3 of 8"]
    assert kinds(stored, session_id)[-2:] == [("skip", 2), ("question", 3)]

    # A full answer: no follow-up, and it is scored in the background while the interview goes on.
    q3 = next(m.content for m in stored.list_messages(session_id) if m.kind == "question" and m.question_no == 3)
    full = GOOD_TESTING if "tests" in q3 else GOOD
    answer(app, full)
    assert _progress(app) == ["Question 4 of 8"]
    from pages.ui import (
        resources as page_ui,  # the module the app imported: the same cached engine and executor
    )

    engine = page_ui._engine(stored.path, None)
    assert engine.store is not None  # the cached engine, not a new one built from the None placeholder
    engine.wait_for_scoring(session_id)  # waits for the background futures; scores nothing itself
    scored = {r.question_no: r for r in stored.list_answer_scores(session_id)}
    assert set(scored) == {1, 3}
    assert scored[3].answer == full
    assert "(Follow-up:" in scored[1].answer  # question 1 was scored once, with both replies
    assert stored.get_session(session_id).status == "in_progress" and stored.get_report(session_id) is None

    # "We" throughout: one follow-up asking what the candidate did personally, unless question 4 (the
    # plan depends on the random session id) is a hypothetical, where "we" is never probed.
    q4 = next(m.content for m in stored.list_messages(session_id) if m.kind == "question" and m.question_no == 4)
    probed = not asks_hypothetical(q4)  # "How would you design…" is a hypothetical too (a technical one)
    answer(app, WE)
    if probed:
        assert _progress(app) == ["Question 4 of 8"]
        assert kinds(stored, session_id)[-1] == ("follow_up", 4)
        answer(app, GOOD)
    assert _progress(app) == ["Question 5 of 8"]

    # Strong answers; the plan is random, so a story the coach reads as about something else than the question
    # drawn is asked again once (core.coach.redirect), and the reply to that moves on, never a second follow-up.
    again: list[int] = []
    for number in range(5, 8):
        answer(app, GOOD_MORE[number - 5])
        if _progress(app) == [f"Question {number} of 8"]:
            assert kinds(stored, session_id)[-1] == ("follow_up", number)
            again.append(number)
            answer(app, REPLIES[number - 5])
        assert _progress(app) == [f"Question {number + 1} of 8"]
        assert f"Question {number + 1} of 8 · Offline coach" in _captions(app)

    # The last answer: scoring, report and the feedback page, in the same run.
    answer(app, GOOD_MORE[3])
    assert "Overall score" in _texts(app)
    assert "Question by question" in _texts(app)
    assert not app.chat_input
    app.switch_page("pages/feedback.py").run()
    assert not app.exception and "Overall score" in _texts(app)

    # Stored: every message, one follow-up at most per question, no refused text, every answer scored.
    stored_kinds = kinds(stored, session_id)
    assert [n for k, n in stored_kinds if k == "question"] == list(range(1, 9))
    assert [n for k, n in stored_kinds if k == "follow_up"] == ([1, 4] if probed else [1]) + again
    assert [n for k, n in stored_kinds if k == "skip"] == [2]
    assert [n for k, n in stored_kinds if k == "answer"] == sorted([1, 1, 3, 4] + ([4] if probed else []) + [5, 6, 7, 8]
                                                                   + again)
    contents = [m.content for m in stored.list_messages(session_id)]
    assert LONG not in contents and all(c.strip() for c in contents)
    assert {m.model for m in stored.list_messages(session_id) if m.role == "interviewer"} == {OFFLINE}
    report = report_follows_scores(stored, session_id, {1, 3, 4, 5, 6, 7, 8})
    assert f"{report.overall} / 10" in [m.value for m in app.metric]


def _submit_retry(at: AppTest, number: int, text: str) -> AppTest:
    at.text_area(key=f"retry_text_{number}").set_value(text)
    next(b for b in at.button if b.key and b.key.startswith(f"FormSubmitter:retry_form_{number}-")).click()
    at.run()
    assert not at.exception, at.exception
    return at


def test_feedback_page_report_downloads_and_retry(app, stored):
    sample = load_sample(list_samples()[0]["id"])
    session_id = start_sample_interview(app, setup_count=3, setup_type="behavioral", setup_style="tough")
    answer(app, GOOD)
    app.button(key="skip").click().run()
    answer(app, SHORT)  # follow-up
    answer(app, GOOD)
    app.switch_page("pages/feedback.py").run()
    assert not app.exception, app.exception
    report = report_follows_scores(stored, session_id, {1, 3})
    session = stored.get_session(session_id)
    scores = {r.question_no: r for r in stored.list_answer_scores(session_id)}
    shown = _texts(app)

    # The setup it was taken under, the overall score and the per-dimension chart.
    assert f"{sample['job_title']} at {sample['company']}" in [unescape(s.value) for s in app.subheader]
    setup = next(c for c in _captions(app) if "interview ·" in c)
    for part in ("Behavioral interview", "Mid", "Tough interviewer", "3 questions", "scored by Offline coach"):
        assert part in setup, setup
    assert [m.value for m in app.metric] == [f"{report.overall} / 10"]
    assert set(report.dimension_scores) == set(DIMENSIONS)
    bars = [p.proto.text for p in app.main.get("progress")]
    assert bars == [f"{DIMENSION_LABELS[d]} · {report.dimension_scores[d]:.1f} / 5" for d in DIMENSIONS]
    assert [p.proto.value for p in app.main.get("progress")] == [
        round(report.dimension_scores[d] / 5 * 100) for d in DIMENSIONS]

    # Strengths, weaknesses, CV tips and the coverage map, as stored, each folded below the questions.
    assert "#### Question by question" in shown
    folded = [e.label for e in app.main.expander if not e.label.startswith("Q")]
    assert folded == ["Strengths and weaknesses", "CV tips", "Job requirements coverage"]
    for item in report.strengths + report.weaknesses + report.cv_tips:
        assert item in shown, item
    assert report.coverage
    coverage = app.main.table[-1].value  # st.table cells are Markdown: user text arrives escaped
    assert [unescape(r) for r in coverage["Requirement"]] == [c["requirement"] for c in report.coverage]
    assert list(coverage["Status"]) == [c["status"] for c in report.coverage]

    # One card per question: the question, the answer, the score, the evidence, what was missing,
    # a stronger answer. The skipped one says so and has no score.
    cards = [e for e in app.main.expander if e.label.startswith("Q")]
    assert len(cards) == 3
    state_questions = [m.content for m in stored.list_messages(session_id) if m.kind == "question"]
    for number, card in enumerate(cards, start=1):
        card_text = flat(unescape("\n".join(m.value for m in card.markdown)))
        assert state_questions[number - 1] in card_text
        if number == 2:
            assert card.label.startswith("Q2 · skipped · ")
            assert "Skipped: no score." in [c.value for c in card.caption]
            continue
        row = scores[number]
        assert card.label.startswith(f"Q{number} · {row.overall}/10 · ")  # the score in the heading
        # The scored text is the answer and the follow-up's answer: each shown under its own heading.
        main, _, rest = row.answer.partition("\n\n(Follow-up: ")
        assert flat(main) in card_text
        if rest:
            follow_up, _, reply = rest.partition(")\n")
            assert flat(follow_up) in card_text and flat(reply) in card_text
        evidence = card.table[0].value
        assert list(evidence["Score"]) == [f"{getattr(row, d)}/5" for d in DIMENSIONS]
        assert [unescape(e) for e in evidence["Evidence"]] == [row.evidence[d] for d in DIMENSIONS]
        for item in row.missing:
            assert flat(item) in card_text
        assert row.stronger_answer and [unescape(i.value) for i in card.info] == [row.stronger_answer]
    assert "**Follow-up:** " in unescape("\n".join(m.value for m in cards[2].markdown))

    # Downloads: both buttons are there; AppTest does not expose their bytes, so check the export itself.
    assert {b.key: b.label for b in app.download_button} == {
        "dl_md": "Download Markdown", "dl_csv": "Download CSV", "dl_json": "Download JSON"}
    assert app.download_button(key="dl_md").proto.url.endswith(".md")
    assert app.download_button(key="dl_json").proto.url.endswith(".json")
    data = session_export(stored, session_id)
    markdown = export_markdown(data)
    assert f"## Overall score: {report.overall} / 10" in markdown
    assert "Type: behavioral · Seniority: mid · Style: tough · Questions: 3" in markdown
    for question in state_questions:
        assert question in markdown
    assert "_(skipped)_" in markdown and "**Follow-up:**" in markdown
    for number, row in scores.items():  # each question's score right after its answer
        section = markdown.split(f"### Question {number}\n", 1)[1].split("### Question", 1)[0]
        assert f"**Score: {row.overall} / 10**" in section
        assert flat(row.answer.split("\n")[0]) in flat(section)
        assert row.evidence["specificity"] in section
    for heading in ("## Strengths", "## Weaknesses", "## CV tips", "## Job requirements coverage"):
        assert heading in markdown
    exported = json.loads(export_json(data))
    assert exported["session"]["id"] == session_id and exported["session"]["model"] == session.model
    assert exported["report"]["overall"] == report.overall
    assert exported["report"]["coverage"] == report.coverage
    assert [s["question_no"] for s in exported["answer_scores"]] == [1, 3]
    assert len(exported["transcript"]) == len(stored.list_messages(session_id))

    # Retry: an empty or whitespace-only retry is refused with the same sentence (no "Skip question" here,
    # where there is none) and stores nothing.
    refusals = []
    for blank in ("", "   ", " \n\t "):
        _submit_retry(app, 1, blank)
        refusals.append([w for w in _warnings(app) if "Your answer is empty" in w])
    assert refusals[0] and refusals[0] == refusals[1] == refusals[2], refusals
    assert "Skip question" not in refusals[0][0] and "Type an answer to score it." in refusals[0][0]
    assert len(stored.list_answer_scores(session_id, attempt=None)) == 2

    # Retry question 1 with a weak answer: before/after per dimension, both stored; the report stays.
    _submit_retry(app, 1, SHORT)
    rows = stored.list_answer_scores(session_id, attempt=None)
    before = next(r for r in rows if r.question_no == 1 and r.attempt == 1)
    after = next(r for r in rows if r.question_no == 1 and r.attempt == 2)
    assert after.answer == SHORT and after.overall < before.overall
    card = app.main.expander[0]
    change = after.overall - before.overall
    signed = f"{change:+d}".replace("-", "\u2212") if change else "0"
    assert card.label.startswith(f"Q1 · {before.overall}/10 → {after.overall}/10 ({signed}) · ")
    assert f"**Retry 1: {after.overall}/10, {signed} on your first answer**" in [m.value for m in card.markdown]
    card_text = flat(unescape("\n".join(m.value for m in card.markdown)))
    assert flat(SHORT) in card_text  # the new answer itself
    compare = card.table[1].value
    assert list(compare["Before"]) == [getattr(before, d) for d in DIMENSIONS] + [before.overall]
    assert list(compare["After"]) == [getattr(after, d) for d in DIMENSIONS] + [after.overall]
    diffs = [getattr(after, d) - getattr(before, d) for d in DIMENSIONS] + [change]
    assert list(compare["Change"]) == [f"{x:+d}".replace("-", "\u2212") if x else "0" for x in diffs]
    assert all(not c.startswith("Change") for c in compare["Change"])
    evidence = card.table[2].value  # what the retry's scores rest on
    assert list(evidence["Score"]) == [f"{getattr(after, d)}/5" for d in DIMENSIONS]
    assert [unescape(e) for e in evidence["Evidence"]] == [after.evidence[d] for d in DIMENSIONS]
    assert stored.get_report(session_id).overall == report.overall
    assert [m.value for m in app.metric] == [f"{report.overall} / 10"]
    assert "A retry is practice: the overall score, the report and History keep your first answer." in [
        c.value for c in card.caption]


def test_end_early_with_confirmation(app, stored):
    # Follow-ups off: the plan is seeded by the random session id, and a gap question ("The role asks for
    # Kubernetes…") answered with another story is asked again, so question 3 would not always come next.
    session_id = start_sample_interview(app, setup_follow_ups=False)
    answer(app, GOOD)
    answer(app, GOOD_MORE[0])  # another answer: the same one again would be noticed and asked again
    assert _progress(app) == ["Question 3 of 8"]

    # "Keep going" closes the dialog and changes nothing.
    app.button(key="end_early").click().run()
    assert not app.exception
    assert [d.proto.dialog.title for d in app.get("dialog")] == ["End the interview now?"]
    assert app.button(key="end_confirm") and app.button(key="end_cancel")
    app.button(key="end_cancel").click().run()
    assert not app.exception
    assert not app.get("dialog") and not [b for b in app.button if b.key in ("end_confirm", "end_cancel")]
    assert _progress(app) == ["Question 3 of 8"] and app.chat_input
    assert stored.get_session(session_id).status == "in_progress" and stored.get_report(session_id) is None

    # Confirm: the report covers the two answered questions only; question 3 is shown as not answered.
    app.button(key="end_early").click().run()
    app.button(key="end_confirm").click().run()
    assert not app.exception, app.exception
    assert "Overall score" in _texts(app)
    app.switch_page("pages/feedback.py").run()
    assert not app.exception
    report_follows_scores(stored, session_id, {1, 2})
    assert [n for k, n in kinds(stored, session_id) if k == "question"] == [1, 2, 3]
    labels = [e.label for e in app.main.expander if e.label.startswith("Q")]
    assert len(labels) == 3 and labels[2].startswith("Q3 · not scored · ")
    assert "2 of 3 questions scored" in _texts(app)  # one wording: the Interview page and the report say the same

    # A finished interview is not offered for resuming on Home, and its chat is closed.
    app.switch_page("pages/home.py").run()
    assert not app.exception
    assert not [b for b in app.button if b.key == f"resume_{session_id}"]
    app.switch_page("pages/interview.py").run()
    assert "This interview is finished: 2 of 3 questions scored." in _texts(app) and not app.chat_input


def test_resume_in_a_fresh_apptest(db_path, fresh_app_cache):
    first = new_app()
    first.run()
    session_id = start_sample_interview(first, setup_count=4)
    first.chat_input[0].set_value(GOOD).run()
    shown = [m.children for m in _messages(first)]
    count = len(shown)
    del first

    second = new_app()
    second.query_params["session"] = session_id
    second.switch_page("pages/interview.py")
    second.run()
    assert not second.exception
    assert len(_messages(second)) == count
    assert GOOD[:30] in _texts(second)


def test_home_lists_the_unfinished_interview_and_resumes_it(db_path, fresh_app_cache, stored):
    first = new_app()
    first.run()
    session_id = start_sample_interview(first, setup_count=4, setup_follow_ups=False)  # see test_end_early_…
    answer(first, GOOD)
    before = [_shown_message(m) for m in _messages(first)]
    del first

    home = new_app()
    home.run()
    assert not home.exception
    assert "Unfinished interviews" in _texts(home)
    sample = load_sample(list_samples()[0]["id"])
    assert f"{sample['job_title']} at {sample['company']}" in _texts(home)
    assert "1 answer so far" in _texts(home)
    home.button(key=f"resume_{session_id}").click().run()
    assert not home.exception, home.exception
    assert _query_session(home) == session_id
    assert [_shown_message(m) for m in _messages(home)] == before
    assert _progress(home) == ["Question 2 of 4"]

    # It carries on where it was.
    home.switch_page("pages/interview.py")
    answer(home, GOOD_MORE[0])
    assert _progress(home) == ["Question 3 of 4"]
    assert [n for k, n in kinds(stored, session_id) if k == "answer"] == [1, 2]


def test_a_deleted_session_reads_the_same_on_interview_and_feedback(db_path, fresh_app_cache, stored):
    """A newcomer opened a deleted session on Interview ("could not be found", a button to Home) and on
    Feedback ("Open a finished interview…", a button to History). Both now say one sentence, from one
    place, and offer the same way back: a button to History."""
    engine = InterviewEngine(stored)
    gone = engine.create(job_title="Data Analyst", company="Acme", job_description="SQL.", cv_text="Analyst.")
    assert stored.delete_session(gone)
    apps, seen = {}, {}
    for page in ("pages/interview.py", "pages/feedback.py"):
        at = apps[page] = new_app()
        at.query_params["session"] = gone
        at.switch_page(page).run()
        assert not at.exception, at.exception
        main = [b for b in at.button if not (b.key or "").startswith(("sidebar", "provider", "test_"))]
        seen[page] = ([e.value for e in at.error] + [i.value for i in at.info], [b.label for b in main])
    said, buttons = seen["pages/interview.py"]
    assert seen["pages/feedback.py"] == seen["pages/interview.py"], seen
    assert len(said) == 1 and "could not be found" in said[0] and buttons == ["Go to History"], seen
    for page, at in apps.items():
        next(b for b in at.button if b.label == "Go to History").click().run()
        assert "History" in at.title[0].value and "No interviews yet" in _texts(at), page


@pytest.mark.parametrize("page", ["pages/interview.py", "pages/feedback.py"])
def test_unknown_and_abandoned_sessions_in_the_url(db_path, fresh_app_cache, stored, page):
    engine = InterviewEngine(stored)
    abandoned = engine.create(job_title="Data Analyst", company="Acme", job_description="SQL and dashboards.",
                              cv_text="Analyst at Foo, built dashboards in Tableau.")
    stored.add_message(abandoned, "interviewer", "Tell me about yourself.", kind="question", question_no=1,
                       model=OFFLINE)
    engine.abandon(abandoned)
    expected = {
        "pages/interview.py": {"no-such-session": "This interview could not be found.",
                               "x' OR '1'='1": "This interview could not be found.",
                               abandoned: "This interview was ended without a report."},
        "pages/feedback.py": {"no-such-session": "This interview could not be found.",
                              "x' OR '1'='1": "This interview could not be found.",
                              abandoned: "This interview has no report."},
    }[page]
    for session_id, sentence in expected.items():
        at = new_app()
        at.query_params["session"] = session_id
        at.switch_page(page)
        at.run()
        assert not at.exception, (session_id, at.exception)
        assert sentence in _texts(at), (session_id, _texts(at))
        assert not at.chat_input and not at.get("progress")
    assert stored.get_session(abandoned).status == "abandoned"
    assert stored.get_report(abandoned) is None


# Numbers, "node.js", "CI/CD", "e-mail", "4%", a lone dash and fillers: the three counts the app had
# (the chat's delivery line, the scorer's evidence, the export) each read this answer differently.
COUNTED = ("Um, at Northwind I cut p95 latency from 900 ms to 210 ms — basically with node.js workers, a Redis "
           "cache and CI/CD checks on every e-mail job, and errors fell 4%.")


def test_an_answer_shows_one_word_count_everywhere(app, stored):
    """A newcomer saw one answer given three word counts (the chat's "Typed · N words", Feedback's
    communication evidence "N words in", the export). All come from core.words.count_words now."""
    session_id = start_sample_interview(app)
    answer(app, COUNTED)
    in_chat = [c for c in _captions(app) if "Typed ·" in c]
    assert len(in_chat) == 1 and "Typed · 31 words ·" in in_chat[0], in_chat
    app.button(key="end_early").click().run()
    app.button(key="end_confirm").click().run()
    app.switch_page("pages/feedback.py").run()
    assert not app.exception, app.exception
    card = next(e for e in app.main.expander if e.label.startswith("Q1 ·"))
    shown = [unescape(c.value) for c in card.caption]
    assert any("Typed · 31 words ·" in c for c in shown), shown
    evidence = dict(zip(card.table[0].value["Dimension"], card.table[0].value["Evidence"], strict=True))
    assert unescape(evidence[DIMENSION_LABELS["communication"]]).startswith("31 words in "), evidence
    markdown = export_markdown(session_export(stored, session_id))
    assert "- **Communication** " in markdown and ": 31 words in " in markdown
    assert not re.search(r"\b(?!31\b)\d+ words in ", markdown)
