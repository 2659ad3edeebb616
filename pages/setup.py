"""New interview: the job, the CV, the options. Extracted text stays editable before starting."""

from __future__ import annotations

from pages.ui.navigation import legacy_folder_guard

legacy_folder_guard()  # first, before the imports below (seconds on a cold server): pages/ui/navigation.py

import hashlib
import logging
import time

import streamlit as st

from core.analysis.job_level import seniority_from_title
from core.coach.interview_language import setup_notice
from core.documents import (
    SUPPORTED_LABEL,
    DocumentError,
    extract_text,
    short_text_warning,
    unread_letters_warning,
)
from core.documents.job import job_heading
from core.documents.source import source_caption
from core.interview import INTERVIEW_TYPES, SENIORITIES, STYLES
from core.models.registry import uses_cloud
from core.samples import list_samples, load_sample
from pages.ui import drafts, job_fields, render, resources, state

logger = logging.getLogger("pages.setup")  # the page runs as a script: its __name__ says nothing
current = resources.settings()
max_bytes = int(current.max_upload_mb * 1024 * 1024)
cloud = uses_cloud(current.configured_providers())  # the registry says which providers are cloud
# Every field comes back as it was left (also after a visit to another page): see pages/ui/state.py.
state.restore_setup(setup_hide_contacts=cloud)
state.hide_contacts_for_cloud(cloud)  # on whenever a cloud model became configured, however the key was added
st.session_state.setdefault("setup_errors", {})
ERROR_TEXT = "setup_error_text"  # box key -> its text when a refused file's sentence was written
JD_READ = state.SETUP_JD_READ  # sha256 of the job description text whose title and company were last read
# How many files each uploader refused: part of its widget key, so a refused file is not left listed in
# the uploader as if accepted (a new key draws an empty uploader; the sentence and the texts stay).
REFUSED = "setup_refused"
KEPT_NOTES = "setup_kept_notes"  # dict: field key -> [the typed value kept, what the last job description read says]
# or ["", the value the app had filled and emptied]
# A newer browser message stops the run in progress at its next st call or session-state access (Streamlit), and a
# button's press lives only in the run it came with: Start's press is noted by its on_click, into this plain dict
# (bound to the button, so the note reads and writes no session state, where a run can be stopped), and stays
# noted until a run of this page has acted on it: started the interview or said what is missing.
START_PRESS = "setup_start_press"  # dict: "at" -> time.monotonic() of a press not yet acted on
# Start pressed while the CV file was still on its way (its text not yet read): when the file's text comes in
# this many seconds after, the interview starts then, as asked; later, the press is forgotten.
START_PENDING = "setup_start_pending"  # time.monotonic() of that press
START_GRACE_S = 15.0
READ_FILES = "setup_read_files"  # uploader name -> file_id of the file whose text was last read into its box
st.session_state.setdefault(REFUSED, {})


def _uploader_key(name: str) -> str:
    """``setup_cv_file``, then ``setup_cv_file_1`` after the first refused file, and so on."""
    refused = st.session_state[REFUSED].get(name, 0)
    return f"{name}_{refused}" if refused else name


def _fill_sample(sample_id: str) -> None:
    sample = load_sample(sample_id)
    st.session_state["setup_job_title"] = sample["job_title"]
    st.session_state["setup_company"] = sample["company"]
    st.session_state["setup_jd"] = sample["job_description"]
    st.session_state["setup_cv"] = sample["cv_text"]
    state.note_source("setup_cv", sample["cv_text"], sample["cv_filename"])
    state.note_source("setup_jd", sample["job_description"], None)
    state.note_filled({"setup_job_title": sample["job_title"], "setup_company": sample["company"]},
                      job_description=sample["job_description"])
    st.session_state["setup_errors"] = {}


def _extract_into(name: str, target: str, key: str) -> None:
    """Uploader callback: extract the file into the editable text, or keep an error sentence and
    empty the uploader (its key changes).

    ``key`` is the widget key the uploader was drawn with. A call for an uploader already replaced (a
    refused file's, whose browser side sends its emptied value late on a slow machine) or for a file
    removed changes nothing: it used to clear the sentence saying why the file was refused."""
    upload = st.session_state.get(key)
    if key != _uploader_key(name) or upload is None:
        return
    _read_file(name, target, upload)


