"""Build the fresh held-out set of published graded answers (session 22): ``index_fresh22.jsonl``.

Usage (needs the sources below; CI never runs this)::

    python tests/data/devsets/answers/build_fresh22.py \
        --guesstimates DIR_OF_JSON_COPIES \
        --intervue /path/to/rehan280-IntervueAi.git --crackit /path/to/Sujan-49-CrackIT.git [--cache PATH]

None of the three repositories carries a licence, so no question or answer text is kept in this
repository: each line of ``index_fresh22.jsonl`` holds repository, commit, path, a locator (the
character offsets of the answer's string literal in the file at that commit for the two sources read
from git mirrors; for the one read through the code index's ``read_file`` without a git mirror, the
probe's position and key plus the ``read_file`` file id), the source's own grade, the mapped grade
(weak 0 / okay 1 / strong 2), the word count and the SHA-256 of the answer. ``--cache`` writes the texts
to a file outside the repository (default read by ``bench/fresh22_answers.py``: ``INTERVIEW_FRESH22_CACHE``
or ``~/.cache/interview-simulator/devsets/fresh22_texts.jsonl``); an item is scored only when its text
there has the indexed SHA-256.

``--guesstimates`` is a directory of local JSON copies, one per guesstimate file, each
``{"path", "commit", "read_file_id", "id", "probes": [{"question", "goodAnswer", "weakAnswer"}]}``: the
``probes`` array of the file, copied from the code index's ``read_file`` at the commit recorded. Sources,
grade mappings and caveats are in SOURCES.md, section "Fresh set, session 22".
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
INDEX = HERE / "index_fresh22.jsonl"
NO_LICENCE = "none found (no LICENSE file) - index only"

GUESS_REPO = "swapnilsahoo/swapnilsahoo-next"
GUESS_MAPPING = ("a guesstimate's interviewer probe: goodAnswer (the answer the page shows as good) -> strong (2); "
                 "weakAnswer (the answer it shows as weak, sometimes followed by the author's note on why) -> weak (0); "
                 "there is no middle grade")
INTERVUE = ("rehan280/IntervueAi", "4ba6f99a184fbbf05ce43e39cceb5d753725abd8", "src/pages/InterviewPractice.tsx")
INTERVUE_GRADES = {"poor": 0, "average": 1, "excellent": 2}
INTERVUE_MAPPING = ("exampleAnswers[question].poor -> weak (0), .average -> okay (1), .excellent -> strong (2): "
                    "the app's 'Example answers for test mode', in its own three tiers")
CRACKIT = ("Sujan-49/CrackIT", "bdc239b554efc53c4bb40efce3f381113c878c87", "src/App.jsx")
CRACKIT_GRADES = {"bad": 0, "average": 1, "excellent": 2}
CRACKIT_MAPPING = ("answerRatings[i].bad -> weak (0), .average -> okay (1), .excellent -> strong (2): the "
                   "'Answer Rating System' panel's three ratings")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def git_show(git_dir: Path, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
                          capture_output=True, text=True, check=True).stdout


def _row(source: str, repo: str, commit: str, path: str, ident: str, qid: str, field: str, label: str, grade: int,
         mapping: str, question: str, answer: str, **extra) -> dict:
    return {"id": ident, "source": source, "repo": repo, "commit": commit, "path": path, "licence": NO_LICENCE,
            "redistributable": False, "field": field, **extra, "question_id": qid, "source_grade": label,
            "grade": grade, "grade_mapping": mapping, "sha256": sha256(answer), "words": len(answer.split()),
            "_question": question, "_answer": answer}


# ---------------------------------------------------------------- read_file copies


def guesstimate_items(directory: Path) -> list[dict]:
    """Each probe's good and weak answer, in file order (files sorted by name)."""
    items = []
    for path in sorted(directory.glob("*.json")):
        copy = json.loads(path.read_text(encoding="utf-8"))
        for n, probe in enumerate(copy["probes"], 1):
            qid = f"guess-{copy['id']}-{n}"
            for key, grade, tag in (("goodAnswer", 2, "good"), ("weakAnswer", 0, "weak")):
                items.append(_row("guesstimates", GUESS_REPO, copy["commit"], copy["path"], f"{qid}-{tag}", qid,
                                  "consulting", key, grade, GUESS_MAPPING, probe["question"], probe[key],
                                  source_field=f"guesstimate:{copy['id']}", read_file_id=copy["read_file_id"],
                                  locator=f"probes[{n - 1}].{key}"))
    return items


