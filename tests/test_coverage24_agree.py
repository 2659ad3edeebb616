"""Session 24: two coverage rows of one requirement agree (core.coach.coverage_agree): a row nothing asked about takes
the quote of an evidenced row when both write the same specific word and the quote says it; a common word ties
nothing. Made-up rows."""

from __future__ import annotations

from core.coach.coverage_agree import agreed_rows
from core.schemas import CoverageItem


def _row(requirement: str, status: str = "not probed", evidence: str = "") -> CoverageItem:
    return CoverageItem(requirement=requirement, status=status, evidence=evidence)


def test_a_duty_and_a_requirement_of_one_thing_agree() -> None:
    rows = agreed_rows([_row("Lead quarterly stock audits with the loss-prevention team"), _row("SAP"),
                        _row("Experience of stock audits", "evidenced",
                             '"I ran the stock audits at Ashby every month and cut shrinkage to 0.8%"')])
    assert rows[0].status == "evidenced" and "stock audits at Ashby" in rows[0].evidence
    assert rows[1].status == "not probed"


def test_a_common_word_or_a_row_asked_about_ties_nothing() -> None:
    said = '"I wrote the Python scripts that load the stock file every night"'
    rows = agreed_rows([_row("Python for data pipelines"), _row("Written communication skills"),
                        _row("stock audits", "weak", 'Asked about in "How do you run a stock audit?", but the answer did '
                                                     'not show it.'),
                        _row("Python", "evidenced", said)])
    assert [r.status for r in rows[:3]] == ["not probed", "not probed", "weak"], rows
