"""One plan never asks the same subject twice (issue 15, session 25): the same named tool, requirement or practice,
however the two questions tag their competency. Made-up questions."""

from core.coach.plan_state import Planned, _Plan


def _plan(*items: Planned) -> list[bool]:
    plan = _Plan()
    return [plan.add(item) for item in items]


def test_requirement_and_skill_sharing_a_named_duty_are_one_subject():
    core = Planned("This role centres on running the fit-out schedule. Tell me about the time you carried it.",
                   "running the fit-out schedule", "", "core")
    skill = Planned("The role calls for suppliers and fit-out schedules, which your CV shows. Which example shows it?",
                    "suppliers and fit-out schedules", "", "skill")
    assert _plan(core, skill) == [True, False]


def test_skill_tool_and_bank_question_naming_the_tool_are_one_subject_in_either_order():
    skill = Planned("Your CV mentions CRM: which example from your own work would you pick?", "CRM", "", "skill")
    bank = Planned("Which figures do you take from the CRM to judge how a sales pipeline is doing?", "pipeline",
                   "", "role")
    assert _plan(skill, bank) == [True, False]
    assert _plan(bank, skill) == [True, False]


def test_two_questions_on_keeping_up_to_date_are_one_practice():
    credential = Planned("The role asks for HCPC registration, which your CV shows. How do you keep your "
                         "registration current, and where did it last matter?", "licensure", "", "credential")
    bank = Planned("How do you keep your technical knowledge up to date? Give a recent example.", "learning", "",
                   "role")
    assert _plan(credential, bank) == [True, False]


def test_different_subjects_still_fit():
    skill = Planned("Your CV mentions CRM: which example from your own work would you pick?", "CRM", "", "skill")
    core = Planned("This role centres on running the fit-out schedule. Tell me about it.",
                   "running the fit-out schedule", "", "core")
    bank = Planned("Tell me about a time it went wrong and you had to fix it fast.", "resilience", "", "behavioural")
    other = Planned("How would you plan staffing for a peak season?", "staffing", "", "role")
    assert _plan(skill, core, bank, other) == [True, True, True, True]


def test_a_credential_named_in_the_question_is_its_subject_but_a_cv_quote_is_not():
    credential = Planned("The role asks for a PTS card and an ECS card, which your CV shows. How do you keep them "
                         "current?", "licensure", "", "credential")
    skill = Planned("Your CV mentions ECS. Which part of it have you used most?", "ECS", "", "skill")
    assert _plan(credential, skill) == [True, False]
    quoting = Planned("Your CV mentions rostering: “Cut overtime with a new rota in SAP”. Which example shows it?",
                      "rostering", "", "skill")
    sap = Planned("Your CV mentions SAP. Walk me through a piece of work that drew on it.", "SAP", "", "skill")
    assert _plan(quoting, sap) == [True, True]


def test_a_gap_and_a_bank_question_on_one_named_practice_are_one_subject():
    gap = Planned("The role asks for knowledge of P&L, rota planning and shrink, which I don't see on your CV. How "
                  "would you build it up?", "P&L, rota planning and shrink", "", "gap")
    bank = Planned("Walk me through a branch's P&L: which lines can you move?", "commercial acumen", "", "role")
    assert _plan(gap, bank) == [True, False]
    review = Planned("This role includes running design reviews, which I don't see on your CV. How would you go "
                     "about it?", "running design reviews", "", "gap")
    story = Planned("Describe a design review where you disagreed with the author.", "conflict", "", "behavioural")
    assert _plan(review, story) == [True, False]
