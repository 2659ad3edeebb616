"""A wish to leave a question unanswered ("Skip me please, I'd rather not answer that one."), told apart from "I don't
know" and "I haven't done that" (session 26 newcomer): the interview moves on, with no follow-up asking for the closest
thing (:mod:`core.coach.denial_turn`) nor for more (:func:`core.coach.follow_up.follow_up_reason`)."""

from __future__ import annotations

import re

from core.analysis.text import readable_text, strip_markup

# A wish to leave the question unanswered, in the six languages the coach reads: "I'd rather not answer", "skip this
# one", "pass", "next question", "je préfère ne pas répondre", "prefiero no contestar", "lieber nicht", "passo".
_DECLINES_RE = re.compile(
    r"\b(?:(?:i'?d|i would) rather not(?: (?:answer|say|talk|discuss|go into|get into|share|comment)\b|\s*[.!,;]|$)|"
    r"(?:i )?(?:would |'d )?prefer not to(?: (?:answer|say|talk|discuss|go into|share|comment)\b|\s*[.!,;]|$)|"
    r"(?:please )?skip (?:this|that|it|me|the question)|can we skip|could we skip|let'?s skip|"
    r"(?:go to the |move on to the )?next question(?: please)?|i'?ll pass|i pass|pass on (?:this|that)|no comment|"
    r"je pr[ée]f[èe]re ne pas|passons|question suivante|"
    r"prefiero no|paso(?: de esta)?|siguiente pregunta|"
    r"lieber nicht|n[äa]chste frage|"
    r"preferisco non|passo|prossima domanda|"
    r"prefiro n[ãa]o|pr[óo]xima pergunta)\b", re.IGNORECASE)


def declines(answer: str) -> bool:
    """Whether ``answer`` asks to leave the question unanswered ("Skip me please, I'd rather not answer that one.",
    "Pass.", "Next question please", "Je préfère ne pas répondre") rather than saying it was not done or not known."""
    text = readable_text(strip_markup(answer or "")).strip()
    bare = text.strip(" .!").lower()
    return bool(text) and len(text.split()) <= 20 and (bare in _BARE_DECLINES or bool(_DECLINES_RE.search(text)))


_BARE_DECLINES = frozenset({"pass", "skip", "next", "skip please", "pass please", "next please", "weiter", "suivante"})
