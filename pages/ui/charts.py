"""Altair charts of the progress data built in :mod:`core.progress` (History and Home)."""

from __future__ import annotations

import math

import altair as alt
import pandas as pd

from core.schemas import DIMENSION_LABELS, DIMENSIONS

MAX_TICKS = 6


def time_axis(dates: pd.Series, *, title: str | None = "Date") -> alt.X:
    """A temporal x axis whose ticks suit the span of ``dates``: whole days for sessions days apart,
    hours or minutes only within one day; never a fraction-of-a-second tick (".233")."""
    stamps = pd.to_datetime(dates)
    span = (stamps.max() - stamps.min()) if len(stamps) else pd.Timedelta(0)
    hours = span.total_seconds() / 3600
    if hours >= 24 * 120:
        interval, step, fmt = "month", max(1, math.ceil(hours / (24 * 30) / MAX_TICKS)), "%b %Y"
    elif hours >= 48:
        interval, step, fmt = "day", max(1, math.ceil(hours / 24 / MAX_TICKS)), "%d %b"
    elif hours >= 2:
        interval, step, fmt = "hour", max(1, math.ceil(hours / MAX_TICKS)), "%d %b %H:%M"
    else:
        interval, step, fmt = "minute", max(1, math.ceil(hours * 60 / MAX_TICKS)), "%H:%M"
    axis = alt.Axis(format=fmt, tickCount={"interval": interval, "step": step}, labelOverlap=True, grid=False)
    return alt.X("date:T", title=title, axis=axis)


def score_chart(points: pd.DataFrame, *, height: int = 260, compact: bool = False) -> alt.Chart | alt.LayerChart:
    """Overall score over time: a point per session, a line joining the sessions of each role family."""
    tooltip = [
        alt.Tooltip("role:N", title="Role"),
        alt.Tooltip("company:N", title="Company"),
        alt.Tooltip("date:T", title="Date", format="%d %b %Y %H:%M"),
        alt.Tooltip("score:Q", title="Score", format=".0f"),
    ]
    one_family = points["family_label"].nunique() <= 1
    base = alt.Chart(points).encode(
        x=time_axis(points["date"], title=None if compact else "Date"),
        y=alt.Y("score:Q", title="Overall (1-10)", scale=alt.Scale(domain=[0, 10])),
        color=alt.Color("family_label:N", title="Role family",
                        legend=None if compact or one_family else alt.Legend(orient="bottom")),
        tooltip=[alt.Tooltip("family_label:N", title="Role family"), *tooltip],
    )
    dots = base.mark_point(filled=True, size=80 if len(points) == 1 else 50)
    chart = (base.mark_line() + dots) if len(points) > 1 else dots
    return chart.properties(height=height)


def dimension_chart(points: pd.DataFrame, *, height: int = 260) -> alt.Chart | alt.LayerChart:
    """Per-dimension trend (1-5) across sessions; with one session, one bar per dimension."""
    order = [DIMENSION_LABELS[d] for d in DIMENSIONS]
    if points["session_id"].nunique() <= 1:
        return alt.Chart(points).mark_bar().encode(
            x=alt.X("score:Q", title="Average score (1-5)", scale=alt.Scale(domain=[0, 5])),
            y=alt.Y("dimension:N", sort=order, title=None),
            tooltip=["dimension", alt.Tooltip("score:Q", format=".1f")],
        ).properties(height=180)
    base = alt.Chart(points).encode(
        x=time_axis(points["date"]),
        y=alt.Y("score:Q", title="Dimension (1-5)", scale=alt.Scale(domain=[1, 5])),
        color=alt.Color("dimension:N", title="Dimension", sort=order, legend=alt.Legend(orient="bottom")),
        tooltip=[alt.Tooltip("dimension:N", title="Dimension"), alt.Tooltip("role:N", title="Role"),
                 alt.Tooltip("date:T", title="Date", format="%d %b %Y"),
                 alt.Tooltip("score:Q", title="Score", format=".1f")],
    )
    return (base.mark_line() + base.mark_point(size=30)).properties(height=height)


def delivery_chart(points: pd.DataFrame, *, height: int = 220) -> alt.LayerChart:
    """Spoken delivery across sessions: words per minute (left, with the comfortable 130-170 band,
    ``core.speech.delivery.COMFORTABLE_WPM``) and filler words per 100 words (right), one point per
    session (rows of ``InterviewStore.delivery_over_time``: ``created_at``, ``role``, ``wpm``, ``filler_rate``)."""
    from core.speech.delivery import COMFORTABLE_WPM

    low, high = COMFORTABLE_WPM
    data = points.rename(columns={"created_at": "date"})
    x = alt.X("date:T", title="Date", axis=alt.Axis(format="%d %b", labelAngle=0))
    tooltip = [alt.Tooltip("role:N", title="Role"), alt.Tooltip("date:T", title="Date", format="%d %b %Y"),
               alt.Tooltip("wpm:Q", title="Words a minute", format=".0f"),
               alt.Tooltip("filler_rate:Q", title="Fillers per 100 words", format=".1f")]
    band = alt.Chart(pd.DataFrame({"low": [low], "high": [high]})).mark_rect(opacity=0.12, color="green").encode(
        y=alt.Y("low:Q"), y2="high:Q")
    pace = alt.Chart(data).mark_line(point=True).encode(
        x=x, y=alt.Y("wpm:Q", title=f"Words a minute (comfortable {low}-{high})",
                     scale=alt.Scale(domain=[60, 240])), tooltip=tooltip)
    fillers = alt.Chart(data).mark_line(point=True, strokeDash=[4, 3], color="orange").encode(
        x=x, y=alt.Y("filler_rate:Q", title="Filler words per 100 words", axis=alt.Axis(orient="right")),
        tooltip=tooltip)
    return alt.layer(band + pace, fillers).resolve_scale(y="independent").properties(height=height)
