"""A platform named is no skill shown: "I built our KPI report on BigQuery" names a warehouse that is queried in SQL,
but says nothing of SQL written (session 23 re-check: "SQL — evidenced — I built our Power BI KPI report on
BigQuery…"). The lexicon lists such a platform as an instance of the skill after its own kind (``instance_of``:
BigQuery is first a data warehouse, then SQL), so a CV listing it is still read as showing SQL
(:mod:`core.coach.evidence_cv`); an answer, where the candidate says what they did, must say the skill itself, an
instance of it or a tool of that kind first (PostgreSQL). A rule of this project.
"""

from __future__ import annotations

from core.analysis.skills import find_skills, skill_kinds
from core.coach.requirement_names import requirement_names


def platforms_masked(sentence: str, requirement: str) -> str:
    """``sentence`` with each tool that is a kind of ``requirement`` only after another kind of its own blanked out
    (spaces of the same length, so positions hold): "…report on BigQuery…" for "SQL"; ``sentence`` itself when it
    names none."""
    names = requirement_names(requirement)
    masked = sentence or ""
    for hit in find_skills(masked):
        kinds = [k.lower() for k in skill_kinds(hit.name)]
        if hit.name.lower() not in names and kinds and kinds[0] not in names and names & set(kinds[1:]):
            masked = masked[:hit.start] + " " * (hit.end - hit.start) + masked[hit.end:]
    return masked
