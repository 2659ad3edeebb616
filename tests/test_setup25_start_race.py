"""Start pressed right after a CV upload, on a loaded machine (session 25, CI): the page stayed on Setup with no
interview and no sentence. Streamlit stops a run at its next ``st`` call or session-state access when a newer
browser message comes in, and the stopped run's button press is gone with it (its trigger is reset before the next
run). These tests replay the rerun orders that lost the press or the file's text, in AppTest: a run is "stopped by
a newer one" by raising Streamlit's own RerunException at the point where the real server stopped it. Made-up CV and
job."""

from __future__ import annotations

import pytest
from streamlit.runtime.scriptrunner_utils.exceptions import RerunException, StopException
from streamlit.runtime.scriptrunner_utils.script_requests import RerunData
from streamlit.testing.v1 import AppTest

CV = (b"Sam Example\nGoods-in Supervisor\n\nExperience\nNorth Quay Stores, Hull - Goods-in Supervisor, 2020-present\n"
      b"- Ran the night goods-in team of 9 and cut unloading time from 50 to 35 minutes a trailer\n"
      b"- Set up the damaged-stock checks with the returns desk\n\nSkills\nWMS, forklift licence, rota planning\n")
JOB = "Goods-in Team Leader at Example Stores. You will lead the night goods-in team and keep trailers moving."


def _fill_job(at: AppTest) -> None:
    at.text_input(key="setup_job_title").set_value("Goods-in Team Leader")
    at.text_area(key="setup_jd").set_value(JOB)
    at.run()


def _cv_uploader(at: AppTest):
    return next(u for u in at.get("file_uploader") if u.key == "setup_cv_file")


def _started(at: AppTest) -> bool:
    return bool(at.session_state["session_id"]) if "session_id" in at.session_state else False


def _errors(at: AppTest) -> list[str]:
    return [e.value for e in at.error]


def test_a_press_whose_run_was_stopped_before_the_page_ran_still_starts_once_the_file_is_in(setup_page: AppTest,
                                                                                            monkeypatch) -> None:
    """The order seen under load: the Start click reaches the server before the CV file's upload is done; the
    click's run is stopped by the file's run while the router draws the sidebar, before the page reads the button
    (the press is then lost); a later run reads the CV. The interview must start: the press was made."""
    from pages.ui import frame

    at = setup_page
    _fill_job(at)
    drawn = frame.sidebar

    def stopped_by_a_newer_run() -> None:  # the click's run ends here, as when the file's message came in
        raise StopException()

    monkeypatch.setattr(frame, "sidebar", stopped_by_a_newer_run)
    at.button(key="setup_start").click().run()
    monkeypatch.setattr(frame, "sidebar", drawn)
    at.run()  # the next run (the button is not pressed in it): the CV is not in yet, and the page says so
    assert not at.exception, at.exception
    assert [e for e in _errors(at) if "Upload or paste your CV" in e]
    _cv_uploader(at).set_value(("cv.txt", CV, "text/plain"))
    at.run()  # the file's run
    assert not at.exception, at.exception
    assert _started(at), _errors(at)


def test_a_file_read_cut_short_by_the_start_click_is_read_on_the_click_run(setup_page: AppTest, monkeypatch) -> None:
    """The other order: the file's run reads the CV (its callback) and the Start click comes in meanwhile; the
    callback is stopped at its next session-state access, before the text is put in the box, and the click's run
    finds the uploader unchanged (no callback again). Start must still go with the file's text, never say
    "Upload or paste your CV." of a CV listed above it."""
    import core.documents

    at = setup_page
    read = core.documents.extract_text
    calls = []

    def cut_short(*args, **kwargs):
        calls.append(1)
        text = read(*args, **kwargs)
        if len(calls) == 1:  # the newer run (the click) takes over as the text was about to be stored
            from streamlit.runtime.scriptrunner import get_script_run_ctx

            ctx = get_script_run_ctx()
            raise RerunException(RerunData(query_string=ctx.query_string, page_script_hash=ctx.page_script_hash))
        return text

    monkeypatch.setattr(core.documents, "extract_text", cut_short)
    _fill_job(at)  # this run's page binds the reader its upload callback uses
    _cv_uploader(at).set_value(("cv.txt", CV, "text/plain"))
    at.run()
    at.button(key="setup_start").click().run()
    assert not at.exception, at.exception
    assert not [e for e in _errors(at) if "Upload or paste your CV" in e]
    assert _started(at), _errors(at)
    from pages.ui import resources

    assert "unloading time from 50 to 35" in resources.store().get_session(at.session_state["session_id"]).cv_text


