"""Follow-ups that listen and judgement a candidate trusts (issue 15 point 4, newcomer of session 13).

Every answer here is made up for its kind; none is the newcomer's text or a dev-set answer.
"""

from __future__ import annotations

import pytest

from core.analysis.answer import analyse_answer
from core.coach.follow_up import follow_up_question, follow_up_reason
from core.coach.score import score_answer

PAST_Q = "Tell me about a time you fixed a process that kept going wrong."


# ---------------------------------------------------------------- 1. a result told in words


@pytest.mark.parametrize("answer", [
    # a state that changed, said without a figure
    "Last spring a parent emailed me every week that her daughter was bored in maths. I met her after school, "
    "listened to her worries and showed her the workbook. I then set extension tasks twice a week and sent a "
    "short note home every Friday. The parents stopped complaining and the girl started asking for harder problems.",
    # "never … again"
    "In my previous job our month-end report kept arriving after the board meeting because the exports came in "
    "late. I moved the export to the Tuesday before and wrote a checklist for the two analysts who prepared it. "
    "We never missed the deadline again, and the finance director asked me to share the checklist.",
    # a result after a span of time, with the figure in words
    "One of the apprentices on my site kept skipping the morning safety briefing and was close to a warning. I "
    "sat down with him, paired him with our most patient fitter and asked him to lead the briefing on Fridays. "
    "Within three weeks he was the first one at every briefing, and by the summer he was leading it on his own.",
])
def test_a_result_in_words_is_a_result_and_no_outcome_is_asked(answer: str) -> None:
    ev = analyse_answer(answer, PAST_Q)
    assert "result" in ev.star
    assert follow_up_reason(PAST_Q, answer) != "no_result"
    assert "Missing: result" not in score_answer(PAST_Q, answer).structure.evidence


def test_an_answer_without_an_outcome_is_still_asked_for_one() -> None:
    answer = ("At the bakery where I worked, the weekend orders were often mixed up. I asked to look at how they "
              "were taken, wrote every order on a numbered card and pinned the cards above the ovens. I also "
              "trained the two Saturday staff to read them back to the customer.")
    assert follow_up_reason(PAST_Q, answer) == "no_result"


# ---------------------------------------------------------------- 2. an answer that opens with its situation or task


@pytest.mark.parametrize(("answer", "part"), [
    ("In early 2022 our head of sales asked me to sort out the handover between sales and onboarding. I "
     "interviewed four account managers, drafted a handover checklist and trained the team on it. Onboarding "
     "time fell from 20 days to 12.", "situation"),
    ("In early 2022 our head of sales asked me to sort out the handover between sales and onboarding. I "
     "interviewed four account managers, drafted a handover checklist and trained the team on it. Onboarding "
     "time fell from 20 days to 12.", "task"),
    ("Two years ago the library where I worked lost half its volunteers in a month. I was given the job of "
     "rebuilding the rota. I called every former volunteer, split the shifts into two-hour slots and put the "
     "rota online. By Christmas every shift was covered.", "situation"),
    ("Two years ago the library where I worked lost half its volunteers in a month. I was given the job of "
     "rebuilding the rota. I called every former volunteer, split the shifts into two-hour slots and put the "
     "rota online. By Christmas every shift was covered.", "task"),
    ("I was asked to take over the weekly rota when our manager left. I moved it into a shared calendar, set a "
     "deadline for swap requests and checked it every Friday. Complaints about shifts stopped within a month.",
     "situation"),
    ("Earlier this year our warehouse started losing parcels between the dock and the shelves. My manager asked "
     "me to find out where. I walked the route with a scanner for a week and added a scan at the dock door. "
     "Losses dropped from nine a month to one.", "task"),
])
def test_an_opening_situation_or_task_is_found(answer: str, part: str) -> None:
    assert part in analyse_answer(answer, PAST_Q).star
    evidence = score_answer(PAST_Q, answer).structure.evidence
    assert part not in evidence.split("Missing:")[1] if "Missing:" in evidence else True


# ---------------------------------------------------------------- 3. told in the first person


