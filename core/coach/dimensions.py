"""The five rubric dimensions, each a 1-5 score with the words it rests on and what was missing.

What counts, and where it comes from:

* **Substance** (:func:`substance`), the amount of information: unique content words that are not
  filler, buzzwords or repeats. Naim et al. (IEEE Trans. Affective Computing, 2018) found that
  higher-rated interviewees said more words and more unique words; counting *unique informative*
  words keeps that finding while making padding worthless. Substance caps structure, specificity
  and depth: a 15-word answer cannot show a full story, however it is worded.
* **Structure** depends on the question type: STAR for behavioural questions; approach, steps and
  trade-offs for situational ones; concepts, reasoning and trade-offs for technical and design
  ones; specific reasons for motivation; an honest example plus what the candidate does about it
  for self-assessment; a short arc for "tell me about yourself". STAR is never asked of the others.
* **Specificity**: numbers (also written as words), named tools and field vocabulary (words that
  are rare in the language, from wordfreq); habitual hedging ("usually", "just") without a number
  costs a point, as does "we" throughout with little "I".
* **Communication**: fluency as Naim et al. measured it: filler words per 100 words, repeated
  phrases, buzzword runs and very long sentences cost points; so do disparaging words about
  others (a standard interview red flag).
* **Relevance**: the question's own terms or what the type asks for (a reason, a weakness and its
  handling, an approach). An answer that seems off the question loses points here only.

In a language without cues (:attr:`AnswerEvidence.analysed` False) the cue-based parts are scored
from language-neutral signals and no part is called missing.
"""

from __future__ import annotations

import re
from collections import Counter

from core.analysis.answer import AnswerEvidence
from core.analysis.language import language_name
from core.analysis.skills import skill_names
from core.coach.phrasing import clip, quote
from core.coach.question_types import QuestionType
from core.schemas import DimensionScore

Scored = tuple[DimensionScore, list[str]]

RESULT_GAP = "The result, with a number (time, money, %, people)"


def _cap(value: int, cap: int = 5) -> int:
    return max(1, min(cap, 5, value))


def substance(ev: AnswerEvidence) -> int:
    """1-5 from unique informative words: under 7, 7-13, 14-23, 24-37, 38 or more."""
    informative = ev.signals.informative if ev.signals else 0
    return 1 + sum(informative >= cut for cut in (7, 14, 24, 38))


# ---------------------------------------------------------------- relevance


_SELF_RE = re.compile(
    r"\b(?:I(?:'m| am) (?:a|an|very|quite|too|often|sometimes|good|better|not)\b|I tend to|I (?:often|sometimes) |"
    r"my (?:greatest |biggest |main |key )?(?:strength|weakness|ability|background|experience)|I have \w+ years|"
    r"I(?:'ve| have) (?:worked|been)|I work (?:as|in|on))[^.]{0,40}",
    re.IGNORECASE,
)
_DOING_RE = re.compile(
    r"\bI(?: would| will|'d|'ll)? (?:first )?(?:check|run|look|start|ask|review|use|build|create|map|test|set|"
    r"talk|meet|split|measure|compare|separate|enforce|define|gather|identify|isolate|prioriti[sz]e|write)\b[^.,]{0,40}",
    re.IGNORECASE,
)


def _type_cue(ev: AnswerEvidence, qtype: QuestionType) -> list[str]:
    """Quotes showing the answer does what its question type asks."""
    if qtype in {"self_assessment", "introduction"}:
        own = [m.group(0) for m in _SELF_RE.finditer(ev.text)][:1]
        if own:
            return own + (ev.self_actions + ev.reasons)[:1]
    if qtype in {"situational", "technical"}:
        doing = [m.group(0) for m in _DOING_RE.finditer(ev.text)][:1]
        if doing:
            return doing + (ev.steps + ev.reasoning)[:1]
    if qtype == "behavioural":
        return list(ev.star.values())[:2] if len(ev.star) >= 2 else []
    if qtype == "situational":
        return (ev.steps + ev.reasoning)[:2]
    if qtype == "technical":
        return ev.reasoning[:1] + ([", ".join(ev.signals.rare[:3])] if ev.signals and len(ev.signals.rare) >= 3 else [])
    if qtype == "motivation":
        return ev.reasons[:2]
    if qtype == "self_assessment":
        return (ev.self_actions + ev.lessons)[:2] or ([ev.star["action"]] if "action" in ev.star else [])
    return (ev.reasons + list(ev.star.values()))[:2]


