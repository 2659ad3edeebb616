"""A non-answer in any language the coach reads: "I (really) don't know" or "I have never done that", alone or with a
small aside, is judged as the English one is (session 20: a German "Ich weiß es wirklich nicht, bei DHL war ich
Staplerfahrer…" scored 4/10 where its English words scored 1/10, and its follow-up quoted the "I don't know" back).

The openings are :data:`core.analysis.cues.NON_ANSWER` (en, de, fr, es, it, pt); what follows them is weighed by
:func:`little_else`; :func:`dont_know_only` is the scorer's judgement the chat's move follows; :func:`without_non_answer`
is what a follow-up may quote. Pure functions over text; a rule of this project, not a figure from research.
"""

from __future__ import annotations

import re

from core.analysis.answer import AnswerEvidence
from core.analysis.cues import says_dont_know
from core.analysis.signals import compute_signals, tokens
from core.analysis.text import sentences
from core.words import count_words

ASIDE_TOKENS = 20  # an aside after "I don't know" in another language than English: under this many words...
ASIDE_POINTS = 1  # ... carrying this many clauses of content or fewer, and no figure


def little_else(rest: str, lang: str) -> bool:
    """Whether ``rest``, what follows an opening "I don't know" in ``lang`` (ISO 639-1), is a small aside in another
    language than English: under :data:`ASIDE_TOKENS` words, at most :data:`ASIDE_POINTS` clause of content
    (:attr:`core.analysis.signals.Signals.points`) and no figure. English keeps the scorer's own rule (under 12
    words, or fewer than 6 content words): outside English the content-word count has no stopword list ("avuto",
    "facevo" count as content), so "Davvero non lo so, da Nordhafen facevo il magazziniere e non ho mai avuto grossi
    problemi" was an answer where its English words were not."""
    if lang == "en" or not rest.strip() or len(tokens(rest)) >= ASIDE_TOKENS:
        return False
    signals = compute_signals(rest, lang, [])
    return signals.points <= ASIDE_POINTS and not signals.numbers


def says_dont_know_only(text: str, ev: AnswerEvidence) -> bool:
    """Whether ``text`` (its evidence ``ev``) opens with "I don't know", "pass" and the like and says little else:
    under 12 words after it, fewer than 6 content words in all, or a small aside in another language
    (:func:`little_else`). The scorer's test of a "dont_know" non-answer (:func:`core.coach.score.non_answer_kind`)."""
    said = says_dont_know(text, ev.lang)
    if not said:
        return False
    rest = text[said.end():]
    return len(tokens(rest)) < 12 or (ev.signals is not None and ev.signals.informative < 6) or little_else(rest, ev.lang)


def dont_know_only(answer: str) -> bool:
    """Whether ``answer`` opens by saying the candidate does not know or has not done it and says little else ("Ich
    weiß es wirklich nicht, bei DHL war ich Staplerfahrer"): the scorer's own judgement
    (:func:`core.coach.score.non_answer_kind` ``dont_know``), so the chat's move and the score agree in every
    language; "Je ne l'ai jamais fait, mais je commencerais par…" with its plan is an answer."""
    from core.analysis.answer import analyse_answer
    from core.coach.score import non_answer_kind  # the scorer imports this module

    return non_answer_kind("", answer, analyse_answer(answer, ""), "", "") == "dont_know"


def without_non_answer(answer: str) -> str:
    """``answer`` without what says, in any language the coach reads, that the candidate does not know or has not
    done it (:func:`core.analysis.cues.says_dont_know` at a sentence's start, and the sentence when nothing else is
    in it; the whole sentence when the rest is the denial's object, "I haven't done KPIs in a depot"): a follow-up
    never quotes "Ich weiß es wirklich nicht" or "KPIs in a depot" back as if it were a story."""
    kept = []
    for sentence in sentences(answer or ""):
        while (said := says_dont_know(sentence)) and said.end() > 0:
            rest = sentence[said.end():]
            if rest.strip() and not re.match(r"\s*[,;:.!?\-–—]", rest):
                rest = ""  # what follows is the denial's own object ("I haven't done KPIs in a depot"): never a story
            sentence = rest.lstrip(" ,;:.!?-–—")
        if count_words(sentence):
            kept.append(sentence)
    return " ".join(kept)
