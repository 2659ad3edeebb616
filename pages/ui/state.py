"""Session-state keys shared across pages, their defaults, and the interview the URL names.

Session state holds plain, serialisable values only (strings, dicts); resources live in
:mod:`pages.ui.resources`.

Setup's fields survive a visit to another page: Streamlit drops a keyed widget's value on a run
where the widget is not drawn, so the router copies them (:func:`remember_setup`, every run,
before the page) into one plain dict that is not a widget key, and Setup puts them back
(:func:`restore_setup`) before drawing its widgets. Setup's text fields also keep each value the
moment the browser sends it (:func:`keep_setup_value`, their ``on_change``): a run started by a
text box's commit can be stopped by the next click before the router's copy, and the run of a page
switch drops the old page's widget values before any script code runs. A text box sends its text only when it loses
the focus, to the click on another page: the browser holds that click until the text has gone
(:func:`pages.ui.drafts.hold_page_clicks`), and a text folded into the switch's request is applied, not dropped
(:func:`pages.ui.upstream.keep_values_on_coalesce`). Anything that fills Setup from elsewhere ("Practise this",
"Practise again") goes through :func:`prefill_setup`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import streamlit as st

from core.interview import InterviewSettings
from core.storage import SessionRow

PROVIDER_OVERRIDES = "provider_overrides"  # dict: settings typed in the sidebar for this tab only
SESSION_ID = "session_id"  # str: the interview this tab last opened
ANSWER_ERROR = "answer_error"  # dict: an answer the engine refused, kept to show it back
FINISH_NOW = "finish_now"  # str: the session whose end was confirmed in the dialog
PAGE_SEEN = "page_seen"  # str: the url path of the page the last run drew
PAGE_ENTERED = "page_entered"  # bool: this run draws another page than the last one did
TURN_SENT = "turn_sent"  # bool: an answer (or a skip) was just stored; this run writes the next question

SETUP_VALUES = "setup_values"  # dict: the Setup fields' last values, kept while other pages run
SETUP_FOCUS = "setup_focus"  # list[str]: what the next practice leans toward (from History or Home)
SETUP_CV_FILENAME = "setup_cv_filename"  # str | None: the CV file the text came from
SETUP_JD_FILENAME = "setup_jd_filename"  # str | None: the job description file the text came from
SETUP_SOURCE_TEXT = "setup_source_text"  # dict: box key -> the text its file (or a sample) put there
SETUP_SENIORITY_CHOSEN = "setup_seniority_chosen"  # bool: the visitor picked a level (the title no longer sets it)
SETUP_FILLED = "setup_filled"  # dict: job title / company key -> the value the app last put there (pages/ui/job_fields.py)
SETUP_JD_READ = "setup_jd_read"  # str: sha256 of the job description text whose title and company were last read
SETUP_CLOUD_SEEN = "setup_cloud_seen"  # bool: a cloud model was configured when Setup last ran
SETUP_NEXT_FRESH = "setup_next_fresh"  # bool: an interview was started; the next Setup starts from the default type

DEFAULTS: dict[str, Any] = {PROVIDER_OVERRIDES: {}, SETUP_VALUES: {}}

_OPTIONS = InterviewSettings()  # the one place the interview defaults live
QUESTION_RANGE = (3, 15)  # Setup's slider
# Setup's widget keys and their defaults. "setup_hide_contacts" has none here: Setup passes one
# (on when a cloud model is configured).
SETUP_DEFAULTS: dict[str, Any] = {
    "setup_job_title": "",
    "setup_company": "",
    "setup_jd": "",
    "setup_cv": "",
    "setup_type": _OPTIONS.interview_type,
    "setup_seniority": _OPTIONS.seniority,
    "setup_count": _OPTIONS.question_count,
    "setup_style": _OPTIONS.style,
    "setup_follow_ups": _OPTIONS.follow_ups,
    "setup_hide_contacts": None,
}


def init_defaults() -> None:
    """Give every shared key its default once, so any page also runs on its own (deep link, AppTest)."""
    for key, value in DEFAULTS.items():
        if key not in st.session_state:
            st.session_state[key] = type(value)(value) if isinstance(value, dict) else value


def remember_setup() -> None:
    """Copy Setup's widget values into :data:`SETUP_VALUES` (the router calls this on every run).

    At the start of a run the session state holds the values the browser just sent, also when
    the visitor typed in Setup and then clicked another page: they are kept before Streamlit drops
    them at the end of that run.
    """
    kept = st.session_state.setdefault(SETUP_VALUES, {})
    for key in SETUP_DEFAULTS:
        if key in st.session_state:
            kept[key] = st.session_state[key]


def keep_setup_value(key: str) -> None:
    """``on_change`` callback of Setup's text fields: copy the value just sent into :data:`SETUP_VALUES`.

    Streamlit calls it while it applies the browser's widget values, before any script code of the run
    and before the run can be stopped by a newer request (a click on another page right after typing:
    the text box commits on blur). Writes a plain dict only, never a widget key, so the run it starts
    draws the same page the click asked for.
    """
    st.session_state.setdefault(SETUP_VALUES, {})[key] = st.session_state[key]


def restore_setup(**defaults: Any) -> None:
    """Give each Setup widget key its kept value, else its default, before Setup draws its widgets.

    ``defaults`` overrides :data:`SETUP_DEFAULTS` for this run (``setup_hide_contacts=True``).
    Widgets must then be drawn without ``value=``/``index=``: the session state is their value. On a run that
    enters Setup from another page every key is set, also one already there, so the browser shows each value.
    """
    kept = st.session_state.setdefault(SETUP_VALUES, {})
    if st.session_state.pop(SETUP_NEXT_FRESH, False):  # a new interview: the type is the default or the one picked
        kept["setup_type"] = st.session_state["setup_type"] = SETUP_DEFAULTS["setup_type"]
        st.session_state.pop(SETUP_SENIORITY_CHOSEN, None)  # the level follows the next job's title again
    entered = entered_page()
    for key, default in {**SETUP_DEFAULTS, **defaults}.items():
        if key not in st.session_state:
            st.session_state[key] = kept.get(key, default)
        elif entered:
            # A value the browser sent from the Setup it was leaving (a text box's late send after a click on another
            # page): set through the session state, so the box shows it. A value only applied from the browser is not
            # sent back, and the browser had emptied its boxes on leaving: the text was kept but shown empty.
            st.session_state[key] = st.session_state[key]
    st.session_state.setdefault(SETUP_CV_FILENAME, None)
    st.session_state.setdefault(SETUP_JD_FILENAME, None)
    st.session_state.setdefault(SETUP_SOURCE_TEXT, {})


def hide_contacts_for_cloud(cloud: bool) -> None:
    """Turn *Hide my contact details from the model* on when a cloud model has become configured since Setup last
    ran (or on its first run with one): a key typed in the sidebar after Setup was drawn, on Setup or on another page,
    no longer leaves the box as it was with no cloud model (newcomer nc26, finding 8). Call after
    :func:`restore_setup`, before the box is drawn. Unticked while a cloud model stays configured, it stays unticked:
    that is the visitor's choice.
    """
    if cloud and not st.session_state.get(SETUP_CLOUD_SEEN):
        st.session_state["setup_hide_contacts"] = True
        st.session_state.setdefault(SETUP_VALUES, {})["setup_hide_contacts"] = True
    st.session_state[SETUP_CLOUD_SEEN] = cloud


def prefill_setup(values: Mapping[str, Any]) -> None:
    """Fill Setup from elsewhere: ``setup_*`` widget keys, ``setup_focus`` and ``setup_cv_filename``.

    Written to the kept values and to the session state, so Setup shows them on its next run
    whatever page the visitor comes from.
    """
    kept = st.session_state.setdefault(SETUP_VALUES, {})
    for key, value in values.items():
        if key in SETUP_DEFAULTS:
            kept[key] = value
        st.session_state[key] = value
    if "setup_type" in values:  # the type of the session practised again, not the default
        st.session_state.pop(SETUP_NEXT_FRESH, None)
    if "setup_seniority" in values:  # a level chosen before ("Practise again"): the title does not change it
        st.session_state[SETUP_SENIORITY_CHOSEN] = True
    note_filled({key: values[key] for key in ("setup_job_title", "setup_company") if key in values},
                job_description=values.get("setup_jd"))
    if SETUP_CV_FILENAME in values:  # the stored CV's text is what its file gave (the caption names the file)
        note_source("setup_cv", values.get("setup_cv") or "", values[SETUP_CV_FILENAME])
    if "setup_jd" in values:
        note_source("setup_jd", values["setup_jd"] or "", None)  # a stored job description: no file to name


def note_source(box: str, text: str, filename: str | None) -> None:
    """Remember that ``filename`` (None: no file) put ``text`` into Setup's ``box`` ("setup_cv" or "setup_jd"),
    so the line under the box names the file only while the box still holds that text
    (:func:`core.documents.source.source_caption`)."""
    st.session_state[SETUP_CV_FILENAME if box == "setup_cv" else SETUP_JD_FILENAME] = filename
    st.session_state[SETUP_SOURCE_TEXT] = {**st.session_state.get(SETUP_SOURCE_TEXT, {}), box: text}


def note_filled(values: Mapping[str, str], *, job_description: str | None = None) -> None:
    """Remember that the app (a sample, a stored session) put ``values`` in the job title and company: a
    different job description fills them again (pages/ui/job_fields.py). With ``job_description``, that text
    counts as read, so the fields just filled are not read again from it on Setup's next run."""
    import hashlib

    st.session_state[SETUP_FILLED] = {**st.session_state.get(SETUP_FILLED, {}), **values}
    if job_description:
        st.session_state[SETUP_JD_READ] = hashlib.sha256(job_description.encode("utf-8")).hexdigest()


