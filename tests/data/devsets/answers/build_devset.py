"""Rebuild the index-only part of the published-answers dev set from local git mirrors.

Usage (needs clones of the repositories below; CI never runs this)::

    python tests/data/devsets/answers/build_devset.py \
        [--neural /path/to/neural.git] [--ddia /path/to/ddia-quiz-bot.git] \
        [--oyeadi /path/to/ai-interview-platform.git] [--zochlan /path/to/AI-Job-Interview-Coach.git] \
        [--cache PATH]

Each ``--<source>`` rebuilds that source's lines of ``index.jsonl`` next to this file and keeps the
other sources' lines as they are. A line holds repository, commit, path, the character offsets of the
question's and the answer's text in that file at that commit, the source's own grade, the mapped grade,
the answer's word count and the SHA-256 of its text, but neither text: none of these repositories
carries a licence, so their texts are not redistributed here. With ``--cache`` the texts are also
written (merged by id) to a local file outside the repository, which ``bench/bench_scorer.py`` reads
(``INTERVIEW_DEVSET_CACHE``, default ``~/.cache/interview-simulator/devsets/answers_texts.jsonl``), so
the index-only items can be scored on a machine that has the mirrors.

Sources (details, licences and grade mappings in SOURCES.md):

- ``neural``: varenyam7429/neural, four JSON-in-JS question files, ``average_answer`` / ``strong_answer``.
- ``ddia``: ai-tools-all/ddia-quiz-bot, one Markdown file per subjective interview question with a
  ``sample_excellent`` and a ``sample_acceptable`` answer.
- ``oyeadi``: oyeAdi/ai-interview-platform, one Markdown file of strong, mixed, weak, improving and
  declining candidates' responses to the same three Python questions.
- ``zochlan``: zochlan/AI-Job-Interview-Coach, two CSV splits of answers labelled good (1) or bad (0).

The MIT-licensed items live in ``answers.jsonl`` with their texts and need no rebuilding.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import subprocess
from pathlib import Path

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
NO_LICENCE = "none found (no LICENSE file) - index only"

NEURAL_REPO = "varenyam7429/neural"
NEURAL_COMMIT = "d4746949d0d48c64e8c713f51a68ae836434924e"
NEURAL_FILES = {  # file stem -> field
    "structuredHRQuestions": "general",
    "structuredDAQuestions": "data",
    "structuredPMQuestions": "product",
    "structuredSWEQuestions": "software",
}
NEURAL_GRADES = {"average_answer": ("average_answer", 1), "strong_answer": ("strong_answer", 2)}
NEURAL_MAPPING = "average_answer -> okay (1), strong_answer -> strong (2): the file labels each example by those keys"

DDIA_REPO = "ai-tools-all/ddia-quiz-bot"
DDIA_COMMIT = "65573c26981982a89c737d71d7a0ffd904f2c969"
DDIA_ROOT = "ddia-quiz-bot/content/chapters/"
DDIA_GRADES = {"sample_excellent": 2, "sample_acceptable": 1}
DDIA_MAPPING = ("sample_excellent ('Example Excellence', the excellent_answer band 90-100% of the chapter's "
                "GUIDELINES.md) -> strong (2); sample_acceptable ('Minimum Acceptable') -> okay (1)")

OYEADI_REPO = "oyeAdi/ai-interview-platform"
OYEADI_COMMIT = "dbe3f7525953e6e3c2eae1ce9532684671d1fa03"  # the file was deleted in the next commit
OYEADI_PATH = "archived/debug_docs/CANDIDATE_TESTING_CONTENT.md"
OYEADI_MAPPING = ("Strong Candidate Profile ('High scores (85-95%)') and 'Response (Strong)' -> strong (2); "
                  "Mixed Candidate Profile ('Medium scores (55-75%)') and 'Response (Medium)' -> okay (1); "
                  "Weak Candidate Profile ('Low scores (30-50%)') and 'Response (Weak)' -> weak (0)")
OYEADI_PROFILES = {"Strong Candidate Profile": "strong", "Weak Candidate Profile": "weak",
                   "Mixed Candidate Profile": "mixed", "Improving Candidate Profile": None,
                   "Declining Candidate Profile": None}
OYEADI_LABELS = {"strong": 2, "mixed": 1, "medium": 1, "weak": 0}
OYEADI_TOPICS = {"decorators": "decorators", "GIL": "gil", "__str__": "str-repr"}

ZOCHLAN_REPO = "zochlan/AI-Job-Interview-Coach"
ZOCHLAN_COMMIT = "1544a08f297735c3b3b2dddc31850f33a2452123"
ZOCHLAN_FILES = ("data/interview_train.csv", "data/interview_val.csv")
ZOCHLAN_GRADES = {"1": 2, "0": 0}
ZOCHLAN_MAPPING = ("label 1 (a good answer, README_data.md: 'Labeled datasets for supervised ML (good/bad answers)') "
                   "-> strong (2); label 0 (a bad answer) -> weak (0); there is no middle grade")
ZOCHLAN_TECHNICAL = {"programming_concepts", "performance", "database_types", "algorithms", "database",
                     "programming_paradigms", "oop_concepts", "memory_management", "web_development",
                     "development_tools", "devops", "architecture", "security", "automation", "http_methods"}


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def git_show(git_dir: Path, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
                          capture_output=True, text=True, check=True).stdout


def _item(source: str, repo: str, commit: str, path: str, ident: str, qid: str, field: str, label: str,
          grade: int, mapping: str, q_span: tuple[int, int], a_span: tuple[int, int], raw: str, **extra) -> dict:
    text, question = raw[a_span[0]:a_span[1]], raw[q_span[0]:q_span[1]]
    return {"id": ident, "source": source, "repo": repo, "commit": commit, "path": path, "licence": NO_LICENCE,
            "redistributable": False, "field": field, **extra, "question_id": qid,
            "question_offsets": list(q_span), "source_grade": label, "grade": grade, "grade_mapping": mapping,
            "offsets": list(a_span), "sha256": sha256(text), "words": len(text.split()),
            "_text": text, "_question": question}


# ---------------------------------------------------------------- varenyam7429/neural


def _literal_span(raw: str, text: str, start_at: int) -> tuple[int, int]:
    """Character offsets of the JSON string literal (between its quotes) holding ``text``."""
    literal = json.dumps(text, ensure_ascii=False)[1:-1]
    begin = raw.index(literal, start_at)
    return begin, begin + len(literal)


def neural_items(git_dir: Path, commit: str = NEURAL_COMMIT) -> list[dict]:
    """Every graded answer in the four structured question files, in file order.

    The offsets are those of the JSON string literals, so the cached text is the decoded string."""
    items: list[dict] = []
    for stem, field in NEURAL_FILES.items():
        path = f"backend/src/data/{stem}.js"
        raw = git_show(git_dir, commit, path)
        questions = json.loads(raw[raw.index("["): raw.rindex("]") + 1])
        cursor = 0
        for q in questions:
            for key, (label, grade) in NEURAL_GRADES.items():
                begin, end = _literal_span(raw, q[key], cursor)
                cursor = end
                item = _item("neural", NEURAL_REPO, commit, path, f"neural-{q['id']}-{label}", f"neural-{q['id']}",
                             field, label, grade, NEURAL_MAPPING, _literal_span(raw, q["question"], 0), (begin, end),
                             raw)
                item["licence"] = "none found (no LICENSE file; package.json says ISC for the package only) - index only"
                item.update(sha256=sha256(q[key]), words=len(q[key].split()), _text=q[key], _question=q["question"])
                items.append(item)
    return items


# ---------------------------------------------------------------- ai-tools-all/ddia-quiz-bot


def _quoted_block(raw: str, heading: str) -> tuple[int, int] | None:
    """Offsets of the text between the first and the last double quote under ``## heading``."""
    m = re.search(rf"^## {heading}\b[^\n]*\n", raw, re.M)
    if not m:
        return None
    nxt = re.search(r"^## ", raw[m.end():], re.M)
    end = m.end() + nxt.start() if nxt else len(raw)
    body = raw[m.end():end]
    first, last = body.find('"'), body.rfind('"')
    if first < 0 or last <= first:
        return None
    return m.end() + first + 1, m.end() + last


