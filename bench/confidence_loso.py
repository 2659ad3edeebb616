"""Leave-one-set-out for the reading confidence's weights and thresholds (:mod:`core.analysis.cv_confidence`).

``python -m bench.confidence_loso`` reads the five sets open to development (dev corpus, fresh sets 13, 15, 16 and
17; never a blind set), computes each quoted fact's cues with the confidence filter off, and for each kind (opener
title at employer, employer named, skill at employer) prints: the precision with no confidence filter, with the
module's weights and threshold, and for each rotation the weights ({0, 1, 2} per cue) and threshold chosen on
the four others (the most facts kept with precision >= 0.95 pooled and >= 0.93 on each set; ties: fewer cues, lower
threshold) and their figures on all five, the held-out one included. Each figure: precision (right / quoted)
and the share kept (quoted / quoted with no confidence filter).
"""

from __future__ import annotations

import itertools
from unittest import mock

import numpy as np

from bench.bench_devsets import (
    _read_cv,
    cv_file,
    load_cv_set,
    load_fresh13_set,
    load_fresh15_set,
    load_fresh16_set,
    load_fresh17_set,
    normal,
)
from bench.devsets_quoted import _plan_cv

SETS = ("dev", "f13", "f15", "f16", "f17")


def _rows() -> list[tuple[str, str, bool, dict]]:
    """(kind, set, right, cues) for every fact the plan may quote, before the confidence filter."""
    from core.analysis import cv_confidence as conf
    from core.analysis import cv_trust
    from core.analysis.cv import extract_cv_facts

    rows = []
    sets = (("dev", load_cv_set()), ("f13", load_fresh13_set()), ("f15", load_fresh15_set()),
            ("f16", load_fresh16_set()), ("f17", load_fresh17_set()))
    for name, entries in sets:
        for entry in entries:
            path = cv_file(entry)
            text = _read_cv(path) if path.exists() else None
            if not text:
                continue
            cv, labels = _plan_cv(text), entry["facts"]
            facts = extract_cv_facts(cv)
            with mock.patch.object(cv_trust, "confident_facts", lambda out, *_: out):
                quoted = cv_trust.quotable_facts(facts, cv)
            employers = {normal(e) for e in labels.get("employers") or []}
            role, employer = quoted["current_job"]
            if role and employer:
                good = normal(role) == normal(labels.get("current_title") or "") and normal(employer) in employers
                rows.append(("opener", name, good, conf.opener_cues(role, employer, facts, cv)))
            named = {normal(e): e for e in [*quoted["employers"], *quoted["skill_employer"].values(),
                                            *quoted["achievement_employer"].values()]}
            for key, value in named.items():
                rows.append(("employer", name, key in employers, conf.employer_cues(value, facts, cv)))
            pairs = {(normal(s), normal(e)) for s, e in labels.get("skill_employer") or []}
            surface = quoted.get("skill_surface") or {}
            for skill, value in quoted["skill_employer"].items():
                written = surface.get(skill, skill)
                cues = {**conf.skill_cues(written, value, cv, facts),
                        "employer_sure": conf.confident("employer", conf.employer_cues(value, facts, cv))}
                rows.append(("skill", name, (normal(written), normal(value)) in pairs, cues))
    return rows


def _matrix(rows: list, names: list[str]) -> tuple:
    """The rows as arrays: cues (rows x cues, 0/1), right (0/1), set index, and the skill's employer sure."""
    cues = np.array([[bool(r[3].get(c)) for c in names] for r in rows], dtype=int).reshape(len(rows), len(names))
    right = np.array([r[2] for r in rows], dtype=bool)
    where = np.array([SETS.index(r[1]) for r in rows], dtype=int)
    sure = np.array([r[3].get("employer_sure", True) for r in rows], dtype=bool)
    return cues, right, where, sure


def _figures(rows: list, weights: dict, threshold: int, kind: str, arrays: tuple | None = None) -> dict[str, tuple[int, int, int]]:
    names = list(weights)
    cues, right, where, sure = arrays or _matrix(rows, names)
    kept = cues @ np.array([weights[c] for c in names], dtype=int) >= threshold
    if kind == "skill":
        kept &= sure
    return {name: (int((kept & right & (where == i)).sum()), int((kept & (where == i)).sum()), int((where == i).sum()))
            for i, name in enumerate(SETS)}


def _choose(rows: list, train: list[str], names: list[str], kind: str) -> tuple[dict, int]:
    arrays = _matrix(rows, names)
    best = None
    for ws in itertools.product((0, 1, 2), repeat=len(names)):
        weights = dict(zip(names, ws, strict=True))
        for threshold in range(sum(ws) + 1):
            fig = _figures(rows, weights, threshold, kind, arrays)
            good, quoted = sum(fig[s][0] for s in train), sum(fig[s][1] for s in train)
            precise = (good / quoted if quoted else 1) >= 0.95 and all(
                (fig[s][0] / fig[s][1] if fig[s][1] else 1) >= 0.93 for s in train)
            key = (precise, quoted if precise else (good / quoted if quoted else 0), -sum(map(bool, ws)), -threshold)
            if best is None or key > best[0]:
                best = (key, weights, threshold)
    return best[1], best[2]


def _say(fig: dict) -> str:
    return "  ".join(f"{s} {g / q if q else 0:.3f} ({g}/{q}, kept {q / n if n else 0:.2f})" for s, (g, q, n) in fig.items())


def main() -> None:
    from core.analysis.cv_confidence import THRESHOLDS, WEIGHTS

    rows = _rows()
    held_out = {s: [0, 0, 0] for s in SETS}  # all kinds, each with its rotation's choice: right, quoted, before
    for kind in ("opener", "employer", "skill"):
        in_kind, names = [r for r in rows if r[0] == kind], list(WEIGHTS[kind])
        print(f"== {kind}")
        print("   no confidence filter:", _say(_figures(in_kind, dict.fromkeys(names, 0), 0, "")))
        print(f"   module {WEIGHTS[kind]} >= {THRESHOLDS[kind]}:", _say(_figures(in_kind, WEIGHTS[kind], THRESHOLDS[kind], kind)))
        for held in SETS:
            weights, threshold = _choose(in_kind, [s for s in SETS if s != held], names, kind)
            chosen = {c: w for c, w in weights.items() if w}
            fig = _figures(in_kind, weights, threshold, kind)
            print(f"   held out {held}: chose {chosen} >= {threshold}:", _say(fig))
            held_out[held] = [a + b for a, b in zip(held_out[held], fig[held], strict=True)]
    print("== all kinds, each set with the choice made without it:", _say({s: tuple(v) for s, v in held_out.items()}))


if __name__ == "__main__":
    main()
