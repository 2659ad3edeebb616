"""The scorer bench's team pairs of session 22 (``tests/data/judge22_pairs.json``, helper judge22), read apart from
the published set: judgement faults seen in the browser in session 21, each as a kind.

* *on*: never called off-topic (the chat's re-ask or the scorer's relevance at 2/5 or less), relevance 4/5 or more;
* *partial*: a two-part question answered in one part: relevance exactly 3/5, the chat does not ask again as about
  something else, and what is missing names the part left out (the pair's ``left`` words);
* *off*: called off-topic, and Structure quotes none of the answer's parts as the question's ("Found situation: …");
* *weak*: a vague answer with no own action and no number: Structure 3/5 or less and 7/10 or less;
* *reply_on*: a follow-up reply after an off-topic first answer, scored alone: relevance 4/5 or more and 6/10 or more;
* *move_on*: a knowledge, skill or language question answered "I don't know": the kind move-on never says "not
  everyone has" nor "how you would handle it", and is in the answer's language (``lang``) when not English.

And over every pair scored: no line contradicts another (relevance 4/5 or more beside "does not answer the question").
``python -m bench.scorer_judge22`` prints the rows and each pair's outcome.
"""

from __future__ import annotations

import json
from pathlib import Path

PAIRS_FILE = Path(__file__).resolve().parents[1] / "tests" / "data" / "judge22_pairs.json"
CONTRADICTION = "does not answer the question"
_ENGLISH_MOVE_ON = ("what", "where", "which", "how", "tell me", "that's")


def load_pairs(path: Path = PAIRS_FILE) -> list[dict]:
    """The labelled pairs ([] when the file is missing)."""
    return json.loads(path.read_text(encoding="utf-8"))["pairs"] if path.exists() else []


def _move_on(pair: dict) -> dict:
    from core.analysis.language import detect_language
    from core.coach.follow_up import follow_up_question

    texts = [follow_up_question("not_experienced", pair["question"], pair["answer"], variant=v) for v in range(2)]
    wrong = [t for t in texts if "not everyone has" in t or "how you would handle it" in t]
    lang = pair.get("lang", "en")
    in_lang = all(detect_language(t) == lang for t in texts) if lang != "en" else True
    return {"ok": not wrong and in_lang, "texts": texts}


def outcome(pair: dict) -> dict:
    """One pair's reading and whether it meets its label (``ok``)."""
    if pair["label"] == "move_on":
        return _move_on(pair)
    from bench.scorer_offtopic import called_off_topic
    from core.coach.redirect import about_something_else
    from core.coach.score import score_answer

    q, a = pair["question"], pair["answer"]
    score = score_answer(q, a, job_description=pair.get("job", ""))
    chat = called_off_topic(q, a) or about_something_else(q, a)
    rel, overall = score.relevance.score, score.overall
    lines = [score.structure.evidence, score.specificity.evidence, score.depth.evidence]
    contradicts = rel >= 4 and any(CONTRADICTION in line for line in lines)
    label = pair["label"]
    if label == "on":
        ok = not chat and rel >= 4
    elif label == "partial":
        left = pair.get("left", [])
        ok = not chat and rel == 3 and any(w in m.lower() for m in score.missing for w in left)
    elif label == "off":
        ok = (chat or rel <= 2) and not score.structure.evidence.startswith("Found")
    elif label == "weak":
        ok = score.structure.score <= 3 and overall <= 7
    else:  # reply_on
        ok = rel >= 4 and overall >= 6
    return {"ok": ok and not contradicts, "chat": chat, "relevance": rel, "overall": overall,
            "structure": score.structure.score, "contradicts": contradicts, "evidence": score.relevance.evidence,
            "structure_evidence": score.structure.evidence, "missing": score.missing}


def rows(pairs: list[dict] | None = None) -> list[tuple[str, float, str, str]]:
    """The bench rows (see the module docstring): per label, the share of pairs meeting it; and contradictions."""
    pairs = load_pairs() if pairs is None else pairs
    seen = [(p, outcome(p)) for p in pairs]
    out: list[tuple[str, float, str, str]] = []
    for label in ("on", "partial", "off", "weak", "reply_on", "move_on"):
        mine = [o for p, o in seen if p["label"] == label]
        if mine:
            out.append((f"team judge22 pairs: {label} as labelled ({len(mine)})",
                        round(sum(o["ok"] for o in mine) / len(mine), 3), "", "1"))
    scored = [o for _p, o in seen if "contradicts" in o]
    if scored:
        out.append((f"team judge22 pairs: relevance 4/5+ beside 'does not answer the question' ({len(scored)})",
                    round(sum(o["contradicts"] for o in scored) / len(scored), 3), "", "0"))
    out.append((f"team judge22 pairs: all as labelled ({len(seen)})",
                round(sum(o["ok"] for _p, o in seen) / len(seen), 3) if seen else 0.0, "", "1"))
    return out


if __name__ == "__main__":  # pragma: no cover - a bench run
    pairs = load_pairs()
    for i, p in enumerate(pairs):
        o = outcome(p)
        if p["label"] == "move_on":
            print(f"{i:2d} {'ok ' if o['ok'] else 'BAD'} {p['label']:8s} {p['kind']:10s} {o['texts'][0][:90]!r}")
            continue
        print(f"{i:2d} {'ok ' if o['ok'] else 'BAD'} {p['label']:8s} {p['kind']:10s} rel {o['relevance']} "
              f"st {o['structure']} {o['overall']:2d}/10 {'called' if o['chat'] else '':6s} {p['question'][:50]!r}")
        if not o["ok"]:
            print("      ", o["evidence"][:260], "|", o["structure_evidence"][:120], o["missing"][:3])
    for row in rows(pairs):
        print(f"{row[0]}: {row[1]}")
