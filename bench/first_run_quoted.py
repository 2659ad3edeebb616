"""What the interviewer says about a CV nobody tuned the reader on: the quoted-facts precision on first-run readings
(session 18, issue 15 point 3).

The tuned sets of :mod:`bench.devsets_quoted` (dev corpus, fresh sets 13 to 17) are read by a reader fixed on each
of them, so their quoted precision is an upper bound. A *first-run reading* is the output of the reader as it was
when a set was labelled, before anyone fixed it on that set: the unseen condition. Session 17 pickled those readings
for fresh sets 13, 15, 16 and 17 (44 CVs); this script applies the CURRENT :func:`core.analysis.cv_trust.quotable_facts`
and opener to them and scores each quote with :func:`bench.devsets_quoted.right` (same kinds, same matching).

Usage: ``python -m bench.first_run_quoted PICKLE [PICKLE ...] [-v]``; each pickle holds a list of dicts with ``set``,
``id``, ``cv`` (the text as the plan reads it), ``facts`` (that reader's ``extract_cv_facts``) and ``labels`` (the
set's labelled facts). Prints per pickle and pooled: each kind's right/quoted and the share kept; ``-v`` prints
each wrong quote. Never run it on a blind set's readings (per-CV output).
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

from bench.devsets_quoted import _ALL, KINDS, right, said

_SHOWN = ("opener line", "opener title at employer", "opener title alone", "opener fallback title at employer",
          "opener fallback title alone", "employers named", "employers named, old wording", "skill line",
          "skill at employer", "all quoted", "all quoted but skill lines")


def score(rows: list[dict], verbose: bool = False) -> dict[str, list[int]]:
    """Per kind and ``all quoted``: [right, quoted, before filtering] over ``rows`` (the pickles' dicts)."""
    counts = {k: [0, 0, 0] for k in (*KINDS, "all quoted", "all quoted but skill lines")}
    for row in rows:
        quoted, raw = said(row["facts"], cv=row["cv"]), said(row["facts"], filtered=False, cv=row["cv"])
        for kind in KINDS:
            good = sum(right(kind, v, row["labels"], row["cv"]) for v in quoted[kind])
            names = (kind, "all quoted", *(("all quoted but skill lines",) if kind != "skill line" else ())) \
                if kind in _ALL else (kind,)
            for name in names:
                counts[name][0] += good
                counts[name][1] += len(quoted[kind])
                counts[name][2] += len(raw[kind])
            if verbose:
                for value in quoted[kind]:
                    if not right(kind, value, row["labels"], row["cv"]):
                        print(f"   WRONG {row['set']} {row['id']} {kind}: {value}")
    return counts


def _line(label: str, counts: dict[str, list[int]]) -> str:
    parts = [f"{k}: {g}/{n} = {g / n if n else 0:.2f} (kept {n / b if b else 0:.2f})" for k, (g, n, b) in counts.items()
             if k in _SHOWN]
    return f"{label}: " + "; ".join(parts)


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    paths = [Path(a) for a in argv if a != "-v"]
    if not paths:
        raise SystemExit(__doc__)
    pooled: list[dict] = []
    for path in paths:
        with path.open("rb") as handle:
            rows = pickle.load(handle)  # noqa: S301 - a pickle this project's session wrote, named on the command line
        pooled.extend(rows)
        print(_line(path.name, score(rows, verbose)))
    print(_line("all", score(pooled)))


if __name__ == "__main__":
    main(sys.argv[1:])
