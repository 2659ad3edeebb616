"""No sentence of the candidate's is dropped from a stronger answer (re-check, session 21: a closing "The contractor had
left SPDs off the drawing, so that caught it before sign-off." was left out and "Result: [the result…]" shown; an
opening claim "I test with assistive technology from the start." was left out and Situation a gap; "Last year a pupil
told me…" was left out of a safeguarding answer whose next sentence says "I followed exactly that"). A sentence whose
wording fits no heading goes with its neighbours, under the first empty heading between theirs. Made-up answers: a gas
engineer, a care home, a warehouse, a nursery."""

from __future__ import annotations

import pytest

from core.coach.score import score_answer
from core.coach.stronger_limits import SHORT_PHRASE
from core.coach.stronger_whole import longest_cut_run
from tests.stronger_helpers import part
from tests.test_stronger21 import part as any_part

JOB = ("Care and safety lead. You will keep residents, children and stock safe: fire safety checks, safeguarding, "
       "gas and boiler servicing, stock records and audits, and training the team.")


def stronger(question: str, answer: str) -> str:
    """The stronger answer to ``answer`` for a job of its subject, after checking the run limit still holds."""
    out = score_answer(question, answer, job_description=JOB).stronger_answer
    assert longest_cut_run(out, answer) <= SHORT_PHRASE, out
    return out

GAS_Q = "The role asks for Gas Safe registration. Where has it changed how you work, and when did it last make a difference?"
GAS = ("I renewed my Gas Safe ACS tickets in 2023. The bit that changed my work most was the new flue checks. Last spring "
       "at Hartwell Homes we fitted a new boiler in a loft flat; I checked the flue route against the manual and did the "
       "commissioning myself before handover. The installer had fitted the wrong flue kit, so that caught it before the "
       "tenant moved in.")
CARE_Q = "Tell me about a time you improved food hygiene where you worked. What did you do?"
CARE = ("I check the fridge logs from my first week. At Riverside Care I ran a spot check with the kitchen staff and found "
        "two fridges running warm, so I had the seals replaced and retrained the team. The home kept its five-star hygiene "
        "rating.")
STOCK_Q = "Tell me about a time you found a mistake in stock records. What did you do?"
STOCK = ("In my second week at Dunmore Foods I counted the chilled store and found 40 cases missing from the system. I "
         "traced it to a delivery booked in twice. I told my supervisor, corrected the booking and re-ran the count. The "
         "count matched the system after that.")


@pytest.mark.parametrize(("question", "answer", "sentence", "label"), [
    (GAS_Q, GAS, "The installer had fitted the wrong flue kit, so that caught it before the tenant moved in.", "Result"),
    (CARE_Q, CARE, "I check the fridge logs from my first week.", "Situation"),
])
def test_a_sentence_of_no_part_goes_under_the_empty_part_beside_it(question: str, answer: str, sentence: str,
                                                                   label: str) -> None:
    out = stronger(question, answer)
    assert sentence in part(out, label), out


@pytest.mark.parametrize(("question", "answer"), [(GAS_Q, GAS), (CARE_Q, CARE), (STOCK_Q, STOCK)])
def test_every_sentence_of_an_on_topic_story_is_kept(question: str, answer: str) -> None:
    out = stronger(question, answer)
    kept = " ".join(any_part(out, h) for h in ("Situation", "Task", "Action", "Result", "Lesson"))
    for sentence in answer.replace("; ", ". ").split(". "):
        words = sentence.rstrip(".").split()
        assert " ".join(words[1:6]) in kept, (sentence, out)


NURSERY_Q = "What would you do if a child at the nursery told you something that raised a safeguarding concern?"
NURSERY = ("I'd stay calm, listen and not ask leading questions, and I wouldn't promise to keep it secret. I'd write down "
           "what the child said in their words with the time, and tell our safeguarding lead the same day. I wouldn't "
           "question the parents myself. Last winter a three-year-old told me at pick-up that her uncle had hurt her arm; "
           "I followed exactly that, and the lead called children's services that afternoon.")


def test_a_past_case_before_a_sentence_referring_back_to_it_is_kept() -> None:
    out = stronger(NURSERY_Q, NURSERY)
    case, parents, back = (out.find(s) for s in ("a three-year-old told me at pick-up", "I wouldn't question the parents",
                                                 "I followed exactly that"))
    assert -1 < parents < case < back, out  # kept, and in the answer's order: "that" follows what it refers to


SINCE_Q = "Tell me about a mistake you made at work. What did you do about it?"


@pytest.mark.parametrize("since", ["we haven't had a missed delivery since", "there hasn't been a short pallet since"])
def test_what_has_not_happened_since_is_the_result_not_an_action(since: str) -> None:
    answer = ("In my first week at Dunmore Foods I booked a delivery for the wrong day, so the store ran out of milk. I "
              "told my supervisor, rang the haulier and got it moved to the morning. Then I added a check of the booking "
              f"sheet to our weekly routine, and {since}.")
    out = stronger(SINCE_Q, answer)
    assert since.split()[-3] in part(out, "Result"), out
    assert since.split()[-3] not in part(out, "Action"), out
