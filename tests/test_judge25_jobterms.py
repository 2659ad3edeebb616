"""An answer on what the question asks, told in the job's own terms, is on its question: typing asked, "I type the
notes while the customer talks, 65 words a minute" told; a decision without all the information asked, "I could not
wait for the reply, so I chose…" told (session 25, judge25: rc24 r1 Q6 5/10 "names the job's terms (call) but not what
the question asks for"; r1 Q2 "takes up none of what the question is about (decision today without, information)").
Made-up text."""

from __future__ import annotations

import pytest

from core.coach.score import score_answer

CASES = [
    ("This job involves fast and accurate typing. Your CV points to related experience: walk me through the part of it "
     "closest to what we need here, and how it turned out.",
     "I touch type at about 65 words a minute, and on every booking call I key the customer's details into Opera while "
     "they are still talking. Our monthly audit checks every reservation, and none of mine has had an error this year.",
     "Reservations Agent, Harbour Hotels. Fast and accurate typing, handling booking calls, using Opera PMS.",
     "Reservations Assistant, The Grange Hotel, 2022 to present. Took 60 booking calls a day on Opera."),
    ("This job involves accurate keyboard skills. Your CV points to related experience: walk me through the part of it "
     "closest to what we need here, and how it turned out.",
     "At the council contact centre I log every repair request in the housing system while the tenant is on the line. "
     "I type at 55 words a minute, and the quality checks have found no errors in my records for six months.",
     "Customer Services Officer, Ashdown Council. Accurate keyboard skills, taking repair calls, logging requests.",
     "Contact Centre Adviser, Fenwick Housing, 2021 to present. Logged 70 repair requests a day."),
    ("You have to make a decision today without all the information you'd like. How would you go about it?",
     "Last spring a pallet of chilled stock arrived two degrees too warm and the supplier could not be reached. I could "
     "not wait for their reply, so I rejected the pallet, photographed the probe reading and logged it for the buyer. "
     "The supplier later agreed it was their fault and credited the full value.",
     "Warehouse Supervisor, Coldway Foods. Run goods-in for chilled stock, temperature checks, supplier issues.",
     "Goods-in Team Leader, Halden Foods, 2020 to present."),
]


@pytest.mark.parametrize(("question", "answer", "job", "cv"), CASES)
def test_an_answer_in_the_jobs_own_terms_is_on_its_question(question, answer, job, cv):
    s = score_answer(question, answer, job_description=job, cv_text=cv)
    assert "but not what the question asks for" not in s.relevance.evidence, s.relevance.evidence
    assert "takes up none of what the question is about" not in s.relevance.evidence, s.relevance.evidence
    assert s.relevance.score >= 4, s.relevance.evidence


def test_a_story_of_something_else_is_still_not_taken_as_typing():
    question = CASES[0][0]
    answer = ("I organised the staff summer barbecue last year: I booked the park, ordered the food for forty people "
              "and ran a quiz, and everyone said it was the best one yet.")
    s = score_answer(question, answer, job_description=CASES[0][2], cv_text=CASES[0][3])
    # the typing words are read only where typing is asked and shown: an outing's booking is never lifted by them
    assert "in its own words" not in s.relevance.evidence
    assert s.relevance.score <= 3
