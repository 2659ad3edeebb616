"""Session 24 (helper order24): a question that asks for no past example (an estimate challenged, a decision to take,
a figure to defend) is not judged on STAR; one about the candidate's own past that no rule names still is.
Made-up questions and answers."""

from core.coach.question_types import detect_question_type
from core.coach.score import score_answer

NOT_PAST = [
    "Your two estimates of the bakery's daily sales are 25% apart. Which one do you trust?",
    "Which of your assumptions is carrying most of the estimate?",
    "The landlord offers a cheaper lease if you sign for ten years. Take it or leave it?",
    "The council publishes 40,000 bus trips a day. You said 25,000. Are you wrong?",
    "It is the week before Christmas. What changes in your forecast?",
]
PAST = [
    "What was the hardest part of your last placement?",
    "What's your experience with payroll software?",
    "Which achievement from your current job are you proudest of?",
]


def test_a_question_asking_for_no_past_example_is_not_a_story_question():
    for question in NOT_PAST:
        assert detect_question_type(question) != "behavioural", question


def test_a_question_about_the_candidates_own_past_stays_a_story_question():
    for question in PAST:
        assert detect_question_type(question) == "behavioural", question


def test_a_reasoned_answer_to_an_estimate_challenge_is_not_missing_a_story():
    score = score_answer(
        NOT_PAST[1],
        "The share of office workers who buy lunch out, at 40%. I took it from one survey of London offices, and it "
        "multiplies everything downstream, so moving it to 30% takes the total from about 12,000 to 9,000 meals a "
        "day. The price per meal matters less, because I can check it on the menus in an afternoon, so I would test "
        "the share first by counting a queue at two sites.")
    assert "Missing: situation, task, action, result" not in score.structure.evidence, score.structure
    assert score.structure.score >= 3, score.structure
    assert not any(m.startswith("The situation: where and when") for m in score.missing), score.missing
