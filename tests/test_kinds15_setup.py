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


def test_question_heading_skips_a_greeting():
    from core.coach.phrasing import question_heading
    asked = ("Hello, and thank you for coming in today. To start, tell me about your time as a baker at "
             "Crumb & Co: what did you own there?")
    assert question_heading(asked, 80).startswith("To start, tell me about your time")
    assert question_heading("Good morning! Welcome. Why this role?", 80) == "Why this role?"
    assert question_heading("Thanks for your time.", 80) == "Thanks for your time."
