"""History and Home in AppTest: 0, 1 and many sessions, filters, click-through, deletion, practice."""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest
from test_progress import fill_sessions, make_depth_session, make_session

from core.storage import InterviewStore

ROOT = Path(__file__).resolve().parent.parent
HISTORY = str(ROOT / "pages" / "history.py")
HOME = str(ROOT / "pages" / "home.py")
SHARED = "everyone using this server shares this history"


def _texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [t.value for t in at.title] + [c.value for c in at.caption]
    parts += [s.value for s in at.subheader] + [i.value for i in at.info] + [e.value for e in at.error]
    parts += [w.value for w in at.warning] + [s.value for s in at.success]
    return "\n".join(str(p) for p in parts)


def _keys(at: AppTest) -> list[str]:
    return [b.key for b in at.button]


AUTH = {"auth": {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32,
                 "client_id": "id", "client_secret": "secret",
                 "server_metadata_url": "https://accounts.example.com/.well-known/openid-configuration"}}


def _run(path: str, *, signed_in_as: str | None = None) -> AppTest:
    at = AppTest.from_file(path, default_timeout=20)
    if signed_in_as:  # sign-in configured, and this visitor signed in
        at.secrets.update(AUTH)
        at.user = {"is_logged_in": True, "email": signed_in_as}
    at.run()
    assert not at.exception, at.exception
    return at


def _table(at: AppTest) -> pd.DataFrame:
    (frame,) = at.dataframe
    return frame.value


@pytest.fixture
def seeded(db_path, fresh_app_cache):
    """A store on the test's database, closed before the app opens the same file."""
    store = InterviewStore(db_path)
    yield store
    store.close()


@pytest.fixture
def router(tmp_path: Path, db_path, fresh_app_cache) -> str:
    """A router without the model sidebar, whose ``pages/`` resolves to the real pages (for switch_page)."""
    (tmp_path / "pages").symlink_to(ROOT / "pages")
    script = tmp_path / "router.py"
    script.write_text(
        "import streamlit as st\n"
        f"P = {str(ROOT / 'pages')!r} + '/'\n"
        "st.navigation([st.Page(P + 'home.py', default=True), st.Page(P + 'setup.py', url_path='setup'),\n"
        "    st.Page(P + 'interview.py', url_path='interview'), st.Page(P + 'feedback.py', url_path='feedback'),\n"
        "    st.Page(P + 'history.py', url_path='history')]).run()\n"
    )
    return str(script)


def test_history_with_no_sessions(db_path, fresh_app_cache):
    at = _run(HISTORY)
    text = _texts(at)
    assert "No interviews yet" in text and SHARED in text
    assert not at.dataframe
    assert at.button(key="history_new")


def test_history_with_one_session(seeded):
    sid = make_session(seeded, job_title="Data Analyst", company="Shop", created_at=datetime(2025, 5, 2, 10))
    seeded.close()
    at = _run(HISTORY)
    text = _texts(at)
    assert "One finished interview so far" in text and "Finish another to see a trend" in text
    assert "weakest dimension" in text
    table = _table(at)
    assert len(table) == 1 and table.iloc[0]["id"] == sid
    assert table.iloc[0]["job_title"] == "Data Analyst" and table.iloc[0]["overall_score"] == 6
    assert "history_open" in _keys(at) and "history_resume" not in _keys(at)
    assert len(at.get("vega_lite_chart")) == 2  # the overall point and the dimension bars


def test_history_names_statuses_and_models_as_people_do(seeded):
    """A newcomer saw internal ids: the picked session's details read "In progress" and "Offline coach",
    never "in_progress", "offline-coach" or a raw None."""
    make_session(seeded, job_title="Data Analyst", created_at=datetime(2025, 5, 2, 10))
    unfinished = make_session(seeded, job_title="Teacher", company="", status="in_progress")
    seeded.close()
    at = _run(HISTORY)
    at.selectbox(key="history_pick").set_value(unfinished).run()
    shown = _texts(at) + "\n" + "\n".join(str(o) for o in at.selectbox(key="history_pick").options)
    assert "Mixed interview · In progress · model Offline coach" in shown, shown
    for internal in ("in_progress", "offline-coach", "None", "nan"):
        assert internal not in shown, internal
    assert _table(at)["state"].tolist() == ["In progress", "Finished"]
    at.selectbox(key="history_pick").set_value(_table(at)["id"].tolist()[1]).run()
    # a finished session says how many were scored in the wording of the Feedback page and the report
    assert "Mixed interview · Finished · model Offline coach · 2 of 2 questions scored" in _texts(at)