def test_a_press_whose_run_was_stopped_with_nothing_missing_starts(setup_page: AppTest, monkeypatch) -> None:
    """Everything filled in, Start pressed, and the click's run stopped before the page by another message (a
    text box committing on blur): the next run starts the interview."""
    from pages.ui import frame

    at = setup_page
    _fill_job(at)
    _cv_uploader(at).set_value(("cv.txt", CV, "text/plain"))
    at.run()
    drawn = frame.sidebar
    monkeypatch.setattr(frame, "sidebar", lambda: (_ for _ in ()).throw(StopException()))
    at.button(key="setup_start").click().run()
    monkeypatch.setattr(frame, "sidebar", drawn)
    at.run()
    assert not at.exception, at.exception
    assert _started(at), _errors(at)


@pytest.mark.parametrize("missing", ["setup_job_title", "setup_jd"])
def test_a_press_whose_run_was_stopped_says_what_is_missing(setup_page: AppTest, monkeypatch, missing: str) -> None:
    """Never nothing: a stopped press with a field missing says so on the next run, in a sentence."""
    from pages.ui import frame

    at = setup_page
    _fill_job(at)
    (at.text_input if missing == "setup_job_title" else at.text_area)(key=missing).set_value("")
    _cv_uploader(at).set_value(("cv.txt", CV, "text/plain"))
    at.run()
    drawn = frame.sidebar
    monkeypatch.setattr(frame, "sidebar", lambda: (_ for _ in ()).throw(StopException()))
    at.button(key="setup_start").click().run()
    monkeypatch.setattr(frame, "sidebar", drawn)
    at.run()
    assert not at.exception, at.exception
    assert not _started(at)
    said = " ".join(_errors(at))
    assert ("Enter the job title." if missing == "setup_job_title" else "Paste or upload the job description.") in said


def test_a_stale_press_does_not_start_a_later_visit(setup_page: AppTest, monkeypatch) -> None:
    """A press whose run was stopped long ago is forgotten: filling the page a minute later starts nothing."""
    import time

    from pages.ui import frame

    at = setup_page
    drawn = frame.sidebar
    monkeypatch.setattr(frame, "sidebar", lambda: (_ for _ in ()).throw(StopException()))
    at.button(key="setup_start").click().run()
    monkeypatch.setattr(frame, "sidebar", drawn)
    at.run()
    assert not _started(at)
    later = time.monotonic() + 60
    monkeypatch.setattr(time, "monotonic", lambda: later)
    _fill_job(at)
    _cv_uploader(at).set_value(("cv.txt", CV, "text/plain"))
    at.run()
    assert not at.exception, at.exception
    assert not _started(at)
    assert not [e for e in _errors(at) if "Enter the job title" in e]


def test_a_job_file_whose_box_came_back_empty_is_used_on_start(setup_page: AppTest) -> None:
    """Seen once after the fix above, under load: the job file was read (its title filled in), then a later message
    from the browser (the CV upload's) carried the job box's old, empty text, and Start said "Paste or upload the job
    description." under the job file it listed. Start puts the file's text back, as for the CV."""
    at = setup_page
    uploader = next(u for u in at.get("file_uploader") if u.key == "setup_jd_file")
    uploader.set_value(("job.txt", JOB.encode(), "text/plain"))
    at.run()
    assert "night goods-in team" in at.text_area(key="setup_jd").value  # the job file was read
    at.text_input(key="setup_job_title").set_value("Goods-in Team Leader")
    at.text_area(key="setup_jd").set_value("")  # the box as the browser still had it
    _cv_uploader(at).set_value(("cv.txt", CV, "text/plain"))
    at.run()
    at.button(key="setup_start").click().run()
    assert not at.exception, at.exception
    assert not [e for e in _errors(at) if "job description" in e], _errors(at)
    assert _started(at), _errors(at)
    from pages.ui import resources

    assert "night goods-in team" in resources.store().get_session(at.session_state["session_id"]).job_description
