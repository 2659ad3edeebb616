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
# (session 22: a month too, in English or a CV language: "…, Bath — September", "…, Madrid (junio 2021")
_DATE_IN_QUOTE = re.compile(
    r"(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:present|current|now|heute|actualidad)\b|"
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?|\b(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    r"noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|januar|"
    r"februar|märz|juni|juli|oktober|dezember)\b", re.I)
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


# a question on a credential to practise, in any CV language: a register, a licence, a colegiación, QTS, a
# certification (a driving licence is a topic of its own); a degree and a life-support course are credentials of their own
_REGISTER_ASKED = re.compile(
    r"\b(?:registration|registered|licen[cs]e[ds]?|colegiad[oa]s?|colegiaci[oó]n|QTS|qualified teacher status|"
    r"chartered|Approbation|Zulassung|l'ordre|albo)\b", re.I)
_DEGREE_ASKED = re.compile(r"\b(?:degree|grado en|titulaci[oó]n)\b", re.I)
_LIFE_SUPPORT = re.compile(r"\b(?:BLS|ILS|ALS|ACLS|PALS|EPALS)\b")
_ANY_REGISTER = re.compile(r"\bwhich (?:licen[cs]e|registration|certification)s? or (?:licen[cs]e|registration|"
                           r"certification)s?\b", re.I)
_DRIVING = re.compile(r"\bdriv(?:ing|er'?s)\b|permis de conduire|carn[eé]t? de conducir|Führerschein", re.I)


def _credentials_asked(question: str) -> set[str]:
    """The credentials a question asks about: each register by its body (data/licences.json), each life-support
    course, "degree", a register of no body named ("registration"), any register at all ("any": "Which licence or
    registration do you hold…"); none for a driving licence."""
    from core.analysis.licences import licences_named

    if _DRIVING.search(question) and not licences_named(question):
        return set()
    keys = {lic.name for lic in licences_named(question)} | set(_LIFE_SUPPORT.findall(question))
    keys |= {"degree"} if _DEGREE_ASKED.search(question) else set()
    if _ANY_REGISTER.search(question):
        keys.add("any")
    elif _REGISTER_ASKED.search(question) and not keys - {"degree"} - set(_LIFE_SUPPORT.findall(question)):
        keys.add("registration")
    return keys


def credential_once(iv: Interview) -> bool:
    """No credential is asked about twice by the planned questions after the opener, whatever their language (session
    22 newcomer: "Estar colegiado/a" asked straight after "Which licence or registration do you hold…", a degree asked
    again after the degree and registration question): the same register, course or degree in two questions, or a
    question on any register beside one on a register; the CV's quoted words do not count. A life-support course
    (BLS/ALS) asked beside a nursing licence is a second credential, not the same one twice."""
    asked = [_credentials_asked(_ANY_QUOTE.sub("", q)) for q in iv.questions[1:]]
    seen: set[str] = set()
    for keys in asked:
        if keys & seen or ("any" in seen and _registers(keys)) or ("any" in keys and _registers(seen)):
            return False
        seen |= keys
    return True


def _registers(keys: set[str]) -> set[str]:
    """The registers and licences among credential keys: no degree, no life-support course."""
    return {k for k in keys if k != "degree" and not _LIFE_SUPPORT.fullmatch(k)}
