"""Newcomer, session 23: a LaTeX CV whose bullets pypdf reads as "ˆ" (\\textbullet in a font mapped to the
circumflex) kept the glyph before every item, and the CV reader, seeing no bullets, took an item's wrapped second
line for a job ("Let's begin with the entry your CV lists as “CompactLogix PLCs…”"). Made-up CV text."""

from __future__ import annotations

from core.coach.plan import plan_questions
from core.documents.clean import clean_text

CV = """Dana Whitfield
Maintenance Technician
Experience
Maintenance Technician
Brookfield Cartons Ltd, Swindon
May 2020 – Present
ˆ Fault-find on Omron and Mitsubishi
FX5 PLCs using GX Works and CX-Programmer
ˆ Cut unplanned downtime on the corrugator
lines from 6% to 3.5% over 2023
ˆ Run PPM on 9 lines in the CMMS
Skills
ˆ PLC fault-finding
ˆ Lock-out/tag-out
"""
JOB = """Maintenance Engineer
Ashcombe Foods Ltd

Ashcombe Foods makes chilled desserts. You will keep our filling lines running.

Requirements
- PLC fault-finding
- Planned preventive maintenance
"""


def test_a_circumflex_opening_a_line_is_a_bullet() -> None:
    cleaned = clean_text(CV)
    assert "ˆ" not in cleaned
    assert "- Fault-find on Omron and Mitsubishi" in cleaned.splitlines()
    assert "- PLC fault-finding" in cleaned.splitlines()


def test_a_circumflex_inside_a_line_is_kept() -> None:
    assert clean_text("Exponent: xˆ2 in the report") == "Exponent: xˆ2 in the report"


def test_the_opener_names_the_job_not_an_item_s_wrapped_line() -> None:
    opener = plan_questions(clean_text(CV), JOB, "Maintenance Engineer", company="Ashcombe Foods Ltd", seed="s")[0]
    assert "FX5 PLCs" not in opener and "lines from" not in opener, opener
    assert "Maintenance Technician" in opener and "Brookfield Cartons" in opener, opener
