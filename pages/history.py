"""History: every past session, scores over time, what to work on next, exports and deletion."""

from __future__ import annotations

from pages.ui.navigation import legacy_folder_guard

legacy_folder_guard()  # first, before the imports below (seconds on a cold server): pages/ui/navigation.py

from datetime import datetime, time, timedelta

import pandas as pd
import streamlit as st

from core import progress
from core.export import export_json, export_markdown, scored_count, session_export, sessions_csv
from core.local_time import local_frame, local_now, stored_moment
from core.models.registry import model_label
from core.schemas import score_text
from core.words import display_title
from pages.ui import charts, clock, render, resources, state

store = resources.store()
owner = state.current_owner()
STATUS_LABELS = {"completed": "Finished", "in_progress": "In progress", "abandoned": "Ended", "setup": "Not started"}

st.title(":material/history: History")
if owner is None:
    st.info(
        "Sign-in is not configured, so everyone using this server shares this history: anyone who opens "
        "this app can see, download and delete these sessions.",
        icon=":material/group:",
    )
if flash := st.session_state.pop("history_flash", None):
    st.success(flash, icon=":material/delete:")


# -- confirmations --------------------------------------------------------------------------------


def _clear_confirm() -> None:
    st.session_state.pop("history_confirm", None)


@st.dialog("Delete this session?", on_dismiss=_clear_confirm)
def _confirm_delete_one(session_id: str, label: str) -> None:
    st.markdown(f"**{render.plain(label)}**")
    st.write("Its transcript, scores and report are deleted too. This cannot be undone.")
    cols = st.columns(2)
    if cols[0].button("Delete it", type="primary", key="history_confirm_yes", width="stretch"):
        deleted = store.delete_session(session_id, owner=owner)
        _clear_confirm()
        st.session_state["history_flash"] = "Session deleted." if deleted else "That session was already gone."
        st.rerun()
    if cols[1].button("Cancel", key="history_confirm_no", width="stretch"):
        _clear_confirm()
        st.rerun()


@st.dialog("Delete all your data?", on_dismiss=_clear_confirm)
def _confirm_delete_all(count: int) -> None:
    whose = "your" if owner is not None else "all"
    st.write(
        f"This deletes {whose} {count} session{'s' if count != 1 else ''} with every transcript, score and "
        "report. It cannot be undone."
    )
    if owner is None:
        st.warning("Sign-in is not configured: this deletes the sessions of everyone using this server.",
                   icon=":material/group:")
    cols = st.columns(2)
    if cols[0].button("Delete everything", type="primary", key="history_confirm_yes", width="stretch"):
        removed = store.delete_all(owner=owner)
        _clear_confirm()
        st.session_state["history_flash"] = f"Deleted {removed} session{'s' if removed != 1 else ''}."
        st.rerun()
    if cols[1].button("Cancel", key="history_confirm_no", width="stretch"):
        _clear_confirm()
        st.rerun()


pending = st.session_state.get("history_confirm")
if pending and pending.get("what") == "one":
    _confirm_delete_one(pending["id"], pending["label"])
elif pending and pending.get("what") == "all":
    _confirm_delete_all(int(pending["count"]))

# -- data -----------------------------------------------------------------------------------------

zone = clock.zone()  # times shown in the browser's zone, kept in UTC in the store
everything = local_frame(store.sessions_frame(owner=owner), zone)
if everything.empty:
    st.info("No interviews yet. Start one and it will be listed here with its score.", icon=":material/folder_open:")
    if st.button("Start a new interview", type="primary", key="history_new"):
        st.switch_page("pages/setup.py")
    st.stop()

first_day = pd.Timestamp(everything["created_at"].min()).date()
today = max(local_now(zone).date(), pd.Timestamp(everything["created_at"].max()).date())
cols = st.columns([3, 2])
text = cols[0].text_input("Filter by role or company", key="history_text", placeholder="e.g. Engineer, Acme")
picked_dates = cols[1].date_input("Date range", value=(first_day, today), key="history_dates",
                                  format="DD/MM/YYYY")
dates = tuple(picked_dates) if isinstance(picked_dates, list | tuple) else (picked_dates,)
# the days picked are the user's own days: their bounds as the store keeps times (UTC)
since = stored_moment(datetime.combine(dates[0], time.min), zone) if dates and dates[0] else None
until = (stored_moment(datetime.combine(dates[1], time.min) + timedelta(days=1), zone)
         if len(dates) > 1 and dates[1] else None)
if len(dates) > 1 and dates[0] <= first_day and dates[1] >= today:
    since = until = None  # the whole range: no second query

