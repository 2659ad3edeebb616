"""Session 19: Start pressed at once after a CV upload said "Upload or paste your CV." though the CV was there
(the click's run came while the upload's run was drawing, and the browser sent the CV box's old, empty text).
Start with an uploaded CV proceeds; pressed while the file was still being sent, the interview opens once its text is
in. Made-up job and CV."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.driver import file_input, upload_job_and_cv, wait_for_idle

pytestmark = pytest.mark.e2e

JOB = """Depot Planner
Kestrel Freight, Wakefield

Responsibilities
- Plan picking waves and staff rotas for the night shift
- Keep late orders under 2% a week

Requirements
- 2+ years planning in a warehouse or depot"""
CV = """Alex Example
Warehouse Planner

Experience
Warehouse Planner, Harbour Street Logistics (2021 - present)
- Planned night-shift picking for 3 aisles; late orders fell from 40 to 12 a week
- Rebuilt the returns desk rota for 14 staff
"""


@pytest.mark.parametrize("wait_ms", [0, 5, 10, 20, 30, 40, 150, 400])
def test_start_at_once_after_the_cv_upload_opens_the_interview(streamlit_server, page, tmp_path: Path, wait_ms: int):
    (job := tmp_path / "job.txt").write_text(JOB, encoding="utf-8")
    (cv := tmp_path / "cv.txt").write_text(CV, encoding="utf-8")
    upload_job_and_cv(page, streamlit_server.url, job, cv, "Depot Planner")  # the CV file is listed, as a person sees it
    page.wait_for_timeout(wait_ms)
    page.get_by_role("button", name="Start the interview").click()  # at once: no wait for the CV's box
    # the interview opens: at once when the click's run had the file (its text put back in the box), or as soon as
    # the file's text is in when the click came before the file did
    page.wait_for_function("() => /^\\/interview\\?session=\\w+$/.test(location.pathname + location.search)",
                           timeout=60_000)
    assert "Upload or paste your CV" not in page.evaluate("document.body.innerText")


SECOND_JOB = """Returns Coordinator
Marlow Home Goods, Doncaster

Responsibilities
- Run the returns desk and the refurbish-or-scrap checks
- Keep refunds within 5 working days

Requirements
- Experience on a warehouse returns or goods-in desk"""


def test_a_second_interview_starts_from_the_new_job_and_the_default_type(streamlit_server, page, tmp_path: Path):
    """Session 21: after one interview, a new job file left the first job's title and company in the fields, and the
    type chosen for the first interview carried over. Here the second job's file refills both fields and the
    Interview type is back to its default, said in the line before Start."""
    (job := tmp_path / "job.txt").write_text(JOB, encoding="utf-8")
    (cv := tmp_path / "cv.txt").write_text(CV, encoding="utf-8")
    (second := tmp_path / "returns_job.txt").write_text(SECOND_JOB, encoding="utf-8")
    upload_job_and_cv(page, streamlit_server.url, job, cv, "Depot Planner")
    # as a person does before choosing options: the CV's text is in its box and the page has settled (a click made
    # while the upload's run draws is the first test's subject, not this one's)
    page.wait_for_function("() => [...document.querySelectorAll('textarea')].some(t => t.value.includes('Harbour Street'))",
                           timeout=60_000)
    wait_for_idle(page, timeout_ms=60_000)
    page.get_by_text("Technical", exact=True).click()
    page.get_by_text("Starts a technical interview for Depot Planner at Kestrel Freight").wait_for(timeout=60_000)
    page.get_by_role("button", name="Start the interview").click()
    page.wait_for_function("() => location.pathname === '/interview'", timeout=60_000)
    page.get_by_role("link", name="New interview").click()  # in the app: the same browser session
    page.get_by_role("button", name="Start the interview").wait_for()
    file_input(page, "Job description file").set_input_files(str(second))
    page.wait_for_function("() => [...document.querySelectorAll('input')].some(i => i.value === 'Returns Coordinator')",
                           timeout=30_000)
    assert page.get_by_label("Company").input_value() == "Marlow Home Goods"
    page.get_by_text("Starts a mixed interview for Returns Coordinator at Marlow Home Goods").wait_for(timeout=60_000)
    assert page.get_by_role("radio", name="Mixed").is_checked()