def test_history_with_many_sessions_filters_and_resume(seeded):
    ids = fill_sessions(seeded, 12)
    unfinished = make_session(seeded, job_title="Product Manager", company="Zeta", status="in_progress")
    seeded.close()
    at = _run(HISTORY)
    assert len(_table(at)) == 13
    assert set(_table(at)["id"]) == {*ids, unfinished}
    text = _texts(at)
    assert "Your last 3 scores in data roles average" in text and "up" in text  # like with like (issue 17)
    assert at.selectbox(key="history_role").options == ["Data Analyst", "Backend Engineer"]

    # The newest session (the unfinished one) is picked first and offers Resume.
    assert at.selectbox(key="history_pick").value == unfinished
    assert at.button(key="history_resume")

    at.text_input(key="history_text").input("analyst").run()
    assert not at.exception
    table = _table(at)
    assert len(table) == 6 and set(table["job_title"]) == {"Data Analyst"}

    at.text_input(key="history_text").input("").run()
    at.date_input(key="history_dates").set_value((date(2025, 3, 1), date(2025, 3, 4))).run()
    assert not at.exception
    assert set(_table(at)["id"]) == set(ids[:4])

    at.text_input(key="history_text").input("no such role").run()
    assert "No sessions match these filters" in _texts(at)


def test_shared_notice_is_absent_when_signed_in(seeded, monkeypatch):
    make_session(seeded, owner="ana@example.com")
    make_session(seeded, job_title="Someone else's", owner="bo@example.com")
    seeded.close()
    at = _run(HISTORY, signed_in_as="ana@example.com")
    assert SHARED not in _texts(at)
    assert _table(at)["job_title"].tolist() == ["Backend Engineer"]


def test_delete_one_session_behind_a_confirmation(seeded, db_path):
    keep = make_session(seeded, created_at=datetime(2025, 1, 1))
    doomed = make_session(seeded, job_title="Nurse", created_at=datetime(2025, 2, 1))
    seeded.close()
    at = _run(HISTORY)
    assert at.selectbox(key="history_pick").value == doomed

    at.button(key="history_delete_one").click().run()
    assert not at.exception
    assert "Its transcript, scores and report are deleted too" in _texts(at)
    at.button(key="history_confirm_no").click().run()  # cancel keeps everything
    assert not at.exception and len(_table(at)) == 2
    assert "history_confirm_yes" not in [b.key for b in at.button]  # the dialog closed

    at.button(key="history_delete_one").click().run()
    at.button(key="history_confirm_yes").click().run()
    assert not at.exception
    assert "Session deleted." in _texts(at)
    assert _table(at)["id"].tolist() == [keep]

    check = InterviewStore(db_path)
    assert check.count_rows(doomed) == {"sessions": 0, "messages": 0, "answer_scores": 0, "reports": 0}
    assert check.count_rows(keep)["messages"] == 4
    check.close()


def test_delete_all_behind_a_confirmation(seeded, db_path):
    fill_sessions(seeded, 3)
    make_session(seeded, status="in_progress")
    seeded.close()
    at = _run(HISTORY)
    at.button(key="history_delete_all").click().run()
    text = _texts(at)
    assert "This deletes all 4 sessions" in text and "the sessions of everyone using this server" in text
    at.button(key="history_confirm_yes").click().run()
    assert not at.exception
    assert "Deleted 4 sessions." in _texts(at) and "No interviews yet" in _texts(at)
    check = InterviewStore(db_path)
    assert check.count_rows() == {"sessions": 0, "messages": 0, "answer_scores": 0, "reports": 0}
    check.close()


def test_delete_all_with_an_owner_deletes_only_theirs(seeded, db_path, monkeypatch):
    mine = fill_sessions(seeded, 2, owner="ana@example.com")
    theirs = make_session(seeded, owner="bo@example.com")
    shared = make_session(seeded)
    seeded.close()
    at = _run(HISTORY, signed_in_as="ana@example.com")
    assert len(_table(at)) == 2
    at.button(key="history_delete_all").click().run()
    assert "This deletes your 2 sessions" in _texts(at)
    at.button(key="history_confirm_yes").click().run()
    assert not at.exception and "Deleted 2 sessions." in _texts(at)
    check = InterviewStore(db_path)
    for sid in mine:
        assert sum(check.count_rows(sid).values()) == 0
    for sid in (theirs, shared):
        assert check.count_rows(sid)["sessions"] == 1 and check.count_rows(sid)["answer_scores"] == 2
    assert check.delete_all(owner="cy@example.com") == 0 and check.count_rows()["sessions"] == 2
    check.close()


