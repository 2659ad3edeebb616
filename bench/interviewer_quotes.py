"""The interviewer checks on what a question quotes (:mod:`bench.interviewer_checks` runs them): a CV quote is the CV's
own words, no CV sentence is quoted twice, a cut quote ends where a phrase ends."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.interviewer_checks import Interview


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    return re.sub(r"[^a-z0-9%$£€]+", " ", text).strip()


def quotes_in_cv(iv: Interview) -> bool:
    cv = norm(iv.cv)
    # straight quotes (an achievement) and curly ones (session 18: the opener's header line, a skill's line)
    quoted = [q for t in iv.questions if "CV" in t for q in re.findall(r'"([^"]{12,})"|“([^”]{12,})”', t)]
    quoted = [a or b for a, b in quoted]
    return all(norm(q.rstrip("…")) in cv for q in quoted)


def cv_quotes(text: str) -> list[str]:
    """The CV lines a question quotes, straight or curly quotation marks (12 characters or more)."""
    return [a or b for a, b in re.findall(r'"([^"]{12,})"|“([^”]{12,})”', text)]


def quoted_once(iv: Interview) -> bool:
    """No two questions quote the same CV sentence (one CV line holds both, or they share a run of five words),
    however each was cut (session 21: the PLC and the preventative maintenance questions both quoted "Strong on PLC
    fault-finding…")."""
    lines = [norm(line) for line in iv.cv.splitlines()]
    seen: set[tuple[str, ...]] = set()
    for text in iv.questions:
        runs = set()
        for quote in cv_quotes(text):
            body = norm(quote.strip("…"))
            if (row := next((n for n, line in enumerate(lines) if body and body in line), None)) is not None:
                runs.add(("line", str(row)))  # two parts of one CV sentence are one quote
                continue
            words = body.split()
            runs |= {tuple(words[i:i + 5]) for i in range(max(1, len(words) - 4))}
        if runs & seen:
            return False
        seen |= runs
    return True


def quotes_end_at_phrase(iv: Interview) -> bool:
    """A CV quote cut short ("…" at its end) stops where the CV's clause or header part ends (a comma, semicolon,
    colon, full stop, bracket or separator follows it in the CV), never before its head noun (session 21:
    "…on high-speed packaging…" without "lines"). A quote the CV does not hold verbatim (cleaned of markup) is
    left to "CV quotes are in the CV"."""
    cv = re.sub(r"\s+", " ", iv.cv)
    for text in iv.questions:
        for quote in cv_quotes(text):
            if not quote.endswith("…"):
                continue
            body = re.sub(r"\s+", " ", quote.strip("…").strip())
            at = cv.find(body)
            if at >= 0 and not re.match(r"\s*(?:[,;:.)|·•—–-]|$)", cv[at + len(body):]):
                return False
    return True
