"""Build the fresh held-out set of published graded answers (session 21): ``index_fresh21.jsonl``.

Usage (needs the sources below; CI never runs this)::

    python tests/data/devsets/answers/build_fresh21.py \
        --karkas /path/to/interview-trainer-angular-app.git \
        --linkedin /path/to/linkedin-smart-interview-prep.git \
        --intrvue intrvue_mmi_cases.json --applicant applicant_golden_cases.json \
        --coach coach_eval_cases.json [--cache PATH]

None of the five repositories carries a licence, so no question or answer text is kept in this
repository: each line of ``index_fresh21.jsonl`` holds repository, commit, path, a locator (the
character offsets of the answer's string literal in the file at that commit, or, for the three
sources read through the code index's ``read_file`` without a git mirror, the record's id and key),
the source's own grade, the mapped grade (weak 0 / okay 1 / strong 2), the word count and the
SHA-256 of the answer. ``--cache`` writes the texts (merged by id) to a file outside the repository
(default read by ``bench/fresh21_answers.py``: ``INTERVIEW_FRESH21_CACHE`` or
``~/.cache/interview-simulator/devsets/fresh21_texts.jsonl``); an item is scored only when its text
there has the indexed SHA-256.

The ``--intrvue``/``--applicant``/``--coach`` inputs are local JSON copies of the graded records of
those files (one object per record, the fields named in the source file), taken from the code
index's ``read_file`` at the commits recorded below. Sources, grade mappings and caveats are in
SOURCES.md, section "Fresh set, session 21".
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
INDEX = HERE / "index_fresh21.jsonl"
NO_LICENCE = "none found (no LICENSE file) - index only"

KARKAS = ("ZhannaM85/interview-trainer-angular-app", "307bbda0207e1c56ea4523578774b163772ba481",
          "src/assets/data/questions-bilingual.json")
KARKAS_GRADES = {"weakAnswer": 0, "technicalAnswer": 1, "interviewAnswer": 2}
KARKAS_MAPPING = ("weakAnswer (shown as 'Weak answer') -> weak (0); technicalAnswer ('Technical answer', correct but "
                  "terse) -> okay (1); interviewAnswer ('Interview answer', the app's highlighted model) -> strong (2): "
                  "the app's three 'layered model answers' in their own order")
LINKEDIN = ("PatriciaUnger/linkedin-smart-interview-prep", "58e1518a6a3c7362a12663886fa6c42c3832bda7", "eval_testset.py")
LINKEDIN_GRADES = {"weak": 0, "medium": 1, "strong": 2}
LINKEDIN_MAPPING = "expected_quality_tier weak -> weak (0), medium -> okay (1), strong -> strong (2)"
INTRVUE = ("IntrvueAI/my-web-launchpad", "c3682dc29e13519db54326dc085cd1b079c4fb54", "src/data/medicine-mmi-examples.ts",
           "71495666697")
INTRVUE_MAPPING = ("answer (the station's worked answer, with 'why' it works) -> strong (2); weakAnswer (the station's "
                   "weak answer, with an 'upgrade' note) -> weak (0); there is no middle grade")
APPLICANT = ("pranjalgupta1130/Applicant-Selector", "7152344eca1852171841be1936d1f2f4da151f59",
             "data/golden_answers.json", "70543461838")
COACH = ("YoshitaRamireddygari/AI-Interview-Answer-Coach", "7ccafc36669643f80fc57d89424a831c9a28ce7f",
         "backend/app/eval/dataset.py", "70261738075")
BAND_MAPPING = ("the source's expected score band [low, high] on 0-100, by its midpoint: >= 75 -> strong (2), "
                "40 to < 75 -> okay (1), < 40 -> weak (0)")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def band_grade(low: float, high: float) -> int:
    """Grade of an expected score band (0-100) by its midpoint; see BAND_MAPPING."""
    mid = (low + high) / 2
    return 2 if mid >= 75 else 1 if mid >= 40 else 0


def git_show(git_dir: Path, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
                          capture_output=True, text=True, check=True).stdout


def _row(source: str, spec: tuple, ident: str, qid: str, field: str, label: str, grade: int, mapping: str,
         question: str, answer: str, **extra) -> dict:
    repo, commit, path = spec[:3]
    row = {"id": ident, "source": source, "repo": repo, "commit": commit, "path": path, "licence": NO_LICENCE,
           "redistributable": False, "field": field, **extra, "question_id": qid, "source_grade": label,
           "grade": grade, "grade_mapping": mapping, "sha256": sha256(answer), "words": len(answer.split()),
           "_question": question, "_answer": answer}
    if len(spec) > 3:
        row["read_file_id"] = spec[3]
    return row


# ---------------------------------------------------------------- git mirrors


def karkas_items(git_dir: Path, lang: str = "en") -> list[dict]:
    """The three graded answers to each of the 120 questions, in file order (``lang`` 'en' or 'ru')."""
    repo, commit, path = KARKAS
    raw = git_show(git_dir, commit, path)
    items = []
    cursor = 0
    for q in json.loads(raw):
        text = q["text"][lang]
        for key, grade in KARKAS_GRADES.items():
            literal = json.dumps(text[key], ensure_ascii=False)[1:-1]
            begin = raw.index(f'"{key}": "{literal}"', cursor) + len(key) + 5
            cursor = begin + len(literal)
            suffix = "" if lang == "en" else f"-{lang}"
            items.append(_row(f"karkas{suffix}", KARKAS, f"karkas{suffix}-{q['id']:03d}-{key[:-6]}",
                              f"karkas{suffix}-{q['id']:03d}", "software", key, grade, KARKAS_MAPPING,
                              text["question"], text[key], source_field=q["topic"], lang=lang,
                              offsets=[begin, cursor]))
    return items


def _char_offset(lines: list[str], lineno: int, col_bytes: int) -> int:
    before = sum(len(line) for line in lines[:lineno - 1])
    return before + len(lines[lineno - 1].encode("utf-8")[:col_bytes].decode("utf-8"))


def linkedin_items(git_dir: Path) -> list[dict]:
    """The ten hand-written test answers of ``TEST_SET``, graded by ``expected_quality_tier``."""
    repo, commit, path = LINKEDIN
    raw = git_show(git_dir, commit, path)
    lines = raw.splitlines(keepends=True)
    tree = ast.parse(raw)
    test_set = next(n.value for n in tree.body if isinstance(n, ast.Assign) and n.targets[0].id == "TEST_SET")
    items = []
    for node in test_set.elts:
        case = {k.value: v for k, v in zip(node.keys, node.values, strict=True)}
        values = {k: ast.literal_eval(v) for k, v in case.items()}
        answer_node = case["answer"]
        offsets = [_char_offset(lines, answer_node.lineno, answer_node.col_offset),
                   _char_offset(lines, answer_node.end_lineno, answer_node.end_col_offset)]
        kind = values["question_type"]
        field = "general" if kind == "Behavioral" else "data" if "Data" in values["job_title"] else "software"
        if values["job_title"] == "Product Manager":
            field = "product"
        qid = "linkedin-" + values["question"].lower().split("?")[0].replace(" ", "-")[:40]
        items.append(_row("linkedin", LINKEDIN, f"linkedin-{values['id']}", qid, field, values["expected_quality_tier"],
                          LINKEDIN_GRADES[values["expected_quality_tier"]], LINKEDIN_MAPPING, values["question"],
                          values["answer"], source_field=values["job_title"], offsets=offsets,
                          locator=f"TEST_SET[id={values['id']}].answer (offsets: the parenthesised string expression)"))
    return items


# ---------------------------------------------------------------- read_file copies


def intrvue_items(cases: list[dict]) -> list[dict]:
    """Each MMI station's worked answer and weak answer (24 stations)."""
    items = []
    for case in cases:
        for key, grade in (("answer", 2), ("weakAnswer", 0)):
            items.append(_row("intrvue", INTRVUE, f"intrvue-{case['id']}-{'strong' if grade else 'weak'}",
                              f"intrvue-{case['id']}", "healthcare", key, grade, INTRVUE_MAPPING, case["question"],
                              case[key], source_field=case["topic"],
                              locator=f"MEDICINE_MMI_EXAMPLES[id={case['id']}].{key}"))
    return items


