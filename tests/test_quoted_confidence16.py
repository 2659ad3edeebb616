"""Reading confidence per quoted CV fact (session 16): a fact is quoted only when the reading agrees with
itself (core.analysis.cv_confidence). Made-up CVs and facts; each cue has a case it drops and a control it
keeps."""

from __future__ import annotations

import random
from types import SimpleNamespace

from core.analysis.cv_confidence import opener_cues, reading_paired, skill_cues
from core.analysis.cv_trust import quotable_facts
from core.coach.plan import _opener

DATED_CV = """Mara Quill
Leeds

Experience
Shift Supervisor, Kestrel Freight Ltd
Mar 2021 - Present
- Ran a team of nine on the night shift.
Barista, Moorland Coffee Co
Jun 2018 - Feb 2021
- Opened the shop and kept the stock.
"""


def _facts(jobs, title, **more):
    return {"current_title": title, "roles": [r for r, _ in jobs if r], "jobs": jobs,
            "employers": [e for _, e in jobs if e], "skill_employer": {}, "skill_employer_pairs": [],
            "skill_surface": {}, "achievements": [], "achievement_employer": {}, **more}


def test_opener_of_the_latest_dated_entry_is_quoted():
    facts = _facts([("Shift Supervisor", "Kestrel Freight Ltd"), ("Barista", "Moorland Coffee Co")], "Shift Supervisor")
    assert quotable_facts(facts, DATED_CV)["current_job"] == ("Shift Supervisor", "Kestrel Freight Ltd")


def test_opener_of_an_older_entry_without_dates_is_not_quoted():
    """The headline's title names an older entry (not the latest) and no date range stands by it."""
    cv = DATED_CV.replace("Mar 2021 - Present\n", "").replace("Jun 2018 - Feb 2021\n", "")
    facts = _facts([("Shift Supervisor", "Kestrel Freight Ltd"), ("Barista", "Moorland Coffee Co")], "Barista")
    assert opener_cues("Barista", "Moorland Coffee Co", facts, cv)["latest"] is False
    assert quotable_facts(facts, cv)["current_job"] == ("", "")


def test_opener_whose_title_and_employer_are_read_far_apart_is_not_quoted():
    """The title at the top of the CV, the employer many lines down with no date: two readings that never meet."""
    cv = ("Logistics Coordinator\nMara Quill\nLeeds\n\nProfile\nCalm under pressure.\nKeen on routes.\n\n"
          "Work\nKestrel Freight Ltd\n- Planned the van routes.\n")
    facts = _facts([("Logistics Coordinator", "Kestrel Freight Ltd")], "Logistics Coordinator")
    assert opener_cues("Logistics Coordinator", "Kestrel Freight Ltd", facts, cv)["together"] is False
    assert quotable_facts(facts, cv)["current_job"] == ("", "")


def test_opener_in_a_reading_whose_entries_mostly_lack_an_employer_is_not_quoted():
    """Most entries read with a title and no employer (or the reverse): the reading as a whole is poor."""
    cv = "Shift Supervisor\nKestrel Freight Ltd\n- Ran the night shift.\nDriver\n- Vans.\nPorter\n- Bags.\n"
    jobs = [("Shift Supervisor", "Kestrel Freight Ltd"), ("Driver", ""), ("Porter", "")]
    facts = _facts(jobs, "Shift Supervisor")
    assert reading_paired(facts) is False
    assert quotable_facts(facts, cv)["current_job"] == ("", "")


def test_employer_with_no_cue_in_a_poor_reading_is_not_named():
    """Written once, no organisation word, no title read under it, and most entries unpaired."""
    # Harwick's entry dated: since session 17 an employer without a dated entry of its own is never named either
    cv = ("Work history\n\nSummer work at Pell Orchard\n- Picked apples.\nVolunteer\n- Litter picks.\n"
          "Harwick Stores Ltd, 2019 - 2021\n- Tills.\n")
    facts = _facts([("", "Pell Orchard"), ("Volunteer", ""), ("", "Harwick Stores Ltd")], "")
    assert quotable_facts(facts, "")["employers"] == ["Pell Orchard", "Harwick Stores Ltd"]  # no text: no cues
    named = quotable_facts(facts, cv)["employers"]
    assert "Pell Orchard" not in named
    assert "Harwick Stores Ltd" in named  # an organisation word: named


