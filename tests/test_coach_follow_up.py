"""Follow-ups (each trigger and its wording) and the end-of-interview report."""

from __future__ import annotations

import re

import pytest

from core.coach import (
    FOLLOW_UP_REASONS,
    build_report,
    follow_up_question,
    follow_up_reason,
)
from core.schemas import AnswerScore, aggregate_scores
from tests.coach_fixtures import (
    COMPANY_NAME,
    CV,
    GOOD_ANSWER,
    JD,
    TITLE,
    answer_scores,
)

# ---------------------------------------------------------------- follow-ups

FOLLOW_UP_CASES = {
    "generic_why": (
        "Why do you want this role at our garden centre?",
        "It seems like a great company with a friendly team and a good reputation, and I want to develop my skills "
        "and take on a new challenge where I can keep learning and make a real difference every single day.",
    ),
    "not_experienced": (
        "Tell me about a time you had to deliver bad news to a customer, a manager or a colleague.",
        "I haven't had to break bad news myself, my manager always handled those conversations with clients.",
    ),
    "vague": (
        "How would you bring down no-shows at a physiotherapy clinic's evening appointments?",
        "I would always try to keep a positive attitude about it. First I would have a think about everything, "
        "then I would speak with the people involved and see what happens, and adjust things as we go along.",
    ),
    "no_steps": (
        "What would you do if a key supplier told you a delivery will be two weeks late?",
        "I think it is important to stay calm and professional in that kind of situation and to keep everyone "
        "informed. Communication is key, and being honest with people matters a lot to me in general.",
    ),
    "non_answer": ("Tell me about a deal you lost.", "I don't know, sorry."),
    "own_part": (
        "Tell me about a time a delivery to a client went wrong.",
        "The delivery went wrong because the warehouse never checked the order. Then the courier failed to turn up. "
        "It wasn't my fault at all: my manager never told me the client had changed the order.",
    ),
    "claims_only": (
        "Tell me about a time you led a project.",
        "I was in charge of everything on the project and made sure it all went well. I'm a hard worker and a team player.",
    ),
    "too_short": (
        "Tell me about a deal you lost.",
        "I lost a big deal to a competitor on price last spring, it was painful.",
    ),
    "no_example": (
        "How do you prioritise your queue when several urgent tickets arrive at once?",
        "I think it is important to stay calm and look at which tickets are really urgent for the customer. "
        "I would weigh the impact and the urgency of each one, talk to my colleagues about the queue, and make "
        "sure every customer feels heard and informed about what is happening with their request.",
    ),
    "we_not_i": (
        "Tell me about a production incident you helped resolve.",
        "Last year we had an outage on our checkout service. We looked at the dashboards and we saw the database "
        "was overloaded. We rolled back the release and we added an index, and then we wrote a postmortem together "
        "so that we would catch it earlier next time.",
    ),
    "no_result": (
        "Tell me about a time you improved a process.",
        "At my last job I was asked to look at how we handled supplier invoices, because they were emailed around "
        "for approval and got lost. I set up a shared tracker with an owner and a due date for each invoice and I "
        "trained the two approvers on it.",
    ),
}


@pytest.mark.parametrize("reason", sorted(FOLLOW_UP_CASES))
def test_each_follow_up_trigger(reason):
    question, answer = FOLLOW_UP_CASES[reason]
    assert follow_up_reason(question, answer) == reason
    text = follow_up_question(reason, question, answer)
    assert text.endswith(("?", "."))
    assert text != question


def test_follow_up_wording_matches_the_reason():
    assert "measurable" in follow_up_question(
        "no_result", *FOLLOW_UP_CASES["no_result"]
    ) or "number" in follow_up_question("no_result", *FOLLOW_UP_CASES["no_result"])
    we_text = follow_up_question("we_not_i", *FOLLOW_UP_CASES["we_not_i"], variant=0)
    assert "personally" in we_text and '"' in we_text  # quotes the answer's own words
    for variant in (0, 1):
        text = follow_up_question("no_example", *FOLLOW_UP_CASES["no_example"], variant=variant)
        assert "example" in text or "specific time" in text
    assert set(FOLLOW_UP_REASONS) == set(FOLLOW_UP_CASES)