def test_our_and_us_are_no_team_telling_the_story() -> None:
    answer = ("Our checkout service was timing out for our biggest customers, and our on-call rota was worn out. "
              "I traced the timeouts to our payment client, which retried without a backoff. I offered to own the "
              "fix, so I added exponential backoff and a circuit breaker, and we rolled it out to our own staff "
              "first. Our pages dropped from twelve a week to one.")
    assert follow_up_reason(PAST_Q, answer) != "we_not_i"
    assert "your own part is unclear" not in score_answer(PAST_Q, answer).specificity.evidence


def test_a_story_told_as_we_still_asks_for_the_own_part() -> None:
    answer = ("Our team had a release that kept failing. We looked at the pipeline together, we split the tests "
              "into three groups and we added retries to the flaky ones. We released on time after that and the "
              "team was happy with it.")
    assert follow_up_reason(PAST_Q, answer) == "we_not_i"
    asked = [follow_up_question("we_not_i", PAST_Q, answer, variant=v) for v in (0, 1)]
    quoted = [q for q in asked if "what the team did" in q]
    assert quoted and all('"We ' in q or '"we ' in q for q in quoted)  # what "we" did, not "Our team had…"


# ---------------------------------------------------------------- 7. a name with a number is no figure


@pytest.mark.parametrize(("answer", "name"), [
    ("I profiled the orders endpoint and found an N+1 query pattern in the ORM, so I rewrote it with one join.",
     "N+1"),
    ("We had a 1:1 every week, and I brought the O(n^2) loop in the importer up as the cause of the slow runs.",
     "1:1"),
])
def test_a_name_with_a_digit_is_no_number(answer: str, name: str) -> None:
    ev = analyse_answer(answer, "Tell me about a time you made something faster.")
    assert ev.numbers == []
    assert "Cites numbers" not in score_answer("Tell me about a time you made something faster.", answer).specificity.evidence


# ---------------------------------------------------------------- 6. a strength quotes what the candidate said


QUEUE_Q = "Explain how a message queue helps a backend service under load."
QUEUE_A = ("A service that takes bursts of orders can put them on a queue such as RabbitMQ, and workers pull at their "
           "own pace, so a spike never reaches the database at once. Idempotent handlers matter because a message can "
           "be delivered twice, and a dead-letter queue holds the ones that keep failing. I watch the queue depth "
           "in Grafana and add workers when it grows, with Redis in front of the hottest reads.")


def _quotes(text: str) -> list[str]:
    import re

    return re.findall(r'"([^"]+)"', text)


def _norm(text: str) -> str:
    import re

    return re.sub(r"\W+", " ", text.lower().replace("…", "")).strip()


def test_strengths_and_rubric_quote_only_the_answers_own_words() -> None:
    from core.coach.report import build_report

    score = score_answer(QUEUE_Q, QUEUE_A)
    report = build_report([{"question": QUEUE_Q, "answer": QUEUE_A, "score": score}], job_title="Backend Engineer")
    quoted = [q for line in report.strengths for q in _quotes(line)]
    quoted += [q for dim in ("relevance", "structure") for q in _quotes(getattr(score, dim).evidence)]
    assert quoted
    assert all(_norm(q) in _norm(QUEUE_A) for q in quoted), quoted  # never a list of its terms as a quote


def test_the_concepts_named_are_shown_as_written_named_tools_first() -> None:
    evidence = score_answer(QUEUE_Q, QUEUE_A).structure.evidence
    assert "concepts or components involved: RabbitMQ" in evidence


# ---------------------------------------------------------------- 4. the follow-up reply lifts, the answer keeps its shape


METRICS_Q = "Which warehouse metrics do you watch, and how can chasing one of them hurt the team?"
METRICS_A = "Um, I watch the usual ones, like, you know, pick rate and errors. Basically if you chase speed, like, people rush. So yeah."
METRICS_FU = "How exactly would you do that, and what would you do first?"
METRICS_REPLY = ("At a parcel depot in 2021, when we pushed pick rate hard, mis-picks rose by about 12% within a month. "
                 "I added a mis-pick column to the shift board and set the target as pick rate with accuracy beside it; "
                 "mis-picks fell back within six weeks and nobody was disciplined for speed again.")