sessions = everything if not text.strip() and since is None and until is None else local_frame(store.sessions_frame(
    owner=owner, text=text, since=since, until=until
), zone)
scores = local_frame(store.scores_frame(owner=owner, text=text, since=since, until=until), zone)
st.caption(zone.note())

# -- charts ---------------------------------------------------------------------------------------


def _dimension_section(dims: pd.DataFrame) -> None:
    """The five dimensions across the sessions of ONE role family (picked when there are several):
    a nurse interview's scores are never on one line with a data engineer's."""
    families = progress.families_latest_first(dims)
    family = next(iter(families))
    st.markdown("**Each dimension across sessions** (the average score of the answers, 1-5)")
    if len(families) > 1:
        # The options are the shown labels (a format_func would be kept in the session state, unpicklable).
        choices = {f"{f.capitalize()} ({n} interview{'s' if n != 1 else ''})": f for f, n in families.items()}
        if st.session_state.get("history_dim_family") not in choices:
            st.session_state.pop("history_dim_family", None)  # the filters left that family out
        family = choices[st.selectbox(
            "Role family", list(choices), key="history_dim_family",
            help="Interviews for different kinds of job are not comparable: the chart shows one role family at a time.",
        )]
    shown = dims[dims["family_label"] == family]
    roles = list(dict.fromkeys(shown["role"].sort_values(kind="stable")))
    named = ", ".join(roles[:4]) + (f" and {len(roles) - 4} more" if len(roles) > 4 else "")
    count = families[family]
    cvs = shown["cv"].nunique() if "cv" in shown.columns else 1
    joined = f" Lines join only interviews on the same CV ({cvs} CVs here)." if cvs > 1 else ""
    st.caption(render.plain(f"{count} interview{'s' if count != 1 else ''} for {family}: {named}.{joined}"))
    st.altair_chart(charts.dimension_chart(shown), width="stretch")


st.subheader("Your scores over time")
points = progress.score_points(scores)
if points.empty:
    st.info("No finished interviews match yet: finish an interview to see your scores here.", icon=":material/show_chart:")
else:
    st.markdown(render.plain(progress.trend_sentence(points)))
    st.altair_chart(charts.score_chart(points), width="stretch")
    if len(scores) > len(points):
        st.caption(f"The charts show your latest {len(points)} of {len(scores)} finished sessions; "
                   "narrow the dates to see earlier ones.")
    dims = progress.dimension_points(scores)
    if not dims.empty:
        _dimension_section(dims)

if spoken := store.delivery_over_time(owner=owner):  # sessions with answers given aloud
    st.markdown("**How you spoke across sessions**: pace and filler words of your spoken answers")
    st.altair_chart(charts.delivery_chart(local_frame(pd.DataFrame(spoken), zone)), width="stretch", key="delivery_chart")

# -- what to work on ------------------------------------------------------------------------------

st.subheader("What to work on")
roles = progress.practice_roles(scores)
if not roles:
    st.caption("Finish an interview and this section will say which dimension and requirements to practise.")
else:
    if (weakest := progress.weakest_dimension(scores)) is not None:
        st.markdown("**Weakest dimension.** " + render.plain(weakest.sentence()))
    role = st.selectbox("Practise for the role", roles, key="history_role") if len(roles) > 1 else roles[0]
    suggestion = progress.suggest_practice(store, owner=owner, job_title=role, scores=scores)
    if suggestion is not None:
        if suggestion.cv_note:  # the advice reads one CV's sessions: say so, and what was left out
            st.caption(render.plain(suggestion.cv_note))
        for kind, heading in (("requirement", "Job requirements"), ("competency", "Competencies")):
            gaps = suggestion.gaps_of(kind)
            if gaps:
                st.markdown(f"**{heading} not yet shown well** ({render.plain(suggestion.role_label)})")
                for gap in gaps[:8]:
                    # "never probed (…)" and "only weak evidence (…)" already say the status.
                    said = gap.status == "not probed" or "weak" in gap.detail
                    detail = gap.detail if said else f"{gap.status} · {gap.detail}"
                    st.markdown(f"- {render.plain(gap.label)}: {render.plain(detail)}")
        if not suggestion.gaps:
            st.markdown("Every requirement and core competency of this role has been evidenced. Keep practising "
                        "the weakest dimension.")
        if st.button("Practise this", type="primary", key="history_practise",
                     help="Start a new session for this role, leaning toward the points above."):
            state.prefill_setup(progress.practice_state(store, suggestion, owner=owner))
            st.switch_page("pages/setup.py")

# -- table ----------------------------------------------------------------------------------------

st.subheader("All sessions")
if sessions.empty:
    st.info("No sessions match these filters.", icon=":material/search:")
