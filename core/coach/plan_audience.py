"""Whom a bank question is for: the candidate doing the work, or the one who manages, supervises or plans the work
of others. A question tagged ``"audience": "manages"`` in ``data/question_bank.json`` ("A driver refuses a late
extra drop because he says he is too tired. What do you do?", "Tell me about a driver who kept breaking the rules")
is the transport planner's or manager's, never the driver's: :func:`audience_fits` asks it only in a job that
manages people or plans their work (:func:`manages_others`).

A rule of this project (session 26), not a figure from research: the job's title names a leading role (the
leading titles :mod:`core.coach.plan_premise` reads a CV role by, a "planner" or "dispatcher", or a title
:func:`core.analysis.job_level.seniority_from_title` puts at the lead level), or its text says the holder manages a
team ("line-manage", "lead a team of 6", "supervise the night shift staff", "direct reports"). "Under general
supervision" or "report to the transport supervisor" names the candidate's own manager, never the candidate's.
"""

from __future__ import annotations

import re
from typing import Any

from core.analysis.job_level import seniority_from_title
from core.coach.plan_premise import _LEADING_TITLE_RE

# a title that plans or allocates others' work without a leading word: "Transport Planner", "Despatch Controller"
_PLANNING_TITLE_RE = re.compile(
    r"\b(?:planner|scheduler|dispatcher|despatcher|(?:transport|traffic|fleet|shift|duty|area|operations) "
    r"(?:controller|officer|office)|superintendent|foreperson|chargehand)\b", re.I)
# the job's text says the holder manages or plans for people: whom (a team, staff, drivers) after a managing verb
_WHOM = (r"(?:(?:a|an|the|your|our|their|its)\s+)?(?:(?:small|large|busy|growing|new|multi-?disciplinary|"
         r"\d+|(?!(?:with|and|or|to|for|of|in|on|at|by|from|relationships?|working|closely)\b)[a-z]+(?:-[a-z]+)?)\s+){0,2}(?:teams?|staff|crews?|brigades?|drivers|operatives|colleagues|people|"
         r"employees|workforce|reports)\b")
_MANAGES_TEXT_RE = re.compile(
    r"\b(?:line[- ]?manag\w*|direct reports?|people management|team leadership|staff management|"
    r"(?:manag(?:e|es|ing)|lead(?:s|ing)?|supervis(?:e|es|ing)|oversee(?:s|ing)?|motivat(?:e|es|ing)|"
    r"(?:build|develop)(?:s|ing)?|coach(?:es|ing)?|appraise|recruit(?:s|ing)?\s+and\s+(?:train|develop)\w*)\s+"
    + _WHOM + r"|responsib\w+\s+for\s+(?:leading|managing|supervising)\s+" + _WHOM +
    r"|(?:allocat|schedul|plan|deploy|roster)\w*\s+(?:the\s+)?(?:work\s+of\s+)?(?:drivers|staff|crews|the\s+team|"
    r"vehicles\s+and\s+drivers|shifts\s+and\s+staff)\b|(?:staff|drivers'?|shift)\s+rotas?)", re.I)


def manages_others(job_title: str, job_description: str) -> bool:
    """Whether the job manages, supervises or plans the work of other people: its title names a leading or
    planning role ("Transport Manager", "Ward Sister", "Shift Supervisor", "Transport Planner", "Head of Sales",
    a lead-level title) or its text says the holder does ("line-manage two analysts", "lead a team of 12 drivers",
    "plan drivers' rotas"). ``job_title`` and ``job_description`` are free text (any may be empty); nothing here
    can fail on odd input."""
    title = " ".join((job_title or "").split())
    if _LEADING_TITLE_RE.search(title) or _PLANNING_TITLE_RE.search(title) or seniority_from_title(title) == "lead":
        return True
    return bool(_MANAGES_TEXT_RE.search(job_description or ""))


def audience_fits(question: dict[str, Any], manages: bool) -> bool:
    """Whether a bank question may be asked in a job that (``manages``) manages or plans for others or (not) does
    the work itself: a question whose ``audience`` is "manages" only in the former, one whose ``audience`` is "does"
    (asked from the worker's own seat: "You are forty minutes from your last drop…") only in the latter; any other
    question always."""
    audience = question.get("audience")
    return (audience != "manages" or manages) and (audience != "does" or not manages)
