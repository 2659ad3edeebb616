"""Build the field-words dev set (session 28): ``index_fieldwords.jsonl``, published interview questions, each with the
answer its own author wrote for it, from two public repositories the team did not write and no earlier set used.

Usage (needs ``fetch`` snapshots of the two repositories; CI never runs this)::

    python tests/data/devsets/answers/build_fieldwords.py \
        --tustin /work/.mirror/wcgordon1+TustinRecruiting/repo \
        --guidebook /work/.mirror/ysyk2021+the-ultimate-interview-guidebook/repo [--cache PATH]

Neither repository carries a licence, so no question or answer text is kept in this repository: each line of
``index_fieldwords.jsonl`` holds repository, commit, path, the character offsets of the question and of the answer's
raw block in the file at that commit, the field (by a rule on the file name or the question, below), the word count
and the SHA-256 of the answer as read by :func:`clean_tustin` / :func:`clean_guidebook`. ``--cache`` writes the texts
to a file outside the repository (``bench/fieldwords_answers.py`` reads it: ``INTERVIEW_FIELDWORDS_CACHE`` or
``~/.cache/interview-simulator/devsets/fieldwords_texts.jsonl``).

The source's own answer to its own question is on topic by the source's grading. The off-topic side is made by
construction in ``bench/fieldwords_answers.py`` (each question paired with another question's answer of the same
field), so no pair is stored here. Sources, rules and caveats: SOURCES.md, section "Field-words set, session 28".
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
INDEX = HERE / "index_fieldwords.jsonl"
NO_LICENCE = "none found (no LICENSE file) - index only"

TUSTIN = ("wcgordon1/TustinRecruiting", "914098d0a9867e1be379c36e8e4871e3cd4eba8c", "src/content/interview/")
GUIDEBOOK = ("ysyk2021/the-ultimate-interview-guidebook", "09f8718f8fa596b3660de5edd362d9c6071d951b", "src/")

# Field of a TustinRecruiting role guide, by the first rule whose pattern its file name matches (order matters:
# "medical-device-sales" is sales, "data-product-manager" is data, "sales-engineer" is sales).
TUSTIN_FIELDS = [
    ("customer success", r"customer-success"),
    ("sales", r"sales|account-(?:executive|manager)|territory|sdr|bdr|business-development|partner|channel|"
              r"solutions-consultant|renewal|freemium|expansion|clinical-liaison|reimbursement|product-specialist|"
              r"market-development|director-interview"),
    ("finance", r"financ|bank|equity|capital|wealth|advisor|portfolio|risk|hedge|trader|credit|underwriter|leasing|"
                r"funding|syndication|mergers|fiduciary|estate|philanthropy|family-office|fixed-income|analyst-interview"
                r"|quant|buy-side|sell-side|investment"),
    ("data and ai", r"data|machine-learning|deep-learning|nlp|computer-vision|ai-|mlops|feature-engineer"),
    ("hardware engineering", r"embedded|firmware|fpga|asic|dsp|wireless|satellite|sensor|robotics|drone|iot|"
                             r"microcontroller|real-time|automation-engineer|wearable|biomedical"),
    ("software", r"developer|engineer|architect|devops|cloud|reliability|game"),
]
# Field of a guidebook chapter, by the first rule its question matches; chapters matching none are "workplace".
GUIDEBOOK_FIELDS = [
    ("customer service", r"customer|client"),
    ("marketing", r"marketing|brand|social media|newsletter|content management"),
    ("project management", r"project|scope|stakeholder|vendor|supply chain|budget"),
    ("people management", r"employee|team|manag|lead|mentor|delegat|feedback|engagement"),
]
_ADVICE = re.compile(r"^(?:best practices?|pitfalls? to avoid|follow-?ups?(?: points| questions?)?|"
                     r"alternative considerations|tips?)\b", re.IGNORECASE)
_LABEL = re.compile(r"^\*\*([^*]+?):?\*\*:?\s*")
# labels that only say which part of the answer follows ("**Context:**"): dropped, their text kept; any other label
# ("**Use HTTPS:** ensures encrypted communication") is part of what the answer says and is kept as "Use HTTPS:"
_STRUCTURE = re.compile(r"^(?:answer|context|situation|task|action|actions|approach|outcome|result|results|overview|"
                        r"strategy|reasoning|step \d+|example \d+|explanation|initial steps|scenario|"
                        r"real-world (?:scenario|example)|definition)$", re.IGNORECASE)
_QUESTION = re.compile(r"^#{3,6}\s*Question\s*\d+\s*:\s*(.+?)\s*$", re.MULTILINE)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def git_show(git_dir: Path, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
                          capture_output=True, text=True, check=True).stdout


def git_ls(git_dir: Path, commit: str, under: str) -> list[str]:
    out = subprocess.run(["git", "--git-dir", str(git_dir), "ls-tree", "-r", "--name-only", commit, under],
                         capture_output=True, text=True, check=True).stdout
    return sorted(p for p in out.splitlines() if p.endswith(".md"))


def field_of(text: str, rules: list[tuple[str, str]], default: str = "") -> str:
    return next((name for name, pattern in rules if re.search(pattern, text, re.IGNORECASE)), default)


def clean_tustin(block: str) -> str:
    """The answer of a TustinRecruiting block: its bullet lines without the bullet marks and bold marks (a label that
    only names a part, "**Context:**", is dropped, its text kept; any other label is kept), leaving out the guide's advice to the reader (best practice, pitfalls, follow-ups,
    alternatives), which is not part of the answer. Lines joined by single spaces."""
    kept: list[str] = []
    skip_below: int | None = None  # indentation of an advice bullet whose sub-bullets are skipped too
    for raw in block.splitlines():
        if not raw.strip():
            continue
        indent = len(raw) - len(raw.lstrip())
        if skip_below is not None and indent > skip_below:
            continue
        skip_below = None
        line = re.sub(r"^[-*]\s+", "", raw.strip())
        m = _LABEL.match(line)
        label = m.group(1).strip() if m else ""
        if label and _ADVICE.match(label):
            skip_below = indent
            continue
        text = line[m.end():] if m else line
        if label and not _STRUCTURE.match(label):
            text = f"{label}: {text}" if text else f"{label}:"
        text = text.replace("**", "").strip()
        if text:
            kept.append(text)
    return " ".join(kept)


def tustin_items(git_dir: Path) -> list[dict]:
    repo, commit, under = TUSTIN
    items = []
    for path in git_ls(git_dir, commit, under):
        name = path.rsplit("/", 1)[-1]
        field = field_of(name, TUSTIN_FIELDS)
        if not field:
            continue
        raw = git_show(git_dir, commit, path)
        heads = list(_QUESTION.finditer(raw))
        for n, head in enumerate(heads):
            start = head.end()
            nxt = re.compile(r"^#", re.MULTILINE).search(raw, start)
            end = nxt.start() if nxt else len(raw)
            answer = clean_tustin(raw[start:end])
            if len(answer.split()) < 20:
                continue
            stem = name.removesuffix(".md")
            items.append(_row("tustin", repo, commit, path, f"tustin-{stem}-q{n + 1}", field, head.group(1),
                              (head.start(1), head.end(1)), answer, (start, end), "TustinRecruiting role guide "
                              "'Interview Questions and Answers': the guide's answer to its own question (advice "
                              "lines to the reader left out)", source_field=stem))
    return items


def clean_guidebook(block: str) -> str:
    """A guidebook sample answer: its paragraphs joined by single spaces."""
    return " ".join(line.strip() for line in block.splitlines() if line.strip())


def guidebook_items(git_dir: Path) -> list[dict]:
    repo, commit, under = GUIDEBOOK
    items = []
    for path in git_ls(git_dir, commit, under):
        if not re.search(r"chapter-\d+\.md$", path):
            continue
        raw = git_show(git_dir, commit, path)
        q = re.search(r'sample answers to the question "([^"]+)"', raw)
        ex = re.search(r"^### Example 1:?\s*$", raw, re.MULTILINE)
        if not q or not ex:
            continue
        nxt = re.compile(r"^#|^\S.*\n[-=]{3,}$", re.MULTILINE).search(raw, ex.end())
        end = nxt.start() if nxt else len(raw)
        answer = clean_guidebook(raw[ex.end():end])
        if len(answer.split()) < 20:
            continue
        chapter = re.search(r"chapter-(\d+)", path).group(1)
        items.append(_row("guidebook", repo, commit, path, f"guidebook-ch{chapter}",
                          field_of(q.group(1), GUIDEBOOK_FIELDS, "workplace"), q.group(1), (q.start(1), q.end(1)),
                          answer, (ex.end(), end), "the book's 'Example 1' sample answer to the chapter's question",
                          source_field=f"chapter-{chapter}"))
    return items


def _row(source: str, repo: str, commit: str, path: str, ident: str, field: str, question: str,
         question_offsets: tuple[int, int], answer: str, offsets: tuple[int, int], mapping: str, **extra) -> dict:
    return {"id": ident, "source": source, "repo": repo, "commit": commit, "path": path, "licence": NO_LICENCE,
            "redistributable": False, "field": field, **extra, "question_id": ident,
            "question_offsets": list(question_offsets), "offsets": list(offsets), "source_grade": "author's answer",
            "grade": 2, "grade_mapping": mapping, "sha256": sha256(answer), "words": len(answer.split()),
            "_question": question, "_answer": answer}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tustin", type=Path, required=True)
    parser.add_argument("--guidebook", type=Path, required=True)
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args(argv)
    items = tustin_items(args.tustin) + guidebook_items(args.guidebook)
    INDEX.write_text("".join(json.dumps({k: v for k, v in i.items() if not k.startswith("_")}, ensure_ascii=False)
                             + "\n" for i in items), encoding="utf-8")
    if args.cache:
        args.cache.parent.mkdir(parents=True, exist_ok=True)
        args.cache.write_text("".join(json.dumps({"id": i["id"], "question": i["_question"], "answer": i["_answer"]},
                                                 ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    fields: dict[str, int] = {}
    for i in items:
        fields[i["field"]] = fields.get(i["field"], 0) + 1
    print(f"{len(items)} items: {fields}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