def test_a_good_reply_lifts_a_filler_answer_but_not_its_structure() -> None:
    from core.interview.state import QuestionRecord
    from core.interview.weighing import weighed_score

    record = QuestionRecord(number=1, question=METRICS_Q, answer=METRICS_A, follow_up=METRICS_FU,
                            follow_up_answer=METRICS_REPLY)
    main = score_answer(METRICS_Q, METRICS_A)
    combined = score_answer(*record.scored_question_and_answer)
    weighed = weighed_score(record, score_answer)
    assert combined.structure.score > main.structure.score  # the reply, scored with the answer, fills its parts
    assert weighed.structure.score == main.structure.score  # the answer's own shape, not the prompted reply's
    assert "follow-up" in weighed.structure.evidence
    assert main.overall < weighed.overall < combined.overall  # it still lifts, by less than a whole new answer


# ---------------------------------------------------------------- 5. the stronger answer's parts read right


def _part(stronger: str, label: str) -> str:
    import re

    found = re.search(rf"\b{label}: (.*?)(?= (?:Situation|Task|Action|Result|Lesson): |$)", stronger)
    return found.group(1) if found else ""


READING_Q = "Tell me about a time you raised results for a group that was behind."
READING_A = ("Last year our Year 2 readers were well behind and the head wanted a plan before the spring term. "
             "As Reading Lead I set up daily phonics catch-up groups, and I trained two teaching assistants to run "
             "them. I used exit tickets at the end of each lesson to move pupils between groups. Over three terms, "
             "the share of pupils reading at the expected level for their age in Year 2 went from 54% to 79%. "
             "I learned that short daily sessions beat long weekly ones.")
STOCK_A = ("At a garden centre I ran the stock room, and the counts never matched the till. I was asked to fix the "
           "weekly count. I rewrote the count sheets and trained the weekend staff to scan every shelf. In the "
           "spring audit the average stock error went from 7% on the old count sheets to 2%. I rewrote the supplier "
           "order emails for the three biggest suppliers and cut late deliveries by 12% over two quarters.")


def test_a_result_keeps_its_figures_and_is_never_only_a_time() -> None:
    stronger = score_answer(READING_Q, READING_A).stronger_answer
    result = _part(stronger, "Result")
    assert "54%" in result and "79%" in result
    assert not result.startswith("Over three terms.")
    stock = _part(score_answer(READING_Q, STOCK_A).stronger_answer, "Result")
    assert "7%" in stock and "2%" in stock and "12%" in stock


def test_an_action_is_no_lesson_and_a_role_keeps_its_as() -> None:
    stronger = score_answer(READING_Q, READING_A).stronger_answer
    assert "exit tickets" not in _part(stronger, "Lesson")
    assert "As Reading Lead I set up" in _part(stronger, "Action")


def test_the_opening_problem_is_no_result() -> None:
    answer = ("In my first term I ran a Year 8 science lesson that fell apart ten minutes in. I had planned one long "
              "demonstration, and half the class lost track of it. The next week I split it into three short steps "
              "with a question after each and I asked two pupils to explain each step back. By the end of the unit "
              "the class average went from 41% to 63%.")
    stronger = score_answer(READING_Q, answer).stronger_answer
    assert "fell apart" not in _part(stronger, "Result")


def test_a_re_verb_is_an_action_and_what_was_learned_is_not() -> None:
    answer = ("Last winter the under-tens at our youth football club kept dropping out of training. My task "
              "was to keep them coming through the winter. I regrouped the squad by ability and re-planned every "
              "session around small games. The lesson I took was that children stay for play, not drills. By March "
              "every player was still coming.")
    ev = analyse_answer(answer, PAST_Q)
    assert ev.star.get("action", "").startswith("I regrouped")
    assert "lesson" not in ev.star.get("action", "").lower()
