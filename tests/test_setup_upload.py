"""The setup page's uploaders in AppTest (issue 16.7): a job-description file fills an empty job
title and company, never overwrites what the user typed, a JSON Resume is accepted as a CV, and a
refused file's sentence names it once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests import doc_factories as f

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")
JOB = (b"# Platform Engineer (Infrastructure)\n\n**Company:** Example Freight, a logistics firm in Leeds\n\n"
       b"## About the role\nYou will run our Kubernetes platform and the on-call rota.\n")


@pytest.fixture
def setup_page(db_path, fresh_app_cache) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("pages/setup.py").run()
    assert not at.exception, at.exception
    return at


def _upload(at: AppTest, key: str, name: str, data: bytes, mime: str) -> None:
    uploader = next(u for u in at.get("file_uploader") if u.key == key)
    uploader.set_value((name, data, mime)).run()
    assert not at.exception, at.exception


def test_job_description_file_fills_empty_title_and_company(setup_page: AppTest) -> None:
    at = setup_page
    _upload(at, "setup_jd_file", "job.md", JOB, "text/markdown")
    assert at.text_input(key="setup_job_title").value == "Platform Engineer"
    assert at.text_input(key="setup_company").value == "Example Freight"
    assert "run our Kubernetes platform" in at.text_area(key="setup_jd").value


def test_job_description_file_keeps_what_the_user_typed(setup_page: AppTest) -> None:
    at = setup_page
    at.text_input(key="setup_job_title").set_value("SRE").run()
    _upload(at, "setup_jd_file", "job.md", JOB, "text/markdown")
    assert at.text_input(key="setup_job_title").value == "SRE"
    assert at.text_input(key="setup_company").value == "Example Freight"


def test_json_resume_upload_fills_the_cv(setup_page: AppTest) -> None:
    at = setup_page
    resume = {"basics": {"name": "Riley Example", "label": "Platform Engineer"},
              "work": [{"name": "Example Freight", "position": "Engineer", "highlights": ["Cut deploys to 8 min"]}]}
    _upload(at, "setup_cv_file", "resume.json", json.dumps(resume).encode(), "application/json")
    cv = at.text_area(key="setup_cv").value
    assert cv.startswith("Riley Example\nPlatform Engineer")
    assert "- Cut deploys to 8 min" in cv
    assert not at.error


def test_refused_upload_names_the_file_once(setup_page: AppTest) -> None:
    at = setup_page
    _upload(at, "setup_cv_file", "locked.pdf", f.encrypted_pdf("user-pw", "owner-pw"), "application/pdf")
    messages = [e.value for e in at.error]
    assert len(messages) == 1
    assert messages[0].count("locked.pdf") == 1 and "password" in messages[0]
