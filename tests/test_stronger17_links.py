"""Session 17 newcomer: a stronger answer put the coach's "and" before a clause that already had its own link:
"…at Cloudlane Software, and where I sell…", "…in emergency care, and plus three years…"."""

from __future__ import annotations

from core.coach.stronger_limits import in_short_phrases

_WHERE = ("I am a Sales Engineer at Brookvale Systems, where I demo our fleet software to regional bus operators and "
          "their engineering leads.")
_PLUS = ("I qualified in 2015 and have worked on the renal ward since 2019, so about six years in renal care, plus two "
         "years on the surgical ward before that.")


def test_a_where_clause_never_gets_a_second_link():
    text = in_short_phrases(_WHERE, _WHERE)
    assert "and where" not in text and ", where" not in text.replace(", where I demo", ""), text
    assert "I demo our fleet software" in text, text  # what the candidate does there is kept, as a sentence


def test_plus_is_the_answers_own_link_never_after_and():
    text = in_short_phrases(_PLUS, _PLUS)
    assert "and plus" not in text, text
    assert "two years on the surgical ward" in text, text


def test_the_coachs_link_never_doubles_any_link_word():
    for answer in (_WHERE, _PLUS):
        text = in_short_phrases(answer, answer).lower()
        for link in ("where", "plus", "which", "who"):
            assert f"and {link} " not in text and f"then {link} " not in text, text


def test_a_role_held_since_a_year_is_the_introductions_now():
    from core.coach.score import score_answer

    question = (
        "To start, walk me through your time at Brayford Hospital: what you were responsible for, and why the Lead "
        "Technician role at Kesteven Trust is your next step.")
    answer = ("At Brayford I've been a senior pharmacy technician on the oncology unit since 2021. I check around 40 "
              "chemotherapy orders a day and train the new starters. Before that I spent three years in a community "
              "pharmacy in Lincoln. I now want to lead a dispensary team, which is why this role is my next step.")
    stronger = score_answer(question, answer).stronger_answer
    now = stronger.split("Now:", 1)[1].split("Before:", 1)[0] if "Now:" in stronger else ""
    assert "senior pharmacy technician" in now, stronger
    assert "[your current role" not in stronger, stronger