def ddia_items(git_dir: Path, commit: str = DDIA_COMMIT) -> list[dict]:
    """Each subjective question's excellent and acceptable sample answers, in path order.

    Left out: files without both samples, and samples that are template placeholders ('[...]')."""
    listing = subprocess.run(["git", "--git-dir", str(git_dir), "ls-tree", "-r", "--name-only", commit, DDIA_ROOT],
                             capture_output=True, text=True, check=True).stdout.split()
    items: list[dict] = []
    for path in sorted(p for p in listing if "/subjective/" in p and p.endswith(".md")):
        raw = git_show(git_dir, commit, path)
        spans = {key: _quoted_block(raw, key) for key in ("main_question", *DDIA_GRADES)}
        if not all(spans.values()) or any(raw[s[0]:s[1]].lstrip().startswith("[") for s in spans.values()):
            continue
        chapter, rest = path[len(DDIA_ROOT):].split("/subjective/")
        slug = re.sub(r"[^a-z0-9]+", "-", f"{chapter.split('-', 1)[0]}-{rest[:-3]}".lower()).strip("-")
        for key, grade in DDIA_GRADES.items():
            items.append(_item("ddia", DDIA_REPO, commit, path, f"ddia-{slug}-{key.split('_')[1]}", f"ddia-{slug}",
                               "software", key, grade, DDIA_MAPPING, spans["main_question"], spans[key], raw,
                               source_field=chapter))
    return items


# ---------------------------------------------------------------- oyeAdi/ai-interview-platform


def _fenced(raw: str, start: int) -> tuple[int, int]:
    """Offsets of a response: from the line after its opening ``` to the ``` that closes it (the last
    fence before the next '####' heading or '---' rule; responses may hold fenced code themselves)."""
    begin = raw.index("```\n", start) + 4
    stop = re.compile(r"^(####|---|## )", re.M).search(raw, begin)
    end = raw.rindex("\n```", begin, stop.start() if stop else len(raw))
    return begin, end