def _read_file(name: str, target: str, upload) -> None:
    """Read ``upload`` (the file in uploader ``name``) into box ``target``, or keep the sentence saying why not.

    Every step writes session state, where a newer run can stop this one: the file's id is noted last, so a read
    cut short is done again by :func:`_read_unread_files` on the next run (the uploader's value is then unchanged
    and Streamlit calls no callback again)."""
    errors = dict(st.session_state.get("setup_errors", {}))
    errors.pop(target, None)
    try:
        text = extract_text(upload.getvalue(), upload.name, max_bytes=max_bytes,
                            max_pages=current.max_pdf_pages)
    except DocumentError as exc:
        errors[target] = f"{exc} {_still_there(target, upload.name)}".strip()  # names the file already
        # the sentence speaks of the text below as it is now: it goes once that text is changed (_stale_errors)
        st.session_state[ERROR_TEXT] = {**st.session_state.get(ERROR_TEXT, {}), target: st.session_state.get(target, "")}
        refused = dict(st.session_state[REFUSED])
        refused[name] = refused.get(name, 0) + 1
        st.session_state[REFUSED] = refused
    else:
        st.session_state[target] = text
        state.note_source(target, text, upload.name)
        if target == "setup_jd":
            _fill_job_fields(text)
        elif time.monotonic() - st.session_state.get(START_PENDING, -START_GRACE_S) < START_GRACE_S:
            st.session_state["setup_start_now"] = True  # Start was pressed as this file was being sent
            st.session_state.pop(START_PENDING, None)
    st.session_state["setup_errors"] = errors
    st.session_state[READ_FILES] = {**st.session_state.get(READ_FILES, {}), name: upload.file_id}


def _read_unread_files() -> None:
    """Before anything is drawn: read a listed file whose reading was cut short (its callback stopped by a newer
    run, the Start click's): else the page said "Upload or paste your CV." under the CV file it lists."""
    for name, target in (("setup_jd_file", "setup_jd"), ("setup_cv_file", "setup_cv")):
        upload = st.session_state.get(_uploader_key(name))
        if upload is not None and st.session_state.get(READ_FILES, {}).get(name) != upload.file_id:
            _read_file(name, target, upload)


def _still_there(target: str, refused: str) -> str:
    """What the box holds after ``refused`` could not be read: never silently the previous file's text."""
    if not st.session_state.get(target, "").strip():
        return ""
    if target == "setup_jd":
        return "The job description below is unchanged."
    previous = st.session_state.get(state.SETUP_CV_FILENAME)
    if previous and previous != refused:
        return f"The CV text below is still from {previous}, not from {refused}: upload another file or paste the text."
    return f"The CV text below is not from {refused}: it is what was there before. Upload another file or paste the text."


def _fill_job_fields(job_description: str) -> None:
    """Fill the job title and company with what a new job description states: an empty field, or one the app
    filled and the user has not typed over (pages/ui/job_fields.py); a typed one is kept, with a line saying what
    the new job description says instead."""
    # this text is read now: the run's own check (_fill_from_pasted_job) does not read it again, which would drop
    # the line saying what was emptied
    st.session_state[JD_READ] = hashlib.sha256(job_description.encode("utf-8")).hexdigest()
    stated = job_fields.stated_fields(job_heading(job_description))
    current = {key: st.session_state.get(key, "") for key in job_fields.FIELDS}
    changes, filled, kept = job_fields.refill(current, st.session_state.get(state.SETUP_FILLED, {}), stated,
                                              job_description)
    for key, value in changes.items():
        st.session_state[key] = value
        state.keep_setup_value(key)
    st.session_state[state.SETUP_FILLED] = filled
    st.session_state[KEPT_NOTES] = kept


