"""Altair charts of the progress data built in :mod:`core.progress` (History and Home)."""

from __future__ import annotations

import math

import altair as alt
import pandas as pd

from core.schemas import DIMENSION_LABELS, DIMENSIONS

MAX_TICKS = 6
# Distinct hues: the theme's default pairs a dark and a light blue, then a dark and a light red, so two
# role families (or Relevance and Structure) looked alike.
PALETTE = alt.Scale(scheme="tableau10")


# Below the chart, in two columns, so a long role family or the fifth dimension is not cut off at the
# chart's right edge (one row of many labels overflowed it; three columns overflowed a phone's 390 px).
_LEGEND = alt.Legend(orient="bottom", columns=2, labelLimit=220, symbolLimit=0)
# The chart's width fits the page and its height is the plot's own: Streamlit's default for a layered
# chart ("fit") counts the axis titles and the legend below in the height, which left a plot a few
# pixels high once the legend took two rows.
FIT_WIDTH = alt.AutoSizeParams(type="fit-x", contains="padding")


# the least distance between two sessions' points, as a share of the axis: a point is about 8 px wide on a chart of
# 300-700 px, so two sessions at one height closer than this drew one point over the other (the second hid the first)
SPREAD_SHARE = 1 / 80
# two points nearer than this on the score axis (1-10; 1-5 for dimensions) are drawn over each other at one moment
SAME_HEIGHT = 0.25
PLOT_FIELD = "plotted"  # the column of the moment a point is drawn at (the tooltip keeps the session's own "date")


def spread(dates: pd.Series, scores: pd.Series | None = None) -> pd.Series:
    """Where each session's point is drawn: at its own moment, unless another session's point would hide it,
    that is, sessions at one height (``scores`` within :data:`SAME_HEIGHT`; without ``scores``, any) closer in
    time than :data:`SPREAD_SHARE` of the axis. Such a run of sessions is drawn that far apart, centred on its
    own moments and never after the latest of them, so no point falls after its last session (session 21: seven
    sessions of 17:21-17:30 pushed one after the other to 17:56, after "now"). In time order, the same every time
    (no random jitter). Index and length as ``dates``."""
    stamps = pd.to_datetime(dates)
    if stamps.empty:
        return stamps
    span = stamps.max() - stamps.min()
    gap = (span if span >= pd.Timedelta(minutes=1) else pd.Timedelta(days=1)) * SPREAD_SHARE
    height = ([0.0] * len(stamps) if scores is None else [float(v) for v in scores])  # positions, as ``dates``
    moment = stamps.to_numpy(dtype="datetime64[ns]").astype("int64").tolist()  # nanoseconds: plain ints, fast
    step = int(gap / pd.Timedelta(1, "ns"))
    runs: list[list[int]] = []  # runs of sessions at one height, each closer than gap to the one before
    open_runs: list[list[int]] = []  # the runs whose last session is closer than gap to the current one
    for position in sorted(range(len(moment)), key=moment.__getitem__):
        open_runs = [r for r in open_runs if moment[position] - moment[r[-1]] < step]
        run = next((r for r in open_runs if abs(height[r[-1]] - height[position]) < SAME_HEIGHT), None)
        if run is None:
            run = []
            runs.append(run)
            open_runs.append(run)
        run.append(position)
    drawn = list(moment)
    for run in (r for r in runs if len(r) > 1):
        first = sum(moment[p] for p in run) // len(run) - step * (len(run) - 1) // 2
        first -= max(0, first + step * (len(run) - 1) - max(moment[p] for p in run))  # never after its last session
        for number, position in enumerate(run):
            drawn[position] = first + step * number
    return pd.Series(pd.to_datetime(drawn, unit="ns"), index=stamps.index).astype(stamps.dtype)


def with_spread(points: pd.DataFrame, date: str = "date", score: str | None = "score") -> pd.DataFrame:
    """``points`` with :data:`PLOT_FIELD`, each session's point moment (:func:`spread`, at the height of
    ``score`` when it is a column, one row per session), one per session when ``points`` has a ``session_id``
    column (a session's rows, one per dimension, share it: any height)."""
    if "session_id" not in points.columns:
        heights = points[score] if score and score in points.columns else None
        return points.assign(**{PLOT_FIELD: spread(points[date], heights)})
    first = points.drop_duplicates("session_id")
    one_row = len(first) == len(points)
    heights = first[score] if one_row and score and score in first.columns else None
    moments = dict(zip(first["session_id"], spread(first[date], heights), strict=True))
    return points.assign(**{PLOT_FIELD: points["session_id"].map(moments)})


