"""The scorer bench's second team set of session 27 (``tests/data/judge27b_items.json``, helper offtopic): made-up
answers written by the team and labelled before that helper's changes were measured on them, read as
:mod:`bench.scorer_judge27` reads its items (the chat's follow-up reason and redirect, the report's score).

* *off_topic*: a story truly about something else (sourdough bread to a bug-priority question, a shed to an
  employee's grievance, an office move to a budget-forecast error) to a question that names no tool, known topic or
  listed skill, across role families: redirected as off-topic, relevance 2/5 or less;
* *on_other_words*: an on-topic answer to the same questions in the field's own words rather than the question's
  (SQL and an index for a slow database query, SBAR for a handover, LinkedIn for social media channels): not
  redirected, relevance 4/5 or more, never called about something else;
* *dont_know_off_reply*: a reply about something else after "I don't know": 2/10 or less.

``python -m bench.scorer_judge27b`` prints the rows and each item's outcome.
"""

from __future__ import annotations

from pathlib import Path

from bench.scorer_judge27 import load, outcome

ITEMS_FILE = Path(__file__).resolve().parents[1] / "tests" / "data" / "judge27b_items.json"
KINDS = ("on_other_words", "off_topic", "dont_know_off_reply")


def rows() -> list[tuple[str, float, str, str]]:
    """The bench rows: per kind, the share of items meeting it; and all together."""
    from bench.scorer_judge23 import kind_rows

    items, follow_up = load(ITEMS_FILE)
    return kind_rows("judge27b", KINDS, [(i, outcome(i, follow_up)) for i in items])


if __name__ == "__main__":  # pragma: no cover - a bench run
    from bench.scorer_judge27 import print_run

    print_run("judge27b", *load(ITEMS_FILE), kinds=KINDS)
