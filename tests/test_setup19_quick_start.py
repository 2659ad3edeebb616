"""Start pressed at once after a CV upload (session 19): the newcomer's Start, sent with the file in the same
run, was answered "Upload or paste your CV." although the CV was there. Start with an uploaded CV proceeds.
Made-up CV and job."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

CV = (b"Robin Example\nWarehouse Planner\n\nExperience\nKestrel Freight, Leeds - Warehouse Planner, 2021-present\n"
      b"- Planned night-shift picking for 3 aisles and cut late orders from 40 to 12 a week\n"
      b"- Rebuilt the returns desk rota for 14 staff\n\nSkills\nExcel, SAP, forklift licence\n")
JOB = "Warehouse Planner at Example Freight. You will plan picking waves, staff rotas and returns for our depot."


def _fill_job(at: AppTest) -> None:
    at.text_input(key="setup_job_title").set_value("Warehouse Planner")
    at.text_area(key="setup_jd").set_value(JOB)


def _upload(at: AppTest, data: bytes) -> None:
    next(u for u in at.get("file_uploader") if u.key == "setup_cv_file").set_value(("cv.txt", data, "text/plain"))


def test_start_sent_with_the_upload_proceeds(setup_page: AppTest) -> None:
    at = setup_page
    _fill_job(at)
    _upload(at, CV)
    at.button(key="setup_start").click().run()  # the file and the click in one run
    assert not at.exception, at.exception
    assert not [e.value for e in at.error if "Upload or paste your CV" in e.value]
    assert at.session_state["session_id"]


def test_start_sent_while_the_upload_was_drawn_proceeds_with_the_files_text(setup_page: AppTest) -> None:
    """The click's run came before the browser had the CV's text: it sends the box's old, empty value."""
    at = setup_page
    _fill_job(at)
    _upload(at, CV)
    at.run()
    at.text_area(key="setup_cv").set_value("")  # the box as the browser still had it
    at.button(key="setup_start").click().run()
    assert not at.exception, at.exception
    assert not [e.value for e in at.error if "Upload or paste your CV" in e.value]
    session = at.session_state["session_id"]
    from pages.ui import resources

    stored = resources.store().get_session(session)
    assert "late orders from 40 to 12" in stored.cv_text


def test_start_pressed_as_the_file_was_still_on_its_way_starts_once_its_text_is_in(setup_page: AppTest) -> None:
    """The click's run came before the file: the page asks for the CV, then the file's run starts the interview."""
    at = setup_page
    _fill_job(at)
    at.button(key="setup_start").click().run()
    assert [e.value for e in at.error if "Upload or paste your CV" in e.value]
    _upload(at, CV)
    at.run()
    assert not at.exception, at.exception
    assert at.session_state["session_id"]


def test_a_file_uploaded_long_after_a_refused_start_does_not_start_by_itself(setup_page: AppTest, monkeypatch) -> None:
    import time

    at = setup_page
    _fill_job(at)
    at.button(key="setup_start").click().run()
    later = time.monotonic() + 60
    monkeypatch.setattr(time, "monotonic", lambda: later)
    _upload(at, CV)
    at.run()
    assert not at.exception, at.exception
    assert "session_id" not in at.session_state or not at.session_state["session_id"]
    assert "late orders from 40 to 12" in at.text_area(key="setup_cv").value


def test_start_with_no_cv_still_asks_for_it(setup_page: AppTest) -> None:
    at = setup_page
    _fill_job(at)
    at.button(key="setup_start").click().run()
    assert [e.value for e in at.error if "Upload or paste your CV" in e.value]