def time_axis(dates: pd.Series, *, title: str | None = "Date", plotted: pd.Series | None = None) -> alt.X:
    """A temporal x axis whose ticks suit the span of ``dates``: whole days for sessions days apart,
    hours or minutes only within two days; never a fraction-of-a-second tick (".233"). With ``plotted`` (the
    moments points are drawn at: :func:`spread`), the axis is of that field and its range reaches them all.

    Within two days the ticks are given as values: Vega-Lite's schema names the intervals "hour" and
    "minute", Vega's runtime only knows "hours" and "minutes", and a chart given either draws nothing.
    A single session gets one tick, its day, in the middle of a one-day axis."""
    stamps = pd.to_datetime(dates)
    field = "date" if plotted is None else PLOT_FIELD
    span = (stamps.max() - stamps.min()) if len(stamps) else pd.Timedelta(0)
    hours = span.total_seconds() / 3600
    if hours >= 24 * 120:
        every = max(1, math.ceil(hours / (24 * 30) / MAX_TICKS))
        axis = alt.Axis(format="%b %Y", tickCount={"interval": "month", "step": every}, labelOverlap=True, grid=False)
        return alt.X(f"{field}:T", title=title, axis=axis)
    if hours >= 48:
        every = max(1, math.ceil(hours / 24 / MAX_TICKS))
        axis = alt.Axis(format="%d %b", tickCount={"interval": "day", "step": every}, labelOverlap=True, grid=False)
        return alt.X(f"{field}:T", title=title, axis=axis)
    if not len(stamps) or span < pd.Timedelta(minutes=1):
        moment = stamps.min() if len(stamps) else pd.Timestamp.now()
        ticks, fmt = [moment], "%d %b"
        domain = [moment - pd.Timedelta(hours=12), moment + pd.Timedelta(hours=12)]
    else:
        minutes = next((m for m in NICE_MINUTES if m * MAX_TICKS >= hours * 60), NICE_MINUTES[-1])
        ticks = list(pd.date_range(stamps.min().floor(f"{minutes}min"), stamps.max().ceil(f"{minutes}min"),
                                   freq=f"{minutes}min"))
        fmt = "%H:%M" if stamps.min().date() == stamps.max().date() else "%d %b %H:%M"
        domain = [ticks[0], ticks[-1]]
    if plotted is not None and len(plotted):  # a point moved apart from another stays inside the axis
        domain = [min(domain[0], pd.to_datetime(plotted).min().floor("min")), domain[1]]
    if len(stamps) and span >= pd.Timedelta(minutes=1):  # the axis ends at now (or the last session), not the tick after
        domain[1] = min(domain[1], max(stamps.max(), _now()).ceil("min"))
        ticks = [t for t in ticks if domain[0] <= t <= domain[1]]
    axis = alt.Axis(format=fmt, values=[_datetime(t) for t in ticks], labelOverlap=True, grid=False)
    return alt.X(f"{field}:T", title=title, axis=axis, scale=alt.Scale(domain=[_datetime(t) for t in domain]))


def _now() -> pd.Timestamp:
    """Now as the pages draw times: the browser's wall-clock time without a zone (:mod:`pages.ui.clock`; UTC when the
    browser gives no zone), as the charts' points are converted (session 22)."""
    from core.local_time import local_now
    from pages.ui import clock

    return local_now(clock.zone())


NICE_MINUTES = (1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360, 480, 720)


def _datetime(moment: pd.Timestamp) -> alt.DateTime:
    """A local date-time, as Vega reads the charts' naive timestamps."""
    return alt.DateTime(year=moment.year, month=moment.month, date=moment.day, hours=moment.hour,
                        minutes=moment.minute)


DATE_TITLE = "Interview date"


def score_chart(points: pd.DataFrame, *, height: int = 260, compact: bool = False) -> alt.Chart | alt.LayerChart:
    """Overall score over time: a point per session, a line joining the sessions of each role family,
    named in the legend below the chart (also with one family: it says what the line is).
    ``compact`` (Home): no axis titles (a caption under the chart says what the points are)."""
    tooltip = [
        alt.Tooltip("role:N", title="Role"),
        alt.Tooltip("company:N", title="Company"),
        alt.Tooltip("date:T", title="Date", format="%d %b %Y %H:%M"),
        alt.Tooltip("score:Q", title="Score", format=".0f"),
    ]
    points = with_spread(points)  # two sessions of one minute: two points, side by side
    base = alt.Chart(points).encode(
        x=time_axis(points["date"], title=None if compact else DATE_TITLE, plotted=points[PLOT_FIELD]),
        y=alt.Y("score:Q", title=None if compact else "Overall score (1-10)", scale=alt.Scale(domain=[0, 10])),
        color=alt.Color("family_label:N", title="Role family", scale=PALETTE, legend=_LEGEND),
        tooltip=[alt.Tooltip("family_label:N", title="Role family"), *tooltip],
    )
    dots = base.mark_point(filled=True, size=80 if len(points) == 1 else 50)
    line = base.mark_line()
    if "cv" in points.columns and points["cv"].nunique() > 1:
        line = line.encode(detail="cv:N")  # a line joins sessions on one CV: another CV's score is no baseline
    chart = (line + dots) if len(points) > 1 else dots
    return chart.properties(height=height, autosize=FIT_WIDTH)


