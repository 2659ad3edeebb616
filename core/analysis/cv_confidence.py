"""A reading confidence per quoted CV fact, from cues that hold on any CV's shape (session 16, issue 15).

:func:`core.analysis.cv_trust.quotable_facts` drops a fact whose own text looks wrong (a place, a heading, a
title read as an employer). This module scores what is left by whether the CV's reading agrees with itself,
and :func:`confident_facts` keeps a fact only at or above its kind's threshold. The cues (each 0 or 1):

- ``paired`` (the document): at least :data:`PAIRED_SHARE` of the entries read have both a title and an
  employer; a CV whose entries mostly lack one of the two was read badly as a whole;
- ``latest`` (opener): the opener's entry is the CV's first entry (the most recent), or its last one when that
  entry's date range ends last (a CV listed oldest first), not an older one whose title the headline repeats;
- ``together`` (opener): the title and the employer are written on one line or on neighbouring lines (two
  readings, the header's and the entry's, agree; :data:`NEAR_LINES`);
- ``dated`` (opener, employer): a date range within :data:`DATED_LINES` lines of the employer's name;
- ``organisation`` (employer): an organisation word or a legal form ("Group", "Ltd", "GmbH");
- ``repeated`` (employer): the name written twice or more in the CV;
- ``has_title`` (employer): some entry reads a title under that employer;
- ``specific`` (skill at employer): the skill as written is not one short or lower-case common word
  ("ml", "flash", "campaign", "rota"), which a sentence uses in another sense;
- ``in_prose`` (skill at employer): the skill is written at least once outside a name or a header line (not
  only inside "Groovy Goat Bakery", "Intern, Oracle Cloud, 2016", "Go Developer");
- ``named`` (skill at employer): the CV writes the skill as a name somewhere ("Kubernetes" mid-sentence, "SQL",
  "GitLab"; a capital that only opens a line or a sentence is the sentence's); a practice in lower case read
  out of a sentence ("stock rotation", "shift handovers", "month-end close") was, on all three sets, the pair
  most often not one the labels say the CV shows there.

Second round (fresh set 16, a set nobody had tuned on, read the first cues poorly), from
:mod:`core.analysis.cv_confidence_cues`: ``plain``, ``not_role``, ``not_school``, ``capitalised`` (employer: no
bracket, slash or markup; no role noun of the six languages, "Sachbearbeiter", "Assistenz"; no school, course or
degree word, "Gymnasium", "Studium"; no lower-case word of a sentence), ``employer_sure`` (opener: its employer
passes the employer's threshold), ``inside`` (skill at employer: written between the employer's line and the next
entry's header or an education/experience heading, so tags printed after one entry are not the next one's), and
``latest`` also for the last entry of a CV listed oldest first whose date range ends last. Measured and left out:
``latest_dated`` alone (the entry's date range ends last; cost the dev corpus right openers where one employer
holds several entries), ``title_role`` (a role noun in the title), ``title_plain`` (no markup in the title:
:func:`~core.analysis.cv_trust.quotable_role` already refuses markup, so it moved no fact), ``all_dated`` (every
entry read has a date range).

The weights and thresholds (:data:`WEIGHTS`, :data:`THRESHOLDS`) were chosen by leave-one-set-out on the four
readable sets (dev corpus, fresh sets 13, 15 and 16): for each kind, every weight in {0, 1, 2} and every
threshold were tried on three sets (keep the most facts with quoted precision >= 0.95 pooled, >= 0.93 on each),
then checked on the fourth (``python -m bench.confidence_loso`` prints each rotation). The skill's four cues (all
required) were chosen by three rotations of four (the fourth: ``named`` and ``inside``); the employer's new cues
(``plain``, ``not_role``, ``capitalised``; ``not_school`` by two) by the three rotations that train on fresh set 16,
which holds these errors (the rotation without it chose none of them); ``organisation`` and ``has_title`` are the
union with the first round's, and ``plain`` weighs 3 so that a bracket or slash is outweighed only when every other
cue holds. The opener's ``latest`` and ``employer_sure`` (both required) were chosen by the three rotations that
train on fresh set 16, ``dated`` by two; two of ``paired``, ``together``, ``dated`` are kept from the first round
(docs/benchmarks.md, session 16).
"""

from __future__ import annotations

import re
import unicodedata

from core.analysis import cv_confidence_cues as new_shape
from core.analysis.cv_entry_bounds import DATE_RANGE_RE
from core.analysis.cv_names import legal_form_name

