"""Follow-ups that listen and judgement that agrees with itself (issue 15 point 4, fresh tester of session 14).

Every CV line, question and answer here is made up for its kind; none is the tester's text or a dev-set answer.
"""

from __future__ import annotations

import pytest

from core.analysis.answer import analyse_answer
from core.analysis.results import measured_result
from core.coach.follow_up import follow_up_reason
from core.coach.report import _cv_tips
from core.coach.score import score_answer
from core.coach.stronger_limits import star_kinds

# ---------------------------------------------------------------- 7. another language's stem is no English result verb

_CV = """Dana Whitfield
Accounts Assistant

Experience
Accounts Assistant, Harlow Timber Supplies, 2019 - 2024
- {line}
- Processed 300 purchase invoices a month in Sage
- Prepared 12 bank reconciliations each quarter

Skills
Sage, Excel, bank reconciliation
"""
_NO_RESULT_TIP = "No bullet combines an action with a measured result"


@pytest.mark.parametrize("line", [
    "Identified 14 duplicate supplier invoices during month-end checks",  # es "duplic-"
    "Maintained 3 augmented reality demo kits for the sales team",  # fr "augment-"
    "Ran 40 incremental backups of the ledger each month",  # es "increment-"
])
def test_an_english_word_that_opens_with_another_languages_stem_is_no_result(line: str) -> None:
    assert any(t.startswith(_NO_RESULT_TIP) for t in _cv_tips(_CV.format(line=line), []))


@pytest.mark.parametrize("line", ["Duplicamos las ventas en 2 años", "Aumenté la facturación un 20%",
                                  "Cut supplier payment errors by 14%"])
def test_a_result_verb_in_english_or_another_language_still_counts(line: str) -> None:
    assert not any(t.startswith(_NO_RESULT_TIP) for t in _cv_tips(_CV.format(line=line), []))


# ---------------------------------------------------------------- 3. a measure in words is the number a result needs


FIX_Q = "Tell me about a time you fixed a process that kept going wrong."
_STORY = ("At the depot our weekly stock count never matched the system. I was asked to fix it. I rewrote the count "
          "sheet and trained the night team to scan each bay. {result}")


def _part(stronger: str, label: str) -> str:
    import re

    found = re.search(rf"\b{label}: (.*?)(?= (?:Situation|Task|Action|Result|Lesson|Steps|Approach|Trade-offs|"
                      rf"Concepts|Reasoning|Why this role|Evidence|What you bring): |$)", stronger)
    return found.group(1) if found else ""


@pytest.mark.parametrize("result", [
    "The backlog was cleared in three weeks.",
    "We handed the new rota over two days early.",
    "Picking took half the time it had before.",
    "The audit closed a week early and nobody worked overtime.",
    "The new checklist cut handover time in half.",
    "Within a month the count matched twice as often as before.",
])
def test_a_result_measured_in_words_is_a_measured_result(result: str) -> None:
    answer = _STORY.format(result=result)
    assert measured_result(result)
    ev = analyse_answer(answer, FIX_Q)
    assert "result" in ev.star
    score = score_answer(FIX_Q, answer)
    assert not any(m.startswith(("A number that shows", "The result, with a number")) for m in score.missing)
    said = _part(score.stronger_answer, "Result")
    assert said and "[" not in said  # the result is there, and no "[Add the number…]" after it


@pytest.mark.parametrize("said", ["We had to clear the backlog in three weeks.", "I want to cut the handover in half.",
                                  "The deadline was two days early this year."])
def test_a_brief_or_a_plan_in_words_is_no_measured_result(said: str) -> None:
    assert not measured_result(said)


# ---------------------------------------------------------------- 8. a request to repeat, then the answer, in one message


LATE_Q = "How would you handle a delivery driver who keeps arriving late for the morning shift?"
LATE_A = ("I would first talk to the driver in private to find out why, then agree a start time we can both check "
          "and follow up after a week with the depot manager.")


