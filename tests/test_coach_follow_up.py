"""Follow-ups (each trigger and its wording) and the end-of-interview report."""

from __future__ import annotations

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
    "not_experienced": (
        "Tell me about a time you had to deliver bad news to a customer, a manager or a colleague.",
        "I haven't had to break bad news myself, my manager always handled those conversations with clients.",
    ),
    "no_steps": (
        "What would you do if a key supplier told you a delivery will be two weeks late?",
        "I think it is important to stay calm and professional in that kind of situation and to keep everyone "
        "informed. Communication is key, and being honest with people matters a lot to me in general.",
    ),
    "non_answer": ("Tell me about a deal you lost.", "I don't know, sorry."),
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

