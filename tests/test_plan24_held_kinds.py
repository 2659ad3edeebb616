"""Session 24 (p23 note: "keep your driving licence current"): a credential the CV shows is asked in its own kind's
words. A driving licence is held, so it is asked whether it is clean and which categories it covers, never how it is
"kept current"; a DBS check is asked whether it is on the update service; a registration still how it is kept
current. Made-up documents."""

from __future__ import annotations

import pytest

from core.coach.keeps_current import asks_current
from core.coach.plan_credential import credential_question

_CV = ("Sam Vale\nCommunity Carer, Elm Care (2019 - Present)\n- Visited eight clients a day across Thornbury.\n"
       "Full UK driving licence (clean), own car\nEnhanced DBS, on the update service\n"
       "HCPC registered paramedic (PA12345)\n")


def _job(line: str) -> str:
    return f"Community Carer\nRequirements\n- {line}\n- Personal care and medication prompts.\n"


@pytest.mark.parametrize("line", [
    "Full UK driving licence required",
    "Valid driving licence (category B)",
    "A clean driving licence and access to a car",
])
def test_a_driving_licence_is_asked_as_held(line: str) -> None:
    asked = credential_question(_CV, _job(line))
    assert "which your CV shows" in asked, asked
    assert not asks_current(asked) and "current" not in asked.split("CV shows")[-1], asked
    assert "clean" in asked and "categor" in asked, asked


def test_a_dbs_check_is_asked_about_the_update_service() -> None:
    asked = credential_question(_CV, _job("Enhanced DBS check"))
    assert "update service" in asked and "current" not in asked.split("CV shows")[-1], asked


def test_a_driving_licence_beside_a_dbs_check_asks_each_its_way() -> None:
    asked = credential_question(_CV, _job("A clean driving licence and an Enhanced DBS check"))
    assert "clean" in asked and "update service" in asked and not asks_current(asked), asked


def test_a_registration_is_still_asked_how_it_is_kept_current() -> None:
    asked = credential_question(_CV, _job("Current HCPC registration as a paramedic"))
    assert asks_current(asked), asked