def test_history_downloads_are_offered_for_the_picked_session(seeded):
    make_session(seeded, job_title='Engineer, "Platform"', company="Zürich AG")
    seeded.close()
    at = _run(HISTORY)
    labels = {e.proto.label for e in at.get("download_button")}
    assert labels == {"Transcript and report (Markdown)", "Transcript and report (JSON)", "Sessions table (CSV)"}


def test_page_csv_round_trips_through_pandas(seeded):
    """The CSV the page offers: the filtered sessions as the store lists them."""
    from core.export import sessions_csv

    ids = fill_sessions(seeded, 3, roles=('Engineer, "Platform" — Zürich', "数据分析师"))
    rows = seeded.list_sessions(text="zürich")
    frame = pd.read_csv(io.StringIO(sessions_csv(rows)), dtype={"id": str})
    assert frame["id"].tolist() == [ids[2], ids[0]]
    assert set(frame["job_title"]) == {'Engineer, "Platform" — Zürich'}
    assert frame["overall_score"].tolist() == [r.overall_score for r in rows]


def test_click_through_to_feedback_and_resume(seeded, router):
    done = make_session(seeded, created_at=datetime(2025, 1, 1))
    going = make_session(seeded, job_title="Teacher", status="in_progress")
    seeded.close()
    at = AppTest.from_file(router, default_timeout=20)
    at.run()
    at.switch_page("pages/history.py").run()
    assert at.selectbox(key="history_pick").value == going
    at.button(key="history_resume").click().run()
    # The interview page itself is exercised in test_app_flow; here: it opened on this session.
    assert at.query_params["session"] in (going, [going])
    assert at.session_state["session_id"] == going

    at.switch_page("pages/history.py").run()
    at.selectbox(key="history_pick").set_value(done).run()
    at.button(key="history_open").click().run()
    assert not at.exception
    assert "Feedback" in _texts(at) and "Overall score" in str([m.label for m in at.metric])
    assert at.query_params["session"] in (done, [done])


@pytest.mark.parametrize("start", ["history", "home"])
def test_practise_this_prefills_setup_with_the_focus(seeded, router, start):
    coverage = [{"requirement": "Kafka", "status": "not probed", "evidence": ""}]
    make_session(seeded, job_title="Data Analyst", created_at=datetime(2025, 1, 1))
    make_session(seeded, job_title="Backend Engineer", company="Acme", coverage=coverage,
                 created_at=datetime(2025, 2, 1))
    seeded.close()
    at = AppTest.from_file(router, default_timeout=20)
    at.run()
    if start == "history":
        at.switch_page("pages/history.py").run()
        assert "Kafka: never probed" in _texts(at)
        key = "history_practise"
    else:
        assert "Next suggested practice" in _texts(at) and "Kafka" in _texts(at)
        key = "home_practise"
    at.button(key=key).click().run()
    assert not at.exception
    assert "New interview" in _texts(at)
    assert at.text_input(key="setup_job_title").value == "Backend Engineer"
    assert at.text_input(key="setup_company").value == "Acme"
    assert at.text_area(key="setup_jd").value == "Python, SQL, Kafka"
    assert at.text_area(key="setup_cv").value == "Jo Example\nCV for Backend Engineer"
    focus = at.session_state["setup_focus"]
    assert focus[0] == "Kafka" and len(focus) <= 6
    assert "This practice leans toward: Kafka" in _texts(at)


def test_what_to_work_on_reads_as_english_and_the_focus_is_shown_inert(seeded, router):
    """History listed competencies as stored ("api design") and requirements "never probed (once)";
    Setup showed the practice focus (job text) as Markdown."""
    coverage = [{"requirement": "**Kafka** [x](http://e.vil)", "status": "not probed", "evidence": ""}]
    make_session(seeded, job_title="Backend Engineer", company="Acme", coverage=coverage)
    seeded.close()
    at = AppTest.from_file(router, default_timeout=20)
    at.run()
    at.switch_page("pages/history.py").run()
    text = _texts(at)
    assert "API design: never asked yet for this role" in text and "- api design" not in text, text
    assert "never probed in 1 session" in text and "(once)" not in text
    at.button(key="history_practise").click().run()
    assert not at.exception
    (info,) = [i.value for i in at.info if "leans toward" in i.value]
    assert "\\*\\*Kafka\\*\\* \\[x\\]\\(http" in info and "](http" not in info, info


def test_home_with_no_sessions_and_with_scores(seeded):
    make_session(seeded, job_title="Teacher", status="in_progress")
    seeded.close()
    at = _run(HOME)
    text = _texts(at)
    assert "No finished interviews yet" in text and "Unfinished interviews" in text
    assert at.button(key="home_new") and at.button(key="home_sample")
    assert "home_practise" not in _keys(at)


