"""Session 15 re-check (relev2): the kinds the Chromium re-check found, in made-up text."""

from __future__ import annotations

from core.coach.redirect import redirect_question
from core.coach.restate import restated_question

# ---------------------------------------------------------------- 5. a repeat notice restates the ask, not "Be specific."

_LONG_ASK = ("This job is mostly about looking after library visitors. Tell me about the most demanding project "
             "involving them that you led on your own, from what you owned to what you decided and how you could "
             "tell it worked. Be specific.")


def test_repeat_notice_never_restates_a_closing_instruction():
    for q in (_LONG_ASK, "Describe a time you calmed an upset visitor at the front desk. Take your time.",
              "How do you plan a week of shifts for a small team? Be as concrete as you can."):
        text = redirect_question("repeated", q, same_as=2)
        assert "same answer as for question 2" in text
        for closing in ("Be specific", "Take your time", "Be as concrete"):
            assert closing not in text, text


def test_restated_question_is_the_ask():
    assert restated_question("Describe a time you calmed an upset visitor at the front desk. Keep it brief.") == (
        "describe a time you calmed an upset visitor at the front desk.")
    assert restated_question("How do you plan a week of shifts for a small team? Take your time.") == (
        "how do you plan a week of shifts for a small team?")
    # a short sentence that asks is never taken for an instruction
    assert restated_question("Give an example.") == "give an example."


# ---------------------------------------------------------------- 1. a past story about something else, to an approach


_APPROACH_Q = "How would you plan a term of swimming sessions so that each session builds on the last?"
_OTHER_STORY = ("Our club's changing rooms were always chaotic, so I set up a rota for volunteers and labelled lockers "
                "by age group. I emailed families a one-page guide and we ran a trial week. Complaints dropped from "
                "about ten a month to two, and sessions started on time.")


def test_past_story_on_another_subject_does_not_answer_an_approach_question():
    from core.coach.follow_up import off_topic
    from core.coach.score import score_answer

    score = score_answer(_APPROACH_Q, _OTHER_STORY)
    assert score.relevance.score == 1, score.relevance.evidence
    assert "does what the question asks" not in score.relevance.evidence
    assert "swimming" in score.relevance.evidence
    assert score.overall <= 5
    assert off_topic(_APPROACH_Q, _OTHER_STORY)  # the chat says so too, before the report
    from core.coach.follow_up import follow_up_reason
    from core.coach.redirect import redirect_reason

    reason = follow_up_reason(_APPROACH_Q, _OTHER_STORY)
    assert redirect_reason(_APPROACH_Q, _OTHER_STORY, reason=reason) == ("off_topic", None)


def test_approach_answers_and_on_subject_stories_still_answer():
    from core.coach.follow_up import off_topic
    from core.coach.score import score_answer

    approach = ("I'd start from what the swimmers can already do, then order the skills so each one needs the last: "
                "floating, then kicking, then arm strokes. Each session opens by revisiting the previous skill for "
                "five minutes before adding the new one, and I check progress every third week.")
    story = ("Last spring I planned a ten-week term of swimming sessions for beginners. I ordered the skills so each "
             "session built on the last: floating, kicking, then strokes. By week ten 18 of 20 children swam 25 "
             "metres.")
    for answer in (approach, story):
        assert score_answer(_APPROACH_Q, answer).relevance.score >= 4
        assert not off_topic(_APPROACH_Q, answer)
    # a question asking for a past occasion is no approach question: a story there is judged as before
    asked_story = "Tell me about a time you improved how a sports club ran. How did you go about it?"
    assert score_answer(asked_story, _OTHER_STORY).relevance.score >= 4


def test_missed_ask_never_scores_above_the_middle():
    from core.coach.score import score_answer

    question = "This role needs an enhanced DBS check. Do you hold one?"
    answer = ("In my last school I led phonics for Year 1. I noticed that a third of the class were stuck on "
              "digraphs, so I set up a daily ten-minute catch-up group with flashcards and decodable books. I "
              "tracked each child's sounds weekly on a simple grid and shared it with the teaching assistant. By the "
              "summer, 27 of 30 pupils passed the screening check, up from 19 the year before.")
    score = score_answer(question, answer)
    assert score.relevance.score == 1
    assert score.overall <= 5, score.dimension_scores()


