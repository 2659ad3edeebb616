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


# a date in a CV header's quote: a year, or the words that run it to now
_DATE_IN_QUOTE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:present|current|now|heute|actualidad)\b", re.I)
_ANY_QUOTE = re.compile(r'"([^"]{3,})"|“([^”]{3,})”')


def opener_quote_undated(iv: Interview) -> bool | None:
    """The opener's quote of a CV header line holds its title and employer, never its dates or the separator before
    them (session 21: "…Beaumont Leys Academy, Leicester | Sep 2021 – present"); None when the opener quotes none."""
    quotes = cv_quotes(iv.questions[0]) if iv.questions else []
    return None if not quotes else not any(_DATE_IN_QUOTE.search(q) for q in quotes)


def quotes_closed(iv: Interview) -> bool:
    """No quote in a question or follow-up ends inside a bracket it opened (session 21: "ACCA part-qualified
    accountant (11")."""
    quotes = [a or b for t in iv.all_asked for a, b in _ANY_QUOTE.findall(t)]
    return all(q.count("(") <= q.count(")") and q.count("[") <= q.count("]") for q in quotes)


def one_quote_style(iv: Interview) -> bool:
    """The interview's questions and follow-ups quote with one style of quotation marks (session 21: a header line in
    curly marks, a credential's CV words in straight ones in the same interview)."""
    joined = " ".join(iv.all_asked)
    return not ('"' in joined and ("“" in joined or "”" in joined))