def _fill_from_pasted_job() -> None:
    """A pasted (or edited) job description fills the job title and company as an uploaded one
    does, once per text: a field the user empties afterwards stays empty, and what the user typed is
    never replaced. Done here, before the fields are drawn, not in a callback of the text box (a
    callback there made a click on another page, right after typing, land back on Setup)."""
    text = st.session_state.get("setup_jd") or ""
    read = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if text.strip() and st.session_state.get(JD_READ) != read:
        st.session_state[JD_READ] = read
        _fill_job_fields(text)


def _stale_errors() -> None:
    """Drop a refused file's sentence once its box's text has changed: it said what the box held then
    ("The CV text below is still from cv.pdf"), which another pasted text makes untrue."""
    errors, at_error = st.session_state["setup_errors"], st.session_state.get(ERROR_TEXT, {})
    stale = [box for box in errors if box in at_error and st.session_state.get(box, "") != at_error[box]]
    if stale:
        st.session_state["setup_errors"] = {box: e for box, e in errors.items() if box not in stale}


def _source_caption(box: str) -> str | None:
    """"Text from cv.pdf" (", edited") under ``box`` while it still holds that file's text; else None."""
    filename = st.session_state.get(state.SETUP_CV_FILENAME if box == "setup_cv" else state.SETUP_JD_FILENAME)
    text = st.session_state[box]
    return source_caption(text, st.session_state.get(state.SETUP_SOURCE_TEXT, {}).get(box, text), filename)


def _choose_seniority() -> None:
    """``on_change`` of Seniority: the visitor picked a level, which the job title never changes again."""
    st.session_state[state.SETUP_SENIORITY_CHOSEN] = True


def _seniority_from_title() -> None:
    """Until the visitor picks a level, Seniority follows the job title (else the job description's heading):
    "Senior Support Engineer" is senior, a title that states no level the default. Before the radio is drawn."""
    if st.session_state.get(state.SETUP_SENIORITY_CHOSEN):
        return
    stated = (seniority_from_title(st.session_state["setup_job_title"])
              or seniority_from_title(job_heading(st.session_state["setup_jd"])[0]))
    st.session_state["setup_seniority"] = stated or state.SETUP_DEFAULTS["setup_seniority"]


def _too_long(label: str, key: str) -> None:
    """Under its box: a text longer than the models are given is read in part only."""
    if len(st.session_state[key]) > current.max_context_chars:
        st.info(f"Your {label} is longer than {current.max_context_chars:,} characters; the interviewer reads "
                "the first part only. Trim it to what matters for this job.", icon=":material/content_cut:")


samples = list_samples()
press = st.session_state.setdefault(START_PRESS, {})
_read_unread_files()
_fill_from_pasted_job()
if st.session_state.get("load_sample") and samples:  # forgotten once filled: a run stopped half-way fills it again
    _fill_sample(samples[0]["id"])
st.session_state.pop("load_sample", None)
_seniority_from_title()
_stale_errors()

st.title(":material/edit_note: New interview")
with st.container(border=True):
    st.markdown("**No CV at hand?** Fill everything from a sample and try the app.")
    cols = st.columns([3, 2])
    sample_ids = {s["label"]: s["id"] for s in samples}  # labels as options: session state stays plain strings
    chosen = cols[0].selectbox("Sample", list(sample_ids), label_visibility="collapsed", key="setup_sample_choice")
    if cols[1].button("Try with a sample", key="setup_sample", width="stretch"):
        _fill_sample(sample_ids[chosen])
        st.rerun()

focus = st.session_state.get("setup_focus") or []
if focus:
    st.info("This practice leans toward: " + render.plain(", ".join(focus)), icon=":material/my_location:")


def _press_start(noted: dict) -> None:
    """``on_click`` of Start: note the press in ``noted`` (:data:`START_PRESS`). Streamlit calls it before any
    code of the click's run, which a newer message (the CV file's, sent a moment before) can stop before the page
    reads the button; the note, no session-state access, cannot be stopped half-way."""
    noted["at"] = time.monotonic()
    logger.info("Start pressed")  # in the server's log: a press that reached the server, whatever its run became


def _pressed_at() -> float | None:
    """The time of a Start press not yet acted on; one older than :data:`START_GRACE_S` (its run stopped and the
    visitor gone elsewhere) is forgotten."""
    at = press.get("at")
    if at is not None and time.monotonic() - at >= START_GRACE_S:
        press.pop("at", None)
        return None
    return at


