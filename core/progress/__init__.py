"""Progress across sessions: trends, the weakest dimension, gaps to practise, chart data.

Everything here reads the store and returns plain data and DataFrames (no streamlit, no Altair:
``pages/ui/charts.py`` draws them), so History and Home stay thin and all of it is testable as
plain Python.

- *Weakest dimension*: the rubric dimension whose answers have the lowest mean over the last sessions
  (one computation, rounded once when shown: Home and History give the same figure).
- *Competencies*: each stored question is matched to the curated bank (``data/question_bank.json``)
  it came from; a competency is weak when its answers average 5/10 or less, and never probed when
  the role family's core competencies (the bank's role questions) were never asked.
- *Job requirements*: from the reports' coverage maps; weak or not probed in every session.
- *Trends* compare like with like: a session is compared with earlier ones of the same role family
  (:func:`core.analysis.skills.infer_role_family` on the job title), never a sales interview with a
  data-science one.
"""


from __future__ import annotations

from core.progress.practice import (
    MAX_FOCUS,
    WEAK_ANSWER,
    Gap,
    PracticeSuggestion,
    _bank,
    competency_gaps,
    competency_of,
    core_competencies,
    display_name,
    language_requirement,
    practice_roles,
    practice_state,
    requirement_gaps,
    suggest_practice,
)
from core.progress.trends import (
    CHART_LIMIT,
    ScoreRows,
    dimension_points,
    families_latest_first,
    family_label,
    last_change,
    score_points,
    trend_sentence,
)
from core.progress.weakest import LAST_SESSIONS, DimensionFinding, weakest_dimension

__all__ = [
    "CHART_LIMIT", "LAST_SESSIONS", "MAX_FOCUS", "WEAK_ANSWER", "DimensionFinding", "Gap", "PracticeSuggestion",
    "ScoreRows", "_bank", "competency_gaps", "competency_of", "core_competencies", "dimension_points", "display_name",
    "families_latest_first", "family_label", "language_requirement", "last_change", "practice_roles", "practice_state",
    "requirement_gaps", "score_points", "suggest_practice", "trend_sentence", "weakest_dimension",
]