# ---------------------------------------------------------------- git mirrors

_LITERAL = r'"((?:[^"\\]|\\.)*)"'


def _literal_items(raw: str, pattern: str, grades: dict[str, int], start: int, end: int
                   ) -> list[tuple[str, list[tuple[str, int, int, str]]]]:
    """(question, [(key, begin, end, text)]) for each block of ``raw[start:end]`` matched by ``pattern``
    (whose first group is the question's string literal)."""
    out = []
    for block in re.compile(pattern, re.S).finditer(raw, start, end):
        question = json.loads(f'"{block.group(1)}"')
        answers = []
        for key in grades:
            m = re.compile(rf"\b{key}: {_LITERAL}").search(raw, block.start(), block.end())
            answers.append((key, m.start(1), m.end(1), json.loads(f'"{m.group(1)}"')))
        out.append((question, answers))
    return out


def intervue_items(git_dir: Path) -> list[dict]:
    """The ten questions' poor / average / excellent example answers."""
    repo, commit, path = INTERVUE
    raw = git_show(git_dir, commit, path)
    start = raw.index("const exampleAnswers = {")
    end = raw.index("};", start)
    items = []
    blocks = _literal_items(raw, rf"{_LITERAL}: \{{\s*poor:.*?\}}", INTERVUE_GRADES, start, end)
    for n, (question, answers) in enumerate(blocks, 1):
        for key, begin, stop, text in answers:
            items.append(_row("intervue", repo, commit, path, f"intervue-{n:02d}-{key}", f"intervue-{n:02d}",
                              "general", key, INTERVUE_GRADES[key], INTERVUE_MAPPING, question, text,
                              source_field="behavioural (software-developer persona)", offsets=[begin, stop]))
    return items


def crackit_items(git_dir: Path) -> list[dict]:
    """The two rated questions' bad / average / excellent answers."""
    repo, commit, path = CRACKIT
    raw = git_show(git_dir, commit, path)
    start = raw.index("const answerRatings = [")
    end = raw.index("];", start)
    blocks = _literal_items(raw, rf"question: {_LITERAL},\s*bad:.*?\}}", CRACKIT_GRADES, start, end)
    items = []
    for n, (question, answers) in enumerate(blocks, 1):
        for key, begin, stop, text in answers:
            items.append(_row("crackit", repo, commit, path, f"crackit-{n:02d}-{key}", f"crackit-{n:02d}", "general",
                              key, CRACKIT_GRADES[key], CRACKIT_MAPPING, question, text,
                              source_field="HR (fresher, placement)", offsets=[begin, stop]))
    return items


# ---------------------------------------------------------------- writing


def _write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def check_offsets(items: list[dict], raws: dict[tuple[str, str], str]) -> None:
    """Every offset locator must cut out exactly the literal whose decoded text was indexed."""
    for item in items:
        if "offsets" in item:
            begin, end = item["offsets"]
            literal = raws[(item["repo"], item["path"])][begin:end]
            assert json.loads(f'"{literal}"') == item["_answer"], item["id"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--guesstimates", type=Path, required=True, help="directory of local JSON copies")
    parser.add_argument("--intervue", type=Path, required=True, help="git dir of rehan280/IntervueAi")
    parser.add_argument("--crackit", type=Path, required=True, help="git dir of Sujan-49/CrackIT")
    parser.add_argument("--cache", type=Path, help="also write the texts here (outside the repository)")
    args = parser.parse_args()
    items = guesstimate_items(args.guesstimates) + intervue_items(args.intervue) + crackit_items(args.crackit)
    raws = {(INTERVUE[0], INTERVUE[2]): git_show(args.intervue, INTERVUE[1], INTERVUE[2]),
            (CRACKIT[0], CRACKIT[2]): git_show(args.crackit, CRACKIT[1], CRACKIT[2])}
    check_offsets(items, raws)
    assert len({i["id"] for i in items}) == len(items)
    _write(INDEX, [{k: v for k, v in i.items() if not k.startswith("_")} for i in items])
    if args.cache:
        _write(args.cache, [{"id": i["id"], "question": i["_question"], "answer": i["_answer"]} for i in items])
    print(f"{len(items)} items written to {INDEX.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