def applicant_items(cases: list[dict]) -> list[dict]:
    """The golden cases with a non-empty answer, graded by their expected band (``expectBand``)."""
    items = []
    for case in cases:
        if not case["answerText"].strip():
            continue
        low, high = case["expectBand"]
        field = "general" if case["competency"] == "general" else "software"
        items.append(_row("applicant", APPLICANT, f"applicant-{case['id']}", f"applicant-{case['questionId']}", field,
                          f"{case['label']} (expectBand {low}-{high})", band_grade(low, high), BAND_MAPPING,
                          case["questionText"], case["answerText"], source_field=case["competency"],
                          locator=f"cases[id={case['id']}].answerText"))
    return items


def coach_items(cases: list[dict]) -> list[dict]:
    """The six evaluation items, graded by their expected score range (``min_score``-``max_score``)."""
    items = []
    for case in cases:
        low, high = case["min_score"], case["max_score"]
        field = "general" if case["category"] in ("behavioral", "hr") else "software"
        items.append(_row("coach", COACH, f"coach-{case['id']}", f"coach-{case['id']}", field,
                          f"{case['id']} (score {low:g}-{high:g})", band_grade(low, high), BAND_MAPPING,
                          case["question"], case["answer"], source_field=case["category"],
                          locator=f"EVALUATION_DATASET[id={case['id']}].answer"))
    return items


# ---------------------------------------------------------------- writing


def _write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _load(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--karkas", type=Path, required=True)
    parser.add_argument("--linkedin", type=Path, required=True)
    for name in ("intrvue", "applicant", "coach"):
        parser.add_argument(f"--{name}", type=Path, required=True, help="local JSON copy of the graded records")
    parser.add_argument("--cache", type=Path, help="also write the texts here (outside the repository)")
    args = parser.parse_args()
    items = (karkas_items(args.karkas) + karkas_items(args.karkas, "ru") + linkedin_items(args.linkedin)
             + intrvue_items(_load(args.intrvue)) + applicant_items(_load(args.applicant)) + coach_items(_load(args.coach)))
    assert len({i["id"] for i in items}) == len(items)
    _write(INDEX, [{k: v for k, v in i.items() if not k.startswith("_")} for i in items])
    if args.cache:
        _write(args.cache, [{"id": i["id"], "question": i["_question"], "answer": i["_answer"]} for i in items])
    print(f"{len(items)} items written to {INDEX.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
