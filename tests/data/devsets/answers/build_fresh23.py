"""Build the fresh held-out set of published graded answers (session 23): ``index_fresh23.jsonl`` and
``answers_fresh23.jsonl``.

Usage (needs the sources below; CI never runs this)::

    python tests/data/devsets/answers/build_fresh23.py \
        --careerhub DIR_OF_JSON_COPIES --islapp /path/to/alshcampos-cloud-isl-app.git \
        --dshandbook DIR_OF_JSON_COPIES [--cache PATH]

Two of the three repositories carry no licence, so no question or answer text of theirs is kept in this
repository: each line of ``index_fresh23.jsonl`` holds repository, commit, path, a locator (the character
offsets of the answer in the file at that commit for the source read from a git mirror; for the one read
through the code index's ``read_file`` without a git mirror, the module and the answer's label plus the
``read_file`` file id), the source's own grade, the mapped grade (weak 0 / okay 1 / strong 2), the word
count and the SHA-256 of the answer. ``--cache`` writes those texts to a file outside the repository (read
by ``bench/fresh23_answers.py``: ``INTERVIEW_FRESH23_CACHE`` or
``~/.cache/interview-simulator/devsets/fresh23_texts.jsonl``). The third repository is MIT-licensed, so its
lines, texts included, are kept in ``answers_fresh23.jsonl``.

``--careerhub`` is a directory of local JSON copies, one per course module, each
``{"id", "path", "commit", "read_file_id", "question", "Weak", "Good", "Excellent", "Model answer to
adapt"}`` copied from the code index's ``read_file`` at the commit recorded; ``--dshandbook`` likewise, each
``{"id", "repo", "path", "commit", "read_file_id", "question", "Weak answer", "Strong answer"}`` (a
blockquoted answer's paragraphs joined by blank lines, the ``> `` marks and outer quotation marks dropped).
Sources, grade mappings and caveats are in SOURCES.md, section "Fresh set, session 23".
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
INDEX = HERE / "index_fresh23.jsonl"
ANSWERS = HERE / "answers_fresh23.jsonl"
NO_LICENCE = "none found (no LICENSE file) - index only"

CAREERHUB_REPO = "kushyzee/ai-career-hub"
CAREERHUB_GRADES = {"Weak": 0, "Good": 1, "Excellent": 2, "Model answer to adapt": 2}
CAREERHUB_MAPPING = ("a course module's 'Weak / Good / Excellent Answers' to one interviewer question: Weak -> weak "
                     "(0), Good -> okay (1), Excellent -> strong (2); the module's cheat-sheet 'Model answer to "
                     "adapt' to the same question -> strong (2)")
ISL = ("alshcampos-cloud/isl-app", "10080834aca7f9a5785ac4a2b752653127dadd18", "docs/AI_QUALITY_TEST_RESULTS.md")
ISL_MAPPING = ("the audit's designed test answers: 'Strong Answer' -> strong (2); 'Incomplete STAR (Strong "
               "Situation/Action, Weak Task/Result)' -> okay (1); 'Weak/Vague', 'Off-Topic/Rambling' and "
               "'Blame-Shifting' answers -> weak (0)")
# (id, heading that opens the test, source label, grade, field, question marker, answer marker)
ISL_TESTS = [
    ("gp-t1", "### GP-T1:", "Strong Answer (Well-structured, detailed)", 2, "general", "**Question:**",
     "**Test Answer:** "),
    ("gp-t2", "### GP-T2:", "Weak/Vague Answer", 0, "emergency management", "**Question:**", "**Test Answer:** "),
    ("gp-t3", "### GP-T3:", "Off-Topic/Rambling Answer", 0, "emergency management", "**Question:**",
     "**Test Answer:** "),
    ("gp-t4", "### GP-T4:", "Incomplete STAR (Strong Situation/Action, Weak Task/Result)", 1, "emergency management",
     "**Question:**", "**Test Answer:** "),
    ("gp-t5", "### GP-T5:", "Edge Case — Blame-Shifting / Red Flags", 0, "general", "**Question:**",
     "**Test Answer:** "),
    ("ai-t1", "### AI-T1:", "User Answer (Strong)", 2, "emergency management", "**Opening Question (AI-generated):**",
     "**Turn 1 — User Answer (Strong):**\n"),
    ("ai-t2", "### AI-T2:", "User Answer (Weak/Vague)", 0, "emergency management",
     "**Opening Question (AI-generated):**", "**Turn 1 — User Answer (Weak/Vague):**\n"),
    ("ai-t3", "### AI-T3:", "User Answer (Blame-Shifting)", 0, "emergency management",
     "**Opening Question (AI-generated):**", "**Turn 1 — User Answer (Blame-Shifting):**\n"),
    ("nqp-t1", "### NQP-T1:", "Strong Answer (Detailed clinical narrative with STAR structure)", 2, "nursing",
     "**Question:**", "**Test Answer:** "),
    ("nqp-t2", "### NQP-T2:", "Weak/Vague Answer (Generic, no clinical specifics)", 0, "nursing", "**Question:**",
     "**Test Answer:** "),
    ("nmi-t1", "## Test NMI-T1:", "Test Answer (Strong — detailed, multi-patient narrative with specific clinical "
     "actions)", 2, "nursing", "**Question:**", "**Test Answer (Strong — detailed, multi-patient narrative with "
     "specific clinical actions):**\n> "),
    ("nmi-t2", "## Test NMI-T2:", "Test Answer (Weak — vague generalities, no specifics, no STAR structure)", 0,
     "nursing", "**Question:**", "**Test Answer (Weak — vague generalities, no specifics, no STAR structure):**\n> "),
]
DS_REPO = "kaiyao28/Analytics-Data-Science-Handbook"
DS_LICENCE = "MIT"
DS_LICENCE_FILE = "LICENSE (commit 68fa6a24714c52cb32dd5f7f968a6f8305d15b14)"
DS_GRADES = {"Weak answer": 0, "Strong answer": 2}
DS_MAPPING = ("a 'Weak vs strong answer' section: the weak answer -> weak (0), the strong answer -> strong (2); "
              "there is no middle grade")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def git_show(git_dir: Path, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
                          capture_output=True, text=True, check=True).stdout


def _row(source: str, repo: str, commit: str, path: str, ident: str, qid: str, field: str, label: str, grade: int,
         mapping: str, question: str, answer: str, licence: str = NO_LICENCE, **extra) -> dict:
    return {"id": ident, "source": source, "repo": repo, "commit": commit, "path": path, "licence": licence,
            "redistributable": licence != NO_LICENCE, "field": field, **extra, "question_id": qid,
            "source_grade": label, "grade": grade, "grade_mapping": mapping, "sha256": sha256(answer),
            "words": len(answer.split()), "_question": question, "_answer": answer}


# ---------------------------------------------------------------- read_file copies


def careerhub_items(directory: Path) -> list[dict]:
    """Each module's Weak, Good, Excellent and model answer, in file order (modules sorted by name)."""
    items = []
    for path in sorted(directory.glob("*.json")):
        copy = json.loads(path.read_text(encoding="utf-8"))
        qid = f"careerhub-{copy['id']}"
        for label, grade in CAREERHUB_GRADES.items():
            tag = label.split()[0].lower()
            locator = ("section:cheat-sheet 'Model answer to adapt'" if tag == "model"
                       else f"section:answer-comparison '{label}:'")
            items.append(_row("careerhub", CAREERHUB_REPO, copy["commit"], copy["path"], f"{qid}-{tag}", qid,
                              "ai evaluation", label, grade, CAREERHUB_MAPPING, copy["question"], copy[label],
                              source_field=f"module:{copy['id']}", read_file_id=copy["read_file_id"],
                              locator=locator))
    return items


