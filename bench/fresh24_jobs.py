"""The job-description set of session 24 (``tests/data/devsets/jobs/expected_fresh24.json``): held out in session 24,
a dev set from session 25 (measured twice, its per-job misses then read to fix the reader).

Nineteen public job ads from GitHub repositories no other corpus uses, in fourteen fields and four
languages (English, German, French, Spanish), in the shapes a newcomer pastes: bulleted and prose ads,
career pages (HTML/PHP/JSX), Markdown pages with front matter, job-board exports. Their requirements were
hand-marked by the dev set's written rule and committed before the app's reader ever ran on them
(issue 15 point 2). The files live under ``jobs/fetched/fresh24_<id>.txt`` and are not committed, like
the dev set's; ``recipes_fresh24.json`` records how each is made from its source file:

- the methods of ``bench.build_jobs`` (``whole``, ``cut``, ``html``), where ``html`` may first drop a
  YAML front matter (``"drop_front_matter": true``) and may then keep only ``"parts"`` of the page's
  text (start/end line markers, as ``cut`` reads them);
- ``js_string``: the value of the first ``<field>: "..."`` string literal after the line that starts
  with ``after`` (a job-board API export kept as TypeScript data), its escapes decoded.

    python -m bench.fresh24_jobs --build      # make fetched/fresh24_*.txt from /work/.mirror or fetched/raw/
    python -m bench.fresh24_jobs --detail     # per job: what the app read that is not marked, what it missed
    python -m bench.fresh24_jobs              # the figures (the devsets bench prints the same rows)

Measures are the dev set's (``bench.bench_devsets.score_job``): precision of the app's list (capped at
12, as the interview uses it) against the marks, recall of the marks.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

from bench.bench_devsets import INDEX_DIR, JOB_DIR, _match, _ratio, _req_normal, score_job
from bench.build_jobs import _FRONT_MATTER, build, cut_text, html_text, read_source

INDEX = INDEX_DIR / "jobs" / "expected_fresh24.json"
RECIPES = INDEX_DIR / "jobs" / "recipes_fresh24.json"
LABEL = ", fresh jobs 24"


def load_fresh24_jobs() -> list[dict]:
    """The set's entries (id, field, language, shape, file, sha256, source, requirements); [] without the index."""
    if not INDEX.is_file():
        return []
    return json.loads(INDEX.read_text(encoding="utf-8"))["jobs"]


def load_fresh24_recipes() -> dict[str, dict]:
    """Job id -> recipe (see the module docstring)."""
    return json.loads(RECIPES.read_text(encoding="utf-8"))["jobs"]


def js_string(source: str, after: str, field: str) -> str:
    """The decoded value of the first ``field: "..."`` after the line beginning (spaces aside) with ``after``.

    Raises ValueError when the marker or the field is absent."""
    start = re.search(r"^[ \t]*" + re.escape(after), source, re.M)
    if not start:
        raise ValueError(f"marker not found: {after!r}")
    found = re.compile(re.escape(field) + r'\s*:\s*("(?:[^"\\\n]|\\.)*")').search(source, start.end())
    if not found:
        raise ValueError(f"field {field!r} not found after {after!r}")
    return json.loads(found.group(1)).strip() + "\n"


def make(recipe: dict, data: bytes) -> bytes:
    """The file's bytes from its source's bytes by its recipe (``bench.build_jobs`` methods and the two above)."""
    method = recipe["method"]
    if method == "js_string":
        return js_string(data.decode("utf-8"), recipe["after"], recipe["field"]).encode("utf-8")
    if method == "html" and (recipe.get("drop_front_matter") or recipe.get("parts")):
        source = data.decode("utf-8")
        front = _FRONT_MATTER.match(source) if recipe.get("drop_front_matter") else None
        text = html_text(source[front.end():] if front else source, recipe.get("drop"))
        return (cut_text(text, {"parts": recipe["parts"]}) if recipe.get("parts") else text).encode("utf-8")
    return build(recipe, data)


