"""A hands-on trade's job (a chef, a driver, an electrician): its hiring manager asks the trade's practical and
scenario questions (a food cost creeping up, a driver short of hours, a breakdown on a line) rather than generic
behavioural stories ("a time you worked on something ambiguous"), so the plan gives a trade's behavioural share to
the role family's own questions (session 21: a chef asked about ambiguity, an HGV planner about helping a colleague).

:func:`is_trade` reads the job title: a trade's words in English, German, French and Spanish. A rule of this
project, written by the team; no source ranks these questions.
"""

from __future__ import annotations

import re

from core.analysis.gender_marks import without_gender_mark

# a trade's title words; "engineer" only with a trade's word before it ("maintenance engineer", "gas engineer"),
# never a software or a sales engineer
TRADE_TITLE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:chef|cook|commis|baker|butcher|driver|courier|hgv|lgv|forklift|electrician|plumber|"
    r"mechanic|fitter|welder|joiner|carpenter|bricklayer|plasterer|roofer|decorator|glazier|scaffolder|"
    r"groundworker|installer|operative|(?:maintenance|gas|heating|electrical|multi-skilled|field service)\s+"
    r"(?:engineer|technician)|maintenance technician|koch|köchin|fahrer|berufskraftfahrer|elektriker|"
    r"mechatroniker|cuisinier|chauffeur|électricien|plombier|cocinero|conductor|electricista|fontanero)"
    r"(?![^\W\d_])")


def is_trade(job_title: str) -> bool:
    """Whether ``job_title`` names a hands-on trade (:data:`TRADE_TITLE_RE`: "Head Chef", "HGV Class 1 Driver",
    "Multi-Skilled Maintenance Engineer (Electrically Biased)", "Elektriker (m/w/d)")."""
    return bool(TRADE_TITLE_RE.search(without_gender_mark(job_title or "")))
