"""Chart data and trend sentences across sessions (see :mod:`core.progress`).

Trends compare like with like: a session is compared with earlier ones of the same role family
(:func:`core.analysis.skills.infer_role_family` on the job title), never a sales interview with a
data-science one.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pandas as pd

from core.analysis.role_groups import role_group
from core.analysis.skills import infer_role_family
from core.schemas import DIMENSION_LABELS, DIMENSIONS, job_label
from core.storage import ScorePoint
from core.words import display_title

CHART_LIMIT = 300  # the charts show at most this many most recent sessions


# -- chart data ---------------------------------------------------------------------------------


ScoreRows = list[ScorePoint] | list[dict[str, Any]] | pd.DataFrame  # InterviewStore.scores_over_time or scores_frame


def as_frame(rows: ScoreRows) -> pd.DataFrame:
    """``rows`` as a DataFrame of their own (a copy when it is one already)."""
    return rows.copy() if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows)


def family_label(family: str) -> str:
    """How a role family is named in sentences and legends: ``"data roles"``, ``"other roles"``."""
    return "other roles" if family == "general" else f"{family} roles"


def chart_family(job_title: str) -> str:
    """The family History and Home chart and compare a session in: the role family
    (:func:`core.analysis.skills.infer_role_family` on the title), or a group of ``data/role_groups.json``
    inside it ("Head Chef", "Cuisinier", "Hotel Night Manager": ``"hospitality"``, asked the hospitality
    questions of the bank, and no baseline for a logistics coordinator: :func:`core.analysis.role_groups.role_group`). "Chef de projet" is no chef."""
    family = infer_role_family(job_title)
    return role_group(job_title, family) or family


@lru_cache(maxsize=1024)
def _family_of(job_title: str) -> str:
    return chart_family(job_title)


def score_points(rows: ScoreRows, *, limit: int | None = CHART_LIMIT) -> pd.DataFrame:
    """One point per scored session, oldest first.

    Columns: session_id, date, role, company, label, score (1-10), family (``infer_role_family`` of the
    job title) and family_label (``"data roles"``). Sessions without a score are left out.
    """
    frame = as_frame(rows)
    columns = ["session_id", "date", "role", "company", "label", "score", "family", "family_label", "cv", "cv_name"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    frame = frame[frame["overall_score"].notna()].sort_values("created_at")
    if frame.empty:
        return pd.DataFrame(columns=columns)
    if limit:
        frame = frame.tail(limit)
    company = frame["company"].fillna("").astype(str)
    role = frame["job_title"].fillna("").astype(str).map(display_title)  # as shown: no "(H/F)" gender mark
    out = pd.DataFrame({
        "session_id": frame["id"].astype(str),
        "date": pd.to_datetime(frame["created_at"]),
        "role": role,
        "company": company,
        "label": [job_label(r, c) for r, c in zip(role, company, strict=True)],
        "score": frame["overall_score"].astype(float),
        # the CV a session used (a key, never its text); "" when unknown, read as one CV
        "cv": frame["cv_key"].fillna("").astype(str) if "cv_key" in frame.columns else "",
        # the CV's file name ("" when pasted or unknown): the trend sentence says which CV it compares
        "cv_name": frame["cv_filename"].fillna("").astype(str) if "cv_filename" in frame.columns else "",
    })
    out["family"] = [_family_of(r) for r in role]
    out["family_label"] = out["family"].map(family_label)
    return out.reset_index(drop=True)[columns]


def _like(points: pd.DataFrame, last: pd.Series) -> pd.DataFrame:
    """The sessions comparable with ``last``: the same role family and the same CV (a session on
    another CV is a different candidate's profile, or an older one: its score is no baseline)."""
    same = points[points["family"] == last["family"]]
    if "cv" in same.columns:
        same = same[same["cv"].fillna("") == (last.get("cv") or "")]
    return same


def dimension_points(rows: ScoreRows, *, limit: int | None = CHART_LIMIT) -> pd.DataFrame:
    """Long format for the per-dimension trend, oldest first: session_id, date, role, company, dimension
    (label), score (1-5), family, family_label (as :func:`score_points`: a chart keeps to one family) and cv
    (the session's CV key: a line joins only sessions on one CV)."""
    frame = as_frame(rows)
    columns = ["session_id", "date", "role", "company", "dimension", "score", "family", "family_label", "cv"]
    present = [d for d in DIMENSIONS if d in frame.columns]
    if frame.empty or not present:
        return pd.DataFrame(columns=columns)
    frame = frame.sort_values("created_at")
    if limit:
        frame = frame.tail(limit)
    cv = frame["cv_key"].fillna("").astype(str) if "cv_key" in frame.columns else ""
    frame = frame.assign(job_title=frame["job_title"].fillna("").astype(str), company=frame["company"].fillna(""), cv=cv)
    long = frame.melt(id_vars=["id", "created_at", "job_title", "company", "cv"], value_vars=present,
                      var_name="dimension", value_name="score").dropna(subset=["score"])
    long = long.rename(columns={"id": "session_id", "created_at": "date", "job_title": "role"})
    long["session_id"] = long["session_id"].astype(str)
    long["date"] = pd.to_datetime(long["date"])
    long["score"] = long["score"].astype(float)
    long["dimension"] = long["dimension"].map(DIMENSION_LABELS)
    long["role"] = long["role"].map(display_title)
    long["family"] = [_family_of(r) for r in long["role"]]
    long["family_label"] = long["family"].map(family_label)
    return long.sort_values("date", kind="stable").reset_index(drop=True)[columns]


def families_latest_first(points: pd.DataFrame) -> dict[str, int]:
    """Each role family label of chart points (``"data roles"``) with its number of sessions, the
    family of the latest session first, then the others by their latest session."""
    sessions = points.drop_duplicates("session_id")
    latest = sessions.groupby("family_label")["date"].max().sort_values(ascending=False, kind="stable")
    counts = sessions["family_label"].value_counts()
    return {label: int(counts[label]) for label in latest.index}


def last_change(points: pd.DataFrame) -> tuple[float, float | None]:
    """The last score (1-10) and its change on the previous session of the same role family and the
    same CV (None: no such one)."""
    last = points.iloc[-1]
    same = _like(points, last)
    change = float(last["score"] - same.iloc[-2]["score"]) if len(same) > 1 else None
    return float(last["score"]), change


def _this_cv(latest: pd.Series) -> str:
    """"this CV (planner_cv.docx)", or "this CV" for a pasted one: which CV the sentence compares."""
    name = str(latest.get("cv_name") or "").strip()
    return f"this CV ({name})" if name else "this CV"


def trend_sentence(points: pd.DataFrame) -> str:
    """One plain sentence on the scores: the single one, or recent versus the ones before.

    Only sessions of the latest session's role family and CV are compared; when other families are on
    the chart, the sentence says which family it compares, and when the family's other sessions used
    another CV, it says they are not compared.
    """
    if points.empty:
        return "No finished interviews yet: your scores will appear here after your first one."
    latest = points.iloc[-1]
    mixed = points["family"].nunique() > 1
    family = points[points["family"] == latest["family"]]
    same = _like(points, latest)
    scores = same["score"].tolist()
    if len(points) == 1:
        return (f"One finished interview so far: {latest['score']:.0f} / 10 as {latest['label']}. "
                "Finish another to see a trend.")
    this_cv = _this_cv(latest)
    if len(scores) == 1 and len(family) > 1:
        return (f"Your last score is {latest['score']:.0f} / 10 as {latest['label']}, your first interview with "
                f"{this_cv} in {latest['family_label']}: the earlier ones used a different CV, so they are not "
                "compared. Practise again with this CV to see a trend.")
    if len(scores) == 1:
        return (f"Your last score is {latest['score']:.0f} / 10 as {latest['label']}, your first interview in "
                f"{latest['family_label']}: practise this family again to see a trend.")
    window = min(3, len(scores) // 2)
    recent = sum(scores[-window:]) / window
    before = sum(scores[-2 * window:-window]) / window
    change = recent - before
    last = "last score" if window == 1 else f"last {window} scores"
    if mixed:
        last += f" in {latest['family_label']}"
    if len(same) < len(family):  # sessions on other CVs left out: say which CV is compared
        last += f" with {this_cv}"
    prior = "the one before" if window == 1 else f"the {window} before"
    average = "is" if window == 1 else "average"
    if abs(change) < 0.05:
        return f"Your {last} {average} {recent:.1f} / 10, level with {prior}."
    direction = "up" if change > 0 else "down"
    return f"Your {last} {average} {recent:.1f} / 10, {direction} {abs(change):.1f} on {prior}."


# -- what to work on ----------------------------------------------------------------------------