def test_a_full_answer_needs_no_follow_up():
    assert follow_up_reason("Tell me about a time you improved deployments.", GOOD_ANSWER) is None


# ---------------------------------------------------------------- report


# Sport and hobby answers to work questions: "team", "coach", "training", "league" are words of work too,
# but said of a football team or a netball club they are no answer to the question.
KUBERNETES = ("How would you approach Kubernetes in your first months here, given your CV doesn't mention it? "
              "Be concrete about what you'd do first.")
STAKEHOLDER = "Tell me about a time you had to deal with a difficult stakeholder."
HOBBIES = (
    "I played in a football team at the weekend and we won the league.",
    "I play five-a-side football with my team every Sunday; we won the league last season and I was captain.",
    "I coach my daughter's netball club on Saturdays, and our training sessions are great fun for everyone.",
)
AT_WORK = (
    "I led a team of five engineers to rebuild our billing system and we cut invoice errors by half.",
    "I lead a team of five engineers and coach two juniors; we win most quarters on delivery targets.",
    "Our team had a stakeholder who kept changing the scope, so I set up a weekly meeting with him.",
)


@pytest.mark.parametrize("question", [KUBERNETES, STAKEHOLDER])
@pytest.mark.parametrize("answer", HOBBIES)
def test_a_sport_or_hobby_answer_gets_no_probing_follow_up(question, answer):
    """A newcomer's "I played in a football team…" got "Could you say a bit more?" because "team" counted
    as a word of work. Said of sport or a club, such words are no sign of work: the interviewer moves on."""
    assert follow_up_reason(question, answer) == "non_answer"


@pytest.mark.parametrize("question", [KUBERNETES, STAKEHOLDER])
@pytest.mark.parametrize("answer", AT_WORK)
def test_team_lead_and_coach_at_work_are_still_answers(question, answer):
    from core.analysis.answer import about_work, analyse_answer, elsewhere

    assert follow_up_reason(question, answer) != "non_answer"
    assert about_work(answer) and elsewhere(analyse_answer(answer, question), question) == []


def test_a_longer_hobby_answer_is_scored_as_about_something_else():
    from core.analysis.answer import analyse_answer, elsewhere

    topic = elsewhere(analyse_answer(HOBBIES[2], STAKEHOLDER), STAKEHOLDER)
    assert "netball" in topic


def test_report_aggregates_and_maps_coverage():
    rows = answer_scores()
    report = build_report(rows, job_title=TITLE, company=COMPANY_NAME, job_description=JD, cv_text=CV)
    scores = [AnswerScore.model_validate(r["score"]) for r in rows if r["score"]]
    assert report.overall == aggregate_scores(scores)[0]
    coverage = {c.requirement: c for c in report.coverage}
    assert coverage["Kubernetes"].status == "evidenced" and "Kubernetes" in coverage["Kubernetes"].evidence
    assert coverage["Kafka"].status == "weak"
    assert coverage["Terraform"].status == "not probed" and coverage["Terraform"].evidence == ""
    assert report.strengths and report.weaknesses
    assert any("skipped" in w for w in report.weaknesses)
    tips = " ".join(report.cv_tips)
    assert "Kafka" in tips and "Terraform" in tips  # required, absent from the CV
    assert '"responsible for"' in tips.lower() or '"helped with"' in tips.lower()  # weak verbs quoted
    assert "no number" in tips  # bullets without numbers
    assert TITLE in report.summary


def test_report_without_answers_is_honest():
    report = build_report(
        [{"question": "Q?", "answer": "", "score": None}], job_title=TITLE, job_description=JD
    )
    assert report.overall == 1
    assert "No answers were scored" in report.summary
    assert not report.strengths
    assert all(c.status == "not probed" for c in report.coverage)



# ---------------------------------------------------------------- issue 15: follow-ups that listen

