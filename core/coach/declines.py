"""A wish to leave a question unanswered ("Skip me please, I'd rather not answer that one."), told apart from "I don't
know" and "I haven't done that" (session 26 newcomer): the interview moves on, with no follow-up asking for the closest
thing (:mod:`core.coach.denial_turn`) nor for more (:func:`core.coach.follow_up.follow_up_reason`).

:func:`skip_request` is the narrower reading the engine acts on (session 27, rc26 N2): a request to skip and nothing
more, which is stored as the Skip button's skip (:mod:`core.interview.answering`), with :func:`skip_said`'s short line
back in the language it was asked in."""

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


# A typed request to skip the question, as the Skip button does (rc26 N2: "skip this one" was scored 1/10), by
# language: the phrases that ask it. A phrase only asks it when little else is said (:func:`skip_request`).
_SKIP_PHRASES: dict[str, str] = {
    "en": r"(?:i'?d|i would) rather not(?: (?:answer|say|talk about|discuss|go into|get into|share|comment on))?|"
          r"(?:i'?d |i would )?prefer not to(?: (?:answer|say|talk about|discuss|go into|share|comment on))?|"
          r"(?:i )?(?:don'?t|do not) (?:want|wish) to (?:answer|say|talk about|discuss|go into)|"
          r"skip(?:ping)?|pass(?: on)?|next(?: question| one)?|move on|moving on|no comment|"
          r"not (?:answer(?:ing)?|comfortable answering)",
    "de": r"(?:lieber|möchte|würde|will|wuerde|moechte)? ?(?:nicht (?:antworten|beantworten|sagen|darauf eingehen))|"
          r"überspring\w*|ueberspring\w*|auslassen|lass(?:en)? (?:wir )?(?:das|die|diese)? ?(?:frage )?aus|"
          r"n[äa]chste frage|weiter(?:machen|gehen)?(?! so\b)|keine angabe|lieber nicht|passe",
    "fr": r"je pr[ée]f[èe]re ne pas(?: r[ée]pondre| en parler| le dire)?|passons|je passe|passer|sauter|"
          r"question suivante|suivante|pas de commentaire|sans commentaire|(?:on )?(?:peut|pourrait) passer",
    "es": r"prefiero no(?: contestar| responder| hablar de| decir)?|paso|pasemos|saltar|s[áa]ltate|saltemos|"
          r"siguiente pregunta|siguiente|sin comentarios|no quiero (?:contestar|responder)",
    "it": r"preferisco non(?: rispondere| dire| parlarne)?|passo|passiamo|saltare|saltiamo|salta|"
          r"prossima domanda|domanda successiva|avanti|no comment|non voglio rispondere",
    "pt": r"prefiro n[ãa]o(?: responder| dizer| falar)?|passo|passemos|pular|pulemos|saltar|saltemos|"
          r"pr[óo]xima pergunta|seguinte|passar|passamos|sem coment[áa]rios|n[ãa]o quero responder",
}
_SKIP_RES = {lang: re.compile(rf"(?<![\w'’])(?:{p})(?![\w'’])", re.IGNORECASE) for lang, p in _SKIP_PHRASES.items()}
# words that say nothing about the question beside a skip request, in the six languages: politeness, pronouns, the
# question named ("Skip me please, I'd rather not answer that one."; "Ich möchte diese Frage bitte überspringen")
_FILLER_LINES = (
    "i me my we us let's lets let can could may might would will shall please sorry thanks thank you ok okay so well um uh",
    "just really honestly actually if that's fine with this that it one the a an to on question questions answer for now",
    "one's rather if you don't mind do mind is there any way go ahead onto next",
    "ich möchte moechte würde wuerde gern gerne bitte das die diese dieser frage wir es ok danke entschuldigung lieber zur",
    "zu und sie können koennen dürfen einfach mal",
    "je j' on peut pourrait pourrions-nous celle-ci cette ci la le les à a question merci pardon désolé s'il vous plaît",
    "plait te prie svp bien d'accord vers",
    "yo me gustaría quisiera por favor esta este la el a pregunta gracias perdón lo siento podemos puedo pasar a con",
    "io vorrei per favore questa questo la domanda grazie scusa scusi possiamo posso alla",
    "eu gostaria por favor esta este a pergunta obrigado obrigada desculpe podemos posso para",
)
_FILLER = frozenset(word for line in _FILLER_LINES for word in line.split())
MAX_LEFT = 0  # content words a skip request may carry beside its phrase and filler: "it depends" makes an evasive answer
MAX_SKIP_WORDS = 20


def skip_request(answer: str) -> str:
    """The language (ISO 639-1: en, de, fr, es, it, pt) of ``answer`` when it is a request to skip the question and
    nothing more ("skip this one", "Skip me please, I'd rather not answer that one.", "next question please",
    "pass", "can we move on?", "ich möchte das überspringen", "passons", "siguiente pregunta"); "" otherwise.

    A skip request is at most :data:`MAX_SKIP_WORDS` words, holds a phrase of :data:`_SKIP_PHRASES`, no figure, and at
    most :data:`MAX_LEFT` (no) word that is neither the phrase nor politeness or a pronoun (:data:`_FILLER`): a decline
    followed by an answer ("I'd rather not say my salary, but I'd expect around 45k"), or by a hedge ("I'd rather not
    say, it depends": evasive, scored as an answer), is an answer, as are "I don't
    know" and "I haven't done that, but I would…", which ask for nothing. The language is the one whose phrases
    leave the fewest words over (English first on a tie)."""
    text = readable_text(strip_markup(answer or "")).strip()
    words = re.findall(r"[\w'’-]+", text)
    if not words or len(words) > MAX_SKIP_WORDS or re.search(r"\d", text):
        return ""
    best, best_left = "", MAX_LEFT + 1
    for lang, pattern in _SKIP_RES.items():
        if not pattern.search(text):
            continue
        rest = pattern.sub(" ", text)
        left = [w for w in re.findall(r"[\w'’-]+", rest.lower().replace("’", "'")) if w.strip("'-") not in _FILLER]
        if len(left) < best_left:
            best, best_left = lang, len(left)
    return best


# One short, kind line said before the next question after a typed skip, in the language it was asked in; varied by
# the question's number; never praise.
SKIP_SAID: dict[str, tuple[str, ...]] = {
    "en": ("Fine, let's skip that one.", "All right, we'll leave that one.", "No problem, let's move on."),
    "de": ("In Ordnung, dann überspringen wir diese Frage.", "Verstanden, lassen wir die aus.",
           "Kein Problem, machen wir weiter."),
    "fr": ("D'accord, passons celle-ci.", "Entendu, laissons cette question de côté.", "Pas de souci, passons à la suite."),
    "es": ("De acuerdo, saltemos esta.", "Entendido, dejamos esta pregunta.", "Sin problema, sigamos."),
    "it": ("Va bene, saltiamo questa.", "D'accordo, lasciamo stare questa domanda.", "Nessun problema, andiamo avanti."),
    "pt": ("Tudo bem, vamos saltar esta.", "Certo, deixamos esta pergunta.", "Sem problema, vamos em frente."),
}


def skip_said(lang: str, variant: int = 0) -> str:
    """The line the interviewer says after a typed skip in ``lang`` (English when not one of :data:`SKIP_SAID`),
    ``variant`` choosing among its wordings (any int)."""
    lines = SKIP_SAID.get(lang) or SKIP_SAID["en"]
    return lines[variant % len(lines)]