PAIRED_SHARE = 0.75
NEAR_LINES = 1
DATED_LINES = 3

# kind -> cue -> weight; a fact is quoted when its weighted sum reaches THRESHOLDS[kind]
WEIGHTS: dict[str, dict[str, int]] = {
    "opener": {"paired": 1, "latest": 2, "together": 1, "dated": 1, "employer_sure": 2},
    "employer": {"paired": 1, "organisation": 1, "repeated": 1, "has_title": 1, "plain": 3, "not_role": 1, "not_school": 1,
                 "capitalised": 1},
    "skill": {"specific": 1, "in_prose": 1, "named": 1, "inside": 1},
}
THRESHOLDS: dict[str, int] = {"opener": 6, "employer": 7, "skill": 4}

_ORG_RE = re.compile(
    r"\b(?:inc|ltd|llc|gmbh|plc|corp|corporation|company|co|group|bank|hospital|clinic|trust|nhs|labs?|"
    r"technologies|systems|solutions|agency|partners|studio|council|foundation|consulting|university|college|"
    r"school|academy|institute|centre|center|services|health|media|software|ministry|department|"
    r"association|society|laboratory|s\.?a|ag|se|sas|s\.?l|spa|s\.p\.a)\b",
    re.IGNORECASE,
)
_SHORT_SKILL = 2  # letters: "ML", "JS", "AR" stand for too many things to quote on one reading


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return re.sub(r"[\s‐‑–—-]+", " ", re.sub(r"[*_`#]+", "", text)).strip()


def _lines(cv_text: str) -> tuple[list[str], list[str]]:
    raw = (cv_text or "").splitlines()
    return raw, [_fold(line) for line in raw]


def _where(folded: list[str], value: str) -> list[int]:
    value = _fold(value)
    return [i for i, line in enumerate(folded) if value and value in line]


def reading_paired(facts: dict) -> bool:
    """Whether at least :data:`PAIRED_SHARE` of the entries read (``facts["jobs"]``) have both a title and an
    employer; False when no entry was read."""
    jobs = facts.get("jobs") or []
    both = sum(1 for role, employer in jobs if role and employer)
    return bool(jobs) and both / len(jobs) >= PAIRED_SHARE


def _dated(raw: list[str], rows: list[int]) -> bool:
    return any(DATE_RANGE_RE.search(raw[j]) for i in rows
               for j in range(max(0, i - DATED_LINES), min(len(raw), i + DATED_LINES + 1)))


def employer_cues(employer: str, facts: dict, cv_text: str) -> dict[str, bool]:
    """The employer's cues (module docstring): ``paired``, ``organisation``, ``repeated``, ``has_title``,
    ``dated``."""
    raw, folded = _lines(cv_text)
    rows = _where(folded, employer)
    return {
        "paired": reading_paired(facts),
        "organisation": bool(_ORG_RE.search(employer) or legal_form_name(employer)),
        "repeated": len(rows) >= 2,
        "has_title": any(role and _fold(name) == _fold(employer) for role, name in facts.get("jobs") or []),
        "dated": _dated(raw, rows),
        "plain": new_shape.plain_name(employer),
        "not_role": not new_shape.employer_is_role(employer),
        "not_school": not new_shape.school_word(employer),
        "capitalised": new_shape.capitalised(employer),
        "all_dated": new_shape.all_dated(facts.get("jobs") or [], cv_text),
    }


def opener_cues(role: str, employer: str, facts: dict, cv_text: str) -> dict[str, bool]:
    """The opener's cues (module docstring): ``paired``, ``latest``, ``together``, ``dated``."""
    raw, folded = _lines(cv_text)
    jobs = facts.get("jobs") or []
    title_rows, employer_rows = _where(folded, role), _where(folded, employer)
    return {
        "paired": reading_paired(facts),
        # the first entry, or the last one of a CV listed oldest first (its date range ends last)
        "latest": bool(jobs) and (tuple(jobs[0]) == (role, employer) or (
            tuple(jobs[-1]) == (role, employer) and new_shape.latest_dated(role, employer, jobs, cv_text))),
        "together": any(abs(a - b) <= NEAR_LINES for a in title_rows for b in employer_rows),
        "dated": _dated(raw, employer_rows),
        "latest_dated": new_shape.latest_dated(role, employer, jobs, cv_text),
        "title_plain": new_shape.markup_free(role),
        "title_role": new_shape.role_noun(role),
        "employer_sure": confident("employer", employer_cues(employer, facts, cv_text)),
        "all_dated": new_shape.all_dated(jobs, cv_text),
    }