def build_all(mirror: Path, raw: Path, update_sha: bool = False) -> int:
    """Write every fetched/fresh24 file; print ok / DIFFERS / MISSING per job; the number of problems."""
    recipes, problems = load_fresh24_recipes(), 0
    index = json.loads(INDEX.read_text(encoding="utf-8"))
    for entry in index["jobs"]:
        found = read_source(entry, mirror, raw)
        if found is None:
            problems += 1
            print(f"MISSING  {entry['id']}: no snapshot of {entry['source']['repo']}, no saved copy under {raw}")
            continue
        data = make(recipes[entry["id"]], found[0])
        target = JOB_DIR / entry["file"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        digest = hashlib.sha256(data).hexdigest()
        print(f"{'ok' if digest == entry['sha256'] else 'DIFFERS':<8} {entry['id']}: {target.name} "
              f"({len(data)} bytes) from {found[1]}")
        if digest != entry["sha256"]:
            problems += not update_sha
            entry["sha256"] = digest
    if update_sha:
        INDEX.write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return problems


def present() -> list[dict]:
    """The entries whose file is under fetched/ (CI has none)."""
    return [j for j in load_fresh24_jobs() if (JOB_DIR / j["file"]).is_file()]


def _sums(entries: list[dict], limit: int) -> tuple[int, int, int, int]:
    tp = predicted = matched = marked = 0
    for entry in entries:
        have, want, good = score_job(entry, limit)
        tp, predicted, marked = tp + len(good), predicted + len(have), marked + len(want)
        matched += sum(1 for w in want if any(_match(h, w) for h in have))
    return tp, predicted, matched, marked


def fresh24_rows() -> list[tuple[str, float, str, str]]:
    """Bench rows (name, value, unit, target): jobs measured, precision and recall (capped at 12, and
    uncapped), the non-English jobs apart, and precision/recall per field."""
    jobs = present()
    rows = [(f"devsets: job descriptions measured{LABEL} (files present)", float(len(jobs)), "jobs", ">= 18")]
    groups = (("", jobs), (", not English", [j for j in jobs if j.get("language") != "en"]))
    for label, group in groups:
        tp, predicted, matched, marked = _sums(group, 12)
        rows.append((f"devsets: requirements precision{LABEL}{label}", _ratio(tp, predicted), "", ">= 0.85"))
        rows.append((f"devsets: requirements recall{LABEL}{label}", _ratio(matched, marked), "", "(reported)"))
    tp, predicted, matched, marked = _sums(jobs, 100)
    rows.append((f"devsets: requirements precision{LABEL}, uncapped list", _ratio(tp, predicted), "", "(reported)"))
    rows.append((f"devsets: requirements recall{LABEL}, uncapped list", _ratio(matched, marked), "", "(reported)"))
    by_field: dict[str, list[dict]] = defaultdict(list)
    for job in jobs:
        by_field[job["field"]].append(job)
    for field in sorted(by_field):
        tp, predicted, matched, marked = _sums(by_field[field], 12)
        rows.append((f"devsets: requirements precision{LABEL}, {field}", _ratio(tp, predicted), "", "(reported)"))
        rows.append((f"devsets: requirements recall{LABEL}, {field}", _ratio(matched, marked), "", "(reported)"))
    return rows


def detail() -> None:
    """Print, per job present, the app's requirements (in its order, a mark's match flagged) and the marks missed."""
    from bench.bench_devsets import requirements

    for entry in present():
        text = (JOB_DIR / entry["file"]).read_text(encoding="utf-8")
        have, want, good = score_job(entry)
        missed = sorted(w for w in want if not any(_match(h, w) for h in have))
        print(f"== {entry['id']} ({entry['field']}, {entry['language']}, {entry['shape']}): "
              f"{len(good)}/{len(have)} read are marked, {len(want) - len(missed)}/{len(want)} marks found")
        for item in requirements(text):
            print(f"   {'ok ' if any(_match(_req_normal(item), w) for w in want) else 'NOT'} {item}")
        for mark in missed:
            print(f"   MISSED {mark}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", action="store_true", help="make the fetched/fresh24_*.txt files")
    parser.add_argument("--update-sha", action="store_true", help="with --build: record the new sha256 values")
    parser.add_argument("--detail", action="store_true", help="per-job reads and misses")
    parser.add_argument("--mirror", type=Path, default=Path(os.environ.get("DEVSETS_MIRROR") or "/work/.mirror"))
    parser.add_argument("--raw", type=Path, default=JOB_DIR / "fetched" / "raw")
    args = parser.parse_args(argv)
    if args.build:
        return 1 if build_all(args.mirror, args.raw, args.update_sha) else 0
    if args.detail:
        detail()
        return 0
    for name, value, unit, target in fresh24_rows():
        print(f"{name:<75} {value:8.3f} {unit:<5} {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
