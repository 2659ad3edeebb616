"""A plan told for a question about the past: no outcome to ask of it.

An answer to "Tell me about a time you…" that says what the candidate *would* do ("I'd start with the code of
practice…, I would ask the HR manager…", "Empezaría por…", "Ich würde…") tells no occasion, so it has no outcome
either: its follow-up asks for one real example, never "What was the outcome: what changed?" (issue 15 point 4;
session 19 re-check: a plan was asked for its outcome). The plans and wishes of the six languages the coach reads are
:mod:`core.coach.wishes`' (the one source); "my first step would be" and its kin are added here. Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from core.analysis.text import sentences
from core.coach.wishes import LANGUAGES, PLAN, WISHES, compiled

# "My first step would be…", "Mi primer paso sería…", "Mon premier réflexe serait…", "Mein erster Schritt wäre…",
# "Il mio primo passo sarebbe…", "O meu primeiro passo seria…": a plan said through its first step
_FIRST_STEP = {
    "en": r"\bmy (?:first|next) (?:step|move|priority|action) would be\b|\bI(?:'d| would) (?:first|begin|start)\b",
    "es": r"\bmi (?:primer|siguiente) (?:paso|movimiento) ser[íi]a\b",
    "pt": r"\b(?:o )?meu (?:primeiro|próximo) passo seria\b",
    "it": r"\bil mio (?:primo|prossimo) passo sarebbe\b",
    "fr": r"\bma (?:première|prochaine) (?:étape|action) serait\b|\bmon premier (?:réflexe|geste) serait\b",
    "de": r"\bmein (?:erster|nächster) Schritt wäre\b",
}
# English: the candidate's own "I would / I'd / I'll" plan (:data:`core.coach.wishes.PLAN`), never any wish ("When my
# lead wanted to skip the load test…" tells an occasion); the other languages' conditionals and futures are their plans
_PLAN_RE = {lang: compiled(f"(?:{PLAN if lang == 'en' else WISHES[lang]})|(?:{_FIRST_STEP[lang]})") for lang in LANGUAGES}
# A told occasion in any of the six languages: a past time or a year ("last year", "el año pasado", "letztes Jahr")
_PAST_TIME_RE = compiled(r"\b(?:last (?:year|month|week|quarter)|in (?:19|20)\d\d|(?:19|20)\d\d|once|one time|"
                         r"el año pasado|l'année dernière|l'anno scorso|no ano passado|letztes Jahr|im letzten Jahr)\b")
MIN_WORDS = 3  # a sentence this short ("Sure.") tells neither a plan nor an occasion


def plan_only(answer: str, lang: str = "en", told: Callable[[str], object] | None = None) -> bool:
    """Whether ``answer`` (in ``lang``, one of :data:`core.coach.wishes.LANGUAGES`; English when unknown) is a plan:
    half its sentences or more, one at least, are plans (:data:`_PLAN_RE`), no sentence names a past time
    (:data:`_PAST_TIME_RE`), and no other sentence tells an occasion of the candidate's own (``told``: a callable sentence -> truthy,
    the caller's reading of a past act; none when omitted)."""
    plan = _PLAN_RE.get(lang, _PLAN_RE["en"])
    said = [s for s in sentences(answer or "") if len(s.split()) >= MIN_WORDS]
    plans = [s for s in said if plan.search(s)]
    if _PAST_TIME_RE.search(answer or "") or (told and any(told(s) for s in said if s not in plans)):
        return False
    return bool(plans) and len(plans) * 2 >= len(said)


# saying one does not know, anywhere in an answer: "I really don't know", "no idea how you'd do that"
_DONT_KNOW_RE = re.compile(r"\b(?:I (?:really |just |honestly )?(?:don'?t|do not) (?:really )?know|(?:I have )?no (?:idea|clue))\b",
                           re.I)
_OWN_STEP_RE = re.compile(r"\b(?:first|then|next|I'?d|I would|I will|I'?ll)\b", re.I)


def short_dont_know(answer: str, ev: Any) -> bool:
    """Whether a short answer (under 35 words; ``ev`` its :class:`core.analysis.answer.AnswerEvidence`) says it does
    not know anywhere in it ("Sorry, I'm an electrician, I don't know anything about URL shorteners") and gives no
    step of its own: a non-answer, never a plan to quote back and ask how it would be done (session 20 newcomer)."""
    return (bool(ev.dont_know or _DONT_KNOW_RE.search(answer)) and ev.word_count < 35
            and not set(ev.star) & {"action", "task"} and not _OWN_STEP_RE.search(answer))
