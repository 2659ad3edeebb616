"""A stronger answer never gives the answer back (beyond a short phrase of it) and puts a sentence under a STAR
heading only when it is of that kind (newcomer, session 12: the weak answer pasted back as the "stronger" one;
the candidate's sentences under the wrong headings). Made-up answers."""

from __future__ import annotations

import re

from core.coach.score import score_answer
from core.coach.stronger_whole import longest_cut_run

Q = "Tell me about a time you fixed a problem with late deliveries."
WEAK = ("We had some problems with deliveries being late at my last job and customers were not happy about it. "
        "We talked about it as a team and tried a few different things until it got better. "
        "In the end it worked out fine and the manager was pleased with how we handled it.")
MIXED = ("At Halden Foods our morning orders left late almost every day. I was asked to sort it out before the "
         "Christmas peak. I moved one picker to the night shift and changed the order of the pick lists. "
         "In total 40 customers were affected each week. Late orders fell from 18% to 3% within a month.")
LABELS = r"(?:Situation|Task|Action|Result|Lesson): "


def _longest_run(stronger: str, answer: str) -> int:
    """The longest run of the answer's consecutive words in the stronger answer, outside its bracketed gaps."""
    said = [w.lower() for w in re.findall(r"[\w'%]+", answer)]
    best = 0
    for piece in re.split(r"\[[^\]]*\]|" + LABELS, stronger):
        mine = [w.lower() for w in re.findall(r"[\w'%]+", piece)]
        for i in range(len(mine)):
            for j in range(len(said)):
                n = 0
                while i + n < len(mine) and j + n < len(said) and mine[i + n] == said[j + n]:
                    n += 1
                best = max(best, n)
    return best


def _part(sample: str, label: str) -> str:
    found = re.search(rf"\b{label}: (.*?)(?= {LABELS}|$)", sample)
    return re.sub(r"\[[^\]]*\]", "", found.group(1)).strip() if found else ""


def test_a_weak_answer_is_never_given_back_as_the_stronger_one():
    for answer in (WEAK, MIXED):
        stronger = score_answer(Q, answer).stronger_answer
        # a sentence is given back whole or cut cleanly (session 18: a cut lost "customers were not happy"); what is cut
        # gives back a short phrase at most, and the answer is never echoed: not all of its sentences, and its gaps named
        assert longest_cut_run(stronger, answer) <= 12, stronger
        said = re.split(r"(?<=\.)\s+", answer)
        at = [stronger.find(s.rstrip(".")) for s in said]
        assert -1 in at or at != sorted(at), stronger  # all of it given back whole only when rearranged
        assert re.search(r"\[[^\]]+\]", stronger), stronger


def test_each_sentence_sits_under_the_heading_of_its_kind():
    stronger = score_answer(Q, MIXED).stronger_answer
    assert "40 customers were affected" not in _part(stronger, "Result"), stronger  # a fact of the setting
    assert "40 customers were affected" not in _part(stronger, "Action"), stronger
    assert "fell from 18% to 3%" in _part(stronger, "Result"), stronger
    assert "I moved one picker" in _part(stronger, "Action"), stronger
    assert "I was asked to sort it out" in _part(stronger, "Task"), stronger
