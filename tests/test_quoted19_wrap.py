"""A skill's quote starts where its bullet or sentence starts (session 19, issue 15 point 3): a PDF wraps a long
bullet onto the next line, and a wrapped line that opens on a capital ("Go microservices, …") is no line of its
own; made-up CVs."""

from __future__ import annotations

from core.analysis.cv_line_quote import skill_line

# a two-column PDF's text: bullets without marks, wrapped at the column's width
WRAPPED_CV = """Marta Kowalczyk
Platform Engineer · marta@example.com · +48 500 000 000
EXPERIENCE
Platform Engineer, Nadwislanska Payments
Moved the card clearing service from a single Java application into
Rust services on Kubernetes, halving the nightly batch window.
Set up an Elasticsearch cluster that indexes 40 million ledger rows and
answers audit queries in under two seconds.
Wrote the on-call handbook for the team.
Engineer, Baltic Ferries Ltd
Built route pricing reports in Tableau for the sales team.
"""

CONTACT_CV = """Kai Brandt
+49 151 0000000
kai@example.com
github.com/kaibrandt
kai.dev (portfolio)
EXPERIENCE
Developer, Lindenhof Software GmbH, 2020 – present
- Wrote the invoicing API in Go with a PostgreSQL store
"""


def test_a_wrapped_line_opening_on_a_capital_is_quoted_from_its_bullets_start() -> None:
    quote = skill_line("Rust", WRAPPED_CV)
    assert quote.startswith("Moved the card clearing service")
    assert "Rust services on Kubernetes" in quote


def test_a_skill_on_a_bullets_first_line_is_quoted_with_the_wrapped_rest() -> None:
    quote = skill_line("Java", WRAPPED_CV)
    assert quote.startswith("Moved the card clearing service from a single Java application into Rust")


def test_a_lower_case_continuation_joins_its_line_too() -> None:
    quote = skill_line("Elasticsearch", WRAPPED_CV)
    assert quote.startswith("Set up an Elasticsearch cluster")
    assert "answers audit queries" in quote or quote.endswith("…")


def test_a_sentence_that_ended_is_not_joined_to_the_next() -> None:
    assert skill_line("Tableau", WRAPPED_CV) == "Built route pricing reports in Tableau for the sales team"


def test_contact_lines_are_never_joined_into_a_quote() -> None:
    assert "kai@example.com" not in skill_line("GitHub", CONTACT_CV)
    assert skill_line("Go", CONTACT_CV) == "Wrote the invoicing API in Go with a PostgreSQL store"