BAD_NEWS_Q = "Tell me about a time you had to deliver bad news to a customer, a manager or a colleague."
HYPOTHETICAL_Q = "What would you do if a key supplier told you a delivery will be two weeks late?"
EXAMPLE_ANSWER = (
    "Last year at Brightlane a client's launch slipped because our vendor missed a deadline. I called the client "
    "the same morning, explained what had happened and what we were doing about it, and offered a weekly check-in "
    "until the new date. They stayed with us and renewed the contract in the spring."
)
HYPOTHETICAL_ANSWER = (
    "First I would ask the supplier exactly what is late and why, then check our stock to see how long we can "
    "cover. Next I would call our backup supplier for a quote and tell the affected customers early, with a new "
    "date, rather than waiting. After that I would review whether we need a second supplier permanently."
)
NUMBERS_ANSWER = (
    "We were losing 14% of trial users in week one. I ran 6 interviews, found the setup took 25 minutes, and cut "
    "it to 8 minutes with a guided import; week-one retention rose from 86% to 93% in two months."
)


def test_i_havent_done_that_gets_a_kind_move_on_to_how_they_would_handle_it():
    answer = "I haven't had to break bad news myself, my manager always handled those conversations."
    reason = follow_up_reason(BAD_NEWS_Q, answer)
    assert reason == "not_experienced"
    text = follow_up_question(reason, BAD_NEWS_Q, answer)
    assert "specific time" not in text and "actually did" not in text
    assert "how you would handle it" in text or "how would you approach it" in text


def test_no_request_for_an_example_right_after_one_was_given():
    reason = follow_up_reason(BAD_NEWS_Q, EXAMPLE_ANSWER)
    assert reason not in {"no_example", "too_short"}
    if reason:
        assert "specific time" not in follow_up_question(reason, BAD_NEWS_Q, EXAMPLE_ANSWER)


def test_a_hypothetical_is_never_asked_for_a_result_or_an_example():
    assert follow_up_reason(HYPOTHETICAL_Q, HYPOTHETICAL_ANSWER) is None
    vague = "I would stay calm and keep everyone informed, because honest communication matters most to me."
    reason = follow_up_reason(HYPOTHETICAL_Q, vague)
    text = follow_up_question(reason, HYPOTHETICAL_Q, vague) if reason else ""
    assert reason in {None, "too_short", "no_steps"}
    assert "result" not in text.lower() and "outcome" not in text.lower()


def test_no_go_deeper_after_a_detailed_answer():
    question = "Tell me about a product change you made based on user research."
    assert follow_up_reason(question, NUMBERS_ANSWER) is None


def test_quotes_end_at_a_word_or_sentence_boundary():
    answer = (
        "I think the main thing I did on that project was to rebuild the reporting pipeline from scratch using "
        "Airflow and dbt so the finance team stopped waiting three days for numbers, and then I trained them."
    )
    for reason in ("no_result", "we_not_i", "too_short", "no_example"):
        for variant in range(3):
            text = follow_up_question(reason, "Tell me about a project.", answer, variant=variant)
            assert "…" not in text
            for quoted in [q for q in re.findall(r'"([^"]+)"', text) if len(q.split()) > 1]:
                assert answer.startswith(quoted) or f" {quoted}" in answer or quoted in answer
                assert quoted.split()[-1] in answer.replace(",", " ").replace(".", " ").split()


def test_no_acknowledgement_is_glued_to_the_next_question():
    """The question is only the question (issue 15 point 4): the offline interviewer says no acknowledgement
    at all (session 13: the unused acknowledgement module was removed), so none can sound like praise."""
    from core.coach.turn import next_question_text

    dont_know = "I don't know."
    settings = {"style": "neutral", "session_id": "s-1", "question_count": 8}
    question = next_question_text(
        settings, job_title="Analyst", company="", job_description="", cv_text="",
        asked=["Q1?", "Q2?", "Q3?", "Q4?"], last_answer=dont_know, step={"kind": "question", "number": 5, "total": 8},
    )
    assert not question.lower().startswith(("that's fine", "thank", "okay", "noted", "let's move"))
