"""Rebuild every dev corpus's fetched files in one command, on a fresh machine.

The files under ``tests/data/devsets/{cvs,jobs}/fetched/`` are not committed (the fetch tool's terms); this runs the
three builders in turn, each from the fetch snapshots under the mirror root and the saved ``read_file`` copies under
``fetched/raw/``, and each checking every file against the sha256 its index records:

- ``bench.build_cvs`` (the CV indexes ``cvs/expected*.json``),
- ``bench.build_jobs`` (the job dev set, ``jobs/expected.json`` and ``recipes.json``),
- ``bench.fresh_jobs --set <N> --build`` for every fresh job set.

The answer sets need no ``fetched/`` files: their in-repository items are in ``answers/*.jsonl``, and the index-only
texts go to a cache outside the repository, written by ``tests/data/devsets/answers/build_*.py``.

    python -m bench.build_corpora --repos   # the repositories to bring first: one ``github:owner/name`` a line
    DEVSETS_FILES=/work/main/tests/data/devsets python -m bench.build_corpora   # build all, report, exit 1 on a problem

A repository without a snapshot (none to be had, or over the fetch size limit) is listed with the ids it serves and
whether their saved copy ``fetched/raw/<id><suffix of path>`` exists; SOURCES.md says how such a copy was made.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from bench import build_cvs, build_jobs, fresh_jobs
from bench.bench_devsets import CV_DIR, JOB_DIR


def sources(cv_index: Path | None = None) -> list[tuple[dict, Path]]:
    """(entry, folder of its saved copies) for every file of every corpus: CVs, dev jobs, fresh job sets."""
    cvs = build_cvs.load_index(cv_index or build_cvs.CV_INDEX)
    jobs = json.loads(build_jobs.EXPECTED.read_text(encoding="utf-8"))["jobs"] + [entry for name in fresh_jobs.SETS for entry in fresh_jobs.load_jobs(name)]
    return [(e, CV_DIR / "fetched" / "raw") for e in cvs] + [(e, JOB_DIR / "fetched" / "raw") for e in jobs]


def unfetched(entries: list[tuple[dict, Path]], mirror: Path) -> dict[str, list[tuple[str, bool]]]:
    """Repository (``owner/name``) -> [(entry id, saved copy present)] for every repository without a snapshot."""
    missing: dict[str, list[tuple[str, bool]]] = {}
    for entry, raw in entries:
        repo = entry["source"]["repo"]
        if build_cvs.git_dir(mirror, repo) is None:
            copy = raw / (entry["id"] + Path(entry["source"]["path"]).suffix)
            missing.setdefault(repo, []).append((entry["id"], copy.is_file()))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mirror", type=Path, default=Path(os.environ.get("DEVSETS_MIRROR") or "/work/.mirror"))
    parser.add_argument("--repos", action="store_true", help="only list the repositories without a snapshot")
    args = parser.parse_args(argv)
    missing = unfetched(sources(), args.mirror)
    if args.repos:
        for repo in sorted(missing, key=str.lower):
            print(f"github:{repo}")
        return 0
    failed = []
    for name, run in (("cvs", lambda: build_cvs.main(["--mirror", str(args.mirror)])),
                      ("jobs", lambda: build_jobs.main(["--mirror", str(args.mirror)])),
                      *((f"fresh jobs {n}", lambda n=n: fresh_jobs.main(["--set", n, "--build", "--mirror", str(args.mirror)]))
                        for n in fresh_jobs.SETS)):
        print(f"== {name}")
        if run():
            failed.append(name)
    for repo, ids in sorted(missing.items(), key=lambda item: item[0].lower()):
        without = [i for i, saved in ids if not saved]
        print(f"no snapshot of {repo}: " + (f"no saved copy for {', '.join(without)}" if without else "saved copies used"))
    print("all corpora built, every file as recorded" if not failed else f"problems in: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
