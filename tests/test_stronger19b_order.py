"""A stronger answer never opens a sentence on a list marker, and a sentence referring back keeps the one it refers to
(newcomer run 19: a reply "Yes - last quarter a logistics company's…" came back as "- last quarter…", and "That became
the compelling event" came back without the sentence before it, which said what "that" was). Made-up answers."""

from __future__ import annotations

import re

from core.coach.score import score_answer
from core.coach.stronger_sentences import clean_sentences
from core.interview.state import QuestionRecord

TECHNICAL = "What do you check first when a new supplier quotes a lower price?"


def test_a_list_marker_left_by_an_opener_never_opens_a_sentence() -> None:
    said = clean_sentences("Yes - last spring a packaging firm quoted 20% under our supplier. • I checked their audits.")
    assert said[0].startswith("Last spring a packaging firm"), said
    assert said[1] == "I checked their audits.", said


def test_a_sentence_referring_back_keeps_its_antecedent() -> None:
    answer = ("I use BANT. I ask who approves spend at their level, what breaks if they wait a year, how they judge "
              "success, and what their buying steps and dates look like. If they can't name a budget holder or a "
              "deadline, I keep it as early pipeline and don't forecast it.")
    reply = ("Yes - last spring a retailer's IT lead was very keen, but when I asked who approves spend over £30k he "
             "didn't know and there was no deadline. I kept it out of my forecast, got a meeting with their CFO, and "
             "found a contract renewal due in June. That became the deadline and we closed £60k ARR in May.")
    record = QuestionRecord(number=1, question="How do you qualify a new lead in a first discovery call?", answer=answer,
                            follow_up="Can you make that concrete with one real example from your own work?",
                            follow_up_answer=reply)
    out = score_answer(*record.scored_question_and_answer).stronger_answer
    assert not re.search(r"(?:^|: |\. )- ", out), out
    antecedent = "I kept it out of my forecast, got a meeting with their CFO, and found a contract renewal due in June."
    assert antecedent in out, out
    assert out.index(antecedent) < out.index("That became the deadline"), out


def test_a_two_word_outcome_is_a_sentence_an_acknowledgement_is_not() -> None:
    said = clean_sentences("I showed the board both options. They accepted. Okay then. We started in May.")
    assert "They accepted." in said, said
    assert not any(s.startswith("Okay") for s in said), said


def test_a_short_outcome_is_kept_under_result() -> None:
    answer = ("At our depot in 2023 the night shift kept missing the 5am trunk. My task was to tell the regional "
              "manager we needed a later cut-off. I brought the scan data for six weeks and proposed moving the cut-off "
              "by 30 minutes. She agreed. The trunk left on time on 58 of the next 60 nights.")
    out = score_answer("Tell me about a time you had to persuade a manager to change a cut-off at the depot.", answer).stronger_answer
    assert "She agreed." in out, out