def relevance(ev: AnswerEvidence, qtype: QuestionType, clean: str) -> Scored:
    """3 for a real answer; +1 for the question's terms or the type's cue; +1 with substance;
    -1 when neither shows (never below 2), -1 for disparaging words."""
    cue = _type_cue(ev, qtype) if ev.analysed else []
    overlap = ev.question_overlap
    on_topic = bool(overlap or cue or ev.job_overlap)
    score = 3 + on_topic + (on_topic and substance(ev) >= 3) - (not on_topic and ev.analysed)
    if ev.signals and ev.signals.disparaging:
        score -= 1
    score = _cap(score)
    bits = []
    if overlap:
        bits.append(f"picks up the question's terms ({', '.join(overlap[:4])})")
    if cue:
        bits.append("does what the question asks: " + ", ".join(quote(c) for c in cue[:2]))
    if ev.job_overlap:
        bits.append(f"uses the job's terms ({', '.join(ev.job_overlap[:3])})")
    if not ev.analysed:
        bits.append(f"is in {language_name(ev.lang)}, which the offline coach does not read, so its fit to the question is not judged")
    text = ("The answer " + "; ".join(bits) + ".") if bits else (
        f"The answer, opening {quote(clip(clean, 12))}, does not clearly take up what was asked."
    )
    if ev.signals and ev.signals.disparaging:
        text += f" It speaks badly of others ({', '.join(ev.signals.disparaging[:2])}), which interviewers mark down."
    missing = [] if on_topic or not ev.analysed else ["A clearer link between your answer and what the question asks"]
    return DimensionScore(score=score, evidence=text), missing


# ---------------------------------------------------------------- structure

_TYPE_PARTS: dict[str, tuple[tuple[str, str], ...]] = {
    "situational": (("steps", "The steps you would take, in order"), ("reasoning", "Why that approach, and what you would trade off")),
    "technical": (("concepts", "The concepts or components involved, named"), ("reasoning", "The reasoning and trade-offs behind your choice")),
    "motivation": (("reasons", "A specific reason tied to this role or organisation"), ("example", "Something you have done that shows it")),
    "self_assessment": (("example", "An honest example of when it showed"), ("handling", "What you do about it now")),
    "introduction": (("example", "Your background: what you did and where"), ("reasons", "Why this role is the next step")),
}


def _type_parts(ev: AnswerEvidence, qtype: QuestionType) -> dict[str, str]:
    rare = ev.signals.rare if ev.signals else []
    example = (
        ev.star.get("situation") or ev.star.get("action") or (ev.experience[:1] or ev.number_quotes[:1] or [""])[0]
    )
    found = {
        "steps": (
            ev.steps[0] if len(ev.steps) >= 2 or ("action" in ev.star and ev.steps)
            else ", ".join(ev.actions[:4]) if len(ev.actions) >= 3 else ""
        ),
        "reasoning": (ev.reasoning or [""])[0],
        "concepts": ", ".join(rare[:4]) if len(rare) >= 3 else "",
        "reasons": (ev.reasons or [""])[0],
        "example": example,
        "handling": (ev.self_actions or ev.lessons or [""])[0],
    }
    return {k: v for k, v in found.items() if v}


def structure(ev: AnswerEvidence, qtype: QuestionType) -> Scored:
    """Behavioural: 1 + STAR parts found; other types: 2 + the type's parts (two each);
    capped by substance (a short answer cannot hold a whole story)."""
    sub = substance(ev)
    if not ev.analysed:
        score = _cap(2 + (ev.sentence_count >= 3) + (ev.sentence_count >= 5), sub + 1)
        return DimensionScore(score=score, evidence=f"{ev.sentence_count} sentences; the parts of the answer are not "
                              f"checked in {language_name(ev.lang)}."), []
    if qtype == "behavioural":
        parts = ev.star
        score = _cap(1 + len(parts) + (len(ev.labelled) >= 3), sub + 1)
        found = [f"{p}: {quote(q)}" for p, q in parts.items()]
        absent = [p for p in ("situation", "task", "action", "result") if p not in parts]
        text = ("Found " + "; ".join(found) + "." if found else "No situation, task, action or result found.") + (
            f" Missing: {', '.join(absent)}." if absent else ""
        )
        gaps = {"situation": "The situation: where and when this happened", "action": "What you personally did, step by step",
                "result": RESULT_GAP}
        return DimensionScore(score=score, evidence=text), [gaps[p] for p in absent if p in gaps]
    wanted = _TYPE_PARTS.get(qtype, _TYPE_PARTS["introduction"])
    parts = _type_parts(ev, qtype)
    have = [(key, label) for key, label in wanted if key in parts]
    score = _cap(2 + 2 * len(have) - (len(have) == 2 and sub < 3), sub + 1)
    text = "; ".join(f"{label.split(',')[0].lower()}: {quote(parts[key])}" for key, label in have)
    text = ("Found " + text + "." if text else "The answer does not lay out its parts.") + (
        " (STAR is not expected for this kind of question.)" if qtype in {"situational", "technical"} else ""
    )
    return DimensionScore(score=score, evidence=text), [label for key, label in wanted if key not in parts]


# ---------------------------------------------------------------- specificity