def _boxes_back_on_start() -> None:
    """Start pressed as an upload was still under way, called before the boxes are drawn. The click's run (or the
    CV file's, sent before the job file's text reached the browser) can come with a box's old, empty text from the
    browser though its file is in the uploader and its text was read ("Upload or paste your CV" was said of a CV
    that was there, and once "Paste or upload the job description." of a job file listed above): the box gets that
    file's text back, so Start with uploaded files proceeds. With no CV file yet (it is still being sent) the page
    says so and the file's run starts the interview (:data:`START_PENDING`, :func:`_read_file`)."""
    if _pressed_at() is None:
        return
    for name, box, filename in (("setup_jd_file", "setup_jd", state.SETUP_JD_FILENAME),
                                ("setup_cv_file", "setup_cv", state.SETUP_CV_FILENAME)):
        if st.session_state.get(box, "").strip():
            continue
        upload = st.session_state.get(_uploader_key(name))
        text = st.session_state.get(state.SETUP_SOURCE_TEXT, {}).get(box, "")
        if upload is not None and text.strip() and upload.name == st.session_state.get(filename):
            st.session_state[box] = text
            state.keep_setup_value(box)


_boxes_back_on_start()
st.subheader("The job")
cols = st.columns(2)
# on_change: each text is kept the moment the browser sends it, also when a click on another page
# follows at once (pages/ui/state.py).
cols[0].text_input("Job title", key="setup_job_title", placeholder="e.g. Backend Engineer", max_chars=200,
                   on_change=state.keep_setup_value, args=("setup_job_title",))
cols[1].text_input("Company", key="setup_company", placeholder="e.g. Acme Payments", max_chars=200,
                   on_change=state.keep_setup_value, args=("setup_company",))
for key, note in st.session_state.get(KEPT_NOTES, {}).items():
    if st.session_state.get(key) == note[0]:  # said while the typed value is there (or the emptied field empty)
        st.info(render.plain(job_fields.note_sentence(key, note)), icon=":material/edit:")
# type=None: every file reaches extract_text, whose refusal names the types read (not Streamlit's MIME sentence).
st.file_uploader(
    "Job description file (optional)", type=None, key=_uploader_key("setup_jd_file"),
    on_change=_extract_into, args=("setup_jd_file", "setup_jd", _uploader_key("setup_jd_file")),
    help=f"{SUPPORTED_LABEL}. Or paste the text below.",
)
if err := st.session_state["setup_errors"].get("setup_jd"):
    st.error(err, icon=":material/description:")
st.text_area("Job description", key="setup_jd", height=200, placeholder="Paste the job description here",
             on_change=state.keep_setup_value, args=("setup_jd",))
if caption := _source_caption("setup_jd"):
    st.caption(f":material/description: {render.plain(caption)}")
_too_long("job description", "setup_jd")

st.subheader("Your CV")
st.file_uploader(
    "CV file", type=None, key=_uploader_key("setup_cv_file"),
    on_change=_extract_into, args=("setup_cv_file", "setup_cv", _uploader_key("setup_cv_file")),
    help=f"{SUPPORTED_LABEL}, up to {current.max_upload_mb:g} MB.",
)
if err := st.session_state["setup_errors"].get("setup_cv"):
    st.error(err, icon=":material/description:")
st.text_area(
    "CV text (check it and fix anything the extraction got wrong)", key="setup_cv", height=260,
    placeholder="Upload your CV above, or paste its text here", on_change=state.keep_setup_value, args=("setup_cv",),
)
if caption := _source_caption("setup_cv"):
    st.caption(f":material/description: {render.plain(caption)}")
if st.session_state["setup_cv"].strip() and (warning := short_text_warning(st.session_state["setup_cv"])):
    st.warning(warning, icon=":material/edit:")
if unread := unread_letters_warning(st.session_state["setup_cv"]):  # a PDF's glyphs with no letters (Type 3 fonts)
    st.warning(unread, icon=":material/spellcheck:")
