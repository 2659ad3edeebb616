"""Two rubric parts of :mod:`core.coach.dimensions`: **communication** (:func:`communication`: fluency as
Naim et al., IEEE Trans. Affective Computing, 2018, measured it: filler words per 100 words, repeated phrases,
buzzword runs, very long sentences, disparaging words) and the **concise and complete** answer
(:func:`concise_complete`), which neither relevance nor communication holds down for its length.
"""

from __future__ import annotations

from collections import Counter

from core.analysis.answer import AnswerEvidence
from core.coach.question_types import QuestionType
from core.coach.rubric_parts import answers_part_of, cap, substance, type_cue
from core.schemas import DimensionScore
from core.words import filler_phrase

Scored = tuple[DimensionScore, list[str]]


# ---------------------------------------------------------------- concise and complete

CONCISE_WORDS = (15, 35)  # a direct answer of one to three sentences


def concise_complete(ev: AnswerEvidence, qtype: QuestionType) -> bool:
    """A short answer that says what was asked and nothing else: 15-34 words, doing what its question
    type asks (:func:`type_cue`), taking up the whole question, with no filler, hedging, brush-off,
    buzzword, disparaging or vague evaluative word ("good", "stuff", "bad"). Conciseness is one of the
    things rated interviews reward; a direct answer of this kind is fully relevant and clearly put
    however few words it has, so relevance and communication are not held down by its length. Only an
    answer of little substance (:func:`substance` 2 or less) qualifies: a longer one is not held down."""
    return (ev.analysed and CONCISE_WORDS[0] <= ev.word_count < CONCISE_WORDS[1] and substance(ev) <= 2
            and _clean(ev) and not ev.vague
            and not answers_part_of(ev, qtype) and bool(type_cue(ev, qtype)))


# ---------------------------------------------------------------- communication

REPEATED = 0.5  # share of repeated phrases above which an answer is padding, whatever its length


def _communication_score(ev: AnswerEvidence) -> int:
    s = ev.signals
    wc = ev.word_count
    score = 2 if wc < 15 else 3 if wc < 22 else 5 if 60 <= wc <= 320 else 4
    if s is not None:
        score -= (s.filler_rate > 1) + (s.filler_rate > 3) + (s.filler_rate > 6)
        score -= (s.buzz_rate > 2) + (s.buzz_rate > 6)
        score -= (s.repetition > 0.1) + (s.repetition > 0.25)
        score -= bool(s.disparaging) + 2 * bool(s.noise)
    score -= (wc > 420) + (ev.longest_sentence > 60)
    if wc >= 15 and _clean(ev) and not (s and s.repetition > 0.1):  # concise and fluent: short is no fault
        score = max(score, 4)
    if s is not None and s.repetition > REPEATED:  # most of it says the same thing again: padding
        score = 1
    return cap(score)


def _clean(ev: AnswerEvidence) -> bool:
    """No filler, hedging, brush-off, buzzwords, disparaging words or noise."""
    s = ev.signals
    return not (ev.fillers or ev.hedges or ev.dismissive or (s and (s.disparaging or s.noise or s.buzz_count)))


def communication(ev: AnswerEvidence) -> Scored:
    """Length band (60-320 words best), fillers, buzzwords and repeats per 100 words, long sentences;
    a concise answer (15+ words) with none of those faults scores 4 whatever its length."""
    s = ev.signals
    wc = ev.word_count
    words = f"{ev.words_shown} word{'' if ev.words_shown == 1 else 's'}"
    text = f"{words} in {ev.sentence_count} sentence{'' if ev.sentence_count == 1 else 's'}"
    missing = []
    if ev.fillers:
        # the total first, as the chat's Delivery line gives it (core.words.filler_words), then the three most used
        top = Counter(ev.fillers).most_common()
        listed = ", ".join(f'"{w}" x{n}' for w, n in top[:3]) + (", …" if len(top) > 3 else "")
        text += f"; {filler_phrase(len(ev.fillers))}: {listed}"
        missing.append("Fewer filler words")
    else:
        text += "; no filler words"
    if s is not None and s.buzz_count >= 2:
        text += f"; {s.buzz_count} buzzwords that add no evidence"
        missing.append("Fewer buzzwords: say what you did instead")
    if s is not None and s.repetition > 0.1:
        text += f"; {round(s.repetition * 100)}% of its phrases repeat"
        if s.repetition > REPEATED:
            missing.append("Say each point once: most of the answer repeats itself")
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
