"""Session 24 (p23 note: `credential_once` counted BLS/ALS beside the RN licence as a credential asked twice): the
harness check fails only when the same credential is asked twice (the same register, course or degree, or a question
on any register beside one on a register), never for two different credentials. Made-up questions."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bench.interviewer_quotes import credential_once

_OPENER = "To start, walk me through your most recent role."


@pytest.mark.parametrize("questions", [
    ["The role asks for current NMC registration, which your CV shows. How do you keep it current?",
     "The role asks for ALS certification, which your CV shows. How do you keep it current?"],
    ["The role asks for BLS and ACLS certification, which your CV shows. Where did it last matter?",
     "This role requires an active California RN license. Do you hold it?"],
    ["The role asks for a full UK driving licence, which your CV shows. Is it clean?",
     "Which licence or registration do you hold, and how do you keep it current?"],
])
def test_two_different_credentials_pass(questions: list[str]) -> None:
    assert credential_once(SimpleNamespace(questions=[_OPENER, *questions]))


@pytest.mark.parametrize("questions", [
    ["This role requires NMC registration, and I don't see it on your CV. Do you hold it?",
     "Your NMC registration: how do you keep it current while working nights?"],
    ["Which licence or registration do you hold, and how do you keep it and your mandatory training current?",
     "The role asks for 'Estar colegiado/a', which your CV shows. How do you keep it current?"],
    ["The role asks for a degree in social work and current registration, which your CV shows.",
     "How does your degree shape the way you work day to day?"],
])
def test_the_same_credential_twice_fails(questions: list[str]) -> None:
    assert not credential_once(SimpleNamespace(questions=[_OPENER, *questions]))
