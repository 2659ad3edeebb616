"""Judgement faults still seen in the browser in session 21, each as a kind (issue 15, session 22, judge22).

Made-up text of the kinds seen: a follow-up reply that finds a cause from its own data ("I interviewed every leaver
and found that…") after an off-topic first answer answers "How would you find the biggest bottleneck…?"; a question
saying "leading end-to-end delivery" asks nothing about bottlenecks; a fire-safety story answers a fire-safety
question with no job description (the question alone decides). The labelled pairs are
``tests/data/judge22_pairs.json`` (written before the code changed; ``python -m bench.scorer_judge22``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.scorer_judge22 import outcome
from bench.scorer_offtopic import called_off_topic
from core.coach.redirect import about_something_else
from core.coach.score import score_answer
from tests.scripted_interview import run_interview

PAIRS = json.loads((Path(__file__).parent / "data" / "judge22_pairs.json").read_text(encoding="utf-8"))["pairs"]

BOTTLENECK_Q = "How would you find the biggest bottleneck in a process you've just inherited?"
GRIEVANCE = ("Last spring a driver raised a grievance about his rota after his paternity leave. I met him within a "
             "week with a note-taker, checked the flexible working policy and offered a fixed early shift. He accepted "
             "and withdrew the grievance.")
DIAGNOSIS = ("At Penrose Garden Centres in 2023 our staff turnover in the first three months was 33%, which told me "
             "the induction was failing. I interviewed every leaver and found that new starters were left alone on "
             "the tills in their first week. I set up a buddy for the first fortnight and a short training plan. "
             "Within a year early leavers fell to 13%.")
END_TO_END_Q = ("What was the hardest problem you have faced in leading end-to-end delivery of a software project, "
                "and what did you trade off?")
END_TO_END_A = ("In 2022 I led the rebuild of our booking service at Tern Ferries from the first workshop to go-live. "
                "Six weeks in, the finance team found our refunds differed from the old system on one booking in "
                "forty. I paused the rollout, paired with the finance lead for a week and we wrote 300 test cases "
                "from real bookings. We dropped the planned loyalty screen to keep the date. We went live on time "
                "with no refund differences in the first quarter.")
FIRE_Q = "Tell me about a time you improved fire safety at your workplace."
FIRE_A = ("In 2023 I took over as fire warden for our depot of 80 people. I found that a third of the extinguishers "
          "were past their service date, so I had them all serviced, moved pallets that blocked a fire exit and "
          "rewrote the evacuation plan. I ran a drill every quarter and our evacuation time went from nine minutes "
          "to five.")


def test_a_cause_found_from_its_own_data_answers_a_bottleneck_question():
    score = score_answer(BOTTLENECK_Q, DIAGNOSIS)
    assert score.relevance.score >= 4, score.relevance.evidence
    assert score.overall >= 6, score
    assert "another question" not in score.relevance.evidence


def test_the_diagnosis_reply_after_a_grievance_story_counts(tmp_path, monkeypatch):
    messages, scores = run_interview(tmp_path, monkeypatch, [BOTTLENECK_Q], lambda number, kind: (
        GRIEVANCE if kind == "question" else DIAGNOSIS), job_title="HR Advisor", follow_ups=True)
    asked = [m.content for m in messages if m.kind == "follow_up"]
    assert asked and "something else" in asked[0], asked  # the grievance is still caught
    score = scores[1]
    assert score.overall >= 6, score
    assert "adds nothing" not in score.evidence["relevance"], score.evidence["relevance"]


def test_end_to_end_in_a_question_is_no_bottleneck_question():
    assert not called_off_topic(END_TO_END_Q, END_TO_END_A)
    assert not about_something_else(END_TO_END_Q, END_TO_END_A)
    score = score_answer(END_TO_END_Q, END_TO_END_A)
    assert score.relevance.score >= 4, score.relevance.evidence
    assert "held up" not in score.relevance.evidence


def test_a_fire_safety_story_answers_a_fire_safety_question_with_no_job():
    assert not called_off_topic(FIRE_Q, FIRE_A)
    score = score_answer(FIRE_Q, FIRE_A)
    assert score.relevance.score >= 4, score.relevance.evidence
    assert score.overall >= 6


def test_a_grievance_to_a_bottleneck_question_is_still_caught():
    score = score_answer(BOTTLENECK_Q, GRIEVANCE)
    assert about_something_else(BOTTLENECK_Q, GRIEVANCE) or score.relevance.score <= 2
    assert score.overall <= 4


@pytest.mark.parametrize("pair", [p for p in PAIRS if p["label"] == "reply_on" or p["kind"] == "no_job"],
                         ids=lambda p: p["question"][:40])
def test_the_team_pairs_of_these_kinds_are_judged_as_labelled(pair):
    seen = outcome(pair)
    assert seen["ok"], seen


def test_the_team_pairs_file_is_well_formed():
    labels = {"on", "partial", "off", "weak", "reply_on", "move_on"}
    assert len(PAIRS) >= 40
    assert all(p["label"] in labels and p["question"].strip() and p["answer"].strip() for p in PAIRS)
    assert all(p.get("left") for p in PAIRS if p["label"] == "partial")


LICENCE_Q = ("The role asks for a Reach Truck licence, and I don't see it on your CV. Do you hold it, or where are you "
             "in getting it?")
REWARD = ("Once at Tollgate Stores we had a mad Easter and everyone worked late, my supervisor gave me a bonus and I "
          "bought a new car.")
PLAN_REPLY = ("Say a loader rings in sick at 5am with two trailers to fill. I would check who on the early shift still "
              "has hours, move one of them onto loading, and tell the transport office the new departure time.")


@pytest.mark.parametrize("question,answer", [
    (LICENCE_Q, REWARD),
    (BOTTLENECK_Q, GRIEVANCE),
    ("Tell me about a time you kept a project within a tight budget. How did you control costs?",
     "When our first aider left in 2023 I had to cover first aid for our floor. I did the three-day course, restocked "
     "the kits and put up new signs; we now have two first aiders on every shift."),
])
def test_an_answer_about_something_else_has_none_of_its_parts_quoted_as_the_question_s(question, answer):
    score = score_answer(question, answer)
    assert score.relevance.score <= 2, score.relevance.evidence
    structure = score.structure.evidence
    assert not structure.startswith("Found") and "situation:" not in structure, structure
    assert "something else" in structure


def test_the_first_answer_s_parts_are_not_quoted_after_an_off_topic_answer_and_its_reply(tmp_path, monkeypatch):
    _messages, scores = run_interview(tmp_path, monkeypatch, [LICENCE_Q], lambda number, kind: (
        REWARD if kind == "question" else PLAN_REPLY), job_title="Warehouse Team Leader", follow_ups=True)
    structure = scores[1].evidence["structure"]
    assert "Found situation" not in structure and "Tollgate" not in structure.split("so none")[-1], structure


def test_an_on_topic_story_still_has_its_parts_quoted():
    score = score_answer(BOTTLENECK_Q, DIAGNOSIS)
    assert "something else" not in score.structure.evidence, score.structure.evidence


ADOPT_Q = "Tell me about a time you introduced a new system or tool to a team. How did you get people to adopt it?"
CLEAN_UP = ("In 2022 our shared drive had 9,000 folders and the surveyors kept filing reports in the wrong place. I "
            "exported the folder list, archived everything untouched for a year, merged duplicate client folders and "
            "set up one template per job type. I also added a rule that flags files saved outside the template. "
            "Folders went down to 1,400 and time spent finding a report fell by about a third.")
ADOPTED = ("In 2023 I brought Asana into our eight-person surveying team, which ran jobs from email. Two seniors were "
           "sceptical, so I asked them to design the board and ran a one-hour session on our own live jobs. For a month "
           "I answered questions only in Asana and posted the weekly plan there. By the second month all eight used it "
           "daily and missed report deadlines fell from five a quarter to one.")


def test_a_tool_change_without_how_people_took_it_up_is_half_on_topic_in_the_chat_and_the_report():
    from core.coach.follow_up import follow_up_reason
    from core.coach.redirect import redirect_reason

    score = score_answer(ADOPT_Q, CLEAN_UP)
    assert score.relevance.score == 3, score.relevance.evidence
    assert "half on topic" in score.relevance.evidence
    assert any("adopt" in m for m in score.missing), score.missing
    assert not any(m.startswith(("An answer to what", "A clearer link")) for m in score.missing), score.missing
    # the chat follows the same rule: not about something else, so never asked again as such
    assert not about_something_else(ADOPT_Q, CLEAN_UP) and not called_off_topic(ADOPT_Q, CLEAN_UP)
    assert redirect_reason(ADOPT_Q, CLEAN_UP, [], reason=follow_up_reason(ADOPT_Q, CLEAN_UP)) is None


def test_a_story_of_both_parts_is_on_topic():
    score = score_answer(ADOPT_Q, ADOPTED)
    assert score.relevance.score >= 4, score.relevance.evidence
    assert not any("other part" in m for m in score.missing)


def test_a_story_of_neither_part_is_still_off_topic():
    answer = ("Last summer I went on a walking holiday in the Lakes with two friends. I planned the itinerary, booked "
              "the hostels and kept our spending in a shared sheet, and we finished all six routes.")
    score = score_answer(ADOPT_Q, answer)
    assert score.relevance.score <= 2 or about_something_else(ADOPT_Q, answer), score.relevance.evidence
    assert "half on topic" not in score.relevance.evidence


@pytest.mark.parametrize("pair", [p for p in PAIRS if p["label"] in {"partial", "off"}], ids=lambda p: p["question"][:40])
def test_the_team_pairs_of_halves_and_answers_elsewhere_are_judged_as_labelled(pair):
    seen = outcome(pair)
    assert seen["ok"], seen


OPENER_Q = ("Let's begin with the entry your CV lists as “Interaction Designer, Brightpath Travel, Leeds”: what did you "
            "own there, and what draws you to the lead designer role at Oakmere Bank?")
VAGUE_OPENER = ("At Brightpath I'm the designer on the trip planner. I own it end to end, from research to the final "
                "screens. Most recently we redesigned the search page. It went well and bookings went up. I'm "
                "interested in Oakmere because I liked banking work at Fenwick and I want to do more senior work.")
CONCRETE_OPENER = ("At Brightpath I'm the designer on the trip planner. Last year I ran twelve interviews with families, "
                   "found they abandoned search at the dates step, and rebuilt it as a flexible-dates calendar; "
                   "bookings from search rose from 3.1% to 4.4%. I'm interested in Oakmere because I liked banking "
                   "work at Fenwick and I want to lead a design team.")


def test_a_vague_example_in_an_opener_is_no_complete_structure():
    score = score_answer(OPENER_Q, VAGUE_OPENER)
    assert score.structure.score <= 3, score.structure.evidence
    assert score.overall <= 7, score
    assert "claim" in score.structure.evidence


def test_a_concrete_example_in_an_opener_keeps_its_structure_and_scores_above_the_vague_one():
    vague, concrete = score_answer(OPENER_Q, VAGUE_OPENER), score_answer(OPENER_Q, CONCRETE_OPENER)
    assert "claim" not in concrete.structure.evidence, concrete.structure.evidence
    assert concrete.structure.score >= 4 and concrete.overall > vague.overall


@pytest.mark.parametrize("pair", [p for p in PAIRS if p["label"] == "weak"], ids=lambda p: p["question"][:40])
def test_the_team_pairs_of_vague_answers_are_judged_as_labelled(pair):
    seen = outcome(pair)
    assert seen["ok"], seen


METRICS_Q = "Which operational metrics would you put on a weekly dashboard, and what would make you act on one?"
METRICS_WEAK = ("I'd look at the repairs budget against spend, contractor invoices and how many tenant repairs are "
                "open. If something is over I'd look into it.")
METRICS_REPLY = ("Every Monday I'd compare each budget line with the same week last year in our Sage report. If repairs "
                 "older than ten days go up two weeks running, I ring the contractor and ask why; that's how I found "
                 "one was booking jobs twice.")


def test_measures_named_without_the_word_metric_take_up_a_metrics_question():
    score = score_answer(METRICS_Q, METRICS_WEAK)
    assert score.relevance.score >= 4, score.relevance.evidence
    assert score.overall <= 7  # still a thin answer


@pytest.mark.parametrize("first", [METRICS_WEAK, "It depends on the place really, every office is different."])
def test_the_lines_of_one_answer_with_its_follow_up_never_contradict_each_other(tmp_path, monkeypatch, first):
    _messages, scores = run_interview(tmp_path, monkeypatch, [METRICS_Q], lambda number, kind: (
        first if kind == "question" else METRICS_REPLY), job_title="Housing Officer", follow_ups=True, style="tough")
    score = scores[1]
    lines = [score.evidence[d] for d in ("structure", "specificity", "depth")]
    assert score.relevance >= 4, score.evidence["relevance"]  # the reply answers it
    assert not any("does not answer the question" in line for line in lines), lines


SPEAK_Q = ("The role calls for fluent Italian, and your CV shows related work. Which piece of that work comes closest, "
           "and what did you do there yourself?")
EXCEL_Q = "How well do you know Excel pivot tables, and where have you used them?"


@pytest.mark.parametrize("answer,lang_words", [
    ("Je ne sais pas.", ("Ce n'est pas grave", "Pas de souci")),
    ("No lo sé.", ("No pasa nada", "No se preocupe")),
    ("Ich weiß es nicht.", ("Kein Problem",)),
    ("I don't know.", ("That's all right", "No problem")),
])
def test_i_dont_know_to_a_language_question_gets_a_move_on_of_its_kind_in_the_answer_s_language(
        tmp_path, monkeypatch, answer, lang_words):
    messages, _ = run_interview(tmp_path, monkeypatch, [SPEAK_Q, "Tell me about a time you helped a guest."],
                                lambda number, kind: answer, job_title="Hotel Receptionist", follow_ups=True)
    asked = [m.content for m in messages if m.kind == "follow_up" and m.question_no == 1]
    assert len(asked) == 1, asked
    assert "not everyone has" not in asked[0] and "how you would handle it" not in asked[0], asked
    assert asked[0].startswith(lang_words), asked


def test_i_dont_know_to_a_knowledge_question_asks_where_it_was_used_not_how_to_handle_it():
    from core.coach.follow_up import follow_up_question

    for variant in range(2):
        text = follow_up_question("not_experienced", EXCEL_Q, "I don't know.", variant=variant)
        assert "how you would handle it" not in text and "if it happened" not in text, text


def test_i_havent_done_that_still_gets_the_closest_thing():
    from core.coach.follow_up import KIND_MOVE_ONS, follow_up_question

    text = follow_up_question("not_experienced", "Tell me about a time you dealt with a flood in a guest room.",
                              "I haven't done that.")
    assert text in KIND_MOVE_ONS


OWN_Q = ("You list leading end-to-end service design on your CV: “Service designer with 7 years' experience, leading "
         "end-to-end design from discovery research to live services…”. What was the hardest problem you have faced in "
         "leading end-to-end design work, and which trade-offs did you weigh?")
OWN_JOB = "Lead Service Designer\nYou will:\n- Lead end-to-end design from discovery to live services.\n- Mentor designers."
OWN_A = ("At Kestrel Water, ten days before we launched the new bill-payment service, testing with older customers "
         "showed that 5 of 8 could not find the payment date field on a phone. I had to tell the service owner and the "
         "head of customer care that we should hold the launch. I brought three clips from the sessions, proposed a "
         "ten-day fix with the developers rather than a full redesign, and they agreed. We launched ten days late and "
         "online payments completed rose from 58% to 76%.")


def test_a_hardest_problem_story_inside_one_s_own_design_work_shows_leading_it_end_to_end():
    score = score_answer(OWN_Q, OWN_A, job_description=OWN_JOB)
    assert score.relevance.score >= 4, score.relevance.evidence
    assert "shows nothing of" not in score.relevance.evidence
    assert not any("end-to-end" in m for m in score.missing), score.missing


def test_an_office_move_to_the_end_to_end_question_is_still_not_on_topic():
    answer = ("Last year our team moved offices. I organised the packing for our floor, labelled the crates and made "
              "sure everyone's monitors worked on the Monday.")
    score = score_answer(OWN_Q, answer, job_description=OWN_JOB)
    assert score.relevance.score <= 3 and score.overall <= 5, score


@pytest.mark.parametrize("pair", [p for p in PAIRS if p["label"] == "on"], ids=lambda p: p["question"][:40])
def test_the_team_pairs_of_on_topic_answers_are_judged_as_labelled(pair):
    seen = outcome(pair)
    assert seen["ok"], seen


ADOPT_REPLY = ("I showed the surveyors the new folders in two short sessions, asked the two most sceptical to test the "
               "template for a week and answered their questions. Within a month everyone used it and nobody filed "
               "outside it.")


@pytest.mark.parametrize("style", ["neutral", "tough"])
def test_the_chat_asks_the_part_left_aside_and_the_reply_lifts_the_answer(tmp_path, monkeypatch, style):
    messages, scores = run_interview(tmp_path, monkeypatch, [ADOPT_Q], lambda number, kind: (
        CLEAN_UP if kind == "question" else ADOPT_REPLY), job_title="Office Manager", follow_ups=True, style=style)
    asked = [m.content for m in messages if m.kind == "follow_up"]
    assert len(asked) == 1 and "adopt" in asked[0] and "something else" not in asked[0], asked
    alone = score_answer(ADOPT_Q, CLEAN_UP)
    assert scores[1].relevance >= 4 and scores[1].overall >= alone.overall, (scores[1], alone.overall)