def next_interview_fresh() -> None:
    """Called when an interview is started: the next Setup shows the default interview type (or the one
    "Practise again" brings), not this interview's, and the level follows the next job's title."""
    st.session_state[SETUP_NEXT_FRESH] = True


def practise_again(session: SessionRow) -> None:
    """Fill Setup with a stored session's job, CV and options ("Practise again" on Feedback).

    ``session`` is the stored session (:meth:`core.storage.InterviewStore.get_session`).
    """
    options = InterviewSettings.from_stored(session.settings)
    low, high = QUESTION_RANGE
    prefill_setup({
        "setup_job_title": session.job_title or "",
        "setup_company": session.company or "",
        "setup_jd": session.job_description or "",
        "setup_cv": session.cv_text or "",
        SETUP_CV_FILENAME: session.cv_filename,
        "setup_type": options.interview_type,
        "setup_seniority": options.seniority,
        "setup_count": max(low, min(high, options.question_count)),
        "setup_style": options.style,
        "setup_hide_contacts": options.hide_contact_details,
        "setup_follow_ups": options.follow_ups,
        SETUP_FOCUS: list(options.focus),
    })


def overrides() -> dict[str, str]:
    """A copy of the provider settings typed in the sidebar for this tab."""
    return dict(st.session_state.get(PROVIDER_OVERRIDES, {}))