else:
    # Date, role, score and status fit the centred page at 1280 px without scrolling sideways;
    # the interview type and the model are shown for the selected session below the table.
    table = sessions[["id", "created_at", "job_title", "company", "interview_type", "model", "overall_score",
                      "status"]].reset_index(drop=True)
    table["job_title"] = table["job_title"].fillna("").astype(str).map(display_title)  # no "(H/F)" gender mark
    table["state"] = table["status"].map(STATUS_LABELS).fillna(table["status"].astype(str))
    # As text, so a session with no score reads "No score" (a number column draws a grey "None"); padded
    # to one width so sorting the column orders " 9 / 10" before "10 / 10", with "No score" last.
    table["score"] = [score_text(s).rjust(7) for s in table["overall_score"]]
    event = st.dataframe(
        table,
        hide_index=True,
        # Score and status before the company: a phone shows the first three columns without scrolling.
        column_order=["created_at", "job_title", "score", "state", "company"],
        column_config={
            "created_at": st.column_config.DatetimeColumn("Date", format="D MMM YYYY, HH:mm", width=140),
            "job_title": st.column_config.TextColumn("Role", width=220),
            "company": st.column_config.TextColumn("Company", width=120),
            "score": st.column_config.TextColumn("Score", width=80, alignment="right",
                                                 help="The overall score (1-10); No score when no answer was scored."),
            "state": st.column_config.TextColumn("Status", width=100),
        },
        on_select="rerun",
        selection_mode="single-row",
        key="history_table",
        width="stretch",
    )
    st.caption(f"{len(table)} session{'s' if len(table) != 1 else ''}. Click a column to sort; select a row "
               "to open it.")
    ids = table["id"].tolist()
    selected_rows = list(getattr(getattr(event, "selection", None), "rows", []) or [])
    if selected_rows and selected_rows[0] < len(ids):
        chosen = ids[selected_rows[0]]
        if st.session_state.get("history_last_row") != chosen:
            st.session_state["history_last_row"] = chosen
            st.session_state["history_pick"] = chosen
    if st.session_state.get("history_pick") not in set(ids):
        st.session_state["history_pick"] = ids[0]

    labels = dict(zip(
        ids,
        (
            f"{row.created_at:%d %b %Y %H:%M} · {row.job_title}{' at ' + row.company if row.company else ''} · "
            + (score_text(row.overall_score) if row.status == "completed" or pd.notna(row.overall_score)
               else row.state)
            for row in table.itertuples()
        ),
        strict=True,
    ))
    picked = st.selectbox("Session", ids, format_func=labels.get, key="history_pick")
    row = table[table["id"] == picked].iloc[0]
    data = session_export(store, picked, owner=owner)
    details = [f"{str(row['interview_type'] or 'mixed').capitalize()} interview", row["state"]]
    if row["model"]:
        details.append(f"model {model_label(row['model'])}")
    if data is not None and row["status"] == "completed":
        details.append(scored_count(data))  # the wording of the Feedback page and the report
    st.caption(render.plain(" · ".join(details)))
    cols = st.columns(3)
    if row["status"] == "in_progress":
        if cols[0].button("Resume", type="primary", key="history_resume", width="stretch"):
            state.session_link("pages/interview.py", picked)
    elif cols[0].button("Open feedback", type="primary", key="history_open", width="stretch"):
        state.session_link("pages/feedback.py", picked)
    if cols[2].button("Delete this session", key="history_delete_one", width="stretch"):
        st.session_state["history_confirm"] = {"what": "one", "id": picked, "label": labels[picked]}
        st.rerun()
    if data is not None:
        cols = st.columns(3)
        cols[0].download_button("Transcript and report (Markdown)", export_markdown(data),
                                file_name=f"interview-{picked}.md", mime="text/markdown", key="history_dl_md")
        cols[1].download_button("Transcript and report (JSON)", export_json(data),
                                file_name=f"interview-{picked}.json", mime="application/json", key="history_dl_json")

# -- your data ------------------------------------------------------------------------------------

st.subheader("Your data")
cols = st.columns(2)
cols[0].download_button(
    "Sessions table (CSV)", sessions_csv(store.sessions_frame(owner=owner, text=text, since=since, until=until)
                                         .to_dict("records")), file_name="interview-sessions.csv", mime="text/csv",
    key="history_dl_csv", width="stretch", help="The sessions listed above, with their scores (times in UTC, written with their +00:00 offset).",
)
if cols[1].button("Delete all data", key="history_delete_all", width="stretch"):
    st.session_state["history_confirm"] = {"what": "all", "count": len(everything)}
    st.rerun()
