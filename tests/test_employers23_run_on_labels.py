"""Session 23: a job written as a run-on paragraph of labelled fields in capitals, which a PDF's bullet wraps over
several lines ("- NORTHRIDGE HEALTH GROUP" / "CREDENTIALED FACILITY: MERCY GENERAL" / "HOSPITAL JUNE 1, 2019- MAY 3,
2021" / "POSITION : NIGHT NURSE PRACTITIONER" / "EMR: EPIC"): the labels decide. No unlabelled fragment ("Hospital
June 1") is an employer; the title is the "Position:" label's value when no line break cuts it; a facility is a site,
no employer. Made-up CV text."""

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_entries import parse_header
from core.analysis.cv_run_labels import run_on_labels

CV = """Dana Ruiz
dana@example.com

WORK HISTORY:
- NORTHRIDGE HEALTH GROUP
CREDENTIALED FACILITY: MERCY GENERAL
HOSPITAL JUNE 1, 2019- MAY 3, 2021
POSITION : NIGHT NURSE PRACTITIONER
EMR: EPIC
- Lakeview Cardiology POSITION: STAFF NURSE
PRACTITIONER March 2, 2018 - May 1, 2019. clinic closed EMR: Cerner
- Summit Staffing Agency Facility Pine Ridge Hospital
Denver Position: Travel RN EMR : Meditech
"""


def test_the_labels_decide_and_a_fragment_is_no_employer():
    assert run_on_labels(["HOSPITAL JUNE 1, 2019- MAY 3, 2021", "POSITION : NIGHT NURSE PRACTITIONER", "EMR: EPIC"]) == (
        "NIGHT NURSE PRACTITIONER", "")
    assert run_on_labels(["Denver Position: Travel RN EMR : Meditech"]) == ("Travel RN", "")
    assert run_on_labels(["Acme Clinic POSITION: STAFF NURSE", "PRACTITIONER March 2, 2018 - May 1, 2019"]) == ("", "")
    assert run_on_labels(["Front Desk Lead", "Harbour Hotel | 2019 – 2021"]) is None
    assert parse_header(["Company: Harbour Hotel", "Position: Night Porter"]) == ("Night Porter", "Harbour Hotel")


def test_no_fragment_of_a_run_on_paragraph_is_quoted_as_an_employer():
    facts = extract_cv_facts(CV)
    assert not {e.lower() for e in facts["employers"]} & {"hospital june 1", "denver position", "practitioner"}
    for _, employer in facts["jobs"]:
        assert not any(w in employer.upper() for w in ("POSITION", "EMR", "JUNE 1", "CLINIC CLOSED"))
