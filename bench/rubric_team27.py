"""The rubric bench's team-written items of session 27 (``tests/data/rubric27_items.json``, helper rubric): made-up
answers whose "What was missing", structure, specificity and relevance evidence must agree with what the answer says
(re-check of session 26, N8 and N9: "The result, with a number" missing beside "31 percent against 22", "What you
learned or now do differently" beside "After that I added an automatic check", "Missing: situation" beside "For the
CoCo program board…", relevance 5/5 beside "shares only everyday words", "Cites numbers: "two"", and a payroll model
answer for a nurse's mistake given in German).

* *result_figure*: a result with a figure and a comparison or unit, in words or digits ("31 percent against 22", "from
  four days to one", "halved", "twice as many"): no result gap, and the structure never says "Missing: … result";
* *lesson_practice*: a practice changed after the event ("After that I added…", "Since then I…", "Now I always…"): no
  lesson gap;
* *situation_named*: a named context ("For the CoCo program board", "At my last job", "During the audit"): no
  situation gap, and the structure never says "Missing: situation";
* *count_word*: count words with no unit and no digit ("the five rights", "three team leads"): no bare count word is
  cited as a number;
* *relevance_text*: an on-topic answer scored 4 or 5: its evidence never says it shares only everyday words or does not
  take up the question;
* *field_model*: an unread or empty answer to a bank question for a job of a field: the stronger answer holds the item's
  ``must`` words and none of its ``never`` words (a nurse's model answer is a medication error; an unread language is
  said to be unread);
* controls that must keep their gap: *no_result_control* (a story with no result), *no_lesson_control* (a story whose
  "after that" is only its next step), *no_situation_control* (a story with no context).

Written after the fixes were designed, so not blind: the lead's held-out sets test whether the kind generalises.
``python -m bench.rubric_team27`` prints each item's outcome and the share per kind.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ITEMS_FILE = Path(__file__).resolve().parents[1] / "tests" / "data" / "rubric27_items.json"
KINDS = ("result_figure", "lesson_practice", "situation_named", "count_word", "relevance_text", "field_model",
         "no_result_control", "no_lesson_control", "no_situation_control")
RESULT_GAP = "The result, with a number"
LESSON_GAP = "What you learned or now do differently"
SITUATION_GAP = "The situation: where and when this happened"
_CHANCE = ("shares only everyday words", "does not clearly take up", "takes up none of what")
_CITED_RE = re.compile(r'Cites numbers: ((?:"[^"]*"(?:, )?)+)')


def load_items(path: Path = ITEMS_FILE) -> list[dict]:
    """The labelled items ([] when the file is missing)."""
    return json.loads(path.read_text(encoding="utf-8"))["items"] if path.exists() else []


def _missing_part(structure: str, part: str) -> bool:
    m = re.search(r"Missing: ([^.]*)\.", structure)
    return bool(m and part in m.group(1))


def bare_counts(specificity: str) -> list[str]:
    """The numbers the specificity evidence cites that are a count word alone (no digit, no second word): "two"."""
    m = _CITED_RE.search(specificity)
    cited = re.findall(r'"([^"]*)"', m.group(1)) if m else []
    return [c for c in cited if not re.search(r"\d", c) and len(c.split()) == 1
            and c.lower() not in {"half", "halved", "doubled", "tripled", "double", "dozen"}]


def _ok(item: dict, o: dict) -> bool:
    kind, missing = item["kind"], o["missing"]
    has = lambda gap: any(m.startswith(gap) for m in missing)  # noqa: E731
    if kind == "result_figure":
        return not has(RESULT_GAP) and not _missing_part(o["structure"], "result")
    if kind == "lesson_practice":
        return not has(LESSON_GAP)
    if kind == "situation_named":
        return not has(SITUATION_GAP) and not _missing_part(o["structure"], "situation")
    if kind == "count_word":
        return not bare_counts(o["specificity"])
    if kind == "relevance_text":
        return o["relevance"] >= 4 and not any(c in o["evidence"] for c in _CHANCE)
    if kind == "field_model":
        low = o["stronger"].lower()
        return all(w.lower() in low for w in item["must"]) and not any(w.lower() in low for w in item["never"])
    if kind == "no_result_control":
        return has(RESULT_GAP) or _missing_part(o["structure"], "result")
    if kind == "no_lesson_control":
        return has(LESSON_GAP)
    if kind == "no_situation_control":
        return has(SITUATION_GAP)
    return False


def outcome(item: dict) -> dict:
    """One item's reading (the score's evidence, gaps and stronger answer) and whether it meets its kind (``ok``)."""
    from core.coach.score import score_answer

    score = score_answer(item["question"], item["answer"], job_description=item.get("job", ""), cv_text=item.get("cv", ""))
    o = {"overall": score.overall, "relevance": score.relevance.score, "evidence": score.relevance.evidence,
         "structure": score.structure.evidence, "specificity": score.specificity.evidence, "missing": score.missing,
         "stronger": score.stronger_answer}
    o["ok"] = _ok(item, o)
    return o


def rows(items: list[dict] | None = None) -> list[tuple[str, float, str, str]]:
    """The bench rows: per kind, the share of items meeting it; and all together."""
    from bench.scorer_judge23 import kind_rows

    items = load_items() if items is None else items
    return kind_rows("rubric27", KINDS, [(i, outcome(i)) for i in items])


if __name__ == "__main__":  # pragma: no cover - a bench run
    from bench.scorer_judge23 import kind_rows

    seen = []
    for n, item in enumerate(load_items()):
        o = outcome(item)
        seen.append((item, o))
        print(f"{n:2d} {'ok ' if o['ok'] else 'BAD'} {item['kind']:20s} rel {o['relevance']} {o['overall']:2d}/10 "
              f"{item['question'][:50]!r}")
        if not o["ok"]:
            print(f"      missing {o['missing']}")
            print(f"      structure {o['structure'][:200]!r}")
            print(f"      specificity {o['specificity'][:160]!r}; relevance {o['evidence'][:160]!r}")
            print(f"      stronger {o['stronger'][:200]!r}")
    for row in kind_rows("rubric27", KINDS, seen):
        print(f"{row[0]}: {row[1]}")