def _in_a_name(line: str, start: int, end: int, employer: str) -> bool:
    """Whether the skill written at line[start:end] sits in a name or a header line: a capitalised word runs on
    after it (or, the skill capitalised, before it inside the line), or the line holds a date range or the
    employer's own name."""
    if DATE_RANGE_RE.search(line) or (employer and _fold(employer) in _fold(line)):
        return True
    if not line[start:end][:1].isupper():
        return False
    after = re.match(r"\s+([\w'’-]+)", line[end:])
    before = re.search(r"([\w'’-]+)\s+$", line[:start])
    run_on = bool(after and after.group(1)[:1].isupper())
    run_in = bool(before and before.group(1)[:1].isupper() and not re.search(r"[.:;•*–-]\s*$", line[: before.start()]))
    return run_on or (run_in and before.start() > 0)


def skill_cues(skill: str, employer: str, cv_text: str, facts: dict | None = None) -> dict[str, bool]:
    """The skill-at-employer pair's cues (module docstring): ``specific``, ``in_prose``; ``skill`` as the CV
    writes it."""
    letters = re.sub(r"[^\w]", "", skill)
    specific = len(letters) > _SHORT_SKILL and not (skill.islower() and " " not in skill.strip())
    places = [(line, m.start(), m.end()) for line in (cv_text or "").splitlines()
              for m in re.finditer(rf"(?<!\w){re.escape(skill)}(?!\w)", line, re.IGNORECASE)]
    in_prose = not places or any(not _in_a_name(line, a, b, employer) for line, a, b in places)
    named = any(_written_as_name(line[a:b], line[:a]) for line, a, b in places) if places else skill != skill.lower()
    inside = new_shape.inside_entry(skill, employer, (facts or {}).get("jobs") or [], cv_text)
    return {"specific": specific, "in_prose": in_prose, "named": named, "inside": inside}


def _written_as_name(written: str, before: str) -> bool:
    """Whether the CV writes a skill as a name: a capital inside it ("GitLab", "SQL", "Power BI"), or a first
    capital mid-sentence ("ran Kubernetes"); a capital only at a line's or a sentence's start ("Payroll runs
    for two sites") is the sentence's, not the name's."""
    if any(ch.isupper() for ch in written[1:]):
        return True
    return written[:1].isupper() and not re.search(r"(?:^|[.!?:;•*–-])[\W_]*$", before)


def score(kind: str, cues: dict[str, bool]) -> int:
    """The weighted sum of a fact's cues for ``kind`` ("opener", "employer", "skill")."""
    return sum(weight for cue, weight in WEIGHTS[kind].items() if cues.get(cue))


def confident(kind: str, cues: dict[str, bool]) -> bool:
    """Whether the fact's score reaches its kind's threshold."""
    return score(kind, cues) >= THRESHOLDS[kind]


def confident_facts(quoted: dict, facts: dict, cv_text: str) -> dict:
    """``quoted`` (:func:`core.analysis.cv_trust.quotable_facts`' output) with every fact below its threshold
    removed: ``current_job`` becomes ("", "") and the ``jobs`` entry stays; ``employers``, ``skill_employer``,
    ``skill_employer_pairs`` and ``achievement_employer`` lose an unsure employer; ``skill_employer`` loses an
    unsure pair. Returns a new dict."""
    out = dict(quoted)
    role, employer = quoted.get("current_job") or ("", "")
    if role and employer and not confident("opener", opener_cues(role, employer, facts, cv_text)):
        out["current_job"] = ("", "")
    sure: dict[str, bool] = {}

    def ok(name: str) -> bool:
        if name not in sure:
            sure[name] = confident("employer", employer_cues(name, facts, cv_text))
        return sure[name]

    surface = quoted.get("skill_surface") or {}
    out["employers"] = [e for e in quoted.get("employers") or [] if ok(e)]
    out["skill_employer"] = {
        s: e for s, e in (quoted.get("skill_employer") or {}).items()
        if ok(e) and confident("skill", skill_cues(surface.get(s, s), e, cv_text, facts))
    }
    out["skill_employer_pairs"] = [(s, e) for s, e in quoted.get("skill_employer_pairs") or [] if ok(e)]
    out["achievement_employer"] = {a: e for a, e in (quoted.get("achievement_employer") or {}).items() if ok(e)}
    return out