@pytest.mark.parametrize("request_", ["Sorry, could you repeat that? Anyway,", "Pardon? Okay, I think I got it.",
                                      "Um, what was the question? Never mind,", "I didn't catch that. So"])
def test_only_the_answer_part_after_a_request_to_repeat_is_scored(request_: str) -> None:
    said = f"{request_} {LATE_A[0].lower()}{LATE_A[1:]}"
    alone, both = score_answer(LATE_Q, LATE_A), score_answer(LATE_Q, said)
    assert both.model_dump() == alone.model_dump()  # every dimension, quote and gap as for the answer alone
    assert follow_up_reason(LATE_Q, said) == follow_up_reason(LATE_Q, LATE_A)


def test_an_answer_that_mentions_repeating_is_scored_whole() -> None:
    from core.coach.repeat_request import without_repeat_request

    for said in ("I would repeat the check with the driver the next morning. " + LATE_A, "Sorry, can you repeat that?"):
        assert without_repeat_request(said) == said  # no request before an answer: nothing is left out


# ---------------------------------------------------------------- 1. a model answer keeps no weak or off-question part


def _theirs(stronger: str) -> str:
    """What of the candidate's a stronger answer keeps: its text outside the coach's bracketed gaps and labels."""
    import re

    return re.sub(r"\[[^\]]*\]|\b[A-Z][\w -]{2,20}: ", " ", stronger).strip(" .")


@pytest.mark.parametrize(("question", "answer"), [
    ("How do you research and approach a prospect before a first call? Be specific.",
     "I learned to check who signs off the budget earlier."),
    ("Tell me about a time you turned around a deal that was slipping.",
     "I learned to check who signs the contract earlier."),
    ("How would you plan staffing for a peak week in the warehouse?",
     "I learned to ask the buyer for the budget much earlier in the first meeting."),
])
def test_an_answer_off_its_question_is_no_model_for_it(question: str, answer: str) -> None:
    score = score_answer(question, answer)
    assert score.relevance.score <= 2
    assert not _theirs(score.stronger_answer), score.stronger_answer  # the outline of gaps, none of the answer


@pytest.mark.parametrize("weak", ["I want to work there because it is close to my house and the pay is good.",
                                  "I applied because the pay is better than in my current job.",
                                  "I'd like to work here as the office is near where I live and the commute is short."])
@pytest.mark.parametrize("question", ["Why do you want this role at Harbourline Logistics?",
                                      "What in your experience so far makes you a strong fit for the Night Porter role?"])
def test_a_reason_any_job_could_give_is_no_part_of_a_model_answer(weak: str, question: str) -> None:
    real = "I want to learn freight planning from the team I met at the open day."
    out = score_answer(question, f"{weak} {real}").stronger_answer
    assert "freight" in out  # the reason tied to the role stays
    for word in ("house", "pay", "live", "commute", "hours"):
        assert word not in _theirs(out).lower(), out
    alone = score_answer(question, weak + " That is the main reason I applied for it.").stronger_answer
    assert not any(w in _theirs(alone).lower() for w in ("house", "pay", "live", "commute", "hours")), alone


# ---------------------------------------------------------------- 2. each sentence under the heading of its kind



def _sentences_under(stronger: str, label: str) -> list[str]:
    import re

    body = re.sub(r"\[[^\]]*\]", "", _part(stronger, label)).strip()
    return [s for s in re.split(r"(?<=[.!?])\s+", body) if len(s.split()) >= 3]


