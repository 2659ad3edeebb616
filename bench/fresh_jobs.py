"""The fresh job-description sets (``tests/data/devsets/jobs/expected_fresh<set>.json``), one loader for all: set 24
(held out in session 24, a dev set from session 25), set 25 (held out in session 25), set 27 (a dev set of session
27: 20 ads in the fields the reader was weakest in, marked before it ran on them) and set 28 (a dev set of session 28: 20
ads in 14 fields, 10 not in English, marked before the reader ran on them).

Each set is public job ads from GitHub repositories no other corpus uses, hand-marked by the dev set's written
rule and committed before the app's reader ever ran on them (issue 15 point 2): set 24 (19 ads, fourteen fields,
English, German, French, Spanish), set 25 (18 ads, fifteen fields, English, German, Dutch, Italian, Spanish,
French). The files live under ``jobs/fetched/fresh<set>_<id>.txt`` and are not committed, like the dev set's;
``recipes_fresh<set>.json`` records how each is made from its source file:

- the methods of ``bench.build_jobs`` (``whole``, ``cut``, ``html``), where ``html`` may first drop a
  YAML front matter (``"drop_front_matter": true``) and may then keep only ``"parts"`` of the page's
  text (start/end line markers, as ``cut`` reads them);
- ``js_string``: the value of the first ``<field>: "..."`` string literal after the line that starts
  with ``after`` (a job-board API export kept as TypeScript data), its escapes decoded.

    python -m bench.fresh_jobs --set 25 --build    # make fetched/fresh25_*.txt from /work/.mirror or fetched/raw/
    python -m bench.fresh_jobs --set 25 --detail   # per job: what the app read that is not marked, what it missed
    python -m bench.fresh_jobs --set 25            # the figures (the devsets bench prints the same rows)

Measures are the dev set's (``bench.bench_devsets.score_job``): precision of the app's list (its default, as the
interview uses it: ``bench.bench_devsets.APP_LIMIT``) against the marks, recall of the marks. Rows end in ``, fresh jobs <set>``.
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

from bench.bench_devsets import APP_LIMIT, INDEX_DIR, JOB_DIR, _match, _ratio, _req_normal, score_job
from bench.build_jobs import _FRONT_MATTER, build, cut_text, html_text, read_source

SETS = ("24", "25", "27", "28")  # every fresh job set, oldest first (24: a dev set from session 25; 27, 28: dev sets)


def index_path(name: str) -> Path:
    """``jobs/expected_fresh<name>.json``; ``name`` is a set of ``SETS`` ("24", "25")."""
    return INDEX_DIR / "jobs" / f"expected_fresh{name}.json"


def recipes_path(name: str) -> Path:
    """``jobs/recipes_fresh<name>.json``."""
    return INDEX_DIR / "jobs" / f"recipes_fresh{name}.json"


def label(name: str) -> str:
    """The suffix of the set's bench rows, e.g. ``", fresh jobs 25"``."""
    return f", fresh jobs {name}"


def load_jobs(name: str) -> list[dict]:
    """The set's entries (id, field, language, shape, file, sha256, source, requirements); [] without the index."""
    if not index_path(name).is_file():
        return []
    return json.loads(index_path(name).read_text(encoding="utf-8"))["jobs"]


def load_recipes(name: str) -> dict[str, dict]:
    """Job id -> recipe (see the module docstring)."""
    return json.loads(recipes_path(name).read_text(encoding="utf-8"))["jobs"]


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


def build_all(name: str, mirror: Path, raw: Path, update_sha: bool = False) -> int:
    """Write every file of set ``name``; print ok / DIFFERS / MISSING per job; the number of problems."""
    recipes, problems = load_recipes(name), 0
    index = json.loads(index_path(name).read_text(encoding="utf-8"))
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
        index_path(name).write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return problems


def present(name: str) -> list[dict]:
    """The entries of set ``name`` whose file is under fetched/ (CI has none)."""
    return [j for j in load_jobs(name) if (JOB_DIR / j["file"]).is_file()]


def _sums(entries: list[dict], limit: int | None) -> tuple[int, int, int, int]:
    tp = predicted = matched = marked = 0
    for entry in entries:
        have, want, good = score_job(entry, limit)
        tp, predicted, marked = tp + len(good), predicted + len(have), marked + len(want)
        matched += sum(1 for w in want if any(_match(h, w) for h in have))
    return tp, predicted, matched, marked


def rows(name: str) -> list[tuple[str, float, str, str]]:
    """Bench rows (name, value, unit, target) of set ``name``: jobs measured, precision and recall (the app's
    default list, and uncapped), the non-English jobs apart, and precision/recall per field and per language."""
    jobs, suffix = present(name), label(name)
    out = [(f"devsets: job descriptions measured{suffix} (files present)", float(len(jobs)), "jobs", ">= 18")]
    groups = (("", jobs), (", not English", [j for j in jobs if j.get("language") != "en"]))
    for part, group in groups:
        tp, predicted, matched, marked = _sums(group, APP_LIMIT)
        out.append((f"devsets: requirements precision{suffix}{part}", _ratio(tp, predicted), "", ">= 0.85"))
        out.append((f"devsets: requirements recall{suffix}{part}", _ratio(matched, marked), "", "(reported)"))
    tp, predicted, matched, marked = _sums(jobs, 100)
    out.append((f"devsets: requirements precision{suffix}, uncapped list", _ratio(tp, predicted), "", "(reported)"))
    out.append((f"devsets: requirements recall{suffix}, uncapped list", _ratio(matched, marked), "", "(reported)"))
    for key, prefix in (("field", ""), ("language", "language ")):
        by: dict[str, list[dict]] = defaultdict(list)
        for job in jobs:
            by[job[key]].append(job)
        for value in sorted(by):
            tp, predicted, matched, marked = _sums(by[value], APP_LIMIT)
            out.append((f"devsets: requirements precision{suffix}, {prefix}{value}", _ratio(tp, predicted), "",
                        "(reported)"))
            out.append((f"devsets: requirements recall{suffix}, {prefix}{value}", _ratio(matched, marked), "",
                        "(reported)"))
    return out


def detail(name: str) -> None:
    """Print, per job of set ``name`` present, the app's requirements (in its order, a mark's match flagged) and
    the marks missed."""
    from bench.bench_devsets import requirements

    for entry in present(name):
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
    parser.add_argument("--set", choices=SETS, default=SETS[-1], help="which fresh set (default: the newest)")
    parser.add_argument("--build", action="store_true", help="make the set's fetched/fresh<set>_*.txt files")
    parser.add_argument("--update-sha", action="store_true", help="with --build: record the new sha256 values")
    parser.add_argument("--detail", action="store_true", help="per-job reads and misses")
    parser.add_argument("--mirror", type=Path, default=Path(os.environ.get("DEVSETS_MIRROR") or "/work/.mirror"))
    parser.add_argument("--raw", type=Path, default=JOB_DIR / "fetched" / "raw")
    args = parser.parse_args(argv)
    if args.build:
        return 1 if build_all(args.set, args.mirror, args.raw, args.update_sha) else 0
    if args.detail:
        detail(args.set)
        return 0
    for row, value, unit, target in rows(args.set):
        print(f"{row:<75} {value:8.3f} {unit:<5} {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
