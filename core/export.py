"""Exports of a session (transcript, scores, report) as JSON-ready data and Markdown.

Exports carry what the candidate wrote and what the models said, never settings or keys. The Markdown
export writes every text it takes from the session with CommonMark backslash escapes where it could
otherwise be read as HTML: a ``<`` that could open a tag or comment as ``\\<``, an ``&`` that would start
a character reference (``&amp;``, ``&#60;``) as ``\\&``, and a backslash that would escape the next
character as ``\\\\``. So a pasted ``<script>`` reads ``\\<script>`` in an editor and shows as the text
typed in any CommonMark viewer (GitHub, VS Code, markdown-it, pandoc), never as live HTML; ordinary
text ("Guy's & St Thomas'", "p95 < 200 ms", ``C:\\Users``) is left as typed. (Renderers that predate
CommonMark, e.g. Python-Markdown, do not treat ``\\<`` as an escape.) :func:`markdown_unescape` gives
the text back unchanged. JSON carries the text as typed; CSV too, except that a text cell a
spreadsheet would run as a formula gets a leading apostrophe (:func:`csv_cell`).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from core.models.registry import model_label
from core.schemas import DIMENSION_LABELS, DIMENSIONS, SKIPPED_ANSWER, job_label, questions_scored, score_text
from core.storage import InterviewStore, SessionSummary

SESSION_CSV_COLUMNS = ("id", "created_at", "job_title", "company", "interview_type", "model", "overall_score", "status")
ANSWER_CSV_COLUMNS = ("question_no", "attempt", "question", "answer", *DIMENSIONS, "overall", "missing", "model",
                      "words_per_minute", "filler_rate")
_SAFE_SETTINGS = ("interview_type", "seniority", "question_count", "style", "hide_contact_details", "focus")


def _iso(value: Any) -> Any:
    """A datetime as ISO 8601 text with its offset (the store keeps naive UTC: "2030-01-02T03:04:05+00:00", so a
    spreadsheet or script reading an export never takes it for local time); a missing value (None, pandas'
    NaN/NaT) as an empty cell, never "nan"."""
    if isinstance(value, datetime):
        if value != value:  # NaT != NaT
            return ""
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat(timespec="seconds")
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return value


# The characters that make a spreadsheet (Excel, LibreOffice Calc, Google Sheets) read a cell as a
# formula or command: OWASP, "CSV Injection", https://owasp.org/www-community/attacks/CSV_Injection
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """One CSV cell made safe to open in a spreadsheet (OWASP "CSV Injection" advice,
    https://owasp.org/www-community/attacks/CSV_Injection): text starting with ``=``, ``+``, ``-``,
    ``@``, a tab or a carriage return gets a leading apostrophe (``'=HYPERLINK(...)``), so it shows
    as the text typed and is never run as a formula; the rest of the text is kept whole. Numbers
    (int, float, including negative ones), booleans and None are returned unchanged, so a numeric
    column stays numeric; any other value is returned as it is.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def session_export(store: InterviewStore, session_id: str, *, owner: str | None = None) -> dict[str, Any] | None:
    """Everything about one session as plain JSON-ready data, or None if absent."""
    session = store.get_session(session_id, owner=owner)
    if session is None:
        return None
    settings = session.settings or {}
    scores = store.list_answer_scores(session_id, attempt=None)
    report = store.get_report(session_id)
    return {
        "session": {
            "id": session.id,
            "created_at": _iso(session.created_at),
            "completed_at": _iso(session.completed_at),
            "job_title": session.job_title,
            "company": session.company,
            "status": session.status,
            "model": session.model,
            "overall_score": session.overall_score,
            "settings": {k: settings[k] for k in _SAFE_SETTINGS if k in settings},
            "cv_filename": session.cv_filename,
        },
        "job_description": session.job_description,
        "cv_text": session.cv_text,
        "transcript": [
            {"seq": m.seq, "role": m.role, "kind": m.kind, "question_no": m.question_no,
             "content": m.content, "model": m.model, "created_at": _iso(m.created_at),
             **({"delivery": m.meta["delivery"]} if (m.meta or {}).get("delivery") else {})}
            for m in store.list_messages(session_id)
        ],
        "answer_scores": [
            {"question_no": r.question_no, "attempt": r.attempt, "question": r.question,
             "answer": r.answer, "model": r.model, **r.score}
            for r in scores
        ],
        "report": None if report is None else {
            "overall": report.overall,
            "dimension_scores": report.dimension_scores,
            "summary": report.summary,
            "strengths": report.strengths,
            "weaknesses": report.weaknesses,
            "cv_tips": report.cv_tips,
            "coverage": report.coverage,
            "next_steps": report.next_steps or [],
            "scope_note": report.scope_note or "",
            "language_note": report.language_note or "",
            "model": report.model,
        },
    }


def export_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def _quote(text: str) -> str:
    return "\n".join("> " + line for line in (text or "").splitlines()) or ">"


def _transcript_lines(message: dict[str, Any]) -> list[str]:
    """One transcript message as Markdown lines (the question is left out: see :func:`_question_lines`); a notice as the
    chat showed it, a line of its own (session 22: notices were left out of the export)."""
    kind, content = message["kind"], message["content"]
    if kind == "notice":
        return [f"_Note: {content}_", ""]
    if kind == "follow_up":
        return ["**Follow-up:** " + content, ""]
    if kind == "answer":
        note = (message.get("delivery") or {}).get("note")
        return [_quote(content), ""] + ([f"_Delivery: {note}_", ""] if note else [])
    if kind == "skip":
        return [f"_{SKIPPED_ANSWER}_", ""]
    return []


def _signed(change: int) -> str:
    return "0" if change == 0 else f"{change:+d}".replace("-", "\u2212")


def _score_lines(score: dict[str, Any], first: dict[str, Any] | None = None) -> list[str]:
    """One attempt's scores with their evidence; with ``first``, each with its signed change."""
    lines = []
    for dim in DIMENSIONS:
        change = f" ({_signed(score[dim]['score'] - first[dim]['score'])})" if first else ""
        lines.append(f"- **{DIMENSION_LABELS[dim]}** {score[dim]['score']}/5{change}: {score[dim]['evidence']}")
    if score.get("missing"):
        lines.append("- **Missing:** " + "; ".join(score["missing"]))
    return lines


def _question_lines(number: int, messages: list[dict[str, Any]], attempts: list[dict[str, Any]]) -> list[str]:
    """A question, its replies, then its score right below, then each retry with its answer and changes."""
    question = next((m for m in messages if m["kind"] == "question"), None)
    lines = [f"### Question {number}", "", question["content"] if question else "", ""]
    for message in messages:
        lines += _transcript_lines(message)
    first = next((a for a in attempts if a["attempt"] == 1), None)
    if first is not None:
        lines += [f"**Score: {first['overall']} / 10**", ""] + _score_lines(first)
        if first.get("stronger_answer"):
            lines += ["", "**A stronger answer:**", "", _quote(first["stronger_answer"])]
        lines.append("")
    for retry in (a for a in attempts if a["attempt"] > 1):
        change = f" ({_signed(retry['overall'] - first['overall'])})" if first else ""
        lines += [f"#### Retry {retry['attempt'] - 1}: {retry['overall']} / 10{change}", "",
                  _quote(retry["answer"]), ""] + _score_lines(retry, first) + [""]
    return lines


# CommonMark (https://spec.commonmark.org/0.31.2/): raw HTML starts with "<" and a letter, "/", "!" or "?"
# (#raw-html); a character reference is "&", a name or number, and ";" (#entity-and-numeric-character-references);
# a backslash before any ASCII punctuation character escapes it (#backslash-escapes).
_ESCAPED = re.compile(
    r"\\(?=[!-/:-@\[-`{-~])"  # a backslash that would escape the next character
    r"|<(?=[A-Za-z/!?])"
    r"|&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)"
)
_UNESCAPE = re.compile(r"\\([\\<&])")


def markdown_text(text: str) -> str:
    """``text`` safe to put in Markdown as text, with CommonMark backslash escapes: ``\\<`` for a ``<``
    that could open HTML, ``\\&`` for an ``&`` that would start a character reference, ``\\\\`` for a
    backslash before ASCII punctuation (so a typed backslash cannot undo an escape); everything else as
    typed. ``"<b>Tom & Jerry</b>"`` gives ``"\\<b>Tom & Jerry\\</b>"``."""
    return _ESCAPED.sub(lambda m: "\\" + m.group(0), text)


def markdown_unescape(text: str) -> str:
    """The inverse of :func:`markdown_text` on a text it wrote."""
    return _UNESCAPE.sub(r"\1", text)


def _as_text(value: Any) -> Any:
    """``value`` (from :func:`session_export`) with every string passed through :func:`markdown_text`:
    what the session holds (answers, questions quoting the CV, job text, notes, the report) is shown as
    text, never read as HTML, by a Markdown viewer."""
    if isinstance(value, str):
        return markdown_text(value)
    if isinstance(value, dict):
        return {key: _as_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_text(item) for item in value]
    return value


def _cell(text: Any) -> str:
    """A Markdown table cell: a ``|`` escaped, line breaks as spaces."""
    return str(text or "").replace("|", "\\|").replace("\n", " ")


def scored_count(data: dict[str, Any]) -> str:
    """"6 of 8 questions scored" for :func:`session_export`'s ``data``: questions asked, and those with
    a first-attempt score (:func:`core.schemas.questions_scored`, the wording every page uses)."""
    asked = {m["question_no"] for m in data.get("transcript") or [] if m.get("kind") == "question"}
    scored = {s["question_no"] for s in data.get("answer_scores") or [] if s.get("attempt", 1) == 1}
    return questions_scored(len(scored & asked), len(asked))


def export_markdown(data: dict[str, Any]) -> str:
    """A readable report: setup, overall, per question, strengths, weaknesses, CV tips, coverage.

    ``data`` is :func:`session_export`'s; its texts are written with HTML-significant characters
    backslash-escaped (see the module docstring)."""
    data = _as_text(data)
    session = data["session"]
    settings = session["settings"]
    title = job_label(session["job_title"], session["company"])
    lines = [f"# Interview practice: {title}", ""]
    stored = str(session["created_at"] or "").removesuffix("+00:00").replace("T", " ")
    lines.append(f"- Date: {stored} UTC" if stored else "- Date: unknown")  # as stored
    lines.append(
        f"- Type: {settings.get('interview_type', '?')} · Seniority: {settings.get('seniority', '?')} · "
        f"Style: {settings.get('style', '?')} · Questions: {settings.get('question_count', '?')}"
    )
    lines.append(f"- Model: {model_label(session['model'])}")  # as people name it, e.g. "Offline coach"
    report = data.get("report")
    if report:
        lines += ["", f"## Overall score: {score_text(report['overall'])}", "", scored_count(data) + ".", "",
                  report.get("summary") or ""]
        dims = report.get("dimension_scores") or {}
        if dims:
            lines += ["", "| Dimension | Score (1-5) |", "|---|---|"]
            lines += [f"| {DIMENSION_LABELS[d]} | {dims[d]:.1f} |" for d in DIMENSIONS if d in dims]
        if report.get("next_steps"):
            lines += ["", "## Next steps", ""] + [f"{i}. {step}" for i, step in enumerate(report["next_steps"], 1)]
        for note in (report.get("scope_note"), report.get("language_note")):
            lines += ["", f"_{note}_"] if note else []
    lines += ["", "## Questions and answers", ""]
    by_question: dict[int, list[dict[str, Any]]] = {}
    current = None  # a notice of no question goes with the question shown before it, or before the first one
    for message in data["transcript"]:
        current = int(message["question_no"]) if message["question_no"] is not None else current
        if current is not None:
            by_question.setdefault(current, []).append(message)
        elif message["kind"] == "notice":
            lines += _transcript_lines(message)
    attempts: dict[int, list[dict[str, Any]]] = {}
    for score in data["answer_scores"]:
        attempts.setdefault(int(score["question_no"]), []).append(score)
    for number in sorted(by_question):
        lines += _question_lines(number, by_question[number], sorted(attempts.get(number, []),
                                                                     key=lambda a: a["attempt"]))
    if report:
        for heading, key in (("Strengths", "strengths"), ("Weaknesses", "weaknesses"), ("CV tips", "cv_tips")):
            lines += [f"## {heading}", ""] + [f"- {item}" for item in report.get(key) or []] + [""]
        if report.get("coverage"):
            lines += ["## Job requirements coverage", "", "| Requirement | Status | Evidence |", "|---|---|---|"]
            for item in report["coverage"]:
                lines.append(f"| {_cell(item['requirement'])} | {_cell(item['status'])} | {_cell(item.get('evidence'))} |")
    return "\n".join(lines).rstrip() + "\n"


def sessions_csv(rows: Iterable[Mapping[str, Any] | SessionSummary]) -> str:
    """The sessions table as CSV (ISO dates), one row per session.

    ``rows``: ``InterviewStore.sessions_frame().to_dict("records")`` or ``list_sessions()``.
    """
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=SESSION_CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        values = row if isinstance(row, Mapping) else asdict(row)
        writer.writerow({k: csv_cell(_iso(values.get(k))) for k in SESSION_CSV_COLUMNS})
    return out.getvalue()


def answers_csv(data: dict[str, Any]) -> str:
    """Every scored attempt of a session (from :func:`session_export`) as CSV: one row per question and
    attempt with the five rubric dimensions (1-5), the overall (1-10), what was missing, and the
    first answer's pace (words per minute) and filler rate (per 100 words) when it was spoken."""
    delivery = {m["question_no"]: m["delivery"] for m in data["transcript"]
                if m["kind"] == "answer" and m.get("delivery")}
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=ANSWER_CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for score in data["answer_scores"]:
        figures = delivery.get(score["question_no"]) if score["attempt"] == 1 else None
        row = {
            "question_no": score["question_no"], "attempt": score["attempt"], "question": score["question"],
            "answer": score["answer"], **{d: score[d]["score"] for d in DIMENSIONS}, "overall": score["overall"],
            "missing": "; ".join(score.get("missing") or []), "model": score["model"],
            "words_per_minute": (figures or {}).get("wpm") if (figures or {}).get("spoken") else None,
            "filler_rate": (figures or {}).get("filler_rate"),
        }
        writer.writerow({k: csv_cell(v) for k, v in row.items()})
    return out.getvalue()
