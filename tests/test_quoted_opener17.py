"""The opener names the part of the latest CV entry the reading is sure of (session 17, issue 15 point 3): the
employer alone ("your time at Kestrel Freight Ltd") when its title is unsure, the title alone when its employer is
unsure, and neither ("your most recent role") otherwise: saying less, never saying wrong. Made-up CVs and facts."""

from __future__ import annotations

import random
from types import SimpleNamespace

from core.analysis.cv_opener import first_dated, latest_index, opener_parts
from core.analysis.cv_trust import quotable_facts
from core.coach.plan import _opener

EMPLOYER_CV = """Dara Fenwick
Leeds

Experience
Kestrel Freight Ltd
Pick Face Replenishment
Mar 2021 - Present
- Kept the pick faces full for two shifts.
Moorland Coffee Co
Barista
Jun 2018 - Feb 2021
- Opened the shop and kept the stock.
"""

TITLE_CV = """Dara Fenwick

Experience
Shift Supervisor, Leeds
Mar 2021 - Present
- Ran a team of nine on the night shift.
Barista, York
Jun 2018 - Feb 2021
- Opened the shop and kept the stock.
"""


def _facts(jobs, title):
    return {"current_title": title, "roles": [r for r, _ in jobs if r], "jobs": jobs,
            "employers": [e for _, e in jobs if e], "skill_employer": {}, "skill_employer_pairs": [],
            "skill_surface": {}, "achievements": [], "achievement_employer": {}}


EMPLOYER_FACTS = _facts([("Pick Face Replenishment", "Kestrel Freight Ltd"), ("Barista", "Moorland Coffee Co")],
                        "Pick Face Replenishment")
TITLE_FACTS = _facts([("Shift Supervisor", "Leeds"), ("Barista", "York")], "Shift Supervisor")


def test_a_sure_employer_under_an_unsure_title_is_named_alone():
    """"Pick Face Replenishment" has no role word: the pair is not quoted, its dated employer is."""
    quoted = quotable_facts(EMPLOYER_FACTS, EMPLOYER_CV)
    assert quoted["current_job"] == ("", "")
    assert quoted["current_job_parts"] == ("", "Kestrel Freight Ltd")


def test_a_sure_title_at_an_unsure_employer_is_named_alone():
    """"Leeds" is a place, not an employer: the title is said, no employer."""
    quoted = quotable_facts(TITLE_FACTS, TITLE_CV)
    assert quoted["current_job"] == ("", "")
    assert quoted["current_job_parts"] == ("Shift Supervisor", "")


def test_both_sure_keeps_the_pair():
    facts = _facts([("Shift Supervisor", "Kestrel Freight Ltd"), ("Barista", "Moorland Coffee Co")], "Shift Supervisor")
    cv = TITLE_CV.replace("Leeds", "Kestrel Freight Ltd").replace("York", "Moorland Coffee Co")
    assert quotable_facts(facts, cv)["current_job_parts"] == ("Shift Supervisor", "Kestrel Freight Ltd")


def test_an_employer_with_no_date_range_by_it_is_not_named_alone():
    cv = EMPLOYER_CV.replace("Mar 2021 - Present\n", "").replace("Jun 2018 - Feb 2021\n", "")
    assert quotable_facts(EMPLOYER_FACTS, cv)["current_job_parts"] == ("", "")


def test_the_employer_named_alone_is_the_latest_entrys_in_a_cv_listed_oldest_first():
    cv = """Dara Fenwick

Experience
Moorland Coffee Co
Barista
Jun 2018 - Feb 2021
- Opened the shop and kept the stock.
Kestrel Freight Ltd
Pick Face Replenishment
Mar 2021 - Present
- Kept the pick faces full for two shifts.
"""
    jobs = [("Barista", "Moorland Coffee Co"), ("Pick Face Replenishment", "Kestrel Freight Ltd")]
    assert latest_index(jobs, cv) == 1
    assert quotable_facts(_facts(jobs, "Pick Face Replenishment"), cv)["current_job_parts"] == ("", "Kestrel Freight Ltd")


def test_a_title_read_below_other_dated_entries_is_not_said_alone():
    """The reader missed the latest entry (dated above): the title it read is an older job's."""
    cv = "Experience\nOperations Manager, Harrow\nJan 2023 - Present\n- Ran the site.\n" + TITLE_CV.split("Experience\n")[1]
    assert first_dated("Shift Supervisor", cv) is False
    assert quotable_facts(TITLE_FACTS, cv)["current_job_parts"] == ("", "")


def test_a_title_with_a_note_in_brackets_or_a_comma_is_not_said_alone():
    for title in ("Shift Supervisor (Contract)", "Shift Supervisor, Nights"):
        cv = TITLE_CV.replace("Shift Supervisor, Leeds", f"{title} - Leeds")
        facts = _facts([(title, "Leeds"), ("Barista", "York")], title)
        assert opener_parts(("", ""), facts, cv) == ("", ""), title