@pytest.mark.parametrize(("question", "answer", "result_words"), [
    ("How would you reduce picking errors on the night shift?",
     "I would first look at the error log by zone. Then I would re-slot the fastest movers near dispatch. At my last "
     "site this cut mis-picks from 40 a week to 12. I would also pair new pickers with experienced ones for a week.",
     "mis-picks"),
    ("How would you win back a customer who stopped ordering?",
     "I would call the buyer first and ask what changed. Then I would offer a review of their last three orders. "
     "When I did this at Kestrel Foods, their orders rose from 2 a month to 9. I would agree a check-in every month.",
     "orders rose"),
])
def test_a_result_told_in_a_plan_is_no_step(question: str, answer: str, result_words: str) -> None:
    steps = " ".join(_sentences_under(score_answer(question, answer).stronger_answer, "Steps"))
    assert steps and result_words not in steps


@pytest.mark.parametrize(("answer", "result_words", "action_words"), [
    ("In 2022 our returns took ten days to process. I mapped the steps with the team and removed two approvals. "
     "Returns now take four days, and I trained the new starters on the shorter flow so it stuck.",
     "four days", "trained the new starters"),
    ("Last winter the clinic's waiting list had grown to 300 patients. I was asked to bring it down. I phoned every "
     "patient on it and moved the routine checks to a nurse-led slot. The list fell from 300 to 120 in a month, and I "
     "wrote the new booking rules into the team handbook.",
     "300 to 120", "handbook"),
])
def test_a_sentence_with_a_result_and_an_action_goes_under_both(answer: str, result_words: str, action_words: str) -> None:
    stronger = score_answer(FIX_Q, answer).stronger_answer
    assert result_words in _part(stronger, "Result")
    assert action_words in _part(stronger, "Action") and action_words not in _part(stronger, "Result")


@pytest.mark.parametrize("step", [
    "I pulled the access log from the gateway and found a rule that a config change that morning had dropped by accident.",
    "I once worked with a supplier who kept missing cut-off times, so I adapted the order window to suit their vans.",
])
def test_a_whole_action_sentence_is_no_result(step: str) -> None:
    answer = ("Last March our overnight orders were failing for one region. I was on call that week. " + step +
              " Orders went through again by 6am and the region lost no customers.")
    stronger = score_answer(FIX_Q, answer).stronger_answer
    assert all("result" in star_kinds(s) for s in _sentences_under(stronger, "Result")), stronger
    assert step.split()[1] in _part(stronger, "Action")  # "pulled", "once"


# ---------------------------------------------------------------- 5. a reply about something else is no coverage evidence

ROUTES_JD = "Transport Planner\nRequirements:\n- Route planning for a fleet of 40 vans\n- Advanced Excel\n- Driver scheduling\n"
ROUTES_Q = "Tell me about a time you planned delivery routes for a fleet of vans."
ROUTES_A = "I like working with people and I am always on time for my shifts, so I think I would be good at it."
ROUTES_FU = "What did you do yourself, step by step?"


def _coverage(reply: str) -> dict[str, str]:
    from core.coach.report import build_report
    from core.interview.state import QuestionRecord
    from core.interview.weighing import weighed_score

    record = QuestionRecord(number=1, question=ROUTES_Q, answer=ROUTES_A, follow_up=ROUTES_FU, follow_up_answer=reply)
    score = weighed_score(record, score_answer)
    report = build_report([{"question": ROUTES_Q, "answer": record.combined_answer, "score": score}],
                          job_title="Transport Planner", job_description=ROUTES_JD)
    return {c.requirement.split()[0].lower(): c.status for c in report.coverage}


def test_a_follow_up_reply_about_something_else_shows_no_requirement() -> None:
    reply = "I built an Excel tracker for our office raffle and I updated it every Friday for the social committee."
    assert _coverage(reply)["excel"] != "evidenced"  # the reply "adds nothing": it shows nothing either


def test_a_follow_up_reply_on_the_question_is_still_evidence() -> None:
    reply = ("I planned the routes for our 12 vans each morning in Excel, grouping drops by postcode, and I cut the "
             "average route from 9 hours to 7.")
    assert _coverage(reply)["excel"] == "evidenced"


# ---------------------------------------------------------------- 4. relevance and the requirement coverage agree