def test_home_shows_recent_scores_and_the_next_practice(seeded):
    fill_sessions(seeded, 12)
    seeded.close()
    at = _run(HOME)
    text = _texts(at)
    assert "Recent scores" in text and "Next suggested practice" in text and "Data Analyst" in text
    assert "Your last 2 scores in data roles average" in text  # of the 10 recent, 5 are data roles
    assert at.button(key="home_practise") and at.button(key="home_history")
    assert len(at.get("vega_lite_chart")) == 1


def test_user_text_is_shown_inert(seeded):
    hostile = "<img src=x onerror=alert(1)> [win](http://e.vil) **bold**"
    make_session(seeded, job_title=hostile, company="_Acme_",
                 coverage=[{"requirement": "<script>alert(1)</script>", "status": "weak", "evidence": ""}])
    seeded.close()
    at = _run(HISTORY)
    shown = [m.value for m in at.markdown] + [c.value for c in at.caption]
    assert any("\\<img src=x onerror=alert\\(1\\)\\>" in m for m in shown)
    assert any("\\<script\\>alert\\(1\\)\\</script\\>" in m for m in shown)
    for value in shown:
        assert not re.search(r"(?<!\\)<(img|script)", value) and "](http" not in value
    assert _table(at).iloc[0]["job_title"] == hostile  # the table shows the literal text


def _unscored_session(store: InterviewStore, **fields) -> str:
    """A session ended before any answer: finished, with a report whose overall is None."""
    sid = store.create_session(job_title=fields.get("job_title", "Teacher"), company="School", job_description="",
                               cv_text="CV", settings={"interview_type": "mixed"}, model="offline-coach")
    store.add_message(sid, "interviewer", "Tell me about yourself.", kind="question", question_no=1,
                      model="offline-coach")
    store.save_report(sid, {"overall": None, "summary": "", "strengths": [], "weaknesses": [], "cv_tips": [],
                            "coverage": []}, dimension_scores={}, model="offline-coach")
    return sid


def test_a_session_with_no_score_reads_no_score_everywhere(seeded):
    """A newcomer saw a grey "None" in the Score column for a session ended before any answer. The table,
    the session picker and the Markdown export say "No score", the CSV leaves the cell empty, and the
    score column still sorts by score: 3 before 10, the unscored last."""
    from core.export import export_markdown, session_export, sessions_csv

    same = ("relevance", "structure", "specificity", "depth", "communication")
    low, high = (make_session(seeded, job_title=f"Role {n}", dims=dict.fromkeys(same, n)) for n in (2, 5))
    unscored = _unscored_session(seeded)
    markdown = export_markdown(session_export(seeded, unscored))
    csv_rows = pd.read_csv(io.StringIO(sessions_csv(seeded.list_sessions())), dtype=str, keep_default_na=False)
    seeded.close()
    at = _run(HISTORY)
    shown = _table(at).set_index("id")["score"]
    assert shown.str.strip().to_dict() == {low: "3 / 10", high: "10 / 10", unscored: "No score"}, shown
    assert sorted(shown) == [shown[low], shown[high], shown[unscored]]  # the grid sorts the text as given
    at.selectbox(key="history_pick").set_value(unscored).run()
    labels = [str(o) for o in at.selectbox(key="history_pick").options]
    assert any(label.endswith("Teacher at School · No score") for label in labels), labels
    assert not any(re.search(r"\b(None|nan|NaN)\b", label) for label in labels), labels
    assert "## Overall score: No score" in markdown and "None" not in markdown
    assert csv_rows.set_index("id").loc[unscored, "overall_score"] == ""


def test_home_and_history_give_the_same_weakest_dimension_figure(seeded):
    """A newcomer read Depth 1.4 / 5 on Home and 1.5 / 5 in History for the same sessions: Home took the
    latest role's sessions, History all of them, each a mean of per-session means rounded twice."""
    make_depth_session(seeded, [2, 2], job_title="Marketing Manager", created_at=datetime(2025, 1, 1))
    make_depth_session(seeded, [1, 1, 2], created_at=datetime(2025, 1, 2))
    make_depth_session(seeded, [1], created_at=datetime(2025, 1, 3))
    seeded.close()
    expected = "1.5 / 5"  # (2+2+1+1+2+1) / 6 answers; the sessions' means gave 1.4 (all) and 1.2 (Operations)
    home = _texts(_run(HOME))
    history = _texts(_run(HISTORY)).replace("\\", "")  # the sentence is markdown-escaped ("1\\.5")
    said = "over the 6 answers of your last 3 sessions"
    assert f"Depth, {expected}" in home and said in home, home
    assert f"averaged {expected}" in history and said in history, history