def oyeadi_items(git_dir: Path, commit: str = OYEADI_COMMIT) -> list[dict]:
    """The graded responses to the three Python questions, in file order.

    Left out: the improving candidate's 'Better' answer (to a follow-up, not one of the three questions)
    and its 'Improved' answer (no grade given)."""
    raw = git_show(git_dir, commit, OYEADI_PATH)
    items: list[dict] = []
    profile = profile_name = None
    pattern = re.compile(r"^## \S+ (?P<profile>[A-Za-z ]+Profile)$|^#### (?:[A-Za-z]+ )?Question: \"(?P<q>[^\n]*)\"$"
                         r"|^\*\*Response(?: \((?P<label>\w+)\))?:\*\*$", re.M)
    q_span = None
    for m in pattern.finditer(raw):
        if m["profile"]:
            profile, profile_name = OYEADI_PROFILES.get(m["profile"]), m["profile"]
            continue
        if m["q"] is not None:
            q_span = (m.start("q"), m.end("q"))
            continue
        label = (m["label"] or profile or "").lower()
        if label not in OYEADI_LABELS or q_span is None:
            continue
        question = raw[q_span[0]:q_span[1]]
        topic = next((t for key, t in OYEADI_TOPICS.items() if key in question), None)
        if topic is None:
            continue
        n = sum(1 for i in items if i["question_id"] == f"oyeadi-{topic}") + 1
        items.append(_item("oyeadi", OYEADI_REPO, commit, OYEADI_PATH, f"oyeadi-{topic}-{n}-{label}", f"oyeadi-{topic}",
                           "software", f"{profile_name}: Response ({m['label']})" if m["label"] else profile_name,
                           OYEADI_LABELS[label], OYEADI_MAPPING, q_span, _fenced(raw, m.end()), raw))
    return items


# ---------------------------------------------------------------- zochlan/AI-Job-Interview-Coach


def _csv_spans(raw: str) -> list[list[tuple[int, int]]]:
    """Character offsets of every field (inside its quotes when quoted) of every record after the header.

    The files hold no doubled quotes, so a field's text is exactly the characters between the offsets."""
    rows: list[list[tuple[int, int]]] = []
    pos = raw.index("\n") + 1
    while pos < len(raw):
        fields: list[tuple[int, int]] = []
        while True:
            if raw[pos] == '"':
                end = raw.index('"', pos + 1)
                fields.append((pos + 1, end))
                pos = end + 1
            else:
                end = min(i for i in (raw.find(",", pos), raw.find("\n", pos), len(raw)) if i >= 0)
                fields.append((pos, end))
                pos = end
            if pos >= len(raw) or raw[pos] == "\n":
                pos += 1
                break
            pos += 1  # the comma
        rows.append(fields)
    return rows


def zochlan_items(git_dir: Path, commit: str = ZOCHLAN_COMMIT) -> list[dict]:
    """The labelled answers of the train and validation splits, grouped by question text.

    Left out: the two-row test split, whose two answers are to two different questions."""
    items: list[dict] = []
    slugs: dict[str, str] = {}
    for path in ZOCHLAN_FILES:
        raw = git_show(git_dir, commit, path)
        for n, fields in enumerate(_csv_spans(raw), start=2):
            question, label, category = (raw[a:b] for a, b in (fields[0], fields[2], fields[3]))
            slug = slugs.setdefault(question, re.sub(r"[^a-z0-9]+", "-", question.lower()).strip("-")[:48])
            field = "software" if category in ZOCHLAN_TECHNICAL else "general"
            items.append(_item("zochlan", ZOCHLAN_REPO, commit, path, f"zochlan-{path[5:-4]}-{n}", f"zochlan-{slug}",
                               field, f"label {label}", ZOCHLAN_GRADES[label], ZOCHLAN_MAPPING, fields[0], fields[1],
                               raw, source_field=category))
    return items


# ---------------------------------------------------------------- writing

BUILDERS = {"neural": neural_items, "ddia": ddia_items, "oyeadi": oyeadi_items, "zochlan": zochlan_items}


def _merge(path: Path, rows: list[dict], key: str, replace: set[str]) -> None:
    kept = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()] \
        if path.exists() else []
    kept = [r for r in kept if r.get(key) not in replace]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for row in kept + rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    for name in BUILDERS:
        parser.add_argument(f"--{name}", type=Path, help=f"git dir of a mirror of the {name} source")
    parser.add_argument("--cache", type=Path, help="also write the texts here (outside the repository)")
    args = parser.parse_args()
    chosen = {name: getattr(args, name) for name in BUILDERS if getattr(args, name)}
    if not chosen:
        parser.error("give at least one source's git dir")
    items = [item for name, git_dir in chosen.items() for item in BUILDERS[name](git_dir)]
    _merge(HERE / "index.jsonl", [{k: v for k, v in i.items() if not k.startswith("_")} for i in items],
           "source", set(chosen))
    if args.cache:
        _merge(args.cache, [{"id": i["id"], "question": i["_question"], "answer": i["_text"]} for i in items],
               "id", {i["id"] for i in items})
    print(f"{len(items)} index-only items written for {', '.join(chosen)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
