"""A duty in the imperative that names a register only as the object of the work ("Prepare the practice for HCPC
audits") is no credential: the credential question never pastes it in before the credential (session 25)."""

from core.coach.plan_credential import credential_question, job_credentials

_AD = """Lead Physiotherapist – MSK
Responsibilities
- Prepare the service for HCPC audits and keep treatment protocols current
- Run the rota for 12 physiotherapists
Requirements
- BSc Physiotherapy and current HCPC registration as a physiotherapist (essential)
"""
_CV = """Grace Adeyemi
2018 - Present  Senior Physiotherapist, Elmwood MSK Service
- Run the rota for 9 physiotherapists
Education: BSc (Hons) Physiotherapy, University of Salford, 2014
HCPC registration, PH123456
"""


def test_a_duty_naming_a_regulator_is_no_credential_line():
    lines = job_credentials(_AD)
    assert not any(ln.startswith("Prepare the service") for ln in lines)
    assert any("HCPC registration" in ln for ln in lines)


def test_the_credential_question_says_only_the_credential():
    question = credential_question(_CV, _AD)
    assert "HCPC registration" in question and "Prepare" not in question


_TWO_AD = """Community Midwife
Requirements
- Midwifery degree and current NMC registration as a midwife
- Full driving licence and access to a car
"""
_TWO_CV = """2016 - Present  Community Midwife, Tyneside Trust
Education: BSc Midwifery, 2016
NMC registration as a midwife. Full UK driving licence, own car.
"""


def test_two_credential_lines_each_with_and_are_kept_apart_by_a_comma():
    question = credential_question(_TWO_CV, _TWO_AD)
    assert "as a midwife, and a full driving licence and access to a car" in question