# ---------------------------------------------------------------- 3. a greeting and the role's title ask about nothing

_OPENER = ("Hello, and thank you for coming in today. Let's begin with your time as Shift Supervisor at Harbour Foods: "
           "what did you run there, and what makes you want the Logistics Planner – Fleet & Routing role at Kestrel "
           "Freight?")
_OPENER_ANSWER = ("At Harbour Foods I ran the night shift of twelve pickers and cut late loads from nine a week to two "
                  "by moving the loading plan to the afternoon. I want this job because I enjoy planning ahead.")


def test_opener_asks_about_no_requirement_its_titles_name():
    from core.coach.asked_requirement import unshown_requirement
    from core.coach.coverage import coverage_item

    for req in ("4+ years in fleet logistics", "coordinating one routing assistant"):
        item = coverage_item(req, [(_OPENER, _OPENER_ANSWER, None)])
        assert item.status == "not probed", item
        assert "Hello" not in item.evidence
        assert unshown_requirement(_OPENER, _OPENER_ANSWER, [req]) == ""


def test_asked_requirement_is_quoted_from_the_question_not_its_greeting():
    from core.coach.coverage import coverage_item

    question = "Hi, thanks for joining. How have you planned delivery routes for a fleet of vans?"
    item = coverage_item("route planning software", [(question, "I like driving and I am punctual.", None)])
    assert item.status == "weak"
    assert "Hi, thanks" not in item.evidence and "How have you planned" in item.evidence


# ---------------------------------------------------------------- 4. verbs sharing one object are all the duty


def test_verbs_sharing_an_object_are_all_kept():
    from core.analysis.job_duties import duty_phrases

    assert duty_phrases("Build and run a weekly stock audit with the store team") == [
        "building and running a weekly stock audit"]
    assert duty_phrases("Plan, deliver and evaluate induction training for new starters") == [
        "planning, delivering and evaluating induction training"]
    # a generic verb says nothing of the work; verbs with their own objects stay two duties
    assert duty_phrases("Support and mentor junior nurses") == ["mentoring junior nurses"]
    assert duty_phrases("Teach junior nurses and take part in audits") == ["teaching junior nurses",
                                                                          "taking part in audits"]


# ---------------------------------------------------------------- 2. the stronger evidence is quoted


def test_coverage_quotes_the_answer_with_the_action_and_its_result():
    from core.coach.coverage import coverage_item

    plan = ("For the spring term I plan backwards from the end-of-term goals and map the objectives across ten weeks. "
            "I share the weekly plan with my teaching assistant and parents at the start of term.")
    story = ("Few families came to our open mornings, so I started fortnightly parent workshops on early maths, with "
             "short games to take home. I texted families the dates through the school app. Attendance grew from 4 "
             "to 19 families, and homework returned each week went from about a third to two thirds.")
    rows = [("How do you plan a term?", plan, None), ("Tell me about a time you involved families.", story, None)]
    item = coverage_item("communicating regularly with parents", rows)
    assert item.status == "evidenced"
    assert "parent workshops" in item.evidence, item.evidence


def test_sql_is_shown_by_what_was_written_in_it():
    from core.coach.evidence import answer_evidence

    answer = ("For a bus punctuality study I imported three years of council timetable data into MySQL. To get late "
              "running by route I wrote a CTE to drop cancelled trips, then a window function, AVG over PARTITION BY "
              "route ORDER BY day ROWS 6 PRECEDING, for a 7-day average of minutes late.")
    found, quoted = answer_evidence(answer, "SQL")
    assert found == "evidenced"
    assert "window function" in quoted or "CTE" in quoted, quoted
    assert answer_evidence("We hired a window cleaner and I paid the invoice.", "SQL")[0] == ""
