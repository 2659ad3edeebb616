"""Session 24 (harness, evasive seller: "The role asks for a discovery and qualification (MEDDIC or similar), which
your CV shows. How does it shape the way you work…"): qualifying a deal is selling, never a credential held.
Made-up job."""

from __future__ import annotations

import pytest

from core.coach.plan_credential import credential_question, job_credentials


@pytest.mark.parametrize("line", [
    "Discovery and qualification (MEDDIC or similar)",
    "Strong discovery & qualification skills",
    "Discovery, qualification and closing",
])
def test_deal_qualification_is_no_credential(line: str) -> None:
    job = f"Account Executive\nRequirements\n- {line}\n- 3+ years of B2B sales\n"
    cv = "Lee Hart\nAccount Executive, Dunmore Software (2021 - Present)\n- Ran MEDDIC discovery on 40 deals.\n"
    assert job_credentials(job) == [] and credential_question(cv, job) == ""
