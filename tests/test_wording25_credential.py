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
