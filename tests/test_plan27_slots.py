"""Session 27: a certification, a clinical sign and a soft skill are not fields one "works with" or shows a colleague
"the ropes in" ("If you were showing a new colleague how to work with basic life support…", "…the ropes in vital
signs"). Each is a slot kind of :mod:`core.coach.slots` with questions of its own; every kind has a question in the
shown and the gap templates, and no skill of the lexicon is asked a template its kind does not read for."""

from __future__ import annotations

import re

import pytest

from core.analysis.skills import skill_names
from core.coach.plan import plan_items
from core.coach.plan_text import gap_question, shown_question
from core.coach.slots import SLOT_KINDS, slot_kind

_WRONG = re.compile(r"(?i)\b(?:work with|ropes in|faced in|involving|speed on|decision you made in|drew on it|"
                    r"learn something similar)\b")


@pytest.mark.parametrize(("term", "kind"), [
    ("basic life support", "certification"), ("BLS certification", "certification"), ("ACLS", "certification"),
    ("Current BLS and ACLS certification", "certification"), ("CPR", "certification"),
    ("vital signs", "observation"), ("monitoring vital signs", "observation"), ("NEWS2", "observation"),
    ("fluid balance", "observation"), ("Vitalzeichen", "observation"),
    ("communication skills", "quality"), ("empathy", "quality"), ("Teamfähigkeit", "quality"),
    ("interpersonal skills", "quality"), ("attention to detail", "quality"),
    ("First Aid at Work", "qualification"), ("patient care", "field"), ("SAP EWM", "tool"),
])
def test_a_term_s_kind(term: str, kind: str) -> None:
    assert slot_kind(term) == kind


@pytest.mark.parametrize(("term", "wanted"), [
    ("basic life support", r"When did you last use your basic life support training|last time your basic life "
                           r"support training came into play"),
    ("BLS certification", r"your BLS training"),
    ("vital signs", r"Which changes in vital signs make you escalate, and to whom\?|a change in vital signs told you"),
    ("monitoring vital signs", r"changes? in vital signs"),
    ("communication skills", r"it really mattered|shows it best"),
])
def test_each_kind_is_asked_in_its_own_words(term: str, wanted: str) -> None:
    for index in range(6):
        for where in ("", "St Anne's Hospital"):
            text = shown_question(term, index, where)
            assert re.search(wanted, text), text
            assert not _WRONG.search(text), text
        gap = gap_question(term, index)
        assert not _WRONG.search(gap), gap


def test_every_slot_kind_has_a_shown_and_a_gap_question() -> None:
    samples = {"field": "warehouse operations", "skill": "preparing court statements", "tool": "SAP EWM",
               "method": "Scrum", "qualification": "MPharm degree", "certification": "ACLS",
               "observation": "early warning scores", "quality": "teamwork", "phrase": "relevant experience"}
    assert set(samples) == set(SLOT_KINDS)
    for kind, term in samples.items():
        assert slot_kind(term) == kind
        if kind == "phrase":  # a fragment is never asked on its own
            continue
        for index in range(4):
            assert "{" not in shown_question(term, index) and "{" not in gap_question(term, index)


def test_no_lexicon_skill_of_the_new_kinds_is_asked_as_a_field_or_a_tool() -> None:
    checked = 0
    for name in sorted(skill_names()):
        if slot_kind(name, name) not in {"certification", "observation", "quality"}:
            continue
        checked += 1
        for index in range(4):
            for text in (shown_question(name, index, "Acme"), gap_question(name, index)):
                assert not _WRONG.search(text), text
    assert checked >= 3  # the lexicon names some: BLS, vital signs, communication


CV = """Jo Malik
Registered Nurse
Experience
Staff Nurse, Riverside General Hospital, 2019 - present
- Monitored vital signs and escalated deteriorating patients using NEWS2
- Led two cardiac arrest calls using my Basic Life Support training
Skills: Basic Life Support (BLS), vital signs, communication
"""
JD = """Staff Nurse - Acute Medical Ward
- Monitor vital signs and escalate deteriorating patients
- Current Basic Life Support (BLS) certification
- Excellent communication skills
"""


def test_a_nurse_s_plan_asks_the_certificate_and_the_sign_in_their_own_words() -> None:
    texts = [p.text for seed in "abcdefgh" for kind in ("mixed", "technical", "behavioral")
             for p in plan_items(CV, JD, "Staff Nurse", interview_type=kind, seniority="mid", count=8, company="",
                                 seed=seed, focus=None)]
    for text in texts:
        assert not re.search(r"(?i)(?:work with|ropes in|faced in|involving) (?:basic life support|bls|vital signs|"
                             r"communication)", text), text
