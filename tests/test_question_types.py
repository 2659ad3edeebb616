"""Question types: each kind of question is recognised by its wording (core.coach.question_types)."""

from __future__ import annotations

import pytest

from core.coach.question_types import QUESTION_TYPES, detect_question_type, question_type


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is your greatest weakness?", "self_assessment"),
        ("How would your colleagues describe you?", "self_assessment"),
        ("Why did you leave your last job?", "motivation"),
        ("Why should we hire you?", "motivation"),
        ("Why do you want to work in healthcare?", "motivation"),
        ("Tell me about a time you disagreed with your manager.", "behavioural"),
        ("Give me an example of a goal you missed.", "behavioural"),
        ("How would you handle an angry customer who wants a refund?", "situational"),
        ("What would your first 90 days look like?", "situational"),
        ("Design a URL shortener for a million users a day.", "technical"),
        ("Explain the difference between a process and a thread.", "technical"),
        ("Tell me about yourself.", "introduction"),
    ],
)
def test_detects_the_kind_of_question(question: str, expected: str) -> None:
    assert detect_question_type(question) == expected
    assert expected in QUESTION_TYPES


def test_unknown_wording_defaults_to_behavioural() -> None:
    assert detect_question_type("") == "behavioural"
    assert question_type("Something else entirely") == "behavioural"


@pytest.mark.parametrize("question", [
    "What makes you a strong fit?",
    "What makes you a strong fit for this role?",
    "Let's begin with you: what in your experience so far makes you a strong fit for the account manager role at Northwind?",
    "Why are you a good fit for this team?",
    "What makes you the right person for this job?",
    "Why should we choose you over other candidates?",
    "What would you bring to this team?",
    "What value would you add here?",
    "How do you see yourself fitting in here?",
    "Do you think you would fit in with our team?",
    "What excites you about this role?",
    "What appeals to you about working for us?",
    "Why are you applying for this role?",
    "What made you apply?",
    "Tell me why you want this job.",
    "How does this role fit into your long-term goals?",
    "Why our company?",
    "Why Northwind?",
])
def test_fit_and_why_us_wording_is_a_motivation_question(question: str) -> None:
    assert detect_question_type(question) == "motivation"


@pytest.mark.parametrize(("question", "expected"), [
    ("Tell me about a time you had to fit into a new team quickly.", "behavioural"),
    ("How do you fit a regression model to noisy data?", "technical"),
    ("What is the best fit line in linear regression?", "technical"),
    ("How do you check that a dataset is fit for purpose?", "technical"),
    ("Why does Python use a global interpreter lock?", "technical"),
])
def test_fit_in_other_senses_keeps_its_type(question: str, expected: str) -> None:
    assert detect_question_type(question) == expected


def test_a_fit_question_is_not_scored_as_a_star_story() -> None:
    from core.coach.score import score_answer

    answer = ("I have six years of account management in B2B software, I grew renewals at Acme from 82% to 94%, "
              "and I want this role because Northwind sells to the mid-market customers I know best.")
    score = score_answer("What makes you a strong fit for this role?", answer)
    asked = " ".join(score.missing) + " " + score.structure.evidence
    assert "step by step" not in asked and "situation, task" not in asked.lower(), asked
    assert "reason tied to this role" in score.structure.evidence, score.structure.evidence


# A newcomer found "What steps would you take …?" read as a past-example (STAR) question and "Why NoSQL?"
# as a motivation question: hypothetical wordings and why-questions about a technical choice.
@pytest.mark.parametrize("question", [
    "What steps would you take to onboard a new client?",
    "What questions would you ask a patient who reports chest pain?",
    "What would be your first step if the payroll run failed?",
    "What would your approach be to a 20% drop in sales?",
    "What is the first thing you would check if the site is slow?",
    "Walk me through what you would do if the build broke the night before release.",
    "Where would you start with an untested legacy codebase?",
    "Supposing a colleague took credit for your work, what then?",
    "In a situation where two managers give you conflicting orders, what do you do?",
    "Say a client disputes an invoice: how should you respond?",
    "Imagine a supplier misses a delivery.",
    "If you were leading the team, how would you split the work?",
])
def test_hypothetical_wordings_are_situational(question: str) -> None:
    assert detect_question_type(question) == "situational"


@pytest.mark.parametrize("question", [
    "Why NoSQL?",
    "Why Kubernetes?",
    "Why did you choose PostgreSQL over MongoDB for that project?",
    "Why microservices instead of a monolith?",
    "Why would you use Redis for sessions?",
    "Why GraphQL rather than REST?",
])
def test_a_why_question_about_a_technical_choice_is_technical(question: str) -> None:
    assert detect_question_type(question) == "technical"


@pytest.mark.parametrize("question", [
    "Why Northwind?", "Why nursing?", "Why did you choose nursing over teaching?", "Why do you want to work with Python?",
    "Why this company?", "Why did you leave your last job?", "What would you bring to the team?",
])
def test_why_questions_about_the_candidate_stay_motivation(question: str) -> None:
    assert detect_question_type(question) == "motivation"


def test_a_hypothetical_answer_is_not_asked_for_a_star_story() -> None:
    from core.coach.score import score_answer

    answer = ("First I would call the client to agree what a good first month looks like, then I would set up their "
              "accounts and a shared tracker, because missed handovers are the usual cause of churn. After two weeks I "
              "would review progress with them and adjust the plan.")
    score = score_answer("What steps would you take to onboard a new client?", answer)
    assert "situation, task" not in score.structure.evidence.lower(), score.structure.evidence
    assert "STAR is not expected" in score.structure.evidence


@pytest.mark.parametrize(("question", "expected"), [
    # "weakness" or "strength" of something else is no question about the candidate
    ("Describe a time you spotted a weakness in a supplier's quality checks.", "behavioural"),
    ("What is a strength of event sourcing compared with plain CRUD tables?", "technical"),
    ("Tell me about a time you found a control weakness in the month-end close.", "behavioural"),
    # the candidate's own, however it is worded
    ("What are your main strengths?", "self_assessment"),
    ("Tell me about a weakness of yours.", "self_assessment"),
    ("Tell me about a weakness.", "self_assessment"),
    ("What would you say are your strengths and weaknesses?", "self_assessment"),
    ("What is the toughest feedback you've received from a manager, and what did you change?", "self_assessment"),
])
def test_strengths_and_weaknesses_are_the_candidates_own(question: str, expected: str) -> None:
    assert detect_question_type(question) == expected
