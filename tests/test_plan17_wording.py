"""Question wording a hiring manager would use (session 17 newcomer report, fault 12): a duty the CV writes in its
own words is asked as shown, never as "related work … comes closest to <the duty>"; no requirement phrase said twice
in one question; a years requirement asked by the field it names; no "what you did in <a skill>". Made-up texts."""

import re

from core.coach.plan import plan_questions

CV = """Owen Latimer
Financial Analyst

Profile
Seven years of management accounting in food manufacturing.

Experience
Financial Analyst, Corrib Dairies Ltd — 2019 – present
- Prepare quarterly board reports for the CFO and two site managers
- Built a rolling cash-flow model in Excel; cut forecast error from 9% to 4%
- Reconcile intercompany balances each month in Sage

Skills
Excel, Sage, Power BI, cash-flow forecasting
"""

JOB = """Senior Financial Analyst

Key responsibilities
- Prepare quarterly board reports and commentary for the directors
- Reconcile intercompany balances and explain differences

Requirements
- 4+ years' experience in a management accounting role
- Advanced Excel
- Sage or a similar ledger
- Building and maintaining rolling forecasts for the group's cash position
"""


def _plans() -> list[str]:
    out = []
    for seed in "abcdefghij":
        for kind in ("mixed", "behavioral", "technical"):
            out += plan_questions(CV, JOB, "Senior Financial Analyst", count=12, seed=seed, interview_type=kind)
    return sorted(set(out))


def test_a_duty_the_cv_writes_is_asked_as_shown():
    asked = [q for q in _plans() if "quarterly board reports" in q]
    assert asked and not any("related work" in q or "related experience" in q for q in asked), asked


def test_no_phrase_of_four_words_twice_in_one_question():
    for q in _plans():
        words = re.findall(r"[\w'+]+", q.lower())
        grams = [" ".join(words[i:i + 4]) for i in range(len(words) - 3)]
        assert len(grams) == len(set(grams)), q


def test_a_years_requirement_is_not_asked_as_a_skill():
    for q in _plans():
        assert not re.search(r"(?:closest|nearest) to \d", q), q
        assert "4+ years' experience in a management accounting role, and your CV shows" not in q, q


def test_no_what_you_did_in_a_skill():
    assert not [q for q in _plans() if "what you did in" in q]
