"""The lines Home shows for each unfinished interview, told apart from one another.

Two interviews for the same job started the same minute read as one row shown twice ("Support Engineer at
Acme", "30 Nov 2026 13:38 · 0 answers so far", twice: newcomer, session 12). Each row names the job, when it
was started, the kind of interview and how far it got; when two rows would still read the same, the time is
given to the second, then the row says when it was last used, then which one it is ("first", "second" by
start). Pure functions over :class:`core.storage.SessionSummary` rows; nothing here can fail.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from core.schemas import job_label

_ORDINALS = ("first", "second", "third", "fourth", "fifth")


@dataclass(frozen=True)
class UnfinishedLine:
    """One unfinished interview on Home: ``label`` ("Support Engineer at Acme"), ``detail`` (when, what kind,
    how far) and the session ``id`` its Resume button opens."""

    id: str
    label: str
    detail: str


def _answers(n: int) -> str:
    return f"{n} answer{'' if n == 1 else 's'} so far"


def _detail(row: Any, *, seconds: bool, last_used: bool) -> str:
    started = f"{row.created_at:%d %b %Y %H:%M:%S}" if seconds else f"{row.created_at:%d %b %Y %H:%M}"
    parts = [f"Started {started}"]
    if row.interview_type:
        parts.append(f"{str(row.interview_type).capitalize()} interview")
    parts.append(_answers(int(row.answers or 0)))
    if last_used and row.updated_at is not None:
        parts.append(f"last used {row.updated_at:%d %b %H:%M:%S}")
    return " · ".join(parts)


def unfinished_lines(rows: Sequence[Any]) -> list[UnfinishedLine]:
    """One :class:`UnfinishedLine` per row (``InterviewStore.list_sessions`` rows, newest first), each
    different from the others: the detail is made finer only for the rows that would read alike."""
    lines = [UnfinishedLine(r.id, job_label(r.job_title, r.company), _detail(r, seconds=False, last_used=False))
             for r in rows]
    for finer in ({"seconds": True, "last_used": False}, {"seconds": True, "last_used": True}):
        alike = {key for key, n in Counter((line.label, line.detail) for line in lines).items() if n > 1}
        if not alike:
            return lines
        lines = [UnfinishedLine(line.id, line.label, _detail(row, **finer)) if (line.label, line.detail) in alike
                 else line for line, row in zip(lines, rows, strict=True)]
    alike_keys = Counter((line.label, line.detail) for line in lines)
    if all(n == 1 for n in alike_keys.values()):
        return lines
    # the same to the second: "first" / "second" by the order they were started in (the list is newest first)
    seen: Counter[tuple[str, str]] = Counter()
    out = []
    for line in reversed(lines):
        key = (line.label, line.detail)
        if alike_keys[key] > 1:
            seen[key] += 1
            index = seen[key] - 1
            out.append(UnfinishedLine(line.id, line.label, f"{line.detail} · the "
                                      f"{_ORDINALS[index] if index < len(_ORDINALS) else f'{index + 1}th'} started"))
        else:
            out.append(line)
    return out[::-1]
