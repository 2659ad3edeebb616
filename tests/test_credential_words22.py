"""Session 22: the credential question says a job line's credential in its own words mid-sentence: no "(essential)" or
"(desirable)" weight bracket, and no capital the line's first word had only because it opened the line."""

from core.coach.plan_credential import credential_question

_JOB = """Paramedic
Westmoor Ambulance Service - Truro

Essential
- Registration with the Health and Care Professions Council (HCPC) as a paramedic.
- Full UK driving licence with a C1 category (essential).
"""

_CV = """Jo Pellow
Paramedic, Kernow Ambulance, 2019 - present
HCPC registered paramedic. C1 driving licence. Full UK driving licence with C1.
"""


def test_a_weight_bracket_is_not_said():
    question = credential_question(_CV, _JOB)
    assert question
    assert "(essential)" not in question and "(desirable)" not in question


def test_the_lines_opening_capital_is_lowered_mid_sentence():
    question = credential_question(_CV, _JOB)
    assert "Registration with the" not in question
    assert "registration with the Health and Care Professions Council (HCPC)" in question
