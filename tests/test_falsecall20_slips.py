"""Scoring slips (session 20): a sum of money followed by a word is a number of the answer, and a story opening
"Last spring I was…" has its situation. Made-up answers of the newcomer's kind.
"""

from __future__ import annotations

from core.analysis.answer import analyse_answer
from core.coach.score import score_answer

Q = "Tell me about a time you caught a mistake before it reached a customer. How did you check it?"
A = ("Last spring I was checking a supplier invoice before it went for payment. The total was £4,500 more than the "
     "purchase order because a delivery had been billed twice. I flagged it to the buyer, we asked the supplier for a "
     "credit note and it arrived before the payment run. Since then I match every invoice line against the order.")


def test_a_sum_of_money_before_a_word_is_a_number():
    assert "£4,500" in analyse_answer(A, Q).numbers
    assert not [m for m in score_answer(Q, A).missing if m.startswith("A number")]


def test_last_spring_i_was_opens_a_situation():
    assert not [m for m in score_answer(Q, A).missing if m.startswith("The situation")]


def test_last_and_a_month_opens_a_situation():
    said = A.replace("Last spring I was checking a supplier invoice before it went for payment.",
                     "Last November I was checking a supplier invoice and I compared it against the order before it "
                     "went for payment.")
    assert said != A
    assert "situation" in analyse_answer(said, Q).star
    assert not [m for m in score_answer(Q, said).missing if m.startswith("The situation")]
