"""Session 19 (nc19 item 10): a JSON Resume's ISO dates are written as a person writes them ("April 2019 – present"),
so the opener's quote of the CV's line reads as a CV line, never "2019-04-01 - present". Made-up files."""

from __future__ import annotations

import json

import pytest

from core.analysis.cv import extract_cv_facts
from core.coach.plan import plan_questions
from core.documents import extract_text

RESUME = {
    "basics": {"name": "Tomasz Wrona", "label": "Site supervisor", "email": "tw@example.com"},
    "work": [
        {"name": "Halvorsen Builders", "position": "Site Supervisor", "startDate": "2020-03-16",
         "highlights": ["Ran three residential sites with 28 trades; cut snagging items per home from 14 to 5."]},
        {"name": "Kestrel Homes", "position": "Assistant Site Manager", "startDate": "2016-09",
         "endDate": "2020-02-28", "highlights": ["Planned weekly deliveries for a 60-home development."]},
    ],
    "education": [{"institution": "Leeds College of Building", "studyType": "HNC", "area": "Construction",
                   "endDate": "2016"}],
    "certificates": [{"name": "SMSTS", "issuer": "CITB", "date": "2021-11-05"}],
}


def _text() -> str:
    return extract_text(json.dumps(RESUME).encode(), "tomasz.json")


@pytest.mark.parametrize("line", [
    "Site Supervisor, Halvorsen Builders, March 2020 – present",
    "Assistant Site Manager, Kestrel Homes, September 2016 – February 2020",
    "HNC Construction from Leeds College of Building, 2016",
    "SMSTS, CITB (November 2021)",
])
def test_dates_are_written_in_words(line):
    assert line in _text().splitlines()
    assert "2020-03" not in _text() and "2021-11-05" not in _text()


def test_the_reading_keeps_the_jobs():
    facts = extract_cv_facts(_text())
    assert facts["jobs"][:2] == [("Site Supervisor", "Halvorsen Builders"), ("Assistant Site Manager", "Kestrel Homes")]


def test_the_opener_quotes_the_line_as_written():
    opener = plan_questions(_text(), "Site Manager\nBuild homes safely.\n- SMSTS required.", "Site Manager",
                            count=1, seed="a")[0]
    assert "-03-16" not in opener and "2020 - present" not in opener
