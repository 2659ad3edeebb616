"""Rebuild the index-only part of the published-answers dev set from a local git mirror.

Usage (needs a clone of varenyam7429/neural; CI never runs this)::

    python tests/data/devsets/answers/build_devset.py --neural /path/to/neural/.git [--cache PATH]

It writes ``index.jsonl`` next to this file: one line per graded answer with repository, commit,
path, character offsets of the question's and the answer's JSON string literals in that file, the source's own grade,
the mapped grade, the answer's word count and the SHA-256 of its text, but neither text (the repository carries no
licence, so its texts are not redistributed here). With ``--cache`` it also writes the texts to a
local file outside the repository, which ``bench/bench_scorer.py`` reads when
``INTERVIEW_DEVSET_CACHE`` points at it, so the index-only items can be scored on a machine that
has the mirror.

The MIT-licensed items live in ``answers.jsonl`` with their texts and need no rebuilding.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import subprocess
from pathlib import Path

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
NEURAL_REPO = "varenyam7429/neural"
NEURAL_COMMIT = "d4746949d0d48c64e8c713f51a68ae836434924e"
NEURAL_FILES = {  # file stem -> field
    "structuredHRQuestions": "general",
    "structuredDAQuestions": "data",
    "structuredPMQuestions": "product",
    "structuredSWEQuestions": "software",
}
NEURAL_GRADES = {"average_answer": ("average_answer", 1), "strong_answer": ("strong_answer", 2)}
MAPPING = "average_answer -> okay (1), strong_answer -> strong (2): the file labels each example by those keys"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _literal_span(raw: str, text: str, start_at: int) -> tuple[int, int]:
    """Character offsets of the JSON string literal (between its quotes) holding ``text``."""
    literal = json.dumps(text, ensure_ascii=False)[1:-1]
    begin = raw.index(literal, start_at)
    return begin, begin + len(literal)


def neural_items(git_dir: Path, commit: str = NEURAL_COMMIT) -> list[dict]:
    """Every graded answer in the four structured question files, in file order."""
    items: list[dict] = []
    for stem, field in NEURAL_FILES.items():
        path = f"backend/src/data/{stem}.js"
        raw = subprocess.run(
            ["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
            capture_output=True, text=True, check=True,
        ).stdout
        questions = json.loads(raw[raw.index("["): raw.rindex("]") + 1])
        cursor = 0
        for q in questions:
            for key, (label, grade) in NEURAL_GRADES.items():
                text = q[key]
                begin, end = _literal_span(raw, text, cursor)
                cursor = end
                items.append({
                    "id": f"neural-{q['id']}-{label}",
                    "source": "neural",
                    "repo": NEURAL_REPO,
                    "commit": commit,
                    "path": path,
                    "licence": "none found (no LICENSE file; package.json says ISC for the package only) - index only",
                    "redistributable": False,
                    "field": field,
                    "question_id": f"neural-{q['id']}",
                    "question_offsets": list(_literal_span(raw, q["question"], 0)),
                    "source_grade": label,
                    "grade": grade,
                    "grade_mapping": MAPPING,
                    "offsets": [begin, end],
                    "sha256": sha256(text),
                    "words": len(text.split()),
                    "_text": text,
                    "_question": q["question"],
                })
    return items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--neural", type=Path, required=True, help="git dir of a varenyam7429/neural mirror")
    parser.add_argument("--cache", type=Path, help="also write the texts here (outside the repository)")
    args = parser.parse_args()
    items = neural_items(args.neural)
    with (HERE / "index.jsonl").open("w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps({k: v for k, v in item.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    if args.cache:
        args.cache.parent.mkdir(parents=True, exist_ok=True)
        with args.cache.open("w", encoding="utf-8") as out:
            for item in items:
                out.write(json.dumps({"id": item["id"], "question": item["_question"], "answer": item["_text"]}, ensure_ascii=False) + "\n")
    print(f"{len(items)} index-only items written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
