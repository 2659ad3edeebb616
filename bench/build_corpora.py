"""Rebuild every dev corpus's fetched files in one command, on a fresh machine.

The files under ``tests/data/devsets/{cvs,jobs}/fetched/`` are not committed (the fetch tool's terms); this runs the
three builders in turn, each from the fetch snapshots under the mirror root and the saved ``read_file`` copies under
``fetched/raw/``, and each checking every file against the sha256 its index records:

- ``bench.build_cvs`` (the CV indexes ``cvs/expected*.json``),
- ``bench.build_jobs`` (the job dev set, ``jobs/expected.json`` and ``recipes.json``),
- ``bench.fresh_jobs --set <N> --build`` for every fresh job set.

The answer sets need no ``fetched/`` files: their in-repository items are in ``answers/*.jsonl``, and the index-only
texts go to caches outside the repository (``~/.cache/interview-simulator/devsets/*_texts.jsonl``), which
``tests/data/devsets/answers/build_*.py`` write. ``--answers`` writes the texts those builders take from git snapshots
(every source of ``index.jsonl``; of the fresh sets 21, 22 and 23 the git sources: the rest come from hand-made
``read_file`` copies, see answers/SOURCES.md), merged by id into each cache and never touching the indexes; a bench
scores an index-only item only when its cached text has the indexed sha256.

    python -m bench.build_corpora --repos   # the repositories to bring first: one ``github:owner/name`` a line
    python -m bench.build_corpora --answers # the answer sets' text caches from their git snapshots
    DEVSETS_FILES=/work/main/tests/data/devsets python -m bench.build_corpora   # build all, report, exit 1 on a problem

A repository without a snapshot (none to be had, or over the fetch size limit) is listed with the ids it serves and
whether their saved copy ``fetched/raw/<id><suffix of path>`` exists; SOURCES.md says how such a copy was made.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import sys
from pathlib import Path

from bench import build_cvs, build_jobs, fresh_jobs
from bench.bench_devsets import CV_DIR, INDEX_DIR, JOB_DIR

ANSWERS = INDEX_DIR / "answers"
CACHE_DIR = Path.home() / ".cache" / "interview-simulator" / "devsets"
# index file -> (cache file, builder module, [(git function, repository, extra arguments)]); the cache names are the
# benches' defaults (bench_scorer, fresh21_answers, fresh22_answers, fresh23_answers)
ANSWER_SETS = {
    "index.jsonl": ("answers_texts.jsonl", "build_devset", [
        ("neural_items", "varenyam7429/neural", ()), ("ddia_items", "ai-tools-all/ddia-quiz-bot", ()),
        ("oyeadi_items", "oyeAdi/ai-interview-platform", ()), ("zochlan_items", "zochlan/AI-Job-Interview-Coach", ())]),
    "index_fresh21.jsonl": ("fresh21_texts.jsonl", "build_fresh21", [
        ("karkas_items", "ZhannaM85/interview-trainer-angular-app", ()),
        ("karkas_items", "ZhannaM85/interview-trainer-angular-app", ("ru",)),
        ("linkedin_items", "PatriciaUnger/linkedin-smart-interview-prep", ())]),
    "index_fresh22.jsonl": ("fresh22_texts.jsonl", "build_fresh22", [
        ("intervue_items", "rehan280/IntervueAi", ()), ("crackit_items", "Sujan-49/CrackIT", ())]),
    "index_fresh23.jsonl": ("fresh23_texts.jsonl", "build_fresh23", [("isl_items", "alshcampos-cloud/isl-app", ())]),
}


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


def _builder(name: str):
    spec = importlib.util.spec_from_file_location(f"answers_{name}", ANSWERS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def merge_cache(path: Path, rows: list[dict]) -> None:
    """Write ``rows`` ({"id", "question", "answer"}) into the JSONL cache at ``path``, replacing lines of the same id and
    keeping the others (texts another builder or a read_file copy gave)."""
    kept = {}
    if path.is_file():
        kept = {row["id"]: row for row in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if row}
    kept.update({row["id"]: row for row in rows})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in kept.values()), encoding="utf-8")


def build_answer_caches(mirror: Path, cache_dir: Path) -> int:
    """Write each answer set's cache from the git sources it has; print per set how many indexed items have their text;
    the number of git sources without a snapshot."""
    problems = 0
    for index_name, (cache_name, module_name, gits) in ANSWER_SETS.items():
        module, rows = _builder(module_name), []
        for function, repo, extra in gits:
            gitdir = build_cvs.git_dir(mirror, repo)
            if gitdir is None:
                problems += 1
                print(f"MISSING  {index_name}: no snapshot of {repo} under {mirror}")
                continue
            for item in getattr(module, function)(gitdir, *extra):
                rows.append({"id": item["id"], "question": item["_question"], "answer": item.get("_answer", item.get("_text"))})
        merge_cache(cache_dir / cache_name, rows)
        cached = {row["id"]: row["answer"] for row in map(json.loads, (cache_dir / cache_name).read_text(encoding="utf-8").splitlines())}
        index = [json.loads(line) for line in (ANSWERS / index_name).read_text(encoding="utf-8").splitlines() if line]
        have = sum(1 for e in index if e["id"] in cached and hashlib.sha256(cached[e["id"]].encode("utf-8")).hexdigest() == e["sha256"])
        print(f"{index_name}: {have} of {len(index)} index-only items have their text in {cache_dir / cache_name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mirror", type=Path, default=Path(os.environ.get("DEVSETS_MIRROR") or "/work/.mirror"))
    parser.add_argument("--repos", action="store_true", help="only list the repositories without a snapshot")
    parser.add_argument("--answers", action="store_true", help="only write the answer sets' text caches from git snapshots")
    parser.add_argument("--cache-dir", type=Path, default=CACHE_DIR, help="where the answer caches go (with --answers)")
    args = parser.parse_args(argv)
    if args.answers:
        return 1 if build_answer_caches(args.mirror, args.cache_dir) else 0
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