def specificity(ev: AnswerEvidence, job_terms: list[str]) -> Scored:
    """1 + numbers (up to 2) + field vocabulary and named tools (up to 2), minus hedging and "we"."""
    rare = ev.signals.rare if ev.signals else []
    vocab = len(set(rare) | {t.lower() for t in ev.tools})
    numbers = list(dict.fromkeys(ev.numbers + ev.spelled_numbers))
    score = 1 + min(2, len(numbers)) + (vocab >= 3) + (vocab >= 7)
    hedged = len(ev.hedges) >= 2 or bool(ev.hedges and not numbers)
    we_heavy = ev.we_count >= 4 and ev.i_count * 2 < ev.we_count
    score = _cap(score - bool(hedged) - we_heavy, substance(ev) + 1)
    bits = []
    if ev.number_quotes or numbers:
        bits.append("numbers: " + ", ".join(quote(q) for q in (ev.number_quotes or numbers)[:2]))
    if ev.tools:
        bits.append("named tools/skills: " + ", ".join(dict.fromkeys(ev.tools[:4])))
    elif len(rare) >= 3:
        bits.append("specific terms: " + ", ".join(rare[:4]))
    text = "Cites " + "; ".join(bits) + "." if bits else "No numbers or named tools in the answer."
    missing = []
    if hedged:
        text += f" Habitual wording ({', '.join(dict.fromkeys(ev.hedges[:3]))}) describes what usually happens, not what did."
        missing.append("One specific occasion rather than what usually happens")
    if we_heavy:
        text += f' Says "we" {ev.we_count} times and "I" {ev.i_count} times, so your own part is unclear.'
        missing.append("What you did yourself, rather than what the team did")
    if not numbers:
        missing.append("A number that shows the scale or the outcome (time, money, %, people)")
    if not ev.tools and job_terms and ev.analysed:
        named = [t for t in job_terms if t in skill_names()][:2]
        if named:
            missing.append(f"Named tools or methods, e.g. {' or '.join(named)} if you used them")
    return DimensionScore(score=score, evidence=text), missing


# ---------------------------------------------------------------- depth


def depth(ev: AnswerEvidence, qtype: QuestionType) -> Scored:
    """1 + reasoning (up to 2) + a lesson or what they do about it + substance >= 4; capped by substance."""
    sub = substance(ev)
    if not ev.analysed:
        return DimensionScore(score=_cap(sub, 4), evidence="Judged on the amount of detail only; the reasoning is "
                              f"not read in {language_name(ev.lang)}."), []
    reflective = ev.lessons or (ev.self_actions if qtype == "self_assessment" else [])
    if qtype in {"technical", "situational"} and not reflective and len(ev.reasoning) >= 2 and sub >= 5:
        reflective = ev.reasoning[2:3] or ev.reasoning[1:2]  # a thorough explanation is its own depth
    score = _cap(1 + min(2, len(ev.reasoning)) + bool(reflective) + (sub >= 4), sub + 1)
    quoted = [quote(q) for q in (ev.reasoning[:2] + reflective[:1])]
    text = "Reasoning shown in " + ", ".join(quoted) + "." if quoted else "No reasoning, trade-off or lesson is given."
    missing = []
    if not ev.reasoning:
        missing.append("Why you chose that approach over the alternatives")
    if not reflective and qtype in {"behavioural", "self_assessment"}:
        missing.append("What you learned or now do differently")
    return DimensionScore(score=score, evidence=text), missing


# ---------------------------------------------------------------- communication


def _communication_score(ev: AnswerEvidence) -> int:
    s = ev.signals
    wc = ev.word_count
    score = 2 if wc < 15 else 3 if wc < 35 else 5 if 60 <= wc <= 320 else 4
    if s is not None:
        score -= (s.filler_rate > 1) + (s.filler_rate > 3) + (s.filler_rate > 6)
        score -= (s.buzz_rate > 2) + (s.buzz_rate > 6)
        score -= (s.repetition > 0.1) + (s.repetition > 0.25)
        score -= bool(s.disparaging) + 2 * bool(s.noise)
    score -= (wc > 420) + (ev.longest_sentence > 60)
    return _cap(score)


def communication(ev: AnswerEvidence) -> Scored:
    """Length band (60-320 words best), fillers, buzzwords and repeats per 100 words, long sentences."""
    s = ev.signals
    wc = ev.word_count
    text = f"{wc} words in {ev.sentence_count} sentence(s)"
    missing = []
    if ev.fillers:
        top = Counter(ev.fillers).most_common(3)
        text += "; filler words: " + ", ".join(f'"{w}" x{n}' for w, n in top)
        missing.append("Fewer filler words")
    else:
        text += "; no filler words"
    if s is not None and s.buzz_count >= 2:
        text += f"; {s.buzz_count} buzzwords that add no evidence"
        missing.append("Fewer buzzwords: say what you did instead")
    if s is not None and s.repetition > 0.1:
        text += f"; {round(s.repetition * 100)}% of its phrases repeat"
    if s is not None and s.noise:
        text += "; it contains markup, control characters or stray text in another script, which no listener would hear"
        missing.append("Plain spoken sentences only")
    if wc > 420:
        text += "; long enough to lose the listener"
        missing.append("A shorter answer that gets to the point")
    if wc < 35:
        missing.append("More detail: the answer is very short")
    if ev.longest_sentence > 45:
        text += f"; one sentence runs {ev.longest_sentence} words"
    return DimensionScore(score=_communication_score(ev), evidence=text + "."), missing
