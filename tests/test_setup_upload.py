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


SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"


@pytest.mark.parametrize(("name", "data", "mime"), [
    ("broken.pdf", b"%PDF-1.7\n1 0 obj <<", "application/pdf"),  # a truncated, corrupt PDF
    ("scan.docx", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "application/octet-stream"),  # a picture named .docx
    # (a .png is refused by the uploader itself, in the browser, before the app sees it)
])
def test_a_failed_upload_says_the_text_is_still_the_previous_files(setup_page: AppTest, name, data, mime) -> None:
    at = setup_page
    _upload(at, "setup_cv_file", "sample_cv.docx", (SAMPLES / "sample_cv.docx").read_bytes(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    before = at.text_area(key="setup_cv").value
    assert before.strip() and "Text from sample\\_cv\\.docx" in [c.value.split(" ", 1)[1] for c in at.caption]
    _upload(at, "setup_cv_file", name, data, mime)
    assert at.text_area(key="setup_cv").value == before  # nothing lost
    [message] = [e.value for e in at.error]
    assert message.count(name) >= 1
    assert f"The CV text below is still from sample_cv.docx, not from {name}" in message
    assert "Text from sample\\_cv\\.docx" in [c.value.split(" ", 1)[1] for c in at.caption]


def test_a_failed_first_upload_over_pasted_text_says_the_text_is_not_from_it(setup_page: AppTest) -> None:
    at = setup_page
    at.text_area(key="setup_cv").set_value("Jo Doe. Data engineer, five years of Python.").run()
    _upload(at, "setup_cv_file", "broken.pdf", b"%PDF-1.7\n1 0 obj <<", "application/pdf")
    [message] = [e.value for e in at.error]
    assert "The CV text below is not from broken.pdf: it is what was there before." in message
    assert at.text_area(key="setup_cv").value == "Jo Doe. Data engineer, five years of Python."
    assert not [c for c in at.caption if "Text from" in c.value]


PASTED = JOB.decode()


def test_a_pasted_job_description_fills_empty_title_and_company(setup_page: AppTest) -> None:
    at = setup_page
    at.text_area(key="setup_jd").set_value(PASTED).run()
    assert not at.exception, at.exception
    assert at.text_input(key="setup_job_title").value == "Platform Engineer"
    assert at.text_input(key="setup_company").value == "Example Freight"


def test_a_pasted_job_description_never_replaces_what_the_user_typed_or_emptied(setup_page: AppTest) -> None:
    at = setup_page
    at.text_input(key="setup_job_title").set_value("SRE").run()
    at.text_area(key="setup_jd").set_value(PASTED).run()
    assert at.text_input(key="setup_job_title").value == "SRE"  # typed: kept
    assert at.text_input(key="setup_company").value == "Example Freight"  # empty: filled
    at.text_input(key="setup_company").set_value("").run()  # the user empties it: the same text does not refill it
    at.text_input(key="setup_job_title").set_value("Site Reliability Engineer").run()
    assert at.text_input(key="setup_company").value == ""
    at.text_area(key="setup_jd").set_value("Data Analyst at Harbor & Finch\nWe sell homeware.").run()
    assert at.text_input(key="setup_company").value == "Harbor & Finch"  # a new text is read once
    assert at.text_input(key="setup_job_title").value == "Site Reliability Engineer"


def test_a_too_long_job_description_is_said_under_its_own_box(setup_page: AppTest) -> None:
    """The notice stood under the CV box, far from the job description it was about (newcomer, session 6)."""
    at = setup_page
    at.text_area(key="setup_jd").set_value("Responsible for triage. " * 4000).run()
    kinds = [(node.type, getattr(node, "value", "") or getattr(node, "body", "")) for node in at.main]
    notice = next(i for i, (_t, v) in enumerate(kinds) if "job description is longer than" in str(v))
    cv_heading = next(i for i, (_t, v) in enumerate(kinds) if str(v) == "Your CV")
    jd_box = next(i for i, (t, v) in enumerate(kinds) if t == "text_area" and str(v).startswith("Responsible"))
    assert jd_box < notice < cv_heading
