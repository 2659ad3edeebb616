"""Session 18: a re-check reported that after "End and see feedback" the address stayed /interview?session=…. It was
the re-check script's reading, not the browser's: Playwright's ``page.url`` is updated only while the script calls
into Playwright, and that script only slept between reads; the page's own ``location`` already read
/feedback?session=…. These tests read the address from the page itself, after ending early on an interview set up
from uploaded files (as the re-check did), and reload it: the feedback opens again."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from tests.e2e.driver import QUESTION_SHOWN, upload_job_and_cv, wait_for_idle

pytestmark = pytest.mark.e2e

JOB = """Field Sales Executive
Brightwater Tools, Leeds

Responsibilities
- Build a pipeline of trade customers across Yorkshire
- Run product demos on site

Requirements
- 2+ years in B2B field sales
- Full UK driving licence"""
CV = """Sam Okoro
Field Sales Executive

Experience
Field Sales Executive, Harrow Fixings (2021 - present)
- Grew trade accounts in my patch from 40 to 65 in 18 months
- Ran 12 on-site demos a month

Sales Assistant, Toolstop, Leeds (2018 - 2021)
- Served trade counter customers
"""


def _address(page) -> str:
    """The address the browser shows, read in the page (never Playwright's cached ``page.url``)."""
    return page.evaluate("location.pathname + location.search")


def test_ending_early_shows_the_feedback_address_and_a_reload_opens_the_feedback(streamlit_server, page, tmp_path: Path):
    (job := tmp_path / "job.txt").write_text(JOB, encoding="utf-8")
    (cv := tmp_path / "cv.txt").write_text(CV, encoding="utf-8")
    upload_job_and_cv(page, streamlit_server.url, job, cv, "Field Sales Executive")
    # the CV's text is in its box before Start is pressed (else: "Upload or paste your CV.")
    page.wait_for_function("() => [...document.querySelectorAll('textarea')].some(t => t.value.includes('Harrow Fixings'))",
                           timeout=60_000)
    wait_for_idle(page)
    page.get_by_role("button", name="Start the interview").click()
    page.wait_for_function("() => /^\\/interview\\?session=\\w+$/.test(location.pathname + location.search)",
                           timeout=60_000)  # the page's own address (a cold plan on 2 busy cores)
    page.wait_for_function(QUESTION_SHOWN, arg=-1, timeout=60_000)
    wait_for_idle(page)
    assert re.fullmatch(r"/interview\?session=\w+", _address(page)), _address(page)
    session = _address(page).split("=", 1)[1]
    page.get_by_role("button", name="End early").click()
    page.get_by_role("button", name="End and see feedback").click()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not _address(page).startswith("/feedback"):
        page.wait_for_timeout(250)
    assert _address(page) == f"/feedback?session={session}"
    page.get_by_text("Overall score").first.wait_for(timeout=60_000)
    page.reload()
    page.get_by_text("Overall score").first.wait_for(timeout=60_000)
    assert _address(page) == f"/feedback?session={session}"
