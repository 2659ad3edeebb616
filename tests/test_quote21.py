"""A CV line quoted in a question is cut at a phrase's end, never before its head noun (session 21: "…planned
preventative maintenance on high-speed packaging…" dropped "lines"; "…a £1.2m annual media budget and a…" dropped
"team of four"). Made-up lines of the same kind."""

from __future__ import annotations

import re

import pytest

from core.analysis.cv_line_quote import skill_line

_CV = """Dana Whitlock
Maintenance Technician

Experience
Maintenance Technician — Corbel Beverages, Wakefield (2019 – present)
- Strong on hydraulic fault-finding (Parker, Bosch Rexroth), servo drives and soft starters, and planned preventive maintenance on high-speed bottling lines across both sites.
- I look after PPC, affiliate and display campaigns for the group, and I manage a £900k yearly ad budget and a team of three analysts in two countries.
"""


def _source_line(quote: str) -> str:
    body = quote.strip("…")
    return next(line for line in _CV.splitlines() if body in line)


@pytest.mark.parametrize("surface", ["hydraulic", "preventive maintenance", "servo drives", "PPC", "ad budget"])
def test_a_quote_ends_where_a_phrase_ends(surface: str) -> None:
    quote = skill_line(surface, _CV)
    assert quote and surface.lower() in quote.lower()
    body = quote.strip("…")
    line = _source_line(quote)
    after = line[line.index(body) + len(body):]
    # the quote stops at the sentence's end or at a clause mark, never inside a noun phrase ("bottling…", "and a…")
    assert after == "" or re.match(r"[,;:.)]", after), (quote, after[:20])


def test_a_quote_never_ends_on_an_article_or_a_conjunction() -> None:
    for surface in ("PPC", "ad budget", "hydraulic", "preventive maintenance"):
        last = re.findall(r"[\w£']+", skill_line(surface, _CV))[-1].lower()
        assert last not in {"a", "an", "the", "and", "or", "of", "on"}
