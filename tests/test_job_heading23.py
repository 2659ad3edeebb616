"""Newcomer, session 23: a pasted job whose company stands alone on the line under the title ("Senior Backend
Engineer" over "Northwind Freight", spoken of below as "Northwind Freight builds…") left Company empty, and a title
with a service after a dash over the organisation's own line ("Dental Nurse - Community Dental Service" over "Leeds
Community Healthcare NHS Trust") filled the service. Made-up job heads."""

from __future__ import annotations

import pytest

from core.documents.job import job_heading

CASES = [
    ("Site Reliability Engineer\nQuillmere Parcel\n\nQuillmere Parcel moves 40,000 parcels a night across the UK.",
     ("Site Reliability Engineer", "Quillmere Parcel")),
    ("Store Manager - Yorkshire (6 stores)\nBramble & Oak Interiors\nSalary: £40,000\n\nBramble & Oak Interiors is a "
     "chain of 30 furniture stores.", ("Store Manager - Yorkshire", "Bramble & Oak Interiors")),
    ("Healthcare Assistant - Memory Clinic Service\nNorth Calder Community Health NHS Trust\nBand 3 | Permanent\n\n"
     "About the role\nOur clinic sees 300 people a month.",
     ("Healthcare Assistant", "North Calder Community Health NHS Trust")),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_the_company_on_the_line_under_the_title_fills_company(text: str, expected: tuple[str, str]) -> None:
    assert job_heading(text) == expected


def test_a_line_under_the_title_that_the_text_never_speaks_of_is_not_taken() -> None:
    text = "Warehouse Operative\nNight Shifts Available\n\nWe pick and pack for online shops."
    assert job_heading(text)[1] == ""