FLEET_JD = """Account Executive - Routewise
Requirements:
- Experience selling fleet management or telematics software
- Salesforce
"""
DEMO_A = ("Last year I noticed our product demos ran long and lost buyers, so I built a 20-minute demo format with a "
          "discovery checklist, trained two new reps on it, and ran it on every first meeting. Our demo-to-close rate "
          "went from 18% to 27% in two quarters.")


@pytest.mark.parametrize("question", [
    "The role asks for fleet management, which I don't see on your CV. What have you done that comes closest, and how "
    "would you get up to speed?",
    "What experience do you have with fleet management?",
])
def test_an_answer_that_shows_nothing_of_the_requirement_asked_is_not_fully_relevant(question: str) -> None:
    from core.coach.report import build_report

    score = score_answer(question, DEMO_A, job_description=FLEET_JD)
    report = build_report([{"question": question, "answer": DEMO_A, "score": score}], job_title="Account Executive",
                          job_description=FLEET_JD)
    fleet = next(c for c in report.coverage if "fleet" in c.requirement.lower())
    assert fleet.status == "weak"
    assert score.relevance.score <= 3 and "fleet management" in score.relevance.evidence  # the same judgement, said


def test_an_answer_that_takes_up_the_requirement_asked_keeps_its_relevance() -> None:
    question = ("The role asks for fleet management, which I don't see on your CV. What have you done that comes "
                "closest, and how would you get up to speed?")
    answer = ("The closest is the 12 delivery vans I scheduled at Brightmart: I planned their routes every morning and "
              "tracked fuel in a spreadsheet. To get up to speed on fleet management I would shadow your fleet team for "
              "two weeks and take the vendor's telematics course.")
    score = score_answer(question, answer, job_description=FLEET_JD)
    assert score.relevance.score >= 4 and "shows nothing of" not in score.relevance.evidence


# ---------------------------------------------------------------- 6. a question on a requirement's near sense probes it

QUARTER_Q = "How do you plan your quarter?"


@pytest.mark.parametrize("requirement", ["forecasting", "Sales forecasting"])
def test_a_question_on_the_requirements_sense_probes_it(requirement: str) -> None:
    from core.coach.coverage import coverage_item

    vague = "I write a list of what matters most and I check it with my manager every week so that nothing is missed."
    item = coverage_item(requirement, [(QUARTER_Q, vague, score_answer(QUARTER_Q, vague))])
    assert item.status == "weak" and "Asked about" in item.evidence  # asked, not "not probed"
    shown = ("I work back from my number: my quota is $600K a quarter, so I check my pipeline coverage every Monday "
             "and I call the deals that slipped.")
    assert coverage_item(requirement, [(QUARTER_Q, shown, score_answer(QUARTER_Q, shown))]).status == "evidenced"


def test_a_practice_inside_a_topic_is_still_not_probed_by_the_topic() -> None:
    from core.coach.coverage import coverage_item

    question = "How do you keep your patients safe on a busy ward?"
    answer = "I check every patient's chart at the start of the shift and I escalate any change to the nurse in charge."
    assert coverage_item("administering medications", [(question, answer, score_answer(question, answer))]
                         ).status == "not probed"


def test_pay_or_a_commute_in_a_story_is_no_reason_and_stays() -> None:
    answer = ("In 2023 our drivers kept leaving within a month. I was asked to find out why. I interviewed all twelve "
              "and negotiated better pay for the night shift with the owner. Leavers fell from 5 a quarter to 1.")
    assert "better pay" in score_answer(FIX_Q, answer).stronger_answer


@pytest.mark.parametrize("said", ["I work in a day centre for adults with learning needs.", "Half the team was new.",
                                  "Half of the drivers were agency staff."])
def test_a_place_or_a_share_of_people_in_words_is_no_measured_result(said: str) -> None:
    assert not measured_result(said)
