"""Session 15, issue 5: a pasted ad's company on the line under the title with its place and work mode in brackets
("Harbour Kitchens (Bristol, hybrid)") fills the company (made-up ads)."""

import pytest

from core.documents.job import job_heading


@pytest.mark.parametrize(("second", "company"), [
    ("Harbour Kitchens (Bristol, hybrid)", "Harbour Kitchens"),
    ("Pinecrest Tools (Manchester / remote)", "Pinecrest Tools"),
    ("Lumen Bakery, Glasgow (on-site)", "Lumen Bakery"),
    ("Blue Fern Labs (Remote)", "Blue Fern Labs"),
])
def test_company_line_with_place_and_work_mode(second, company):
    ad = f"Operations Manager\n{second}\n\nWe are a growing chain of shops. You will run two stores.\n"
    assert job_heading(ad) == ("Operations Manager", company)


def test_a_place_with_a_work_mode_alone_is_no_company():
    ad = "Operations Manager\nLondon (hybrid)\n\nYou will run two stores.\n"
    assert job_heading(ad)[1] == ""