def score_chart_caption(points: pd.DataFrame) -> str:
    """What the points and lines of :func:`score_chart` are, in words, for the compact chart on Home."""
    if len(points) <= 1:
        return "The point is your finished interview's overall score (1-10), on the day you took it."
    lines = ("the line joins them in date order" if points["family_label"].nunique() <= 1
             else "a line joins the interviews for one role family (colours below), never two families")
    if "cv" in points.columns and points["cv"].nunique() > 1:
        lines += ", and only interviews on the same CV"
    return (f"Each point is one of your last {len(points)} finished interviews: its overall score (1-10) "
            f"by date; {lines}.")


def dimension_chart(points: pd.DataFrame, *, height: int = 260) -> alt.Chart | alt.LayerChart:
    """Per-dimension trend (1-5) across the sessions of ``points`` (the page gives one role family's,
    :func:`core.progress.dimension_points`): a line per dimension joining the sessions in date order
    (and on one CV: sessions on different CVs are not joined);
    with one session, one bar per dimension."""
    order = [DIMENSION_LABELS[d] for d in DIMENSIONS]
    tooltip = [alt.Tooltip("dimension:N", title="Dimension"), alt.Tooltip("role:N", title="Role"),
               alt.Tooltip("company:N", title="Company"), alt.Tooltip("date:T", title="Date", format="%d %b %Y"),
               alt.Tooltip("score:Q", title="Score", format=".1f")]
    if points["session_id"].nunique() <= 1:
        return alt.Chart(points).mark_bar().encode(
            x=alt.X("score:Q", title="Average score of the answers (1-5)", scale=alt.Scale(domain=[0, 5])),
            y=alt.Y("dimension:N", sort=order, title=None, axis=alt.Axis(labelLimit=220)),  # not "Specificity & evid…"
            color=alt.Color("dimension:N", sort=order, scale=PALETTE, legend=None),
            tooltip=tooltip,
        ).properties(height=180, autosize=FIT_WIDTH)
    points = with_spread(points)
    base = alt.Chart(points).encode(
        x=time_axis(points["date"], title=DATE_TITLE, plotted=points[PLOT_FIELD]),
        y=alt.Y("score:Q", title="Average score of the answers (1-5)", scale=alt.Scale(domain=[1, 5])),
        color=alt.Color("dimension:N", title="Dimension", sort=order, scale=PALETTE, legend=_LEGEND),
        order=alt.Order("date:T"),
        tooltip=tooltip,
    )
    line = base.mark_line()
    if "cv" in points.columns and points["cv"].nunique() > 1:
        line = line.encode(detail="cv:N")  # as the score chart: another CV's scores are no baseline
    return (line + base.mark_point(size=30)).properties(height=height, autosize=FIT_WIDTH)


PACE_COLOUR, FILLER_COLOUR = "#1f77b4", "#e8710a"


def delivery_chart(points: pd.DataFrame, *, height: int = 220) -> alt.LayerChart:
    """Spoken delivery across sessions: words per minute (left, with the comfortable 130-170 band,
    ``core.speech.delivery.COMFORTABLE_WPM``) and filler words per 100 words (right), one point per
    session (rows of ``InterviewStore.delivery_over_time``: ``created_at``, ``role``, ``wpm``, ``filler_rate``)."""
    from core.speech.delivery import COMFORTABLE_WPM

    low, high = COMFORTABLE_WPM
    data = with_spread(points.rename(columns={"created_at": "date"}))
    x = time_axis(data["date"], title=DATE_TITLE, plotted=data[PLOT_FIELD])
    tooltip = [alt.Tooltip("role:N", title="Role"), alt.Tooltip("date:T", title="Date", format="%d %b %Y"),
               alt.Tooltip("wpm:Q", title="Words a minute", format=".0f"),
               alt.Tooltip("filler_rate:Q", title="Fillers per 100 words", format=".1f")]
    band = alt.Chart(pd.DataFrame({"low": [low], "high": [high]})).mark_rect(opacity=0.12, color="green").encode(
        y=alt.Y("low:Q"), y2="high:Q")
    # No legend: each axis title is drawn in its line's colour (solid blue pace, dashed orange fillers).
    pace = alt.Chart(data).mark_line(point=True, color=PACE_COLOUR).encode(
        x=x, y=alt.Y("wpm:Q", title=f"Words a minute (comfortable {low}-{high})",
                     scale=alt.Scale(domain=[60, 240]), axis=alt.Axis(titleColor=PACE_COLOUR)), tooltip=tooltip)
    fillers = alt.Chart(data).mark_line(point=True, strokeDash=[4, 3], color=FILLER_COLOUR).encode(
        x=x, y=alt.Y("filler_rate:Q", title="Filler words per 100 words",
                     axis=alt.Axis(orient="right", titleColor=FILLER_COLOUR)),
        tooltip=tooltip)
    return alt.layer(band + pace, fillers).resolve_scale(y="independent").properties(height=height, autosize=FIT_WIDTH)
