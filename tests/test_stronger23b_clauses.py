"""A cut never drops a "which…" clause that tells what came of the thing ("…, which paid for itself in the first
quarter"): it is a result, not an aside (newcomer, session 23: acct Q3's trade-off lost its payback). Made-up answers:
a stock count, a clinic's booking system."""

from __future__ import annotations

from core.coach.stronger_whole import cut_cleanly
from tests.stronger_helpers import stronger


def test_a_which_clause_telling_a_payback_is_no_aside() -> None:
    source = "The trade-off was a day of training per store, which paid for itself within the first month."
    assert not cut_cleanly(source, "The trade-off was a day of training per store."), source


def test_a_which_clause_of_comment_only_may_still_go() -> None:
    source = "I moved the count to Monday mornings, which everyone liked."
    assert cut_cleanly(source, "I moved the count to Monday mornings.")


def test_the_payback_stays_in_the_stronger_answer() -> None:
    question = "Walk me through how you run the weekly stock count. Where does time go, and how would you cut it?"
    answer = ("At Brook Street Pharmacy I count the controlled drugs first, then the fridge lines, then the shelves, and "
              "post the variances to the system. Most time goes on recounting lines where the system figure is wrong. "
              "In 2023 I moved us to handheld scanners for 4 branches, and the count went from 6 hours to 3. "
              "The trade-off was a day of training per branch, which paid for itself within the first month.")
    out = stronger(question, answer)
    assert "paid for itself within the first month" in out, out
