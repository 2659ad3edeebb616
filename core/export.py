"""Exports of a session (transcript, scores, report) as JSON-ready data and Markdown.

Exports carry what the candidate wrote and what the models said, never settings or keys.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from datetime import datetime
from typing import Any

from core.schemas import DIMENSION_LABELS, DIMENSIONS, SKIPPED_ANSWER, job_label, score_text
from core.storage import InterviewStore, SessionSummary

SESSION_CSV_COLUMNS = ("id", "created_at", "job_title", "company", "interview_type", "model", "overall_score", "status")
_SAFE_SETTINGS = ("interview_type", "seniority", "question_count", "style", "hide_contact_details", "focus")


def _iso(value: Any) -> Any:
    return value.isoformat(timespec="seconds") if isinstance(value, datetime) else value


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
             "content": m.content, "model": m.model, "created_at": _iso(m.created_at)}
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
            "model": report.model,
        },
    }


def export_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def _quote(text: str) -> str:
    return "\n".join("> " + line for line in (text or "").splitlines()) or ">"


def _transcript_lines(message: dict[str, Any]) -> list[str]:
    """One transcript message as Markdown lines (notices are left out)."""
    kind, content = message["kind"], message["content"]
    if kind == "question":
        return [f"### Question {message['question_no']}", "", content, ""]
    if kind == "follow_up":
        return ["**Follow-up:** " + content, ""]
    if kind == "answer":
        return [_quote(content), ""]
    if kind == "skip":
        return [f"_{SKIPPED_ANSWER}_", ""]
    return []


def export_markdown(data: dict[str, Any]) -> str:
    """A readable report: setup, overall, per question, strengths, weaknesses, CV tips, coverage."""
    session = data["session"]
    settings = session["settings"]
    title = job_label(session["job_title"], session["company"])
    lines = [f"# Interview practice: {title}", ""]
    lines.append(f"- Date: {session['created_at']}")
    lines.append(
        f"- Type: {settings.get('interview_type', '?')} · Seniority: {settings.get('seniority', '?')} · "
        f"Style: {settings.get('style', '?')} · Questions: {settings.get('question_count', '?')}"
    )
    lines.append(f"- Model: {session['model'] or 'unknown'}")
    report = data.get("report")
    if report:
        lines += ["", f"## Overall score: {score_text(report['overall'])}", "", report.get("summary") or ""]
        dims = report.get("dimension_scores") or {}
        if dims:
            lines += ["", "| Dimension | Score (1-5) |", "|---|---|"]
            lines += [f"| {DIMENSION_LABELS[d]} | {dims[d]:.1f} |" for d in DIMENSIONS if d in dims]
    lines += ["", "## Questions and answers", ""]
    firsts = {s["question_no"]: s for s in data["answer_scores"] if s["attempt"] == 1}
    for message in data["transcript"]:
        lines += _transcript_lines(message)
    for number, score in sorted(firsts.items()):
        lines += [f"### Score for question {number}: {score['overall']} / 10", ""]
        for dim in DIMENSIONS:
            lines.append(f"- **{DIMENSION_LABELS[dim]}** {score[dim]['score']}/5: {score[dim]['evidence']}")
        if score.get("missing"):
            lines.append("- **Missing:** " + "; ".join(score["missing"]))
        if score.get("stronger_answer"):
            lines += ["", "**A stronger answer:**", "", _quote(score["stronger_answer"])]
        lines.append("")
    if report:
        for heading, key in (("Strengths", "strengths"), ("Weaknesses", "weaknesses"), ("CV tips", "cv_tips")):
            lines += [f"## {heading}", ""] + [f"- {item}" for item in report.get(key) or []] + [""]
        if report.get("coverage"):
            lines += ["## Job requirements coverage", "", "| Requirement | Status | Evidence |", "|---|---|---|"]
            for item in report["coverage"]:
                evidence = (item.get("evidence") or "").replace("|", "\\|").replace("\n", " ")
                lines.append(f"| {item['requirement']} | {item['status']} | {evidence} |")
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
        writer.writerow({k: _iso(values.get(k)) for k in SESSION_CSV_COLUMNS})
    return out.getvalue()
