"""A job description whose heading gives the organisation on its own line, with its site or team after a
dash, fills the company (newcomer, session 12: "Northway Foods plc — Leicester distribution centre" left the
company empty, and with the organisation first the title box got the organisation)."""

from __future__ import annotations

import pytest

from core.documents.job import job_heading


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Warehouse Team Leader\nHollins Dairies Ltd — Derby depot\n\nHollins Dairies delivers milk.",
         ("Warehouse Team Leader", "Hollins Dairies Ltd")),
        ("Hollins Dairies Ltd — Derby depot\nWarehouse Team Leader\n\nAbout the role", ("Warehouse Team Leader", "Hollins Dairies Ltd")),
        ("Kestrel Insurance | Pricing team\nJunior Data Analyst\n\nWe price motor cover.", ("Junior Data Analyst", "Kestrel Insurance")),
        ("Junior Data Analyst\nKestrel Insurance – Pricing team\n\nWe price motor cover.", ("Junior Data Analyst", "Kestrel Insurance")),
    ],
)
def test_the_organisation_line_with_its_site_gives_the_company(text, expected):
    assert job_heading(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Data Engineer – Acme Labs\nAcme Labs builds sensors.", ("Data Engineer", "Acme Labs")),
        ("Staff Nurse\nMercy General Hospital\n\nJoin us.", ("Staff Nurse", "Mercy General Hospital")),
        ("Warehouse Operative\nNights — 4 on 4 off\n\nPick and pack orders.", ("Warehouse Operative", "")),
    ],
)
def test_headings_read_before_stay_as_they_were(text, expected):
    assert job_heading(text) == expected
