"""Follow-ups that listen and judgement that agrees with itself (issue 15 point 4, fresh tester of session 14).

Every CV line, question and answer here is made up for its kind; none is the tester's text or a dev-set answer.
"""

from __future__ import annotations

import pytest

from core.coach.report import _cv_tips

# ---------------------------------------------------------------- 7. another language's stem is no English result verb

_CV = """Dana Whitfield
Accounts Assistant

Experience
Accounts Assistant, Harlow Timber Supplies, 2019 - 2024
- {line}
- Processed 300 purchase invoices a month in Sage
- Prepared 12 bank reconciliations each quarter

Skills
Sage, Excel, bank reconciliation
"""
_NO_RESULT_TIP = "No bullet combines an action with a measured result"


@pytest.mark.parametrize("line", [
    "Identified 14 duplicate supplier invoices during month-end checks",  # es "duplic-"
    "Maintained 3 augmented reality demo kits for the sales team",  # fr "augment-"
    "Ran 40 incremental backups of the ledger each month",  # es "increment-"
])
def test_an_english_word_that_opens_with_another_languages_stem_is_no_result(line: str) -> None:
    assert any(t.startswith(_NO_RESULT_TIP) for t in _cv_tips(_CV.format(line=line), []))


@pytest.mark.parametrize("line", ["Duplicamos las ventas en 2 años", "Aumenté la facturación un 20%",
                                  "Cut supplier payment errors by 14%"])
def test_a_result_verb_in_english_or_another_language_still_counts(line: str) -> None:
    assert not any(t.startswith(_NO_RESULT_TIP) for t in _cv_tips(_CV.format(line=line), []))
