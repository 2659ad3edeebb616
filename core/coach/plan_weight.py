"""A question on a requirement the job marks as a plus (:func:`core.analysis.job_weight.preferred`) says so: "The role
would welcome a forklift licence (a plus here, not a must), which your CV shows", never "The role asks for" or "This
role requires" (session 19: "Staplerschein von Vorteil" was asked as what the role asks for)."""

from __future__ import annotations

import re

from core.analysis.job_weight import preferred, weighed_parts  # noqa: F401  (preferred re-exported for the plan)

# the opening of a plan template that says the role requires what it names (core.coach.plan_text, plan_credential)
_ASKS_RE = re.compile(
    r"^(?:The|This) (?:role|job) (?:asks for|requires|involves|needs)(?: knowledge of)? (?P<what>.+?)"
    r"(?P<rest>(?: or an equivalent)?, (?:which|and) .*)$", re.S)
_KNOWLEDGE_RE = re.compile(r"^(?:The|This) (?:role|job) asks for knowledge of ")
PLUS_NOTE = " (a plus here, not a must)"


def as_preferred(question: str) -> str:
    """``question`` with its claim that the role requires something said as a plus: "The role asks for X, which your
    CV shows. …" -> "The role would welcome X (a plus here, not a must), which your CV shows. …"; a question that
    claims nothing is returned as it is."""
    found = _ASKS_RE.match(question or "")
    if not found:
        return question
    knowledge = "knowledge of " if _KNOWLEDGE_RE.match(question) else ""
    return f"The role would welcome {knowledge}{found.group('what')}{PLUS_NOTE}{found.group('rest')}"


def pattern_preferred(pattern: re.Pattern[str], job_description: str) -> bool:
    """Whether every part of the job that ``pattern`` finds (a licence's names) is marked as a plus
    (:func:`core.analysis.job_weight.weighed_parts`), and one part at least is."""
    found = [plus for part, plus in weighed_parts(job_description or "") if pattern.search(part)]
    return bool(found) and all(found)