def active_session_id() -> str | None:
    """The session in the URL, else the one this browser session last used."""
    from_url = st.query_params.get("session")
    if from_url:
        st.session_state[SESSION_ID] = from_url
        return from_url
    return st.session_state.get(SESSION_ID)


# Shown by every page opened on an interview this person cannot open (deleted, a mistyped or shortened
# link, or someone else's when sign-in is on): one sentence, one way back.
SESSION_NOT_FOUND = ("This interview could not be found. It may have been deleted, or the link is incomplete: "
                     "your interviews are listed in History.")


def session_not_found(page_key: str) -> None:
    """Say :data:`SESSION_NOT_FOUND` with a "Go to History" button (key ``{page_key}_history``), then stop
    the page. The same message and way back on Interview and Feedback."""
    st.error(SESSION_NOT_FOUND, icon=":material/search:")
    if st.button("Go to History", key=f"{page_key}_history"):
        st.switch_page("pages/history.py")
    st.stop()


def keep_session_in_url(session_id: str) -> None:
    """Make the URL name the open interview (so a refresh or a copied link reopens it)."""
    if st.query_params.get("session") != session_id:
        st.query_params["session"] = session_id


def session_link(page: str, session_id: str) -> None:
    """Go to a page with ``?session=`` set, so the URL always names the interview."""
    st.session_state[SESSION_ID] = session_id
    st.switch_page(page, query_params={"session": session_id})


def note_page(url_path: str) -> None:
    """From the router, every run: remember which page this run draws and whether the run before drew
    another one (see :func:`entered_page`)."""
    st.session_state[PAGE_ENTERED] = st.session_state.get(PAGE_SEEN) != url_path
    st.session_state[PAGE_SEEN] = url_path


def entered_page() -> bool:
    """True on a run that enters its page from another page (or the browser session's first run):
    what the page's widgets held was dropped when the visitor left, so it is put back now."""
    return bool(st.session_state.get(PAGE_ENTERED, True))


def mark_turn_sent() -> None:
    """From the Interview page's answer and skip callbacks (which run before the router): this run
    streams the next question, so the router draws the sidebar after the page, not before it."""
    st.session_state[TURN_SENT] = True


def take_turn_sent() -> bool:
    """Whether :func:`mark_turn_sent` was called for this run (then forgotten)."""
    return bool(st.session_state.pop(TURN_SENT, False))


def signed_in() -> bool:
    return bool(getattr(st.user, "is_logged_in", False))


def current_owner() -> str | None:
    """The signed-in user's id when sign-in is configured; None means a shared history."""
    from pages.ui.resources import settings

    if not settings().auth_enabled:
        return None
    user = st.user
    if not getattr(user, "is_logged_in", False):
        return None
    return str(user.get("email") or user.get("sub") or "")
