"""An answer that says the thing was never done, then tells the closest thing the candidate did in detail, gets its own
sentences under a story's headings, never "[You said you have not done this, and gave no way of going about it…]" with
an empty template (newcomer, session 23: a radiography audit and a supplier negotiation). Made-up answers: a removals
firm, a library, a care agency."""

from __future__ import annotations

from tests.stronger_helpers import part, stronger

TENDER_Q = "This job involves running tenders, which I don't see on your CV. Tell me about a time you ran one."
TENDER = ("I haven't run a formal tender myself, the finance director signs those off. "
          "The closest is our 2024 van lease at Pennine Removals: the dealer quoted £9,000 a year, so I got three other "
          "quotes, showed the dealer the lowest one, and agreed £7,400 with servicing included. "
          "That saving paid for the winter tyres on all six vans.")


def test_a_closest_experience_told_in_detail_is_laid_out_as_a_story() -> None:
    out = stronger(TENDER_Q, TENDER)
    assert "gave no way of going about it" not in out, out
    assert "I got three other quotes" in part(out, "Action"), out
    assert "£9,000" in part(out, "Situation"), out
    assert "winter tyres" in part(out, "Result"), out
    assert "finance director" not in out, out  # the denial is no part of the story


SYSTEM_Q = "Your CV mentions Koha. Walk me through a specific piece of work you did with Koha: how did it turn out?"
SYSTEM = ("I haven't done anything with Koha. I think you mean Heritage, the catalogue system we use at Elmbridge Library. "
          "I catalogue new stock on it every week: I check the ISBN, add the local subject headings and print the spine "
          "labels. In 2023 our stock check found 9% of records had no shelf mark, so I cleaned them up in batches and after "
          "two months it was under 1%.")


def test_a_mixed_up_name_then_real_work_keeps_its_steps_and_result() -> None:
    out = stronger(SYSTEM_Q, SYSTEM)
    assert "gave no way of going about it" not in out, out
    assert "I catalogue new stock" in part(out, "Action"), out
    assert "under 1%" in out, out
    assert out.index("I think you mean Heritage") < out.index("I catalogue new stock") < out.index("under 1%"), out


def test_a_denial_with_no_closest_story_keeps_the_lead() -> None:
    answer = ("I haven't done that. Rota planning has always been done by our office team at Brightway Care. "
              "The office team owned the rota. I just told them when I had holidays booked.")
    out = stronger("Tell me about a time you planned staff rotas for a whole service.", answer)
    assert out.startswith("[You said you have not done this, and gave no way of going about it"), out
