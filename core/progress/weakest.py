"""The weakest rubric dimension over the last sessions (see :mod:`core.progress`): one computation,
rounded once when shown, so Home and History give the same figure.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from core.progress.trends import ScoreRows, as_frame
from core.schemas import DIMENSION_HELP, DIMENSION_LABELS, DIMENSIONS

LAST_SESSIONS = 5


@dataclass(frozen=True)
class DimensionFinding:
    """The weakest rubric dimension over some sessions, with every dimension's mean (1-5, unrounded).

    Each mean is over the first-attempt answers of those sessions (a 10-answer session weighs ten times a
    1-answer one), so it is the figure the words say: what the answers averaged. It is rounded once, when
    shown (:attr:`figure`); Home and History both show this figure and :attr:`scope`.
    """

    dimension: str
    average: float
    sessions: int
    averages: dict[str, float]
    answers: int = 0  # the answers the means are over (0: unknown, sessions given without answer counts)

    @property
    def label(self) -> str:
        return DIMENSION_LABELS[self.dimension]

    @property
    def figure(self) -> str:
        """The mean as shown everywhere: ``"1.5 / 5"`` (one decimal, rounded once)."""
        return f"{self.average:.1f} / 5"

    @property
    def scope(self) -> str:
        """What the mean is over: ``"over the 6 answers of your last 3 sessions"``."""
        over = "your last session" if self.sessions == 1 else f"your last {self.sessions} sessions"
        if self.answers:
            answers = "the answer" if self.answers == 1 else f"the {self.answers} answers"
            return f"over {answers} of {over}"
        return f"over {over}"

    def sentence(self) -> str:
        return (f"{self.label} is your weakest dimension: it averaged {self.figure} {self.scope}, "
                f"the lowest of the five. {DIMENSION_HELP[self.dimension]}")


def weakest_dimension(rows: ScoreRows, *, last: int = LAST_SESSIONS) -> DimensionFinding | None:
    """The dimension whose answers have the lowest mean (1-5) over the last ``last`` sessions that have
    dimension scores, on the CV of the latest one (another CV is another profile); None when there are none, or when every dimension shows the same mean (none is
    weaker).

    ``rows``: per-session dimension means with the number of answers they are over (``answers``, as
    :meth:`InterviewStore.scores_frame` gives them); a session's mean is weighted by its answers, so the
    result is the mean over the answers themselves. Rows without ``answers`` weigh one each.
    """
    frame = as_frame(rows)
    present = [d for d in DIMENSIONS if d in frame.columns]
    if frame.empty or not present:
        return None
    frame = frame.sort_values("created_at").dropna(subset=present, how="all")
    if "cv_key" in frame.columns and not frame.empty:  # like the trends: the latest CV's sessions only
        cv = frame["cv_key"].fillna("").astype(str)
        frame = frame[cv == cv.iloc[-1]]
    frame = frame.tail(last)
    if frame.empty:
        return None
    weights = (pd.to_numeric(frame["answers"], errors="coerce").fillna(1).clip(lower=1) if "answers" in frame.columns
               else pd.Series(1.0, index=frame.index))
    means: dict[str, float] = {}
    for dimension in present:
        scored = frame[dimension].notna()
        if scored.any():
            means[dimension] = float((frame.loc[scored, dimension] * weights[scored]).sum() / weights[scored].sum())
    if not means:
        return None
    if len({f"{m:.1f}" for m in means.values()}) == 1:  # every dimension level as shown (all 5.0 / 5): none weakest
        return None
    # of dimensions tied as shown (one decimal), the first in rubric order, as the report says (core.coach.report)
    worst = min(means, key=lambda d: (round(means[d], 1), DIMENSIONS.index(d)))
    answers = int(weights.sum()) if "answers" in frame.columns else 0
    return DimensionFinding(dimension=worst, average=means[worst], sessions=len(frame), averages=means,
                            answers=answers)

