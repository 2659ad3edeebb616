"""Setup's job title and company as a job description fills them, and what the next interview will use.

A field the app filled (from a job description, a sample or a stored session) is the app's until the user types
over it: a different job description, uploaded or pasted, fills it again. A field the user typed is kept, and
Setup says so in one line with what the new job description states (session 21 newcomer: after a chef interview
an accountant's job left "Head Chef | <the hotel>" in the fields, and the interview asked the accountant why the
head chef role was next). No Streamlit here: the page applies what :func:`refill` returns.
"""

from __future__ import annotations

from collections.abc import Mapping

FIELDS = {"setup_job_title": "job title", "setup_company": "company"}  # widget key -> how Setup names it


def stated_fields(heading: tuple[str, str]) -> dict[str, str]:
    """``{"setup_job_title": title, "setup_company": company}`` from :func:`core.documents.job.job_heading`'s
    pair, the posting's gender mark left out of the title ("Réceptionniste (H/F)" -> "Réceptionniste",
    "Lagerist (m/w/d)", "(all genders)": :func:`core.analysis.gender_marks.without_gender_mark`)."""
    from core.analysis.gender_marks import without_gender_mark

    title, company = heading
    return {"setup_job_title": without_gender_mark(title or "").strip(" -–—|,"), "setup_company": (company or "").strip()}


def refill(current: Mapping[str, str], filled: Mapping[str, str], stated: Mapping[str, str],
           job_description: str = "") -> tuple[dict[str, str], dict[str, str], dict[str, list[str]]]:
    """What a newly read job description changes in the fields.

    ``current``: each field's value now; ``filled``: the value the app last put in each field (a field whose
    value still equals it was not typed over); ``stated``: what the new job description says (:func:`stated_fields`;
    "" for what it does not state). Returns ``(changes, filled, kept)``: the fields to set and their new values,
    the updated ``filled`` map, and for each typed field kept where the job description says something else,
    ``[the typed value, what the job description says]``. A field the job description does not state is left
    as it is, but for one the app filled from an earlier text that ``job_description`` (the new text) does not
    mention at all: that one is emptied, and ``kept`` holds ``["", the value taken out]`` for it, so the page
    says so (newcomer 26: "Data Analyst" / "Acme Analytics GmbH" stayed, silently, above an SDR ad)."""
    changes: dict[str, str] = {}
    now_filled = dict(filled)
    kept: dict[str, list[str]] = {}
    for key in FIELDS:
        new, value = (stated.get(key) or "").strip(), current.get(key) or ""
        if not new:
            if (value.strip() and value == filled.get(key) and job_description
                    and value.strip().casefold() not in job_description.casefold()):
                changes[key] = ""
                now_filled[key] = ""
                kept[key] = ["", value]
            continue
        if not value.strip() or value == filled.get(key):
            if value != new:
                changes[key] = new
            now_filled[key] = new
        elif value.strip().casefold() != new.casefold():
            kept[key] = [value, new]
    return changes, now_filled, kept


def kept_sentence(key: str, says: str) -> str:
    """"Kept the job title you typed; the new job description says “Payroll Officer”.\""""
    return f"Kept the {FIELDS[key]} you typed; the new job description says “{says}”."


def cleared_sentence(key: str, previous: str) -> str:
    """"Emptied the job title “Data Analyst”: it came from the earlier job description, and the new one does not
    state a job title.\""""
    return (f"Emptied the {FIELDS[key]} “{previous}”: it came from the earlier job description, and the new one "
            f"does not state a {FIELDS[key]}.")


def note_sentence(key: str, note: list[str]) -> str:
    """The line Setup shows for one of :func:`refill`'s ``kept`` entries: a typed value kept, or a filled one emptied."""
    shown, says = note
    return cleared_sentence(key, says) if not shown else kept_sentence(key, says)


_ARTICLE_AN = ("a", "e", "i", "o", "u")


def start_summary(values: Mapping[str, object]) -> str:
    """One line before Start saying what the interview will be, from Setup's values (``setup_*`` keys):
    "Starts a mixed interview for Payroll Officer at Marlow Freight: 8 questions, mid level, neutral style,
    follow-up questions on." Plain text: the page escapes it."""
    kind = str(values.get("setup_type") or "")
    title, company = str(values.get("setup_job_title") or "").strip(), str(values.get("setup_company") or "").strip()
    role = f" for {title}" + (f" at {company}" if company else "") if title else ""
    article = "an" if kind.startswith(_ARTICLE_AN) else "a"
    count = int(values.get("setup_count") or 0)
    follow = "on" if values.get("setup_follow_ups") else "off"
    return (f"Starts {article} {kind} interview{role}: {count} questions, {values.get('setup_seniority')} level, "
            f"{values.get('setup_style')} style, follow-up questions {follow}.")
