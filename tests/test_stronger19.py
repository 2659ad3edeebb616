"""Every part of a stronger answer under the heading its verb and markers say (re-check, session 19: "…so a replayed
message was ignored; we have had zero double postings since 2021" left under Action with Result empty; "I re-costed the
menu…, and food cost went from 34% to 29%" under Result; a story's one step, told after its place, under Situation;
"because that's." and "my job is to record." cut on a word waiting for more; "By half term I would have groups running"
given as the Lesson; a closing "Now I start them in week two" dropped). Made-up answers."""

from __future__ import annotations

import pytest

from core.coach.score import score_answer
from core.coach.stronger_kinds import split_mixed, told_lesson
from core.coach.stronger_whole import cut_cleanly
from tests.stronger_helpers import part
from tests.stronger_helpers import stronger as _stronger

STORY = "Tell me about a time you improved a process at work."


@pytest.mark.parametrize(("answer", "action", "result"), [
    ("Our invoices were keyed by hand and errors kept reaching suppliers. I rebuilt the import template and retrained "
     "both clerks, and invoice errors fell from 40 a month to 6, which is about £900 a month saved.",
     "I rebuilt the import template and retrained both clerks", "Invoice errors fell from 40 a month to 6, which is about £900"),
    ("Our stock-count process was done on paper. I moved the counts to handheld scanners and trained the three supervisors; "
     "our weekly stock variance dropped from 3% to 1%.",
     "I moved the counts to handheld scanners", "Our weekly stock variance dropped from 3% to 1%"),
    ("The weak point was duplicate uploads to the finance system. I added a checksum to every export file, so a "
     "corrupted upload was rejected; we have had zero bad loads since 2022.",
     "so a corrupted upload was rejected", "We have had zero bad loads since 2022"),
])
def test_a_step_and_what_came_of_it_go_under_action_and_result(answer: str, action: str, result: str) -> None:
    out = _stronger(STORY, answer)
    assert action in part(out, "Action"), out
    assert result in part(out, "Result"), out
    assert action not in part(out, "Result"), out


def test_the_clause_split_keeps_an_aside_on_its_figure_and_the_cause_on_its_step() -> None:
    pieces = split_mixed("I cut the prep list to twelve items and trained the porters, and wastage went from 9% to 4%, "
                         "which is about £300 a week.")
    assert pieces == ["I cut the prep list to twelve items and trained the porters.",
                      "Wastage went from 9% to 4%, which is about £300 a week."]
    # "so" says why; the coach's "then" in its place says only when
    assert not cut_cleanly("I added a checksum to every file, so a bad upload was rejected.",
                           "I added a checksum to every file, then a bad upload was rejected.")


@pytest.mark.parametrize("answer", [
    "At Brightwell I set up a weekly cycle count for the fast-moving lines. Stock errors fell from 5% to 2% in a quarter.",
    "I have run audits for years: in March 2024 I moved our audit checklists from paper to tablets. Audit time fell "
    "from three days to one.",
])
def test_the_one_step_told_after_its_place_or_time_is_the_action(answer: str) -> None:
    out = _stronger(STORY, answer)
    assert "set up a weekly cycle count" in part(out, "Action") or "moved our audit checklists" in part(out, "Action"), out
    assert part(out, "Situation") == "", out


def test_a_headline_step_with_other_steps_after_it_stays_the_situation() -> None:
    out = _stronger(STORY, "At Ashgrove I led the move from paper rotas to an app. I mapped every shift pattern, ran two "
                           "trial weeks, and trained the 4 team leads. Missed shifts fell from 12 a month to 2.")
    assert "I led the move" in part(out, "Situation"), out
    assert "I mapped every shift pattern" in part(out, "Action"), out


@pytest.mark.parametrize(("source", "cut"), [
    ("I want an emergency post because that's where sepsis is caught earliest.", "I want an emergency post because that's."),
    ("It reminded me that my job is to notice and pass on.", "It reminded me that my job is to."),
    ("We moved the stock into the cold room.", "We moved the stock into the."),
])
def test_a_cut_never_ends_on_a_word_waiting_for_more(source: str, cut: str) -> None:
    assert not cut_cleanly(source, cut)


def test_a_reason_is_kept_whole_rather_than_cut_to_because_thats() -> None:
    out = score_answer("Tell me briefly about the work you do now, and why this role is your next step.",
                       "I'm a night-shift charge nurse at Hollins Ward; I trained 6 nurses in sepsis screening and our "
                       "screening rate went from 58% to 91%. I want an emergency department post because that's where "
                       "sepsis is caught earliest.").stronger_answer
    assert "because that's where sepsis is caught earliest" in out, out
    assert "that's." not in out, out


def test_a_duty_answers_lesson_is_kept_whole_under_lesson() -> None:
    out = score_answer(
        "What would you do if a customer told you something that raised a safeguarding concern?",
        "Last spring an elderly customer at the branch seemed frightened about her nephew and her money. I listened, "
        "noted her exact words that afternoon, and logged it on the incident system before close. I also told the "
        "safeguarding lead in person the same day. It reminded me that my job is to notice and pass on, not to "
        "investigate.").stronger_answer
    assert "Lesson: It reminded me that my job is to notice and pass on, not to investigate." in out, out
    assert "my job is to notice." not in out, out


def test_a_plan_is_a_step_never_the_lesson() -> None:
    out = score_answer("Describe how you would spend your first 90 days in this role.",
                       "In the first two weeks I would audit the stock of all 14 shops and meet each manager on site. "
                       "By week six I would have the new delivery rota running with the two drivers. By the end of "
                       "the quarter I would aim to cut waste by a tenth.").stronger_answer
    assert "Lesson:" not in out, out
    assert "I would have the new delivery rota running" in out, out
    assert not told_lesson("By week six I would have the new delivery rota running.")
    assert told_lesson("Looking back, I would have asked the drivers first.")


def test_a_closing_now_i_start_is_the_lesson() -> None:
    out = _stronger("Tell me about a time something you tried did not work.",
                    "In 2023 I aimed to clear the invoice backlog by March. I started the overtime rota too late, in "
                    "February, and we cleared only half of it. Now I start it in the first week of January.")
    assert "Now I start it in the first week of January" in part(out, "Lesson"), out


def test_a_standing_kept_through_the_test_is_the_result_never_dropped() -> None:
    out = _stronger("Tell me about a time an inspection tested your work.",
                    "Our fire-safety audit came in March 2024. I had rebuilt the evacuation log and trained all 9 wardens "
                    "the month before. The site kept its Gold accreditation.")
    assert "The site kept its Gold accreditation" in part(out, "Result"), out


def test_a_result_told_with_its_cause_after_the_scene_goes_under_action_and_result() -> None:
    out = _stronger("Tell me about a time an inspection tested your work.",
                    "It was tested at our fire-safety audit in 2024: the auditor checked our evacuation logs for every "
                    "floor, and because I had introduced monthly drills with timed sign-offs, every log was complete. "
                    "The site kept its Gold accreditation.")
    assert "the auditor checked our evacuation logs" in part(out, "Situation"), out
    assert "I had introduced monthly drills with timed sign-offs" in part(out, "Action"), out
    assert "Every log was complete" in part(out, "Result"), out