def dshandbook_items(directory: Path) -> list[dict]:
    """Each 'Weak vs strong answer' pair, with its text (MIT licence)."""
    items = []
    for path in sorted(directory.glob("*.json")):
        copy = json.loads(path.read_text(encoding="utf-8"))
        qid = f"dshandbook-{copy['id']}"
        for label, grade in DS_GRADES.items():
            tag = label.split()[0].lower()
            items.append(_row("dshandbook", DS_REPO, copy["commit"], copy["path"], f"{qid}-{tag}", qid, "data",
                              label, grade, DS_MAPPING, copy["question"], copy[label], licence=DS_LICENCE,
                              licence_file=DS_LICENCE_FILE, source_field="analytics data science",
                              read_file_id=copy["read_file_id"]))
    return items


# ---------------------------------------------------------------- git mirror


def _quoted_question(raw: str, marker: str, start: int) -> str:
    """The first double-quoted text after ``marker`` (at or after ``start``)."""
    at = raw.index(marker, start)
    return re.compile(r'"([^"\n]+)"').search(raw, at).group(1)


def isl_items(git_dir: Path) -> list[dict]:
    """The twelve graded first answers of the quality audit's test cases (one line each in the file)."""
    repo, commit, path = ISL
    raw = git_show(git_dir, commit, path)
    items = []
    questions: dict[str, str] = {}
    for ident, heading, label, grade, field, q_marker, a_marker in ISL_TESTS:
        start = raw.index(heading)
        question = _quoted_question(raw, q_marker, start)
        qid = questions.setdefault(question, f"islapp-{ident}")
        begin = raw.index(a_marker, start) + len(a_marker)
        end = raw.index("\n", begin)
        items.append(_row("islapp", repo, commit, path, f"islapp-{ident}", qid, field, label, grade, ISL_MAPPING,
                          question, raw[begin:end], source_field=ident.upper(), offsets=[begin, end]))
    return items


# ---------------------------------------------------------------- writing


def _write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def check_offsets(items: list[dict], raws: dict[tuple[str, str], str]) -> None:
    """Every offset locator must cut out exactly the indexed text."""
    for item in items:
        if "offsets" in item:
            begin, end = item["offsets"]
            assert raws[(item["repo"], item["path"])][begin:end] == item["_answer"], item["id"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--careerhub", type=Path, required=True, help="directory of local JSON copies")
    parser.add_argument("--islapp", type=Path, required=True, help="git dir of alshcampos-cloud/isl-app")
    parser.add_argument("--dshandbook", type=Path, required=True, help="directory of local JSON copies")
    parser.add_argument("--cache", type=Path, help="also write the index-only texts here (outside the repository)")
    args = parser.parse_args()
    indexed = careerhub_items(args.careerhub) + isl_items(args.islapp)
    kept = dshandbook_items(args.dshandbook)
    check_offsets(indexed, {(ISL[0], ISL[2]): git_show(args.islapp, ISL[1], ISL[2])})
    assert len({i["id"] for i in indexed + kept}) == len(indexed + kept)
    _write(INDEX, [{k: v for k, v in i.items() if not k.startswith("_")} for i in indexed])
    _write(ANSWERS, [{**{k: v for k, v in i.items() if not k.startswith("_")}, "question": i["_question"],
                      "answer": i["_answer"]} for i in kept])
    if args.cache:
        _write(args.cache, [{"id": i["id"], "question": i["_question"], "answer": i["_answer"]} for i in indexed])
    print(f"{len(indexed)} items written to {INDEX.name}, {len(kept)} to {ANSWERS.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
