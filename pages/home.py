"""Home: start, resume, recent scores at a glance, and the next suggested practice."""

from __future__ import annotations

from pages.ui.navigation import legacy_folder_guard

legacy_folder_guard()  # first, before the imports below (seconds on a cold server): pages/ui/navigation.py

import streamlit as st

from core.interview.unfinished import unfinished_lines
from pages.ui import render, resources, state

st.title(":material/record_voice_over: Interview Simulator")
st.write(
    "Practise a job interview tailored to your CV and the job you want. Answer one question at a "
    "time, get every answer scored on a visible rubric, and finish with a report you can act on."
)

store = resources.store()
owner = state.current_owner()

left, right = st.columns(2)
if left.button("Start a new interview", type="primary", width="stretch", key="home_new"):
    st.switch_page("pages/setup.py")
if right.button("Try with a sample CV and job", width="stretch", key="home_sample"):
    st.session_state["load_sample"] = True
    st.switch_page("pages/setup.py")

unfinished = store.list_sessions(owner=owner, status="in_progress", limit=5)
if unfinished:
    st.subheader("Unfinished interviews")
    for line in unfinished_lines(unfinished):  # each told apart from the others (two for one job, one minute)
        cols = st.columns([4, 1])
        cols[0].markdown(f"**{render.plain(line.label)}**  \n{render.plain(line.detail)}")
        if cols[1].button("Resume", key=f"resume_{line.id}"):
            state.session_link("pages/interview.py", line.id)

scores = store.recent_scores(owner=owner, limit=10)
st.subheader("Recent scores")
if not scores:
    st.info("No finished interviews yet. Your scores will appear here after your first one.", icon=":material/show_chart:")
else:
    from core import progress  # pandas and altair: only when there is something to chart
    from core.local_time import local_frame
    from pages.ui import charts, clock

    recent = local_frame(progress.score_points(scores), clock.zone())  # the browser's own times (UTC in the store)
    last, delta = progress.last_change(recent)  # the change on the last session of the same role family
    cols = st.columns([1, 3])
    cols[0].metric("Last overall score", f"{last:.0f} / 10", delta=None if delta is None else f"{delta:+.0f}",
                   delta_color="off" if delta == 0 else "normal", help=(f"Compared with your previous interview in {recent.iloc[-1]['family_label']}." if delta is not None
                         else f"Your first interview in {recent.iloc[-1]['family_label']}: nothing to compare yet."))
    cols[1].altair_chart(charts.score_chart(recent, height=150, compact=True), width="stretch")
    cols[1].caption(charts.score_chart_caption(recent))
    st.caption(render.plain(progress.trend_sentence(recent)))

    suggestion = progress.suggest_practice(store, owner=owner, scores=scores)
    if suggestion is not None:
        st.subheader("Next suggested practice")
        lines = [f"**{render.plain(suggestion.role_label)}**"]
        # The figure History shows (over the last sessions of every role), not this role's alone: a newcomer
        # read Depth 1.4 / 5 here and 1.5 / 5 there for the same sessions.
        if (weakest := progress.weakest_dimension(scores)) is not None:
            lines.append(f"Weakest dimension: {weakest.label}, {weakest.figure} {weakest.scope}.")
        if suggestion.focus:
            # As History lists them: "API design", not the bank's lower-case "api design".
            lines.append("Lean toward: " + render.plain(", ".join(map(progress.display_name, suggestion.focus))) + ".")
        st.markdown("  \n".join(lines))
        cols = st.columns(2)
        if cols[0].button("Practise this", type="primary", key="home_practise", width="stretch"):
            state.prefill_setup(progress.practice_state(store, suggestion, owner=owner))
            st.switch_page("pages/setup.py")
        if cols[1].button("See your full history", key="home_history", width="stretch"):
            st.switch_page("pages/history.py")
