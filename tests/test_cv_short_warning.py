"""Issue 15 (newcomer's faults, session 10): "Your CV is short" was shown for a complete 180-word CV with
roles and bullets. The short-CV warning (setup page) and the report's CV tip fire only when a CV lacks
what an interview needs (a role with its dates, bullets of what was done, a minimum of words), and say what
is missing. Made-up CVs."""

from __future__ import annotations

from core.coach.report import _cv_tips
from core.cv_gaps import cv_gaps
from core.documents import short_text_warning
from core.words import count_words

COMPLETE = """Priya Natarajan
Customer Service Team Leader | priya.n@example.com | Leeds

EXPERIENCE
Team Leader, Customer Service
Harrow Home Insurance, Leeds | March 2021 - Present
- Lead a team of 9 advisers handling 1,200 calls and emails a week
- Cut the average wait for a call back from 3 days to 1 by rebuilding the rota around peak hours
- Coached two advisers to promotion and ran weekly call reviews for the whole team
- Wrote the team's complaints guide, now used by three other teams on the floor

Customer Service Adviser
Pellham Energy, Wakefield | 2017 - 2021
- Answered around 60 calls a day on billing, meters and payment plans for home customers
- Kept a customer satisfaction score above 90% for eleven quarters in a row
- Trained 14 new starters on the billing system and the call scripts

EDUCATION
Wakefield College, A levels in English, Business and Psychology, 2015 - 2017

SKILLS
Complaint handling, coaching, rota planning, Salesforce, Excel, call quality reviews
"""
NO_DATES = """Sam Idris
Warehouse Operative at Northgate Logistics
- Picked and packed orders for the online shop on the day shift
- Loaded the vans in route order and checked the delivery notes
"""
NO_BULLETS = """Alex Moreno
Retail Assistant, Brightway Stores, 2020 - 2023
Sales Assistant, Pellham Books, 2018 - 2020
Skills: tills, stock, customer service, Excel, rotas, displays, ordering
"""


def test_a_complete_cv_of_under_200_words_is_not_short():
    assert 150 <= count_words(COMPLETE) <= 200
    assert cv_gaps(COMPLETE) == []
    assert short_text_warning(COMPLETE) is None
    assert not any("short" in tip.lower() for tip in _cv_tips(COMPLETE, []))


def test_the_warning_names_what_is_missing():
    no_dates = short_text_warning(NO_DATES)
    assert no_dates is not None and "no role with its dates" in no_dates and "bullet" not in no_dates.split("Add")[0]
    no_bullets = short_text_warning(NO_BULLETS)
    assert no_bullets is not None and "no bullet points saying what you did" in no_bullets
    assert "dates" not in no_bullets.split("Add")[0]
    assert any("no bullet points" in tip for tip in _cv_tips(NO_BULLETS, []))


def test_a_few_words_are_still_short_with_their_count():
    warning = short_text_warning("Jordan Avery\nNurse, 2019 - present")
    assert warning is not None and "only 5 words" in warning


def test_a_cv_with_no_readable_word_says_so_plainly():
    """Newcomer rc27: a 9-byte binary .txt read as text said "This CV has only 0 words, no role with its dates and
    no bullet points…"."""
    for text in ("\x00\x01\x02\x03\ufffd\ufffd", "", "   \n\t", "•  –  ·"):
        assert cv_gaps(text) == ["no readable words"], repr(text)
        warning = short_text_warning(text)
        assert warning.startswith("This CV has no readable words, so the interviewer has little to draw on."), warning
        assert "0 words" not in warning
    assert cv_gaps("Nurse")[0] == "only 1 word"  # one word is still counted
