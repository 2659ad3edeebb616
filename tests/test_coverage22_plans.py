"""A plan for the new role or a course studied is no evidence of a practice (session 21 re-checkers: "mentoring
mid-level designers — evidenced "By day 90 I'd set up a fortnightly design critique…"" after "I don't know" to the
mentoring question; "employment law — evidenced "the employment law module of my CIPD diploma""). Made-up text."""

from core.coach.coverage import coverage_item, requirement_evidence
from core.coach.score import score_answer


def test_a_plan_framed_by_its_time_in_the_new_role_is_a_mention():
    for requirement, answer in [
        ("mentoring junior analysts", "By month two I'd set up a weekly review for the junior analysts and pair with "
                                      "each of them on one model."),
        ("stakeholder management", "In my first 60 days I would meet every stakeholder and agree a monthly update "
                                   "with each of them."),
        ("supplier reviews", "Once I'm settled in, I'd run a quarterly review with each supplier."),
        ("mentoring apprentices", "Within my first quarter I'll run a monthly mentoring session for the apprentices."),
    ]:
        assert requirement_evidence(answer, requirement)[0] == "mentioned", (requirement, answer)


def test_the_same_acts_told_as_done_still_show_it():
    assert requirement_evidence("At Pell I set up a weekly review for the junior analysts and paired with each of "
                                "them on one model; both now build models alone.", "mentoring junior analysts")[0] == "evidenced"
    assert requirement_evidence("By 2022 I'd set up a weekly review for the two junior analysts I mentored.",
                                "mentoring junior analysts")[0] == "evidenced"


def test_a_course_or_module_studied_is_a_mention_of_the_practice_not_its_evidence():
    for answer in ["I studied contract law as part of my paralegal diploma.",
                   "I'd revisit the contract law module of my CILEx course first.",
                   "I covered contract law in a module of my degree."]:
        assert requirement_evidence(answer, "contract law")[0] == "mentioned", answer
    # practice stays evidence, and a credential held stays the credential's
    assert requirement_evidence("At Marsh & Co I drafted and checked forty supplier contracts a month under contract "
                                "law, and none was disputed.", "contract law")[0] == "evidenced"
    assert requirement_evidence("I hold the CILEx Level 3 diploma, passed in 2022.", "CILEx")[0] == "evidenced"


def test_a_plan_in_the_ninety_days_answer_leaves_the_row_weak_after_i_dont_know():
    rows = [("This job needs mentoring junior engineers. Tell me about a time it really mattered.", "I don't know."),
            ("Describe how you would spend your first 90 days in this role.",
             "First I'd meet the team and read the incident log. By day 90 I'd run a fortnightly review for the "
             "junior engineers and agree goals with my manager.")]
    item = coverage_item("mentoring junior engineers", [(q, a, score_answer(q, a)) for q, a in rows])
    assert item.status != "evidenced"