def _skill_facts(skill, cv_employer="Tarn Systems Ltd"):
    facts = _facts([("Software Engineer", cv_employer)], "Software Engineer")
    facts.update(skill_employer={skill: cv_employer}, skill_employer_pairs=[(skill, cv_employer)],
                 skill_surface={skill: skill})
    return facts


SKILL_CV = """Software Engineer, Tarn Systems Ltd
Jan 2020 - Present
- Moved the build to Kubernetes and cut deploys to five minutes.
- Wrote a tool to flash and boot the test boards.
- Trained a small ML model to sort tickets.
- Built the shop for Groovy Goat Bakery as a side project.
"""


def test_skill_written_in_a_sentence_is_quoted_at_its_employer():
    assert quotable_facts(_skill_facts("Kubernetes"), SKILL_CV)["skill_employer"] == {"Kubernetes": "Tarn Systems Ltd"}


def test_one_lower_case_common_word_or_a_two_letter_skill_is_not_quoted():
    """"flash" (a verb here), "ML" (too short to be sure of): the reading of either is unsure."""
    assert skill_cues("flash", "Tarn Systems Ltd", SKILL_CV)["specific"] is False
    assert quotable_facts(_skill_facts("flash"), SKILL_CV)["skill_employer"] == {}
    assert quotable_facts(_skill_facts("ML"), SKILL_CV)["skill_employer"] == {}


def test_skill_written_only_inside_a_name_is_not_quoted():
    """"Groovy" only in "Groovy Goat Bakery": part of a shop's name, not the language."""
    assert skill_cues("Groovy", "Tarn Systems Ltd", SKILL_CV)["in_prose"] is False
    assert quotable_facts(_skill_facts("Groovy"), SKILL_CV)["skill_employer"] == {}


def test_lower_case_practice_read_out_of_a_sentence_is_not_quoted_at_its_employer():
    """"stock rotation" in a sentence: a practice the reader matched in prose, not a named tool the CV lists."""
    cv = SKILL_CV + "- Kept stock rotation tidy in the test lab.\n"
    assert skill_cues("stock rotation", "Tarn Systems Ltd", cv)["named"] is False
    assert quotable_facts(_skill_facts("stock rotation"), cv)["skill_employer"] == {}
    assert quotable_facts(_skill_facts("Kubernetes"), cv)["skill_employer"] == {"Kubernetes": "Tarn Systems Ltd"}


def test_capital_only_at_a_sentence_start_is_no_name():
    """"Flash" opening a bullet ("- Flash the boards...") is the sentence's capital: the word is still read in
    lower case elsewhere in sense, so the pair is unsure; "GitHub" mid-line is a name."""
    cv = SKILL_CV + "- Flash the boards before each release.\n- Moved the code to GitHub last spring.\n"
    assert skill_cues("Flash", "Tarn Systems Ltd", cv)["named"] is False
    assert skill_cues("GitHub", "Tarn Systems Ltd", cv)["named"] is True
    assert quotable_facts(_skill_facts("Flash"), cv)["skill_employer"] == {}


def _ctx(current_job, jobs):
    facts = {"current_job": current_job, "jobs": jobs, "current_ended": False}
    return SimpleNamespace(facts=facts, title="Warehouse Manager", at_company="", rng=random.Random(1))


def test_opener_asks_about_the_most_recent_role_without_naming_an_unsure_one():
    text = _opener(_ctx(("", ""), [("", ""), ("Barista", "Moorland Coffee Co")])).text
    assert "most recent" in text and "Moorland" not in text and "Barista" not in text


def test_opener_without_any_entry_keeps_the_general_opening():
    assert "most recent" not in _opener(_ctx(("", ""), [])).text
