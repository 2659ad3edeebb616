"""What a newcomer hears: the precision of the CV facts the interviewer quotes, on each CV set (session 15).

The interview plan (:func:`core.coach.plan.plan_items`) reads the CV as ``extract_cv_facts`` and then keeps only
what :func:`core.analysis.cv_trust.quotable_facts` trusts. Since session 18 the opener and the skill questions quote
the CV's own lines (:mod:`core.analysis.cv_line_quote`) instead of facts put together from the reading:

- the opener: "Your CV lists “{the latest entry's header line}”" (``opener_line``); only when no such line is found,
  the opener of before (``current_job_parts``): "your time as {role} at {employer}", or the sure side alone;
- the skill questions: "The role calls for X, and your CV says: “{the line where X is written}”" (no employer);
- the behavioural leads ("At {employer}, tell me about...": ``employers``) and the achievement questions
  ("Your CV says: "..." (at {employer})": ``achievement_employer``): an employer's name.

Figures, per CV set (micro-averaged over the CVs; the same :func:`bench.bench_devsets.normal` matching as the
bench's fields, a value once per CV):

- ``opener line``: the quoted header line; right when it holds, in normal form, the labelled ``current_title`` or
  one of the labelled ``employers`` (the labels do not say which employer is the current one: an upper bound on
  "the latest entry's line"; a real header line of another entry that names a labelled employer counts right);
- ``opener fallback title at employer`` / ``opener fallback title alone``: the opener of before, where no line is
  quoted; since the end of session 18 the plan names neither part there ("your most recent role"), so these are
  empty (``tests/test_bench_quoted.py`` holds the plan to it);
- ``opener title``, ``opener employer``, ``opener title at employer``, ``opener title alone`` (old wording, kept for
  comparison: the opener's parts whether or not a line is quoted): the role against the labelled
  ``current_title``, the employer against the labelled ``employers`` (a past employer counts right), both, the
  title said without an employer;
- ``employers named``: every employer a question names now (the behavioural leads', the achievements') against the labelled ``employers``; ``employers named, old wording``: with the skill questions' and
  the opener's, as before session 18;
- ``skill line``: (skill as the CV writes it, quoted line) for each skill the reader found that has a line to quote;
  right when the line holds the skill as written (normal form, whole words) and is a line of the CV text (every
  piece of it, "…" where it was cut, markup and icons aside): true by construction unless the quoting is broken;
- ``skill at employer`` (old wording, kept for comparison): the skill-employer pairs against the labelled
  ``skill_employer`` pairs;
- ``all quoted``: opener line (else the fallback opener) + employers named + skill lines; ``all quoted but skill
  lines``: the same without the skill lines (true by construction, they would swamp the rest);
- ``coverage, opener line of CVs read`` and ``coverage, skill line of skills read``: how often a line is quoted.

Each is printed as precision (right / quoted) and as the share kept (quoted / what the reader gave before
``quotable_facts``); the precision the reader's facts would have had, quoted unfiltered, is printed beside it
for the whole (``all quoted, unfiltered``). Blind sets: aggregates only, as here; ``python -m
bench.devsets_quoted`` prints each dev and fresh-set (13, 15, 16, 17, 18, 19, 20, 21, 22, 23) CV's wrong quotes (never a
blind CV's; ``--fresh17``: set 17's alone, ``--fresh18``: set 18's alone, ``--fresh19``: set 19's alone, ``--fresh20``:
set 20's alone, ``--fresh21``: set 21's alone, ``--fresh22``: set 22's alone, ``--fresh23``: set 23's alone).

The tuned sets are read by a reader fixed on each of them. The unseen condition is measured on *first-run readings*
(the reader as it was when each fresh set was labelled): ``python -m bench.first_run_quoted PICKLE...``
(:mod:`bench.first_run_quoted`) applies the current ``quotable_facts`` to them and scores them with :func:`right`.
Session 18: all quoted there 0.82 (share kept 0.57) -> 0.92 (0.51), from rules on the CV's text
(:mod:`core.analysis.cv_quote_rules`: cut names, field labels, two organisations on one header line, cut titles,
swapped pairs; :func:`core.analysis.cv_opener.opener_parts`: no entry older than another); the tuned sets' figures
held (docs/benchmarks.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bench.bench_devsets import (
    _ratio,
    _read_cv,
    cv_file,
    load_blind12_set,
    load_blind_set,
    load_cv_set,
    load_fresh13_set,
    load_fresh15_set,
    load_fresh16_set,
    load_fresh17_set,
    load_fresh18_set,
    load_fresh19_set,
    load_fresh20_set,
    load_fresh21_set,
    load_fresh22_set,
    load_fresh23_set,
    normal,
)

KINDS = ("opener line", "opener title", "opener employer", "opener title at employer", "opener title alone",
         "opener fallback title at employer", "opener fallback title alone", "employers named",
         "employers named, old wording", "skill line", "skill at employer")
_ALL = ("opener line", "opener fallback title at employer", "opener fallback title alone", "employers named",
        "skill line")
_ELLIPSIS = "…"


def _plan_cv(text: str) -> str:
    """The CV as the plan reads it (:func:`core.coach.plan_state._context`): cut to bounds, injections removed."""
    from core.analysis.bounds import bounded
    from core.analysis.text import strip_injections

    return strip_injections(bounded(text or ""))


def said(facts: dict, *, filtered: bool = True, cv: str = "") -> dict[str, set]:
    """The facts the plan may say aloud, by kind, in normal form, from ``extract_cv_facts``' output
    (``filtered``: after ``quotable_facts``, as the plan does; else the reader's facts as they are). ``opener
    line`` and ``skill line`` hold the quoted lines as said (not in normal form), the latter as (skill as
    written, line) pairs; both need ``cv``, and are the same filtered or not (they quote the CV, whatever the
    reading's confidence)."""
    from core.analysis.cv_line_quote import opener_line, skill_line
    from core.analysis.cv_trust import quotable_facts

    line = opener_line(facts, cv)[0] if cv else ""
    surface = facts.get("skill_surface") or {}
    lines = {(surface.get(s, s), skill_line(surface.get(s, s), cv)) for s in facts.get("skills") or []} if cv else set()
    if filtered:
        facts = quotable_facts(facts, cv)
    else:  # the opener's entry as quotable_facts picks it, nothing removed
        jobs, title = list(facts.get("jobs") or []), facts.get("current_title") or ""
        index = next((i for i, job in enumerate(jobs) if title and job[0] == title), 0)
        pair = tuple(jobs[index]) if jobs else ("", "")
        facts = {**facts, "current_job": pair, "current_job_parts": pair if all(pair) else ("", "")}
    # the opener as said: both, or the sure side alone ("your time at {employer}", session 17)
    role, employer = facts.get("current_job_parts") or facts.get("current_job") or ("", "")
    role, employer = normal(role), normal(employer)
    pairs = {(normal(surface.get(s, s)), normal(e)) for s, e in (facts.get("skill_employer") or {}).items() if e}
    leads = [*(facts.get("employers") or []), *(facts.get("achievement_employer") or {}).values()]
    named_old = [*leads, *(facts.get("skill_employer") or {}).values()]
    return {
        "opener line": {line} - {""},
        "opener title": {role} - {""},
        "opener employer": {employer} - {""},
        "opener title at employer": {(role, employer)} if role and employer else set(),
        "opener title alone": {role} if role and not employer else set(),
        # session 18, last: with no header line to quote the opener names neither part ("your most recent role"),
        # so these stay empty (tests/test_bench_quoted.py checks the plan against it)
        "opener fallback title at employer": set(),
        "opener fallback title alone": set(),
        # what the plan names now: the behavioural leads and the achievements' employers
        "employers named": {normal(e) for e in leads} - {""},
        "employers named, old wording": ({normal(e) for e in named_old} | {employer}) - {""},
        "skill line": {p for p in lines if p[1]},
        "skills read": {p[0] for p in lines},  # not a kind: what the skill lines are out of (coverage)
        "skill at employer": {p for p in pairs if all(p)},
    }


def _words(text: str) -> str:
    """``text`` in normal form as its words alone, punctuation read as a space (session 19: a quote joined across a
    wrapped line keeps the comma that ended the first line, which :func:`normal` strips from a line's end)."""
    return " ".join(re.findall(r"\w+", normal(text)))


def _in_cv(line: str, cv: str) -> bool:
    """Whether every piece of a quoted line ("…" parts it where it was cut) is written in ``cv``: the same words in
    the same order, lines joined (:func:`_words`; markup and icons aside, as quoted)."""
    from core.analysis.cv_line_quote import clean_line

    text = f" {' '.join(_words(clean_line(row)) for row in cv.splitlines())} "
    pieces = [_words(p) for p in line.split(_ELLIPSIS) if _words(p)]
    return bool(pieces) and all(p in text for p in pieces)


def right(kind: str, value: object, labels: dict, cv: str = "") -> bool:
    """Whether one quoted value agrees with the CV's labels. ``opener line``: the quoted line holds, in normal form,
    the labelled ``current_title`` or one of the labelled ``employers`` (the labels do not say which employer is
    the current one: an upper bound on "the latest entry"). ``skill line``: the line holds the skill as the CV
    writes it (normal form, whole words) and is a line of ``cv`` (every piece of it, :func:`_in_cv`)."""
    title = normal(labels.get("current_title") or "")
    employers = {normal(e) for e in labels.get("employers") or []}
    if kind == "opener line":
        text = normal(value)
        return any(v and v in text for v in (title, *employers))
    if kind == "skill line":
        skill, line = value
        return (bool(re.search(rf"(?<!\w){re.escape(normal(skill))}(?!\w)", normal(line)))
                and _in_cv(line, cv))
    if kind in ("opener title", "opener title alone", "opener fallback title alone"):
        return value == title
    if kind in ("opener employer", "employers named", "employers named, old wording"):
        return value in employers
    if kind in ("opener title at employer", "opener fallback title at employer"):
        return value[0] == title and value[1] in employers
    return value in {(normal(s), normal(e)) for s, e in labels.get("skill_employer") or []}


def _cv_quotes(entry: dict) -> tuple[dict[str, set], dict[str, set], str] | None:
    """(quoted, unfiltered, the CV as the plan reads it) for one CV, or None when its file is absent or unread."""
    from core.analysis.cv import extract_cv_facts

    path = cv_file(entry)
    text = _read_cv(path) if path.exists() else None
    if not text:
        return None
    cv = _plan_cv(text)
    facts = extract_cv_facts(cv)
    return said(facts, cv=cv), said(facts, filtered=False, cv=cv), cv


def count_quoted(counts: dict[str, list[int]], quoted: dict[str, set], raw: dict[str, set], labels: dict,
                 cv: str) -> None:
    """Add one CV's quotes to ``counts`` (kind -> [right, quoted, before filtering]; ``all quoted``: the kinds of
    :data:`_ALL`, what the plan says now)."""
    for kind in KINDS:
        good = sum(right(kind, v, labels, cv) for v in quoted[kind])
        counts[kind][0] += good
        counts[kind][1] += len(quoted[kind])
        counts[kind][2] += len(raw[kind])
        if kind in _ALL and kind != "skill line":  # what the quotes put together from the reading still say
            counts["all quoted but skill lines"][0] += good
            counts["all quoted but skill lines"][1] += len(quoted[kind])
            counts["all quoted but skill lines"][2] += len(raw[kind])
        if kind in _ALL:
            counts["all quoted"][0] += good
            counts["all quoted"][1] += len(quoted[kind])
            counts["all quoted"][2] += len(raw[kind])
            counts["all quoted, unfiltered"][0] += sum(right(kind, v, labels, cv) for v in raw[kind])
            counts["all quoted, unfiltered"][1] += len(raw[kind])
            counts["all quoted, unfiltered"][2] += len(raw[kind])


def score_quoted(entries: Iterable[dict]) -> dict[str, list[int]]:
    """Per kind and for ``all quoted`` / ``all quoted, unfiltered``: [right, quoted, before filtering]."""
    counts = {k: [0, 0, 0] for k in (*KINDS, "all quoted", "all quoted, unfiltered", "all quoted but skill lines")}
    cover = {k: [0, 0, 0] for k in _COVERAGE}
    for entry in entries:
        got = _cv_quotes(entry)
        if got is not None:
            count_quoted(counts, got[0], got[1], entry["facts"], got[2])
            for key, (said_kind, out_of) in _COVERAGE.items():
                cover[key][0] += len(got[0][said_kind])
                cover[key][1] += len(got[0][out_of]) if out_of else 1
    return {**counts, **cover}


# coverage rows: quoted / out of (CVs read; skills read): how often the new quotes are said at all
_COVERAGE = {"coverage, opener line of CVs read": ("opener line", ""),
             "coverage, skill line of skills read": ("skill line", "skills read")}


def quoted_rows() -> list[tuple[str, float, str, str]]:
    """The bench rows: per set, each kind's precision and share kept."""
    rows: list[tuple[str, float, str, str]] = []
    sets = ((", dev corpus", load_cv_set(), ">= 0.95"), (", fresh set 13", load_fresh13_set(), ">= 0.95"),
            (", fresh set 15", load_fresh15_set(), ">= 0.95"), (", fresh set 16", load_fresh16_set(), ">= 0.95"),
            (", fresh set 17", load_fresh17_set(), ">= 0.95"), (", fresh set 18", load_fresh18_set(), ">= 0.95"),
            (", fresh set 19", load_fresh19_set(), ">= 0.95"), (", fresh set 20", load_fresh20_set(), ">= 0.95"),
            (", fresh set 21", load_fresh21_set(), ">= 0.95"), (", fresh set 22", load_fresh22_set(), ">= 0.95"),
            (", fresh set 23", load_fresh23_set(), ">= 0.95"),
            (", blind set", load_blind_set(), "(reported)"), (", blind set 12", load_blind12_set(), "(reported)"))
    for label, entries, target in sets:
        counts = score_quoted(entries)
        for kind, (good, quoted, before) in counts.items():
            if kind in _COVERAGE:
                rows.append((f"devsets: quoted {kind}{label}", _ratio(good, quoted), "", "(reported)"))
                continue
            if kind == "all quoted, unfiltered":
                rows.append((f"devsets: quoted precision, {kind}{label}", _ratio(good, quoted), "", "(reported)"))
                continue
            if kind == "all quoted":
                rows.append((f"devsets: quoted facts, all{label}", float(quoted), "facts", "(reported)"))
            rows.append((f"devsets: quoted precision, {kind}{label}", _ratio(good, quoted), "", target))
            rows.append((f"devsets: quoted share kept, {kind}{label}", _ratio(quoted, before), "", "(reported)"))
    return rows


def detail(fresh17_only: bool = False, fresh18_only: bool = False, fresh19_only: bool = False,
           fresh20_only: bool = False, fresh21_only: bool = False, fresh22_only: bool = False,
           fresh23_only: bool = False) -> None:
    """Each dev and fresh-set (13, 15, 16, 17, 18, 19, 20, 21, 22, 23) CV's wrong quotes and the facts
    ``quotable_facts`` dropped (never a blind CV's); ``fresh17_only`` / ``fresh18_only`` / ``fresh19_only`` /
    ``fresh20_only`` / ``fresh21_only`` / ``fresh22_only`` / ``fresh23_only``: that set's alone."""
    entries = (load_fresh23_set() if fresh23_only else load_fresh22_set() if fresh22_only else
               load_fresh21_set() if fresh21_only else
               load_fresh20_set() if fresh20_only else load_fresh19_set() if fresh19_only else
               load_fresh18_set() if fresh18_only else
               load_fresh17_set() if fresh17_only else
               [*load_cv_set(), *load_fresh13_set(), *load_fresh15_set(), *load_fresh16_set(), *load_fresh17_set(),
                *load_fresh18_set(), *load_fresh19_set(), *load_fresh20_set(), *load_fresh21_set(),
                *load_fresh22_set(), *load_fresh23_set()])
    for entry in entries:
        got = _cv_quotes(entry)
        if got is None:
            continue
        quoted, raw, cv = got
        lines = []
        for kind in KINDS:
            wrong = sorted(str(v) for v in quoted[kind] if not right(kind, v, entry["facts"], cv))
            dropped_ok = sorted(str(v) for v in raw[kind] - quoted[kind] if right(kind, v, entry["facts"], cv))
            if wrong or dropped_ok:
                lines.append(f"   {kind}: WRONG {wrong}; right but dropped {dropped_ok}")
        if lines:
            print(f"== {entry['id']}")
            print("\n".join(lines))


if __name__ == "__main__":
    import sys

    detail(fresh17_only="--fresh17" in sys.argv, fresh18_only="--fresh18" in sys.argv,
           fresh19_only="--fresh19" in sys.argv, fresh20_only="--fresh20" in sys.argv,
           fresh21_only="--fresh21" in sys.argv, fresh22_only="--fresh22" in sys.argv,
           fresh23_only="--fresh23" in sys.argv)