def test_without_cv_text_the_parts_are_the_pair():
    assert quotable_facts(EMPLOYER_FACTS)["current_job_parts"] == quotable_facts(EMPLOYER_FACTS)["current_job"]


def _ctx(facts, seed):
    return SimpleNamespace(facts=facts, title="Warehouse Manager", at_company="", rng=random.Random(seed))


def _no_line(quoted):
    """The facts as when no header line of the latest entry is found (session 18): the opener of session 17."""
    return {**quoted, "opener_line": ("", False)}


def test_the_opener_quotes_the_latest_header_line_when_there_is_one():
    """Session 18: the CV's own line, verbatim, in place of the parts (intended new wording); session 19: a header
    whose employer and title sit on lines of their own is quoted as the two lines, in the CV's order."""
    for facts, cv, line in ((EMPLOYER_FACTS, EMPLOYER_CV, "Kestrel Freight Ltd — Pick Face Replenishment"),
                            (TITLE_FACTS, TITLE_CV, "Shift Supervisor")):  # its town is no part of it (rc28 m6)
        quoted = quotable_facts(facts, cv)
        assert quoted["opener_line"] == (line, False)
        texts = [_opener(_ctx(quoted, seed)).text for seed in range(12)]
        assert any(f"“{line}”" in t for t in texts)  # else a general opener ("your most recent job")
        assert not any("current" in t or "Moorland" in t or "York" in t or "your time as" in t for t in texts)


def test_without_a_header_line_the_opener_names_neither_part():
    """Session 18: with no header line of the latest entry to quote, a title or employer put together from the
    reading is not said (the least sure quote there is); the opener asks about the most recent role, unnamed, or is
    the general opener."""
    for facts, cv in ((EMPLOYER_FACTS, EMPLOYER_CV), (TITLE_FACTS, TITLE_CV)):
        quoted = _no_line(quotable_facts(facts, cv))
        assert any(quoted["current_job_parts"])  # the reading had a sure side: it is still not said
        openers = [_opener(_ctx(quoted, seed)) for seed in range(12)]
        assert all(o.employer == "" for o in openers)
        assert any("most recent" in o.text for o in openers)
        for name in ("Kestrel", "Pick Face", "Moorland", "Shift Supervisor", "Leeds", "York", "Barista", "currently"):
            assert not any(name in o.text for o in openers), name


def test_the_opener_with_neither_part_asks_about_the_most_recent_role():
    facts = quotable_facts(EMPLOYER_FACTS, EMPLOYER_CV.replace("Mar 2021 - Present\n", "").replace("Jun 2018 - Feb 2021\n", ""))
    texts = [_opener(_ctx(facts, seed)).text for seed in range(6)]
    assert all("most recent" in t for t in texts)


def test_a_students_title_is_no_opener_at_all():
    """"Undergraduate Student" at a university: a study read as the latest job; neither side is said."""
    facts = _facts([("Undergraduate Student", "Kestrel University"), ("Barista", "Moorland Coffee Co")], "Undergraduate Student")
    cv = EMPLOYER_CV.replace("Kestrel Freight Ltd", "Kestrel University").replace("Pick Face Replenishment", "Undergraduate Student")
    quoted = quotable_facts(facts, cv)
    assert quoted["current_job"] == ("", "") and quoted["current_job_parts"] == ("", "")
    job = _facts([("Student Assistant", "Kestrel University"), ("Barista", "Moorland Coffee Co")], "Student Assistant")
    assert quotable_facts(job, cv.replace("Undergraduate Student", "Student Assistant"))["current_job_parts"][0] == "Student Assistant"


def test_a_title_with_a_note_keeps_only_the_employer_of_a_sure_pair():
    """Where "Shift Supervisor (Nights)" ends is unsure; the employer the gate passed is said alone."""
    facts = _facts([("Shift Supervisor (Nights)", "Kestrel Freight Ltd"), ("Barista", "Moorland Coffee Co")],
                   "Shift Supervisor (Nights)")
    cv = EMPLOYER_CV.replace("Pick Face Replenishment", "Shift Supervisor (Nights)")
    plain = _facts([("Shift Supervisor", "Kestrel Freight Ltd"), ("Barista", "Moorland Coffee Co")], "Shift Supervisor")
    assert quotable_facts(plain, cv.replace(" (Nights)", ""))["current_job"] == ("Shift Supervisor", "Kestrel Freight Ltd")
    quoted = quotable_facts(facts, cv)
    assert quoted["current_job"] == ("", "") and quoted["current_job_parts"] == ("", "Kestrel Freight Ltd")