_too_long("CV", "setup_cv")
# The offline coach asks in English: a CV and job in another language get told once, here, that answers in it count.
if (notice := setup_notice(st.session_state["setup_cv"], st.session_state["setup_jd"])):
    st.info(render.plain(notice), icon=":material/translate:")

st.subheader("Options")
# No value=/index= below: the session state (restored above) is each widget's value.
cols = st.columns(2)
interview_type = cols[0].radio("Interview type", INTERVIEW_TYPES, horizontal=True, key="setup_type",
                               format_func=str.capitalize)
# A choice, not a searchable selectbox: typed text that matched no level was dropped without a word.
seniority = cols[1].radio("Seniority", SENIORITIES, horizontal=True, key="setup_seniority", format_func=str.capitalize,
                          on_change=_choose_seniority, help="Set from the job title until you pick one.")
cols = st.columns(2)
count = cols[0].slider("Number of questions", min_value=state.QUESTION_RANGE[0], max_value=state.QUESTION_RANGE[1],
                       key="setup_count")
style = cols[1].radio("Interviewer style", STYLES, horizontal=True, key="setup_style", format_func=str.capitalize)
hide_contacts = st.checkbox(
    "Hide my contact details from the model", key="setup_hide_contacts",
    help="Removes e-mail addresses, phone numbers and profile links from the CV before any model sees it.",
)
follow_ups = st.checkbox("Ask follow-up questions", key="setup_follow_ups")

# What Start will use, in one line: the type and options carry over from the last interview only as shown here.
st.markdown(render.plain(job_fields.start_summary(st.session_state)).replace(
    render.plain(f" {interview_type} interview"), f" **{interview_type}** interview", 1))
if st.button("Start the interview", type="primary", key="setup_start", on_click=_press_start, args=(press,)):
    press.setdefault("at", time.monotonic())  # a click with no callback known to this server (drawn before a restart)
# A press (of this run, or of a run stopped before it got here) or the CV file of a press made while it was sent.
# Each is forgotten only once acted on, after the sentence is drawn or the interview made: a run stopped earlier
# leaves it to the next run.
if (pressed_at := _pressed_at()) is not None or st.session_state.get("setup_start_now"):
    problems = []
    if not st.session_state["setup_job_title"].strip():
        problems.append("Enter the job title.")
    if not st.session_state["setup_jd"].strip():
        problems.append("Paste or upload the job description.")
    if not st.session_state["setup_cv"].strip():
        problems.append("Upload or paste your CV.")
    if problems:
        logger.info("Start: not started (%s)", " ".join(problems))
        st.error(" ".join(problems), icon=":material/front_hand:")
        if pressed_at is not None and not st.session_state["setup_cv"].strip():
            st.session_state[START_PENDING] = pressed_at  # the CV file may still be on its way
        st.session_state.pop("setup_start_now", None)
        press.pop("at", None)
    else:
        session_id = resources.engine().create(
            job_title=st.session_state["setup_job_title"],
            company=st.session_state["setup_company"],
            job_description=st.session_state["setup_jd"],
            cv_text=st.session_state["setup_cv"],
            cv_filename=st.session_state[state.SETUP_CV_FILENAME] if _source_caption("setup_cv") else None,
            interview_type=interview_type,
            seniority=seniority,
            question_count=count,
            style=style,
            hide_contact_details=hide_contacts,
            focus=focus,
            follow_ups=follow_ups,
            owner=state.current_owner(),
            reuse_unstarted=True,  # Start again on the same job and CV opens the interview not begun yet
        )  # made again by a run that takes over from this one before the lines below: the same interview
        st.session_state.pop("setup_start_now", None)
        st.session_state.pop(START_PENDING, None)
        st.session_state.pop("setup_focus", None)
        state.next_interview_fresh()  # the next Setup starts from the default type, not this one's
        press.pop("at", None)  # last before leaving: a run stopped at a session-state access above keeps the press
        logger.info("Start: interview %s made", session_id)
        state.session_link("pages/interview.py", session_id)
# Draws nothing: a click on another page made from a field waits until the field has sent its text (pages/ui/drafts.py).
drafts.hold_page_clicks("setup_click_keeper")
