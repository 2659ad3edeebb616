"""A refused upload leaves the uploader empty (newcomer, session 7): the corrupt or oversized file was
refused with a sentence but stayed listed in the uploader as if accepted. After a refusal the uploader
is cleared, the sentence stays, and nothing already entered is lost."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.test_setup_upload import SAMPLES

CV_LABEL = "CV file"
JD_LABEL = "Job description file (optional)"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"



def _uploader(at: AppTest, label: str):
    [found] = [u for u in at.get("file_uploader") if u.label == label]
    return found


def _upload(at: AppTest, label: str, name: str, data: bytes, mime: str) -> None:
    _uploader(at, label).set_value((name, data, mime)).run()
    assert not at.exception, at.exception


def _listed(at: AppTest, label: str) -> list[str]:
    """The names of the files the uploader holds, as the browser lists them."""
    value = _uploader(at, label).value
    files = value if isinstance(value, list) else [value] if value is not None else []
    return [f.name for f in files]


def _fill_the_rest(at: AppTest) -> None:
    at.text_input(key="setup_job_title").set_value("Ward Nurse").run()
    at.text_input(key="setup_company").set_value("City Hospital").run()
    at.text_area(key="setup_jd").set_value("Care for patients on a busy surgical ward.").run()
    at.slider(key="setup_count").set_value(5).run()


@pytest.mark.parametrize(("name", "data", "mime"), [
    ("broken.pdf", b"%PDF-1.7\n1 0 obj <<", "application/pdf"),  # a truncated, corrupt PDF
    ("huge.txt", b"x" * (11 * 1024 * 1024), "text/plain"),  # over the 10 MB limit
])
def test_a_refused_cv_is_no_longer_listed_and_nothing_is_lost(setup_page: AppTest, name, data, mime) -> None:
    at = setup_page
    _fill_the_rest(at)
    at.text_area(key="setup_cv").set_value("Jo Doe. Staff nurse, six years on surgical wards.").run()
    _upload(at, CV_LABEL, name, data, mime)
    [message] = [e.value for e in at.error]
    assert name in message
    assert _listed(at, CV_LABEL) == []  # refused: not shown as if accepted
    assert at.text_input(key="setup_job_title").value == "Ward Nurse"
    assert at.text_input(key="setup_company").value == "City Hospital"
    assert at.text_area(key="setup_jd").value == "Care for patients on a busy surgical ward."
    assert at.slider(key="setup_count").value == 5
    assert at.text_area(key="setup_cv").value == "Jo Doe. Staff nurse, six years on surgical wards."
    at.text_input(key="setup_company").set_value("City Hospital Trust").run()  # another run: the sentence stays
    assert [e.value for e in at.error] == [message]


def test_after_a_refusal_a_good_file_is_read_and_listed(setup_page: AppTest) -> None:
    at = setup_page
    _upload(at, CV_LABEL, "broken.pdf", b"%PDF-1.7\n1 0 obj <<", "application/pdf")
    assert _listed(at, CV_LABEL) == []
    _upload(at, CV_LABEL, "sample_cv.docx", (SAMPLES / "sample_cv.docx").read_bytes(), DOCX)
    assert not at.error  # the refusal's sentence is gone with the good file
    assert _listed(at, CV_LABEL) == ["sample_cv.docx"]
    assert at.text_area(key="setup_cv").value.strip()


def test_a_refused_job_description_file_is_no_longer_listed(setup_page: AppTest) -> None:
    at = setup_page
    at.text_area(key="setup_cv").set_value("Jo Doe. Staff nurse.").run()
    _upload(at, JD_LABEL, "scan.docx", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "application/octet-stream")
    assert len(at.error) == 1 and "scan.docx" in at.error[0].value
    assert _listed(at, JD_LABEL) == []
    assert at.text_area(key="setup_cv").value == "Jo Doe. Staff nurse."


def test_after_a_refused_file_a_good_one_clears_the_sentence_and_removing_it_keeps_its_text(setup_page: AppTest):
    """The uploader callback knows the uploader it was drawn for: a refused file's sentence goes only when
    a file is read, and taking a read file out of the uploader (its x) keeps the text it gave."""
    at = setup_page
    _upload(at, CV_LABEL, "broken.pdf", b"%PDF-1.7\n1 0 obj <<", "application/pdf")
    assert [e.value for e in at.error] and "broken.pdf" in at.error[0].value
    cv = "Jo Doe\nStaff Nurse, City Hospital, 2019-2024\n- Cared for 20 patients a shift on a surgical ward."
    _upload(at, CV_LABEL, "cv.txt", cv.encode(), "text/plain")
    assert not at.error
    assert at.text_area(key="setup_cv").value.startswith("Jo Doe")
    _uploader(at, CV_LABEL).set_value(None).run()
    assert not at.exception
    assert not at.error
    assert at.text_area(key="setup_cv").value.startswith("Jo Doe")
